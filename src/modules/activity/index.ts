export { JOB_STATUSES, listJobs } from './jobs.js';
export {
  dataRefs,
  describeDataRefs,
  describeSubjects,
  jobSubjectRefs,
  type Subject,
  SubjectOut,
  type SubjectRef,
  subjectOf,
} from './subjects.js';

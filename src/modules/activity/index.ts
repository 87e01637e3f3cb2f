export { JOB_STATUSES, listJobs } from './jobs.js';
export {
  describeSubjects,
  jobSubjectRefs,
  type Subject,
  SubjectOut,
  type SubjectRef,
  subjectOf,
} from './subjects.js';

/**
 * Messages over the IPC channel of `fork`. The parent marks the measured window; the child answers with
 * its CPU time so far (user + system, µs) and, when profiling, profiles exactly that window.
 */
export type WindowPhase = 'start' | 'end';

export type ChildMessage =
  | { type: 'listening'; port: number }
  | { type: 'window'; phase: WindowPhase; cpuMicros: number };

export type ParentMessage = { type: 'window'; phase: WindowPhase };

export const isChildMessage = (m: unknown): m is ChildMessage =>
  typeof m === 'object' && m !== null && typeof (m as { type?: unknown }).type === 'string';

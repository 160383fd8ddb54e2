/**
 * The moments of one send, in order: the Send handler starts, the request is built, the target
 * answered (for the mock: msw's `getResponse` and the handler), the body is read, the answer is
 * rendered, checked against the contract, and the final status is written.
 */
export const SEND_PHASES = [
  'send',
  'request',
  'answered',
  'read',
  'rendered',
  'checked',
  'shown',
] as const;

/** One moment of a send. */
export type SendPhase = (typeof SEND_PHASES)[number];

/** The performance-timeline name of a phase: `try-it:answered`. */
export const phaseMarkName = (phase: SendPhase): string => `try-it:${phase}`;

/**
 * Marks `phase` of the current send in the page's performance timeline (the panel bench reads
 * the marks to say where the milliseconds go); the first phase clears the previous send's marks.
 * A mark costs a few microseconds.
 */
export function markPhase(phase: SendPhase): void {
  if (typeof performance === 'undefined' || typeof performance.mark !== 'function') return;
  if (phase === 'send') for (const name of SEND_PHASES) performance.clearMarks(phaseMarkName(name));
  performance.mark(phaseMarkName(phase));
}

import type { MockFlags } from '../app/mock-flags.ts';

/**
 * Why a response can only be reached with `Prefer`:
 * - `later-example-of-its-code`: the mock answers an error with the contract's first example of
 *   its code, and this example is a later one with the same code;
 * - `success-without-scene`: a success example other than the first, which no state or query
 *   in `SUCCESS_SCENES` shows (a placeholder example, for instance);
 * - `no-rule`: no rule of the mock produces this status or code from a request or a state.
 */
export type PreferReason = 'later-example-of-its-code' | 'success-without-scene' | 'no-rule';

/** How to make the mock answer one documented response, as data the try-it panel can apply. */
export interface Reproduction {
  /** The token to send: the sandbox token, none, or a wrong one. */
  token: 'sandbox' | 'none' | 'wrong';
  pathParams: Record<string, string>;
  query: Record<string, string>;
  /** The raw request body, when the operation takes one. */
  body?: string;
  /** Flags to set on the simulated app before sending. */
  state?: Partial<MockFlags>;
  /** A `Prefer` header, only when nothing in the request or the state can produce the response. */
  prefer?: string;
  /** Why `prefer` is needed: set exactly when `prefer` is. */
  preferReason?: PreferReason;
  /** What the reproduction does, in one sentence. */
  summary: string;
}

import type { MockFlags } from '../app/mock-flags.ts';

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
  /** What the reproduction does, in one sentence. */
  summary: string;
}

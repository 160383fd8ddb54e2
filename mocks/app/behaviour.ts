import type { OperationModel } from '../../src/lib/openapi/model.ts';
import type { MockState, SessionRecord } from './mock-state.ts';

/** What a behaviour gets: the state (a draft it may change, for a write), and the request, already checked. */
export interface BehaviourContext {
  /**
   * For an unsafe method (POST, PUT, PATCH, DELETE), a copy of the state: changes are kept only
   * when the behaviour succeeds. For a safe one (GET), the current state itself: read it, never change it.
   */
  state: MockState;
  operation: OperationModel;
  /** Path parameters by name. */
  params: Readonly<Record<string, string>>;
  /** Query parameters converted by their schemas, defaults filled in. */
  query: Readonly<Record<string, unknown>>;
  /** The raw query, for parameters that may repeat (`tags=a&tags=b`). */
  searchParams: URLSearchParams;
  /** The parsed request body, valid against its schema (undefined without one). */
  body: unknown;
  /** The session the path names, from `state` (undefined when the path names none). */
  session: SessionRecord | undefined;
  now: Date;
  /** The API's base URL as the request addressed it: `http://127.0.0.1:18432/api/v1`. */
  apiBase: string;
}

/** A refusal a behaviour can give when the request passed the generic checks but cannot succeed. */
export interface Refusal {
  refusal: { status: string; code?: string; message?: string };
}

/** One operation's success: returns the response body, or a refusal. */
export type Behaviour = (context: BehaviourContext) => unknown;

/** A refusal with a documented status; the envelope takes its code and message from the contract's examples when omitted. */
export function refuse(status: string, code?: string, message?: string): Refusal {
  return {
    refusal: {
      status,
      ...(code === undefined ? {} : { code }),
      ...(message === undefined ? {} : { message }),
    },
  };
}

/** True for a behaviour's refusal. */
export function isRefusal(value: unknown): value is Refusal {
  return typeof value === 'object' && value !== null && 'refusal' in value;
}

import type { MockPreference } from './prefer-header.ts';

/** The 400 code of a body that is not JSON (the contract's example name). */
export const INVALID_JSON = 'invalid_json';
/** The 400 code of a body or query that breaks its schema (the contract's example name). */
export const INVALID_REQUEST = 'invalid_request';

/** The status of the mock's answer to a `Prefer` it cannot satisfy: never a documented status. */
export const PREFER_ERROR_STATUS = 422;
/** The error code of that answer. */
export const PREFER_ERROR_CODE = 'prefer_not_documented';

/** What the handler found in the request body. */
export type BodyFact =
  { kind: 'fine' } | { kind: 'malformed' } | { kind: 'invalid'; message: string };

/** What the mock found out about a request and the simulated app before answering it. */
export interface RequestFacts {
  /** Statuses the operation documents, as written in the contract (`200`, `404`…). */
  documented: readonly string[];
  /** Example names per documented status, in contract order. */
  examples: Readonly<Record<string, readonly string[]>>;
  preference?: MockPreference | undefined;
  token: 'valid' | 'missing' | 'wrong' | 'not-required';
  body: BodyFact;
  /** The operation needs full automation and the effective mode is read-only. */
  blockedByMode: boolean;
  /** False when the path names a session the library lacks; undefined when there is no session id. */
  sessionFound?: boolean | undefined;
  /** The 501 code of a service the operation needs and the simulated app lacks. */
  unavailableService?: string | undefined;
  /** The 400 code of an action (open, focus) the simulated app makes fail. */
  failingAction?: string | undefined;
}

/** How to answer: a forced example, a Prefer problem, an error envelope, or the behaviour's success. */
export type ResponseChoice =
  | { kind: 'forced'; status: string; example: string | undefined }
  | { kind: 'prefer-problem'; message: string }
  | {
      kind: 'error';
      rule: string;
      status: string;
      code: string | undefined;
      message: string | undefined;
    }
  | { kind: 'success' };

interface Rule {
  /** Names the rule in the mock's response header (`X-SessionDock-Mock`). */
  name: string;
  status: string;
  /** Applies even when the operation does not document the status (no success is possible). */
  always?: boolean;
  when: (facts: RequestFacts) => { code?: string | undefined; message?: string } | undefined;
}

/** The precedence, first match wins; each rule applies only where the operation documents its status. */
const RULES: readonly Rule[] = [
  {
    name: 'token',
    status: '401',
    when: (f) => (f.token === 'missing' || f.token === 'wrong' ? {} : undefined),
  },
  {
    name: 'invalid-json',
    status: '400',
    when: (f) => (f.body.kind === 'malformed' ? { code: INVALID_JSON } : undefined),
  },
  {
    name: 'invalid-request',
    status: '400',
    when: (f) =>
      f.body.kind === 'invalid' ? { code: INVALID_REQUEST, message: f.body.message } : undefined,
  },
  { name: 'read-only', status: '403', when: (f) => (f.blockedByMode ? {} : undefined) },
  {
    name: 'unknown-session',
    status: '404',
    always: true,
    when: (f) => (f.sessionFound === false ? {} : undefined),
  },
  {
    name: 'service-unavailable',
    status: '501',
    when: (f) => (f.unavailableService ? { code: f.unavailableService } : undefined),
  },
  {
    name: 'action-fails',
    status: '400',
    when: (f) => (f.failingAction ? { code: f.failingAction } : undefined),
  },
];

/**
 * Chooses the response to a request. Precedence: `Prefer` first, then 401, 400 invalid JSON,
 * 400 schema violation, 403 read-only, 404 unknown session, 501 unavailable service,
 * 400 failing action, and otherwise the success of the operation's behaviour.
 */
export function selectResponse(facts: RequestFacts): ResponseChoice {
  if (facts.preference) return selectPreferred(facts.preference, facts);
  for (const rule of RULES) {
    const hit = rule.when(facts);
    if (hit && (rule.always || facts.documented.includes(rule.status))) {
      return {
        kind: 'error',
        rule: rule.name,
        status: rule.status,
        code: hit.code,
        message: hit.message,
      };
    }
  }
  return { kind: 'success' };
}

function selectPreferred(preference: MockPreference, facts: RequestFacts): ResponseChoice {
  const documented = facts.documented.join(', ');
  if (preference.code === undefined) {
    const status = facts.documented.find((candidate) =>
      facts.examples[candidate]?.includes(preference.example ?? ''),
    );
    if (status) return { kind: 'forced', status, example: preference.example };
    return {
      kind: 'prefer-problem',
      message: `No documented response has an example named "${preference.example}". Documented codes: ${documented}.`,
    };
  }
  if (!facts.documented.includes(preference.code)) {
    return {
      kind: 'prefer-problem',
      message: `Prefer asks for code=${preference.code}, which this operation does not document. Documented codes: ${documented}.`,
    };
  }
  const names = facts.examples[preference.code] ?? [];
  if (preference.example !== undefined && !names.includes(preference.example)) {
    return {
      kind: 'prefer-problem',
      message: `The ${preference.code} response has no example named "${preference.example}". Its examples: ${names.join(', ') || 'none'}.`,
    };
  }
  return { kind: 'forced', status: preference.code, example: preference.example };
}

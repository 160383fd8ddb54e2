// Checks that openapi/sessiondock.openapi.yaml agrees with the published SessionDock facts
// (../shared/sessiondock-api-facts.md, beside the repository, and the seed import page). Every table row is a fact
// read on a published page; decisions taken where the facts are silent are not asserted here.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  deref,
  doc,
  findOperation,
  getExamples,
  getResponse,
  operationIds,
  type Method,
  type Mode,
  type Node,
} from './contract-document.ts';

type ErrorBody = { error: { status: number; code: string; message: string } };

/** Builds the published error envelope. */
function errorBody(status: number, code: string, message: string): ErrorBody {
  return { error: { status, code, message } };
}

const OPERATIONS: [string, Method, string, string, Mode][] = [
  ['getHealth', 'get', '/health', 'system', 'read-only'],
  ['listSessions', 'get', '/sessions', 'sessions', 'read-only'],
  ['createSession', 'post', '/sessions', 'sessions', 'full-automation'],
  ['getSession', 'get', '/sessions/{id}', 'sessions', 'read-only'],
  ['patchSession', 'patch', '/sessions/{id}', 'sessions', 'full-automation'],
  ['deleteSession', 'delete', '/sessions/{id}', 'sessions', 'full-automation'],
  ['getSessionTags', 'get', '/sessions/{id}/tags', 'metadata', 'read-only'],
  ['replaceSessionTags', 'put', '/sessions/{id}/tags', 'metadata', 'full-automation'],
  ['patchSessionTags', 'patch', '/sessions/{id}/tags', 'metadata', 'full-automation'],
  ['replaceSessionNotes', 'put', '/sessions/{id}/notes', 'metadata', 'full-automation'],
  ['patchSessionNotes', 'patch', '/sessions/{id}/notes', 'metadata', 'full-automation'],
  ['listTags', 'get', '/tags', 'tags', 'read-only'],
  ['getSessionPreview', 'get', '/sessions/{id}/preview', 'previews', 'read-only'],
  ['getSessionWaveform', 'get', '/sessions/{id}/waveform', 'previews', 'read-only'],
  ['getSessionWaveformNotes', 'get', '/sessions/{id}/waveform-notes', 'previews', 'read-only'],
  [
    'replaceSessionWaveformNotes',
    'put',
    '/sessions/{id}/waveform-notes',
    'previews',
    'full-automation',
  ],
  [
    'patchSessionWaveformNotes',
    'patch',
    '/sessions/{id}/waveform-notes',
    'previews',
    'full-automation',
  ],
  ['openSession', 'post', '/sessions/{id}/open', 'automation', 'full-automation'],
  ['focusSession', 'post', '/sessions/{id}/focus', 'automation', 'full-automation'],
  ['createImport', 'post', '/import', 'imports', 'full-automation'],
];

// Status numbers shown on the published pages (facts §2.2); numbers that were not seen are absent.
const PUBLISHED_STATUSES: [string, number[]][] = [
  ['getHealth', [200, 401]],
  ['listSessions', [200]],
  ['patchSession', [200]],
  ['deleteSession', [200, 401, 403, 404]],
  ['getSessionTags', [200, 401, 404]],
  ['replaceSessionTags', [400, 401, 403, 404]],
  ['patchSessionTags', [200, 400, 401, 403, 404]],
  ['replaceSessionNotes', [400, 401, 403, 404]],
  ['patchSessionNotes', [400, 401, 403, 404]],
  ['listTags', [200, 401]],
  ['getSessionPreview', [200, 401, 404]],
  ['getSessionWaveformNotes', [200, 401, 404, 501]],
  ['replaceSessionWaveformNotes', [400, 401]],
  ['patchSessionWaveformNotes', [200]],
  ['openSession', [200, 400, 401, 403, 404]],
  ['focusSession', [200, 400, 401, 403, 404, 501]],
  ['createImport', [202, 400, 401, 403, 501]],
];

const SUCCESS_DESCRIPTIONS: [string, string][] = [
  ['getHealth', 'Health snapshot'],
  ['listSessions', 'Session list'],
  ['createSession', 'Created session'],
  ['patchSession', 'Updated session'],
  ['deleteSession', 'Deletion acknowledgement'],
  ['getSessionTags', 'Session tags'],
  ['replaceSessionTags', 'Updated session tags'],
  ['patchSessionTags', 'Updated session tags'],
  ['replaceSessionNotes', 'Updated session notes'],
  ['patchSessionNotes', 'Updated session notes'],
  ['listTags', 'Tag counts'],
  ['getSessionPreview', 'Preview metadata'],
  ['getSessionWaveformNotes', 'Waveform notes'],
  ['replaceSessionWaveformNotes', 'Updated waveform notes'],
  ['patchSessionWaveformNotes', 'Updated waveform notes'],
  ['openSession', 'Open acknowledgement'],
  ['focusSession', 'Focus acknowledgement'],
  ['createImport', 'Accepted import'],
];

const PUBLISHED_TITLES: [string, string][] = [
  ['getHealth', 'Check server health and token validity'],
  ['listSessions', 'List sessions'],
  ['patchSession', 'Update a session'],
  ['deleteSession', 'Delete a session'],
  ['getSessionTags', 'Fetch session tags'],
  ['patchSessionTags', 'Replace session tags'],
  ['listTags', 'List known tags with counts'],
  ['getSessionPreview', 'Fetch preview metadata'],
  ['getSessionWaveformNotes', 'Fetch waveform notes'],
  ['patchSessionWaveformNotes', 'Replace waveform notes'],
  ['openSession', 'Open the session in its DAW or project context'],
  ['focusSession', 'Bring SessionDock forward and focus a session card'],
  ['createImport', 'Trigger a batch import'],
];

const STOCK = {
  400: {
    key: 'invalid_json',
    description: 'Malformed JSON or rejected input.',
    body: errorBody(400, 'invalid_json', 'Request body must be valid JSON.'),
  },
  401: {
    key: 'unauthorized',
    description: 'Missing or invalid bearer token.',
    body: errorBody(401, 'unauthorized', 'Provide Authorization: Bearer <token>.'),
  },
  403: {
    key: 'read_only',
    description: 'Write attempted while Local API is in read-only mode.',
    body: errorBody(403, 'read_only', 'Enable Full Automation to perform this action.'),
  },
  404: {
    key: 'not_found',
    description: 'No matching resource was found.',
    body: errorBody(404, 'not_found', 'session not found'),
  },
};

// [operationId, status, example key, response description, example body]; each row is published
// and its example must be the first (default) one of the response.
const PUBLISHED_ERRORS: [string, number, string, string, ErrorBody][] = [
  ...PUBLISHED_STATUSES.flatMap(([operationId, statuses]) =>
    statuses
      .filter((status): status is 400 | 401 | 403 | 404 => status in STOCK)
      .filter(
        (status) => !(status === 400 && ['openSession', 'focusSession'].includes(operationId)),
      )
      .map((status): [string, number, string, string, ErrorBody] => [
        operationId,
        status,
        STOCK[status].key,
        STOCK[status].description,
        STOCK[status].body,
      ]),
  ),
  [
    'openSession',
    400,
    'open_failed',
    'Open action failed.',
    errorBody(400, 'open_failed', 'Session project path is unavailable.'),
  ],
  [
    'focusSession',
    400,
    'focus_failed',
    'Focus action failed.',
    errorBody(400, 'focus_failed', 'main window unavailable'),
  ],
  [
    'focusSession',
    501,
    'focus_unavailable',
    'Session focus is unavailable in the current runtime.',
    errorBody(501, 'focus_unavailable', 'Session focus is unavailable.'),
  ],
  [
    'createImport',
    501,
    'import_unavailable',
    'Import service is unavailable in the current runtime.',
    errorBody(501, 'import_unavailable', 'Import service is unavailable.'),
  ],
];

// The seed page of POST /import, kept verbatim.
const IMPORT_PUBLISHED: [number, string, string, Node][] = [
  [
    202,
    'Accepted import',
    'published',
    {
      data: {
        importId: '<string>',
        total: 0,
        completed: 0,
        failed: 0,
        skipped: 0,
        done: true,
        durationMs: 0,
      },
    },
  ],
  [400, STOCK[400].description, 'invalid_json', STOCK[400].body],
  [401, STOCK[401].description, 'unauthorized', STOCK[401].body],
  [403, STOCK[403].description, 'read_only', STOCK[403].body],
  [
    501,
    'Import service is unavailable in the current runtime.',
    'import_unavailable',
    errorBody(501, 'import_unavailable', 'Import service is unavailable.'),
  ],
];
const IMPORT_PUBLISHED_REQUEST = {
  kind: 'Ableton',
  generatePreviews: true,
  items: [
    {
      projectPath: '<string>',
      title: '<string>',
      projectType: '<string>',
      previewAudioPath: '<string>',
    },
  ],
};

const HEALTH_PUBLISHED = {
  data: {
    status: 'ok',
    running: true,
    configuredMode: 'read-only',
    effectiveMode: 'read-only',
    port: 18432,
    baseUrl: 'http://127.0.0.1:18432/api/v1',
    docsUrl: 'http://127.0.0.1:18432/docs',
    requestCount: 42,
    recentRequests: [],
  },
};

// [name, type, published description or null when none was shown, example]
const LIST_SESSIONS_PARAMETERS: [string, string, string | null, string | number | boolean][] = [
  ['q', 'string', 'Free-text search across title, client, and notes.', 'drums'],
  ['kind', 'string', 'Filter by exact session kind.', 'Ableton'],
  ['daw', 'string', 'Alias for kind.', 'Ableton'],
  ['tags', 'string', 'Comma-separated tag filter or repeated query values.', 'mix,priority'],
  ['recent', 'boolean', 'Return only sessions opened recently.', true],
  ['sort', 'string', 'Sort key.', 'title'],
  ['limit', 'integer', null, 10],
  ['offset', 'integer', null, 0],
];

const operationsWith = (predicate: (path: string, mode: Mode) => boolean) =>
  OPERATIONS.filter(([, , path, , mode]) => predicate(path, mode)).map(
    ([operationId]) => operationId,
  );

describe('published facts: operations', () => {
  test('declares exactly the 20 published operations', () => {
    assert.deepEqual(operationIds().sort(), OPERATIONS.map(([operationId]) => operationId).sort());
  });

  for (const [operationId, method, path, tag, mode] of OPERATIONS) {
    test(`${operationId} is ${method.toUpperCase()} ${path} in tag ${tag}, allowed in ${mode} mode`, () => {
      const found = findOperation(operationId);
      assert.equal(found.method, method);
      assert.equal(found.path, path);
      assert.deepEqual(found.operation.tags, [tag]);
      assert.equal(found.operation['x-sessiondock-mode'], mode);
    });
  }

  for (const [operationId, title] of PUBLISHED_TITLES) {
    test(`${operationId} keeps the published title "${title}"`, () => {
      assert.equal(findOperation(operationId).operation.summary, title);
    });
  }

  test('serves every operation from the published loopback base URL with bearer auth', () => {
    assert.equal(doc.openapi, '3.1.0');
    assert.equal(doc.servers[0].url, 'http://127.0.0.1:18432/api/v1');
    assert.deepEqual(doc.security, [{ bearerAuth: [] }]);
    assert.equal(doc.components.securitySchemes.bearerAuth.type, 'http');
    assert.equal(doc.components.securitySchemes.bearerAuth.scheme, 'bearer');
  });
});

describe('published facts: statuses', () => {
  for (const [operationId, statuses] of PUBLISHED_STATUSES) {
    test(`${operationId} documents the published statuses ${statuses.join(', ')}`, () => {
      const documented = Object.keys(findOperation(operationId).operation.responses).map(Number);
      for (const status of statuses) assert.ok(documented.includes(status), `missing ${status}`);
    });
  }

  for (const [operationId, description] of SUCCESS_DESCRIPTIONS) {
    test(`${operationId} describes its success response as "${description}"`, () => {
      const responses = findOperation(operationId).operation.responses as Node;
      const success = Object.keys(responses).filter((status) => status.startsWith('2'));
      assert.equal(success.length, 1, 'exactly one 2xx response');
      assert.equal(deref(responses[success[0] ?? '']).description, description);
    });
  }

  test('uses 202 for the accepted import and 201 for nothing but createSession', () => {
    assert.ok(findOperation('createImport').operation.responses['202']);
    const with201 = OPERATIONS.map(([operationId]) => operationId).filter(
      (id) => findOperation(id).operation.responses['201'],
    );
    assert.deepEqual(with201, ['createSession']);
  });
});

describe('published facts: error bodies', () => {
  for (const [operationId, status, key, description, body] of PUBLISHED_ERRORS) {
    test(`${operationId} ${status} has the published ${key} example first`, () => {
      const response = getResponse(operationId, status);
      assert.equal(response.description, description);
      const examples = getExamples(response);
      assert.equal(examples[0]?.[0], key, 'the published example is the default');
      assert.deepEqual(examples[0][1].value, body);
    });
  }

  test('createSession 403 also carries the overview message for creates', () => {
    const examples = new Map(getExamples(getResponse('createSession', 403)));
    assert.deepEqual(examples.get('read_only')?.value, STOCK[403].body);
    assert.deepEqual(
      examples.get('read_only_create')?.value,
      errorBody(403, 'read_only', 'Enable Full Automation to create sessions.'),
    );
  });

  test('getSessionWaveformNotes 501 keeps the published description', () => {
    assert.equal(
      getResponse('getSessionWaveformNotes', 501).description,
      'Waveform notes service is unavailable in the current runtime.',
    );
  });

  for (const operationId of OPERATIONS.map(([id]) => id).filter(
    (id) => findOperation(id).operation.requestBody,
  )) {
    test(`${operationId} documents 400 with invalid_json first and invalid_request second`, () => {
      const keys = getExamples(getResponse(operationId, 400)).map(([key]) => key);
      assert.deepEqual(keys.slice(0, 2), ['invalid_json', 'invalid_request']);
    });
  }

  test('openSession documents no 501, since none was published', () => {
    assert.equal(findOperation('openSession').operation.responses['501'], undefined);
  });
});

describe('published facts: POST /import seed page', () => {
  for (const [status, description, key, body] of IMPORT_PUBLISHED) {
    test(`createImport ${status} "${description}" keeps the published body exactly in example ${key}`, () => {
      const response = getResponse('createImport', status);
      assert.equal(response.description, description);
      const example = new Map(getExamples(response)).get(key);
      assert.ok(example, `no ${key} example`);
      assert.deepEqual(example.value, body);
    });
  }

  test('createImport requires a body and keeps the published request example', () => {
    const requestBody = deref(findOperation('createImport').operation.requestBody);
    assert.equal(requestBody.required, true);
    assert.deepEqual(
      new Map(getExamples(requestBody)).get('published')?.value,
      IMPORT_PUBLISHED_REQUEST,
    );
  });

  test('createImport documents exactly 202, 400, 401, 403 and 501', () => {
    assert.deepEqual(Object.keys(findOperation('createImport').operation.responses), [
      '202',
      '400',
      '401',
      '403',
      '501',
    ]);
  });
});

describe('published facts: examples and parameters', () => {
  test('getHealth uses the published health example as its default', () => {
    const [first] = getExamples(getResponse('getHealth', 200));
    assert.deepEqual(first?.[1].value, HEALTH_PUBLISHED);
  });

  for (const [name, type, description, example] of LIST_SESSIONS_PARAMETERS) {
    test(`listSessions takes the optional ${type} query parameter ${name}`, () => {
      const parameters = (findOperation('listSessions').operation.parameters as Node[]).map(deref);
      const parameter = parameters.find((candidate) => candidate.name === name);
      assert.ok(parameter, `no ${name} parameter`);
      assert.equal(parameter.in, 'query');
      assert.equal(parameter.required, false);
      assert.equal(parameter.schema.type, type);
      assert.deepEqual(parameter.example, example);
      if (description !== null) assert.equal(parameter.description, description);
    });
  }

  for (const operationId of operationsWith((path) => path.includes('{id}'))) {
    test(`${operationId} takes the published id path parameter and documents 404`, () => {
      const parameters = (findOperation(operationId).operation.parameters as Node[]).map(deref);
      const id = parameters.find((parameter) => parameter.in === 'path');
      assert.deepEqual(
        {
          name: id?.name,
          required: id?.required,
          type: id?.schema?.type,
          description: id?.description,
          example: id?.example,
        },
        {
          name: 'id',
          required: true,
          type: 'string',
          description: 'Session identifier.',
          example: 'session_123',
        },
      );
      assert.ok(findOperation(operationId).operation.responses['404']);
    });
  }

  for (const operationId of operationsWith((path) => path.endsWith('/waveform-notes'))) {
    test(`${operationId} takes the published optional variantId query parameter`, () => {
      const parameters = (findOperation(operationId).operation.parameters as Node[]).map(deref);
      const variantId = parameters.find((parameter) => parameter.name === 'variantId');
      assert.equal(variantId?.in, 'query');
      assert.equal(variantId.required, false);
      assert.equal(variantId.description, 'Optional preview variant identifier.');
      assert.equal(variantId.example, 'preview_main');
    });
  }

  for (const operationId of operationsWith((_path, mode) => mode === 'full-automation')) {
    test(`${operationId} documents the 403 read_only response`, () => {
      assert.ok(findOperation(operationId).operation.responses['403']);
    });
  }
});

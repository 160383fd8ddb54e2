import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { guideTwinComponents } from '../../src/lib/guides/guide-twin-components.ts';
import { notConfirmedNote, listUnverifiedNotes } from '../../src/lib/guides/not-confirmed-note.ts';
import { READER_NODE_REQUIREMENT } from '../../src/lib/guides/reader-node-version.ts';
import { schemaFields } from '../../src/lib/guides/schema-fields.ts';
import { mdxToMarkdown } from '../../src/lib/markdown-twins/mdx-to-markdown.ts';

const contract = {
  paths: {
    '/sessions': {
      post: {
        responses: {
          '201': { description: 'Created', 'x-unverified': 'The status number is inferred.' },
        },
      },
    },
  },
  components: {
    schemas: {
      Thing: {
        type: 'object',
        'x-unverified': 'Which fields are always there is assumed.',
        required: ['id', 'name'],
        properties: {
          opened: { type: 'string', description: 'When it was opened.' },
          id: { type: 'string', description: 'Identifier.' },
          path: {
            type: 'string',
            description: 'Where it is.',
            'x-unverified': 'File or folder is not known.',
          },
          name: { type: 'string', description: 'Name.' },
        },
      },
    },
  },
};

describe('notConfirmedNote', () => {
  it("takes the text of the contract's x-unverified at a JSON pointer, ~1 standing for /", () => {
    assert.equal(
      notConfirmedNote(contract, { at: '#/paths/~1sessions/post/responses/201' }),
      'The status number is inferred.',
    );
  });
  it('fails when the pointer holds no note, so a marker cannot outlive its assumption', () => {
    assert.throws(
      () => notConfirmedNote(contract, { at: '#/components/schemas/Thing/properties/id' }),
      /no x-unverified note there/,
    );
  });
  it('takes a guide assumption by name, and refuses an unknown one', () => {
    assert.match(
      notConfirmedNote(contract, { about: 'disabled-mode' }),
      /disabled is not published/,
    );
    assert.throws(() => notConfirmedNote(contract, { about: 'nope' }), /no such assumption/);
  });
  it('lists every note of a contract by its pointer', () => {
    assert.deepEqual(
      [...listUnverifiedNotes(contract).keys()],
      [
        '#/paths/~1sessions/post/responses/201',
        '#/components/schemas/Thing',
        '#/components/schemas/Thing/properties/path',
      ],
    );
  });
});

describe('schemaFields', () => {
  it('lists required fields first, then the ones that may be missing, each in contract order', () => {
    assert.deepEqual(
      schemaFields(contract, '#/components/schemas/Thing').map((field) => [
        field.name,
        field.required,
      ]),
      [
        ['id', true],
        ['name', true],
        ['opened', false],
        ['path', false],
      ],
    );
  });
  it("carries a field's own note", () => {
    assert.equal(
      schemaFields(contract, '#/components/schemas/Thing').find((field) => field.name === 'path')
        ?.unverified,
      'File or folder is not known.',
    );
  });
});

describe('guide components in the Markdown twins', () => {
  const context = {
    basePath: '/docs',
    twinRoutes: new Set<string>(),
    values: {},
    components: guideTwinComponents(contract),
  };
  const twin = (body: string) => mdxToMarkdown({ route: 'x/', title: 'T', body }, context);
  it("render the marker with the contract's note", () => {
    assert.match(
      twin('Create answers 201.\n\n<NotConfirmed at="#/paths/~1sessions/post/responses/201" />'),
      /\*Not confirmed: The status number is inferred\.\*/,
    );
  });
  it('render the fields table with "always" and "may be missing" and the schema\'s note', () => {
    const markdown = twin('<SchemaFields of="#/components/schemas/Thing" />');
    assert.match(markdown, /\| `id` \| always \| Identifier\. \|/);
    assert.match(markdown, /\| `opened` \| may be missing \| When it was opened\. \|/);
    assert.match(
      markdown,
      /\| `path` \| may be missing \| Where it is\. Not confirmed: File or folder is not known\. \|/,
    );
    assert.match(markdown, /\*Not confirmed: Which fields are always there is assumed\.\*/);
  });
  it('render the Node version inside a sentence', () => {
    assert.match(
      twin('Run it with <NodeVersion />.'),
      new RegExp(`Run it with ${READER_NODE_REQUIREMENT}\\.`),
    );
  });
  it('leave out a marker whose location another contract does not have', () => {
    const other = mdxToMarkdown(
      {
        route: 'x/',
        title: 'T',
        body: 'A.\n\n<NotConfirmed at="#/components/schemas/Gone" />\n<SchemaFields of="#/components/schemas/Gone" />',
      },
      { ...context, components: guideTwinComponents({}) },
    );
    assert.doesNotMatch(other, /Not confirmed|NotConfirmed|SchemaFields/);
  });
  it('leave components they do not know as written', () => {
    assert.match(twin('<Other a="b" />'), /<Other a="b" \/>/);
  });
});

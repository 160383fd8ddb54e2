import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { quotePython } from '../../src/lib/snippets/python-urllib.ts';
import { quoteBash } from '../../src/lib/snippets/quote-bash.ts';
import { quoteCmd, toCmdSafeJson } from '../../src/lib/snippets/quote-cmd.ts';
import { quotePowerShell } from '../../src/lib/snippets/quote-powershell.ts';
import { decodeCmdArgument, decodePowerShellLiteral } from './support/windows-decoders.ts';

type Case = [string, { given: string; want: string | undefined }];

const BASH: Case[] = [
  ['leaves a plain word bare', { given: 'POST', want: 'POST' }],
  ['single-quotes spaces and $', { given: 'a $HOME b', want: "'a $HOME b'" }],
  ['closes and reopens around an apostrophe', { given: "it's", want: "'it'\\''s'" }],
  ['keeps a newline inside single quotes', { given: 'a\nb', want: "'a\nb'" }],
  [
    'uses ANSI-C quotes for a tab, escaping quote and bang',
    { given: "it's\t!", want: "$'it\\x27s\\t\\x21'" },
  ],
  ['uses ANSI-C quotes for a carriage return', { given: 'a\r\nb\\', want: "$'a\\r\\nb\\\\'" }],
];

const POWERSHELL: Case[] = [
  ['keeps $ and backticks literal in single quotes', { given: 'cost $5 `n', want: "'cost $5 `n'" }],
  ['doubles apostrophes, typographic ones too', { given: "it’s Bob's", want: "'it’’s Bob''s'" }],
  ['leaves double quotes alone in single quotes', { given: '{"a":1}', want: '\'{"a":1}\'' }],
  ['switches to backtick escapes for line breaks', { given: 'a"\n$b`', want: '"a`"`n`$b``"' }],
  ['escapes typographic double quotes in double quotes', { given: '\r“x”', want: '"`r`“x`”"' }],
  [
    'writes other control characters as [char] codes',
    { given: '\x1b\u2028', want: '"$([char]0x1b)$([char]0x2028)"' },
  ],
];

const CMD: Case[] = [
  [
    'quotes a URL with & and keeps it intact',
    { given: 'http://h/x?a=1&b=2', want: '"http://h/x?a=1&b=2"' },
  ],
  [
    'escapes inner quotes for the C runtime and carets what cmd sees unquoted',
    { given: '{"a":"x&y"}', want: '"{\\"a\\":\\"x^&y\\"}"' },
  ],
  ['doubles backslashes before a quote', { given: 'a\\"b', want: '"a\\\\\\"b"' }],
  ['doubles trailing backslashes', { given: 'C:\\dir\\', want: '"C:\\dir\\\\"' }],
  ['refuses a percent sign', { given: '100%', want: undefined }],
  ['refuses a line break', { given: 'a\nb', want: undefined }],
  ['refuses non-ASCII', { given: 'café', want: undefined }],
];

const PYTHON: Case[] = [
  ['single-quotes JSON', { given: '{"a":"b"}', want: '\'{"a":"b"}\'' }],
  ['double-quotes text with more apostrophes', { given: "it's", want: '"it\'s"' }],
  [
    'escapes line breaks, backslashes and controls',
    { given: 'a\\\r\n\t\x07', want: "'a\\\\\\r\\n\\t\\x07'" },
  ],
  ['keeps non-ASCII literal', { given: 'né 🎵', want: "'né 🎵'" }],
];

function table(name: string, cases: Case[], quote: (value: string) => string | undefined): void {
  describe(name, () => {
    for (const [title, { given, want }] of cases) it(title, () => assert.equal(quote(given), want));
  });
}

table('quoteBash', BASH, quoteBash);
table('quotePowerShell', POWERSHELL, quotePowerShell);
table('quoteCmd', CMD, quoteCmd);
table('quotePython', PYTHON, quotePython);

describe('Windows quoting round trips', () => {
  for (const [title, { given }] of POWERSHELL) {
    it(`PowerShell reads back the value: ${title}`, () =>
      assert.equal(decodePowerShellLiteral(quotePowerShell(given)), given));
  }
  for (const [title, { given, want }] of CMD.filter(([, { want }]) => want !== undefined)) {
    it(`cmd passes the value through: ${title}`, () =>
      assert.equal(decodeCmdArgument(want ?? ''), given));
  }

  it('re-encodes JSON for cmd as the same value in printable ASCII without % or operators', () => {
    const body = JSON.stringify({ note: '100% café & <b> (x) ^ | !', list: ['🎵'] }, null, 2);
    const safe = toCmdSafeJson(body) ?? '';
    assert.match(safe, /^[\x20-\x7e]*$/);
    assert.doesNotMatch(safe, /[%!^&|<>()]/);
    assert.deepEqual(JSON.parse(safe), JSON.parse(body));
    assert.equal(toCmdSafeJson('{not json'), undefined);
  });
});

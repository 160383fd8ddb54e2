import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkPowerShell } from './check-powershell.ts';

const GOOD = `param([string]$Mode = 'read-only')
$headers = @{ Authorization = "Bearer $env:SESSIONDOCK_TOKEN" }
foreach ($attempt in 1..3) {
    $health = Invoke-RestMethod -Uri "$env:SESSIONDOCK_BASE_URL/health" -Headers $headers
}
Write-Host "Mode: $($health.data.effectiveMode)\`t ok"
`;

describe('checkPowerShell', () => {
  const cases: [string, { given: string; want: RegExp | undefined }][] = [
    ['accepts a correct script', { given: GOOD, want: undefined }],
    [
      'reports an unclosed block',
      { given: GOOD.replace('-Headers $headers\n}', '-Headers $headers\n'), want: /syntax error/ },
    ],
    [
      'reports an unbalanced parenthesis',
      { given: 'if ($x -eq 1 { Write-Host 1 }', want: /syntax error/ },
    ],
    [
      'reports a misspelled cmdlet',
      {
        given: GOOD.replace('Invoke-RestMethod', 'Invoke-RestMetod'),
        want: /unknown command "Invoke-RestMetod"/,
      },
    ],
    [
      'accepts a function the block defines',
      { given: `function Get-Health { 1 }\nGet-Health\n`, want: undefined },
    ],
    [
      'reports a shell-style environment variable',
      {
        given: GOOD.replace('$env:SESSIONDOCK_BASE_URL', '$SESSIONDOCK_BASE_URL'),
        want: /use \$env:SESSIONDOCK_/,
      },
    ],
    [
      'reports an API call without the token variable',
      {
        given: 'Invoke-RestMethod -Uri "$env:SESSIONDOCK_BASE_URL/health"\n',
        want: /without reading \$env:SESSIONDOCK_TOKEN/,
      },
    ],
  ];
  for (const [title, { given, want }] of cases) {
    it(title, async () => {
      const problems = await checkPowerShell(given);
      if (want === undefined) assert.deepEqual(problems, []);
      else assert.match(problems.join('\n'), want);
    });
  }
});

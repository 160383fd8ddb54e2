import { curlOptions } from './curl-bash.ts';
import type { PreparedRequest } from './prepare-request.ts';
import { quotePowerShell } from './quote-powershell.ts';
import { TOKEN_VARIABLE } from './snippet-request.ts';

/**
 * curl.exe for PowerShell (`curl` alone is Invoke-WebRequest in Windows PowerShell). The body
 * goes through a temporary UTF-8 file: PowerShell before 7.3 drops the `"` of arguments passed to
 * programs, and piping re-encodes text, so neither keeps a JSON body intact on every version.
 */
export function buildCurlPowerShell(request: PreparedRequest): string {
  const tokenHeader = `"Authorization: Bearer $env:${TOKEN_VARIABLE}"`;
  const options = curlOptions(request, quotePowerShell, tokenHeader);
  const lines: string[] = [];
  if (request.body !== undefined) {
    lines.push(
      `$body = ${quotePowerShell(request.body)}`,
      '$bodyFile = New-TemporaryFile',
      '[System.IO.File]::WriteAllText($bodyFile.FullName, $body)',
    );
    options.push('--data-binary "@$($bodyFile.FullName)"');
  }
  lines.push([`curl.exe ${quotePowerShell(request.url)}`, ...options].join(' `\n  '));
  if (request.body !== undefined) lines.push('Remove-Item $bodyFile');
  return lines.join('\n');
}

import { curlOptions } from './curl-bash.ts';
import type { PreparedRequest } from './prepare-request.ts';
import { quotePowerShell } from './quote-powershell.ts';

/**
 * curl.exe for PowerShell (`curl` alone is Invoke-WebRequest in Windows PowerShell). The body
 * goes through a temporary UTF-8 file: PowerShell before 7.3 drops the `"` of arguments passed to
 * programs, and piping re-encodes text, so neither keeps a JSON body intact on every version.
 */
export function buildCurlPowerShell(request: PreparedRequest): string {
  const options = curlOptions(
    request,
    quotePowerShell,
    (header) => `"${header.name}: ${header.value}$env:${header.variable ?? ''}"`,
  );
  const lines: string[] = [];
  if (request.body !== undefined) {
    lines.push(
      `$body = ${quotePowerShell(request.body)}`,
      '$bodyFile = New-TemporaryFile',
      '[System.IO.File]::WriteAllText($bodyFile.FullName, $body)',
    );
    options.push('--data-binary "@$($bodyFile.FullName)"');
  }
  const url = request.urlParts
    ? `(${request.urlParts.map((part) => ('variable' in part ? `$env:${part.variable}` : quotePowerShell(part.text))).join(' + ')})`
    : quotePowerShell(request.url);
  lines.push([`curl.exe ${url}`, ...options].join(' `\n  '));
  if (request.body !== undefined) lines.push('Remove-Item $bodyFile');
  return lines.join('\n');
}

import { createRequire } from 'node:module';
import { Language, type Node, Parser } from 'web-tree-sitter';

/**
 * PowerShell is not installed here, so PowerShell blocks are parsed with the tree-sitter
 * PowerShell grammar instead of run, and checked for the mistakes a parser alone would let pass.
 */

/** Cmdlets the guides may call; anything else must be a function the block defines. */
const KNOWN_COMMANDS = new Set([
  'Invoke-RestMethod',
  'Invoke-WebRequest',
  'ConvertTo-Json',
  'ConvertFrom-Json',
  'Write-Host',
  'Write-Output',
  'Write-Error',
  'Write-Warning',
  'Get-ChildItem',
  'ForEach-Object',
  'Where-Object',
  'Select-Object',
  'Sort-Object',
  'Start-Sleep',
  'Set-Content',
  'Get-Content',
  'Add-Content',
  'Out-File',
  'Out-Null',
  'Join-Path',
  'Test-Path',
  'Split-Path',
  'Resolve-Path',
  'New-Item',
  'Get-Item',
  'Get-Date',
  'Format-Table',
  'Measure-Object',
  'Export-Csv',
  'Read-Host',
  'Start-Process',
  'Get-Command',
]);

let parser: Promise<Parser> | undefined;

async function loadParser(): Promise<Parser> {
  const require = createRequire(import.meta.url);
  await Parser.init();
  const language = await Language.load(
    require.resolve('tree-sitter-powershell/tree-sitter-powershell.wasm'),
  );
  const instance = new Parser();
  instance.setLanguage(language);
  return instance;
}

/** Problems found in a PowerShell block: syntax errors, unknown commands, environment misuse. */
export async function checkPowerShell(code: string): Promise<string[]> {
  parser ??= loadParser();
  const tree = (await parser).parse(code);
  if (!tree) return ['the parser returned no tree'];
  const problems: string[] = [];
  const root = tree.rootNode;
  for (const node of walk(root)) {
    if (node.type === 'ERROR' || node.isMissing) {
      problems.push(
        `syntax error at line ${node.startPosition.row + 1}: ${JSON.stringify(node.text.slice(0, 40))}`,
      );
    }
  }
  const defined = new Set(
    root.descendantsOfType('function_name').map((node) => node.text.toLowerCase()),
  );
  for (const node of root.descendantsOfType('command_name')) {
    const name = node.text;
    // The grammar also reads range expressions such as `1..5` in `foreach` as command names.
    if (!/^[A-Za-z_][\w.-]*$/.test(name)) continue;
    if (
      ![...KNOWN_COMMANDS].some((known) => known.toLowerCase() === name.toLowerCase()) &&
      !defined.has(name.toLowerCase())
    ) {
      problems.push(`unknown command "${name}" at line ${node.startPosition.row + 1}`);
    }
  }
  if (/(?<!env:)\$SESSIONDOCK_/i.test(code))
    problems.push('reads $SESSIONDOCK_… as a PowerShell variable; use $env:SESSIONDOCK_…');
  if (/Invoke-(RestMethod|WebRequest)/i.test(code) && !/\$env:SESSIONDOCK_TOKEN/.test(code)) {
    problems.push('calls the API without reading $env:SESSIONDOCK_TOKEN');
  }
  return problems;
}

function* walk(node: Node): Generator<Node> {
  yield node;
  for (const child of node.children) yield* walk(child);
}

/** The error a malformed contract raises: it names the file and carries the parser's message. */
export class ContractError extends Error {
  constructor(source: string, detail: string) {
    super(`Invalid OpenAPI contract ${source}:\n${detail}`);
    this.name = 'ContractError';
  }
}

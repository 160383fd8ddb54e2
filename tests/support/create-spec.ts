/** A tiny valid OpenAPI 3.1 document, with `partial` merged over its top level. */
export function createSpec(partial: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: { title: 'Fixture API', version: '1.0.0' },
    paths: {},
    ...partial,
  };
}

/** The same document as contract text (JSON is YAML too). */
export function createSpecText(partial: Record<string, unknown> = {}): string {
  return JSON.stringify(createSpec(partial), null, 2);
}

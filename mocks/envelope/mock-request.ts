/**
 * What the mock reads of a request. A Fetch `Request` is one (the browser and msw's handlers pass
 * theirs); the sandbox passes a lighter one read straight from Node's request, since building a
 * `Request` and reading its body stream back cost more than answering it.
 */
export interface MockRequest {
  readonly method: string;
  /** The absolute URL: `http://127.0.0.1:18432/api/v1/sessions?limit=5`. */
  readonly url: string;
  /** `url` already parsed, when the transport parsed it anyway (a Fetch `Request` has none). */
  readonly parsedUrl?: URL | undefined;
  readonly headers: { get(name: string): string | null };
  text(): Promise<string>;
}

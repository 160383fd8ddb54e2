import { isJsonMediaType } from '../snippets/build-operation-request.ts';

/** An example as the reader sees it, with the language to highlight it in. */
export interface FormattedExample {
  code: string;
  language: string;
}

/** Formats an example value for its media type: JSON indented, text as written. */
export function formatExample(value: unknown, mediaType: string): FormattedExample {
  if (typeof value === 'string' && !isJsonMediaType(mediaType)) {
    return {
      code: value,
      language: /xml/i.test(mediaType) ? 'xml' : /html/i.test(mediaType) ? 'html' : 'text',
    };
  }
  // JSON.stringify answers undefined for undefined, whatever its declared type says.
  const json = (
    JSON.stringify as (value: unknown, replacer: null, space: number) => string | undefined
  )(value, null, 2);
  return { code: json ?? 'null', language: 'json' };
}

/**
 * A request as a link: the operation page's URL with the parameters, body and chosen example in
 * its fragment (`#try?query.q=drums&body=…`). Only those: never the token, the base URL or the
 * target. Opening such a link reads the fragment as data (URLSearchParams), never as a spec,
 * a configuration or code (browser rule 15: nothing is loaded from the URL).
 */
import type { InputsToApply } from './apply-inputs.ts';

/** The fragment of a shared request starts so; `#try?from=history&…` marks one opened from the history. */
export const SHARE_PREFIX = '#try?';
/** Common browsers and chat tools cut or refuse longer URLs. */
export const SHARE_LIMIT_BYTES = 8000;

const LOCATIONS = new Set(['path', 'query', 'header']);

/** A shared request read from a fragment, with what in it a link may not set. */
export interface SharedRequest {
  inputs: InputsToApply;
  /** Where it comes from: a link someone shared, or the reader's own history. */
  from: 'link' | 'history';
  /** Names in the fragment that are no parameter, body or example: ignored, and said so. */
  ignored: string[];
}

/** Whether `hash` is a shared request (possibly too long or malformed: `readShareFragment` tells). */
export function isShareFragment(hash: string): boolean {
  return hash.startsWith(SHARE_PREFIX);
}

/** The fragment for the inputs: non-empty parameters, the body and the example, nothing else. */
export function toShareFragment(
  inputs: InputsToApply,
  from: SharedRequest['from'] = 'link',
): string {
  const search = new URLSearchParams();
  if (from === 'history') search.set('from', 'history');
  for (const [key, value] of Object.entries(inputs.values)) {
    const [, location, ...name] = key.split(':');
    if (value !== '' && location && LOCATIONS.has(location))
      search.append(`${location}.${name.join(':')}`, value);
  }
  if (inputs.example) search.set('example', inputs.example);
  if (inputs.body !== undefined) search.set('body', inputs.body);
  return `${SHARE_PREFIX}${search.toString()}`;
}

/** The shareable URL of a page (its query and fragment replaced), or why it cannot be shared. */
export function toShareUrl(
  pageUrl: string,
  inputs: InputsToApply,
  from: SharedRequest['from'] = 'link',
): { url: string } | { problem: string } {
  const page = new URL(pageUrl);
  const url = `${page.origin}${page.pathname}${toShareFragment(inputs, from)}`;
  const bytes = new TextEncoder().encode(url).length;
  if (bytes > SHARE_LIMIT_BYTES) {
    return {
      problem: `This request is too large for a link (${(bytes / 1000).toFixed(1)} kB; links over about 8 kB break in common browsers). Shorten the body, or copy the code instead.`,
    };
  }
  return { url };
}

/** Reads a shared request from a fragment as data; a fragment over the limit is refused whole. */
export function readShareFragment(hash: string): SharedRequest | { problem: string } | undefined {
  if (!isShareFragment(hash)) return undefined;
  if (new TextEncoder().encode(hash).length > SHARE_LIMIT_BYTES) {
    return {
      problem:
        'This link is too long to use (over about 8 kB), so nothing was filled in. Ask for a shorter one, or copy the request as code instead.',
    };
  }
  const values: Record<string, string> = {};
  const ignored: string[] = [];
  let body: string | undefined;
  let example: string | undefined;
  let from: SharedRequest['from'] = 'link';
  for (const [name, value] of new URLSearchParams(hash.slice(SHARE_PREFIX.length))) {
    const dot = name.indexOf('.');
    const location = dot > 0 ? name.slice(0, dot) : '';
    if (LOCATIONS.has(location)) values[`param:${location}:${name.slice(dot + 1)}`] = value;
    else if (name === 'body') body = value;
    else if (name === 'example') example = value;
    else if (name === 'from' && value === 'history') from = 'history';
    else ignored.push(name);
  }
  return {
    inputs: {
      values,
      ...(body === undefined ? {} : { body }),
      ...(example === undefined ? {} : { example }),
    },
    from,
    ignored,
  };
}

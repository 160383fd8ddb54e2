/**
 * What msw's browser cookie store uses of tough-cookie, for the in-page mock only (aliased in
 * astro.config.ts for the site's client bundles). msw reads a request's cookies from its jar and
 * stores the cookies a mocked response sets; this mock sets none and its API authenticates with a
 * bearer token, yet tough-cookie brought the whole public-suffix list (tldts) into the mock's
 * chunk: 160 KiB raw of its 245 (bench/README.md, "Panel first use"). Cookies set here are kept
 * per name for the page's host, without domain or expiry rules.
 */

interface CookieFields {
  key: string;
  value: string;
  domain: string | null;
  path: string | null;
}

/** A cookie: name, value, and where it applies. */
export class Cookie implements CookieFields {
  key: string;
  value: string;
  domain: string | null;
  path: string | null;

  constructor(fields: Partial<CookieFields> = {}) {
    this.key = fields.key ?? '';
    this.value = fields.value ?? '';
    this.domain = fields.domain ?? null;
    this.path = fields.path ?? null;
  }

  /** A cookie from its JSON form (as `toJSON` wrote it), or undefined. */
  static fromJSON(json: unknown): Cookie | undefined {
    const fields = (
      typeof json === 'string' ? JSON.parse(json) : json
    ) as Partial<CookieFields> | null;
    return fields && typeof fields.key === 'string' ? new Cookie(fields) : undefined;
  }

  toJSON(): CookieFields {
    return { key: this.key, value: this.value, domain: this.domain, path: this.path };
  }

  /** `name=value`, as a `Cookie` request header carries it. */
  cookieString(): string {
    return `${this.key}=${this.value}`;
  }

  toString(): string {
    return this.cookieString();
  }
}

/** The store msw persists: cookies by domain, path and name. */
export class MemoryCookieStore {
  idx: Record<string, Record<string, Record<string, Cookie>>> = {};
}

/** A jar over a store: `Set-Cookie` values in, the cookies of a URL's host out. */
export class CookieJar {
  readonly #store: MemoryCookieStore;

  constructor(store: MemoryCookieStore = new MemoryCookieStore()) {
    this.#store = store;
  }

  /** The cookies kept for the URL's host. */
  getCookiesSync(url: string): Cookie[] {
    const forHost = this.#store.idx[new URL(url).hostname] ?? {};
    return Object.values(forHost).flatMap((byName) => Object.values(byName));
  }

  /** Keeps a `Set-Cookie` value (its name and value; attributes other than Path are ignored). */
  setCookie(setCookie: string, url: string): Promise<Cookie> {
    const [pair = '', ...attributes] = setCookie.split(';');
    const separator = pair.indexOf('=');
    const path =
      attributes
        .map((attribute) => attribute.trim())
        .find((attribute) => /^path=/i.test(attribute))
        ?.slice(5) ?? '/';
    const cookie = new Cookie({
      key: pair.slice(0, separator).trim(),
      value: pair.slice(separator + 1).trim(),
      domain: new URL(url).hostname,
      path,
    });
    const domain = (this.#store.idx[cookie.domain ?? ''] ??= {});
    (domain[path] ??= {})[cookie.key] = cookie;
    return Promise.resolve(cookie);
  }
}

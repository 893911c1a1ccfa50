/**
 * A tiny GraphQL-over-HTTP client for tests: one instance is one person with their own cookie jar.
 * It sends what the web app sends (JSON and Apollo's CSRF preflight header) unless told otherwise.
 * Like a member of staff with a phone, it completes two-factor sign-in after signing in (see
 * two-factor.ts), unless made with `secondFactor: 'manual'`.
 */
import { afterOperation } from './two-factor.ts';

export type FieldProblem = { field: string; message: string };

export type GraphQLErrorJson = {
  message: string;
  path?: (string | number)[];
  extensions?: {
    code?: string;
    fields?: FieldProblem[];
    retryAfterSeconds?: number;
    [key: string]: unknown;
  };
};

export type GraphQLResult<TData = Record<string, unknown>> = {
  data: TData | null | undefined;
  errors: GraphQLErrorJson[] | undefined;
  status: number;
  headers: Headers;
  /** The raw body, for answers that are not GraphQL JSON (e.g. a 413 from the HTTP layer). */
  text: string;
};

export type RequestOptions = { headers?: Record<string, string> };

const DEFAULT_HEADERS = { 'content-type': 'application/json', 'apollo-require-preflight': 'true' };

export type PersonOptions = {
  /**
   * 'automatic' (the default): after a sign-in, or a staff role granted to them, the person enrols an
   * authenticator or enters its code as staff must. 'manual': nothing happens by itself, for tests of
   * two-factor sign-in.
   */
  secondFactor?: 'automatic' | 'manual';
};

export class Person {
  /** Cookie name -> value, as a browser would keep them for this origin. */
  readonly cookies = new Map<string, string>();

  constructor(
    readonly baseUrl: string,
    readonly label = 'someone',
    readonly options: PersonOptions = {},
  ) {}

  /** Sends any HTTP request with this person's cookies, and keeps the cookies the answer sets. */
  async fetch(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size > 0 && !headers.has('cookie')) headers.set('cookie', this.cookieHeader());
    const response = await fetch(new URL(path, this.baseUrl), { ...init, headers, redirect: 'manual' });
    this.remember(response.headers.getSetCookie());
    return response;
  }

  /** Runs one GraphQL operation at /graphql. */
  async graphql<TData = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options: RequestOptions = {},
  ): Promise<GraphQLResult<TData>> {
    const result = await this.postGraphQL<TData>(JSON.stringify({ query, variables }), options);
    if (this.options.secondFactor !== 'manual') await afterOperation(this, variables, result);
    return result;
  }

  /** Posts a raw body to /graphql (for bodies that are not one well-formed operation). */
  async postGraphQL<TData = Record<string, unknown>>(
    body: string,
    options: RequestOptions = {},
  ): Promise<GraphQLResult<TData>> {
    const response = await this.fetch('/graphql', {
      method: 'POST',
      headers: { ...DEFAULT_HEADERS, ...options.headers },
      body,
    });
    return toResult<TData>(response);
  }

  cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  /** Gives another client the same cookies (a stolen or copied cookie, or a second tab). */
  cloneAs(label: string): Person {
    const copy = new Person(this.baseUrl, label, this.options);
    for (const [name, value] of this.cookies) copy.cookies.set(name, value);
    return copy;
  }

  private remember(setCookies: string[]): void {
    for (const line of setCookies) {
      const cookie = parseSetCookie(line);
      if (!cookie) continue;
      if (cookie.expired) this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, cookie.value);
    }
  }
}

export async function toResult<TData>(response: Response): Promise<GraphQLResult<TData>> {
  const text = await response.text();
  let body: { data?: TData | null; errors?: GraphQLErrorJson[] } = {};
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) body = parsed;
  } catch {
    // Not JSON: leave data and errors undefined; the caller reads status and text.
  }
  return { data: body.data, errors: body.errors, status: response.status, headers: response.headers, text };
}

export type SetCookie = {
  name: string;
  value: string;
  attributes: Map<string, string>;
  expired: boolean;
};

/** Parses one Set-Cookie header line; attribute names are lower-cased. */
export function parseSetCookie(line: string): SetCookie | undefined {
  const [pair = '', ...rest] = line.split(';');
  const eq = pair.indexOf('=');
  if (eq <= 0) return undefined;
  const attributes = new Map<string, string>();
  for (const part of rest) {
    const [key = '', ...value] = part.trim().split('=');
    attributes.set(key.toLowerCase(), value.join('='));
  }
  const maxAge = attributes.get('max-age');
  const expires = attributes.get('expires');
  const value = pair.slice(eq + 1).trim();
  const expired =
    value === '' ||
    (maxAge !== undefined && Number(maxAge) <= 0) ||
    (expires !== undefined && Date.parse(expires) <= Date.now());
  return { name: pair.slice(0, eq).trim(), value, attributes, expired };
}

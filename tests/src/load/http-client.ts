/**
 * A small HTTP client for load: keep-alive sockets, the body read in full, and a chosen source
 * address. Sign-in is throttled per address (100 every 15 minutes), as it should be; real people
 * sign in from many addresses, so the load spreads sign-ins over loopback addresses (127.1.x.y),
 * which Linux routes to 127.0.0.1. autocannon cannot bind a source address, hence node:http.
 */
import http from 'node:http';

export type Answer = {
  /** 0 when no HTTP answer came (refused, reset, timed out). */
  status: number;
  text: string;
  setCookies: string[];
  /** The network failure (ECONNREFUSED, ECONNRESET, TIMEOUT), when there was no answer. */
  failure?: string;
  ms: number;
};

/** timeoutMs: the longest a request may take, from asking to the whole answer (10 s unless given). */
export type PostOptions = { cookie?: string; localAddress?: string; timeoutMs?: number };

export class LoadClient {
  private readonly agent: http.Agent;

  constructor(maxSocketsPerOrigin = 128) {
    this.agent = new http.Agent({ keepAlive: true, maxSockets: maxSocketsPerOrigin, maxFreeSockets: maxSocketsPerOrigin });
  }

  /** POSTs a GraphQL body as the web app does (JSON, Apollo's CSRF preflight header). Never throws. */
  postGraphQL(origin: string, body: string, options: PostOptions = {}): Promise<Answer> {
    const url = new URL('/graphql', origin);
    const headers: Record<string, string | number> = {
      'content-type': 'application/json',
      'apollo-require-preflight': 'true',
      'content-length': Buffer.byteLength(body),
    };
    if (options.cookie) headers.cookie = options.cookie;
    const started = performance.now();
    return new Promise((resolve) => {
      let settled = false;
      const finish = (answer: Omit<Answer, 'ms'>) => {
        if (settled) return;
        settled = true;
        resolve({ ...answer, ms: performance.now() - started });
      };
      const request = http.request(
        { host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers, agent: this.agent, localAddress: options.localAddress },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () =>
            finish({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8'), setCookies: setCookiesOf(response) }),
          );
          response.on('error', (error: NodeJS.ErrnoException) => finish({ status: 0, text: '', setCookies: [], failure: error.code ?? error.message }));
        },
      );
      // From the moment of asking, including any wait for a free socket: what a person waiting sees.
      const deadline = setTimeout(() => {
        finish({ status: 0, text: '', setCookies: [], failure: 'TIMEOUT' });
        request.destroy();
      }, options.timeoutMs ?? 10_000);
      request.once('close', () => clearTimeout(deadline));
      request.on('error', (error: NodeJS.ErrnoException) => finish({ status: 0, text: '', setCookies: [], failure: error.code ?? error.message }));
      request.end(body);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

function setCookiesOf(response: http.IncomingMessage): string[] {
  const header = response.headers['set-cookie'];
  return header ?? [];
}

/** name=value of the first Set-Cookie whose name is `name`, for a Cookie header. */
export function cookieFrom(setCookies: string[], name = 'kindred_session'): string | undefined {
  for (const line of setCookies) {
    const pair = line.split(';')[0]?.trim() ?? '';
    if (pair.startsWith(`${name}=`) && pair.length > name.length + 1) return pair;
  }
  return undefined;
}

/**
 * Source addresses for sign-ins: each used for at most `perAddress` sign-ins, under the per-address
 * throttle, as if each came from a different household or surgery.
 */
export class SignInAddresses {
  private used = 0;

  constructor(
    private readonly perAddress = 90,
    private readonly block = 1,
  ) {}

  next(): string {
    const index = Math.floor(this.used++ / this.perAddress);
    return `127.${this.block}.${Math.floor(index / 250)}.${(index % 250) + 1}`;
  }
}

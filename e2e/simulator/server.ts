// The simulator as a real server: an HTTPS server that answers every simulated host (the request's
// Host header says which), a second one for the portal API hosts that speaks HTTP/2 (ALPN h2, as
// AWS's API endpoints do; HTTP/1.1 too, for a client that does not offer h2), and a forward proxy
// that the browser is pointed at. The proxy tunnels `CONNECT <simulated host>:443` to the server of
// that host and refuses everything else (other hosts, other ports, plain http), so nothing reaches
// the closed network. All listen on 127.0.0.1, ephemeral ports.
// Node's http/http2/https/net only: any browser driver can use it (the Playwright fixture is e2e/fixtures.ts).
import http from 'node:http';
import http2 from 'node:http2';
import https from 'node:https';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { simulatorApi } from './api';
import { simulatorCertificate } from './certificate';
import { CREDS_COOKIE } from './cookies';
import { html, htmlReply, type Reply } from './html';
import { PARTITION_NAMES, PARTITIONS } from './partitions';
import { isPortalApiHost } from './portal-api';
import { dispatch, isSimulatedHost } from './router';
import type { SimRequest } from './sim-request';
import { SimState } from './state';
import type { Simulator, SimulatorOptions } from './types';

/** A cookie as a driver preseeds it (the fields Playwright's addCookies and CDP/BiDi take). */
export interface CookieSpec {
  name: string;
  value: string;
  domain: string;
  path: string;
  secure: boolean;
  httpOnly: boolean;
  sameSite: 'Strict' | 'Lax' | 'None';
}

export interface SimServer {
  /** Point the browser's http and https proxy at 127.0.0.1:proxyPort. */
  proxyPort: number;
  sim: Simulator;
  /** What the browser must hold to be signed in to every partition that has a base user. */
  signInCookies(): CookieSpec[];
  /** `host:port` of every CONNECT the proxy refused, and `http://…` requests it refused, in order. */
  refused: string[];
  close(): Promise<void>;
}

export async function startSimulator(options: SimulatorOptions = {}): Promise<SimServer> {
  const state = new SimState(options);
  const { pem } = await simulatorCertificate();
  const sockets = new Set<net.Socket>();
  const track = (socket: net.Socket): void => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  };
  const refused: string[] = [];

  const site = https.createServer({ key: pem, cert: pem }, (req, res) => {
    // A browser that gives up mid-request (a closed tab) must not take the test process down.
    answer(state, req, res).catch(() => res.destroy());
  });
  site.on('connection', track);
  const sitePort = await listen(site);

  // The portal API: one connection carries every request at once (HTTP/2), where HTTP/1.1 would
  // queue a page's hundreds of reads and their CORS preflights on Chromium's 6 connections a host.
  // It listens on no port: the proxy hands it each tunnel's socket (below).
  const api = http2.createSecureServer({ key: pem, cert: pem, allowHTTP1: true }, (req, res) => {
    answer(state, req, res).catch(() => res.destroy());
  });

  // A plain-http request through the proxy gets no answer at all (an answer would be a page).
  const proxy = http.createServer((req) => {
    refused.push(req.url ?? '');
    req.socket.destroy();
  });
  proxy.on('connection', track);
  proxy.on('connect', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    client.on('error', () => client.destroy());
    const authority = req.url ?? '';
    const colon = authority.lastIndexOf(':');
    const host = authority.slice(0, colon).toLowerCase();
    if (authority.slice(colon + 1) !== '443' || !isSimulatedHost(host)) {
      refused.push(authority);
      client.end('HTTP/1.1 403 Forbidden\r\ncontent-length: 0\r\nconnection: close\r\n\r\n');
      return;
    }
    if (isPortalApiHost(host)) {
      // The tunnel is the API server's connection itself, not piped on to another one: a read of
      // a thousand accounts is thousands of small frames, and each hop costs the test process.
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) client.unshift(head);
      api.emit('connection', client);
      return;
    }
    const upstream = net.connect(sitePort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    track(upstream);
    upstream.on('error', () => client.destroy());
    client.on('close', () => upstream.destroy());
  });
  const proxyPort = await listen(proxy);

  return {
    proxyPort,
    sim: simulatorApi(state),
    refused,
    signInCookies: () =>
      PARTITION_NAMES.flatMap((partition) => {
        const value = state.credsCookie(partition);
        if (value === undefined) return [];
        // As the sign-in service sets it (cookies.ts): the partition's domain, so both the console
        // and the sign-in hosts receive it.
        const cookie: CookieSpec = { name: CREDS_COOKIE, value: encodeURIComponent(value), domain: PARTITIONS[partition].cookieDomain, path: '/', secure: true, httpOnly: true, sameSite: 'Lax' };
        return [cookie];
      }),
    async close() {
      for (const socket of sockets) socket.destroy();
      await Promise.all([closeServer(site), closeServer(proxy)]);
    },
  };
}

/** One request, over HTTP/1.1 or HTTP/2 (Node's compatibility API gives both the same shape). */
async function answer(state: SimState, req: http.IncomingMessage | http2.Http2ServerRequest, res: http.ServerResponse | http2.Http2ServerResponse): Promise<void> {
  const chunks: Buffer[] = [];
  // A request that says it has no body (no length, not chunked) is not read: reading each of a
  // portal read's two thousand bodiless GETs and preflights as a stream was a share of its cost.
  const bodiless = req.headers['content-length'] === undefined && req.headers['transfer-encoding'] === undefined;
  if (bodiless) req.resume();
  else for await (const chunk of req) chunks.push(chunk as Buffer);
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    // HTTP/2's pseudo-headers (`:authority`, `:path`…) are not headers; `:authority` is the Host.
    if (name.startsWith(':')) continue;
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  const authority = req.headers[':authority'];
  if (headers['host'] === undefined && typeof authority === 'string') headers['host'] = authority;
  const request: SimRequest = {
    url: new URL(req.url ?? '/', `https://${headers['host'] ?? 'invalid'}`),
    method: req.method ?? 'GET',
    headers,
    body: chunks.length > 0 ? Buffer.concat(chunks).toString('utf8') : null,
    httpVersion: req.httpVersion,
  };
  let reply: Reply;
  try {
    reply = dispatch(state, request);
  } catch (error) {
    // A simulator bug shows up as a 500 page naming it, not as a hung test.
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    console.error(`simulator: ${request.method} ${request.url.href} failed: ${message}`);
    reply = htmlReply({ status: 500, title: 'Simulator error', body: html`<pre data-testid="sim-error">${message}</pre>` });
  }
  res.statusCode = reply.status;
  for (const [name, value] of Object.entries(reply.headers)) res.setHeader(name, value);
  if (reply.cookies?.length) res.setHeader('set-cookie', reply.cookies);
  // No body at all when there is none: HTTP/2 ends a 204's stream with its headers.
  if (request.method === 'HEAD' || reply.body === '') res.end();
  else res.end(reply.body);
}

function listen(server: net.Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

function closeServer(server: net.Server): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}

// A small static file server for the built site: serves a folder under a base path, with the site's own 404 page.
import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.atom': 'application/atom+xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
};

export interface StaticServerOptions {
  /** Folder to serve. */
  dir: string;
  /** Base path the site was built for, e.g. `/credit-lists/`; defaults to `/`. */
  base?: string;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
}

export interface RunningServer {
  server: Server;
  url: string;
  close(): Promise<void>;
}

/** Normalise a base path to `/x/y/` form. */
export function normaliseBase(base: string | undefined): string {
  const trimmed = (base ?? '/').replace(/^\/*|\/*$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** The file a request path maps to inside `dir`, or undefined when outside the base or the folder. */
export function resolveRequest(dir: string, base: string, urlPath: string): string | undefined {
  let p: string;
  try {
    p = decodeURIComponent(urlPath.split('?')[0]!.split('#')[0]!);
  } catch {
    return undefined;
  }
  if (`${p}/` === base) p = base;
  if (!p.startsWith(base)) return undefined;
  const rel = p.slice(base.length);
  const abs = path.resolve(dir, `.${path.posix.sep}${rel}`);
  const root = path.resolve(dir);
  if (abs !== root && !abs.startsWith(root + path.sep)) return undefined;
  return abs;
}

function fileFor(abs: string): string | undefined {
  try {
    const st = statSync(abs);
    if (st.isFile()) return abs;
    if (st.isDirectory()) {
      const index = path.join(abs, 'index.html');
      if (statSync(index, { throwIfNoEntry: false })?.isFile()) return index;
    }
  } catch {
    /* not found */
  }
  return undefined;
}

/** Start serving; resolves once listening. */
export function serveStatic(opts: StaticServerOptions): Promise<RunningServer> {
  const base = normaliseBase(opts.base);
  const dir = path.resolve(opts.dir);
  const server = createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const urlPath = req.url ?? '/';
    if (base !== '/' && (urlPath === '/' || urlPath === '')) {
      res.writeHead(302, { location: base }).end();
      return;
    }
    const abs = resolveRequest(dir, base, urlPath);
    let file = abs && fileFor(abs);
    // A directory requested without its slash: redirect, so relative links resolve as on any web server.
    if (file && file.endsWith(`${path.sep}index.html`) && !urlPath.split('?')[0]!.endsWith('/') && abs !== dir) {
      res.writeHead(301, { location: `${urlPath.split('?')[0]}/` }).end();
      return;
    }
    let status = 200;
    if (!file) {
      status = 404;
      file = fileFor(path.join(dir, '404.html'));
      if (!file) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('404 Not Found\n');
        return;
      }
    }
    const type = TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    res.writeHead(status, { 'content-type': type, 'content-length': statSync(file).size, 'cache-control': 'no-cache' });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => {
      const { address, port } = server.address() as AddressInfo;
      resolve({
        server,
        url: `http://${address}:${port}${base}`,
        close: () =>
          new Promise<void>((r) => {
            server.closeAllConnections();
            server.close(() => r());
          }),
      });
    });
  });
}

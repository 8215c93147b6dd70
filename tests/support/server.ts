/**
 * A static file server for a built site under its base, behaving like GitHub Pages:
 * `/base/x/` serves `x/index.html`, a missing path gets `/404.html` with status 404.
 * Bound to 127.0.0.1 on a free port; close it when done.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { fileFor } from './dist.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticSite {
  origin: string;
  close: () => Promise<void>;
}

export interface ServeOptions {
  /** gzip text responses when the client accepts it, as GitHub Pages does (for byte budgets). */
  gzip?: boolean;
  /** Called with each response's path and body size as sent (after compression). */
  onResponse?: (path: string, bytes: number) => void;
}

/** Types worth compressing; Pagefind's own index files are already compressed. */
const COMPRESSIBLE = /\.(html|css|js|mjs|json|svg|xml|txt|wasm)$/u;

export async function serveSite(outDir: string, base: string, options: ServeOptions = {}): Promise<StaticSite> {
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path === base.slice(0, -1)) {
      response.writeHead(301, { Location: base }).end();
      return;
    }
    let file = fileFor(outDir, path, base);
    // A directory without its trailing slash redirects, as GitHub Pages does.
    if (!file && !path.endsWith('/') && fileFor(outDir, `${path}/`, base)) {
      response.writeHead(301, { Location: `${path}/` }).end();
      return;
    }
    let status = 200;
    if (!file) {
      status = 404;
      const notFound = join(outDir, '404.html');
      file = existsSync(notFound) ? notFound : null;
    }
    if (!file) {
      response.writeHead(404).end('Not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    if (options.gzip && COMPRESSIBLE.test(file) && /\bgzip\b/u.test(String(request.headers['accept-encoding'] ?? ''))) {
      const body = gzipSync(readFileSync(file));
      options.onResponse?.(path, body.length);
      response.writeHead(status, { 'Content-Type': type, 'Content-Encoding': 'gzip', 'Content-Length': body.length }).end(body);
      return;
    }
    const size = statSync(file).size;
    options.onResponse?.(path, size);
    response.writeHead(status, { 'Content-Type': type, 'Content-Length': size });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

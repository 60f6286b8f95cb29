// Serves the repo's demo/ (and the built dist/) on localhost, as a partner's web server would:
// static files only, with a strict Content-Security-Policy so the page proves the kit needs
// no inline script, no eval and no third-party request. PORT=8080 by default.
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { CONTENT_TYPES as types, DEMO_CSP as CSP } from './static-server.mjs';

const root = resolve(new URL('..', import.meta.url).pathname);

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname === '/') {
    res.writeHead(302, { location: '/demo/' });
    res.end();
    return;
  }
  let file = normalize(join(root, decodeURIComponent(url.pathname)));
  if (!file.startsWith(root) || file.includes(`${root}/node_modules`) || file.includes('/.git')) {
    res.writeHead(403).end('forbidden');
    return;
  }
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  res.writeHead(200, {
    'content-type': types[extname(file)] ?? 'application/octet-stream',
    'content-security-policy': CSP,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-cache',
  });
  createReadStream(file).pipe(res);
});

const wanted = Number(process.env.PORT) || 8080;
function listen(port, tries = 10) {
  server.once('error', (error) => {
    if (error.code === 'EADDRINUSE' && tries > 0) listen(port + 1, tries - 1);
    else throw error;
  });
  server.listen(port, '127.0.0.1', () => {
    console.log(`\nDemo partner page: http://localhost:${port}/demo/\n(Ctrl+C to stop)`);
  });
}
listen(wanted);

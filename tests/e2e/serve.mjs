// A tiny static server for the built web app on 127.0.0.1, as a static host would serve it:
// brotli (or gzip) when the browser accepts it, hashed build files cached for a year, the rest
// revalidated, and the single-page fallback (every unknown path serves index.html).
// `setRoot` serves another build from the same address (a new version going live).
import { createServer } from 'node:http';
import { readFile, readdir, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.wasm', '.css', '.webmanifest', '.svg']);

/** Compressed bodies by file, encoding and modification time: each file is compressed once. */
const packed = new Map();
function compress(file, mtime, body, encoding) {
  const key = `${file}|${encoding}|${mtime}`;
  if (!packed.has(key)) {
    packed.set(key, encoding === 'br'
      ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
      : gzipSync(body, { level: 9 }));
  }
  return packed.get(key);
}

/** Compresses every file under `root` with brotli ahead of time, as a static host serves its
 * precompressed files: a measurement (Lighthouse) then sees no time spent compressing. */
async function precompress(root) {
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    const file = join(entry.parentPath, entry.name);
    if (!entry.isFile() || !COMPRESSIBLE.has(extname(file))) continue;
    compress(file, (await stat(file)).mtimeMs, await readFile(file), 'br');
  }
}

/** Serves `root`; `{ precompressed: true }` compresses every file before the first request. */
export async function serve(root, { precompressed = false } = {}) {
  let current = root;
  if (precompressed) await precompress(root);
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(current, path);
    let info;
    try {
      info = await stat(file);
      if (!info.isFile()) throw new Error('not a file');
    } catch {
      file = join(current, 'index.html');
      info = await stat(file).catch(() => null);
    }
    try {
      let body = await readFile(file);
      const type = extname(file);
      const headers = {
        'content-type': TYPES[type] ?? 'application/octet-stream',
        'cache-control': path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
        vary: 'accept-encoding',
      };
      const accepted = String(req.headers['accept-encoding'] ?? '');
      const encoding = /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : null;
      if (encoding && COMPRESSIBLE.has(type)) {
        body = compress(file, info?.mtimeMs, body, encoding);
        headers['content-encoding'] = encoding;
      }
      headers['content-length'] = body.length;
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    setRoot: (next) => { current = next; },
    close: () => new Promise((r) => { server.closeAllConnections?.(); server.close(r); }),
  };
}

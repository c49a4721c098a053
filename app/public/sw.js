// Attune's service worker: the app shell, one whole build at a time, so the app opens with no
// network and never mixes files of two builds.
//
// A build is found from its index.html: the script it loads and the wasm that script loads
// (their names carry dx's content hash, so two builds never share a name). Each build is
// cached whole under its own name; `attune-current` says which one a start loads. When the
// network has a newer build, it is cached whole in the background and becomes current at the
// next start, never under a page that is open; an open app is told so and offers a restart.
//
// Files shared to the installed app (the manifest's share_target) arrive as a POST to
// /receive: each is kept in `attune-inbox` until the app has opened it (app/src/browser.rs).
const PREFIX = 'attune-build-';
const POINTER = 'attune-current';
const INBOX = 'attune-inbox';
const STATIC = ['/main.css', '/manifest.webmanifest', '/manifest.es.webmanifest', '/icons/icon-192.png', '/icons/icon-512.png',
  '/icons/maskable-512.png', '/icons/apple-touch-icon.png', '/icons/favicon-48.png',
  // The camera's reader (swap by looking): loaded by the page only when the camera opens, kept
  // here with the build so it works offline too.
  '/codes/attune_codes_web.js', '/codes/attune_codes_web_bg.wasm'];

/** The name of the build `html` belongs to, and the files its page loads. */
function buildOf(html) {
  const scripts = [...html.matchAll(/["'](?:\.?\/)*\.?\/?(assets\/[^"'\s>]+)["']/g)].map((m) => '/' + m[1]);
  const name = scripts.find((u) => u.endsWith('.js')) ?? 'unknown';
  return { name: PREFIX + name.replace(/[^\w.-]/g, '_'), scripts };
}

/** One file of a build, or an error: a host that answers a missing file with its index page
 *  (a single-page fallback) must not have that page kept as the app's script or wasm. */
async function whole(url) {
  const response = await fetch(url, { cache: 'no-store' });
  const type = response.headers.get('content-type') ?? '';
  if (!response.ok || type.startsWith('text/html')) throw new Error(`${url}: ${response.status} ${type}`);
  return response;
}

/** Caches the build the network serves now (unless it is cached already); returns its name. */
async function fetchBuild() {
  const response = await fetch('/index.html', { cache: 'no-store' });
  if (!response.ok) throw new Error('index.html: ' + response.status);
  const build = buildOf(await response.clone().text());
  if (await caches.has(build.name)) return build.name;
  // The wasm is named inside the script that loads it.
  const files = new Set(build.scripts);
  for (const url of build.scripts.filter((u) => u.endsWith('.js'))) {
    const js = await (await fetch(url, { cache: 'no-store' })).text();
    for (const m of js.matchAll(/assets\/([\w.-]+\.wasm)/g)) files.add('/assets/' + m[1]);
  }
  // Every file first, then the cache: a build with a file missing never has a cache of its
  // own, not even for the moment its other files take to arrive (a split build has dozens).
  const fetched = await Promise.all([...files, ...STATIC].map(async (url) => [url, await whole(url)]));
  const cache = await caches.open(build.name);
  try {
    for (const [url, file] of fetched) await cache.put(url, file);
    await cache.put('/', response);
  } catch (error) {
    await caches.delete(build.name); // never keep half a build
    throw error;
  }
  return build.name;
}

async function read(key) {
  const hit = await (await caches.open(POINTER)).match(key);
  return hit ? hit.text() : null;
}

async function write(key, value) {
  const pointer = await caches.open(POINTER);
  await (value === null ? pointer.delete(key) : pointer.put(key, new Response(value)));
}

/** Makes `name` the build a start loads, and forgets every other build. */
async function point(name) {
  await write('/name', name);
  await write('/next', null);
  for (const key of await caches.keys()) {
    if (key.startsWith(PREFIX) && key !== name) await caches.delete(key);
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    if (!(await read('/name'))) await point(await fetchBuild());
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

/** Caches a newer build if the network has one; tells the open app it is ready. */
async function lookForNewer() {
  const name = await read('/name');
  const found = await fetchBuild();
  if (found === name) return;
  await write('/next', found);
  for (const client of await self.clients.matchAll({ type: 'window' })) client.postMessage('attune-new-version');
}

self.addEventListener('message', (event) => {
  if (event.data === 'attune-look-for-new-version') event.waitUntil(lookForNewer().catch(() => {}));
});

/** Keeps the files shared to Attune, then opens the app, which opens them. */
async function receive(request) {
  try {
    const form = await request.formData();
    const inbox = await caches.open(INBOX);
    let n = 0;
    for (const file of form.getAll('update')) {
      if (typeof file !== 'string') await inbox.put(`/inbox/${Date.now()}-${n++}`, new Response(file));
    }
  } catch {
    // Not a form: nothing to keep; the app opens as usual.
  }
  return Response.redirect('/exchange', 303);
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.method === 'POST' && url.pathname === '/receive') {
    event.respondWith(receive(request));
    return;
  }
  if (request.method !== 'GET') return;
  event.respondWith((async () => {
    if (request.mode === 'navigate') {
      const next = await read('/next');
      if (next && (await caches.has(next))) await point(next);
      const name = await read('/name');
      const shell = name && (await (await caches.open(name)).match('/'));
      if (shell) {
        // Look for a newer build while this one starts; it becomes current at the next start.
        event.waitUntil(lookForNewer().catch(() => {}));
        return shell;
      }
      return fetch(request);
    }
    // Hashed names: a file of any cached build is the right file for the page that asks.
    const hit = await caches.match(url.pathname, { ignoreSearch: true });
    return hit ?? fetch(request);
  })());
});

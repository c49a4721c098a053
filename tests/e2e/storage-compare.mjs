// The two storages the web app could use, compared in Chromium with Attune's own store running
// in a dedicated worker (tests/web-storage): OPFS through SQLite's opfs-sahpool VFS, and the
// relaxed-IndexedDB VFS. For each: restoring a ten-year backup, a cold start to Today's view
// (median of five, a fresh worker each), the browser's memory while a worker holds the ten-year
// database, and saves that must survive the browser being killed (SIGKILL) the moment the save
// resolves. Prints a table and writes artifacts/storage-compare.txt.
// Alone: tests/web-storage/run.sh (builds the worker, writes the ten-year backup).
import assert from 'node:assert/strict';
import { mkdtemp, readFile, readdir, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { killBrowser, startBrowser } from './own-browser.mjs';
import { serve } from './serve.mjs';

const PAGE = process.env.ATTUNE_STORAGE_PAGE;
const BACKUP = process.env.ATTUNE_TEN_YEARS;
const ROUNDS = Number(process.env.ROUNDS ?? 20);
const ARTIFACTS = new URL('./artifacts/', import.meta.url).pathname;
assert.ok(PAGE && BACKUP, 'ATTUNE_STORAGE_PAGE and ATTUNE_TEN_YEARS must be set');
await mkdir(ARTIFACTS, { recursive: true });
const server = await serve(PAGE);

async function start(profile) {
  const run = await startBrowser(profile);
  const page = await run.connected.contexts()[0].newPage();
  await page.goto(server.url + '/index.html');
  await page.waitForFunction(() => typeof window.call === 'function');
  return { ...run, page };
}

const kill = killBrowser;

async function memoryMb({ child }) {
  let kb = 0;
  for (const pid of (await readdir('/proc')).filter((d) => /^\d+$/.test(d))) {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => null);
    if (!stat || Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]) !== child.pid) continue;
    const rollup = await readFile(`/proc/${pid}/smaps_rollup`, 'utf8').catch(() => '');
    kb += Number(rollup.match(/^Pss:\s+(\d+)/m)?.[1] ?? 0);
  }
  return kb / 1024;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const backup = [...(await readFile(BACKUP))];
const results = {};
for (const storage of ['opfs', 'idb']) {
  const profile = await mkdtemp(join(tmpdir(), `attune-storage-${storage}-`));
  let run = await start(profile);
  const figures = {};
  try {
    figures.restoreMs = await run.page.evaluate(([s, b]) => window.call('restore', s, new Uint8Array(b), 'ten years of us'), [storage, backup]);
    await kill(run);
    run = await start(profile);
    figures.idleMemoryMb = await memoryMb(run);
    const opens = [];
    for (let i = 0; i < 5; i += 1) opens.push((await run.page.evaluate((s) => window.call('open_today', s), storage))[0]);
    figures.openMs = median(opens);
    const [, wasmBytes] = await run.page.evaluate((s) => window.callAndStay('open_today', s), storage);
    figures.wasmMemoryMb = wasmBytes / 2 ** 20;
    figures.heldMemoryMb = await memoryMb(run);
    figures.storedMb = await run.page.evaluate(async () => (await navigator.storage.estimate()).usage / 1e6);
    let lost = 0;
    for (let round = 1; round <= ROUNDS; round += 1) {
      await kill(run);
      run = await start(profile);
      const words = `${storage} round ${round}`;
      await run.page.evaluate(([s, w]) => window.callAndStay('save', s, w), [storage, words]);
      await kill(run);
      run = await start(profile);
      const [, , found] = await run.page.evaluate((s) => window.call('open_today', s), storage);
      if (found !== words) lost += 1;
    }
    figures.lost = `${lost} of ${ROUNDS}`;
  } finally {
    await kill(run).catch(() => {});
    await rm(profile, { recursive: true, force: true });
  }
  results[storage] = figures;
  console.log(storage, JSON.stringify(figures));
}
await server.close();
const rows = Object.entries(results).map(([s, f]) => `| ${s} | ${(f.restoreMs / 1000).toFixed(1)} s | ${f.openMs} ms | ` +
  `${f.heldMemoryMb.toFixed(0)} MB (idle page ${f.idleMemoryMb.toFixed(0)} MB) | ${f.wasmMemoryMb.toFixed(0)} MB | ${f.storedMb.toFixed(1)} MB | ${f.lost} |`);
const table = ['| storage | restore ten years | cold start to Today | browser memory holding ten years | wasm memory | stored | saves lost, browser killed |',
  '|---|---|---|---|---|---|---|', ...rows].join('\n');
console.log(table);
await writeFile(join(ARTIFACTS, 'storage-compare.txt'), table + '\n' + JSON.stringify(results, null, 2) + '\n');

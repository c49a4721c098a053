// Lighthouse (mobile profile: a mid-range phone on a slow 4G network, simulated) against the
// built web app served with brotli. First visit, each in a new browser: the wasm it downloads
// within budget, Accessibility and Best Practices >= 95 and Performance printed (see MINIMUM), on
// the median of three runs (Lighthouse's own advice: blocking time varies with what else the
// machine does). Then a repeat visit in the same
// browser as the last, where the service worker serves the app. Prints the figures (BENCHMARKS.md
// records them; the targets of issue #26 are Performance 95 and interactive within 5 s) and
// writes the reports to artifacts/.
// Alone: ATTUNE_WEB_ROOT=<dx's web/public> node lighthouse.mjs (tests/e2e/run.sh runs it).
import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { brotliCompressSync, constants } from 'node:zlib';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serve } from './serve.mjs';

const ROOT = process.env.ATTUNE_WEB_ROOT;
const ARTIFACTS = new URL('./artifacts/', import.meta.url).pathname;
// Performance is printed, not gated: Lighthouse slows the CPU relative to the machine it runs on
// (4x, meant for a desktop with a benchmark index of 1500-2000), and this machine's speed varies
// by day. The same build scored a median of 98 on 2026-12-06 and 50-88 on 2026-12-07, when its
// benchmark index went from 200 to 1270 between runs and the test suite took three times as long.
// What the build controls is gated exactly instead: the wasm a first visit downloads
// (WASM_BUDGET, brotli as served). Each run prints its benchmark index beside its scores.
const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
const MINIMUM = { accessibility: 0.95, 'best-practices': 0.95 };
/** Issue #26's target for a first visit's wasm: the app's and Welcome's, brotli. */
const WASM_BUDGET = 800_000;
const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'speed-index', 'total-blocking-time',
  'cumulative-layout-shift', 'interactive'];

assert.ok(ROOT, 'ATTUNE_WEB_ROOT must point at the built web app');
await mkdir(ARTIFACTS, { recursive: true });
// Compressed before the first visit, as a static host serves them: the first run would otherwise
// wait for brotli on the server, and Lighthouse counts that as the server's response time.
const server = await serve(ROOT, { precompressed: true });
/** A browser of its own for each first visit (a new profile: nothing compiled or cached from
 * an earlier run, as on a phone that never opened Attune); the repeat visit uses the last one. */
const launch = () => chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
let chrome = null;

/** One Lighthouse run; `repeat` keeps what the first visit stored (the service worker's cache). */
async function visit(label, repeat) {
  const result = await lighthouse(server.url + '/', {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: CATEGORIES,
    disableStorageReset: repeat,
  });
  await writeFile(join(ARTIFACTS, `lighthouse-${label}.json`), result.report);
  const { categories, audits } = result.lhr;
  const scores = Object.fromEntries(CATEGORIES.map((k) => [k, categories[k].score]));
  const metrics = Object.fromEntries(METRICS.map((m) => [m, audits[m].numericValue]));
  console.log(`${label}: ` + Object.entries(scores).map(([k, v]) => `${k} ${Math.round(v * 100)}`).join(', ')
    + ` (benchmark index ${Math.round(result.lhr.environment.benchmarkIndex)})`);
  console.log('  ' + METRICS.map((m) => `${m} ${audits[m].displayValue}`).join(', '));
  return { scores, metrics, runtimeError: result.lhr.runtimeError };
}

/** The run with the median Performance score. */
const median = (runs) => [...runs].sort((a, b) => a.scores.performance - b.scores.performance)[Math.floor(runs.length / 2)];

try {
  // The two wasm files index.html asks for on an English first visit (platforms/web/build.sh
  // names them; a Spanish page also asks for Spanish's words, printed on their own).
  const html = await readFile(join(ROOT, 'index.html'), 'utf8');
  const named = [...new Set([...html.matchAll(/'\/assets\/([\w.-]+\.wasm)'/g)].map((m) => m[1]))];
  const wasm = named.filter((f) => !/_spanish-/.test(f));
  assert.equal(wasm.length, 2, `index.html names the app's wasm and Welcome's: ${named}`);
  for (const file of named.filter((f) => /_spanish-/.test(f))) {
    const body = await readFile(join(ROOT, 'assets', file));
    const size = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    console.log(`a Spanish first visit also downloads ${file}, ${Math.round(size / 1000)} kB brotli`);
  }
  let brotli = 0;
  for (const file of wasm) {
    const body = await readFile(join(ROOT, 'assets', file));
    brotli += brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  console.log(`first visit's wasm: ${wasm.join(' + ')}, ${Math.round(brotli / 1000)} kB brotli (budget ${WASM_BUDGET / 1000} kB)`);
  assert.ok(brotli <= WASM_BUDGET, `a first visit's wasm is ${brotli} bytes brotli, over ${WASM_BUDGET}`);
  const firsts = [];
  for (let i = 1; i <= 3; i += 1) {
    await chrome?.kill();
    chrome = await launch();
    const run = await visit(`first-visit-${i}`, false);
    assert.equal(run.runtimeError, undefined, 'Lighthouse ran to the end');
    firsts.push(run);
  }
  const first = median(firsts);
  const interactive = firsts.map((r) => r.metrics.interactive).sort((a, b) => a - b)[Math.floor(firsts.length / 2)];
  console.log(`first visit, median of ${firsts.length}: performance ${Math.round(first.scores.performance * 100)}, `
    + `interactive ${(interactive / 1000).toFixed(1)} s`);
  const repeat = await visit('repeat-visit', true);
  for (const [category, minimum] of Object.entries(MINIMUM)) {
    assert.ok(first.scores[category] >= minimum,
      `first visit: ${category} ${Math.round(first.scores[category] * 100)} is under ${minimum * 100}`);
  }
  assert.ok(repeat.metrics.interactive <= first.metrics.interactive,
    'a repeat visit, served by the service worker, is interactive no later than the first');
  await writeFile(join(ARTIFACTS, 'lighthouse.txt'), JSON.stringify({ firsts, first, repeat }, null, 2) + '\n');
} finally {
  await chrome?.kill();
  await server.close();
}

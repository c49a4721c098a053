// Lighthouse (mobile profile: a mid-range phone on a slow 4G network, simulated) against the
// built web app served with brotli. First visit, each in a new browser: Performance >= 90 (see
// MINIMUM), Accessibility and Best Practices >= 95, on the median of three runs (Lighthouse's own
// advice: blocking time varies with what else the machine does). Then a repeat visit in the same
// browser as the last, where the service worker serves the app. Prints the figures (BENCHMARKS.md
// records them; the targets of issue #26 are Performance 95 and interactive within 5 s) and
// writes the reports to artifacts/.
// Alone: ATTUNE_WEB_ROOT=<dx's web/public> node lighthouse.mjs (tests/e2e/run.sh runs it).
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serve } from './serve.mjs';

const ROOT = process.env.ATTUNE_WEB_ROOT;
const ARTIFACTS = new URL('./artifacts/', import.meta.url).pathname;
// The gate sits under the target (95), which the median has met in every run since the split
// build (96-100): one noisy machine should not fail CI, a real regression should. It was 85 while
// the cause of a drop on 2026-12-06 was unknown (BENCHMARKS.md).
const MINIMUM = { performance: 0.9, accessibility: 0.95, 'best-practices': 0.95 };
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
    onlyCategories: Object.keys(MINIMUM),
    disableStorageReset: repeat,
  });
  await writeFile(join(ARTIFACTS, `lighthouse-${label}.json`), result.report);
  const { categories, audits } = result.lhr;
  const scores = Object.fromEntries(Object.keys(MINIMUM).map((k) => [k, categories[k].score]));
  const metrics = Object.fromEntries(METRICS.map((m) => [m, audits[m].numericValue]));
  console.log(`${label}: ` + Object.entries(scores).map(([k, v]) => `${k} ${Math.round(v * 100)}`).join(', '));
  console.log('  ' + METRICS.map((m) => `${m} ${audits[m].displayValue}`).join(', '));
  return { scores, metrics, runtimeError: result.lhr.runtimeError };
}

/** The run with the median Performance score. */
const median = (runs) => [...runs].sort((a, b) => a.scores.performance - b.scores.performance)[Math.floor(runs.length / 2)];

try {
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

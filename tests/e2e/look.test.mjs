// Swap by looking, with real cameras faked by Chromium: each phone is its own browser whose
// camera plays a video file (`--use-file-for-fake-video-capture`). The file is made from a
// screenshot of the other phone's code, put in a grey room the way a camera would see it.
// Alex shows, Sam looks and Sam's summary appears; Sam shows back, Alex looks; then a whole
// update too big for one code goes as a moving sequence. axe on both screens.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import jpeg from 'jpeg-js';
import { serve } from './serve.mjs';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
const ROOT = process.env.ATTUNE_WEB_ROOT;
const ARTIFACTS = new URL('./artifacts/look/', import.meta.url).pathname;
const DAY1 = new Date('2026-11-20T09:00:00');
/** The fake camera: its picture size, how many pictures a second, and how much of the
 * picture's height the other phone's code fills. A still code and short sequences are filmed
 * small; the 256 kB sequence as a phone's 720p camera sees a phone held over it, one picture
 * for each frame shown. */
const SMALL = { w: 640, h: 480, fps: 4, fill: 0.9 };
const PHONE_CAMERA = { w: 1280, h: 720, fps: 10, fill: 0.8 };

let server;
const browsers = [];

before(async () => {
  assert.ok(ROOT, 'ATTUNE_WEB_ROOT must point at the built web app (tests/e2e/run.sh sets it)');
  await mkdir(ARTIFACTS, { recursive: true });
  server = await serve(ROOT);
});

after(async () => {
  for (const b of browsers) await b.close();
  await server?.close();
});

/** YUV4MPEG2 (4:2:0) of grey pictures: the luma is the picture, the colour neutral. */
function y4m(frames, { w, h, fps } = SMALL) {
  const header = Buffer.from(`YUV4MPEG2 W${w} H${h} F${fps}:1 Ip A1:1 C420jpeg\n`);
  const chroma = Buffer.alloc((w / 2) * (h / 2) * 2, 128);
  const parts = [header];
  for (const luma of frames) parts.push(Buffer.from('FRAME\n'), Buffer.from(luma), chroma);
  return Buffer.concat(parts);
}

/** A grey room with the screenshot of the code in the middle, filling `fill` of its height. */
function asACameraSees(jpegBytes, { w: W, h: H, fill } = SMALL) {
  const shot = jpeg.decode(jpegBytes, { useTArray: true });
  const side = Math.round(H * fill);
  const luma = new Uint8Array(W * H).fill(110);
  const x0 = (W - side) >> 1, y0 = (H - side) >> 1;
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      const sx = Math.floor((x * shot.width) / side), sy = Math.floor((y * shot.height) / side);
      const i = (sy * shot.width + sx) * 4;
      const grey = (shot.data[i] * 77 + shot.data[i + 1] * 150 + shot.data[i + 2] * 29) >> 8;
      // A screen seen by a camera: its black is not black, its white not white.
      luma[(y0 + y) * W + x0 + x] = 30 + Math.round((grey * 180) / 255);
    }
  }
  return luma;
}

/** A Chromium of its own (each is one phone: its own storage, its own camera flags). */
async function launch(args = []) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', ...args],
  });
  browsers.push(browser);
  return browser;
}

/** A page at phone size in `browser`, in the given colour scheme. */
async function phonePage(browser, theme = 'light') {
  const context = await browser.newContext({
    locale: 'en-US', viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true, colorScheme: theme,
  });
  return { context, page: await context.newPage() };
}

/** A phone: its own browser, whose camera plays `camera` (written before the camera opens). */
async function phone(name, theme = 'light') {
  const camera = join(ARTIFACTS, `camera-${name}.y4m`);
  await writeFile(camera, y4m([new Uint8Array(SMALL.w * SMALL.h).fill(110)]));
  const browser = await launch(['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream',
    `--use-file-for-fake-video-capture=${camera}`]);
  const { context, page } = await phonePage(browser, theme);
  await context.grantPermissions(['camera'], { origin: server.url });
  await page.clock.setFixedTime(DAY1);
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') console.log(`[${name}] ${m.type()}: ${m.text()}`); });
  await page.goto(server.url + '/');
  return { name, page, camera, errors };
}

async function shot(p, label) {
  await p.page.screenshot({ path: join(ARTIFACTS, `${p.name}-${label}.png`) });
}

async function firstRun({ page }, me, partner) {
  await page.getByLabel('Your name').fill(me);
  if (partner) await page.getByLabel("Your partner's name (optional)").fill(partner);
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('heading', { name: `Hello, ${me}` }).waitFor();
}

const tab = (page, name) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click();

async function openExchange(page) {
  await tab(page, 'Partner');
  await page.getByRole('link', { name: /swap updates|pair with/i }).click();
  await page.getByRole('heading', { name: 'Swap updates' }).waitFor();
}

async function checkIn({ page }, appreciation) {
  await tab(page, 'Today');
  await page.getByRole('link', { name: /check in|edit/i }).first().click();
  await page.getByRole('radio', { name: 'Connection today: 4 of 5' }).click();
  for (const marker of ['Safe', 'Seen', 'Trust', 'Repair', 'Rely']) await page.getByRole('radio', { name: `${marker}: 4 of 5` }).click();
  await page.locator('#appreciation').fill(appreciation);
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await page.getByRole('heading', { name: 'Your check-in' }).waitFor();
}

async function audit(p, screen) {
  await p.page.addScriptTag({ path: AXE });
  const violations = await p.page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
  });
  assert.deepEqual(violations, [], `${screen} has serious accessibility problems`);
}

/** The first camera picture the last `showMyCode` made (640 × 480 grey). */
let lastPicture;

/** Shows my update and films it for the other phone's camera: every distinct frame seen in
 * `ms`, or until `enough` distinct frames are filmed. */
async function showMyCode(p, other, { ms = 0, fromToday, camera = SMALL, enough = Infinity } = {}) {
  if (fromToday) {
    // One tap from Today, right after the check-in.
    await tab(p.page, 'Today');
    await p.page.getByRole('button', { name: `Show ${fromToday} my update as a code` }).click();
  } else {
    await openExchange(p.page);
    await p.page.getByRole('button', { name: 'Show my update as a code' }).click();
  }
  const code = p.page.locator('svg.qr');
  await code.waitFor({ timeout: 60_000 });
  // The screen brings the code into view; centred, nothing of the tab bar lies over it.
  await code.evaluate((e) => e.scrollIntoView({ block: 'center' }));
  const frames = [];
  const seen = new Set();
  const until = Date.now() + ms;
  do {
    const bytes = await code.screenshot({ type: 'jpeg', quality: 92 });
    const path = await code.locator('path').getAttribute('d');
    if (!seen.has(path)) {
      seen.add(path);
      frames.push(asACameraSees(bytes, camera));
    }
  } while (Date.now() < until && frames.length < enough);
  await writeFile(other.camera, y4m(frames, camera));
  lastPicture = frames[0];
  await shot(p, `showing-${frames.length}-frames`);
  return frames.length;
}

/** Looks at the other phone's code until the summary is on the screen. */
async function lookAt(p, partner, expect, { audited, slowCpu, timeout = 60_000 } = {}) {
  await openExchange(p.page);
  // The benchmark's phone: the CPU slowed 4x while it reads (BENCHMARKS.md).
  const cdp = slowCpu ? await p.page.context().newCDPSession(p.page) : null;
  if (cdp) await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const started = Date.now();
  await p.page.getByRole('button', { name: `Look at ${partner}'s code` }).click();
  if (audited) {
    await p.page.locator('video#look-video').waitFor();
    await audit(p, 'looking through the camera');
  }
  const note = p.page.locator('#swap-by-looking .note').filter({ hasText: expect });
  try {
    await note.waitFor({ timeout });
  } catch (e) {
    await shot(p, 'FAILED-looking');
    throw new Error(`${e.message}\n--- on screen ---\n${(await p.page.locator('#swap-by-looking').innerText()).slice(0, 600)}`);
  }
  const ms = Date.now() - started;
  if (cdp) await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await shot(p, 'read');
  return { text: await note.innerText(), ms };
}

test('26. swap by looking: Alex shows, Sam looks; Sam shows back, Alex looks; a big update as a moving sequence', async () => {
  const alex = await phone('alex');
  // Sam's phone is in the dark theme: the code must read in both.
  const sam = await phone('sam', 'dark');
  await firstRun(alex, 'Alex', 'Sam');
  await firstRun(sam, 'Sam', 'Alex');
  await openExchange(alex.page);
  await alex.page.getByRole('button', { name: 'Create a couple code' }).click();
  const coupleCode = (await alex.page.locator('p.code').innerText()).trim();
  await openExchange(sam.page);
  await sam.page.locator('#couple-code').fill(coupleCode);
  await sam.page.getByRole('button', { name: 'Pair', exact: true }).click();
  await sam.page.getByRole('button', { name: 'Send my update' }).waitFor();

  await checkIn(alex, 'You read the map so I could look out of the window.');
  const frames = await showMyCode(alex, sam, { fromToday: 'Sam' });
  assert.equal(frames, 1, "a day's update is one still code");
  const picture = lastPicture;
  await alex.page.getByText("Let Sam's phone look at this").waitFor();
  await audit(alex, 'showing a code');
  const read = await lookAt(sam, 'Alex', /^Alex:/, { audited: true });
  assert.match(read.text, /check-in/);
  console.log(`one code: from "Look at" to the summary in ${read.ms} ms (axe audit included)`);
  await tab(sam.page, 'Partner');
  await sam.page.getByText('You read the map so I could look out of the window.').waitFor();

  // Sam shows back: "Now show yours" sits under the summary.
  await openExchange(sam.page);
  await sam.page.getByRole('button', { name: "Look at Alex's code" }).waitFor();
  await checkIn(sam, 'Thank you for the soup.');
  await showMyCode(sam, alex);
  await sam.page.getByRole('button', { name: "Alex's phone has it" }).click();
  const back = await lookAt(alex, 'Sam', /^Sam:/, { slowCpu: true });
  console.log(`one code, CPU slowed 4x: from "Look at" to the summary in ${back.ms} ms`);
  assert.match(back.text, /check-in/);
  await audit(alex, 'after looking');
  await alex.page.getByRole('button', { name: 'Now show yours' }).waitFor();

  // An update too big for one code: a long check-in of made-up words (they hardly compress).
  const syllables = ['ka', 'lo', 'mi', 'ren', 'tu', 'sha', 'vel', 'po', 'dri', 'an', 'ku', 'zem', 'ol', 'fi', 'ya', 'ber'];
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) >> 8;
  let long = '';
  while (long.length < 1850) {
    const n = 1 + (next() % 3);
    for (let i = 0; i < n; i++) long += syllables[next() % syllables.length];
    long += next() % 9 === 0 ? '. ' : ' ';
  }
  await checkIn(alex, long.trim());
  const sequence = await showMyCode(alex, sam, { ms: 6_000 });
  assert.ok(sequence > 1, `a big update is a sequence (${sequence} frames filmed)`);
  await alex.page.getByText('so the codes change').waitFor();
  const big = await lookAt(sam, 'Alex', /^Alex:/, { slowCpu: true });
  console.log(`a sequence of ${sequence} frames filmed, CPU slowed 4x: from "Look at" to the summary in ${big.ms} ms`);
  assert.deepEqual([...alex.errors, ...sam.errors], [], 'no page errors');

  // The benchmark of one picture in the browser's wasm, the CPU slowed 4x: the reader the
  // page loads when the camera opens, given the camera picture of Alex's one code ten times.
  const cdp = await sam.page.context().newCDPSession(sam.page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const timing = await sam.page.evaluate(async (grey) => {
    const codes = await import('/codes/attune_codes_web.js');
    await codes.default();
    const pixels = new Uint8Array(grey);
    const times = [];
    let answer = '';
    for (let i = 0; i < 10; i++) {
      const reader = new codes.Reader();
      const started = performance.now();
      answer = reader.look(pixels, 640, 480);
      times.push(performance.now() - started);
      reader.free();
    }
    times.sort((a, b) => a - b);
    return { answer: answer.split(' ')[0], median: times[5], worst: times[9] };
  }, [...picture]);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  console.log(`one camera picture read in the browser's wasm, CPU slowed 4x: median ${timing.median.toFixed(0)} ms, worst ${timing.worst.toFixed(0)} ms`);
  assert.equal(timing.answer, 'done', 'the picture of the code reads whole');
});

/** Restores a backup file on the first run's screen, as a new phone does. */
async function restore({ page }, file, passphrase, me) {
  await page.getByText('Moving to a new phone?').click();
  await page.locator('#restore-file').setInputFiles(file);
  await page.locator('#restore-passphrase').fill(passphrase);
  await page.getByRole('button', { name: 'Restore' }).click();
  await page.getByRole('heading', { name: `Hello, ${me}` }).waitFor({ timeout: 120_000 });
}

test('29. a 256 kB update as a moving sequence: shown ten frames a second, read by a phone with its CPU slowed 4x', async () => {
  const dir = process.env.ATTUNE_BIG_UPDATE;
  assert.ok(dir, 'ATTUNE_BIG_UPDATE names the folder of the big-update couple (tests/e2e/run.sh writes it)');
  const alex = await phone('alex-256k');
  const sam = await phone('sam-256k');
  await restore(alex, join(dir, 'alex.attune-backup'), 'the two of us', 'Alex');
  await restore(sam, join(dir, 'sam.attune-backup'), 'the two of us', 'Sam');

  // Alex's phone with its CPU slowed 4x: how many frames a second its screen really shows.
  await openExchange(alex.page);
  const cdp = await alex.page.context().newCDPSession(alex.page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const started = Date.now();
  await alex.page.getByRole('button', { name: 'Show my update as a code' }).click();
  await alex.page.locator('svg.qr path').waitFor({ timeout: 60_000 });
  const drawn = Date.now() - started;
  const shownPerSecond = await alex.page.evaluate(async () => {
    const path = document.querySelector('svg.qr path');
    const shown = new Set();
    const from = performance.now();
    const watch = new MutationObserver(() => shown.add(path.getAttribute('d')));
    watch.observe(path, { attributes: true, attributeFilter: ['d'] });
    await new Promise((r) => setTimeout(r, 5_000));
    watch.disconnect();
    // Over the time that really passed: a busy page runs the 5 s timer late.
    return Math.round((shown.size / ((performance.now() - from) / 1000)) * 10) / 10;
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  console.log(`Alex's phone, CPU slowed 4x: the first of the 256 kB update's codes on screen ${drawn} ms after the tap, then ${shownPerSecond} frames a second`);
  await alex.page.getByRole('button', { name: 'Close' }).click().catch(() => {});

  // Filmed as Sam's camera sees it: one picture for each frame shown, 400 frames where 216
  // make the update whole. The fake camera plays the film in a loop, where Alex's phone never
  // repeats a frame: a reader that misses some frames misses the same ones each time round,
  // so the film is long enough for one time round to be enough (270 frames once stopped at
  // 91 % on a machine three times slower than usual).
  const filmed = await showMyCode(alex, sam, { ms: 90_000, camera: PHONE_CAMERA, enough: 400 });
  const read = await lookAt(sam, 'Alex', /^Alex:/, { slowCpu: true, timeout: 120_000 });
  console.log(`a 256 kB update, ${filmed} frames filmed at ten a second, Sam's CPU slowed 4x: from "Look at" to the summary in ${read.ms} ms`);
  assert.match(read.text, /check-ins?/);
  assert.deepEqual([...alex.errors, ...sam.errors], [], 'no page errors');
  // The film is about 550 MB: not kept with the artifacts.
  await rm(sam.camera);
});

test('27. no camera: a clear sentence and the file way, never a dead screen', async () => {
  const browser = await launch(['--deny-permission-prompts']);
  const { page } = await phonePage(browser);
  await page.goto(server.url + '/');
  const p = { name: 'nocam', page };
  await firstRun(p, 'Robin', 'Kai');
  await openExchange(page);
  await page.getByRole('button', { name: 'Create a couple code' }).click();
  // Paired phones only: enter a code on a second context to pair this one too.
  const code = (await page.locator('p.code').innerText()).trim();
  const other = await (await browser.newContext()).newPage();
  await other.goto(server.url + '/');
  await firstRun({ page: other }, 'Kai', 'Robin');
  await openExchange(other);
  await other.locator('#couple-code').fill(code);
  await other.getByRole('button', { name: 'Pair', exact: true }).click();
  await other.getByRole('button', { name: "Look at Robin's code" }).click();
  await other.getByRole('alert').filter({ hasText: 'camera can' }).waitFor({ timeout: 20_000 });
  await audit({ page: other }, 'no camera');
  await other.getByRole('button', { name: 'Close' }).click();
  await other.getByRole('button', { name: 'Send my update' }).waitFor();
  await other.screenshot({ path: join(ARTIFACTS, 'no-camera.png') });
});

test('28. ten years of sharing is too big for codes: the screen says the file is the way, and the file button is there', async () => {
  const backup = process.env.ATTUNE_TEN_YEARS;
  assert.ok(backup, 'ATTUNE_TEN_YEARS names the ten-year backup (tests/e2e/run.sh writes it)');
  const { page } = await phonePage(await launch());
  await page.goto(server.url + '/');
  await restore({ page }, backup, 'ten years of us', 'Alex');
  await openExchange(page);
  await page.getByRole('button', { name: 'Show my update as a code' }).click();
  await page.getByRole('status').filter({ hasText: 'too big to show as codes' }).waitFor({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Send my update' }).waitFor();
  assert.equal(await page.locator('svg.qr').count(), 0, 'no code drawn');
  await page.screenshot({ path: join(ARTIFACTS, 'too-big-for-codes.png') });
});

// Attune in WebKit, the engine of every browser on an iPhone: WebKitGTK's MiniBrowser driven
// through its WebDriver (Debian's webkit2gtk-driver) with selenium-webdriver, under Xvfb.
// Each phone is its own browser and its own origin (its own server), so nothing is shared
// between them but the files they swap. Keys are typed as key events, not filled in.
// Run: bash tests/e2e/run.sh (after the Chromium suite), or alone with ATTUNE_WEB_ROOT set:
//   xvfb-run -a node --test webkit.test.mjs
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Builder, By, until } from 'selenium-webdriver';
import { serve } from './serve.mjs';

const ROOT = process.env.ATTUNE_WEB_ROOT;
const ARTIFACTS = new URL('./artifacts/webkit/', import.meta.url).pathname;
const MINIBROWSER = process.env.MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const WAIT = 20_000;
const open = [];

before(async () => {
  assert.ok(ROOT, 'ATTUNE_WEB_ROOT must point at the built web app (tests/e2e/run.sh sets it)');
  await mkdir(ARTIFACTS, { recursive: true });
});

after(async () => {
  for (const p of open.splice(0)) await close(p);
});

const freePort = () => new Promise((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
});

/** A phone: its own WebKitWebDriver and MiniBrowser, its own origin; `language` sets the
 * language the browser reports (navigator.languages), as a phone's settings would. */
async function phone(name, { language = 'en_US' } = {}) {
  const server = await serve(ROOT);
  const port = await freePort();
  const env = { ...process.env, LANGUAGE: language, LANG: `${language}.UTF-8` };
  const driverProcess = spawn('WebKitWebDriver', [`--port=${port}`], { stdio: 'ignore', env });
  const driver = await (async () => {
    for (let i = 0; ; i += 1) {
      try {
        return await new Builder().usingServer(`http://127.0.0.1:${port}`).withCapabilities({
          browserName: 'MiniBrowser',
          'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
        }).build();
      } catch (e) {
        if (i > 40) throw e;
        await new Promise((r) => setTimeout(r, 250));
      }
    }
  })();
  await driver.manage().window().setRect({ width: 390, height: 844 });
  const p = { name, server, driver, driverProcess, shots: 0 };
  open.push(p);
  await driver.get(server.url + '/');
  return p;
}

async function close(p) {
  await p.driver.quit().catch(() => {});
  p.driverProcess.kill();
  await p.server.close().catch(() => {});
  const i = open.indexOf(p);
  if (i >= 0) open.splice(i, 1);
}

/** Runs one step; on failure keeps a screenshot and the page's text, and says which step. */
async function step(p, label, fn) {
  try {
    await fn(p.driver);
    p.shots += 1;
    await shot(p, `${String(p.shots).padStart(2, '0')}-${label.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`);
  } catch (e) {
    await shot(p, `FAILED-${label.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`).catch(() => {});
    const text = await p.driver.executeScript('return document.body.innerText').catch(() => '(no page)');
    e.message = `[${p.name}] ${label}: ${e.message}\n--- page ---\n${String(text).slice(0, 1500)}`;
    throw e;
  }
}

async function shot(p, label) {
  const png = await p.driver.takeScreenshot();
  await writeFile(join(ARTIFACTS, `${p.name}-${label}.png`), Buffer.from(png, 'base64'));
}

const xpathText = (s) => (s.includes("'") ? `concat('${s.split("'").join(`', "'", '`)}')` : `'${s}'`);
/** The first element matching `xpath`, once it is there and shown. */
async function find(d, xpath) {
  // As until.elementLocated, but WebKitWebDriver's "Could not parse element info" (met twice in
  // about ten runs, on a page still starting: the element it had found was gone when it
  // described it) means "look again", not a failure: a missing element still times out.
  const located = async () => {
    try {
      return (await d.findElements(By.xpath(xpath)))[0] ?? null;
    } catch (e) {
      if (/Could not parse element info/.test(e.message)) return null;
      throw e;
    }
  };
  const el = await d.wait(located, WAIT, `nothing matches ${xpath}`);
  await d.wait(until.elementIsVisible(el), WAIT, `${xpath} is not shown`);
  return el;
}
const button = (d, name) => find(d, `//button[normalize-space(.)=${xpathText(name)}]`);
const link = (d, name) => find(d, `//a[contains(normalize-space(.), ${xpathText(name)})]`);
const text = (d, words) => find(d, `//*[contains(normalize-space(.), ${xpathText(words)}) and not(.//*[contains(normalize-space(.), ${xpathText(words)})])]`);
const heading = (d, name) => find(d, `//*[self::h1 or self::h2][normalize-space(.)=${xpathText(name)}]`);
const labelled = (d, name) => find(d, `//*[@aria-label=${xpathText(name)}]`);
/** The field a visible label names. */
async function field(d, label) {
  const l = await find(d, `//label[normalize-space(.)=${xpathText(label)}]`);
  return d.findElement(By.id(await l.getAttribute('for')));
}
async function type(el, words) {
  await tap(el);
  await el.sendKeys(words);
}
/** A tap: the element scrolled to the middle of the screen first (the tab bar covers the
 * bottom), as a thumb would. */
async function tap(el) {
  await el.getDriver().executeScript("arguments[0].scrollIntoView({ block: 'center' })", el);
  await el.click();
}
const tab = async (d, name) => (await find(d, `//nav//a[normalize-space(.)=${xpathText(name)}]`)).click();
const settle = (d) => d.sleep(600);

/** What the page handed to the browser as a download: the bytes of the blob behind the link
 * the app clicks, caught in the page (the engine's own download lands outside it). */
async function catchDownloads(d) {
  await d.executeScript(`
    if (window.__downloads) return;
    window.__downloads = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function () {
      if (this.download) {
        const name = this.download;
        window.__downloads.push(fetch(this.href).then((r) => r.arrayBuffer()).then((b) => ({ name, bytes: Array.from(new Uint8Array(b)) })));
      }
      return click.call(this);
    };`);
}
async function takeDownload(p, file) {
  const got = await p.driver.wait(async () => {
    const n = await p.driver.executeScript('return window.__downloads.length');
    return n > 0;
  }, WAIT, 'no download');
  assert.ok(got);
  const { name, bytes } = await p.driver.executeAsyncScript('const done = arguments[arguments.length - 1]; window.__downloads.shift().then(done, (e) => done({ name: "", bytes: [], error: String(e) }));');
  assert.ok(bytes.length > 0, `the download ${name} has bytes (the blob was still there when the browser read it)`);
  const path = join(ARTIFACTS, file);
  await writeFile(path, Buffer.from(bytes));
  return { name, path };
}

async function firstRun(p, me, partner) {
  await step(p, 'first run', async (d) => {
    await type(await field(d, 'Your name'), me);
    if (partner) await type(await field(d, "Your partner's name (optional)"), partner);
    await tap(await button(d, 'Start'));
    await heading(d, `Hello, ${me}`);
  });
}

async function checkIn(p, { appreciation, answer }) {
  await step(p, 'check in, typing', async (d) => {
    await tab(d, 'Today');
    await tap(await find(d, "//a[contains(., 'Check in') or contains(., 'Edit')]"));
    await tap(await labelled(d, 'Connection today: 4 of 5'));
    for (const marker of ['Safe', 'Seen', 'Trust', 'Repair', 'Rely']) await tap(await labelled(d, `${marker}: 4 of 5`));
    if (answer) await type(await d.findElement(By.id('answer')), answer);
    if (appreciation) await type(await d.findElement(By.id('appreciation')), appreciation);
    await tap(await button(d, 'Save check-in'));
    await heading(d, 'Your check-in');
    if (appreciation) await text(d, appreciation);
  });
}

async function openExchange(d) {
  await tab(d, 'Partner');
  await tap(await find(d, "//a[contains(., 'wap updates') or contains(., 'air with')]"));
  await heading(d, 'Swap updates');
}

async function sendUpdate(p) {
  let file;
  await step(p, 'send an update', async (d) => {
    await openExchange(d);
    await catchDownloads(d);
    await tap(await button(d, 'Send my update'));
    file = await takeDownload(p, `${p.name}-${Date.now()}.attune`);
    assert.match(file.name, /\.attune$/);
  });
  return file.path;
}

async function openUpdate(p, path, expect) {
  await step(p, `open an update: ${expect}`, async (d) => {
    await openExchange(d);
    // The file picker: WebDriver hands the file to the input as a person picking it would.
    await d.findElement(By.id('update-file')).sendKeys(path);
    await find(d, `//*[contains(@class, 'note')][contains(., ${xpathText(expect)})]`);
  });
}

test('WebKit 1. two phones: first run, a typed check-in kept over a reload, the question of the day, pairing, updates swapped through real files both ways', async () => {
  const ari = await phone('Ari');
  const sol = await phone('Sol');
  await step(ari, 'the first visit downloads each wasm file once', async (d) => {
    await field(d, 'Your name');
    // index.html asks Chromium for the app's wasm and Welcome's early; WebKit would not answer
    // the app's own fetch with that request and would download each twice: it is not asked.
    const wasm = JSON.parse(await d.executeScript(() => JSON.stringify(performance.getEntriesByType('resource')
      .filter((e) => e.name.endsWith('.wasm')).map((e) => new URL(e.name).pathname))));
    assert.ok(wasm.some((path) => /routeWelcome/.test(path)), `Welcome's module among ${wasm}`);
    assert.deepEqual(wasm, [...new Set(wasm)], 'no wasm file downloaded twice');
  });
  await firstRun(ari, 'Ari', 'Sol');
  await firstRun(sol, 'Sol', 'Ari');
  await checkIn(ari, { appreciation: 'Café au lait, brought to bed — merci!', answer: 'Long walks.' });
  await step(ari, 'still there after a reload', async (d) => {
    await settle(d);
    await d.navigate().refresh();
    await heading(d, 'Hello, Ari');
    await text(d, 'Café au lait, brought to bed — merci!');
  });
  await step(sol, 'the question of the day, answered by typing', async (d) => {
    await tap(await text(d, 'Question of the day'));
    const answer = await field(d, 'Your answer');
    await type(answer, 'Sunday pancakes.');
    await tap(await button(d, 'Save answer'));
    await text(d, 'Saved.');
  });
  let code;
  await step(ari, 'create a couple code', async (d) => {
    await openExchange(d);
    await tap(await button(d, 'Create a couple code'));
    code = (await (await find(d, "//p[contains(@class, 'code')]")).getText()).trim();
    assert.match(code, /^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2}$/);
  });
  await step(sol, 'type the code', async (d) => {
    await openExchange(d);
    await type(await d.findElement(By.id('couple-code')), code);
    await tap(await button(d, 'Pair'));
    await button(d, 'Send my update');
  });
  const fromAri = await sendUpdate(ari);
  await openUpdate(sol, fromAri, 'Ari: 1 check-in, 1 answer are new.');
  await step(sol, "Ari's check-in on Partner, Ari's answer beside Sol's", async (d) => {
    await tab(d, 'Partner');
    await text(d, 'Café au lait, brought to bed — merci!');
    await tab(d, 'Today');
    await tap(await text(d, 'Question of the day'));
    await text(d, 'Long walks.');
  });
  const fromSol = await sendUpdate(sol);
  await openUpdate(ari, fromSol, 'Sol:');
  await step(ari, "Sol's answer shows, Ari having answered too", async (d) => {
    await tab(d, 'Today');
    await tap(await text(d, 'Question of the day'));
    await text(d, 'Sunday pancakes.');
  });
  await close(ari);
  await close(sol);
});

test('WebKit 2. a backup made on one phone restores on a new one; the lock asks again after the page is hidden', async () => {
  const lina = await phone('Lina');
  await firstRun(lina, 'Lina', 'Mo');
  await checkIn(lina, { appreciation: 'Tea on the balcony.' });
  let backup;
  await step(lina, 'make a backup', async (d) => {
    await tab(d, 'Settings');
    await catchDownloads(d);
    await type(await d.findElement(By.id('backup-passphrase')), 'blue kettle at noon');
    await tap(await button(d, 'Make a backup'));
    backup = (await takeDownload(lina, 'lina.attune-backup')).path;
  });
  await step(lina, 'turn the lock on', async (d) => {
    await type(await d.findElement(By.id('new-pin')), '2468');
    await tap(await button(d, 'Turn on'));
    await text(d, 'App lock on.');
  });
  await step(lina, 'away in another app, then back: locked', async (d) => {
    await d.executeScript(`
      const become = (state) => {
        Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
        document.dispatchEvent(new Event('visibilitychange'));
      };
      become('hidden');
      become('visible');`);
    await heading(d, 'Attune is locked');
    await type(await d.findElement(By.id('pin')), '1111');
    await tap(await button(d, 'Unlock'));
    await d.wait(async () => (await d.findElement(By.id('pin')).getAttribute('value')) === '', WAIT);
    await heading(d, 'Attune is locked');
    await type(await d.findElement(By.id('pin')), '2468');
    await tap(await button(d, 'Unlock'));
    await heading(d, 'Your Attune');
  });
  await step(lina, 'locked again after a reload', async (d) => {
    await settle(d);
    await d.navigate().refresh();
    await heading(d, 'Attune is locked');
  });
  const fresh = await phone('Lina-new-phone');
  await step(fresh, 'restore on first run', async (d) => {
    await tap(await text(d, 'Moving to a new phone?'));
    // The form is drawn once asked for (its code arrives then).
    await (await d.wait(until.elementLocated(By.id('restore-file')), WAIT)).sendKeys(backup);
    await type(await d.findElement(By.id('restore-passphrase')), 'wrong passphrase');
    await tap(await button(d, 'Restore'));
    await text(d, "That passphrase doesn't open this backup.");
    const passphrase = await d.findElement(By.id('restore-passphrase'));
    await passphrase.clear();
    await type(passphrase, 'blue kettle at noon');
    await tap(await button(d, 'Restore'));
    await heading(d, 'Hello, Lina');
    await text(d, 'Tea on the balcony.');
  });
  await close(lina);
  await close(fresh);
});

test('WebKit 3. with the server gone, a reload opens Attune from the service worker with everything saved', async () => {
  const pia = await phone('Pia');
  await firstRun(pia, 'Pia', null);
  await checkIn(pia, { appreciation: 'Soup when I was ill.' });
  await step(pia, 'the service worker controls the page', async (d) => {
    await d.wait(() => d.executeScript('return !!navigator.serviceWorker && !!navigator.serviceWorker.controller'), WAIT, 'no service worker in control');
    await d.wait(() => d.executeAsyncScript(`const done = arguments[arguments.length - 1];
      caches.keys().then(async (names) => { for (const n of names) if (n.startsWith('attune-') && n !== 'attune-inbox' && n !== 'attune-current' && (await (await caches.open(n)).keys()).length > 3) return done(true); done(false); });`), WAIT, 'the app is not cached whole');
  });
  await step(pia, 'no server: reload', async (d) => {
    await pia.server.close();
    await d.navigate().refresh();
    await heading(d, 'Hello, Pia');
    await tab(d, 'Today');
    await text(d, 'Soup when I was ill.');
  });
  await close(pia);
});

test('WebKit 4. a Spanish phone: Attune speaks Spanish from the first screen, typed accents and ñ are kept', async () => {
  const ana = await phone('Ana', { language: 'es_MX' });
  await step(ana, 'the first screen is in Spanish', async (d) => {
    assert.match(await d.executeScript('return navigator.language'), /^es/);
    await button(d, 'Empezar');
  });
  await step(ana, 'first run and a check-in, in Spanish', async (d) => {
    await type(await field(d, 'Tu nombre'), 'Ana');
    await type(await field(d, 'El nombre de tu pareja (opcional)'), 'Begoña');
    await tap(await button(d, 'Empezar'));
    await heading(d, 'Hola, Ana');
    await tap(await find(d, "//a[contains(., 'Registrar el día')]"));
    await tap(await labelled(d, 'Conexión hoy: 5 de 5'));
    for (const marker of ['Seguridad', 'Comprensión', 'Confianza', 'Reparación', 'Apoyo']) await tap(await labelled(d, `${marker}: 4 de 5`));
    await type(await d.findElement(By.id('appreciation')), 'Gracias por el café, Begoña. ¡Qué día!');
    await tap(await button(d, 'Guardar el registro'));
    await heading(d, 'Tu registro');
    await text(d, 'Gracias por el café, Begoña. ¡Qué día!');
  });
  await close(ana);
});

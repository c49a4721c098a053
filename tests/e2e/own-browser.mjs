// Debian's Chromium started as a person would start it (not by Playwright's launcher), on its
// own profile, so it can be killed outright (SIGKILL to all its processes) and started again
// on the same data. Used by the browser suite and the storage comparison.
import { spawn } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

/** Starts Chromium on `profile` and connects to it; returns the process and the connection. */
export async function startBrowser(profile) {
  await rm(join(profile, 'DevToolsActivePort'), { force: true });
  const child = spawn(process.env.CHROMIUM ?? '/usr/bin/chromium', [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run',
    '--disable-component-update', '--disable-sync', `--user-data-dir=${profile}`, '--remote-debugging-port=0',
    'about:blank',
  ], { detached: true, stdio: 'ignore' });
  let port;
  for (let i = 0; i < 200 && !port; i += 1) {
    port = await readFile(join(profile, 'DevToolsActivePort'), 'utf8').then((t) => t.split('\n')[0]).catch(() => null);
    if (!port) await new Promise((r) => setTimeout(r, 50));
  }
  if (!port) throw new Error('Chromium did not start');
  const connected = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  return { child, connected };
}

/** SIGKILL to the whole browser (every process of it), as the system kills an app. */
export async function killBrowser({ child, connected }) {
  process.kill(-child.pid, 'SIGKILL');
  await new Promise((r) => (child.exitCode !== null || child.signalCode ? r() : child.once('exit', r)));
  await connected.close().catch(() => {});
}

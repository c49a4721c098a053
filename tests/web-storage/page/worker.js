import init, * as storage from './pkg/attune_web_storage.js';

const ready = init();
self.onmessage = async ({ data: { op, args } }) => {
  try {
    await ready;
    self.postMessage({ ok: await storage[op](...args) });
  } catch (error) {
    self.postMessage({ error: String(error?.message ?? error) });
  }
};

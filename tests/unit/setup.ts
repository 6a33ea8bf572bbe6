import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { loadCatalog } from '../../src/i18n/catalogs';
// Sets the list filters' choices from the real registry, as the app does once data loads.
import './support/dataset';

// Lazy chunks and transitions take longer than the default 1 s on a busy 2-core machine running
// the whole suite; waiting longer only slows a test that would fail anyway.
configure({ asyncUtilTimeout: 5000 });

// The app loads a language's catalog before it shows that language (main.tsx, the store); the
// tests render either language directly, so both are loaded first.
await Promise.all([loadCatalog('en'), loadCatalog('zh')]);

afterEach(() => {
  cleanup();
});

// jsdom has no modal dialogs; this minimal stand-in opens and closes them. The real behaviour
// (focus trap, Esc, backdrop) is tested in Chromium.
if (typeof HTMLDialogElement !== 'undefined' && !jsdomHasModal()) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
}

function jsdomHasModal(): boolean {
  return typeof HTMLDialogElement.prototype.showModal === 'function';
}

// jsdom has no layout: charts get a fixed size from ResponsiveContainer's initialDimension, and
// ResizeObserver only needs to exist.
if (typeof globalThis.ResizeObserver === 'undefined') {
  globalThis.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}

// The app fetches its data files (static JSON assets; in tests their URLs are `/src/data/*.json`).
// jsdom has no server, so same-origin paths are read from the repository; anything else is 404.
const realFetch = globalThis.fetch.bind(globalThis);
globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  if (!url.startsWith('/')) return realFetch(input, init);
  const { readFile } = await import('node:fs/promises');
  const path = decodeURIComponent(url.split('?')[0] ?? '');
  try {
    return new Response(await readFile(`.${path}`), { status: 200 });
  } catch {
    return new Response('not found', { status: 404 });
  }
};

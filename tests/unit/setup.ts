import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
// Sets the list filters' choices from the real registry, as the app does once data loads.
import './support/dataset';

// Lazy chunks and transitions take longer than the default 1 s on a busy 2-core machine running
// the whole suite; waiting longer only slows a test that would fail anyway.
configure({ asyncUtilTimeout: 5000 });

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

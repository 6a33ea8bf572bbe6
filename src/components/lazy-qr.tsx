import { lazy, Suspense } from 'react';
import { useMessages } from '../i18n/use-messages';
import type { QrCodeProps } from './qr-code';

const load = () => import('./qr-code');
// A code whose chunk fails to load (offline before it was cached, say) is a sentence, not a blank
// app; QrCode itself turns a link too long for any code into one.
const QrCode = lazy(() =>
  load().then(
    (m) => ({ default: m.QrCode }),
    () => ({ default: QrFailed }),
  ),
);

function QrFailed() {
  const t = useMessages();
  return (
    <p className="max-w-[20rem] text-sm" data-qr="failed">
      {t.qr.failed}
    </p>
  );
}

/**
 * Starts loading the QR code module and its encoder; resolves when both are in memory. The print
 * briefing calls it as it opens, so its codes are drawn before it prints.
 */
export function preloadQr(): Promise<unknown> {
  return load().then((m) => m.loadQr());
}

/**
 * `QrCode` behind a dynamic import: the QR code component and its encoder stay out of the
 * viewing bundle (see scripts/budget-groups.mjs) and load the first time a code is shown. Until
 * then an empty square of the same size keeps the layout still.
 */
export function LazyQrCode(props: QrCodeProps) {
  const side = typeof props.size === 'number' ? `${props.size}px` : props.size;
  return (
    <Suspense fallback={<div data-qr="loading" style={{ width: side, height: side }} />}>
      <QrCode {...props} />
    </Suspense>
  );
}

import { useEffect, useRef, useState } from 'react';
import { LazyQrCode } from '../components/lazy-qr';
import { useMessages } from '../i18n/use-messages';
import { pickView, viewLink } from '../state/url-codec';
import { useViewStore } from '../state/view-store';
import { useBackCloses } from '../state/use-back-closes';

/** Read when asked, not when drawn: the button does not re-render as the view changes. */
const currentLink = () => viewLink(pickView(useViewStore.getState()));

/**
 * Copies the link of the current view: the link the address bar mirrors (see url-sync.ts), built
 * by `viewLink` like every other link. Where the clipboard is unavailable (no permission, plain
 * http), the link is shown selected for copying by hand. Either way the box shows the link's QR
 * code, for the people in the room to open it on a phone, and stays until closed (Esc, Close,
 * Back, or a click elsewhere). On a phone the box spans the screen below the button (fixed, at its place
 * in the flow); wider screens open it rightwards from the button, which sits at the left of the
 * header.
 */
export function ShareButton() {
  const t = useMessages();
  const [state, setState] = useState<'idle' | 'copied' | 'manual'>('idle');
  const [link, setLink] = useState(currentLink);
  const input = useRef<HTMLInputElement>(null);
  const root = useRef<HTMLDivElement>(null);

  useBackCloses(state !== 'idle', () => setState('idle'));

  useEffect(() => {
    if (state === 'manual') input.current?.select();
    if (state === 'idle') return;
    const close = () => setState('idle');
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && close();
    const onPointer = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) close();
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('pointerdown', onPointer);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('pointerdown', onPointer);
    };
  }, [state]);

  const copy = async () => {
    const now = currentLink();
    setLink(now);
    try {
      await navigator.clipboard.writeText(now);
      setState('copied');
    } catch {
      setState('manual');
    }
  };

  const box =
    'fixed inset-x-2 z-30 mt-1 rounded-md border border-line bg-surface p-3 text-sm shadow-lg sm:absolute sm:inset-x-auto sm:left-0';
  const qr = (
    <div className="mt-2 flex justify-center" data-testid="share-qr">
      <LazyQrCode value={link} size={160} />
    </div>
  );
  return (
    <div className="relative" ref={root}>
      <button type="button" className="btn" onClick={() => void copy()} data-testid="copy-link">
        {t.share.copy}
      </button>
      <div className={state === 'copied' ? `${box} sm:w-72` : 'sr-only'}>
        <p role="status">{state === 'copied' ? t.share.copied : ''}</p>
        {state === 'copied' && (
          <>
            {qr}
            <button type="button" className="btn mt-2" onClick={() => setState('idle')}>
              {t.share.close}
            </button>
          </>
        )}
      </div>
      {state === 'manual' && (
        <div className={`${box} sm:w-[36rem]`} data-testid="manual-link">
          <label className="block">
            {t.share.manual}
            <input
              ref={input}
              readOnly
              value={link}
              aria-label={t.share.manualLabel}
              className="mt-1 w-full rounded border border-line bg-page p-1 font-mono text-xs"
              onFocus={(e) => e.target.select()}
            />
          </label>
          {qr}
          <button type="button" className="btn mt-2" onClick={() => setState('idle')}>
            {t.share.close}
          </button>
        </div>
      )}
    </div>
  );
}

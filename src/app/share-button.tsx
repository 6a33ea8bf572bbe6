import { useEffect, useRef, useState } from 'react';
import { useMessages } from '../i18n/use-messages';
import { pickView, viewLink } from '../state/url-codec';
import { useViewStore } from '../state/view-store';

/** Read when asked, not when drawn: the button does not re-render as the view changes. */
const currentLink = () => viewLink(pickView(useViewStore.getState()));

/**
 * Copies the link of the current view: the link the address bar mirrors (see url-sync.ts), built
 * by `viewLink` like every other link. Where the clipboard is unavailable (no permission, plain
 * http), the link is shown selected for copying by hand. On a phone the box spans the screen below
 * the button (fixed, at its place in the flow); wider screens open it rightwards from the button,
 * which sits at the left of the header.
 */
export function ShareButton() {
  const t = useMessages();
  const [state, setState] = useState<'idle' | 'copied' | 'manual'>('idle');
  const input = useRef<HTMLInputElement>(null);
  const link = currentLink();

  useEffect(() => {
    if (state === 'manual') input.current?.select();
    if (state !== 'copied') return;
    const timer = window.setTimeout(() => setState('idle'), 4000);
    return () => window.clearTimeout(timer);
  }, [state]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(currentLink());
      setState('copied');
    } catch {
      setState('manual');
    }
  };

  return (
    <div className="relative">
      <button type="button" className="btn" onClick={() => void copy()} data-testid="copy-link">
        {t.share.copy}
      </button>
      <p
        role="status"
        className={
          state === 'copied'
            ? 'fixed inset-x-2 z-30 mt-1 rounded-md border border-line bg-surface p-2 text-sm shadow-lg sm:absolute sm:inset-x-auto sm:left-0 sm:w-72'
            : 'sr-only'
        }
      >
        {state === 'copied' ? t.share.copied : ''}
      </p>
      {state === 'manual' && (
        <div
          className="fixed inset-x-2 z-30 mt-1 rounded-md border border-line bg-surface p-3 text-sm shadow-lg sm:absolute sm:inset-x-auto sm:left-0 sm:w-[36rem]"
          data-testid="manual-link"
        >
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
          <button type="button" className="btn mt-2" onClick={() => setState('idle')}>
            {t.share.close}
          </button>
        </div>
      )}
    </div>
  );
}

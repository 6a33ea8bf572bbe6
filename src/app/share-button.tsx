import { useEffect, useRef, useState } from 'react';
import { useMessages } from '../i18n/use-messages';

/**
 * Copies the link of the current view. The address bar already mirrors the view, so the link is
 * simply the current URL. Where the clipboard is unavailable (no permission, plain http), the
 * link is shown selected for copying by hand.
 */
export function ShareButton() {
  const t = useMessages();
  const [state, setState] = useState<'idle' | 'copied' | 'manual'>('idle');
  const input = useRef<HTMLInputElement>(null);
  const link = window.location.href;

  useEffect(() => {
    if (state === 'manual') input.current?.select();
    if (state !== 'copied') return;
    const timer = window.setTimeout(() => setState('idle'), 4000);
    return () => window.clearTimeout(timer);
  }, [state]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
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
            ? 'absolute right-0 z-30 mt-1 w-72 rounded-md border border-line bg-surface p-2 text-sm shadow-lg'
            : 'sr-only'
        }
      >
        {state === 'copied' ? t.share.copied : ''}
      </p>
      {state === 'manual' && (
        <div
          className="absolute right-0 z-30 mt-1 w-[min(36rem,90vw)] rounded-md border border-line bg-surface p-3 text-sm shadow-lg"
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

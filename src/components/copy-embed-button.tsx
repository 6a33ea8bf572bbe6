import { useState } from 'react';
import { useMessages } from '../i18n/use-messages';

/**
 * The Export menu's "Copy embed code": an <iframe> snippet of this panel's link with `embed=1`.
 * Where the clipboard is unavailable the code is shown selected, as Copy link does.
 */
export function CopyEmbedButton({ link, title }: { link: () => string; title: string }) {
  const t = useMessages();
  const [state, setState] = useState<{ code: string; copied: boolean } | null>(null);
  const copy = async () => {
    // The snippet's code loads on the click, like the exports.
    const { embedCode } = await import('../lib/embed-code');
    const code = embedCode(link(), t.embed.frameTitle(title));
    try {
      await navigator.clipboard.writeText(code);
      setState({ code, copied: true });
    } catch {
      setState({ code, copied: false });
    }
  };
  return (
    <>
      <button type="button" className="btn w-full" onClick={() => void copy()}>
        {t.embed.copy}
      </button>
      <p role="status" className={state?.copied ? 'mt-1 text-sm' : 'sr-only'}>
        {state?.copied ? t.embed.copied : ''}
      </p>
      {state && !state.copied && (
        <label className="mt-1 block text-sm" data-testid="manual-embed">
          {t.embed.manual}
          <textarea
            readOnly
            autoFocus
            rows={4}
            value={state.code}
            aria-label={t.embed.manualLabel}
            className="mt-1 w-full rounded border border-line bg-page p-1 font-mono text-xs"
            onFocus={(e) => e.target.select()}
          />
        </label>
      )}
    </>
  );
}

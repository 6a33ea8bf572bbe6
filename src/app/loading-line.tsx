import { useEffect, useState } from 'react';
import { useLoadStage } from '../data/load-progress';
import { useLang, useMessages } from '../i18n/use-messages';

/** After this long a load says what it is doing: a quick load shows no flicker of text. */
const SLOW_MS = 1000;

/**
 * While the dataset loads: "Loading figures…", and once loading takes over a second, what it is
 * doing (fetching, checking so many MB, indexing so many records), announced politely.
 */
export function LoadingLine() {
  const t = useMessages();
  const lang = useLang();
  const stage = useLoadStage();
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setSlow(true), SLOW_MS);
    return () => clearTimeout(timer);
  }, []);
  const locale = lang === 'zh' ? 'zh-CN' : 'en';
  const detail =
    stage.step === 'files'
      ? t.app.loadStage.files
      : stage.step === 'checking'
        ? t.app.loadStage.checking(
            (stage.bytes / 1e6).toLocaleString(locale, { maximumFractionDigits: 1 }),
          )
        : t.app.loadStage.indexing(stage.records.toLocaleString(locale));
  return (
    <div aria-busy="true">
      <p>{t.app.loading}</p>
      <p role="status" className="text-sm text-ink-muted" data-testid="load-stage">
        {slow ? detail : ''}
      </p>
    </div>
  );
}

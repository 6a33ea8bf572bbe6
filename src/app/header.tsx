import { SegmentedControl } from '../components/segmented-control';
import { useMessages } from '../i18n/use-messages';
import { LANGS, THEMES } from '../data/view-vocabulary';
import { useViewStore } from '../state/view-store';
import { ShareButton } from './share-button';
import { StatusLine } from './status-line';
import { KeyLabel } from '../components/key-label';
import { useStartPresentation } from './use-start-presentation';

export function Header() {
  const t = useMessages();
  const lang = useViewStore((s) => s.lang);
  const theme = useViewStore((s) => s.theme);
  const setView = useViewStore((s) => s.setView);
  const startPresentation = useStartPresentation();
  return (
    <header className="border-b border-line bg-surface">
      <div className="mx-auto flex max-w-[1800px] flex-wrap items-center justify-between gap-4 px-4 py-3">
        <div>
          <h1 className="text-2xl font-bold">{t.app.title}</h1>
          <StatusLine />
        </div>
        <div className="flex flex-wrap items-center gap-3 print:hidden">
          <button
            type="button"
            className="btn btn-primary"
            onClick={startPresentation}
            aria-keyshortcuts="P"
          >
            <span aria-hidden="true">▶ </span>
            {/* No key hint on a touch screen: there is no P to press. */}
            <KeyLabel keyed={t.present.startHint} touch={t.present.start} />
          </button>
          <ShareButton />
          <SegmentedControl
            name="theme"
            legend={t.theme.label}
            value={theme}
            options={THEMES.map((th) => ({ value: th, label: t.theme[th] }))}
            onChange={(value) => setView({ theme: value })}
          />
          <SegmentedControl
            name="lang"
            legend={t.lang.label}
            value={lang}
            options={LANGS.map((l) => ({
              value: l,
              label: t.lang[l],
              lang: l === 'zh' ? 'zh-CN' : 'en',
            }))}
            onChange={(value) => setView({ lang: value, langChosen: true })}
          />
        </div>
      </div>
    </header>
  );
}

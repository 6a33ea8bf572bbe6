import { useMessages } from '../i18n/use-messages';
import { LANGS } from '../state/view';
import { useViewStore } from '../state/view-store';
import { SegmentedControl } from '../components/segmented-control';

export function Header() {
  const t = useMessages();
  const lang = useViewStore((s) => s.lang);
  const setView = useViewStore((s) => s.setView);
  return (
    <header className="border-b border-line bg-surface">
      <div className="mx-auto flex max-w-[1800px] flex-wrap items-center justify-between gap-4 px-4 py-3">
        <div>
          <h1 className="text-2xl font-bold">{t.app.title}</h1>
          <p className="text-sm text-ink-muted">{t.app.tagline}</p>
        </div>
        <SegmentedControl
          name="lang"
          legend={t.lang.label}
          value={lang}
          options={LANGS.map((l) => ({
            value: l,
            label: t.lang[l],
            lang: l === 'zh' ? 'zh-CN' : 'en',
          }))}
          onChange={(value) => setView({ lang: value })}
        />
      </div>
    </header>
  );
}

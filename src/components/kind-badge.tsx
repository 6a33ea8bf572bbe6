import type { DisplayKind } from '../data/vocabulary';
import { useMessages } from '../i18n/use-messages';

/** Marks of each kind that do not rely on colour: a glyph and a word. */
export const KIND_GLYPH: Record<DisplayKind, string> = {
  actual: '●',
  estimate: '○',
  target: '◇',
  rank: '#',
  derived: 'ƒ',
};

export function KindBadge({ kind }: { kind: DisplayKind }) {
  const t = useMessages();
  return (
    <span
      className="inline-flex items-center gap-1 rounded border border-line px-1.5 py-0.5 text-xs font-medium text-ink-muted"
      title={t.kindHelp[kind]}
    >
      <span aria-hidden="true">{KIND_GLYPH[kind]}</span>
      {t.kinds[kind]}
    </span>
  );
}

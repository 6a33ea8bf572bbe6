import { useMessages } from '../i18n/use-messages';
import { PANELS, type SectionId } from '../data/view-vocabulary';
import { useViewStore } from '../state/view-store';

/** Switches between the overview of all panels and one panel (or the milestones) on its own. */
export function PanelNav() {
  const t = useMessages();
  const panel = useViewStore((s) => s.panel);
  const setView = useViewStore((s) => s.setView);
  const items: { id: SectionId | null; label: string }[] = [
    { id: null, label: t.nav.overview },
    ...PANELS.map((id) => ({ id, label: t.panels[id].title })),
    { id: 'milestones', label: t.milestones.title },
  ];
  return (
    <nav aria-label={t.nav.label} className="print:hidden">
      <ul className="flex flex-wrap gap-2">
        {items.map((item) => (
          <li key={item.id ?? 'overview'}>
            <button
              type="button"
              className={item.id === panel ? 'btn btn-primary' : 'btn'}
              aria-current={item.id === panel ? 'page' : undefined}
              onClick={() => setView({ panel: item.id })}
            >
              {item.label}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}

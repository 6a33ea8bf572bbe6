import { useMessages } from '../i18n/use-messages';
import { useViewStore } from '../state/view-store';

/** "Milestones on charts": bound to the view (so the link), in the filter bar and the timeline. */
export function EventsToggle() {
  const t = useMessages();
  const events = useViewStore((s) => s.events);
  const setView = useViewStore((s) => s.setView);
  return (
    <label className="check font-medium">
      <input
        type="checkbox"
        className="size-4 accent-accent"
        checked={events}
        onChange={(e) => setView({ events: e.target.checked })}
      />
      {t.milestones.showOnCharts}
    </label>
  );
}

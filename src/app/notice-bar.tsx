import { useMessages } from '../i18n/use-messages';
import { useViewStore } from '../state/view-store';

/** Says what part of the opened link was ignored; the rest of the view still applies. */
export function NoticeBar() {
  const t = useMessages();
  const notices = useViewStore((s) => s.notices);
  const dismiss = useViewStore((s) => s.dismissNotices);
  if (notices.length === 0) return null;
  return (
    <section
      role="status"
      aria-labelledby="notice-heading"
      className="flex flex-wrap items-start justify-between gap-3 rounded-lg border-2 border-warn bg-warn-bg p-3 print:hidden"
      data-testid="notice-bar"
    >
      <div>
        <h2 id="notice-heading" className="font-semibold">
          <span aria-hidden="true">⚠ </span>
          {t.notices.heading}
        </h2>
        <ul className="mt-1 list-disc pl-5">
          {notices.map((n, i) => (
            <li key={i}>{t.notices[n.reason](n.param, n.value)}</li>
          ))}
        </ul>
      </div>
      <button type="button" className="btn" onClick={dismiss}>
        {t.notices.dismiss}
      </button>
    </section>
  );
}

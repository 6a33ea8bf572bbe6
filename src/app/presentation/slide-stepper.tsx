import type { ReactNode } from 'react';
import { useMessages } from '../../i18n/use-messages';

/**
 * The previous and next slide buttons, with what stands between them (the count), for the
 * audience screen's footer and the presenter's window alike.
 */
export function SlideStepper({
  current,
  count,
  go,
  children,
}: {
  current: number;
  count: number;
  go: (slide: number) => void;
  children?: ReactNode;
}) {
  const t = useMessages();
  return (
    <>
      <button
        type="button"
        className="present-btn"
        onClick={() => go(Math.max(current - 1, 1))}
        aria-label={t.present.previous}
        disabled={current === 1}
      >
        ‹
      </button>
      {children}
      <button
        type="button"
        className="present-btn"
        onClick={() => go(Math.min(current + 1, count))}
        aria-label={t.present.next}
        disabled={current === count}
      >
        ›
      </button>
    </>
  );
}

import type { ReactNode, RefObject } from 'react';
import { useMessages } from '../i18n/use-messages';

interface Props {
  children: ReactNode;
  /** A long table scrolls down in a box of its own (its rows virtualized), named `tallLabel`. */
  tallRef?: RefObject<HTMLDivElement | null> | undefined;
  tallLabel?: string | undefined;
}

/**
 * A wide table on a narrow screen: it scrolls sideways inside its box with its first column held
 * in place (`sticky-col` on those cells), a shadow at the right edge while more columns lie
 * beyond, and a line saying so. Wider screens see the plain table. A long table also scrolls
 * down inside its box, which a keyboard user can focus and scroll with the arrow keys.
 */
export function TableScroll({ children, tallRef, tallLabel }: Props) {
  const t = useMessages();
  return (
    <div>
      <p aria-hidden="true" className="mb-1 text-xs text-ink-muted sm:hidden print:hidden">
        {t.table.scrollHint} →
      </p>
      {tallRef ? (
        <div
          ref={tallRef}
          role="region"
          aria-label={tallLabel}
          tabIndex={0}
          className="table-scroll max-h-[70vh] overflow-auto rounded-md border border-line"
        >
          {children}
        </div>
      ) : (
        <div className="table-scroll overflow-x-auto rounded-md border border-line">{children}</div>
      )}
    </div>
  );
}

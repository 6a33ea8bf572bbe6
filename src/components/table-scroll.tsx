import type { ReactNode } from 'react';
import { useMessages } from '../i18n/use-messages';

/**
 * A wide table on a narrow screen: it scrolls sideways inside its box with its first column held
 * in place (`sticky-col` on those cells), a shadow at the right edge while more columns lie
 * beyond, and a line saying so. Wider screens see the plain table.
 */
export function TableScroll({ children }: { children: ReactNode }) {
  const t = useMessages();
  return (
    <div>
      <p aria-hidden="true" className="mb-1 text-xs text-ink-muted sm:hidden print:hidden">
        {t.table.scrollHint} →
      </p>
      <div className="table-scroll overflow-x-auto rounded-md border border-line">{children}</div>
    </div>
  );
}

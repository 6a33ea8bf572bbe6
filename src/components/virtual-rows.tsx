import { useVirtualizer } from '@tanstack/react-virtual';
import type { ReactNode, RefObject } from 'react';

/** What a row needs to be placed and measured in a virtualized table body. */
export interface VirtualRowProps {
  ref: (el: HTMLTableRowElement | null) => void;
  'data-index': number;
  'aria-rowindex': number;
}

interface Props {
  count: number;
  columns: number;
  scrollRef: RefObject<HTMLDivElement | null>;
  row: (index: number, props: VirtualRowProps) => ReactNode;
}

/**
 * The rows of a long table body near its scroll box's view, between two spacer rows as tall as
 * the rows left out: the table keeps its semantics (each row says its place with aria-rowindex,
 * the header being row 1) and its header stays a real header.
 */
export default function VirtualRows({ count, columns, scrollRef, row }: Props) {
  // No React Compiler in this project: the virtualizer re-renders this component on scroll.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    // A one-line row; rows with a note are measured as drawn.
    estimateSize: () => 41,
    overscan: 12,
    // Rows before the scroll box is measured (and in tests without layout).
    initialRect: { width: 800, height: 600 },
  });
  const items = virtualizer.getVirtualItems();
  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const spacer = (height: number, key: string) =>
    height > 0 && (
      <tr key={key} aria-hidden="true" style={{ height }}>
        <td colSpan={columns} className="p-0" />
      </tr>
    );
  return (
    <>
      {spacer(top, 'before')}
      {items.map((item) =>
        row(item.index, {
          ref: virtualizer.measureElement,
          'data-index': item.index,
          'aria-rowindex': item.index + 2,
        }),
      )}
      {spacer(bottom, 'after')}
    </>
  );
}

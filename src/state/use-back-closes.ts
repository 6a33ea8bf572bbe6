import { useEffect, useRef } from 'react';
import { openLayer } from './history-entries';

/**
 * While `open`, the dialog has a history entry of its own: Back (a phone's swipe) calls `close`
 * and changes nothing else; closing it any other way removes that entry again.
 */
export function useBackCloses(open: boolean, close: () => void): void {
  const latest = useRef(close);
  useEffect(() => {
    latest.current = close;
  });
  useEffect(() => {
    if (!open) return;
    return openLayer(() => latest.current());
  }, [open]);
}

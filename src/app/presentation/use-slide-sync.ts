import { useEffect, useRef } from 'react';
import { useViewStore } from '../../state/view-store';

/** The channel the audience screen and the presenter view keep their slide on. */
const CHANNEL = 'cqam-slides';

interface SlideMessage {
  slide: number;
}

/**
 * Keeps the slide the same in every window presenting this app (the audience screen and its
 * presenter view): a move in either moves both. Same-origin windows only, by BroadcastChannel.
 * A received slide equal to the current one is not sent back, so the two never ping-pong.
 */
export function useSlideSync(current: number): void {
  const ref = useRef<BroadcastChannel | null>(null);
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const channel = new BroadcastChannel(CHANNEL);
    ref.current = channel;
    channel.onmessage = (e: MessageEvent<SlideMessage>) => {
      const slide = e.data.slide;
      if (Number.isInteger(slide) && slide !== useViewStore.getState().slide)
        useViewStore.getState().setView({ slide });
    };
    return () => {
      ref.current = null;
      channel.close();
    };
  }, []);

  useEffect(() => {
    ref.current?.postMessage({ slide: current } satisfies SlideMessage);
  }, [current]);
}

import { useShallow } from 'zustand/react/shallow';
import { QrCode } from '../../components/qr-code';
import { shortAddress } from '../../lib/short-address';
import { pickView, viewLink } from '../../state/url-codec';
import { slideView } from '../../state/slide-view';
import type { RunStep } from '../../state/view';
import { useViewStore } from '../../state/view-store';

/** The side of the code: 210 px at 1080p (scannable from about 3 m), scaled with the screen. */
export const SLIDE_QR_SIZE = '7.5rem';
/**
 * The host under it: 24 px at 1080p, the slide's small text, readable from the back of a meeting
 * room (the query after it stays small: nobody types that part, the code carries it).
 */
const SLIDE_HOST_SIZE = '0.86rem';

/**
 * The QR code in the corner of a slide: it opens the view the slide shows (its panel, filters and
 * language) on a phone, and follows the slide. Its own chunk, loaded when the code is first shown.
 */
export default function SlideQr({ step }: { step: RunStep }) {
  const view = useViewStore(useShallow(pickView));
  const link = viewLink(slideView(view, step));
  return (
    <QrCode
      value={link}
      size={SLIDE_QR_SIZE}
      caption={shortAddress(link, 48)}
      hostSize={SLIDE_HOST_SIZE}
    />
  );
}

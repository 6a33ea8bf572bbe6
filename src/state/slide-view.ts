import type { RunStep, View } from './view';
import { defaultView } from './view';

/**
 * The view a slide shows, as a reader opens it on a phone or a desk: the slide's panel or the
 * milestones (none for the key figures, which head the overview) with the slide's own filters,
 * in the presentation's language, with its panel settings (tables, milestones, growth view).
 * Not presenting, and in the reader's light theme: the projector's dark theme and the slide
 * counter belong to the meeting screen, not to the phone.
 */
export function slideView(view: View, step: RunStep): View {
  const d = defaultView(view.lang);
  return {
    ...view,
    ...step.filters,
    // The key figures head the overview; the milestones timeline has an address of its own.
    panel: step.slide === 'figures' ? null : step.slide,
    present: d.present,
    theme: d.theme,
    slide: d.slide,
    autoplay: d.autoplay,
    chips: d.chips,
    qr: d.qr,
    run: d.run,
  };
}

import { createContext, use } from 'react';

/** A run-sheet step's own title for the slide it is drawn on; null shows the panel's title. */
export const SlideTitleContext = createContext<string | null>(null);

/** The title a slide shows: the presenter's, when the step has one, or the panel's own. */
export function useSlideTitle(own: string): string {
  return use(SlideTitleContext) ?? own;
}

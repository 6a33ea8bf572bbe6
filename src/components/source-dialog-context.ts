import { createContext, useContext } from 'react';

/** Opens the provenance dialog for a figure id (an observation or a derived value). */
export type OpenSource = (figureId: string) => void;

export const SourceDialogContext = createContext<OpenSource>(() => undefined);

export function useOpenSource(): OpenSource {
  return useContext(SourceDialogContext);
}

import type { Figure } from '../data/types';
import { useLang } from '../i18n/use-messages';
import { formatFigure } from '../lib/format';
import { useOpenSource } from './source-dialog-context';

/** A figure as written in the data, as a button that opens where it comes from. */
export function FigureButton({ figure, className }: { figure: Figure; className?: string }) {
  const lang = useLang();
  const openSource = useOpenSource();
  return (
    <button
      type="button"
      className={className ? `link font-semibold ${className}` : 'link font-semibold'}
      onClick={() => openSource(figure.id)}
    >
      {formatFigure(figure, lang)}
    </button>
  );
}

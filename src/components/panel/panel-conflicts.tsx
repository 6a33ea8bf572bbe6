import { useLang, useMessages } from '../../i18n/use-messages';
import { useDatasetContext } from '../dataset-context';
import { useOpenSource } from '../source-dialog-context';

/** The conflicts behind a panel's figures, each opening its first record's sources. */
export function PanelConflicts({ ids }: { ids: readonly string[] }) {
  const t = useMessages();
  const lang = useLang();
  const dataset = useDatasetContext();
  const openSource = useOpenSource();
  if (ids.length === 0) return null;
  return (
    <div className="text-sm" data-panel-end>
      <h3 className="font-semibold">{t.panel.conflictsHeading}</h3>
      <ul className="mt-1 flex flex-wrap gap-2">
        {ids.map((cid) => {
          const first = dataset.conflictMembers(cid)[0];
          return (
            <li key={cid}>
              <button
                type="button"
                className="tap rounded border-2 border-warn bg-warn-bg px-2 py-0.5 text-left"
                onClick={() => first && openSource(first.id)}
              >
                <span aria-hidden="true">⚠ </span>
                {dataset.conflicts.get(cid)?.title[lang]}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

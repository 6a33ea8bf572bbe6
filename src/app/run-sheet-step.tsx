import { useLang, useMessages } from '../i18n/use-messages';
import { useNames } from '../components/use-names';
import { filterLine } from '../lib/filter-summary';
import type { RunStep } from '../state/view';
import { useViewStore } from '../state/view-store';
import { slideTitle } from '../lib/document-meta';

/**
 * One step of the run sheet: its slide, filters, an editable title and speaker notes. The text
 * is written to the store (and so the URL) when a field is left, not on every key: each change
 * is a history entry.
 */
export function RunSheetStep({
  step,
  index,
  count,
}: {
  step: RunStep;
  index: number;
  count: number;
}) {
  const t = useMessages();
  const names = useNames();
  const lang = useLang();
  const { moveRunStep, removeRunStep, setRunStepText } = useViewStore.getState();
  const n = index + 1;
  const panelTitle = slideTitle(step.slide, t);
  const save = (key: 'title' | 'notes', text: string) => {
    if (text.trim() !== (step[key] ?? '')) setRunStepText(index, key, text.trim());
  };

  return (
    <li className="space-y-1 rounded-md border border-line p-2 text-sm" data-testid="run-step">
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-semibold">
          {n}. {panelTitle}
        </span>
        <span className="text-ink-muted">
          {filterLine(step.slide, step.filters, t, lang, names)}
        </span>
        <span className="ml-auto flex gap-1">
          <button
            type="button"
            className="btn"
            onClick={() => moveRunStep(index, -1)}
            disabled={index === 0}
            aria-label={t.run.up(n)}
          >
            ↑
          </button>
          <button
            type="button"
            className="btn"
            onClick={() => moveRunStep(index, 1)}
            disabled={index === count - 1}
            aria-label={t.run.down(n)}
          >
            ↓
          </button>
          <button
            type="button"
            className="btn"
            onClick={() => removeRunStep(index)}
            aria-label={t.run.remove(n)}
          >
            ✕
          </button>
        </span>
      </div>
      {/* Keyed by the stored text: a reorder or a link opened by Back shows the step's own. */}
      <input
        key={`title-${index}-${step.title ?? ''}`}
        type="text"
        defaultValue={step.title ?? ''}
        placeholder={t.run.stepTitleHint}
        aria-label={t.run.stepTitle(n)}
        maxLength={120}
        className="w-full rounded border border-line bg-page p-1"
        onBlur={(e) => save('title', e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') save('title', e.currentTarget.value);
        }}
      />
      <textarea
        key={`notes-${index}-${step.notes ?? ''}`}
        defaultValue={step.notes ?? ''}
        placeholder={t.run.stepNotesHint}
        aria-label={t.run.stepNotes(n)}
        maxLength={1000}
        rows={2}
        className="w-full rounded border border-line bg-page p-1"
        onBlur={(e) => save('notes', e.target.value)}
      />
    </li>
  );
}

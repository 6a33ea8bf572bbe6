import { useDatasetContext } from '../../components/dataset-context';
import { useOpenSource } from '../../components/source-dialog-context';
import { useLang, useMessages } from '../../i18n/use-messages';
import { formatFigure, formatPeriod } from '../../lib/format';
import { conflictsOf } from './targets-basis';
import type { TargetAssessment } from './targets-series';
import { recentGrowthText, requiredGrowthText } from './targets-text';

/**
 * Beside a verdict: which of the year's disagreeing figures it uses and why, and the more recent
 * expected figure it passes over. Nothing when it did neither.
 */
export function VerdictBasis({ a }: { a: TargetAssessment }) {
  const t = useMessages();
  const lang = useLang();
  const dataset = useDatasetContext();
  const { actual, alternatives, choiceRule, passedOver } = a;
  const notes: string[] = [];
  if (actual && choiceRule && alternatives.length > 0) {
    notes.push(
      t.targets.choice(
        formatPeriod(actual.period, lang),
        formatFigure(actual, lang),
        alternatives.map((f) => formatFigure(f, lang)).join(t.punct.listSep),
        t.targets.choiceRule[choiceRule],
      ),
    );
    for (const id of conflictsOf(dataset, [actual, ...alternatives])) {
      const title = dataset.conflicts.get(id)?.title[lang];
      if (title) notes.push(t.targets.choiceConflict(title));
    }
  }
  if (passedOver)
    notes.push(
      t.targets.passedOver(formatFigure(passedOver, lang), formatPeriod(passedOver.period, lang)),
    );
  if (notes.length === 0) return null;
  return (
    <span className="mt-1 block max-w-xs text-xs font-normal" data-testid="verdict-basis">
      {notes.join(lang === 'zh' ? '' : ' ')}
    </span>
  );
}

/**
 * The two growth rates a verdict on a later target compares, each opening its formula and
 * inputs (计算依据) in the source dialog.
 */
export function GrowthCell({ a }: { a: TargetAssessment }) {
  const t = useMessages();
  const lang = useLang();
  const openSource = useOpenSource();
  const required = requiredGrowthText(a, lang);
  if (required === null || !a.requiredGrowthFigure) return <>{t.table.none}</>;
  const { requiredGrowthFigure: requiredFigure, recentGrowthFigure: recentFigure } = a;
  const recent = recentGrowthText(a, lang);
  return (
    <span className="block space-y-1" data-testid="growth">
      <button
        type="button"
        className="link block text-left"
        onClick={() => openSource(requiredFigure.id)}
      >
        {required}
      </button>
      {recentFigure && recent ? (
        <button
          type="button"
          className="link block text-left"
          onClick={() => openSource(recentFigure.id)}
        >
          {recent}
        </button>
      ) : (
        <span className="block text-xs text-ink-muted">{t.targets.noRecent}</span>
      )}
    </span>
  );
}

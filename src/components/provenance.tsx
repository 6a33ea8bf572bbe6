import { articleTitle } from '../lib/article-title';
import type { Dataset } from '../data/dataset';
import {
  isDerived,
  isStatedGrowth,
  type DerivedValue,
  type Figure,
  type Observation,
} from '../data/types';
import { useLang, useMessages } from '../i18n/use-messages';
import { formatDate, formatFigure, formatPeriod } from '../lib/format';
import { formulaInputs, formulaText, measureOf } from '../lib/formula-text';
import { namesOf } from '../data/registry';
import { figureLabel } from './figure-label';
import { ExcerptTranslation } from './excerpt-translation';
import { KindBadge } from './kind-badge';
import { StatedRows } from './stated-rows';
import { ConflictSides } from './conflict-sides';

interface Props {
  figure: Figure;
  dataset: Dataset;
  onOpen: (id: string) => void;
}

/** Everything known about where one figure comes from: article, excerpt, conflict or formula. */
export function Provenance({ figure, dataset, onOpen }: Props) {
  const t = useMessages();
  const names = namesOf(dataset, useLang());
  const lang = useLang();
  return (
    <div className="space-y-4">
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
        <dt className="text-ink-muted">{t.source.figure}</dt>
        <dd>
          <span className="font-semibold">{formatFigure(figure, lang)}</span> —{' '}
          {figureLabel(figure, names, measureOf(figure, dataset))}
        </dd>
        <dt className="text-ink-muted">{t.source.kind}</dt>
        <dd>
          <KindBadge kind={figure.kind} />
          {isStatedGrowth(figure) && <span className="ml-2">{t.growth.stated}</span>}
        </dd>
        <dt className="text-ink-muted">{t.source.period}</dt>
        <dd>{formatPeriod(figure.period, lang)}</dd>
        <StatedRows figure={figure} yoyLabel={t.source.yoy} onOpen={onOpen} />
      </dl>
      {isDerived(figure) ? (
        <DerivedDetails figure={figure} dataset={dataset} onOpen={onOpen} />
      ) : (
        <ObservationDetails figure={figure} dataset={dataset} onOpen={onOpen} />
      )}
    </div>
  );
}

const titleOf = (dataset: Dataset, id: string, lang: 'en' | 'zh') => {
  const s = dataset.sources.get(id);
  return s ? articleTitle(s, lang) : id;
};

function Excerpt({ o }: { o: Observation }) {
  const at = o.excerpt.indexOf(o.figure);
  const before = o.excerpt.slice(0, at);
  const after = o.excerpt.slice(at + o.figure.length);
  return (
    <>
      <span>{before}</span>
      <mark className="rounded bg-mark px-0.5 text-ink">{o.figure}</mark>
      <span>{after}</span>
    </>
  );
}

function ObservationDetails({
  figure,
  dataset,
  onOpen,
}: {
  figure: Observation;
  dataset: Dataset;
  onOpen: (id: string) => void;
}) {
  const t = useMessages();
  const names = namesOf(dataset, useLang());
  const lang = useLang();
  const source = dataset.sources.get(figure.source);
  const conflict = figure.conflict ? dataset.conflicts.get(figure.conflict) : undefined;
  const others = figure.conflict
    ? dataset.conflictMembers(figure.conflict).filter((o) => o.id !== figure.id)
    : [];
  return (
    <>
      {source && (
        <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
          <dt className="text-ink-muted">{t.source.article}</dt>
          <dd className="font-medium">{articleTitle(source, lang)}</dd>
          <dt className="text-ink-muted">{t.source.outlet}</dt>
          <dd>{source.outlet[lang]}</dd>
          <dt className="text-ink-muted">{t.source.published}</dt>
          <dd>
            {formatDate(source.date, lang)}
            {source.dateNote && (
              <span className="block text-sm text-ink-muted">{source.dateNote[lang]}</span>
            )}
          </dd>
        </dl>
      )}
      <figure>
        <figcaption className="mb-1 text-sm font-semibold">{t.source.excerpt}</figcaption>
        <blockquote
          lang={source?.language ?? 'en'}
          className="border-l-4 border-accent pl-3 italic"
        >
          <Excerpt o={figure} />
        </blockquote>
        <p className="mt-1 text-sm text-ink-muted">
          {t.source.excerptLang(t.lang.excerptLanguage[source?.language ?? 'en'])}
        </p>
        <ExcerptTranslation record={figure} articleLang={source?.language ?? 'en'} />
      </figure>
      {figure.note && (
        <p>
          <span className="font-semibold">
            {t.source.note}
            {t.punct.colon}
          </span>
          {figure.note[lang]}
        </p>
      )}
      {conflict && (
        <section
          aria-labelledby="conflict-heading"
          className="rounded border-2 border-warn bg-warn-bg p-3"
        >
          <h3 id="conflict-heading" className="font-semibold">
            <span aria-hidden="true">⚠ </span>
            {t.source.conflict}
            {t.punct.colon}
            {conflict.title[lang]}
          </h3>
          <p className="mt-1">{conflict.note[lang]}</p>
          <p className="mt-2 text-sm">{t.source.conflictOthers}</p>
          <ul className="mt-1 list-disc pl-5">
            {others.map((o) => (
              <li key={o.id}>
                <button type="button" className="link" onClick={() => onOpen(o.id)}>
                  {formatFigure(o, lang)} · {figureLabel(o, names)} · {formatPeriod(o.period, lang)}{' '}
                  — {titleOf(dataset, o.source, lang)}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

function DerivedDetails({
  figure,
  dataset,
  onOpen,
}: {
  figure: DerivedValue;
  dataset: Dataset;
  onOpen: (id: string) => void;
}) {
  const t = useMessages();
  const names = namesOf(dataset, useLang());
  const lang = useLang();
  const inputs = formulaInputs(figure, dataset);
  const text = formulaText(figure, dataset, lang);
  return (
    <>
      <section aria-labelledby="formula-heading">
        <h3 id="formula-heading" className="font-semibold">
          {t.source.formula}
        </h3>
        <p className="mt-1 font-mono text-sm">{text}</p>
      </section>
      <section aria-labelledby="inputs-heading">
        <h3 id="inputs-heading" className="font-semibold">
          {t.source.inputs}
        </h3>
        <ul className="mt-1 list-disc pl-5">
          {inputs.map((i) => (
            <li key={i.id}>
              <button type="button" className="link" onClick={() => onOpen(i.id)}>
                {formatFigure(i, lang)} · {figureLabel(i, names, measureOf(i, dataset))} ·{' '}
                {formatPeriod(i.period, lang)}
                {t.punct.paren(t.kinds[i.kind])}
              </button>
            </li>
          ))}
        </ul>
      </section>
      {figure.conflict && (
        <section
          aria-labelledby="conflict-heading"
          className="rounded border-2 border-warn bg-warn-bg p-3"
          data-testid="derived-conflict"
        >
          <h3 id="conflict-heading" className="font-semibold">
            <span aria-hidden="true">⚠ </span>
            {t.source.conflict}
            {t.punct.colon}
            {dataset.conflicts.get(figure.conflict)?.title[lang]}
          </h3>
          <p className="mt-1">
            <ConflictSides figure={figure} titled={false} />
          </p>
          <p className="mt-1 text-sm">{dataset.conflicts.get(figure.conflict)?.note[lang]}</p>
        </section>
      )}
    </>
  );
}

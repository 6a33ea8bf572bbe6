import { DataFileError, DatasetError } from '../data/dataset-error';
import { useMessages } from '../i18n/use-messages';

/** Shown instead of figures when the dataset is invalid: names each bad record and field. */
export function ErrorScreen({ error }: { error: Error }) {
  const t = useMessages();
  return (
    <section
      role="alert"
      aria-labelledby="error-heading"
      className="rounded-lg border-2 border-danger bg-surface p-6"
      data-testid="error-screen"
    >
      <h2 id="error-heading" className="text-xl font-bold">
        <span aria-hidden="true">✖ </span>
        {t.error.title}
      </h2>
      {error instanceof DatasetError ? (
        <>
          <p className="mt-2">{t.error.intro}</p>
          <ul className="mt-2 list-disc pl-5 font-mono text-sm">
            {error.problems.map((p, i) => (
              <li key={i}>
                {t.error.problem(
                  p.recordId ? `${p.record}${t.punct.paren(p.recordId)}` : p.record,
                  p.field,
                  t.error.problems[p.code](p.detail),
                )}
              </li>
            ))}
          </ul>
        </>
      ) : error instanceof DataFileError ? (
        <p className="mt-2">
          {t.error.file[error.problem](error.file, error.detail)} <code>{error.detail}</code>
        </p>
      ) : (
        <p className="mt-2">
          {t.error.unexpected} <code>{error.message}</code>
        </p>
      )}
      <button type="button" className="btn mt-4" onClick={() => window.location.reload()}>
        {t.error.reload}
      </button>
    </section>
  );
}

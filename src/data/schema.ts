// zod/mini: the same validation as zod with a functional API a fraction of the size.
import * as z from 'zod/mini';
import { DatasetError, type DatasetProblem, type ProblemCode } from './dataset-error';
import { parsePeriod } from './period';
import { TOPICS, type RawDataset } from './types';
import { COLOUR_SLOTS, ENTITY_TYPES, KINDS, PEER_SETS, QUALIFIERS, UNITS } from './vocabulary';
import { PANELS } from './view-vocabulary';

/** A custom issue carries its problem code and detail, for the localised error screen. */
const problem = (code: ProblemCode, detail = '') => ({ params: { problem: code, detail } });

const text = z.string().check(z.minLength(1));
const bilingual = z.strictObject({ en: text, zh: text });
const id = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/));

const source = z.strictObject({
  id,
  title: bilingual,
  outlet: bilingual,
  date: z.string().check(z.regex(/^\d{4}-\d{2}(-\d{2})?$/)),
  dateNote: z.optional(bilingual),
  language: z.enum(['en', 'zh']),
  file: text,
});

const conflict = z.strictObject({ id, title: bilingual, note: bilingual });

/** Kebab-case: lower-case words joined by single hyphens ("aito-m9", "xi-an"). */
const entityId = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/));

const entity = z.strictObject({
  id: entityId,
  type: z.enum(ENTITY_TYPES),
  name: bilingual,
  short: z.optional(bilingual),
  parent: z.optional(entityId),
  colour: z.optional(z.int().check(z.minimum(0), z.maximum(COLOUR_SLOTS - 1))),
});

const metric = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9]+(_[a-z0-9]+)*$/)),
  unit: z.enum(UNITS),
  name: bilingual,
  description: z.optional(bilingual),
  derived: z.optional(z.literal(true)),
  panels: z.array(z.enum([...PANELS, 'headline'])),
});

const observation = z
  .strictObject({
    id,
    // Checked against the registry (entities.json, metrics.json) with the whole dataset below.
    entity: text,
    metric: text,
    period: z.string().check(z.refine((p) => parsePeriod(p) !== null, problem('period'))),
    value: z.number(),
    unit: z.enum(UNITS),
    kind: z.enum(KINDS),
    qualifier: z.optional(z.enum(QUALIFIERS)),
    peerSet: z.optional(z.enum(PEER_SETS)),
    source: id,
    excerpt: z.string().check(z.minLength(1), z.maxLength(300)),
    excerptZh: z.optional(z.string().check(z.minLength(1), z.maxLength(300))),
    figure: text,
    yoyPercent: z.optional(z.number()),
    basis: z.optional(z.literal('estimate')),
    note: z.optional(bilingual),
    issue: z.optional(z.literal(true)),
    conflict: z.optional(id),
  })
  .check(
    z.superRefine((o, ctx) => {
      if (!o.excerpt.includes(o.figure)) {
        ctx.addIssue({ code: 'custom', path: ['figure'], ...problem('figure', o.figure) });
      }
      if ((o.kind === 'rank') !== (o.unit === 'rank')) {
        ctx.addIssue({ code: 'custom', path: ['kind'], ...problem('rank-kind') });
      }
      if (o.kind === 'rank' && !o.peerSet) {
        ctx.addIssue({ code: 'custom', path: ['peerSet'], ...problem('rank-peers') });
      }
    }),
  );

const milestone = z.strictObject({
  id,
  date: z.string().check(z.regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/)),
  topic: z.enum(TOPICS),
  title: bilingual,
  description: bilingual,
  source: id,
  excerpt: z.string().check(z.minLength(1), z.maxLength(300)),
  excerptZh: z.optional(z.string().check(z.minLength(1), z.maxLength(300))),
  dateNote: z.optional(bilingual),
});

const dataset = z
  .strictObject({
    sources: z.array(source).check(z.minLength(1)),
    conflicts: z.array(conflict),
    observations: z.array(observation).check(z.minLength(1)),
    // Optional, so a dataset of figures alone (a test's, a future feed's) still loads.
    milestones: z._default(z.array(milestone), []),
    entities: z.array(entity).check(z.minLength(1)),
    metrics: z.array(metric).check(z.minLength(1)),
  })
  .check(
    z.superRefine((d, ctx) => {
      const entities = uniqueIds(d.entities, 'entities', ctx);
      const metrics = new Map(d.metrics.map((m) => [m.id, m]));
      uniqueIds(d.metrics, 'metrics', ctx);
      d.entities.forEach((e, i) => {
        if (e.parent !== undefined && (!entities.has(e.parent) || e.parent === e.id))
          ctx.addIssue({
            code: 'custom',
            path: ['entities', i, 'parent'],
            ...problem('unknown-entity', e.parent),
          });
      });
      d.observations.forEach((o, i) => {
        const at = (field: string) => ['observations', i, field];
        if (!entities.has(o.entity))
          ctx.addIssue({
            code: 'custom',
            path: at('entity'),
            ...problem('unknown-entity', o.entity),
          });
        const m = metrics.get(o.metric);
        if (!m)
          ctx.addIssue({
            code: 'custom',
            path: at('metric'),
            ...problem('unknown-metric', o.metric),
          });
        else if (m.derived)
          ctx.addIssue({
            code: 'custom',
            path: at('metric'),
            ...problem('derived-metric', o.metric),
          });
        else if (m.unit !== o.unit)
          ctx.addIssue({
            code: 'custom',
            path: at('unit'),
            ...problem('unit', `${o.metric} → ${m.unit}`),
          });
      });
      const sourceIds = new Set(d.sources.map((s) => s.id));
      const conflictIds = new Set(d.conflicts.map((c) => c.id));
      const seen = new Set<string>();
      const members = new Map<string, number>();
      d.observations.forEach((o, i) => {
        if (seen.has(o.id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['observations', i, 'id'],
            ...problem('duplicate', o.id),
          });
        }
        seen.add(o.id);
        if (!sourceIds.has(o.source)) {
          ctx.addIssue({
            code: 'custom',
            path: ['observations', i, 'source'],
            ...problem('unknown-source', o.source),
          });
        }
        if (o.conflict !== undefined) {
          if (!conflictIds.has(o.conflict)) {
            ctx.addIssue({
              code: 'custom',
              path: ['observations', i, 'conflict'],
              ...problem('unknown-conflict', o.conflict),
            });
          }
          members.set(o.conflict, (members.get(o.conflict) ?? 0) + 1);
        }
      });
      d.milestones.forEach((m, i) => {
        if (!sourceIds.has(m.source)) {
          ctx.addIssue({
            code: 'custom',
            path: ['milestones', i, 'source'],
            ...problem('unknown-source', m.source),
          });
        }
      });
      d.conflicts.forEach((c, i) => {
        if ((members.get(c.id) ?? 0) < 2) {
          ctx.addIssue({
            code: 'custom',
            path: ['conflicts', i, 'id'],
            ...problem('lonely-conflict', c.id),
          });
        }
      });
    }),
  );

/** The ids of a collection, reporting each one used twice. */
function uniqueIds(
  records: readonly { id: string }[],
  collection: string,
  ctx: z.core.$RefinementCtx,
): Set<string> {
  const seen = new Set<string>();
  records.forEach((r, i) => {
    if (seen.has(r.id))
      ctx.addIssue({ code: 'custom', path: [collection, i, 'id'], ...problem('duplicate', r.id) });
    seen.add(r.id);
  });
  return seen;
}

function recordIdAt(raw: unknown, path: readonly PropertyKey[]): string | null {
  let node: unknown = raw;
  for (const key of path.slice(0, 2)) {
    if (node === null || typeof node !== 'object') return null;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  if (node !== null && typeof node === 'object' && 'id' in node) {
    const value = node.id;
    return typeof value === 'string' ? value : null;
  }
  return null;
}

const shorten = (s: string) => (s.length > 80 ? `${s.slice(0, 80)}…` : s);

/** A zod issue as a problem code with a language-neutral detail. */
function codeOf(issue: z.core.$ZodIssue): { code: ProblemCode; detail: string } {
  switch (issue.code) {
    case 'custom': {
      const params = issue.params as { problem?: ProblemCode; detail?: string } | undefined;
      return { code: params?.problem ?? 'other', detail: params?.detail ?? '' };
    }
    case 'invalid_type':
      return { code: 'type', detail: issue.expected };
    case 'invalid_value':
      return { code: 'value', detail: shorten(issue.values.map(String).join(', ')) };
    case 'too_big':
      return { code: 'too-long', detail: String(issue.maximum) };
    case 'too_small':
      return { code: 'too-short', detail: String(issue.minimum) };
    case 'unrecognized_keys':
      return { code: 'unknown-field', detail: shorten(issue.keys.join(', ')) };
    case 'invalid_format':
      return { code: 'format', detail: issue.format };
    default:
      return { code: 'other', detail: shorten(issue.message) };
  }
}

/** Validates raw JSON; throws a DatasetError naming each bad record and field. */
export function parseDataset(raw: unknown): RawDataset {
  const result = dataset.safeParse(raw);
  if (result.success) return result.data;
  const problems = result.error.issues.slice(0, 20).map((issue): DatasetProblem => {
    const [collection, index, ...rest] = issue.path;
    const isRecord = typeof collection === 'string' && typeof index === 'number';
    return {
      record: isRecord ? `${collection}[${index}]` : String(collection ?? 'dataset'),
      recordId: isRecord ? recordIdAt(raw, issue.path) : null,
      field: (isRecord ? rest : issue.path.slice(1)).map(String).join('.') || '(record)',
      ...codeOf(issue),
    };
  });
  throw new DatasetError(problems);
}

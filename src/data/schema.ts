import { z } from 'zod';
import { parsePeriod } from './period';
import { DatasetError, type DatasetProblem } from './dataset-error';
import type { RawDataset } from './types';
import { ENTITIES, KINDS, METRICS, METRIC_UNITS, PEER_SETS, QUALIFIERS, UNITS } from './vocabulary';

const bilingual = z.strictObject({ en: z.string().min(1), zh: z.string().min(1) });
const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'use lower-case letters, digits and hyphens');

const source = z.strictObject({
  id,
  title: bilingual,
  outlet: z.string().min(1),
  date: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'expected a date like 2025-03 or 2025-03-05'),
  dateNote: bilingual.optional(),
  language: z.enum(['en', 'zh']),
  file: z.string().min(1),
});

const conflict = z.strictObject({ id, title: bilingual, note: bilingual });

const observation = z
  .strictObject({
    id,
    entity: z.enum(ENTITIES),
    metric: z.enum(METRICS),
    period: z
      .string()
      .refine(
        (p) => parsePeriod(p) !== null,
        'expected a period like 2025, 2024-H1, 2023-07 or 2015/2017',
      ),
    value: z.number(),
    unit: z.enum(UNITS),
    kind: z.enum(KINDS),
    qualifier: z.enum(QUALIFIERS).optional(),
    peerSet: z.enum(PEER_SETS).optional(),
    source: id,
    excerpt: z.string().min(1).max(300, 'an excerpt is at most ~240 characters'),
    figure: z.string().min(1),
    yoyPercent: z.number().optional(),
    basis: z.literal('estimate').optional(),
    note: bilingual.optional(),
    conflict: id.optional(),
  })
  .superRefine((o, ctx) => {
    if (METRIC_UNITS[o.metric] !== o.unit) {
      ctx.addIssue({
        code: 'custom',
        path: ['unit'],
        message: `metric ${o.metric} is stored in ${METRIC_UNITS[o.metric]}, not ${o.unit}`,
      });
    }
    if (!o.excerpt.includes(o.figure)) {
      ctx.addIssue({
        code: 'custom',
        path: ['figure'],
        message: 'the figure is not in the excerpt',
      });
    }
    if ((o.kind === 'rank') !== (o.unit === 'rank')) {
      ctx.addIssue({
        code: 'custom',
        path: ['kind'],
        message: 'ranks, and only ranks, have kind "rank"',
      });
    }
    if (o.kind === 'rank' && !o.peerSet) {
      ctx.addIssue({ code: 'custom', path: ['peerSet'], message: 'a rank needs its peer set' });
    }
  });

const dataset = z
  .strictObject({
    sources: z.array(source).min(1),
    conflicts: z.array(conflict),
    observations: z.array(observation).min(1),
  })
  .superRefine((d, ctx) => {
    const sourceIds = new Set(d.sources.map((s) => s.id));
    const conflictIds = new Set(d.conflicts.map((c) => c.id));
    const seen = new Set<string>();
    const members = new Map<string, number>();
    d.observations.forEach((o, i) => {
      if (seen.has(o.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['observations', i, 'id'],
          message: `duplicate id ${o.id}`,
        });
      }
      seen.add(o.id);
      if (!sourceIds.has(o.source)) {
        ctx.addIssue({
          code: 'custom',
          path: ['observations', i, 'source'],
          message: `unknown source ${o.source}`,
        });
      }
      if (o.conflict !== undefined) {
        if (!conflictIds.has(o.conflict)) {
          ctx.addIssue({
            code: 'custom',
            path: ['observations', i, 'conflict'],
            message: `unknown conflict ${o.conflict}`,
          });
        }
        members.set(o.conflict, (members.get(o.conflict) ?? 0) + 1);
      }
    });
    d.conflicts.forEach((c, i) => {
      if ((members.get(c.id) ?? 0) < 2) {
        ctx.addIssue({
          code: 'custom',
          path: ['conflicts', i, 'id'],
          message: `conflict ${c.id} links fewer than two records`,
        });
      }
    });
  });

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
      message: issue.message,
    };
  });
  throw new DatasetError(problems);
}

import { describe, expect, it } from 'vitest';
import { newestMonth } from '../../../src/lib/data-stamp';

describe('newestMonth', () => {
  it.each([
    { dates: ['2025-03', '2025-03-05', '2026-01', '2024-01'], month: '2026-01' },
    { dates: ['2024-07-31', '2024-07'], month: '2024-07' },
    { dates: ['2024-12-31', '2025-01'], month: '2025-01' },
    { dates: ['2025-02-01', '2025-11-30'], month: '2025-11' },
    { dates: ['n.d.', '2023-05'], month: '2023-05' },
    { dates: [], month: null },
  ])('$dates → $month', ({ dates, month }) => {
    expect(newestMonth(dates)).toBe(month);
  });
});

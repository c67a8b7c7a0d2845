// The numbers side of the benchmark: summaries, budgets, the table. Pure, unit-tested.

export interface Figure {
  median: number;
  min: number;
  max: number;
  unit: 'ms' | 'bytes' | 'entries' | 'ratio';
  /** The limit from the issue that set it; `higher` when more is better (capacity). */
  budget?: number;
  better?: 'lower' | 'higher';
  runs?: number;
  /** The 95th percentile (nearest rank); kept for every figure, judged only where `budgetOn` says. */
  p95?: number;
  /** Which number the budget holds: the median (default), or the p95 where the issue asks for a tail. */
  budgetOn?: 'median' | 'p95';
  note?: string;
}

export function summarise(samples: readonly number[], unit: Figure['unit'], budget?: number, better: Figure['better'] = 'lower', budgetOn: Figure['budgetOn'] = 'median'): Figure {
  if (samples.length === 0) throw new Error('no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  const round = (n: number) => (unit === 'ms' || unit === 'ratio' ? Math.round(n * 100) / 100 : Math.round(n));
  const p95 = sorted[Math.max(0, Math.ceil(sorted.length * 0.95) - 1)]!;
  return {
    median: round(median), min: round(sorted[0]!), max: round(sorted.at(-1)!), p95: round(p95), unit,
    ...(budget !== undefined && { budget }), better, runs: samples.length, ...(budgetOn === 'p95' && { budgetOn }),
  };
}

/** The number a figure's budget is judged on. */
export function judged(figure: Figure): number {
  return figure.budgetOn === 'p95' ? (figure.p95 ?? figure.max) : figure.median;
}

export function holds(figure: Figure): boolean | undefined {
  if (figure.budget === undefined) return undefined;
  return figure.better === 'higher' ? judged(figure) >= figure.budget : judged(figure) <= figure.budget;
}

export function table(figures: Record<string, Figure>): string {
  const rows = Object.entries(figures).map(([name, f]) => {
    const verdict = holds(f);
    return [
      name,
      `${f.median} ${f.unit}${f.budgetOn === 'p95' ? ` (p95 ${f.p95})` : ''}`,
      f.runs && f.runs > 1 ? `${f.min}–${f.max}` : '',
      f.budget === undefined ? '' : `${f.budgetOn === 'p95' ? 'p95 ' : ''}${f.better === 'higher' ? '>=' : '<='} ${f.budget}`,
      verdict === undefined ? '' : verdict ? 'ok' : 'OVER BUDGET',
    ];
  });
  const header = ['figure', 'median', 'min–max', 'budget', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

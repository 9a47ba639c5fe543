export type Distribution = { count: number; p50: number; p95: number; p99: number; max: number };

/** Nearest-rank percentiles (the value below which p % of the samples fall), in the samples' unit. */
export function distribution(samples: readonly number[]): Distribution {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => (sorted.length ? sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] : Number.NaN);
  return { count: sorted.length, p50: at(50), p95: at(95), p99: at(99), max: sorted.length ? sorted[sorted.length - 1] : Number.NaN };
}

// The metrics in words: "42 min", "83 %", and what a figure was taken over. Null where there is
// nothing to measure, so each screen says why beside a "—".
import { formatCount, formatMinutes, formatPercent } from "@/lib/format";
import type { Mean, Rate } from "@/lib/metrics/types";

/** Whole minutes, in the plan's units: "42 min", "2 h 30 min". */
export function meanText(mean: Mean): string | null {
  return mean.minutes === null ? null : formatMinutes(Math.round(mean.minutes));
}

export function rateText(rate: Rate): string | null {
  return rate.rate === null ? null : formatPercent(rate.rate);
}

/** An objective's rate in colour: green when every service measured met it, red once one missed. */
export function rateTone(rate: Rate): "neutral" | "ok" | "critical" {
  if (rate.measured === 0) return "neutral";
  return rate.met === rate.measured ? "ok" : "critical";
}

export const RATE_TONE_TEXT = { neutral: "text-ink", ok: "text-ok", critical: "text-critical" } as const;

/** "mean of 3 incidents". */
export function meanBasis(mean: Mean): string {
  return `mean of ${formatCount(mean.count, "incident")}`;
}

/** "5 of 6 services". */
export function rateBasis(rate: Rate): string {
  return `${rate.met} of ${formatCount(rate.measured, "service")}`;
}

/** Whole minutes for a chart, or null for no bar. */
export function chartMinutes(mean: Mean): number | null {
  return mean.minutes === null ? null : Math.round(mean.minutes);
}

/** A whole percentage for a chart, or null for no bar. */
export function chartPercent(rate: Rate): number | null {
  return rate.rate === null ? null : Math.round(rate.rate * 100);
}

// One look for every metrics chart, drawn with the theme's colours (app/globals.css) so a chart
// follows light and dark like the rest of the page. Plain constants, so server components (the
// legend) and the client charts share them.
import type { CSSProperties } from "react";

export type Series = { key: string; label: string; colour: string };

export const TIME_SERIES: readonly Series[] = [
  { key: "mttd", label: "Time to detect", colour: "var(--color-chart-1)" },
  { key: "response", label: "Response time", colour: "var(--color-chart-2)" },
  { key: "mttr", label: "Time to recover", colour: "var(--color-chart-3)" },
];

export const OBJECTIVE_SERIES: readonly Series[] = [
  { key: "rto", label: "RTO achieved", colour: "var(--color-chart-1)" },
  { key: "rpo", label: "RPO achieved", colour: "var(--color-chart-2)" },
];

export const AXIS_TICK = { fill: "var(--color-ink-muted)", fontSize: 12 };
export const AXIS_LINE = { stroke: "var(--color-line-strong)" };
export const GRID_STROKE = "var(--color-line)";

export const TOOLTIP_CONTENT_STYLE: CSSProperties = {
  background: "var(--color-surface)",
  border: "1px solid var(--color-line-strong)",
  borderRadius: 8,
  color: "var(--color-ink)",
  fontSize: 13,
};

export const TOOLTIP_CURSOR = { fill: "var(--color-surface-muted)" };

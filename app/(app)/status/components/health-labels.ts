import type { Health } from "@/lib/services/health";

export const HEALTH_LABELS: Record<Health, string> = {
  operational: "Operational",
  at_risk: "At risk",
  degraded: "Degraded",
  down: "Down",
};

/**
 * Down is red and degraded amber, filled; at risk is an amber outline: it still works. The word
 * is always shown beside the colour.
 */
export const HEALTH_TILES: Record<Health, string> = {
  operational: "border-line bg-surface",
  at_risk: "border-major-line border-dashed bg-surface",
  degraded: "border-major-line bg-major-soft",
  down: "border-critical-line bg-critical-soft",
};

export const HEALTH_TEXT: Record<Health, string> = {
  operational: "text-ok",
  at_risk: "text-major",
  degraded: "text-major",
  down: "text-critical",
};

export const HEALTH_DOTS: Record<Health, string> = {
  operational: "bg-ok",
  at_risk: "border-2 border-major bg-transparent",
  degraded: "bg-major",
  down: "bg-critical",
};

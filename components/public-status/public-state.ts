import type { PublicServiceState } from "@/lib/public-status/types";

export const SERVICE_STATE_LABELS: Record<PublicServiceState, string> = {
  operational: "Operational",
  degraded: "Degraded performance",
  outage: "Outage",
};

export const OVERALL_LABELS: Record<PublicServiceState, string> = {
  operational: "All systems operational",
  degraded: "Some services are degraded",
  outage: "Some services are down",
};

/** Text and background tones per state: colour is never the only signal, the words say it too. */
export const STATE_TONES: Record<PublicServiceState, { text: string; panel: string; dot: string }> = {
  operational: { text: "text-ok", panel: "border-ok-line bg-ok-soft text-ok", dot: "bg-ok" },
  degraded: { text: "text-major", panel: "border-major-line bg-major-soft text-major", dot: "bg-major" },
  outage: { text: "text-critical", panel: "border-critical-line bg-critical-soft text-critical", dot: "bg-critical" },
};

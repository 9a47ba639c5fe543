import type { BadgeTone } from "@/components/ui/badge";
import type { CheckState, DataClassState } from "@/lib/backups/grading";

/** Each band in words, with its colour; the word is always shown beside the colour. */
export const DATA_CLASS_STATES: Record<DataClassState, { label: string; tone: BadgeTone }> = {
  within: { label: "Within RPO", tone: "ok" },
  "up-to-2x": { label: "Up to 2× RPO", tone: "minor" },
  "up-to-4x": { label: "Up to 4× RPO", tone: "major" },
  beyond: { label: "Beyond 4× RPO", tone: "critical" },
  unverified: { label: "Not verified yet", tone: "neutral" },
};

export const CHECK_STATES: Record<CheckState, { label: string; tone: BadgeTone }> = {
  "on-time": { label: "On time", tone: "ok" },
  overdue: { label: "Overdue", tone: "critical" },
};

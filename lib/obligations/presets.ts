// Reporting obligations an admin can add in one step, as the regulation words them.
import type { ObligationClockStart } from "@/lib/generated/prisma/enums";
import type { DeadlineRule } from "@/lib/obligations/types";

export type ObligationPreset = { key: string; name: string; clockStart: ObligationClockStart; deadlines: DeadlineRule[] };

/**
 * DORA (Regulation (EU) 2022/2554, Art. 19) with its reporting standard (Delegated Regulation (EU)
 * 2025/301, Art. 5): the initial notification within 4 hours of classifying a major ICT-related
 * incident and at most 24 hours after detecting it; the intermediate report within 72 hours of the
 * initial notification; the final report within one month of the latest intermediate report.
 */
export const DORA_PRESET: ObligationPreset = {
  key: "dora-major-ict-incident",
  name: "DORA major ICT incident reporting",
  clockStart: "classification",
  deadlines: [
    { key: "initial-notification", name: "Initial notification", within: "4h", from: "clock_start", atMostAfterDetection: "24h" },
    { key: "intermediate-report", name: "Intermediate report", within: "72h", from: "previous_report", atMostAfterDetection: null },
    { key: "final-report", name: "Final report", within: "1mo", from: "previous_report", atMostAfterDetection: null },
  ],
};

export const OBLIGATION_PRESETS = { dora: DORA_PRESET } as const;
export type ObligationPresetName = keyof typeof OBLIGATION_PRESETS;

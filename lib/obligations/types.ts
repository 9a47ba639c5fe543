// Reporting obligations as the plan keeps them and the screens read them.
import type { Jsonify } from "@/lib/json";
import type { IncidentObligationAnswer, ReportingObligationAnswer } from "@/lib/obligations/present";

/** What a deadline is counted from: the obligation's clock start, the incident's detection, or the report before it. */
export const DEADLINE_BASES = ["clock_start", "detection", "previous_report"] as const;
export type DeadlineBase = (typeof DEADLINE_BASES)[number];

export type DeadlineRule = {
  key: string;
  name: string;
  /** How long: "4h", "72h", "1mo" (calendar months). */
  within: string;
  from: DeadlineBase;
  /** The latest it may fall, counted from detection ("24h"); null for none. */
  atMostAfterDetection: string | null;
};

export type ReportingObligationView = Jsonify<ReportingObligationAnswer>;
export type IncidentObligationView = Jsonify<IncidentObligationAnswer>;
export type IncidentDeadlineView = IncidentObligationView["deadlines"][number];

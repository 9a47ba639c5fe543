// Each affected service's recovery against its objectives (the plan's Service Priority Matrix);
// lib/reviews/suggestions.ts reads the success criteria's suggestions from them.
import { minutesBetween } from "@/lib/format";

export type Verdict = "met" | "missed" | "not_recorded";

export type AffectedServiceRecord = {
  key: string;
  name: string;
  rtoDeadline: Date;
  rpoTargetMinutes: number;
  restoredAt: Date | null;
  breachedAt: Date | null;
  recoveryMinutes: number | null;
  dataLossMinutes: number | null;
};

export type ServiceOutcome = {
  key: string;
  name: string;
  rtoTargetMinutes: number;
  /** From detection to restoration; null while it was never marked restored. */
  recoveryMinutes: number | null;
  rto: Verdict;
  rpoTargetMinutes: number;
  dataLossMinutes: number | null;
  rpo: Verdict;
};

function rtoVerdict(service: AffectedServiceRecord): Verdict {
  if (service.restoredAt) return service.restoredAt <= service.rtoDeadline ? "met" : "missed";
  // Never marked restored: a recorded breach still says the target was missed.
  return service.breachedAt ? "missed" : "not_recorded";
}

export function serviceOutcome(service: AffectedServiceRecord, detectedAt: Date): ServiceOutcome {
  return {
    key: service.key,
    name: service.name,
    rtoTargetMinutes: minutesBetween(detectedAt, service.rtoDeadline),
    recoveryMinutes: service.recoveryMinutes,
    rto: rtoVerdict(service),
    rpoTargetMinutes: service.rpoTargetMinutes,
    dataLossMinutes: service.dataLossMinutes,
    rpo: service.dataLossMinutes === null ? "not_recorded" : service.dataLossMinutes <= service.rpoTargetMinutes ? "met" : "missed",
  };
}

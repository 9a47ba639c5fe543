// How far each class of data could be set back today, and whether each backup check is on time.
// Pure: the newest verified restore point and the last success come in, the grade goes out, at a
// `now` the caller chooses.
import { DAY_MS, MINUTE_MS } from "@/lib/format";

/**
 * The bands a restore point's age falls in, as DR tools grade it against the RPO: within it, up
 * to twice it, up to four times it, beyond that. A class with no verified restore point yet has a
 * state of its own, "unverified".
 */
export const WITHIN_RPO_FACTOR = 1;
export const DOUBLE_RPO_FACTOR = 2;
export const QUADRUPLE_RPO_FACTOR = 4;

export const RPO_BANDS = ["within", "up-to-2x", "up-to-4x", "beyond"] as const;
export type RpoBand = (typeof RPO_BANDS)[number];
export type DataClassState = RpoBand | "unverified";

export type DataClassGrade = {
  state: DataClassState;
  /** Minutes since the newest verified restore point; null when there is none. */
  ageMinutes: number | null;
  /** When the newest restore point ages past four times the RPO (a breach); null when unverified. */
  breachesAt: Date | null;
  /**
   * Whether it pages: only "beyond". A class never verified does not: a fresh Muster has none,
   * and the verification checks, which count from the plan's adoption, fall overdue and page instead.
   */
  alerting: boolean;
};

/** The band of a restore point `newestRestorePointAt` old against an RPO of `rpoMinutes`, at `now`. */
export function gradeDataClass(rpoMinutes: number, newestRestorePointAt: Date | null, now: Date): DataClassGrade {
  if (!newestRestorePointAt) return { state: "unverified", ageMinutes: null, breachesAt: null, alerting: false };
  const ageMs = Math.max(0, now.getTime() - newestRestorePointAt.getTime());
  const rpoMs = rpoMinutes * MINUTE_MS;
  const state: RpoBand =
    ageMs <= WITHIN_RPO_FACTOR * rpoMs ? "within" : ageMs <= DOUBLE_RPO_FACTOR * rpoMs ? "up-to-2x" : ageMs <= QUADRUPLE_RPO_FACTOR * rpoMs ? "up-to-4x" : "beyond";
  return {
    state,
    ageMinutes: Math.floor(ageMs / MINUTE_MS),
    breachesAt: new Date(newestRestorePointAt.getTime() + QUADRUPLE_RPO_FACTOR * rpoMs),
    alerting: state === "beyond",
  };
}

export type CheckState = "on-time" | "overdue";

export type CheckGrade = {
  state: CheckState;
  /** One interval after the last success, or after the plan's adoption when it never succeeded. */
  dueAt: Date;
  alerting: boolean;
};

/** Whether a check last passed at `lastSuccessAt` is within its interval at `now`; it is due at the end of it. */
export function gradeCheck(intervalDays: number, lastSuccessAt: Date | null, planAdoptedAt: Date, now: Date): CheckGrade {
  const dueAt = new Date((lastSuccessAt ?? planAdoptedAt).getTime() + intervalDays * DAY_MS);
  const overdue = now.getTime() > dueAt.getTime();
  return { state: overdue ? "overdue" : "on-time", dueAt, alerting: overdue };
}

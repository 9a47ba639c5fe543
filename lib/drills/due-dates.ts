// When each recovery test of the schedule is next due, and whether it is done, due or overdue.
// Pure: the clock is passed in, so the dates can be checked at any moment.
import { DAY_MS } from "@/lib/format";
import { addMonths } from "@/lib/plan/calendar";

/**
 * A test falls due this many days before its date: a week to book the people and the test
 * environment a drill needs.
 */
export const DRILL_DUE_WINDOW_DAYS = 7;

export const DRILL_STATES = ["done", "due", "overdue"] as const;
export type DrillState = (typeof DRILL_STATES)[number];

export type DrillDue = { nextDueAt: Date; state: DrillState };

type DrillRuns = {
  intervalMonths: number;
  /** When the test was last run as a drill; null when never. */
  lastRunAt: Date | null;
  /** When Muster began to hold the plan: a test never run is due one interval after it. */
  adoptedAt: Date;
};

/**
 * The next due date is the day one interval (calendar months) after the last run, or after the
 * plan's adoption for a test never run; it is overdue once that day has passed (UTC). A test never
 * run is never "done": nothing shows it was.
 */
export function drillDue({ intervalMonths, lastRunAt, adoptedAt }: DrillRuns, now: Date): DrillDue {
  const nextDueAt = addMonths(lastRunAt ?? adoptedAt, intervalMonths);
  if (now.getTime() >= nextDueAt.getTime() + DAY_MS) return { nextDueAt, state: "overdue" };
  const windowOpens = nextDueAt.getTime() - DRILL_DUE_WINDOW_DAYS * DAY_MS;
  return { nextDueAt, state: !lastRunAt || now.getTime() >= windowOpens ? "due" : "done" };
}

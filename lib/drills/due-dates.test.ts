import { describe, expect, it } from "vitest";
import { DRILL_DUE_WINDOW_DAYS, drillDue } from "@/lib/drills/due-dates";
import { DAY_MS } from "@/lib/format";

const at = (iso: string) => new Date(iso);
const ADOPTED = at("2026-01-10T09:00:00Z");

describe("drillDue", () => {
  it.each([
    ["monthly", 1, "2026-03-14T10:00:00Z", "2026-04-14T00:00:00Z"],
    ["quarterly", 3, "2026-03-14T10:00:00Z", "2026-06-14T00:00:00Z"],
    ["semi-annually", 6, "2026-03-14T10:00:00Z", "2026-09-14T00:00:00Z"],
    ["annually", 12, "2026-03-14T10:00:00Z", "2027-03-14T00:00:00Z"],
  ])("puts a %s test one interval after its last run", (_name, intervalMonths, lastRun, nextDue) => {
    expect(drillDue({ intervalMonths, lastRunAt: at(lastRun), adoptedAt: ADOPTED }, at(lastRun)).nextDueAt).toEqual(at(nextDue));
  });

  it.each([
    ["the 31st into a 30-day month", 1, "2026-03-31T08:00:00Z", "2026-04-30T00:00:00Z"],
    ["the 31st of January into February", 1, "2026-01-31T08:00:00Z", "2026-02-28T00:00:00Z"],
    ["the 31st of January into a leap February", 1, "2028-01-31T08:00:00Z", "2028-02-29T00:00:00Z"],
    ["a leap day a year on", 12, "2028-02-29T08:00:00Z", "2029-02-28T00:00:00Z"],
    ["a leap day four years on", 48, "2028-02-29T08:00:00Z", "2032-02-29T00:00:00Z"],
    ["December into the next year", 1, "2026-12-15T23:30:00Z", "2027-01-15T00:00:00Z"],
    ["the 30th of August half a year on", 6, "2026-08-30T12:00:00Z", "2027-02-28T00:00:00Z"],
  ])("keeps calendar months: %s", (_name, intervalMonths, lastRun, nextDue) => {
    expect(drillDue({ intervalMonths, lastRunAt: at(lastRun), adoptedAt: ADOPTED }, at(lastRun)).nextDueAt).toEqual(at(nextDue));
  });

  it("is done until the window before its day, due inside it and all of that day, overdue from the day after", () => {
    const runs = { intervalMonths: 1, lastRunAt: at("2026-03-14T10:00:00Z"), adoptedAt: ADOPTED };
    const dueDay = at("2026-04-14T00:00:00Z").getTime();
    const windowOpens = dueDay - DRILL_DUE_WINDOW_DAYS * DAY_MS;
    expect(drillDue(runs, new Date(windowOpens - 1)).state).toBe("done");
    expect(drillDue(runs, new Date(windowOpens)).state).toBe("due");
    expect(drillDue(runs, at("2026-04-14T23:59:59Z")).state).toBe("due");
    expect(drillDue(runs, at("2026-04-15T00:00:00Z")).state).toBe("overdue");
  });

  it("counts a test never run from the plan's adoption, due from the start and overdue after one interval", () => {
    const runs = { intervalMonths: 3, lastRunAt: null, adoptedAt: ADOPTED };
    expect(drillDue(runs, ADOPTED)).toEqual({ nextDueAt: at("2026-04-10T00:00:00Z"), state: "due" });
    expect(drillDue(runs, at("2026-04-10T23:00:00Z")).state).toBe("due");
    expect(drillDue(runs, at("2026-04-11T00:00:00Z")).state).toBe("overdue");
  });
});

import { describe, expect, it } from "vitest";
import { addPeriod, deadlineState, parsePeriod, scheduleDeadlines, type RecordedReport } from "@/lib/obligations/deadlines";
import { DORA_PRESET } from "@/lib/obligations/presets";
import { describeDeadline, describeDeadlineRule } from "@/lib/obligations/words";

const at = (iso: string) => new Date(iso);
const HOUR_MS = 3_600_000;
const report = (deadlineKey: string, reportedAt: string): RecordedReport => ({ deadlineKey, reportedAt: at(reportedAt), reference: null });
const dueTimes = (clock: { detectedAt: Date; clockStartedAt: Date }, reports: RecordedReport[] = []) =>
  scheduleDeadlines(clock, DORA_PRESET.deadlines, reports).map((deadline) => deadline.dueAt?.toISOString() ?? null);

describe("parsePeriod", () => {
  it("reads hours, days and calendar months, and nothing else", () => {
    expect(parsePeriod("4h")).toEqual({ minutes: 240 });
    expect(parsePeriod("3d")).toEqual({ minutes: 4320 });
    expect(parsePeriod("1mo")).toEqual({ months: 1 });
    for (const wrong of ["", "0m", "0mo", "4", "1 month", "h", "-1h"]) expect(parsePeriod(wrong)).toBeNull();
  });
});

describe("addPeriod", () => {
  it("counts a month on the calendar, at the same time of day", () => {
    expect(addPeriod(at("2026-01-15T09:30:00Z"), { months: 1 }).toISOString()).toBe("2026-02-15T09:30:00.000Z");
    expect(addPeriod(at("2026-01-31T09:30:00Z"), { months: 1 }).toISOString()).toBe("2026-02-28T09:30:00.000Z");
    expect(addPeriod(at("2028-01-31T23:59:00Z"), { months: 1 }).toISOString()).toBe("2028-02-29T23:59:00.000Z");
    expect(addPeriod(at("2026-12-10T00:00:00Z"), { months: 1 }).toISOString()).toBe("2027-01-10T00:00:00.000Z");
    expect(addPeriod(at("2026-03-01T10:00:00Z"), { minutes: 72 * 60 }).toISOString()).toBe("2026-03-04T10:00:00.000Z");
  });
});

describe("scheduleDeadlines under DORA", () => {
  it("gives the initial notification 4 hours from classification when classified soon after detection", () => {
    const clock = { detectedAt: at("2026-12-01T08:00:00Z"), clockStartedAt: at("2026-12-01T09:00:00Z") };
    expect(dueTimes(clock)).toEqual(["2026-12-01T13:00:00.000Z", null, null]);
    expect(scheduleDeadlines(clock, DORA_PRESET.deadlines, [])[0].cappedByDetection).toBe(false);
  });

  it("holds the initial notification to 24 hours after detection when classification comes late", () => {
    const clock = { detectedAt: at("2026-12-01T08:00:00Z"), clockStartedAt: at("2026-12-02T06:00:00Z") };
    const [initial] = scheduleDeadlines(clock, DORA_PRESET.deadlines, []);
    expect(initial.dueAt?.toISOString()).toBe("2026-12-02T08:00:00.000Z");
    expect(initial.cappedByDetection).toBe(true);
  });

  it("starts the intermediate report when the initial notification is made, and the final report a calendar month after the intermediate", () => {
    const clock = { detectedAt: at("2027-01-30T08:00:00Z"), clockStartedAt: at("2027-01-30T09:00:00Z") };
    const waiting = scheduleDeadlines(clock, DORA_PRESET.deadlines, []);
    expect(waiting[1].waitingFor).toEqual({ key: "initial-notification", name: "Initial notification" });

    const afterInitial = [report("initial-notification", "2027-01-30T11:15:00Z")];
    expect(dueTimes(clock, afterInitial)).toEqual(["2027-01-30T13:00:00.000Z", "2027-02-02T11:15:00.000Z", null]);

    // Made on 31 January: one month on is the last day of February.
    const afterIntermediate = [...afterInitial, report("intermediate-report", "2027-01-31T16:00:00Z")];
    expect(dueTimes(clock, afterIntermediate)).toEqual(["2027-01-30T13:00:00.000Z", "2027-02-02T11:15:00.000Z", "2027-02-28T16:00:00.000Z"]);
  });

  it("counts from detection when the obligation's clock starts at detection", () => {
    const detectedAt = at("2026-12-01T08:00:00Z");
    const rules = [{ key: "notice", name: "Notice", within: "2h", from: "detection" as const, atMostAfterDetection: null }];
    expect(scheduleDeadlines({ detectedAt, clockStartedAt: detectedAt }, rules, [])[0].dueAt?.toISOString()).toBe("2026-12-01T10:00:00.000Z");
  });
});

describe("deadlineState", () => {
  const due = Date.parse("2026-12-01T13:00:00Z");
  it("is due before the deadline, overdue after, waiting without one, and done or late once reported", () => {
    expect(deadlineState({ dueAt: due, reportedAt: null }, due - HOUR_MS)).toBe("due");
    expect(deadlineState({ dueAt: due, reportedAt: null }, due)).toBe("overdue");
    expect(deadlineState({ dueAt: null, reportedAt: null }, due)).toBe("waiting");
    expect(deadlineState({ dueAt: due, reportedAt: due - 1 }, due + HOUR_MS)).toBe("done");
    expect(deadlineState({ dueAt: due, reportedAt: due + 1 }, due + HOUR_MS)).toBe("late");
  });
});

describe("describeDeadline", () => {
  const dueAt = "2026-12-01T13:00:00.000Z";
  const due = Date.parse(dueAt);
  const open = { dueAt, waitingFor: null, report: null };
  it("counts down calmly, says how overdue in words, and names what a waiting deadline starts from", () => {
    expect(describeDeadline(open, due - (3 * 60 + 12) * 60_000 - 30_000)).toEqual({ state: "due", text: "Due in 3 h 12 min" });
    expect(describeDeadline(open, due + (2 * 60 + 5) * 60_000)).toEqual({ state: "overdue", text: "Overdue by 2 h 5 min" });
    expect(describeDeadline(open, due - 27 * 24 * HOUR_MS - 4 * HOUR_MS)).toEqual({ state: "due", text: "Due in 27 days 4 h" });
    expect(describeDeadline({ dueAt: null, waitingFor: { name: "Initial notification" }, report: null }, due).text).toBe("Starts when the initial notification is recorded");
    expect(describeDeadline({ ...open, report: { reportedAt: "2026-12-01T14:30:00.000Z" } }, due).text).toBe("Done, 1 h 30 min late");
  });

  it("words a rule as the regulation does", () => {
    expect(describeDeadlineRule(DORA_PRESET.deadlines[0])).toBe("Within 4 h of the clock start, at most 24 h after detection");
    expect(describeDeadlineRule(DORA_PRESET.deadlines[2])).toBe("Within 1 month of the previous report");
  });
});

import { describe, expect, it } from "vitest";
import { gradeCheck, gradeDataClass } from "@/lib/backups/grading";
import { DAY_MS, MINUTE_MS } from "@/lib/format";

const NOW = new Date("2026-12-03T12:00:00.000Z");
const minutesAgo = (minutes: number) => new Date(NOW.getTime() - minutes * MINUTE_MS);

describe("gradeDataClass", () => {
  it.each([
    [0, "within"],
    [15, "within"],
    [16, "up-to-2x"],
    [30, "up-to-2x"],
    [31, "up-to-4x"],
    [60, "up-to-4x"],
    [61, "beyond"],
    [60 * 24 * 400, "beyond"],
  ])("grades a restore point %i minutes old against a 15-minute RPO as %s", (age, state) => {
    const grade = gradeDataClass(15, minutesAgo(age), NOW);
    expect(grade).toMatchObject({ state, ageMinutes: age, alerting: state === "beyond" });
  });

  it("puts the band's edges at exactly 1×, 2× and 4× the RPO, to the millisecond", () => {
    const rpoMs = 60 * MINUTE_MS;
    const at = (ms: number) => new Date(NOW.getTime() - ms);
    expect(gradeDataClass(60, at(rpoMs + 1), NOW).state).toBe("up-to-2x");
    expect(gradeDataClass(60, at(2 * rpoMs + 1), NOW).state).toBe("up-to-4x");
    expect(gradeDataClass(60, at(4 * rpoMs), NOW).state).toBe("up-to-4x");
    expect(gradeDataClass(60, at(4 * rpoMs + 1), NOW).state).toBe("beyond");
  });

  it("says when the newest point will breach: four RPOs after it", () => {
    expect(gradeDataClass(240, minutesAgo(10), NOW).breachesAt).toEqual(new Date(minutesAgo(10).getTime() + 4 * 240 * MINUTE_MS));
  });

  it("gives a class with no verified restore point its own state, which does not page", () => {
    expect(gradeDataClass(15, null, NOW)).toEqual({ state: "unverified", ageMinutes: null, breachesAt: null, alerting: false });
  });

  it("grades a restore point stamped a little after the clock as new, never as negative age", () => {
    expect(gradeDataClass(15, new Date(NOW.getTime() + 5_000), NOW)).toMatchObject({ state: "within", ageMinutes: 0 });
  });
});

describe("gradeCheck", () => {
  const adopted = new Date("2026-11-01T00:00:00.000Z");

  it("is on time until one interval after the last success, then overdue", () => {
    const lastSuccess = new Date(NOW.getTime() - 7 * DAY_MS);
    expect(gradeCheck(7, lastSuccess, adopted, NOW)).toEqual({ state: "on-time", dueAt: NOW, alerting: false });
    expect(gradeCheck(7, lastSuccess, adopted, new Date(NOW.getTime() + 1))).toEqual({ state: "overdue", dueAt: NOW, alerting: true });
  });

  it("counts a check that never passed from the plan's adoption", () => {
    expect(gradeCheck(30, null, adopted, new Date("2026-11-30T23:59:59.000Z"))).toMatchObject({ state: "on-time", dueAt: new Date("2026-12-01T00:00:00.000Z") });
    expect(gradeCheck(30, null, adopted, new Date("2026-12-01T00:00:01.000Z"))).toMatchObject({ state: "overdue", alerting: true });
  });
});

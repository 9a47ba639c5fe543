import { describe, expect, it } from "vitest";
import { MINUTE_MS } from "@/lib/format";
import { assessReadiness, DEFAULT_TEST_INTERVAL_MONTHS, type PlanChangeInput, type ReadinessInput, type RestoreInput } from "@/lib/readiness/assess";

const at = (iso: string) => new Date(iso);
const DATABASE_RUNBOOK = { key: "database-failure", title: "Database failure" };
const MONTHLY_PROCEDURE = { key: "monthly-database-test", title: "Monthly database recovery test" };

/** A service restored `recoveryMinutes` after detection, against an RTO of `rtoMinutes`. */
function restore(serviceKey: string, detectedAt: string, recoveryMinutes: number, rtoMinutes: number, isDrill = true): RestoreInput {
  const detected = at(detectedAt);
  return {
    serviceKey,
    restoredAt: new Date(detected.getTime() + recoveryMinutes * MINUTE_MS),
    recoveryMinutes,
    rtoDeadline: new Date(detected.getTime() + rtoMinutes * MINUTE_MS),
    incident: { id: `incident-${detectedAt}`, number: 7, title: "Database drill", isDrill, detectedAt: detected },
  };
}

function change(kind: string, itemKey: string, changedAt: string, after: Record<string, unknown>, before: Record<string, unknown> = {}): PlanChangeInput {
  return { kind, itemKey, before, after, changedAt: at(changedAt), changedByName: "Alex Admin" };
}

function plan(overrides: Partial<ReadinessInput> = {}): ReadinessInput {
  return {
    services: [
      { key: "database", name: "Database", priority: 1, rtoMinutes: 60 },
      { key: "cdn", name: "CDN", priority: null, rtoMinutes: null },
    ],
    restores: [restore("database", "2026-12-01T09:00:00Z", 40, 60)],
    tests: [
      { key: "database-recovery", testType: "Database recovery", intervalMonths: 1, runbook: MONTHLY_PROCEDURE, serviceKeys: ["database"] },
      { key: "cross-region-failover", testType: "Cross-region failover", intervalMonths: 6, runbook: null, serviceKeys: ["database"] },
    ],
    steps: [{ serviceKey: "database", runbook: DATABASE_RUNBOOK }],
    changes: [],
    ...overrides,
  };
}

const databaseAt = (input: ReadinessInput, now: string) => assessReadiness(input, at(now)).services.find((entry) => entry.service.key === "database")!;

describe("assessReadiness", () => {
  it("proves a service restored within its RTO, under the shortest interval of the tests that cover it", () => {
    const database = databaseAt(plan(), "2026-12-10T00:00:00Z");
    expect(database).toMatchObject({
      state: "proven",
      proof: { at: at("2026-12-01T09:40:00Z"), recoveryMinutes: 40, rtoMinutes: 60, withinRto: true, incident: { number: 7, isDrill: true } },
      test: { key: "database-recovery" },
      intervalMonths: 1,
      lapses: [],
      nextTestDueAt: at("2027-01-01T09:40:00Z"),
    });
    expect(database.runbooks.map((runbook) => runbook.key)).toEqual(["database-failure", "monthly-database-test"]);
  });

  it("lapses the proof once the interval has passed, saying when", () => {
    const input = plan();
    expect(databaseAt(input, "2027-01-01T09:39:59Z").state).toBe("proven");
    const lapsed = databaseAt(input, "2027-01-01T09:40:00Z");
    expect(lapsed).toMatchObject({ state: "lapsed", nextTestDueAt: at("2027-01-01T09:40:00Z") });
    expect(lapsed.lapses).toEqual([{ cause: "interval", at: at("2027-01-01T09:40:00Z"), by: null, words: "Interval of 1 month passed on 1 Jan 2027" }]);
  });

  it("lapses the proof when the service's entry changes after it, naming the fields, when and who", () => {
    const input = plan({ changes: [change("service", "database", "2026-12-03T08:00:00Z", { rtoMinutes: 45 }, { rtoMinutes: 60 })] });
    const database = databaseAt(input, "2026-12-10T00:00:00Z");
    expect(database.state).toBe("lapsed");
    expect(database.lapses).toEqual([{ cause: "service", at: at("2026-12-03T08:00:00Z"), by: "Alex Admin", words: "RTO minutes changed on 3 Dec 2026 by Alex Admin" }]);
    expect(database.nextTestDueAt).toEqual(at("2026-12-03T08:00:00Z"));
  });

  it("keeps the proof through changes before it, to other services, or to its name and public listing alone", () => {
    const input = plan({
      changes: [
        change("service", "database", "2026-11-30T08:00:00Z", { rtoMinutes: 60 }),
        change("service", "core-api", "2026-12-03T08:00:00Z", { rtoMinutes: 10 }),
        change("service", "database", "2026-12-04T08:00:00Z", { name: "Primary database", isPublic: true }),
        change("runbook", "web-failure", "2026-12-05T08:00:00Z", { title: "Web" }),
      ],
    });
    expect(databaseAt(input, "2026-12-10T00:00:00Z")).toMatchObject({ state: "proven", lapses: [] });
  });

  it("lapses the proof when a runbook acting on the service, or its test's procedure, changes", () => {
    const input = plan({
      changes: [
        change("runbook", "monthly-database-test", "2026-12-05T08:00:00Z", { "Restore: steps": ["Restore"] }),
        change("runbook", "database-failure", "2026-12-04T08:00:00Z", { title: "Database failed" }),
      ],
    });
    const database = databaseAt(input, "2026-12-10T00:00:00Z");
    expect(database.state).toBe("lapsed");
    expect(database.lapses.map((lapse) => lapse.words)).toEqual([
      "Runbook “Database failure” changed on 4 Dec 2026 by Alex Admin",
      "Runbook “Monthly database recovery test” changed on 5 Dec 2026 by Alex Admin",
    ]);
  });

  it("lapses the proof when an import changes the service or its runbook, and not for an import of other items", () => {
    const importOf = (changedAt: string, name: string) => change("import", "plan", changedAt, { [name]: { rtoMinutes: 30 } }, { [name]: { rtoMinutes: 60 } });
    expect(databaseAt(plan({ changes: [importOf("2026-12-04T08:00:00Z", "services[core-api]")] }), "2026-12-10T00:00:00Z").state).toBe("proven");
    expect(databaseAt(plan({ changes: [importOf("2026-12-04T08:00:00Z", "services[database]")] }), "2026-12-10T00:00:00Z").lapses[0].words).toBe(
      "RTO minutes changed on 4 Dec 2026 by Alex Admin",
    );
    expect(databaseAt(plan({ changes: [importOf("2026-12-04T08:00:00Z", "runbooks[database-failure]")] }), "2026-12-10T00:00:00Z").lapses[0].cause).toBe("runbook");
  });

  it("shows a standing proof that missed its RTO as missed, with the time achieved", () => {
    const database = databaseAt(plan({ restores: [restore("database", "2026-12-01T09:00:00Z", 75, 60)] }), "2026-12-10T00:00:00Z");
    expect(database).toMatchObject({ state: "missed", proof: { recoveryMinutes: 75, rtoMinutes: 60, withinRto: false } });
  });

  it("takes the latest restore up to now, drill or real, and ignores one after now", () => {
    const input = plan({
      restores: [
        restore("database", "2026-11-20T09:00:00Z", 30, 60),
        restore("database", "2026-12-01T09:00:00Z", 90, 60, false),
        restore("database", "2026-12-20T09:00:00Z", 20, 60),
      ],
    });
    expect(databaseAt(input, "2026-12-10T00:00:00Z")).toMatchObject({ state: "missed", proof: { recoveryMinutes: 90, incident: { isDrill: false } } });
  });

  it("counts a service never restored as never proven, and gives one outside every test the yearly default", () => {
    const readiness = assessReadiness(plan(), at("2026-12-10T00:00:00Z"));
    expect(readiness.services.find((entry) => entry.service.key === "cdn")).toMatchObject({
      state: "never",
      proof: null,
      test: null,
      intervalMonths: DEFAULT_TEST_INTERVAL_MONTHS,
      nextTestDueAt: null,
    });
    expect(readiness.counts).toEqual({ proven: 1, missed: 0, lapsed: 0, never: 1 });

    const cdnRestored = assessReadiness(plan({ restores: [restore("cdn", "2026-01-05T10:00:00Z", 30, 60)] }), at("2027-01-05T10:29:00Z"));
    expect(cdnRestored.services.find((entry) => entry.service.key === "cdn")).toMatchObject({ state: "proven", nextTestDueAt: at("2027-01-05T10:30:00Z") });
  });

  it("measures the recovery time from detection when none was recorded", () => {
    const recorded = { ...restore("database", "2026-12-01T09:00:00Z", 40, 60), recoveryMinutes: null };
    expect(databaseAt(plan({ restores: [recorded] }), "2026-12-10T00:00:00Z").proof?.recoveryMinutes).toBe(40);
  });
});

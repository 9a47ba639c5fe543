// Drills run from the schedule: starting one, the next due dates it moves, the reminders of tests due.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listDrillSchedules } from "@/lib/drills/data";
import { remindDueDrills, startDrill } from "@/lib/drills/mutations";
import { fireDueEscalations } from "@/lib/escalation/mutations";
import { getMetrics } from "@/lib/metrics/data";
import { markServiceRestored } from "@/lib/recovery/mutations";
import { postStatusUpdate } from "@/lib/status-updates/mutations";
import { getPublicStatus } from "@/test/public-status";
import { declareOutage, moveAlong } from "@/test/incidents";
import { demoUser } from "@/test/users";

// Each test starts from a schedule never run: earlier tests' drills are ended and unlinked.
beforeEach(async () => {
  await db().incident.updateMany({ where: { isDrill: true }, data: { drillScheduleId: null, state: "closed" } });
});

describe("startDrill", () => {
  it("declares a drill of the test: its procedure as the checklist, its scope down, its scenario, linked to the schedule", async () => {
    const commander = await demoUser("commander");
    const started = await startDrill(commander, "database-recovery", {});
    expect(started).toMatchObject({ title: "Database Recovery drill", drillKey: "database-recovery" });

    const incident = await db().incident.findUniqueOrThrow({
      where: { id: started.id },
      include: {
        scenario: true,
        drillSchedule: true,
        services: { include: { service: true } },
        checklist: { orderBy: { position: "asc" } },
        events: { orderBy: { seq: "asc" } },
        roles: true,
      },
    });
    expect(incident).toMatchObject({ isDrill: true, drillNotifiesExternal: false, severity: "critical", state: "detected" });
    expect(incident.drillSchedule?.key).toBe("database-recovery");
    expect(incident.scenario?.key).toBe("database-corruption-loss");
    expect(incident.services.map(({ service, impact }) => [service.key, impact])).toEqual([["database", "down"]]);
    expect(new Set(incident.checklist.map((item) => item.runbookTitle))).toEqual(new Set(["Monthly Database Recovery Test"]));
    expect(incident.checklist.map((item) => item.title).slice(0, 3)).toEqual(["Schedule maintenance window", "Notify stakeholders", "Prepare test environment"]);
    expect(incident.roles).toMatchObject([{ userId: commander.id, role: "incident_commander" }]);
    expect(incident.events.map((event) => event.type)).toEqual(["incident.declared", "drill.started"]);
    expect(incident.events[1].data).toEqual({ drill: { key: "database-recovery", name: "Database Recovery" }, notifiesExternal: false });

    const [drill] = (await listDrillSchedules(commander)).filter((candidate) => candidate.key === "database-recovery");
    expect(drill.running).toMatchObject({ id: started.id, state: "detected" });
    expect(drill.lastRunAt).toEqual(incident.declaredAt);
  });

  it("starts a test with no procedure written, with its scope and scenario, under the title given", async () => {
    const admin = await demoUser("admin");
    const started = await startDrill(admin, "cross-region-failover", { title: "Autumn failover drill", drillNotifiesExternal: true });
    const incident = await db().incident.findUniqueOrThrow({ where: { id: started.id }, include: { scenario: true, _count: { select: { checklist: true, services: true } } } });
    expect(incident).toMatchObject({ title: "Autumn failover drill", isDrill: true, drillNotifiesExternal: true, scenario: { key: "complete-data-center-outage" } });
    expect(incident._count).toEqual({ checklist: 0, services: 10 });
  });

  it("refuses a second drill of the same test while one is under way, and allows it once that one is resolved", async () => {
    const commander = await demoUser("commander");
    const first = await startDrill(commander, "application-recovery", {});
    const count = await db().incident.count();
    await expect(startDrill(commander, "application-recovery", {})).rejects.toMatchObject({
      kind: "conflict",
      message: expect.stringMatching(/^A drill of Application Recovery is already under way \(#\d+\): end it before starting another\.$/),
      current: { incidentId: first.id },
    });
    expect(await db().incident.count()).toBe(count);
    // Another test is not held up by it.
    await startDrill(commander, "security-incident-response", {});
    await moveAlong(commander, first.id);
    const second = await startDrill(commander, "application-recovery", {});
    expect(second.id).not.toBe(first.id);
  });

  it("lets two starts at once make one drill", async () => {
    const commander = await demoUser("commander");
    const outcomes = await Promise.allSettled([startDrill(commander, "database-recovery", {}), startDrill(commander, "database-recovery", {})]);
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await db().incident.count({ where: { drillSchedule: { key: "database-recovery" }, state: "detected" } })).toBe(1);
  });

  it.each(["viewer", "responder"] as const)("refuses a %s and declares nothing", async (role) => {
    const count = await db().incident.count();
    await expect(startDrill(await demoUser(role), "database-recovery", {})).rejects.toMatchObject({ kind: "forbidden", message: "Only an incident commander or an admin can start a drill." });
    expect(await db().incident.count()).toBe(count);
  });

  it.each([
    [{ title: "x" }, "title"],
    [{ drillNotifiesExternal: "yes" }, "drillNotifiesExternal"],
    [{ isDrill: false }, "isDrill"],
    [null, undefined],
  ])("refuses %j and declares nothing", async (input, field) => {
    const count = await db().incident.count();
    await expect(startDrill(await demoUser("commander"), "database-recovery", input)).rejects.toMatchObject({ kind: "invalid", ...(field && { field }) });
    expect(await db().incident.count()).toBe(count);
  });

  it("refuses an unknown test with a 404", async () => {
    await expect(startDrill(await demoUser("commander"), "tabletop", {})).rejects.toMatchObject({ kind: "not_found", message: 'No recovery test has the key "tabletop".' });
  });
});

describe("the schedule's next due dates", () => {
  it("puts each test one interval after its last run, by its frequency, a month on after a monthly drill", async () => {
    const commander = await demoUser("commander");
    await db().planDocument.update({ where: { id: "plan" }, data: { adoptedAt: new Date("2026-01-15T00:00:00Z") } });
    const runs: Record<string, string> = {
      "database-recovery": "2026-11-20T09:00:00Z",
      "application-recovery": "2026-09-30T09:00:00Z",
      "cross-region-failover": "2026-06-01T09:00:00Z",
    };
    for (const [key, declaredAt] of Object.entries(runs)) {
      const { id } = await startDrill(commander, key, {});
      await moveAlong(commander, id);
      await db().incident.update({ where: { id }, data: { declaredAt: new Date(declaredAt) } });
    }
    const schedule = await listDrillSchedules(commander, new Date("2026-12-03T12:00:00Z"));
    expect(schedule.map(({ key, nextDueAt, state, running }) => [key, nextDueAt.toISOString().slice(0, 10), state, running])).toEqual([
      ["database-recovery", "2026-12-20", "done", null],
      ["application-recovery", "2026-12-30", "done", null],
      ["cross-region-failover", "2026-12-01", "overdue", null],
      // Never run: due from the plan's adoption, one year on.
      ["security-incident-response", "2027-01-15", "due", null],
    ]);
  });
});

describe("remindDueDrills", () => {
  it("tells the commanders once per due date and state, and again when a due test falls overdue", async () => {
    const commander = await demoUser("commander");
    await db().planDocument.update({ where: { id: "plan" }, data: { adoptedAt: new Date("2026-01-15T00:00:00Z") } });
    for (const key of ["database-recovery", "application-recovery", "cross-region-failover"]) {
      const { id } = await startDrill(commander, key, {});
      await moveAlong(commander, id);
      await db().incident.update({ where: { id }, data: { declaredAt: new Date("2026-11-20T09:00:00Z") } });
    }
    const notices = () => db().notification.findMany({ where: { kind: "drill-due" }, orderBy: { createdAt: "asc" }, include: { user: { select: { role: true } } } });

    // 3 December: only the annual test, never run, is due (on 15 January).
    expect(await remindDueDrills(new Date("2026-12-03T12:00:00Z"))).toEqual(["security-incident-response:due"]);
    expect(await remindDueDrills(new Date("2026-12-03T12:00:05Z"))).toEqual([]);
    // 14 December: the monthly test falls due (20 December).
    expect(await remindDueDrills(new Date("2026-12-14T12:00:00Z"))).toEqual(["database-recovery:due"]);
    // 21 December: overdue, told once more.
    expect(await remindDueDrills(new Date("2026-12-21T00:00:00Z"))).toEqual(["database-recovery:overdue"]);
    expect(await remindDueDrills(new Date("2026-12-22T00:00:00Z"))).toEqual([]);

    const sent = await notices();
    expect(sent.map((notice) => notice.title)).toEqual([
      "The Security Incident Response drill is due",
      "The Database Recovery drill is due",
      "The Database Recovery drill is overdue",
    ]);
    expect(new Set(sent.map((notice) => notice.user.role))).toEqual(new Set(["commander"]));
    expect(sent[1].body).toBe("Monthly test, due on 2026-12-20; last run on 2026-11-20. Start it from the Drills page.");
  });

  it("leaves a test with a drill under way alone", async () => {
    const commander = await demoUser("commander");
    await db().planDocument.update({ where: { id: "plan" }, data: { adoptedAt: new Date("2026-01-15T00:00:00Z") } });
    await startDrill(commander, "security-incident-response", {});
    const reminded = await remindDueDrills(new Date("2026-12-03T12:00:00Z"));
    expect(reminded.some((key) => key.startsWith("security-incident-response"))).toBe(false);
  });
});

describe("a drill started from the schedule", () => {
  it("never reaches the public page, even with a public update, nor touches a public service's state", async () => {
    const commander = await demoUser("commander");
    const drill = await startDrill(commander, "application-recovery", {});
    await postStatusUpdate(commander, drill.id, { audience: "public", subject: "Drill: app tier down", body: "Drill update for the public" });
    const answer = await getPublicStatus("/status/public.json");
    const text = await answer.text();
    expect(answer.status).toBe(200);
    expect(text).not.toContain("Drill update for the public");
    expect(text).not.toContain("Drill: app tier down");
    expect(JSON.parse(text)).toMatchObject({ overall: "operational" });
  });

  it("pages nobody outside Muster unless it was started so", async () => {
    const commander = await demoUser("commander");
    await db().webhook.create({ data: { name: "Pager bridge", url: "https://hooks.example.com/muster", secret: "drill-test" } });
    const quiet = await startDrill(commander, "database-recovery", {});
    const loud = await startDrill(commander, "application-recovery", { drillNotifiesExternal: true });
    const real = await declareOutage(commander, { detectedAt: new Date().toISOString(), title: "Real outage" });
    await fireDueEscalations(new Date(Date.now() + 1_000));
    const noticesAbout = (incidentId: string) => db().outboundMessage.count({ where: { payload: { path: ["incident", "id"], equals: incidentId } } });
    expect(await db().timelineEvent.count({ where: { incidentId: quiet.id, type: "escalation.fired" } })).toBe(1);
    expect(await noticesAbout(quiet.id)).toBe(0);
    expect(await noticesAbout(loud.id)).toBeGreaterThan(0);
    expect(await noticesAbout(real.id)).toBeGreaterThan(0);
  });

  it("counts in the drill figures, never in the real metrics", async () => {
    const commander = await demoUser("commander");
    const before = await getMetrics(commander);
    const drill = await startDrill(commander, "database-recovery", {});
    await markServiceRestored(commander, drill.id, "database", {});
    await moveAlong(commander, drill.id);
    const after = await getMetrics(commander);
    expect(after.incidents).toEqual(before.incidents);
    expect(after.drills.overall.incidents).toBe(before.drills.overall.incidents + 1);
  });
});

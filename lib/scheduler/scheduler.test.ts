import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { acknowledgeEscalation, escalateNow, pauseEscalation, resumeEscalation } from "@/lib/escalation/mutations";
import { declareIncident } from "@/lib/incidents/mutations";
import { runDueWork } from "@/lib/scheduler/scheduler";
import { postStatusUpdate } from "@/lib/status-updates/mutations";
import type { IncidentEvent } from "@/lib/timeline/types";
import { demoUser } from "@/test/users";
import { moveAlong } from "@/test/incidents";
import { MINUTE_MS } from "@/lib/format";

const DETECTED = new Date("2026-11-25T10:00:00Z");
const at = (minutes: number) => () => new Date(DETECTED.getTime() + minutes * MINUTE_MS);

async function declare() {
  return declareIncident(await demoUser("commander"), {
    title: "Escalating",
    services: [{ key: "monitoring", impact: "down" }],
    detectedAt: DETECTED.toISOString(),
  });
}

const levelsIn = (events: IncidentEvent[], incidentId: string) =>
  events
    .filter((event): event is IncidentEvent<"escalation.fired"> => event.incidentId === incidentId && event.type === "escalation.fired")
    .map((event) => [event.data.level.key, event.data.lateByMs]);

describe("the escalation clock", () => {
  it("fires a due level and a commander's escalation made at the same moment, both, without a deadlock", async () => {
    const commander = await demoUser("commander");
    for (let round = 0; round < 10; round++) {
      const { id } = await declare();
      await runDueWork(at(0));
      const [scheduled, manual] = await Promise.allSettled([runDueWork(at(30)), escalateNow(commander, id, { reason: "Database still down" })]);
      expect(scheduled.status, String((scheduled as PromiseRejectedResult).reason)).toBe("fulfilled");
      expect(manual.status, String((manual as PromiseRejectedResult).reason)).toBe("fulfilled");
      // Level 2 fires once, by the clock or by hand; by hand first, the clock has nothing left due.
      const fired = await db().incidentEscalation.count({ where: { incidentId: id, firedAt: { not: null } } });
      expect([2, 3]).toContain(fired);
    }
  });

  it("fires each level of the plan's matrix at its threshold, once", async () => {
    const { id } = await declare();
    const fired: unknown[] = [];
    for (const minute of [0, 0, 29, 30, 30, 59, 60, 119, 120, 500]) fired.push(...levelsIn(await runDueWork(at(minute)), id));
    expect(fired).toEqual([
      ["level-1", 0],
      ["level-2", 0],
      ["level-3", 0],
      ["external", 0],
    ]);
    const rows = await db().incidentEscalation.findMany({ where: { incidentId: id }, include: { level: true }, orderBy: { dueAt: "asc" } });
    expect(rows.map((row) => [row.level.afterMinutes, row.firedAt?.getTime() === row.dueAt.getTime()])).toEqual([
      [0, true],
      [30, true],
      [60, true],
      [120, true],
    ]);
  });

  it("fires, once each and with their delay, the levels that fell due while it was stopped", async () => {
    const { id } = await declare();
    expect(levelsIn(await runDueWork(at(1)), id)).toEqual([["level-1", MINUTE_MS]]);
    // Stopped; the clock moves past two thresholds; started again.
    expect(levelsIn(await runDueWork(at(65)), id)).toEqual([
      ["level-2", 35 * MINUTE_MS],
      ["level-3", 5 * MINUTE_MS],
    ]);
    expect(levelsIn(await runDueWork(at(65)), id)).toEqual([]);
    const late = await db().incidentEscalation.findMany({ where: { incidentId: id, firedAt: { not: null } }, orderBy: { dueAt: "asc" } });
    expect(late.map((row) => row.lateByMs)).toEqual([MINUTE_MS, 35 * MINUTE_MS, 5 * MINUTE_MS]);
  });

  it("fires each level once when two schedulers share the database", async () => {
    const { id } = await declare();
    const [first, second] = await Promise.all([runDueWork(at(130)), runDueWork(at(130))]);
    const fired = [...levelsIn(first, id), ...levelsIn(second, id)].map(([key]) => key).sort();
    expect(fired).toEqual(["external", "level-1", "level-2", "level-3"]);
    expect(await db().timelineEvent.count({ where: { incidentId: id, type: "escalation.fired" } })).toBe(4);
  });

  it("notifies in the app the users behind the level's contacts", async () => {
    const { id } = await declare();
    await runDueWork(at(30));
    const commander = await demoUser("commander");
    const responder = await demoUser("responder");
    const notified = await db().notification.findMany({ where: { incidentId: id }, select: { userId: true } });
    // Level 2 brings in the technical lead and the incident commander: the demo users behind them.
    expect(notified.map((row) => row.userId).sort()).toEqual([commander.id, responder.id].sort());
  });

  it("stops for resolved incidents", async () => {
    const commander = await demoUser("commander");
    const { id } = await declare();
    await moveAlong(commander, id);
    expect(levelsIn(await runDueWork(at(500)), id)).toEqual([]);
  });
});

describe("commanding the escalation", () => {
  it("pauses with a reason, holds the clock, and fires late on resume; each on the timeline", async () => {
    const commander = await demoUser("commander");
    const { id } = await declare();
    await runDueWork(at(0));
    await pauseEscalation(commander, id, { reason: "Vendor already engaged" });
    expect(levelsIn(await runDueWork(at(45)), id)).toEqual([]);
    await resumeEscalation(commander, id, { reason: "Vendor went quiet" });
    expect(levelsIn(await runDueWork(at(45)), id)).toEqual([["level-2", 15 * MINUTE_MS]]);
    const events = await db().timelineEvent.findMany({ where: { incidentId: id, type: { startsWith: "escalation." } }, orderBy: { seq: "asc" } });
    expect(events.map((event) => [event.type, (event.data as { reason?: string }).reason ?? null])).toEqual([
      ["escalation.fired", null],
      ["escalation.paused", "Vendor already engaged"],
      ["escalation.resumed", "Vendor went quiet"],
      ["escalation.fired", null],
    ]);
  });

  it("escalates to the next level at once, with the reason", async () => {
    const commander = await demoUser("commander");
    const { id } = await declare();
    await runDueWork(at(0));
    const fired = await escalateNow(commander, id, { reason: "Customer data at risk" });
    expect(fired.data).toMatchObject({ level: { key: "level-2" }, manual: true });
    expect(levelsIn(await runDueWork(at(31)), id)).toEqual([]);
  });

  it("lets a notified person acknowledge once; a viewer can do none of it", async () => {
    const responder = await demoUser("responder");
    const viewer = await demoUser("viewer");
    const { id } = await declare();
    await runDueWork(at(30));
    const levelTwo = await db().incidentEscalation.findFirstOrThrow({ where: { incidentId: id, level: { key: "level-2" } } });
    await acknowledgeEscalation(responder, levelTwo.id, "app");
    await expect(acknowledgeEscalation(responder, levelTwo.id, "app")).rejects.toMatchObject({ kind: "conflict" });
    await expect(acknowledgeEscalation(viewer, levelTwo.id, "app")).rejects.toMatchObject({ kind: "forbidden" });
    for (const command of [pauseEscalation, resumeEscalation, escalateNow]) {
      await expect(command(viewer, id, { reason: "Trying my luck" })).rejects.toMatchObject({ kind: "forbidden" });
    }
    await expect(pauseEscalation(await demoUser("commander"), id, { reason: "" })).rejects.toMatchObject({ kind: "invalid", field: "reason" });
    const acks = await db().timelineEvent.findMany({ where: { incidentId: id, type: "escalation.acknowledged" } });
    expect(acks).toMatchObject([{ actorId: responder.id, data: { level: "Level 2", via: "app" } }]);
  });
});

describe("status-update reminders", () => {
  it("reminds once when no update was posted for the severity's interval, and an update restarts it", async () => {
    const commander = await demoUser("commander");
    const { id } = await declareIncident(commander, { title: "Quiet", services: [{ key: "core-api", impact: "down" }] });
    const reminders = async (minutesFromNow: number) =>
      (await runDueWork(() => new Date(Date.now() + minutesFromNow * MINUTE_MS))).filter(
        (event) => event.incidentId === id && event.type === "status_update.reminder",
      ).length;
    expect(await reminders(29)).toBe(0); // critical: every 30 min
    expect(await reminders(31)).toBe(1);
    expect(await reminders(32)).toBe(0);
    await postStatusUpdate(commander, id, { body: "Failing over to the standby region." });
    // The update was posted now: the next one is due 30 min from now, and reminded once then.
    expect(await reminders(29)).toBe(0);
    expect(await reminders(31)).toBe(1);
    expect(await reminders(32)).toBe(0);
  });
});

import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { declareIncident } from "@/lib/incidents/mutations";
import { runDueWork } from "@/lib/scheduler/scheduler";
import { MINUTE_MS } from "@/lib/format";
import { demoUser } from "@/test/users";

const LATENESS_CAP_MS = 2 ** 31 - 1;

async function declare(title: string, detectedAt?: string) {
  return declareIncident(await demoUser("commander"), { title, services: [{ key: "monitoring", impact: "down" }], detectedAt });
}

const firedLevels = async (incidentId: string) =>
  (await db().incidentEscalation.findMany({ where: { incidentId, firedAt: { not: null } }, include: { level: true }, orderBy: { dueAt: "asc" } })).map(
    (row) => [row.level.key, row.lateByMs],
  );

afterEach(async () => {
  vi.restoreAllMocks();
  await db().$executeRawUnsafe(`DROP TRIGGER IF EXISTS refuse_events ON "TimelineEvent"`);
});

describe("a scheduler no incident can stop", () => {
  it("escalates an incident detected in 1999 beside a fresh one: the fresh one's level 1 fires on the first pass", async () => {
    const old = await declare("Found in the archive", "1999-06-01T08:00:00Z");
    const fresh = await declare("Happening now");
    await runDueWork();
    expect(await firedLevels(fresh.id)).toEqual([["level-1", expect.any(Number)]]);
    // Due 27 years ago: the lateness is recorded at the column's limit, not overflowed.
    expect(await firedLevels(old.id)).toEqual([
      ["level-1", LATENESS_CAP_MS],
      ["level-2", LATENESS_CAP_MS],
      ["level-3", LATENESS_CAP_MS],
      ["external", LATENESS_CAP_MS],
    ]);
  });

  it("reports an incident whose work fails, skips it, and does every other incident's work", async () => {
    const broken = await declare("Cannot be written");
    const healthy = await declare("Fine");
    // A fault in the database for one incident's rows only.
    await db().$executeRawUnsafe(`
      CREATE OR REPLACE FUNCTION refuse_events() RETURNS trigger AS $$
      BEGIN
        IF NEW."incidentId" = '${broken.id}' THEN RAISE EXCEPTION 'this row cannot be written'; END IF;
        RETURN NEW;
      END $$ LANGUAGE plpgsql`);
    await db().$executeRawUnsafe(`CREATE TRIGGER refuse_events BEFORE INSERT ON "TimelineEvent" FOR EACH ROW EXECUTE FUNCTION refuse_events()`);
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const recorded = await runDueWork(() => new Date(Date.now() + 24 * 60 * MINUTE_MS));

    const types = (incidentId: string) => recorded.filter((event) => event.incidentId === incidentId).map((event) => event.type);
    expect(types(healthy.id)).toEqual([
      "escalation.fired",
      "escalation.fired",
      "escalation.fired",
      "escalation.fired",
      "status_update.reminder",
      "service.rto_breached",
    ]);
    expect(types(broken.id)).toEqual([]);
    expect(errors.mock.calls.map(([message]) => message)).toEqual(
      Array(3).fill(`Scheduled work for incident ${broken.id} failed; it is retried on the next pass`),
    );
    expect(await firedLevels(broken.id)).toEqual([]);

    // Once the fault is gone, the skipped work is done on the next pass.
    await db().$executeRawUnsafe(`DROP TRIGGER refuse_events ON "TimelineEvent"`);
    await runDueWork(() => new Date(Date.now() + 24 * 60 * MINUTE_MS));
    expect(await firedLevels(broken.id)).toHaveLength(4);
  });

  it("refuses a detection time beyond a minute ahead of the clock, in words", async () => {
    const inTwoMinutes = new Date(Date.now() + 2 * MINUTE_MS).toISOString();
    await expect(declare("From the future", inTwoMinutes)).rejects.toMatchObject({
      kind: "invalid",
      field: "detectedAt",
      message: "detectedAt cannot be in the future",
    });
  });
});

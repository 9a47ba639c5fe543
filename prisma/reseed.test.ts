// Seeding again must change nothing: the seed inserts what is missing and never resets an edit.
// The database was seeded once (with demo users) by the global setup.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedPlan } from "@/prisma/seed";
import { emptyDatabase, snapshot } from "@/test/tables";

describe("seeding again", () => {
  it("changes no row of any table", async () => {
    const before = await snapshot();
    // The snapshot covers the whole plan, so a changed or added row anywhere would show.
    const seededTables = Object.entries(before).filter(([, rows]) => rows.length > 0);
    expect(seededTables.length).toBeGreaterThanOrEqual(25);
    await seedPlan({ demoUsers: true });
    expect(await snapshot()).toEqual(before);
  });

  it("keeps what an admin edited", async () => {
    await db().contact.update({ where: { key: "incident-commander" }, data: { phone: "+44 20 7946 0000" } });
    await db().service.update({ where: { key: "analytics" }, data: { rtoMinutes: 720 } });
    const step = await db().runbookStep.findFirstOrThrow({
      where: { command: "./disaster-recovery/scripts/stop-all-services.sh" },
    });
    await db().runbookStep.update({ where: { id: step.id }, data: { title: "Drain traffic, then stop services" } });

    await seedPlan({ demoUsers: true });

    expect((await db().contact.findUniqueOrThrow({ where: { key: "incident-commander" } })).phone).toBe(
      "+44 20 7946 0000",
    );
    expect((await db().service.findUniqueOrThrow({ where: { key: "analytics" } })).rtoMinutes).toBe(720);
    expect((await db().runbookStep.findUniqueOrThrow({ where: { id: step.id } })).title).toBe(
      "Drain traffic, then stop services",
    );
    expect(await db().runbookStep.count({ where: { command: step.command } })).toBe(1);
  });

  it("leaves out a link an admin removed, but puts back a row that is missing", async () => {
    const analytics = await db().service.findUniqueOrThrow({ where: { key: "analytics" } });
    await db().serviceDependency.deleteMany({ where: { serviceId: analytics.id } });
    await db().successCriterion.delete({ where: { key: "performance" } });

    await seedPlan({ demoUsers: true });

    expect(await db().serviceDependency.count({ where: { serviceId: analytics.id } })).toBe(0);
    const performance = await db().successCriterion.findUniqueOrThrow({ where: { key: "performance" } });
    expect(performance.description).toBe("System performance within 90% of baseline");
  });

  it("creates no user without demo users, into an empty database", async () => {
    await emptyDatabase();

    await seedPlan({ demoUsers: false });

    expect(await db().user.count()).toBe(0);
    expect(await db().contact.count({ where: { userId: { not: null } } })).toBe(0);
    expect(await db().service.count()).toBe(14);
    expect(await db().runbookStep.count()).toBeGreaterThan(0);
  });

  it("loads the plan once when several servers seed at the same time", async () => {
    await emptyDatabase();

    await Promise.all([seedPlan({ demoUsers: true }), seedPlan({ demoUsers: true }), seedPlan({ demoUsers: true })]);

    expect(await db().service.count()).toBe(14);
    expect(await db().serviceDependency.count()).toBe(14);
    expect(await db().runbookStep.count({ where: { phase: { runbook: { key: "database-failure" } } } })).toBe(8);
    expect(await db().escalationTarget.count()).toBe(11);
    expect(await db().actionItem.count()).toBe(4);
    expect(await db().user.count()).toBe(4);
  });
});

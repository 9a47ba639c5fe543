import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { declareIncident } from "@/lib/incidents/mutations";
import { demoUser } from "@/test/users";

describe("the timeline", () => {
  it("refuses any update or delete of a recorded event, in the database itself", async () => {
    const { id } = await declareIncident(await demoUser("commander"), { title: "Audit", services: [{ key: "cdn", impact: "degraded" }] });
    await expect(db().$executeRaw`UPDATE "TimelineEvent" SET type = 'forged' WHERE "incidentId" = ${id}`).rejects.toThrow(/append-only/);
    await expect(db().$executeRaw`DELETE FROM "TimelineEvent" WHERE "incidentId" = ${id}`).rejects.toThrow(/append-only/);
    expect(await db().timelineEvent.findMany({ where: { incidentId: id } })).toMatchObject([{ seq: 1, type: "incident.declared" }]);
  });
});

import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listPlanChanges, nextVersion } from "@/lib/plan/changes";
import { updateService } from "@/lib/services/mutations";
import { demoUser } from "@/test/users";

describe("the plan's change record", () => {
  it("moves a version on by its minor number", () => {
    expect(nextVersion("1.0")).toBe("1.1");
    expect(nextVersion("1.9")).toBe("1.10");
    expect(nextVersion("2")).toBe("2.1");
  });

  it("starts the plan at 1.0 with no change, then lists each change newest first", async () => {
    const admin = await demoUser("admin");
    expect((await db().planDocument.findUniqueOrThrow({ where: { id: "plan" } })).version).toBe("1.0");
    expect(await listPlanChanges(admin)).toEqual([]);

    await updateService(admin, "cdn", { name: "Content delivery network" });
    await updateService(admin, "redis", { isPublic: true });

    expect((await listPlanChanges(await demoUser("viewer"))).map(({ version, itemKey }) => [version, itemKey])).toEqual([
      ["1.2", "redis"],
      ["1.1", "cdn"],
    ]);
    expect((await db().planDocument.findUniqueOrThrow({ where: { id: "plan" } })).version).toBe("1.2");
  });

  it("refuses any update or delete of a recorded change, in the database itself", async () => {
    await updateService(await demoUser("admin"), "storage", { rpoMinutes: 10 });
    await expect(db().$executeRaw`UPDATE "PlanChange" SET label = 'forged'`).rejects.toThrow(/append-only/);
    await expect(db().$executeRaw`DELETE FROM "PlanChange"`).rejects.toThrow(/append-only/);
    expect(await db().planChange.count({ where: { label: "forged" } })).toBe(0);
    expect(await db().planChange.count()).toBe(3);
  });
});

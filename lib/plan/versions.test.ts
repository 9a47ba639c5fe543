import { describe, expect, it } from "vitest";
import { updateContact } from "@/lib/contacts/mutations";
import { db } from "@/lib/db";
import { updateService } from "@/lib/services/mutations";
import { diffPlanVersions, lastPlanChange, listPlanVersionNames, markMajorVersion } from "@/lib/plan/versions";
import { snapshot as everyRow } from "@/test/tables";
import { demoUser } from "@/test/users";

const planVersion = async () => (await db().planDocument.findUniqueOrThrow({ where: { id: "plan" } })).version;

/** Runs a write to the plan and answers the version it made. (Each file's tests share one database.) */
async function versionAfter(write: Promise<unknown>) {
  await write;
  return planVersion();
}

async function incidentCommanderId() {
  return (await db().contact.findFirstOrThrow({ where: { key: "incident-commander" } })).id;
}

describe("comparing two versions of the plan", () => {
  it("lists exactly the changes between them, item by item, with each field's value at both", async () => {
    const admin = await demoUser("admin");
    const commanderId = await incidentCommanderId();
    const start = await planVersion();
    await updateService(admin, "admin-panel", { rtoMinutes: 90 });
    await updateContact(admin, commanderId, { phone: "+44 20 7946 0001" });
    const end = await versionAfter(updateService(admin, "admin-panel", { rtoMinutes: 45, name: "Back office" }));
    // After the versions compared: not in their difference.
    await updateService(admin, "redis", { isPublic: true });

    const diff = await diffPlanVersions(admin, start, end);

    expect(diff.items).toEqual([
      {
        kind: "service",
        key: "admin-panel",
        label: "Back office",
        fields: [
          { field: "rtoMinutes", a: 480, b: 45 },
          { field: "name", a: "Admin Panel", b: "Back office" },
        ],
        words: 'service Back office: rtoMinutes from 480 to 45; name from "Admin Panel" to "Back office"',
      },
      expect.objectContaining({
        kind: "contact",
        key: commanderId,
        fields: [
          { field: "phone", a: "+1-555-0101", b: "+44 20 7946 0001" },
          { field: "isDemoValue", a: true, b: false },
        ],
      }),
    ]);
    expect(diff.majorVersions).toEqual([]);
  });

  it("reads the same the other way round, with a and b swapped, and finds nothing between a version and itself", async () => {
    const admin = await demoUser("admin");
    const start = await planVersion();
    const middle = await versionAfter(updateService(admin, "web-application", { rpoMinutes: 30 }));
    const end = await versionAfter(updateService(admin, "web-application", { rpoMinutes: 20 }));
    const forwards = await diffPlanVersions(admin, start, end);
    const backwards = await diffPlanVersions(await demoUser("viewer"), end, start);
    expect(forwards.items.map((item) => item.fields)).toEqual([[{ field: "rpoMinutes", a: 60, b: 20 }]]);
    expect(backwards.items.map((item) => item.fields)).toEqual([[{ field: "rpoMinutes", a: 20, b: 60 }]]);
    expect((await diffPlanVersions(admin, middle, middle)).items).toEqual([]);
  });

  it("leaves out a field changed and changed back between the two versions", async () => {
    const admin = await demoUser("admin");
    const start = await planVersion();
    const middle = await versionAfter(updateService(admin, "analytics", { isPublic: true }));
    const end = await versionAfter(updateService(admin, "analytics", { isPublic: false }));
    expect((await diffPlanVersions(admin, start, end)).items).toEqual([]);
    expect((await diffPlanVersions(admin, middle, end)).items).toHaveLength(1);
  });

  it("answers a version the plan never had with a 404 that says which versions it has", async () => {
    const admin = await demoUser("admin");
    const latest = await versionAfter(updateService(admin, "admin-panel", { rtoMinutes: 95 }));
    await expect(diffPlanVersions(admin, "1.0", "1.99")).rejects.toMatchObject({
      kind: "not_found",
      message: `The plan has no version "1.99": its versions run from 1.0 to ${latest}.`,
    });
    await expect(diffPlanVersions(admin, "\u0000", "1.0")).rejects.toMatchObject({ kind: "invalid", field: "a" });
  });
});

describe("marking a major version", () => {
  it("moves 1.n to 2.0 with the admin's note, and the next change to 2.1", async () => {
    const admin = await demoUser("admin");
    const first = await versionAfter(updateService(admin, "admin-panel", { rtoMinutes: 90 }));
    const minor = await versionAfter(updateService(admin, "admin-panel", { rtoMinutes: 80 }));
    expect(minor).toMatch(/^1\.\d+$/);

    const major = await markMajorVersion(admin, { note: "  Approved by the board after the annual review " });

    expect(major).toMatchObject({ version: "2.0", kind: "version", note: "Approved by the board after the annual review", before: { version: minor }, after: { version: "2.0" } });
    expect(await planVersion()).toBe("2.0");
    expect(await versionAfter(updateService(admin, "admin-panel", { rtoMinutes: 70 }))).toBe("2.1");
    expect((await listPlanVersionNames(admin)).slice(0, 4)).toEqual(["2.1", "2.0", minor, first]);
    expect((await listPlanVersionNames(admin)).at(-1)).toBe("1.0");
    const across = await diffPlanVersions(admin, first, "2.1");
    expect(across.majorVersions).toEqual([{ version: "2.0", note: "Approved by the board after the annual review" }]);
    expect(across.items.map((item) => item.fields)).toEqual([[{ field: "rtoMinutes", a: 90, b: 70 }]]);
  });

  it("is refused to anyone but an admin, and without a note, changing nothing", async () => {
    const before = await everyRow();
    for (const role of ["viewer", "responder", "commander"] as const) {
      await expect(markMajorVersion(await demoUser(role), { note: "Mine now" })).rejects.toMatchObject({ kind: "forbidden" });
    }
    await expect(markMajorVersion(await demoUser("admin"), { note: "  " })).rejects.toMatchObject({ kind: "invalid", field: "note", message: "note must not be empty" });
    await expect(markMajorVersion(await demoUser("admin"), {})).rejects.toMatchObject({ kind: "invalid", field: "note" });
    expect(await everyRow()).toEqual(before);
  });
});

describe("when a plan page's items last changed", () => {
  it("names the newest change to the page's kinds, and any change for the plan page", async () => {
    const admin = await demoUser("admin");
    const serviceVersion = await versionAfter(updateService(admin, "mobile-api", { rpoMinutes: 200 }));
    const contactVersion = await versionAfter(updateContact(admin, await incidentCommanderId(), { phone: "+44 20 7946 0002" }));
    expect(await lastPlanChange(admin, "services")).toMatchObject({ version: serviceVersion, label: "Mobile API", changedByName: admin.name });
    expect(await lastPlanChange(admin, "contacts")).toMatchObject({ version: contactVersion });
    expect(await lastPlanChange(await demoUser("viewer"), "plan")).toMatchObject({ version: contactVersion });
    expect(await lastPlanChange(admin, "runbooks")).toBeNull();
  });
});

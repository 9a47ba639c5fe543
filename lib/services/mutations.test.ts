import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { declareIncident } from "@/lib/incidents/mutations";
import { listPlanChanges } from "@/lib/plan/changes";
import { listServices } from "@/lib/services/data";
import { addService, removeService, updateService } from "@/lib/services/mutations";
import { transitionIncident } from "@/lib/incidents/mutations";
import { addStep } from "@/lib/runbooks/mutations";
import { demoUser } from "@/test/users";

const MINUTE_MS = 60_000;

async function planState() {
  return {
    services: await listServices(),
    changes: await db().planChange.findMany(),
    version: (await db().planDocument.findUniqueOrThrow({ where: { id: "plan" } })).version,
  };
}

async function refusal(promise: Promise<unknown>) {
  return promise.then(
    () => {
      throw new Error("The change was not refused");
    },
    (error: unknown) => error,
  );
}

describe("updateService", () => {
  it("changes the fields given, reads back so, and leaves one change record that moves the version on", async () => {
    const admin = await demoUser("admin");
    const { version } = await planState();
    const changesBefore = await db().planChange.count();

    const answer = await updateService(admin, "monitoring", { name: "Monitoring and alerting", rtoMinutes: 12 * 60, isPublic: true, dependsOn: ["storage", "database"] });

    expect(answer).toMatchObject({ key: "monitoring", name: "Monitoring and alerting", rtoMinutes: 720, rpoMinutes: 240, isPublic: true, dependsOn: ["database", "storage"] });
    const [monitoring] = (await listServices()).filter((service) => service.key === "monitoring");
    expect(monitoring).toMatchObject({ name: "Monitoring and alerting", rtoMinutes: 720, isPublic: true, dependsOn: ["database", "storage"] });

    expect(await db().planChange.count()).toBe(changesBefore + 1);
    const [change] = await listPlanChanges(admin);
    expect(change).toMatchObject({
      kind: "service",
      itemKey: "monitoring",
      label: "Monitoring and alerting",
      changedById: admin.id,
      changedByName: admin.name,
      before: { name: "Monitoring", rtoMinutes: 1440, isPublic: false, dependsOn: [] },
      after: { name: "Monitoring and alerting", rtoMinutes: 720, isPublic: true, dependsOn: ["database", "storage"] },
    });
    const [major, minor] = version.split(".").map(Number);
    expect(change.version).toBe(`${major}.${minor + 1}`);
    expect((await planState()).version).toBe(change.version);
  });

  it("moves the version on once per change, newest first in the record", async () => {
    const admin = await demoUser("admin");
    await updateService(admin, "mobile-api", { rpoMinutes: 30 });
    await updateService(admin, "mobile-api", { rpoMinutes: 45 });
    const [latest, previous] = await listPlanChanges(admin);
    expect(latest).toMatchObject({ before: { rpoMinutes: 30 }, after: { rpoMinutes: 45 } });
    expect(previous).toMatchObject({ after: { rpoMinutes: 30 } });
    const [major, minor] = previous.version.split(".").map(Number);
    expect(latest.version).toBe(`${major}.${minor + 1}`);
  });

  it("writes no record and keeps the version when the values are written back as they stand", async () => {
    const admin = await demoUser("admin");
    const before = await planState();
    const [service] = before.services.filter((candidate) => candidate.key === "core-api");
    const { name, priority, rtoMinutes, rpoMinutes, dependsOn, isPublic } = service;
    await updateService(admin, "core-api", { name, priority, rtoMinutes, rpoMinutes, dependsOn, isPublic });
    expect(await planState()).toEqual(before);
  });

  it.each(["viewer", "responder", "commander"] as const)("refuses a %s and changes nothing", async (role) => {
    const before = await planState();
    const error = await refusal(updateService(await demoUser(role), "analytics", { rtoMinutes: 5 }));
    expect(error).toMatchObject({ kind: "forbidden", message: "Only a plan admin can change the plan." });
    expect(await planState()).toEqual(before);
  });

  it("refuses a dependency that would close a circle, naming it, and changes nothing", async () => {
    const before = await planState();
    const error = await refusal(updateService(await demoUser("admin"), "database", { dependsOn: ["storage", "core-api"] }));
    expect(error).toMatchObject({ kind: "invalid", field: "dependsOn" });
    expect((error as Error).message).toContain("Database → Core API → Database");
    const itself = await refusal(updateService(await demoUser("admin"), "cdn", { dependsOn: ["cdn"] }));
    expect((itself as Error).message).toContain("CDN → CDN");
    expect(await planState()).toEqual(before);
  });

  it("refuses an unknown dependency with a 400 and an unknown service with a 404, changing nothing", async () => {
    const admin = await demoUser("admin");
    const before = await planState();
    expect(await refusal(updateService(admin, "analytics", { dependsOn: ["database", "mainframe"] }))).toMatchObject({
      kind: "invalid",
      field: "dependsOn.1",
      message: 'dependsOn.1 names no service: "mainframe".',
    });
    expect(await refusal(updateService(admin, "mainframe", { rtoMinutes: 5 }))).toMatchObject({ kind: "not_found", message: 'No service has the key "mainframe".' });
    expect(await planState()).toEqual(before);
  });

  it.each([
    [{ rtoMinutes: -1 }, "rtoMinutes", "rtoMinutes must be a whole number from 0 to 525600"],
    [{ rpoMinutes: 1.5 }, "rpoMinutes", "rpoMinutes must be a whole number from 0 to 525600"],
    [{ priority: 0 }, "priority", "priority must be a whole number from 1 to 9"],
    [{ name: "" }, "name", "name must not be empty"],
    [{ name: "Core\u0000API" }, "name", "name must not contain control characters"],
    [{ dependsOn: "database" }, "dependsOn", "dependsOn must be a list"],
    [{ isPublic: "yes" }, "isPublic", "isPublic must be boolean"],
    [{ inPriorityMatrix: false }, "inPriorityMatrix", "inPriorityMatrix is not a field this request takes"],
  ])("refuses %j naming %s, and changes nothing", async (input, field, message) => {
    const before = await planState();
    expect(await refusal(updateService(await demoUser("admin"), "analytics", input))).toMatchObject({ kind: "invalid", field, message });
    expect(await planState()).toEqual(before);
  });

  it("leaves a running incident's deadline as declared; an incident declared afterwards gets the new RTO", async () => {
    const commander = await demoUser("commander");
    const detectedAt = new Date("2026-11-30T08:00:00Z");
    const deadlineOf = async (incidentId: string) =>
      (await db().incidentService.findFirstOrThrow({ where: { incidentId, service: { key: "analytics" } } })).rtoDeadline;
    const running = await declareIncident(commander, { title: "Analytics lagging", services: [{ key: "analytics", impact: "degraded" }], detectedAt: detectedAt.toISOString() });
    const declaredWith = (await listServices()).find((service) => service.key === "analytics")!.rtoMinutes!;
    expect((await deadlineOf(running.id)).getTime()).toBe(detectedAt.getTime() + declaredWith * MINUTE_MS);

    await updateService(await demoUser("admin"), "analytics", { rtoMinutes: declaredWith / 2 });

    expect((await deadlineOf(running.id)).getTime()).toBe(detectedAt.getTime() + declaredWith * MINUTE_MS);
    const later = await declareIncident(commander, { title: "Analytics down", services: [{ key: "analytics", impact: "down" }], detectedAt: detectedAt.toISOString() });
    expect((await deadlineOf(later.id)).getTime()).toBe(detectedAt.getTime() + (declaredWith / 2) * MINUTE_MS);
  });
});

describe("addService and removeService", () => {
  it("adds a service at the end, read back as given, with one change record from nothing; removing it records what it was", async () => {
    const admin = await demoUser("admin");
    const { version, services } = await planState();

    const added = await addService(admin, { name: "Billing (EU)", priority: 3, rtoMinutes: 120, rpoMinutes: 30, dependsOn: ["database", "core-api"], isPublic: true });

    expect(added).toMatchObject({ key: "billing-eu", name: "Billing (EU)", priority: 3, rtoMinutes: 120, rpoMinutes: 30, inPriorityMatrix: true, dependsOn: ["core-api", "database"], isPublic: true });
    const after = await listServices();
    expect(after.map((service) => service.key)).toEqual([...services.map((service) => service.key), "billing-eu"]);
    const [change] = await listPlanChanges(admin);
    expect(change).toMatchObject({ kind: "service", itemKey: "billing-eu", label: "Billing (EU)", before: {}, after: { name: "Billing (EU)", rtoMinutes: 120, dependsOn: ["core-api", "database"], isPublic: true } });
    const [major, minor] = version.split(".").map(Number);
    expect(change.version).toBe(`${major}.${minor + 1}`);

    await removeService(admin, "billing-eu");

    expect((await listServices()).map((service) => service.key)).toEqual(services.map((service) => service.key));
    const [removal] = await listPlanChanges(admin);
    expect(removal).toMatchObject({ kind: "service", itemKey: "billing-eu", version: `${major}.${minor + 2}`, before: { name: "Billing (EU)", priority: 3, dependsOn: ["core-api", "database"] }, after: {} });
  });

  it("makes a key of its own once the name's is taken, and refuses a key given twice naming the service that has it", async () => {
    const admin = await demoUser("admin");
    expect((await addService(admin, { name: "Database" })).key).toBe("database-2");
    const before = await planState();
    expect(await refusal(addService(admin, { name: "Another", key: "core-api" }))).toMatchObject({ kind: "conflict", field: "key", message: 'The plan already holds the service Core API with the key "core-api".' });
    expect(await refusal(addService(admin, { name: "Orphan", dependsOn: ["mainframe"] }))).toMatchObject({ kind: "invalid", field: "dependsOn.0", message: 'dependsOn.0 names no service: "mainframe".' });
    expect(await refusal(addService(admin, { rtoMinutes: 5 }))).toMatchObject({ kind: "invalid", field: "name" });
    expect(await planState()).toEqual(before);
  });

  it("refuses a viewer, a responder and a commander, and changes nothing", async () => {
    const before = await planState();
    for (const role of ["viewer", "responder", "commander"] as const) {
      const user = await demoUser(role);
      expect(await refusal(addService(user, { name: "Shadow IT" }))).toMatchObject({ kind: "forbidden" });
      expect(await refusal(removeService(user, "analytics"))).toMatchObject({ kind: "forbidden" });
    }
    expect(await planState()).toEqual(before);
  });

  it("refuses to remove a service a running incident uses, one a record names, one others depend on or a runbook acts on, saying why", async () => {
    const admin = await demoUser("admin");
    const commander = await demoUser("commander");
    const added = await addService(admin, { name: "Search" });
    const incident = await declareIncident(commander, { title: "Search is slow", services: [{ key: added.key, impact: "degraded" }] });
    const before = await planState();

    expect(await refusal(removeService(admin, added.key))).toMatchObject({
      kind: "conflict",
      message: `Search cannot be removed from the plan: the running incident #${incident.number} "Search is slow" uses it.`,
    });
    for (const to of ["assessing", "dr_activated", "recovering", "monitoring", "validating", "resolved"] as const) await transitionIncident(commander, incident.id, { to });
    expect(await refusal(removeService(admin, added.key))).toMatchObject({ message: `Search cannot be removed from the plan: the record of incident #${incident.number} "Search is slow" names it.` });
    expect(await refusal(removeService(admin, "database"))).toMatchObject({ message: expect.stringMatching(/^Database cannot be removed from the plan: .*Core API.* depend on it: take it out of their dependencies first\.$/) });
    expect(await refusal(removeService(admin, "mainframe"))).toMatchObject({ kind: "not_found", message: 'No service has the key "mainframe".' });
    expect(await planState()).toEqual(before);

    const acted = await addService(admin, { name: "Queue" });
    await addStep(admin, "database-failure", "recovery", { title: "Drain the queue", serviceKey: acted.key });
    expect(await refusal(removeService(admin, acted.key))).toMatchObject({
      kind: "conflict",
      message: 'Queue cannot be removed from the plan: the runbook Database Recovery acts on it ("Drain the queue"): change that step first.',
    });
  });
});

import { parse, stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { planCodeJsonSchema, type PlanCodeInput } from "@/lib/plan/code/schema";
import { exportPlan } from "@/lib/plan/code/export";
import { importPlanCode } from "@/lib/plan/code/import";
import { formatDuration, parseDuration } from "@/lib/plan/code/duration";
import { declareOutage } from "@/test/incidents";
import { snapshot as everyRow } from "@/test/tables";
import { demoUser } from "@/test/users";

type Plan = Required<PlanCodeInput> & { services: Required<PlanCodeInput>["services"] };

async function exportedPlan() {
  const text = await exportPlan(await demoUser("admin"), "yaml");
  return { text, plan: parse(text) as Plan };
}

/** The plan's YAML with `edit` made to it, as an admin edits the file they keep in git. */
async function edited(edit: (plan: Plan) => void) {
  const { plan } = await exportedPlan();
  edit(plan);
  return stringify(plan);
}

async function refusalOf(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(() => null, (caught: unknown) => caught);
  if (!(error instanceof DomainError)) throw new Error(`Expected a refusal, got ${String(error)}`);
  return error;
}

describe("durations", () => {
  it("reads and writes the plan's durations", () => {
    expect(["15m", "1h", "4h", "1d", "1h30m", "0m"].map(parseDuration)).toEqual([15, 60, 240, 1440, 90, 0]);
    expect(["", "1", "h", "1.5h", "4 h", "1m1h", "-1h"].map(parseDuration)).toEqual([null, null, null, null, null, null, null]);
    expect([15, 60, 240, 1440, 90, 0, 1500].map(formatDuration)).toEqual(["15m", "1h", "4h", "1d", "1h30m", "0m", "1d1h"]);
  });
});

describe("the plan as code", () => {
  it("exports the seeded plan naming its schema, with every part and durations in words", async () => {
    const { text, plan } = await exportedPlan();
    expect(text.split("\n")[0]).toBe("# yaml-language-server: $schema=http://localhost:3000/api/plan/schema.json");
    expect(plan.services.find((service) => service.key === "core-api")).toMatchObject({ rto: "1h", rpo: "15m", dependsOn: ["database", "redis"] });
    expect(plan.services).toHaveLength(14);
    expect(plan.runbooks.map((runbook) => runbook.phases?.length)).not.toContain(0);
    expect(plan.contacts[0]).toMatchObject({ key: "incident-commander", phone: "+1-555-0101", user: "commander@muster.local" });
    const json = JSON.parse(await exportPlan(await demoUser("admin"), "json"));
    expect(json.$schema).toBe("http://localhost:3000/api/plan/schema.json");
    expect({ ...json, $schema: undefined }).toEqual({ ...plan, $schema: undefined });
  });

  it.each(["commander", "responder", "viewer"] as const)("refuses an export to a %s: it carries every contact's phone number", async (role) => {
    expect(await refusalOf(exportPlan(await demoUser(role), "yaml"))).toMatchObject({ kind: "forbidden" });
  });

  it("gives the same bytes after export → import → export, and an import of the same plan records no version", async () => {
    const before = await everyRow();
    const { text } = await exportedPlan();
    const report = await importPlanCode(await demoUser("admin"), text, "yaml");
    expect(report).toMatchObject({ applied: false, version: "1.0", wouldMakeVersion: null, changes: [] });
    expect((await exportedPlan()).text).toBe(text);
    // The version is Muster's to keep: written unquoted (a number to YAML), it is still only read.
    expect((await importPlanCode(await demoUser("admin"), text.replace('version: "1.0"', "version: 1.0"), "yaml")).changes).toEqual([]);
    const json = await exportPlan(await demoUser("admin"), "json");
    expect((await importPlanCode(await demoUser("admin"), json, "json")).changes).toEqual([]);
    expect(await exportPlan(await demoUser("admin"), "json")).toBe(json);
    expect(await everyRow()).toEqual(before);
  });

  it("refuses a document with three problems naming all three paths, and changes nothing", async () => {
    const before = await everyRow();
    const text = await edited((plan) => {
      (plan.services[3] as Record<string, unknown>).rto = "four hours";
      plan.contacts[1].email = "not an address";
      (plan.runbooks[1].phases![0] as Record<string, unknown>).colour = "red";
    });
    const error = await refusalOf(importPlanCode(await demoUser("admin"), text, "yaml"));
    expect(error.kind).toBe("invalid");
    expect(error.message.split("\n")).toEqual([
      "The plan was not imported (3 problems; nothing changed):",
      'services[3].rto: must be a duration such as "1h"',
      "runbooks[1].phases[0].colour: is not a field of the plan",
      "contacts[1].email: must be an e-mail address",
    ]);
    expect(await everyRow()).toEqual(before);
  });

  it("refuses what the references make wrong: a circle named, a key twice, a runbook that is not there, a user who does not exist", async () => {
    const before = await everyRow();
    const text = await edited((plan) => {
      plan.services.find((service) => service.key === "database")!.dependsOn = ["core-api"];
      plan.services[13].key = "cdn";
      plan.scenarios[0].runbooks = ["no-such-runbook"];
      plan.contacts[0].user = "nobody@example.com";
    });
    const error = await refusalOf(importPlanCode(await demoUser("admin"), text, "yaml"));
    expect(error.message.split("\n").slice(1)).toEqual([
      'services[13].key: "cdn" is already the key of services[12]',
      "services[1].dependsOn: would make the services depend on each other in a circle: Core API → Database → Core API",
      // LiveKit's key is gone, so what depended on it names nothing.
      'services[5].dependsOn[1]: names no service in the plan: "livekit"',
      'scenarios[0].runbooks[0]: names no runbook in the plan: "no-such-runbook"',
    ]);
    expect(await everyRow()).toEqual(before);

    const unknownUser = await edited((plan) => {
      plan.contacts[0].user = "nobody@example.com";
    });
    expect((await refusalOf(importPlanCode(await demoUser("admin"), unknownUser, "yaml"))).message).toContain('contacts[0].user: names no Muster user: "nobody@example.com"');
  });

  it("refuses text that is not YAML or not a plan, saying where", async () => {
    const admin = await demoUser("admin");
    expect((await refusalOf(importPlanCode(admin, "services: [\n", "yaml"))).message).toMatch(/not valid YAML at line \d+, column \d+/);
    expect((await refusalOf(importPlanCode(admin, "{", "json"))).message).toMatch(/not valid JSON/);
    expect((await refusalOf(importPlanCode(admin, "- a\n- b\n", "yaml"))).message).toMatch(/must be a plan/);
    expect((await refusalOf(importPlanCode(admin, "services: []\n", "yaml"))).message).toContain("document: is required");
  });

  it("applies a changed plan as one version whose report and record list exactly its changes", async () => {
    const admin = await demoUser("admin");
    const text = await edited((plan) => {
      plan.services.find((service) => service.key === "core-api")!.rto = "2h";
      plan.services.push({ key: "search", name: "Search", description: null, priority: 6, rto: "1d", rpo: "4h", inPriorityMatrix: true, isPublic: false, dependsOn: ["database"] });
      plan.communicationTemplates = plan.communicationTemplates.filter((template) => template.key !== "maintenance-page");
    });
    const expected = [
      { part: "services", key: "core-api", label: "Core API", change: "changed", before: { rtoMinutes: 60 }, after: { rtoMinutes: 120 } },
      expect.objectContaining({ part: "services", key: "search", change: "added", before: null, after: expect.objectContaining({ rtoMinutes: 1440, dependsOn: ["database"] }) }),
      expect.objectContaining({ part: "communicationTemplates", key: "maintenance-page", change: "removed", after: null }),
    ];

    const unchanged = await everyRow();
    const dryRun = await importPlanCode(admin, text, "yaml", { dryRun: true });
    expect(dryRun).toMatchObject({ applied: false, version: "1.0", wouldMakeVersion: "1.1", counts: { added: 1, changed: 1, removed: 1 } });
    expect(dryRun.changes).toEqual(expected);
    expect(await everyRow()).toEqual(unchanged);

    const applied = await importPlanCode(admin, text, "yaml");
    expect(applied).toMatchObject({ applied: true, version: "1.1" });
    expect(applied.changes).toEqual(dryRun.changes);
    const records = await db().planChange.findMany();
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ version: "1.1", kind: "import", itemKey: "plan", label: "Plan imported: 1 added, 1 changed, 1 removed", changedById: admin.id });
    expect(Object.keys(records[0].before as object).sort()).toEqual(["communicationTemplates[maintenance-page]", "services[core-api]", "services[search]"]);
    expect(records[0].after).toMatchObject({ "services[core-api]": { rtoMinutes: 120 }, "services[search]": { name: "Search" }, "communicationTemplates[maintenance-page]": null });

    const search = await db().service.findUniqueOrThrow({ where: { key: "search" }, include: { dependencies: { include: { dependsOn: true } } } });
    expect(search).toMatchObject({ rtoMinutes: 1440, position: 15 });
    expect(search.dependencies.map((dependency) => dependency.dependsOn.key)).toEqual(["database"]);
    expect(await db().communicationTemplate.count({ where: { key: "maintenance-page" } })).toBe(0);
    expect((await db().service.findUniqueOrThrow({ where: { key: "core-api" } })).rtoMinutes).toBe(120);

    // The plan now is what the file says: importing it again changes nothing.
    const again = await exportedPlan();
    expect(again.plan.document.version).toBe("1.1");
    expect((await importPlanCode(admin, again.text, "yaml")).changes).toEqual([]);
    expect(await db().planChange.count()).toBe(1);
  });

  it("rewrites a runbook's steps in place, a contact's details clear its demo marker, and a new order is one change", async () => {
    const admin = await demoUser("admin");
    const text = await edited((plan) => {
      const phase = plan.runbooks.find((runbook) => runbook.key === "database-failure")!.phases![0];
      phase.steps = [...phase.steps!.slice(0, 1), { title: "Page the database administrator", details: [], command: null, service: "database" }];
      plan.contacts[0].phone = "+44 20 7946 0000";
      plan.reviewAgenda.reverse();
    });
    const report = await importPlanCode(admin, text, "yaml");
    expect(report.changes.map(({ part, key, change }) => `${change} ${part}[${key}]`)).toEqual([
      "changed runbooks[database-failure]",
      "changed contacts[incident-commander]",
      "changed reviewAgenda[order]",
    ]);
    const steps = await db().runbookStep.findMany({ where: { phase: { key: "immediate", runbook: { key: "database-failure" } } }, orderBy: { position: "asc" }, include: { service: true } });
    expect(steps.map((step) => [step.position, step.title, step.service?.key ?? null])).toEqual([
      [1, "Execute database health check", null],
      [2, "Page the database administrator", "database"],
    ]);
    expect(await db().contact.findUniqueOrThrow({ where: { key: "incident-commander" } })).toMatchObject({ phone: "+44 20 7946 0000", isDemoValue: false });
    const agenda = await db().reviewAgendaItem.findMany({ orderBy: { position: "asc" } });
    expect(agenda.map((item) => item.key)).toEqual((parse(text) as Plan).reviewAgenda.map((item) => item.key));
    expect((await exportedPlan()).plan.contacts[0].isDemoValue).toBe(false);
  });

  it("refuses to remove a service a running incident uses, naming both, and changes nothing", async () => {
    await declareOutage(await demoUser("commander"), { detectedAt: new Date().toISOString(), title: "Database down now" });
    const before = await everyRow();
    const text = await edited((plan) => {
      plan.services = plan.services.filter((service) => service.key !== "web-application");
      for (const service of plan.services) service.dependsOn = service.dependsOn?.filter((key) => key !== "web-application");
      for (const step of plan.runbooks.flatMap((runbook) => runbook.phases ?? []).flatMap((phase) => phase.steps ?? [])) {
        if (step.service === "web-application") step.service = null;
      }
      for (const drill of plan.drillSchedule) drill.services = drill.services?.filter((key) => key !== "web-application");
    });
    const error = await refusalOf(importPlanCode(await demoUser("admin"), text, "yaml"));
    expect(error.message).toContain('services: Web Application (web-application) cannot be removed: the running incident #');
    expect(error.message).toContain('"Database down now" uses it');
    expect(await everyRow()).toEqual(before);
  });

  it.each(["commander", "responder", "viewer"] as const)("refuses an import by a %s before reading it, and changes nothing", async (role) => {
    const before = await everyRow();
    const { text } = await exportedPlan();
    for (const body of [text, "not: [yaml"]) {
      expect(await refusalOf(importPlanCode(await demoUser(role), body, "yaml", { dryRun: true }))).toMatchObject({ kind: "forbidden" });
    }
    expect(await everyRow()).toEqual(before);
  });

  it("serves a JSON Schema that the exported plan satisfies and a wrong duration breaks", async () => {
    const { default: Ajv } = await import("ajv/dist/2020");
    const ajv = new Ajv({ strict: false });
    const validate = ajv.compile(planCodeJsonSchema());
    const { plan } = await exportedPlan();
    expect(validate(plan)).toBe(true);
    (plan.services[0] as Record<string, unknown>).rto = "four hours";
    expect(validate(plan)).toBe(false);
    expect(validate.errors?.[0]?.instancePath).toBe("/services/0/rto");
    // An empty duration is none: editors refuse it as Muster does.
    (plan.services[0] as Record<string, unknown>).rto = "";
    expect(validate(plan)).toBe(false);
  });

  it("carries each test's scenario and services both ways, and refuses a scope that names nothing", async () => {
    const text = await edited((plan) => {
      const drill = plan.drillSchedule.find((candidate) => candidate.key === "security-incident-response")!;
      drill.scenario = "storage-system-failure";
      drill.services = ["database", "admin-panel"];
    });
    const report = await importPlanCode(await demoUser("admin"), text, "yaml");
    expect(report.changes).toMatchObject([
      { part: "drillSchedule", key: "security-incident-response", change: "changed", before: { scenario: "security-breach" }, after: { scenario: "storage-system-failure", services: ["admin-panel", "database"] } },
    ]);
    const drill = await db().drillSchedule.findUniqueOrThrow({ where: { key: "security-incident-response" }, include: { scenario: true, services: { include: { service: true } } } });
    expect(drill.scenario?.key).toBe("storage-system-failure");
    expect(drill.services.map(({ service }) => service.key).sort()).toEqual(["admin-panel", "database"]);
    const exported = (await exportedPlan()).plan.drillSchedule.find((candidate) => candidate.key === "security-incident-response");
    expect(exported).toMatchObject({ scenario: "storage-system-failure", services: ["admin-panel", "database"] });

    const wrong = await edited((plan) => {
      plan.drillSchedule[0].scenario = "meteor-strike";
      plan.drillSchedule[0].services = ["database", "database", "mainframe"];
    });
    const error = await refusalOf(importPlanCode(await demoUser("admin"), wrong, "yaml"));
    expect(error.message).toContain('drillSchedule[0].scenario: names no scenario in the plan: "meteor-strike"');
    expect(error.message).toContain('drillSchedule[0].services[2]: names no service in the plan: "mainframe"');
    expect(error.message).toContain("drillSchedule[0].services");
  });
});

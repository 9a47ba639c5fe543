import { describe, expect, it } from "vitest";
import { draftStatusUpdate } from "@/lib/communications/data";
import { createTemplate, deleteTemplate, updateTemplate } from "@/lib/communications/mutations";
import { fillTemplate, unknownPlaceholders } from "@/lib/communications/render";
import { db } from "@/lib/db";
import { declareIncident } from "@/lib/incidents/mutations";
import { listPlanChanges } from "@/lib/plan/changes";
import { postStatusUpdate } from "@/lib/status-updates/mutations";
import { declareOutage } from "@/test/incidents";
import { snapshot as everyRow } from "@/test/tables";
import { demoUser } from "@/test/users";

const template = (key: string) => db().communicationTemplate.findUniqueOrThrow({ where: { key } });

describe("communication templates", () => {
  it("fills known placeholders, spaces inside the braces or not, and leaves the text of values as it is", () => {
    const values = {
      "incident.title": "<script>alert(1)</script>",
      "incident.number": "#3",
      "incident.severity": "Critical",
      "incident.state": "Recovering",
      services: "Core API",
      detectedAt: "25 Nov, 10:00 UTC",
      resolvedAt: "not yet",
      nextUpdateAt: "25 Nov, 10:30 UTC",
    };
    expect(fillTemplate("{{ incident.number }} {{incident.title}} · {{services}}", values)).toBe("#3 <script>alert(1)</script> · Core API");
    expect(unknownPlaceholders("{{incident.title}} {{customer}} {{ customer }} {{oops.x}}")).toEqual(["customer", "oops.x"]);
  });

  it("lets an admin edit a template and refuses an unknown placeholder, naming it, changing nothing", async () => {
    const admin = await demoUser("admin");
    const { id, body } = await template("maintenance-page");
    const edited = await updateTemplate(admin, id, { name: "Stakeholders", subject: "[{{incident.severity}}] {{incident.title}}", body: "Now: {{incident.state}}" });
    expect(edited).toMatchObject({ name: "Stakeholders", body: "Now: {{incident.state}}" });

    await expect(updateTemplate(admin, id, { name: "Stakeholders", subject: "Hi", body: "Dear {{customer.name}}" })).rejects.toMatchObject({
      kind: "invalid",
      field: "body",
      message: expect.stringMatching(/^body must use only the placeholders .*, not {{customer.name}}$/),
    });
    await expect(updateTemplate(admin, id, { name: "", subject: "Hi", body: "x" })).rejects.toMatchObject({ kind: "invalid", field: "name" });
    expect((await template("maintenance-page")).body).toBe("Now: {{incident.state}}");
    expect(body).not.toBe("Now: {{incident.state}}");
  });

  it.each([
    [{ name: "Stakeholders\u0000", subject: "Hi", body: "Now" }, "name", "name must not contain control characters"],
    [{ name: "Stakeholders", subject: "Hi", body: "x".repeat(2 * 1024 * 1024) }, "body", "body must be at most 4,000 characters"],
    [{ name: "Stakeholders", subject: null, body: "Now" }, "subject", "subject must be text"],
    [{ name: "Stakeholders", body: "Now" }, "subject", "subject is required"],
    [{ name: "Stakeholders", subject: "Hi", body: "Now", audience: "public" }, "audience", "audience is not a field this request takes"],
  ])("refuses a template (%#) with a 400 naming the field, and changes no row", async (input, field, message) => {
    const { id } = await template("maintenance-page");
    const before = await everyRow();
    await expect(updateTemplate(await demoUser("admin"), id, input)).rejects.toMatchObject({ kind: "invalid", field, message });
    expect(await everyRow()).toEqual(before);
  });

  it("refuses a template id no row can have as a 400, not a database error", async () => {
    const before = await everyRow();
    await expect(updateTemplate(await demoUser("admin"), "cm\u0000", { name: "A", subject: "B", body: "C" })).rejects.toMatchObject({
      kind: "invalid",
      field: "templateId",
    });
    expect(await everyRow()).toEqual(before);
  });

  it("lets no one but an admin edit templates", async () => {
    const { id, body } = await template("status-page-update");
    for (const role of ["commander", "responder", "viewer"] as const) {
      await expect(updateTemplate(await demoUser(role), id, { name: "x", subject: "x", body: "x" })).rejects.toMatchObject({ kind: "forbidden" });
    }
    expect((await template("status-page-update")).body).toBe(body);
  });

  it("drafts an update for an incident: the title as written, only public services for the public, the next update time", async () => {
    const commander = await demoUser("commander");
    const incident = await declareIncident(commander, {
      title: "<script>alert(1)</script>",
      services: [
        { key: "database", impact: "down" },
        { key: "core-api", impact: "degraded" },
      ],
      severity: "critical",
      detectedAt: "2026-11-25T10:00:00Z",
    });
    const stakeholders = await template("stakeholder-notification");
    const now = new Date("2026-11-25T10:05:00Z");
    const internal = await draftStatusUpdate(incident.id, { templateId: stakeholders.id }, now);
    expect(internal).toMatchObject({ audience: "stakeholders", subject: "[Critical] <script>alert(1)</script>" });
    expect(internal.body).toContain("Affected services: Core API, Database.");
    // Critical: an update every 30 minutes (the tier's interval).
    expect(internal.body).toContain("Next update by 25 Nov, 10:35 UTC.");

    const asPublic = await draftStatusUpdate(incident.id, { templateId: stakeholders.id, audience: "public" }, now);
    expect(asPublic.body).toContain("Affected services: Core API.");
    expect(asPublic.body).not.toContain("Database");

    await expect(draftStatusUpdate(incident.id, { templateId: "nope" })).rejects.toMatchObject({ kind: "not_found" });
    await expect(draftStatusUpdate(incident.id, { templateId: stakeholders.id, audience: "everyone" })).rejects.toMatchObject({ kind: "invalid", field: "audience" });
  });

  it("records each edit of a template as a plan change that moves the version on; writing it back as it stands records nothing", async () => {
    const admin = await demoUser("admin");
    const { id, name, subject, body } = await template("resolution-notice");
    const { version } = await db().planDocument.findUniqueOrThrow({ where: { id: "plan" } });

    await updateTemplate(admin, id, { name, subject, body: "Resolved: {{incident.title}}." });

    const [change] = await listPlanChanges(admin);
    expect(change).toMatchObject({
      kind: "communication-template",
      itemKey: "resolution-notice",
      label: name,
      changedById: admin.id,
      before: { body },
      after: { body: "Resolved: {{incident.title}}." },
    });
    expect(change.version).not.toBe(version);
    expect((await db().planDocument.findUniqueOrThrow({ where: { id: "plan" } })).version).toBe(change.version);

    const before = await everyRow();
    await updateTemplate(admin, id, { name, subject, body: "Resolved: {{incident.title}}." });
    expect(await everyRow()).toEqual(before);
  });
});

describe("adding and removing communication templates", () => {
  it("adds a template at the end with a key from its name, records it, and gives a second of the same name its own key", async () => {
    const admin = await demoUser("admin");
    const changes = await db().planChange.count();
    const input = { name: "Board briefing", audience: "stakeholders", subject: "{{incident.number}}: {{incident.title}}", body: "Now {{incident.state}}." };

    const created = await createTemplate(admin, input);

    expect(created).toMatchObject({ key: "board-briefing", name: "Board briefing", audience: "stakeholders", body: "Now {{incident.state}}." });
    const all = await db().communicationTemplate.findMany({ orderBy: { position: "asc" } });
    expect(all.at(-1)?.id).toBe(created.id);
    expect(await db().planChange.count()).toBe(changes + 1);
    const [change] = await listPlanChanges(admin);
    expect(change).toMatchObject({
      kind: "communication-template",
      itemKey: "board-briefing",
      label: "Board briefing",
      before: {},
      after: { key: "board-briefing", name: "Board briefing", audience: "stakeholders", subject: input.subject, body: input.body },
    });
    expect(await createTemplate(admin, input)).toMatchObject({ key: "board-briefing-2" });
  });

  it("refuses a key already taken, an unknown audience and an unknown placeholder, changing nothing", async () => {
    const admin = await demoUser("admin");
    const before = await everyRow();
    const input = { name: "Board", audience: "stakeholders", subject: "Update", body: "Now" };
    await expect(createTemplate(admin, { ...input, key: "maintenance-page" })).rejects.toMatchObject({
      kind: "conflict",
      message: 'A communication template already has the key "maintenance-page".',
    });
    await expect(createTemplate(admin, { ...input, audience: "everyone" })).rejects.toMatchObject({
      kind: "invalid",
      field: "audience",
      message: "audience must be internal, stakeholders or public",
    });
    await expect(createTemplate(admin, { ...input, key: "Board Briefing" })).rejects.toMatchObject({ kind: "invalid", field: "key" });
    await expect(createTemplate(admin, { ...input, body: "Dear {{customer}}" })).rejects.toMatchObject({ kind: "invalid", field: "body" });
    expect(await everyRow()).toEqual(before);
  });

  it("removes a template a status update was posted from: the update keeps its text, and the removal is recorded", async () => {
    const admin = await demoUser("admin");
    const commander = await demoUser("commander");
    const incident = await declareOutage(commander);
    const used = await template("status-page-update");
    const update = await postStatusUpdate(commander, incident.id, { audience: "internal", subject: "Database down", body: "Restoring now.", templateId: used.id });

    await deleteTemplate(admin, used.id);

    expect(await db().communicationTemplate.findUnique({ where: { id: used.id } })).toBeNull();
    expect(await db().statusUpdate.findUniqueOrThrow({ where: { id: update.id } })).toMatchObject({ subject: "Database down", body: "Restoring now.", templateId: null });
    const [change] = await listPlanChanges(admin);
    expect(change).toMatchObject({
      kind: "communication-template",
      itemKey: "status-page-update",
      label: used.name,
      before: { key: used.key, name: used.name, audience: used.audience, subject: used.subject, body: used.body },
      after: {},
    });
    await expect(deleteTemplate(admin, used.id)).rejects.toMatchObject({ kind: "not_found" });
  });

  it.each(["viewer", "responder", "commander"] as const)("lets no %s add or remove a template, changing nothing", async (role) => {
    const user = await demoUser(role);
    const { id } = await template("maintenance-page");
    const before = await everyRow();
    await expect(createTemplate(user, { name: "Board", audience: "internal", subject: "Update", body: "Now" })).rejects.toMatchObject({
      kind: "forbidden",
      message: "Only a plan admin can change the plan.",
    });
    await expect(deleteTemplate(user, id)).rejects.toMatchObject({ kind: "forbidden" });
    expect(await everyRow()).toEqual(before);
  });
});

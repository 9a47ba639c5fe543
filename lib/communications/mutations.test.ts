import { describe, expect, it } from "vitest";
import { draftStatusUpdate } from "@/lib/communications/data";
import { updateTemplate } from "@/lib/communications/mutations";
import { fillTemplate, unknownPlaceholders } from "@/lib/communications/render";
import { db } from "@/lib/db";
import { declareIncident } from "@/lib/incidents/mutations";
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
});

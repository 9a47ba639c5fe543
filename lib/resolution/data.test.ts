import { describe, expect, it } from "vitest";
import { setChecklistItem } from "@/lib/checklists/mutations";
import { db } from "@/lib/db";
import { acknowledgeEscalation, fireDueEscalations } from "@/lib/escalation/mutations";
import { markServiceRestored } from "@/lib/recovery/mutations";
import { getResolutionCheck, RESOLUTION_TEMPLATE_KEY, STEPS_NAMED_PER_PHASE } from "@/lib/resolution/data";
import { postStatusUpdate } from "@/lib/status-updates/mutations";
import { declareOutage } from "@/test/incidents";
import { demoUser } from "@/test/users";

// Detected long ago: every RTO is past and the first escalation level is due.
const LONG_AGO = new Date(Date.now() - 6 * 60 * 60_000).toISOString();

describe("the resolution check", () => {
  it("lists open steps by phase, services not restored and breached, unacknowledged escalations, and the public notice", async () => {
    const commander = await demoUser("commander");
    const incident = await declareOutage(commander, { detectedAt: LONG_AGO });
    const items = await db().checklistItem.findMany({ where: { incidentId: incident.id }, orderBy: { position: "asc" } });
    for (const item of items.slice(0, 2)) await setChecklistItem(commander, incident.id, item.id, { done: true, version: item.version });
    await markServiceRestored(commander, incident.id, "database", {});
    await fireDueEscalations(new Date());

    const check = await getResolutionCheck(commander, incident.id);
    expect(check.steps).toMatchObject({ total: items.length, open: items.length - 2 });
    expect(check.steps.phases.reduce((sum, phase) => sum + phase.open, 0)).toBe(items.length - 2);
    const [first] = check.steps.phases;
    expect(first.titles[0]).toBe(items[2].title);
    expect(check.steps.phases.every((phase) => phase.titles.length <= STEPS_NAMED_PER_PHASE)).toBe(true);
    expect(check.services.map((service) => [service.key, service.breached])).toEqual([
      ["core-api", true],
      ["web-application", true],
    ]);
    expect(check.escalations.length).toBeGreaterThan(0);
    expect(check.publicNotice).toMatchObject({ needed: true, posted: false, lastPublic: null });
    // Drafted as resolved now, never "not yet".
    expect(check.publicNotice.draft?.body).toMatch(/was resolved at \d/);

    for (const escalation of check.escalations) await acknowledgeEscalation(commander, escalation.id, "app");
    expect((await getResolutionCheck(commander, incident.id)).escalations).toEqual([]);
  });

  it("counts the notice posted only while the newest public update is the plan's resolution notice", async () => {
    const commander = await demoUser("commander");
    const incident = await declareOutage(commander);
    await postStatusUpdate(commander, incident.id, { audience: "public", subject: "Investigating", body: "We are on it." });
    expect((await getResolutionCheck(commander, incident.id)).publicNotice).toMatchObject({ posted: false, lastPublic: { subject: "Investigating" } });

    const template = await db().communicationTemplate.findUniqueOrThrow({ where: { key: RESOLUTION_TEMPLATE_KEY } });
    const { draft } = (await getResolutionCheck(commander, incident.id)).publicNotice;
    await postStatusUpdate(commander, incident.id, { audience: "public", templateId: template.id, subject: draft!.subject, body: draft!.body });
    expect((await getResolutionCheck(commander, incident.id)).publicNotice).toMatchObject({ posted: true });

    await postStatusUpdate(commander, incident.id, { audience: "public", subject: "It is back", body: "The problem returned." });
    expect((await getResolutionCheck(commander, incident.id)).publicNotice.posted).toBe(false);
  });

  it("needs no public notice for a drill, reads for any signed-in role, and says so for an unknown incident", async () => {
    const commander = await demoUser("commander");
    const drill = await declareOutage(commander, { isDrill: true });
    expect((await getResolutionCheck(await demoUser("viewer"), drill.id)).publicNotice).toMatchObject({ needed: false, draft: null });
    await expect(getResolutionCheck(commander, "no-such-incident")).rejects.toMatchObject({ kind: "not_found" });
    await expect(getResolutionCheck(undefined as never, drill.id)).rejects.toMatchObject({ kind: "unauthenticated" });
  });
});

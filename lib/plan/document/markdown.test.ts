// Muster's own Markdown of the seeded plan reads back as the very plan it was written from, and
// a plan written by hand in the original's structure reads as far as its words go.
import { describe, expect, it } from "vitest";
import { type PlanModel, readPlanModel } from "@/lib/plan/code/model";
import { planMarkdown } from "@/lib/plan/document/markdown";
import { parsePlanMarkdown } from "@/lib/plan/document/parse-markdown";

/** The plan without the dates Muster keeps itself (an import never sets them). */
function withoutDates(plan: PlanModel) {
  return { ...plan, document: { ...plan.document, lastUpdatedAt: null, lastReviewedAt: null, nextReviewAt: null } };
}

describe("Muster's Markdown of the plan", () => {
  it("parses back into the seeded plan, part by part, with nothing left unplaced", async () => {
    const seeded = withoutDates(await readPlanModel());
    const { plan, report } = parsePlanMarkdown(planMarkdown(await readPlanModel()));
    expect(report.unplaced).toEqual([]);
    const parsed = withoutDates(plan);
    for (const part of Object.keys(seeded) as (keyof typeof seeded)[]) expect({ part, value: parsed[part] }).toEqual({ part, value: seeded[part] });
    expect(report.recognised).toMatchObject({ services: 14, scenarios: 9, contacts: 14, escalationLevels: 4, backupPolicies: 4, drillSchedule: 4 });
    expect(report.recognised.runbookSteps).toBe(seeded.runbooks.flatMap((runbook) => runbook.phases.flatMap((phase) => phase.steps)).length);
  });

  it("writes the scripts as code and the priority matrix as a table", async () => {
    const markdown = planMarkdown(await readPlanModel());
    expect(markdown).toContain("```bash\n   ./disaster-recovery/scripts/stop-all-services.sh\n   ```");
    expect(markdown).toMatch(/^\| 1 \| Core API <!-- \{"key":"core-api"\} --> \| 1 hour \| 15 minutes \| Database, Redis \| Yes \|$/m);
  });

  it("reports a section it has no place for, by line, and still reads the rest", async () => {
    const seeded = withoutDates(await readPlanModel());
    const markdown = `${planMarkdown(await readPlanModel())}\n## Vendor Escrow\n\nSource code held by a third party.\n\n- Escrow agent: Example Escrow Ltd\n`;
    const lines = markdown.split("\n");
    const { plan, report } = parsePlanMarkdown(markdown);
    expect(report.unplaced).toEqual([
      { line: lines.indexOf("## Vendor Escrow") + 1, text: "Vendor Escrow" },
      { line: lines.indexOf("Source code held by a third party.") + 1, text: "Source code held by a third party." },
      { line: lines.indexOf("- Escrow agent: Example Escrow Ltd") + 1, text: "Escrow agent: Example Escrow Ltd" },
    ]);
    expect(withoutDates(plan).services).toEqual(seeded.services);
  });
});

describe("a plan written by hand", () => {
  const handWritten = [
    "# Example Recovery Plan",
    "## Recovery Objectives",
    "### Service Priority Matrix",
    "| Priority | Service | RTO | RPO | Dependencies |",
    "|---|---|---|---|---|",
    "| 1 | Core API | 1 hour | 15 min | Database, Queue |",
    "| 1 | Database | 1 hour | 15 min | - |",
    "| 2 | Web Application | 2 hours | 1 hour | API |",
    "## Emergency Contacts",
    "### Primary Response Team",
    "| Role | Name | Phone | Email | Backup |",
    "|---|---|---|---|---|",
    "| Incident Commander | [Name] | [Phone] | [Email] | [Backup] |",
    "### Escalation Matrix",
    "1. **Level 1** (0-30 minutes): Incident commander",
    "2. **Level 2** (30+ minutes): Incident commander + CFO",
  ].join("\n");

  it("derives keys, reads the matrix's short names, marks placeholders and says what it assumed", () => {
    const { plan, report } = parsePlanMarkdown(handWritten);
    expect(plan.services.map((service) => [service.key, service.priority, service.rtoMinutes, service.rpoMinutes, service.dependsOn])).toEqual([
      ["core-api", 1, 60, 15, ["database", "queue"]],
      ["database", 1, 60, 15, []],
      ["web-application", 2, 120, 60, ["core-api"]],
      ["queue", null, null, null, []],
    ]);
    expect(plan.contacts.map((contact) => [contact.key, contact.kind, contact.phone, contact.email, contact.isDemoValue])).toEqual([
      ["incident-commander", "response_team", "+1-555-0101", "incident-commander@example.com", true],
      ["cfo", "escalation", "+1-555-0102", "cfo@example.com", true],
    ]);
    expect(plan.escalationLevels.map((level) => [level.key, level.afterMinutes, level.untilMinutes, level.targets])).toEqual([
      ["level-1", 0, 30, ["incident-commander"]],
      ["level-2", 30, null, ["incident-commander", "cfo"]],
    ]);
    expect(report.assumed.map((assumption) => assumption.text)).toEqual(
      expect.arrayContaining(['"API" read as Core API', '"Queue" is a service the matrix depends on without rating it', '"CFO" added as an escalation contact with stand-in phone and e-mail (a demo value)']),
    );
    expect(report.unplaced).toEqual([]);
  });
});

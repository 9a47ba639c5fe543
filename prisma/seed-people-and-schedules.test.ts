// What the seed loads beyond services and runbooks: people to call, backups and drills, the plan
// document and its lists, templates and demo users. Expected values are the plan's, written out.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DEMO_USERS } from "@/lib/users/demo-users";
import { verifyPassword } from "@/lib/users/passwords";

describe("contacts and escalation", () => {
  it("holds the response team, external and escalation contacts, all marked as demo values", async () => {
    const contacts = await db().contact.findMany({ orderBy: { position: "asc" } });
    expect(contacts.map((contact) => [contact.kind, contact.key])).toEqual([
      ["response_team", "incident-commander"],
      ["response_team", "technical-lead"],
      ["response_team", "database-administrator"],
      ["response_team", "security-officer"],
      ["response_team", "communications-lead"],
      ["external", "aws-support"],
      ["external", "cloudflare"],
      ["external", "database-vendor"],
      ["external", "monitoring-vendor"],
      ["escalation", "on-call-engineer"],
      ["escalation", "cto"],
      ["escalation", "ceo"],
      ["escalation", "senior-engineers"],
      ["escalation", "legal-team"],
    ]);
    for (const contact of contacts) {
      expect(contact.isDemoValue).toBe(true);
      expect(contact.phone).toMatch(/^\+1-555-01\d\d$/);
      // No placeholder of the plan ([Name], [Account ID], +1-xxx-…) survives.
      expect(JSON.stringify(contact)).not.toMatch(/\[|xxx/);
    }
    const responseTeam = contacts.filter((contact) => contact.kind === "response_team");
    expect(responseTeam.every((contact) => contact.email.endsWith("@example.com") && contact.backupName)).toBe(true);
    const external = contacts.filter((contact) => contact.kind === "external");
    expect(external.map((contact) => [contact.role, contact.organisation, contact.email])).toEqual([
      ["AWS Support", "Enterprise", "aws-support@cryb.ai"],
      ["CloudFlare", "Enterprise", "cf-support@cryb.ai"],
      ["Database Vendor", "PostgreSQL Pro", "db-support@cryb.ai"],
      ["Monitoring Vendor", "DataDog", "monitoring@cryb.ai"],
    ]);
    expect(external.every((contact) => contact.accountId?.startsWith("DEMO-"))).toBe(true);
  });

  it("fires the escalation levels at 0, 30, 60 and 120 minutes, each bringing in the plan's people", async () => {
    const levels = await db().escalationLevel.findMany({
      orderBy: { position: "asc" },
      include: { targets: { orderBy: { position: "asc" }, include: { contact: true } } },
    });
    expect(levels.map((level) => [level.key, level.afterMinutes, level.untilMinutes])).toEqual([
      ["level-1", 0, 30],
      ["level-2", 30, 60],
      ["level-3", 60, 120],
      ["external", 120, null],
    ]);
    expect(levels.map((level) => level.targets.map((target) => target.contact.key))).toEqual([
      ["on-call-engineer"],
      ["technical-lead", "incident-commander"],
      ["cto", "ceo", "senior-engineers"],
      ["aws-support", "cloudflare", "database-vendor", "monitoring-vendor", "legal-team"],
    ]);
    expect(levels[1].audience).toBe("Technical lead + Incident commander");
  });
});

describe("backups and testing", () => {
  it("holds the 4 backup policies, with a period only where the plan gives one", async () => {
    const policies = await db().backupPolicy.findMany({ orderBy: { position: "asc" } });
    expect(policies.map((policy) => [policy.key, policy.frequencyMinutes, policy.retention])).toEqual([
      ["database", 15, "30 days full, 1 year incrementals"],
      ["application-data", 60, "7 days snapshots, 30 days full"],
      ["configuration", null, "90 days"],
      ["user-content", null, "Indefinite (with versioning)"],
    ]);
    expect(policies[0]).toMatchObject({
      fullBackup: "Daily at 2 AM UTC",
      location: "Multi-region S3 with cross-region replication",
    });
  });

  it("holds the 4 backup verification schedules: daily, weekly, monthly, quarterly", async () => {
    const schedules = await db().backupVerificationSchedule.findMany({ orderBy: { position: "asc" } });
    expect(schedules.map((schedule) => [schedule.cadence, schedule.intervalDays])).toEqual([
      ["Daily", 1],
      ["Weekly", 7],
      ["Monthly", 30],
      ["Quarterly", 91],
    ]);
  });

  it("holds the 4 drill schedules with their intervals, durations and test procedures", async () => {
    const drills = await db().drillSchedule.findMany({ orderBy: { position: "asc" }, include: { runbook: true } });
    expect(
      drills.map((drill) => [drill.testType, drill.intervalMonths, drill.durationMinutes, drill.runbook?.key ?? null]),
    ).toEqual([
      ["Database Recovery", 1, 120, "monthly-database-recovery-test"],
      ["Application Recovery", 3, 240, "quarterly-application-recovery-test"],
      ["Cross-Region Failover", 6, 480, null],
      ["Security Incident Response", 12, 1440, null],
    ]);
  });

  it("holds the 5 success criteria and the 5 review agenda items", async () => {
    const criteria = await db().successCriterion.findMany({ orderBy: { position: "asc" } });
    expect(criteria.map((criterion) => criterion.key)).toEqual([
      "rto-achievement",
      "rpo-achievement",
      "functionality",
      "performance",
      "communication",
    ]);
    expect(criteria[3].description).toBe("System performance within 90% of baseline");
    const agenda = await db().reviewAgendaItem.findMany({ orderBy: { position: "asc" } });
    expect(agenda.map((item) => item.title)).toEqual([
      "Timeline review",
      "What went well",
      "What could be improved",
      "Action items and owners",
      "Documentation updates needed",
    ]);
  });
});

describe("the plan document", () => {
  it("is version 1.0, reviewed quarterly, next reviewed 3 months after it was loaded", async () => {
    const plan = await db().planDocument.findUniqueOrThrow({ where: { id: "plan" } });
    expect(plan).toMatchObject({
      version: "1.0",
      owner: "CRYB Platform Engineering Team",
      reviewFrequency: "Quarterly",
      reviewIntervalMonths: 3,
      approvedBy: null,
      distribution: ["All engineering team members", "management team", "key stakeholders"],
    });
    // Dated the day it was loaded (the plan's "$(date +%Y-%m-%d)"), at midnight UTC.
    const loaded = plan.lastUpdatedAt;
    expect(loaded.toISOString()).toMatch(/T00:00:00\.000Z$/);
    expect(Date.now() - loaded.getTime()).toBeLessThan(2 * 24 * 60 * 60 * 1000);
    // Three months on, on the same day of the month or the last day of a shorter month.
    const reviewYear = loaded.getUTCFullYear() + Math.floor((loaded.getUTCMonth() + 3) / 12);
    const reviewMonth = (loaded.getUTCMonth() + 3) % 12;
    const daysInReviewMonth = new Date(Date.UTC(reviewYear, reviewMonth + 1, 0)).getUTCDate();
    expect(plan.nextReviewAt).toEqual(
      new Date(Date.UTC(reviewYear, reviewMonth, Math.min(loaded.getUTCDate(), daysInReviewMonth))),
    );
  });

  it("holds the monthly, quarterly and annual reviews with four items each", async () => {
    const cadences = await db().planReviewCadence.findMany({ orderBy: { position: "asc" } });
    expect(cadences.map((cadence) => [cadence.key, cadence.intervalMonths, cadence.items.length])).toEqual([
      ["monthly", 1, 4],
      ["quarterly", 3, 4],
      ["annual", 12, 4],
    ]);
  });

  it("holds the plan's lists, with the improvement horizons' bullets as details", async () => {
    const lists = await db().planList.findMany({
      orderBy: { position: "asc" },
      include: { items: { orderBy: { position: "asc" } } },
    });
    expect(lists.map((list) => [list.key, list.items.length])).toEqual([
      ["recovery-metrics", 4],
      ["preparedness-metrics", 4],
      ["business-impact-metrics", 4],
      ["new-team-member-onboarding", 4],
      ["ongoing-training", 4],
      ["knowledge-management", 4],
      ["improvement-implementation", 3],
      ["review-meeting-attendees", 4],
      ["appendices", 5],
    ]);
    const horizons = lists.find((list) => list.key === "improvement-implementation")?.items;
    expect(horizons?.[0]).toMatchObject({
      text: "Immediate Fixes (0-7 days)",
      details: ["Critical process gaps", "Monitoring improvements", "Documentation updates"],
    });
  });

  it("holds the plan's 4 open action items, owned as written and due on no date yet", async () => {
    const items = await db().actionItem.findMany({ where: { reviewId: null }, orderBy: { id: "asc" } });
    expect(items.map((item) => [item.title, item.ownerName, item.priority, item.status, item.dueDate]).sort()).toEqual([
      ["Enhance team training", "Incident Commander", "low", "open", null],
      ["Improve backup verification", "Database Admin", "medium", "open", null],
      ["Update monitoring thresholds", "DevOps Lead", "high", "open", null],
      ["Update runbooks", "Technical Lead", "medium", "open", null],
    ]);
  });

  it("holds the 4 communication templates with their audiences and placeholders", async () => {
    const templates = await db().communicationTemplate.findMany({ orderBy: { position: "asc" } });
    expect(templates.map((template) => [template.key, template.audience])).toEqual([
      ["status-page-update", "public"],
      ["stakeholder-notification", "stakeholders"],
      ["resolution-notice", "public"],
      ["maintenance-page", "public"],
    ]);
    const text = templates.map((template) => `${template.subject}\n${template.body}`).join("\n");
    for (const placeholder of ["incident.title", "incident.severity", "services", "nextUpdateAt", "resolvedAt"]) {
      expect(text).toContain(`{{${placeholder}}}`);
    }
  });
});

describe("demo users", () => {
  it("creates one demo user per role, whose password verifies, linked to the contact it stands for", async () => {
    const users = await db().user.findMany({ include: { contact: true }, orderBy: { email: "asc" } });
    expect(users.map((user) => user.role).sort()).toEqual(["admin", "commander", "responder", "viewer"]);
    for (const demoUser of DEMO_USERS) {
      const user = users.find((candidate) => candidate.email === demoUser.email);
      expect(user?.isDemo).toBe(true);
      expect(await verifyPassword(demoUser.password, user?.passwordHash ?? "")).toBe(true);
      expect(user?.contact?.key ?? null).toBe(demoUser.contactKey ?? null);
    }
    expect(users.find((user) => user.role === "commander")?.contact?.key).toBe("incident-commander");
  });
});

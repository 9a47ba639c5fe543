// What the seed loads, checked against the plan's own numbers and names (written out here, not
// read back from prisma/seed-data/, so a wrong value in the data fails a test).
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";

async function runbookPhases(key: string) {
  const runbook = await db().runbook.findUniqueOrThrow({
    where: { key },
    include: {
      phases: {
        orderBy: { position: "asc" },
        include: { steps: { orderBy: { position: "asc" }, include: { service: true } } },
      },
    },
  });
  return runbook.phases;
}

function windows(phases: Awaited<ReturnType<typeof runbookPhases>>) {
  return phases.map((phase) => [phase.name, phase.windowStartMinutes, phase.windowEndMinutes, phase.windowAnchor]);
}

describe("services and recovery objectives", () => {
  it("rates Authentication priority 1, RTO 1 hour, RPO 15 min, depending on exactly Database and Redis", async () => {
    const authentication = await db().service.findUniqueOrThrow({
      where: { key: "authentication" },
      include: { dependencies: { include: { dependsOn: true } } },
    });
    expect(authentication).toMatchObject({ priority: 1, rtoMinutes: 60, rpoMinutes: 15, inPriorityMatrix: true });
    expect(authentication.dependencies.map((dependency) => dependency.dependsOn.key).sort()).toEqual([
      "database",
      "redis",
    ]);
  });

  it("holds the 10 services of the priority matrix and the 4 unrated services they depend on", async () => {
    const services = await db().service.findMany({
      orderBy: { position: "asc" },
      include: { dependencies: { include: { dependsOn: true } } },
    });
    expect(services.map((s) => [s.key, s.inPriorityMatrix, s.priority, s.rtoMinutes, s.rpoMinutes])).toEqual([
      ["authentication", true, 1, 60, 15],
      ["core-api", true, 1, 60, 15],
      ["database", true, 1, 60, 15],
      ["web-application", true, 2, 120, 60],
      ["real-time-messaging", true, 2, 120, 60],
      ["voice-video", true, 2, 240, 60],
      ["admin-panel", true, 3, 480, 240],
      ["mobile-api", true, 3, 480, 240],
      ["analytics", true, 4, 1440, 240],
      ["monitoring", true, 4, 1440, 240],
      ["redis", false, null, null, null],
      ["storage", false, null, null, null],
      ["cdn", false, null, null, null],
      ["livekit", false, null, null, null],
    ]);
    const graph = Object.fromEntries(
      services.map((s) => [s.key, s.dependencies.map((dependency) => dependency.dependsOn.key).sort()]),
    );
    expect(graph).toEqual({
      authentication: ["database", "redis"],
      "core-api": ["database", "redis"],
      database: ["storage"],
      "web-application": ["cdn", "core-api"],
      "real-time-messaging": ["core-api", "redis"],
      "voice-video": ["core-api", "livekit"],
      "admin-panel": ["core-api"],
      "mobile-api": ["core-api"],
      analytics: ["database"],
      monitoring: [],
      redis: [],
      storage: [],
      cdn: [],
      livekit: [],
    });
    expect(services.filter((s) => s.isPublic).map((s) => s.key)).toEqual([
      "authentication",
      "core-api",
      "web-application",
      "real-time-messaging",
      "voice-video",
      "mobile-api",
    ]);
  });

  it("holds the data recovery points: Database 15 minutes, User Content 1 hour, Configuration 4 hours", async () => {
    const points = await db().dataRecoveryPoint.findMany({ orderBy: { position: "asc" } });
    expect(points.map((point) => [point.name, point.rpoMinutes])).toEqual([
      ["Database", 15],
      ["User Content", 60],
      ["Configuration", 240],
    ]);
  });
});

describe("scenarios", () => {
  it("has 9 scenarios, 4 critical, 3 major and 2 minor, under their tiers' RTO range and RPO", async () => {
    const tiers = await db().recoveryTier.findMany({
      orderBy: { position: "asc" },
      include: { scenarios: { orderBy: { position: "asc" } } },
    });
    expect(
      tiers.map((tier) => [
        tier.severity,
        tier.rtoMinMinutes,
        tier.rtoMaxMinutes,
        tier.rpoMinutes,
        tier.statusUpdateIntervalMinutes,
        tier.scenarios.map((scenario) => scenario.key),
      ]),
    ).toEqual([
      [
        "critical",
        60,
        240,
        15,
        30,
        ["complete-data-center-outage", "database-corruption-loss", "security-breach", "application-server-failure"],
      ],
      ["major", 240, 480, 60, 60, ["storage-system-failure", "network-partitioning", "third-party-service-outage"]],
      ["minor", 480, 1440, 240, 120, ["performance-degradation", "configuration-issues"]],
    ]);
  });

  it("keeps each scenario's examples and links the scenarios the plan gives runbooks for", async () => {
    const scenarios = await db().scenario.findMany({ include: { runbooks: { include: { runbook: true } } } });
    expect(scenarios).toHaveLength(9);
    expect(scenarios.every((scenario) => scenario.examples.length === 3)).toBe(true);
    const breach = scenarios.find((scenario) => scenario.key === "security-breach");
    expect(breach?.examples).toEqual(["Unauthorized access to systems", "Data exfiltration", "Ransomware attack"]);
    const links = Object.fromEntries(
      scenarios
        .filter((scenario) => scenario.runbooks.length > 0)
        .map((scenario) => [scenario.key, scenario.runbooks.map((link) => link.runbook.key)]),
    );
    expect(links).toEqual({
      "complete-data-center-outage": ["application-cluster-failure"],
      "database-corruption-loss": ["database-failure"],
      "security-breach": ["security-breach"],
      "application-server-failure": ["application-cluster-failure"],
    });
  });
});

describe("runbooks and scripts", () => {
  it("gives database failure its detection signals, health check and five recovery scripts in order", async () => {
    const runbook = await db().runbook.findUniqueOrThrow({ where: { key: "database-failure" } });
    expect(runbook).toMatchObject({ kind: "recovery", situation: "PostgreSQL Database Failure" });
    expect(runbook.detection).toHaveLength(3);
    const [immediate, recovery] = await runbookPhases("database-failure");
    expect(windows([immediate, recovery])).toEqual([
      ["Immediate Actions", 0, 15, "detection"],
      ["Recovery Steps", 15, 60, "detection"],
    ]);
    expect(immediate.steps[0].command).toBe("./scripts/check-database-health.sh");
    expect(recovery.steps.map((step) => step.command)).toEqual([
      "./disaster-recovery/scripts/stop-all-services.sh",
      "./disaster-recovery/scripts/assess-database-damage.sh",
      "./disaster-recovery/scripts/restore-database.sh [backup-timestamp]",
      "./disaster-recovery/scripts/verify-database-integrity.sh",
      "./disaster-recovery/scripts/gradual-service-start.sh",
    ]);
    expect(recovery.steps.map((step) => step.service?.key ?? null)).toEqual([null, null, "database", null, "core-api"]);
  });

  it("gives application cluster failure its 0-30 and 30-120 minute phases", async () => {
    const [immediate, recovery] = await runbookPhases("application-cluster-failure");
    expect(windows([immediate, recovery])).toEqual([
      ["Immediate Actions", 0, 30, "detection"],
      ["Recovery Steps", 30, 120, "detection"],
    ]);
    expect(immediate.steps.map((step) => step.title)).toEqual([
      "Switch DNS to maintenance page",
      "Notify users via status page and social media",
      "Assess infrastructure state",
    ]);
    expect(recovery.steps.map((step) => [step.command, step.service?.key ?? null])).toEqual([
      ["./disaster-recovery/scripts/deploy-to-backup-region.sh", "core-api"],
      ["./disaster-recovery/scripts/restore-database-cross-region.sh", "database"],
      ["./disaster-recovery/scripts/update-dns-failover.sh", "web-application"],
      ["./disaster-recovery/scripts/verify-services.sh", null],
    ]);
  });

  it("gives security breach its 0-15 and 15-240 minute phases, with whom to notify as details", async () => {
    const [immediate, recovery] = await runbookPhases("security-breach");
    expect(windows([immediate, recovery])).toEqual([
      ["Immediate Actions", 0, 15, "detection"],
      ["Recovery Steps", 15, 240, "detection"],
    ]);
    expect(immediate.steps.map((step) => step.command)).toEqual([
      "./disaster-recovery/scripts/isolate-compromised-systems.sh",
      "./disaster-recovery/scripts/preserve-forensic-evidence.sh",
      null,
    ]);
    expect(immediate.steps[2]).toMatchObject({
      title: "Notify stakeholders",
      details: ["Security team", "Legal team", "Regulatory bodies (if required)"],
    });
    expect(recovery.steps.map((step) => step.command)).toEqual([
      "./disaster-recovery/scripts/assess-breach-scope.sh",
      "./disaster-recovery/scripts/rebuild-compromised-infrastructure.sh",
      "./disaster-recovery/scripts/restore-from-clean-backups.sh",
      "./disaster-recovery/scripts/enhance-security-posture.sh",
      "./disaster-recovery/scripts/notify-affected-users.sh",
    ]);
  });

  it("counts post-recovery windows from recovery: 0-2 hours, 2-24 hours, 1-7 days", async () => {
    const phases = await runbookPhases("post-recovery-actions");
    expect(windows(phases)).toEqual([
      ["Immediate Actions", 0, 120, "recovery"],
      ["Short-term Actions", 120, 1440, "recovery"],
      ["Long-term Actions", 1440, 10080, "recovery"],
    ]);
    expect(phases[0].steps[0]).toMatchObject({
      title: "Service Verification",
      details: ["Execute comprehensive health checks", "Verify all critical user flows", "Monitor system performance"],
    });
    expect(phases.map((phase) => phase.steps.length)).toEqual([3, 3, 3]);
  });

  it("holds the incident response flow and both test procedures, without time windows", async () => {
    const runbooks = await db().runbook.findMany({ orderBy: { position: "asc" }, include: { phases: true } });
    expect(runbooks.map((runbook) => [runbook.key, runbook.kind])).toEqual([
      ["incident-response-process", "incident_process"],
      ["database-failure", "recovery"],
      ["application-cluster-failure", "recovery"],
      ["security-breach", "recovery"],
      ["post-recovery-actions", "post_recovery"],
      ["monthly-database-recovery-test", "test_procedure"],
      ["quarterly-application-recovery-test", "test_procedure"],
    ]);
    for (const key of ["monthly-database-recovery-test", "quarterly-application-recovery-test"]) {
      const phases = await runbookPhases(key);
      expect(windows(phases)).toEqual([
        ["Preparation", null, null, "detection"],
        ["Execution", null, null, "detection"],
        ["Validation", null, null, "detection"],
      ]);
    }
    const flow = await runbookPhases("incident-response-process");
    expect(flow.flatMap((phase) => phase.steps)).toHaveLength(8);
  });

  it("lists the 4 core and 3 utility recovery scripts by their exact paths", async () => {
    const scripts = await db().recoveryScript.findMany({ orderBy: { position: "asc" } });
    expect(scripts.map((script) => [script.category, script.path])).toEqual([
      ["core", "/disaster-recovery/scripts/master-recovery.sh"],
      ["core", "/disaster-recovery/scripts/database-recovery.sh"],
      ["core", "/disaster-recovery/scripts/infrastructure-recovery.sh"],
      ["core", "/disaster-recovery/scripts/security-recovery.sh"],
      ["utility", "/disaster-recovery/scripts/backup-validation.sh"],
      ["utility", "/disaster-recovery/scripts/communication.sh"],
      ["utility", "/disaster-recovery/scripts/monitoring.sh"],
    ]);
    expect(scripts.every((script) => script.purposes.length === 3)).toBe(true);
  });
});

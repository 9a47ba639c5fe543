// The plan's "Data Backup Strategy" (backup types, backup verification) and "Testing and
// Validation" (recovery testing schedule, success criteria).
import type { Prisma } from "@/lib/generated/prisma/client";

type BackupPolicySeed = Omit<Prisma.BackupPolicyCreateManyInput, "position">;
type VerificationScheduleSeed = Omit<Prisma.BackupVerificationScheduleCreateManyInput, "position">;
type DrillScheduleSeed = Omit<Prisma.DrillScheduleCreateManyInput, "position" | "runbookId" | "scenarioId"> & {
  // The test procedure a drill of this type works through, where the plan writes one.
  runbookKey: string | null;
  // The scenario it rehearses and the services its scope recovers.
  scenarioKey: string;
  serviceKeys: readonly string[];
};

// The plan's application tier: every rated service but the database beneath it.
const APPLICATION_STACK = [
  "authentication",
  "core-api",
  "web-application",
  "real-time-messaging",
  "voice-video",
  "admin-panel",
  "mobile-api",
  "analytics",
  "monitoring",
];
type SuccessCriterionSeed = Omit<Prisma.SuccessCriterionCreateManyInput, "position">;

// frequencyMinutes holds a period only where the plan gives one. Configuration is copied "on every
// deployment" (event-driven) and user content by "real-time replication" (continuous): neither
// has a period, and 0 would read as "due every 0 minutes", so both are null.
export const BACKUP_POLICIES: readonly BackupPolicySeed[] = [
  {
    key: "database",
    name: "Database Backups",
    frequency: "Every 15 minutes (streaming replication)",
    frequencyMinutes: 15,
    fullBackup: "Daily at 2 AM UTC",
    retention: "30 days full, 1 year incrementals",
    location: "Multi-region S3 with cross-region replication",
  },
  {
    key: "application-data",
    name: "Application Data",
    frequency: "Hourly snapshots",
    frequencyMinutes: 60,
    fullBackup: "Daily",
    retention: "7 days snapshots, 30 days full",
    location: "Distributed across 3 availability zones",
  },
  {
    key: "configuration",
    name: "Configuration Backups",
    frequency: "On every deployment",
    frequencyMinutes: null,
    fullBackup: null,
    retention: "90 days",
    location: "Git repository + S3 versioning",
  },
  {
    key: "user-content",
    name: "User Content",
    frequency: "Real-time replication",
    frequencyMinutes: null,
    fullBackup: null,
    retention: "Indefinite (with versioning)",
    location: "Multi-region object storage",
  },
];

// "Backup Verification". A quarter is 91 days: a check due "quarterly" is late after that.
export const BACKUP_VERIFICATION_SCHEDULES: readonly VerificationScheduleSeed[] = [
  { key: "daily-integrity-check", cadence: "Daily", intervalDays: 1, activity: "Automated backup integrity checks" },
  { key: "weekly-restore-test", cadence: "Weekly", intervalDays: 7, activity: "Test restore procedures on staging" },
  { key: "monthly-dr-simulation", cadence: "Monthly", intervalDays: 30, activity: "Full disaster recovery simulation" },
  {
    key: "quarterly-cross-region-failover",
    cadence: "Quarterly",
    intervalDays: 91,
    activity: "Cross-region failover testing",
  },
];

// "Recovery Testing Schedule"
export const DRILL_SCHEDULES: readonly DrillScheduleSeed[] = [
  {
    key: "database-recovery",
    testType: "Database Recovery",
    frequency: "Monthly",
    intervalMonths: 1,
    durationMinutes: 2 * 60,
    scope: "Full database restore",
    runbookKey: "monthly-database-recovery-test",
    scenarioKey: "database-corruption-loss",
    serviceKeys: ["database"],
  },
  {
    key: "application-recovery",
    testType: "Application Recovery",
    frequency: "Quarterly",
    intervalMonths: 3,
    durationMinutes: 4 * 60,
    scope: "Complete application stack",
    runbookKey: "quarterly-application-recovery-test",
    scenarioKey: "application-server-failure",
    serviceKeys: APPLICATION_STACK,
  },
  {
    key: "cross-region-failover",
    testType: "Cross-Region Failover",
    frequency: "Semi-annually",
    intervalMonths: 6,
    durationMinutes: 8 * 60,
    scope: "Full infrastructure failover",
    runbookKey: null,
    scenarioKey: "complete-data-center-outage",
    serviceKeys: ["database", ...APPLICATION_STACK],
  },
  {
    key: "security-incident-response",
    testType: "Security Incident Response",
    frequency: "Annually",
    intervalMonths: 12,
    // "1 day"
    durationMinutes: 24 * 60,
    scope: "Complete security breach simulation",
    runbookKey: null,
    scenarioKey: "security-breach",
    serviceKeys: ["authentication", "core-api", "database"],
  },
];

// "Success Criteria"
export const SUCCESS_CRITERIA: readonly SuccessCriterionSeed[] = [
  { key: "rto-achievement", name: "RTO Achievement", description: "Recovery completed within target time" },
  { key: "rpo-achievement", name: "RPO Achievement", description: "Data loss within acceptable limits" },
  { key: "functionality", name: "Functionality", description: "All critical services operational" },
  { key: "performance", name: "Performance", description: "System performance within 90% of baseline" },
  { key: "communication", name: "Communication", description: "All stakeholders properly notified" },
];

// A few months of past incidents for a local trial (embedded database only), so the metrics, the
// reviews and the action items have something to show. Fictional, built on the plan's scenarios,
// services and people. Times are minutes after detection unless named otherwise; detection is
// `daysAgo` before the moment the history is loaded.
import type { ActionItemPriority, ActionItemStatus, Audience, ServiceImpact, Severity } from "@/lib/generated/prisma/enums";

/** A demo user by role (lib/users/demo-users.ts), or a contact of the plan who has no user. */
export type DemoPerson = "commander" | "responder" | "admin" | { name: string };

export type DemoAffectedService = {
  key: string;
  impact: ServiceImpact;
  restoredAfterMinutes: number;
  dataLossMinutes: number | null;
};

export type DemoActionItem = {
  title: string;
  owner: DemoPerson;
  priority: ActionItemPriority;
  status: ActionItemStatus;
  /** Days from the moment the history is loaded: negative is past. */
  dueInDays: number;
};

/** Keys of the plan's success criteria (prisma/seed-data/backups-and-testing.ts) that need a judgement. */
export type JudgedCriterion = "functionality" | "performance" | "communication";

export type DemoReview = {
  /** Hours after resolution; null for a review not held yet. */
  heldAfterHours: number | null;
  wentWell?: string;
  couldImprove?: string;
  documentationUpdates?: string;
  usersAffected?: number;
  attendees: DemoPerson[];
  /** The success criteria scored by judgement; RTO and RPO achievement follow from the services. */
  criteria?: Record<JudgedCriterion, { met: boolean; note?: string }>;
  actionItems: DemoActionItem[];
};

export type DemoIncident = {
  title: string;
  summary: string;
  scenarioKey: string;
  /** The severity the incident was declared with. */
  severity: Severity;
  /** The commander's change of severity after assessing, if any. */
  severityChangedTo?: Severity;
  drillScheduleKey?: string;
  daysAgo: number;
  /** How long before detection the impact began; null where nobody could tell. */
  impactMinutesBeforeDetection: number | null;
  declaredAfterMinutes: number;
  acknowledgedAfterMinutes: number;
  resolvedAfterMinutes: number;
  /** Where it stands now: resolved (review due), in review, or closed after its review. */
  state: "resolved" | "in_review" | "closed";
  services: DemoAffectedService[];
  notes: { afterMinutes: number; by: "commander" | "responder"; body: string }[];
  statusUpdates: { afterMinutes: number; audience: Audience; subject?: string; body: string }[];
  review: DemoReview;
};

const DBA = { name: "Dana Database" };
const SECURITY_OFFICER = { name: "Sage Security" };
const COMMS_LEAD = { name: "Cameron Comms" };
const MET_ALL = { functionality: { met: true }, performance: { met: true }, communication: { met: true } };

export const DEMO_HISTORY: readonly DemoIncident[] = [
  {
    title: "Primary database corrupted after a storage controller fault",
    summary: "Writes failed with checksum errors; the standby had replicated the damage.",
    scenarioKey: "database-corruption-loss",
    severity: "critical",
    daysAgo: 112.4,
    impactMinutesBeforeDetection: 6,
    declaredAfterMinutes: 3,
    acknowledgedAfterMinutes: 4,
    resolvedAfterMinutes: 95,
    state: "closed",
    services: [
      { key: "database", impact: "down", restoredAfterMinutes: 48, dataLossMinutes: 5 },
      { key: "core-api", impact: "down", restoredAfterMinutes: 55, dataLossMinutes: 5 },
    ],
    notes: [
      { afterMinutes: 12, by: "responder", body: "Standby is corrupted too. Restoring the 02:00 full backup and replaying WAL to just before the fault." },
      { afterMinutes: 41, by: "responder", body: "Restore finished; integrity check running before we let the Core API back in." },
    ],
    statusUpdates: [
      { afterMinutes: 10, audience: "internal", body: "Database down, Core API failing. Restoring from backup; next update in 30 minutes." },
      { afterMinutes: 15, audience: "public", subject: "Errors signing in and sending messages", body: "We are investigating errors across CRYB. Signing in and sending messages may fail." },
      { afterMinutes: 97, audience: "public", subject: "Resolved: errors signing in and sending messages", body: "CRYB is back. Messages sent in the five minutes before the outage may need to be sent again." },
    ],
    review: {
      heldAfterHours: 30,
      wentWell: "The restore script worked first time and the team was assembled within minutes.",
      couldImprove: "Replication lag alerting would have told us sooner that the standby was unusable.",
      documentationUpdates: "Database runbook: check the standby's checksums before attempting failover.",
      usersAffected: 18_400,
      attendees: ["commander", "responder", DBA],
      criteria: MET_ALL,
      actionItems: [
        { title: "Alert when replication lag exceeds 5 minutes", owner: DBA, priority: "high", status: "done", dueInDays: -98 },
        { title: "Add a point-in-time restore to the monthly database test", owner: "commander", priority: "medium", status: "done", dueInDays: -90 },
      ],
    },
  },
  {
    title: "API cluster down in the primary region after a failed node upgrade",
    summary: "A rolling upgrade left no healthy API nodes; traffic failed over to the backup region by hand.",
    scenarioKey: "application-server-failure",
    severity: "critical",
    daysAgo: 80.6,
    impactMinutesBeforeDetection: 12,
    declaredAfterMinutes: 6,
    acknowledgedAfterMinutes: 9,
    resolvedAfterMinutes: 150,
    state: "closed",
    services: [
      { key: "core-api", impact: "down", restoredAfterMinutes: 94, dataLossMinutes: 0 },
      { key: "web-application", impact: "down", restoredAfterMinutes: 118, dataLossMinutes: 0 },
      { key: "real-time-messaging", impact: "degraded", restoredAfterMinutes: 135, dataLossMinutes: 20 },
    ],
    notes: [
      { afterMinutes: 25, by: "responder", body: "Rollback is not possible: the old node image was already deleted. Deploying to the backup region." },
      { afterMinutes: 70, by: "commander", body: "Backup region deploy is slow: several manual steps in the script. Core API will miss its RTO." },
    ],
    statusUpdates: [
      { afterMinutes: 12, audience: "internal", body: "All API nodes unhealthy after the upgrade. Failing over to the backup region." },
      { afterMinutes: 14, audience: "public", subject: "CRYB is unavailable", body: "CRYB is unavailable. We are moving service to another region." },
      { afterMinutes: 45, audience: "stakeholders", subject: "Core API recovery: longer than its objective", body: "Recovery will take longer than one hour. The Core API will miss its recovery time objective." },
      { afterMinutes: 152, audience: "public", subject: "Resolved: CRYB is available again", body: "CRYB is fully available again. Thank you for your patience." },
    ],
    review: {
      heldAfterHours: 40,
      wentWell: "Status updates went out on time, and the web application came back within its RTO.",
      couldImprove: "Failover to the backup region needs too many manual steps to meet a one-hour RTO.",
      documentationUpdates: "Cluster runbook: keep the previous node image until an upgrade is verified.",
      usersAffected: 42_000,
      attendees: ["commander", "responder", "admin", COMMS_LEAD],
      criteria: {
        ...MET_ALL,
        performance: { met: false, note: "Performance stayed below baseline for a day in the backup region." },
      },
      actionItems: [
        { title: "Automate deployment to the backup region end to end", owner: "responder", priority: "high", status: "open", dueInDays: -14 },
        { title: "Keep a warm standby of the Core API in the backup region", owner: "responder", priority: "high", status: "in_progress", dueInDays: 20 },
        { title: "Keep the previous node image until an upgrade is verified", owner: "commander", priority: "medium", status: "done", dueInDays: -60 },
      ],
    },
  },
  {
    title: "Storage volume corrupted: media uploads failing",
    summary: "A storage volume went read-only and corrupted recent uploads.",
    scenarioKey: "storage-system-failure",
    severity: "major",
    daysAgo: 65.3,
    impactMinutesBeforeDetection: null,
    declaredAfterMinutes: 10,
    acknowledgedAfterMinutes: 12,
    resolvedAfterMinutes: 180,
    state: "closed",
    services: [
      { key: "web-application", impact: "degraded", restoredAfterMinutes: 105, dataLossMinutes: 45 },
      { key: "voice-video", impact: "degraded", restoredAfterMinutes: 160, dataLossMinutes: null },
    ],
    notes: [{ afterMinutes: 30, by: "responder", body: "Uploads since 09:10 are damaged. Restoring them from the hourly snapshot." }],
    statusUpdates: [
      { afterMinutes: 15, audience: "internal", body: "Media uploads failing; the storage volume is read-only. Restoring from snapshots." },
      { afterMinutes: 182, audience: "public", subject: "Resolved: media uploads", body: "Uploads work again. Files uploaded during the incident may need to be uploaded again." },
    ],
    review: {
      heldAfterHours: 22,
      wentWell: "Snapshots were recent and restored cleanly.",
      couldImprove: "Nobody noticed the read-only volume until users complained.",
      usersAffected: 3_100,
      attendees: ["commander", "responder", DBA],
      criteria: MET_ALL,
      actionItems: [
        { title: "Verify media backups weekly instead of monthly", owner: DBA, priority: "medium", status: "done", dueInDays: -40 },
        { title: "Alert on the object storage error rate", owner: "responder", priority: "medium", status: "open", dueInDays: 7 },
      ],
    },
  },
  {
    title: "Unauthorised access to admin accounts",
    summary: "Phished credentials were used to sign in to the Admin Panel and export user records.",
    scenarioKey: "security-breach",
    severity: "critical",
    daysAgo: 52.2,
    impactMinutesBeforeDetection: 180,
    declaredAfterMinutes: 4,
    acknowledgedAfterMinutes: 6,
    resolvedAfterMinutes: 360,
    state: "closed",
    services: [
      { key: "authentication", impact: "degraded", restoredAfterMinutes: 75, dataLossMinutes: 30 },
      { key: "admin-panel", impact: "down", restoredAfterMinutes: 300, dataLossMinutes: null },
    ],
    notes: [
      { afterMinutes: 9, by: "responder", body: "Admin Panel isolated and forensic snapshot taken. All admin sessions revoked." },
      { afterMinutes: 50, by: "commander", body: "Legal informed; assessing whether regulators must be notified." },
    ],
    statusUpdates: [
      { afterMinutes: 8, audience: "internal", body: "Suspicious admin sign-ins. Admin Panel isolated; do not sign in to it." },
      { afterMinutes: 60, audience: "stakeholders", subject: "Security incident under way", body: "A security incident is under way. Some user records may have been exported; legal is involved." },
      { afterMinutes: 365, audience: "public", subject: "Account compromise secured", body: "We have secured an account compromise. Affected users are being contacted directly." },
    ],
    review: {
      heldAfterHours: 26,
      wentWell: "Isolation and evidence preservation were done within the runbook's first 15 minutes.",
      couldImprove: "The breach went unnoticed for three hours; sign-in anomalies raised no alert.",
      documentationUpdates: "Security runbook: add the regulator notification checklist.",
      usersAffected: 1_250,
      attendees: ["commander", "responder", SECURITY_OFFICER, "admin"],
      criteria: {
        ...MET_ALL,
        communication: { met: false, note: "Affected users were told a day later than they should have been." },
      },
      actionItems: [
        { title: "Rotate every service credential", owner: SECURITY_OFFICER, priority: "high", status: "done", dueInDays: -45 },
        { title: "Require multi-factor sign-in on the Admin Panel", owner: SECURITY_OFFICER, priority: "high", status: "in_progress", dueInDays: 10 },
        { title: "Alert on admin sign-ins from new countries", owner: "admin", priority: "medium", status: "open", dueInDays: 30 },
        { title: "Brief support staff on phishing", owner: COMMS_LEAD, priority: "low", status: "cancelled", dueInDays: -20 },
      ],
    },
  },
  {
    title: "CDN edge errors slow the web application in Europe",
    summary: "One CDN provider's European edges returned errors; traffic was shifted to healthy edges.",
    scenarioKey: "network-partitioning",
    severity: "major",
    severityChangedTo: "minor",
    daysAgo: 30.5,
    impactMinutesBeforeDetection: 20,
    declaredAfterMinutes: 12,
    acknowledgedAfterMinutes: 15,
    resolvedAfterMinutes: 80,
    state: "in_review",
    services: [
      { key: "cdn", impact: "degraded", restoredAfterMinutes: 70, dataLossMinutes: null },
      { key: "web-application", impact: "degraded", restoredAfterMinutes: 72, dataLossMinutes: null },
    ],
    notes: [{ afterMinutes: 30, by: "responder", body: "Only European edges affected; pages load slowly but work. Lowering severity." }],
    statusUpdates: [{ afterMinutes: 25, audience: "public", subject: "Slow page loads in Europe", body: "Some users in Europe may see slow page loads. We are working with our CDN provider." }],
    review: { heldAfterHours: null, attendees: ["commander", "responder"], actionItems: [] },
  },
  {
    title: "Monthly database recovery drill",
    summary: "Planned drill: a full database restore into the test environment, measured against the RTO and RPO.",
    scenarioKey: "database-corruption-loss",
    severity: "critical",
    drillScheduleKey: "database-recovery",
    daysAgo: 20.1,
    impactMinutesBeforeDetection: 2,
    declaredAfterMinutes: 1,
    acknowledgedAfterMinutes: 2,
    resolvedAfterMinutes: 70,
    state: "closed",
    services: [{ key: "database", impact: "down", restoredAfterMinutes: 52, dataLossMinutes: 10 }],
    notes: [{ afterMinutes: 20, by: "responder", body: "Drill: restore started from last night's full backup." }],
    statusUpdates: [{ afterMinutes: 3, audience: "internal", body: "Drill under way: the test database is down on purpose." }],
    review: {
      heldAfterHours: 20,
      wentWell: "Restore finished 8 minutes inside the RTO.",
      couldImprove: "Comparing data consistency by hand took most of the validation time.",
      attendees: ["commander", "responder", DBA],
      criteria: MET_ALL,
      actionItems: [
        { title: "Shorten the verification step of the restore runbook", owner: DBA, priority: "low", status: "done", dueInDays: -10 },
        { title: "Script the data-consistency comparison", owner: "responder", priority: "medium", status: "open", dueInDays: 12 },
      ],
    },
  },
  {
    title: "Expired certificate on the Mobile API",
    summary: "The Mobile API's TLS certificate expired; mobile apps could not connect.",
    scenarioKey: "configuration-issues",
    severity: "minor",
    daysAgo: 1.2,
    impactMinutesBeforeDetection: 35,
    declaredAfterMinutes: 18,
    acknowledgedAfterMinutes: 20,
    resolvedAfterMinutes: 60,
    state: "resolved",
    services: [{ key: "mobile-api", impact: "down", restoredAfterMinutes: 50, dataLossMinutes: 0 }],
    notes: [{ afterMinutes: 40, by: "responder", body: "New certificate issued and deployed; renewal job had been failing silently." }],
    statusUpdates: [{ afterMinutes: 22, audience: "public", subject: "The mobile app cannot connect", body: "The CRYB mobile app cannot connect. A fix is on its way." }],
    review: { heldAfterHours: null, attendees: ["commander", "responder"], actionItems: [] },
  },
];

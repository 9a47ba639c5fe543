// The plan's "Recovery Procedures": the incident response flow and the three recovery runbooks,
// with their time windows and scripts exactly as the plan writes them.
import type { RunbookSeed } from "./runbook-seed";

// "Incident Response Process": the plan's mermaid flow, a step per node (the "Critical?" decision and
// its two branches as one). The flow has no time windows.
const INCIDENT_RESPONSE_PROCESS: RunbookSeed = {
  key: "incident-response-process",
  title: "Incident Response Process",
  kind: "incident_process",
  phases: [
    {
      key: "detect-and-assess",
      name: "Detect and assess",
      steps: [
        { title: "Record the detection: when, how, and what was seen" },
        { title: "Assess severity", details: ["Match the situation to a disaster scenario and its tier"] },
        { title: "Critical? Activate the DR plan; if not, follow the standard incident response" },
      ],
    },
    {
      key: "respond",
      name: "Respond",
      steps: [
        { title: "Notify the response team" },
        { title: "Start the recovery procedures", details: ["Work the scenario's recovery runbook"] },
      ],
    },
    {
      key: "recover-and-review",
      name: "Recover and review",
      steps: [
        { title: "Monitor progress" },
        { title: "Validate recovery", details: ["Check every affected service against its RTO and RPO"] },
        { title: "Hold the post-incident review", details: ["Within 48 hours of resolution"] },
      ],
    },
  ],
};

// "Database Recovery"
const DATABASE_FAILURE: RunbookSeed = {
  key: "database-failure",
  title: "Database Recovery",
  kind: "recovery",
  situation: "PostgreSQL Database Failure",
  detection: [
    "Monitoring alerts indicate database unavailability",
    "Application health checks failing",
    "Connection pool exhaustion",
  ],
  phases: [
    {
      key: "immediate",
      name: "Immediate Actions",
      window: { startMinutes: 0, endMinutes: 15 },
      steps: [
        { title: "Execute database health check", command: "./scripts/check-database-health.sh" },
        { title: "Attempt automatic failover to standby replica" },
        { title: "If failover fails, assess damage extent" },
      ],
    },
    {
      key: "recovery",
      name: "Recovery Steps",
      window: { startMinutes: 15, endMinutes: 60 },
      steps: [
        { title: "Stop all application services", command: "./disaster-recovery/scripts/stop-all-services.sh" },
        { title: "Assess database state", command: "./disaster-recovery/scripts/assess-database-damage.sh" },
        {
          title: "Restore from backup",
          command: "./disaster-recovery/scripts/restore-database.sh [backup-timestamp]",
          serviceKey: "database",
        },
        { title: "Verify data integrity", command: "./disaster-recovery/scripts/verify-database-integrity.sh" },
        {
          title: "Start services gradually",
          command: "./disaster-recovery/scripts/gradual-service-start.sh",
          serviceKey: "core-api",
        },
      ],
    },
  ],
};

// "Application Server Recovery"
const APPLICATION_CLUSTER_FAILURE: RunbookSeed = {
  key: "application-cluster-failure",
  title: "Application Server Recovery",
  kind: "recovery",
  situation: "Complete Application Cluster Failure",
  phases: [
    {
      key: "immediate",
      name: "Immediate Actions",
      window: { startMinutes: 0, endMinutes: 30 },
      steps: [
        { title: "Switch DNS to maintenance page" },
        { title: "Notify users via status page and social media" },
        { title: "Assess infrastructure state" },
      ],
    },
    {
      key: "recovery",
      name: "Recovery Steps",
      window: { startMinutes: 30, endMinutes: 120 },
      steps: [
        {
          title: "Deploy to backup region",
          command: "./disaster-recovery/scripts/deploy-to-backup-region.sh",
          serviceKey: "core-api",
        },
        {
          title: "Restore database to backup region",
          command: "./disaster-recovery/scripts/restore-database-cross-region.sh",
          serviceKey: "database",
        },
        {
          title: "Update DNS and routing",
          command: "./disaster-recovery/scripts/update-dns-failover.sh",
          serviceKey: "web-application",
        },
        { title: "Verify service functionality", command: "./disaster-recovery/scripts/verify-services.sh" },
      ],
    },
  ],
};

// "Security Breach Recovery"
const SECURITY_BREACH: RunbookSeed = {
  key: "security-breach",
  title: "Security Breach Recovery",
  kind: "recovery",
  situation: "Confirmed Security Breach",
  phases: [
    {
      key: "immediate",
      name: "Immediate Actions",
      window: { startMinutes: 0, endMinutes: 15 },
      steps: [
        { title: "Isolate affected systems", command: "./disaster-recovery/scripts/isolate-compromised-systems.sh" },
        { title: "Preserve evidence", command: "./disaster-recovery/scripts/preserve-forensic-evidence.sh" },
        { title: "Notify stakeholders", details: ["Security team", "Legal team", "Regulatory bodies (if required)"] },
      ],
    },
    {
      key: "recovery",
      name: "Recovery Steps",
      window: { startMinutes: 15, endMinutes: 240 },
      steps: [
        { title: "Assess breach scope", command: "./disaster-recovery/scripts/assess-breach-scope.sh" },
        {
          title: "Rebuild compromised systems",
          command: "./disaster-recovery/scripts/rebuild-compromised-infrastructure.sh",
        },
        { title: "Restore from clean backups", command: "./disaster-recovery/scripts/restore-from-clean-backups.sh" },
        {
          title: "Implement additional security measures",
          command: "./disaster-recovery/scripts/enhance-security-posture.sh",
        },
        { title: "Notify affected users", command: "./disaster-recovery/scripts/notify-affected-users.sh" },
      ],
    },
  ],
};

export const RECOVERY_RUNBOOKS: readonly RunbookSeed[] = [
  INCIDENT_RESPONSE_PROCESS,
  DATABASE_FAILURE,
  APPLICATION_CLUSTER_FAILURE,
  SECURITY_BREACH,
];

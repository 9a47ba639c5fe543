// The plan's "Disaster Scenarios", by tier, with the examples it lists under each.
import type { Severity } from "@/lib/generated/prisma/enums";

export type ScenarioSeed = {
  key: string;
  name: string;
  severity: Severity;
  examples: string[];
  // The recovery runbooks the plan gives for this scenario ("Recovery Procedures"). Every incident
  // also works the incident-response-process runbook; that is added at declaration.
  runbookKeys: string[];
};

export const SCENARIOS: readonly ScenarioSeed[] = [
  {
    key: "complete-data-center-outage",
    name: "Complete Data Center Outage",
    severity: "critical",
    examples: ["Primary cloud provider regional failure", "Extended power outage", "Network infrastructure failure"],
    // The plan's answer to losing a region is the cluster runbook's failover to the backup region.
    runbookKeys: ["application-cluster-failure"],
  },
  {
    key: "database-corruption-loss",
    name: "Database Corruption/Loss",
    severity: "critical",
    examples: ["PostgreSQL database corruption", "Data consistency issues", "Accidental data deletion"],
    runbookKeys: ["database-failure"],
  },
  {
    key: "security-breach",
    name: "Security Breach",
    severity: "critical",
    examples: ["Unauthorized access to systems", "Data exfiltration", "Ransomware attack"],
    runbookKeys: ["security-breach"],
  },
  {
    key: "application-server-failure",
    name: "Application Server Failure",
    severity: "critical",
    examples: ["API server cluster failure", "Container orchestration failure", "Critical service dependencies"],
    runbookKeys: ["application-cluster-failure"],
  },
  {
    key: "storage-system-failure",
    name: "Storage System Failure",
    severity: "major",
    examples: ["File storage corruption", "Media content loss", "Backup system failure"],
    runbookKeys: [],
  },
  {
    key: "network-partitioning",
    name: "Network Partitioning",
    severity: "major",
    examples: ["DNS resolution issues", "CDN provider outage", "Load balancer failure"],
    runbookKeys: [],
  },
  {
    key: "third-party-service-outage",
    name: "Third-Party Service Outage",
    severity: "major",
    examples: ["Payment processor downtime", "Email service provider issues", "External API dependencies"],
    runbookKeys: [],
  },
  {
    key: "performance-degradation",
    name: "Performance Degradation",
    severity: "minor",
    examples: ["Slow response times", "Memory leaks", "Resource exhaustion"],
    runbookKeys: [],
  },
  {
    key: "configuration-issues",
    name: "Configuration Issues",
    severity: "minor",
    examples: ["Misconfigured services", "Certificate expiration", "Environment variable issues"],
    runbookKeys: [],
  },
];

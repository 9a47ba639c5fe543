// The plan's "Recovery Scripts", paths exactly as it writes them (with their leading slash).
import type { Prisma } from "@/lib/generated/prisma/client";

type RecoveryScriptSeed = Omit<Prisma.RecoveryScriptCreateManyInput, "position">;

export const RECOVERY_SCRIPTS: readonly RecoveryScriptSeed[] = [
  {
    path: "/disaster-recovery/scripts/master-recovery.sh",
    category: "core",
    purposes: [
      "Main recovery orchestration script",
      "Determines recovery strategy based on scenario",
      "Coordinates all recovery activities",
    ],
  },
  {
    path: "/disaster-recovery/scripts/database-recovery.sh",
    category: "core",
    purposes: [
      "Database-specific recovery procedures",
      "Point-in-time recovery capabilities",
      "Data integrity verification",
    ],
  },
  {
    path: "/disaster-recovery/scripts/infrastructure-recovery.sh",
    category: "core",
    purposes: [
      "Infrastructure provisioning and configuration",
      "Multi-region deployment capabilities",
      "Service health verification",
    ],
  },
  {
    path: "/disaster-recovery/scripts/security-recovery.sh",
    category: "core",
    purposes: [
      "Security incident response procedures",
      "System hardening and remediation",
      "Evidence preservation and analysis",
    ],
  },
  {
    path: "/disaster-recovery/scripts/backup-validation.sh",
    category: "utility",
    purposes: [
      "Validates backup integrity and completeness",
      "Tests restore procedures",
      "Generates backup health reports",
    ],
  },
  {
    path: "/disaster-recovery/scripts/communication.sh",
    category: "utility",
    purposes: ["Automated status page updates", "Stakeholder notifications", "Social media announcements"],
  },
  {
    path: "/disaster-recovery/scripts/monitoring.sh",
    category: "utility",
    purposes: [
      "Recovery progress monitoring",
      "Performance metrics collection",
      "Alert management during recovery",
    ],
  },
];

// The plan's recovery objectives: the scenario tiers with their RTO range and RPO ("Disaster
// Scenarios" headings, "Recovery Objectives › Recovery Time Objective"), and the RPO per class of
// data ("Recovery Objectives › Recovery Point Objective").
import type { Prisma } from "@/lib/generated/prisma/client";

type RecoveryTierSeed = Omit<Prisma.RecoveryTierCreateManyInput, "position">;
type DataRecoveryPointSeed = Omit<Prisma.DataRecoveryPointCreateManyInput, "position">;

// statusUpdateIntervalMinutes is not in the plan: it is Muster's default cadence for status
// updates, tighter the more severe the incident, and an admin can change it.
export const RECOVERY_TIERS: readonly RecoveryTierSeed[] = [
  // "Critical Scenarios (RTO: 1-4 hours, RPO: 15 minutes)"
  {
    severity: "critical",
    name: "Critical",
    rtoMinMinutes: 60,
    rtoMaxMinutes: 4 * 60,
    rpoMinutes: 15,
    statusUpdateIntervalMinutes: 30,
  },
  // "Major Scenarios (RTO: 4-8 hours, RPO: 1 hour)"
  {
    severity: "major",
    name: "Major",
    rtoMinMinutes: 4 * 60,
    rtoMaxMinutes: 8 * 60,
    rpoMinutes: 60,
    statusUpdateIntervalMinutes: 60,
  },
  // "Minor Scenarios (RTO: 8-24 hours, RPO: 4 hours)"
  {
    severity: "minor",
    name: "Minor",
    rtoMinMinutes: 8 * 60,
    rtoMaxMinutes: 24 * 60,
    rpoMinutes: 4 * 60,
    statusUpdateIntervalMinutes: 120,
  },
];

export const DATA_RECOVERY_POINTS: readonly DataRecoveryPointSeed[] = [
  { key: "database", name: "Database", rpoMinutes: 15 },
  { key: "user-content", name: "User Content", rpoMinutes: 60 },
  { key: "configuration", name: "Configuration", rpoMinutes: 4 * 60 },
];

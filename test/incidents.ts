// Test helpers for incidents that have run their course: declared, worked, resolved.
import { db } from "@/lib/db";
import type { DeclareIncidentInput } from "@/lib/incidents/schema";
import { declareIncident, transitionIncident } from "@/lib/incidents/mutations";
import type { SignedInUser } from "@/lib/users/data";
import { MANY_NOTES_SQL } from "@/test/many-notes";
import { demoUser } from "@/test/users";

/** The plan's path from detection to resolution, through DR activation. */
export const PATH_TO_RESOLVED = ["assessing", "dr_activated", "recovering", "monitoring", "validating", "resolved"] as const;

export const DATABASE_OUTAGE: DeclareIncidentInput = {
  title: "Database and API down",
  scenarioKey: "database-corruption-loss",
  services: [
    { key: "database", impact: "down" },
    { key: "core-api", impact: "down" },
    { key: "web-application", impact: "degraded" },
  ],
  detectedAt: "2026-11-25T10:00:00Z",
};

export async function declareOutage(commander?: SignedInUser, input: Partial<DeclareIncidentInput> = {}) {
  return declareIncident(commander ?? (await demoUser("commander")), { ...DATABASE_OUTAGE, ...input });
}

/** Moves the incident along the path up to `last` (resolved by default). */
export async function moveAlong(commander: SignedInUser, incidentId: string, last: (typeof PATH_TO_RESOLVED)[number] = "resolved") {
  for (const to of PATH_TO_RESOLVED.slice(0, PATH_TO_RESOLVED.indexOf(last) + 1)) {
    await transitionIncident(commander, incidentId, { to });
  }
}

/** A database outage declared by the demo commander and resolved by them: it has its review. */
export async function resolvedOutage(input: Partial<DeclareIncidentInput> = {}) {
  const commander = await demoUser("commander");
  const incident = await declareOutage(commander, input);
  await moveAlong(commander, incident.id);
  return { incidentId: incident.id, commander };
}

/** Gives the incident `count` more notes at once, as a long incident would have. */
export async function addManyNotes(incidentId: string, count: number) {
  await db().$executeRawUnsafe(MANY_NOTES_SQL, incidentId, count);
}

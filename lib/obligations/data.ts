import "server-only";
import { db } from "@/lib/db";
import { incidentNotFound } from "@/lib/incidents/data";
import { presentIncidentObligation } from "@/lib/obligations/present";
import type { Tx } from "@/lib/timeline/mutations";
import { requireSignedIn, type SignedInUser } from "@/lib/users/data";

/** The plan's reporting obligations, in its order. */
export function listReportingObligations(caller: SignedInUser) {
  requireSignedIn(caller);
  return db().reportingObligation.findMany({ orderBy: { position: "asc" } });
}

const WITH_REPORTS = { reports: { orderBy: { reportedAt: "asc" } } } as const;

/** One incident's obligations, in the order it was classified under them, each deadline scheduled. */
export async function readIncidentObligations(client: Tx, incidentId: string) {
  const incident = await client.incident.findUnique({ where: { id: incidentId }, select: { detectedAt: true } });
  if (!incident) throw incidentNotFound(incidentId);
  const rows = await client.incidentObligation.findMany({ where: { incidentId }, orderBy: { classifiedAt: "asc" }, include: WITH_REPORTS });
  return rows.map((row) => presentIncidentObligation(row, incident.detectedAt));
}

export function listIncidentObligations(caller: SignedInUser, incidentId: string) {
  requireSignedIn(caller);
  return readIncidentObligations(db(), incidentId);
}

/** The obligations of several incidents (the status board's), by incident id. */
export async function obligationsByIncident(incidents: readonly { id: string; detectedAt: Date }[]) {
  const rows = await db().incidentObligation.findMany({
    where: { incidentId: { in: incidents.map((incident) => incident.id) } },
    orderBy: { classifiedAt: "asc" },
    include: WITH_REPORTS,
  });
  const detectedAt = new Map(incidents.map((incident) => [incident.id, incident.detectedAt]));
  const byIncident = new Map<string, ReturnType<typeof presentIncidentObligation>[]>();
  for (const row of rows) {
    const list = byIncident.get(row.incidentId) ?? [];
    list.push(presentIncidentObligation(row, detectedAt.get(row.incidentId)!));
    byIncident.set(row.incidentId, list);
  }
  return byIncident;
}

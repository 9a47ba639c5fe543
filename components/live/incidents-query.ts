// The incident list as queries, every key under ["incidents"]: one signal from the server
// (incidents:changed) refreshes them all, the list page, the navigation's count and any other view
// of the list.
import { api } from "@/components/live/api-client";
import type { Jsonify } from "@/lib/json";
import type { IncidentSummaryView } from "@/lib/incidents/present";
import { isActive } from "@/lib/incidents/state-machine";

export type IncidentListEntry = Jsonify<IncidentSummaryView>;
/** Which incidents the list shows: everything (undefined), drills only, or real incidents only. */
export type DrillsShown = "only" | "exclude" | undefined;

export const INCIDENTS_KEY = ["incidents"] as const;
export const incidentListKey = (drills: DrillsShown) => [...INCIDENTS_KEY, "list", drills ?? "all"] as const;
export const ACTIVE_INCIDENT_COUNT_KEY = [...INCIDENTS_KEY, "active-count"] as const;

export function fetchIncidentList(drills: DrillsShown): Promise<IncidentListEntry[]> {
  return api<IncidentListEntry[]>(drills ? `/api/incidents?drills=${drills}` : "/api/incidents");
}

/** Real incidents being worked now; drills are left out, as the server's count leaves them. */
export async function fetchActiveIncidentCount(): Promise<number> {
  return (await fetchIncidentList("exclude")).filter((incident) => isActive(incident.state)).length;
}

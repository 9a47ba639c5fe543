// The incidents being worked, as one query: the home page lists them, and every signal that an
// incident changed refreshes it with the rest of the ["incidents", …] keys.
import { api } from "@/components/live/api-client";
import type { ActiveIncidentView } from "@/lib/incidents/present";
import type { Jsonify } from "@/lib/json";

export type ActiveIncidentItem = Jsonify<ActiveIncidentView>;

export const ACTIVE_INCIDENTS_KEY = ["incidents", "active"] as const;

export function fetchActiveIncidents(): Promise<ActiveIncidentItem[]> {
  return api<ActiveIncidentItem[]>("/api/incidents/active");
}

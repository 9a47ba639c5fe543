// Incident shapes as the browser receives them (dates as ISO strings).
import type { IncidentDetailView } from "@/lib/incidents/present";
import type { Jsonify } from "@/lib/json";

export type IncidentView = Jsonify<IncidentDetailView>;
export type ChecklistItemView = IncidentView["checklist"][number];
export type AffectedServiceView = IncidentView["services"][number];

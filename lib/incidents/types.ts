// Incident shapes as the browser receives them (dates as ISO strings).
import type { IncidentDetail, IncidentSummary } from "@/lib/incidents/data";
import type { Jsonify } from "@/lib/json";

export type IncidentView = Jsonify<IncidentDetail>;
export type ChecklistItemView = IncidentView["checklist"][number];
export type AffectedServiceView = IncidentView["services"][number];

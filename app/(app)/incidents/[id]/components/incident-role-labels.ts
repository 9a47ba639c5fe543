import type { IncidentRole } from "@/lib/generated/prisma/enums";

/** The incident roles, as the plan's response team names them. */
export const INCIDENT_ROLE_LABELS: Record<IncidentRole, string> = {
  incident_commander: "Incident commander",
  technical_lead: "Technical lead",
  communications_lead: "Communications lead",
  scribe: "Scribe",
  responder: "Responder",
};

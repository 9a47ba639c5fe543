import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { WarRoomPage } from "@/app/(app)/incidents/[id]/war-room-page";
import { requireUser } from "@/lib/auth/session";
import { listTemplates } from "@/lib/communications/data";
import { listContacts } from "@/lib/contacts/data";
import { DomainError } from "@/lib/errors";
import { listEscalationLevels } from "@/lib/escalation/data";
import { listAssignableHolders } from "@/lib/incident-roles/data";
import { getIncident } from "@/lib/incidents/data";
import { presentIncident } from "@/lib/incidents/present";
import { jsonify } from "@/lib/json";
import { listIncidentObligations, listReportingObligations } from "@/lib/obligations/data";
import { listServices } from "@/lib/services/data";
import { countRecipients } from "@/lib/subscribers/data";
import { openingEvents } from "@/lib/timeline/data";

type WarRoomRouteProps = { params: Promise<{ id: string }> };

/** The incident, or null for an id no incident has; once per request for the title and the page. */
const loadIncident = cache(async (id: string) => {
  try {
    return await getIncident(await requireUser(), id);
  } catch (error) {
    if (error instanceof DomainError && error.kind === "not_found") return null;
    throw error;
  }
});

export async function generateMetadata({ params }: WarRoomRouteProps): Promise<Metadata> {
  const incident = await loadIncident((await params).id);
  return { title: incident ? `#${incident.number} ${incident.title}` : "Incident not found" };
}

export default async function WarRoomRoute({ params }: WarRoomRouteProps) {
  const { id } = await params;
  const [user, incident] = await Promise.all([requireUser(), loadIncident(id)]);
  if (!incident) notFound();
  const [shownEvents, responseTeam, escalationLevels, assignable, templates, recipients, obligations, planObligations, services] = await Promise.all([
    // Up to the state the incident was read at: the live connection replays anything later.
    openingEvents(id, incident.lastSeq),
    listContacts(user, "response_team"),
    listEscalationLevels(user),
    user.role === "viewer" ? null : listAssignableHolders(user),
    listTemplates(user),
    countRecipients(),
    listIncidentObligations(user, id),
    listReportingObligations(user),
    listServices(),
  ]);
  return (
    <WarRoomPage
      incident={jsonify(presentIncident(incident))}
      events={shownEvents}
      user={{ id: user.id, name: user.name, role: user.role }}
      responseTeam={responseTeam}
      escalationLevels={escalationLevels}
      assignable={assignable}
      communications={{ templates: templates.map(({ id, name, audience }) => ({ id, name, audience })), recipients }}
      obligations={{
        obligations: jsonify(obligations),
        seq: shownEvents.reduce((last, event) => (event.type.startsWith("obligation.") ? event.seq : last), 0),
      }}
      planObligations={planObligations.map(({ key, name }) => ({ key, name }))}
      catalogue={services.map(({ key, name }) => ({ key, name }))}
      renderedAt={new Date()}
    />
  );
}

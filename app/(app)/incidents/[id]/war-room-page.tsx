"use client";
import { Suspense } from "react";
import { ClockProvider } from "@/components/clock-provider";
import { ChecklistPanel } from "@/app/(app)/incidents/[id]/components/checklist-panel";
import { DeclareInErrorForm } from "@/app/(app)/incidents/[id]/components/declare-in-error-form";
import { DeclaredInErrorBanner } from "@/app/(app)/incidents/[id]/components/declared-in-error-banner";
import { EditDetailsForm } from "@/app/(app)/incidents/[id]/components/edit-details-form";
import type { CatalogueService } from "@/app/(app)/incidents/[id]/components/add-service-form";
import { ContactsPanel } from "@/app/(app)/incidents/[id]/components/contacts-panel";
import { DrillBanner } from "@/app/(app)/incidents/[id]/components/drill-banner";
import { EscalationBanner } from "@/app/(app)/incidents/[id]/components/escalation-banner";
import { JoinButton } from "@/app/(app)/incidents/[id]/components/join-button";
import { ReportingDeadlinesPanel } from "@/app/(app)/incidents/[id]/components/reporting-deadlines-panel";
import { ReviewLink } from "@/app/(app)/incidents/[id]/components/review-link";
import { RolesPanel } from "@/app/(app)/incidents/[id]/components/roles-panel";
import { ServicesPanel } from "@/app/(app)/incidents/[id]/components/services-panel";
import { SeverityControl } from "@/app/(app)/incidents/[id]/components/severity-control";
import { StatusUpdateDue } from "@/app/(app)/incidents/[id]/components/status-update-due";
import { StatusUpdatesPanel, type Communications } from "@/app/(app)/incidents/[id]/components/status-updates-panel";
import { TimelinePanel } from "@/app/(app)/incidents/[id]/components/timeline-panel";
import { TransitionButtons } from "@/app/(app)/incidents/[id]/components/transition-buttons";
import { useIncidentQuery } from "@/app/(app)/incidents/[id]/components/use-incident-query";
import { useTimelineQuery } from "@/app/(app)/incidents/[id]/components/use-timeline-query";
import { WarRoomHeader } from "@/app/(app)/incidents/[id]/components/war-room-header";
import { useIncidentLive } from "@/components/live/use-incident-live";
import type { ContactRecord } from "@/lib/contacts/data";
import type { EscalationLevelWithContacts } from "@/lib/escalation/data";
import { canPostToAudience } from "@/lib/communications/ability";
import type { Audience, UserRole } from "@/lib/generated/prisma/enums";
import type { AssignableHolders } from "@/lib/incident-roles/data";
import { canCommandIncident, canJoinIncident, canWorkIncident } from "@/lib/incidents/ability";
import { canDeclareInError, isActive, isSettled } from "@/lib/incidents/state-machine";
import type { IncidentView } from "@/lib/incidents/types";
import type { IncidentObligationView } from "@/lib/obligations/types";
import type { IncidentEvent } from "@/lib/timeline/types";

type WarRoomPageProps = {
  incident: IncidentView;
  events: IncidentEvent[];
  user: { id: string; name: string; role: UserRole };
  responseTeam: ContactRecord[];
  escalationLevels: EscalationLevelWithContacts[];
  /** Who roles can go to; null for management, who assigns none. */
  assignable: AssignableHolders | null;
  communications: Communications;
  /** The incident's reporting obligations as rendered, and the last obligation event they include. */
  obligations: { obligations: IncidentObligationView[]; seq: number };
  planObligations: { key: string; name: string }[];
  /** The plan's services, from which a commander adds an affected one. */
  catalogue: CatalogueService[];
  renderedAt: Date;
};

const AUDIENCES: readonly Audience[] = ["internal", "stakeholders", "public"];

/**
 * The live war room. What the user may do follows their roles in the incident as they change
 * (joining, being handed a role); the server checks every write again.
 */
export function WarRoomPage({ user, renderedAt, responseTeam, escalationLevels, assignable, communications, obligations, planObligations, catalogue, ...initial }: WarRoomPageProps) {
  const incident = useIncidentQuery(initial.incident);
  const events = useTimelineQuery(incident.id, initial.events);
  const live = useIncidentLive(incident.id);
  const incidentRoles = incident.roles
    .filter((assignment) => assignment.userId === user.id && !assignment.endedAt)
    .map((assignment) => assignment.role);
  const access = { role: user.role, incidentRoles };
  // A finished incident takes no more work (the server answers 409); until it is closed its
  // timeline can still be pinned and its status updates posted.
  const underway = isActive(incident.state);
  const stillOpen = !isSettled(incident.state);
  const canWork = canWorkIncident(access) && underway;
  const canCommand = canCommandIncident(access);
  const canSteer = canCommand && underway;
  const canJoin = underway && canJoinIncident(user.role) && incidentRoles.length === 0;
  const canPin = canWorkIncident(access) && stillOpen;
  const audiences = stillOpen ? AUDIENCES.filter((audience) => canPostToAudience(access, audience)) : [];

  // A closed incident, or one declared in error, has nothing left to steer.
  const controls = ((canCommand && stillOpen) || canJoin) && (
    <div className="flex flex-wrap items-start gap-x-6 gap-y-3 rounded-xl border border-line bg-surface p-3 sm:p-4">
      {canJoin && <JoinButton incidentId={incident.id} />}
      {canCommand && <TransitionButtons incidentId={incident.id} state={incident.state} lastSeq={incident.lastSeq} />}
      {canSteer && <SeverityControl incidentId={incident.id} severity={incident.severity} />}
      {canSteer && <EditDetailsForm incident={incident} />}
      {canCommand && canDeclareInError(incident.state) && (
        <div className="w-full border-t border-line pt-2 sm:ml-auto sm:w-auto sm:border-0 sm:pt-0">
          <DeclareInErrorForm incidentId={incident.id} />
        </div>
      )}
    </div>
  );

  return (
    <ClockProvider renderedAt={renderedAt}>
      <DrillBanner incident={incident} />
      <WarRoomHeader incident={incident} live={live} controls={controls} />
      <DeclaredInErrorBanner incident={incident} />
      <ReviewLink incident={incident} />
      {canCommand && <StatusUpdateDue incident={incident} linkToPanel className="mb-4" />}
      <EscalationBanner
        incident={incident}
        events={events}
        escalationLevels={escalationLevels}
        worker={canWork ? { id: user.id } : null}
        canCommand={canSteer}
      />
      {/* Below what a phone shows first, each panel is a boundary of its own, so the page comes
          alive a panel at a time between the phone's other work instead of in one long freeze; a
          tap on a panel not yet alive brings it first, and the tap is kept. React sends a large
          boundary's HTML after the rest, shown once the script has run: the panels on top keep
          none, and paint with the first HTML. */}
      <div className="grid gap-10 xl:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] xl:gap-8">
        <div className="min-w-0 space-y-10">
          <ServicesPanel incident={incident} canWork={canWork} catalogue={canSteer ? catalogue : null} />
          <ReportingDeadlinesPanel incident={incident} events={events} initial={obligations} planObligations={canCommand && stillOpen ? planObligations : null} canRecord={canCommand} />
          <ChecklistPanel incident={incident} worker={canWork ? { id: user.id, name: user.name } : null} />
        </div>
        <div className="min-w-0 space-y-10">
          <Suspense>
            <TimelinePanel incident={incident} events={events} canNote={canWork} canPin={canPin} />
          </Suspense>
          <Suspense>
            <StatusUpdatesPanel incident={incident} communications={communications} audiences={audiences} />
          </Suspense>
          <Suspense>
            <RolesPanel incident={incident} assignable={canSteer ? assignable : null} />
          </Suspense>
          <Suspense>
            <ContactsPanel responseTeam={responseTeam} escalationLevels={escalationLevels} detectedAt={incident.detectedAt} />
          </Suspense>
        </div>
      </div>
    </ClockProvider>
  );
}

import { AssignRoleForm } from "@/app/(app)/incidents/[id]/components/assign-role-form";
import { INCIDENT_ROLE_LABELS } from "@/app/(app)/incidents/[id]/components/incident-role-labels";
import { RemoveRoleButton } from "@/app/(app)/incidents/[id]/components/remove-role-button";
import { Badge } from "@/components/ui/badge";
import { Section } from "@/components/ui/section";
import type { IncidentRole } from "@/lib/generated/prisma/enums";
import type { AssignableHolders } from "@/lib/incident-roles/data";
import type { IncidentView } from "@/lib/incidents/types";

/** The roles one person holds at a time, in the order people look for them. */
const LEAD_ROLES: readonly IncidentRole[] = ["incident_commander", "technical_lead", "communications_lead", "scribe"];

type Assignment = IncidentView["roles"][number];

type RolesPanelProps = {
  incident: IncidentView;
  /** Who the commander can give a role to; null when the signed-in user cannot assign roles. */
  assignable: AssignableHolders | null;
};

/** A holder's name; a plan contact is marked, since they cannot act in Muster themselves. */
function Holder({ incidentId, assignment, removable }: { incidentId: string; assignment: Assignment; removable: boolean }) {
  return (
    <span className="inline-flex flex-wrap items-center justify-end gap-x-2 gap-y-1">
      <span className="font-medium text-ink">{assignment.holderName}</span>
      {!assignment.userId && <Badge>Plan contact</Badge>}
      {removable && <RemoveRoleButton incidentId={incidentId} assignment={assignment} />}
    </span>
  );
}

/** Who owns what right now: the lead roles, then everyone responding. */
export function RolesPanel({ incident, assignable }: RolesPanelProps) {
  const current = incident.roles.filter((assignment) => !assignment.endedAt);
  const holderOf = (role: IncidentRole) => current.find((assignment) => assignment.role === role);
  const responders = current.filter((assignment) => assignment.role === "responder");
  const canChange = !!assignable;
  return (
    <Section id="roles" title="Roles">
      <div className="space-y-4 rounded-xl border border-line bg-surface px-4 py-4 sm:px-5">
        <dl className="divide-y divide-line text-sm">
          {LEAD_ROLES.map((role) => {
            const holder = holderOf(role);
            return (
              <div key={role} className="flex items-center justify-between gap-4 py-2 first:pt-0">
                <dt className="text-ink-muted">{INCIDENT_ROLE_LABELS[role]}</dt>
                <dd className="text-right">
                  {holder ? (
                    // The commander's role is never left empty: it is handed over with the form below.
                    <Holder incidentId={incident.id} assignment={holder} removable={canChange && role !== "incident_commander"} />
                  ) : (
                    <span className="text-ink-muted">Not assigned</span>
                  )}
                </dd>
              </div>
            );
          })}
          <div className="flex justify-between gap-4 py-2 last:pb-0">
            <dt className="text-ink-muted">Responders</dt>
            <dd className="text-right">
              {responders.length ? (
                <ul className="space-y-1">
                  {responders.map((assignment) => (
                    <li key={assignment.id}>
                      <Holder incidentId={incident.id} assignment={assignment} removable={canChange} />
                    </li>
                  ))}
                </ul>
              ) : (
                <span className="text-ink-muted">None yet</span>
              )}
            </dd>
          </div>
        </dl>
        {assignable && (
          <div className="border-t border-line pt-4">
            <AssignRoleForm incidentId={incident.id} holders={assignable} />
            <p className="mt-3 text-xs text-ink-muted">
              Assigning a lead role that someone holds hands it over. The incident commander cannot be removed: hand the role over instead.
            </p>
          </div>
        )}
      </div>
    </Section>
  );
}

import { AssignRoleForm } from "@/app/(app)/incidents/[id]/components/assign-role-form";
import { INCIDENT_ROLE_LABELS } from "@/app/(app)/incidents/[id]/components/incident-role-labels";
import { Section } from "@/components/ui/section";
import type { IncidentRole } from "@/lib/generated/prisma/enums";
import type { AssignableUser } from "@/lib/incident-roles/data";
import type { IncidentView } from "@/lib/incidents/types";

/** The roles one person holds at a time, in the order people look for them. */
const LEAD_ROLES: readonly IncidentRole[] = ["incident_commander", "technical_lead", "communications_lead", "scribe"];

type RolesPanelProps = {
  incident: IncidentView;
  /** People the commander can give a role to; null when the signed-in user cannot assign roles. */
  assignable: AssignableUser[] | null;
};

/** Who owns what right now: the lead roles, then everyone responding. */
export function RolesPanel({ incident, assignable }: RolesPanelProps) {
  const current = incident.roles.filter((assignment) => !assignment.endedAt);
  const holderOf = (role: IncidentRole) => current.find((assignment) => assignment.role === role)?.holderName;
  const responders = current.filter((assignment) => assignment.role === "responder").map((assignment) => assignment.holderName);
  return (
    <Section id="roles" title="Roles">
      <div className="space-y-4 rounded-xl border border-line bg-surface px-4 py-4 sm:px-5">
        <dl className="divide-y divide-line text-sm">
          {LEAD_ROLES.map((role) => (
            <div key={role} className="flex justify-between gap-4 py-2 first:pt-0">
              <dt className="text-ink-muted">{INCIDENT_ROLE_LABELS[role]}</dt>
              <dd className={`text-right ${holderOf(role) ? "font-medium text-ink" : "text-ink-muted"}`}>
                {holderOf(role) ?? "Not assigned"}
              </dd>
            </div>
          ))}
          <div className="flex justify-between gap-4 py-2 last:pb-0">
            <dt className="text-ink-muted">Responders</dt>
            <dd className={`text-right ${responders.length ? "text-ink" : "text-ink-muted"}`}>
              {responders.length ? responders.join(", ") : "None yet"}
            </dd>
          </div>
        </dl>
        {assignable && (
          <div className="border-t border-line pt-4">
            <AssignRoleForm incidentId={incident.id} users={assignable} />
          </div>
        )}
      </div>
    </Section>
  );
}

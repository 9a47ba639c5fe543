import { AddServiceForm, type CatalogueService } from "@/app/(app)/incidents/[id]/components/add-service-form";
import { AffectedServiceItem } from "@/app/(app)/incidents/[id]/components/affected-service-item";
import { Section } from "@/components/ui/section";
import type { AffectedServiceView, IncidentView } from "@/lib/incidents/types";

/** Soonest deadline first; restored services, whose clocks have stopped, at the end. */
function byUrgency(a: AffectedServiceView, b: AffectedServiceView): number {
  if (!!a.restoredAt !== !!b.restoredAt) return a.restoredAt ? 1 : -1;
  return Date.parse(a.rtoDeadline) - Date.parse(b.rtoDeadline);
}

type ServicesPanelProps = {
  incident: IncidentView;
  canWork: boolean;
  /** The plan's services, for a commander who may add and remove affected ones; null for everyone else. */
  catalogue: readonly CatalogueService[] | null;
};

export function ServicesPanel({ incident, canWork, catalogue }: ServicesPanelProps) {
  const affected = new Set(incident.services.map((service) => service.key));
  return (
    <Section id="services" title="Services">
      <ul className="space-y-2.5">
        {[...incident.services].sort(byUrgency).map((service) => (
          <AffectedServiceItem
            key={service.key}
            incidentId={incident.id}
            service={service}
            detectedAt={incident.detectedAt}
            canWork={canWork}
            // Declared in error, it never happened: no deadline is counting down.
            clockStopped={incident.state === "declared_in_error"}
            canMend={!!catalogue}
            removable={incident.services.length > 1}
          />
        ))}
      </ul>
      {catalogue && (
        <div className="mt-3">
          <AddServiceForm incidentId={incident.id} candidates={catalogue.filter((service) => !affected.has(service.key))} />
        </div>
      )}
    </Section>
  );
}

import { AffectedServiceItem } from "@/app/(app)/incidents/[id]/components/affected-service-item";
import { Section } from "@/components/ui/section";
import type { AffectedServiceView, IncidentView } from "@/lib/incidents/types";

/** Soonest deadline first; restored services, whose clocks have stopped, at the end. */
function byUrgency(a: AffectedServiceView, b: AffectedServiceView): number {
  if (!!a.restoredAt !== !!b.restoredAt) return a.restoredAt ? 1 : -1;
  return Date.parse(a.rtoDeadline) - Date.parse(b.rtoDeadline);
}

export function ServicesPanel({ incident, canWork }: { incident: IncidentView; canWork: boolean }) {
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
          />
        ))}
      </ul>
    </Section>
  );
}

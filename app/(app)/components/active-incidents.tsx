"use client";
import { useQuery } from "@tanstack/react-query";
import { ActiveIncidentItemCard } from "@/app/(app)/components/active-incident-item";
import { ClockProvider } from "@/components/clock-provider";
import { ACTIVE_INCIDENTS_KEY, fetchActiveIncidents, type ActiveIncidentItem } from "@/components/live/active-incidents-query";
import { Section } from "@/components/ui/section";
import { formatCount } from "@/lib/format";

const REVISIT_STALE_MS = 30_000;

function IncidentList({ incidents }: { incidents: ActiveIncidentItem[] }) {
  return (
    <ul className="grid gap-3">
      {incidents.map((incident) => (
        <ActiveIncidentItemCard key={incident.id} incident={incident} />
      ))}
    </ul>
  );
}

type ActiveIncidentsProps = { initial: ActiveIncidentItem[]; renderedAt: Date };

/**
 * What is being worked right now, above everything else on the home page: real incidents first,
 * drills apart below them. Nothing at all when nothing is active.
 */
export function ActiveIncidents({ initial, renderedAt }: ActiveIncidentsProps) {
  const { data: incidents } = useQuery({
    queryKey: ACTIVE_INCIDENTS_KEY,
    queryFn: fetchActiveIncidents,
    initialData: initial,
    // Signals that an incident changed refresh it at once; this only bounds how old a list kept
    // from an earlier visit may be when the page is opened again.
    staleTime: REVISIT_STALE_MS,
  });
  const real = incidents.filter((incident) => !incident.isDrill);
  const drills = incidents.filter((incident) => incident.isDrill);
  if (incidents.length === 0) return null;
  return (
    <ClockProvider renderedAt={renderedAt}>
      <div className="mb-10 space-y-8">
        {real.length > 0 && (
          <Section id="active-incidents" title={formatCount(real.length, "active incident")}>
            <IncidentList incidents={real} />
          </Section>
        )}
        {drills.length > 0 && (
          <Section id="active-drills" title={`${formatCount(drills.length, "drill")} under way`} description="Exercises of the plan, not incidents.">
            <IncidentList incidents={drills} />
          </Section>
        )}
      </div>
    </ClockProvider>
  );
}

"use client";
import { useQuery } from "@tanstack/react-query";
import { ClockProvider } from "@/components/clock-provider";
import { DrillFilter } from "@/app/(app)/incidents/components/drill-filter";
import { IncidentListItem } from "@/app/(app)/incidents/components/incident-list-item";
import { fetchIncidentList, incidentListKey, type DrillsShown, type IncidentListEntry } from "@/components/live/incidents-query";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { isActive } from "@/lib/incidents/state-machine";
import { EmptyState } from "@/components/ui/empty-state";

type IncidentsPageProps = {
  /** The list at the server's render; the shell's live hook refreshes it on each change. */
  initial: IncidentListEntry[];
  overdueReviews: { incidentId: string; dueAt: string }[];
  drills: DrillsShown;
  renderedAt: Date;
};

const NO_DRILL_RUNNING = "No drill is running right now.";

export function IncidentsPage({ initial, overdueReviews, drills, renderedAt }: IncidentsPageProps) {
  const { data: incidents } = useQuery({ queryKey: incidentListKey(drills), queryFn: () => fetchIncidentList(drills), initialData: initial });
  const reviewDue = new Map(overdueReviews.map((review) => [review.incidentId, review.dueAt]));
  const active = incidents.filter((incident) => isActive(incident.state));
  // Drills under way stand in a section of their own, below every real incident.
  const realActive = active.filter((incident) => !incident.isDrill);
  const drillsActive = active.filter((incident) => incident.isDrill);
  const finished = incidents.filter((incident) => !isActive(incident.state));
  return (
    <ClockProvider renderedAt={renderedAt}>
      {/* Declaring is the shell's, on every page. */}
      <PageHeader title="Incidents" description="What is broken now, how long is left, and how far recovery has got." />
      <div className="space-y-10">
        <DrillFilter current={drills} />
        {drills !== "only" && (
          <Section id="active" title="Active">
            {realActive.length ? (
              <ul className="grid gap-3">
                {realActive.map((incident) => (
                  <IncidentListItem key={incident.id} incident={incident} />
                ))}
              </ul>
            ) : (
              <EmptyState>{drills === "exclude" ? "No real incident is being worked right now." : "No incident is being worked right now."}</EmptyState>
            )}
          </Section>
        )}
        {(drillsActive.length > 0 || drills === "only") && (
          <Section id="drills" title="Drills" description="Exercises of the plan under way: not incidents.">
            {drillsActive.length ? (
              <ul className="grid gap-3">
                {drillsActive.map((incident) => (
                  <IncidentListItem key={incident.id} incident={incident} />
                ))}
              </ul>
            ) : (
              <EmptyState>{NO_DRILL_RUNNING}</EmptyState>
            )}
          </Section>
        )}
        {finished.length > 0 && (
          <Section id="resolved" title="Resolved and closed">
            <ul className="grid gap-3">
              {finished.map((incident) => (
                <IncidentListItem key={incident.id} incident={incident} overdueReviewDueAt={reviewDue.get(incident.id)} />
              ))}
            </ul>
          </Section>
        )}
      </div>
    </ClockProvider>
  );
}

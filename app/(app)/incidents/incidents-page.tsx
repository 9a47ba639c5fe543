import Link from "next/link";
import { ClockProvider } from "@/components/clock-provider";
import { DrillFilter, type DrillsShown } from "@/app/(app)/incidents/components/drill-filter";
import { IncidentListItem } from "@/app/(app)/incidents/components/incident-list-item";
import { RefreshEvery } from "@/components/refresh-every";
import { buttonClasses } from "@/components/ui/button-classes";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import type { IncidentSummary } from "@/lib/incidents/data";
import type { OverdueReview } from "@/lib/reviews/data";
import { isActive } from "@/lib/incidents/state-machine";
import { EmptyState } from "@/components/ui/empty-state";

type IncidentsPageProps = {
  incidents: IncidentSummary[];
  overdueReviews: OverdueReview[];
  drills: DrillsShown;
  canDeclare: boolean;
  renderedAt: Date;
};

// The list has no live connection of its own; this keeps it within half a minute of the truth.
const REFRESH_SECONDS = 30;

const NO_DRILL_RUNNING = "No drill is running right now.";

export function IncidentsPage({ incidents, overdueReviews, drills, canDeclare, renderedAt }: IncidentsPageProps) {
  const reviewDue = new Map(overdueReviews.map((review) => [review.incidentId, review.dueAt]));
  const active = incidents.filter((incident) => isActive(incident.state));
  // Drills under way stand in a section of their own, below every real incident.
  const realActive = active.filter((incident) => !incident.isDrill);
  const drillsActive = active.filter((incident) => incident.isDrill);
  const finished = incidents.filter((incident) => !isActive(incident.state));
  return (
    <ClockProvider renderedAt={renderedAt}>
      <RefreshEvery seconds={REFRESH_SECONDS} />
      <PageHeader
        title="Incidents"
        description="What is broken now, how long is left, and how far recovery has got."
        actions={
          canDeclare && (
            <Link href="/incidents/new" className={buttonClasses("primary")}>
              Declare incident
            </Link>
          )
        }
      />
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

import type { Metadata } from "next";
import { IncidentsPage } from "@/app/(app)/incidents/incidents-page";
import { requireUser } from "@/lib/auth/session";
import { listIncidents } from "@/lib/incidents/data";
import { presentIncidentSummaries } from "@/lib/incidents/present";
import { jsonify } from "@/lib/json";
import { listOverdueReviews } from "@/lib/reviews/data";

export const metadata: Metadata = { title: "Incidents" };

type IncidentsRouteProps = { searchParams: Promise<{ drills?: string | string[] }> };

export default async function IncidentsRoute({ searchParams }: IncidentsRouteProps) {
  const { drills } = await searchParams;
  const filter = drills === "only" || drills === "exclude" ? drills : undefined;
  const renderedAt = new Date();
  const user = await requireUser();
  const [incidents, overdueReviews] = await Promise.all([listIncidents(user, { drills: filter }), listOverdueReviews(renderedAt)]);
  return (
    <IncidentsPage
      initial={jsonify(presentIncidentSummaries(incidents))}
      overdueReviews={overdueReviews.map(({ incidentId, dueAt }) => ({ incidentId, dueAt: dueAt.toISOString() }))}
      drills={filter}
      renderedAt={renderedAt}
    />
  );
}

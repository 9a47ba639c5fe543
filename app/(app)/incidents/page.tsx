import type { Metadata } from "next";
import { IncidentsPage } from "@/app/(app)/incidents/incidents-page";
import { requireUser } from "@/lib/auth/session";
import { canDeclareIncident } from "@/lib/incidents/ability";
import { listIncidents } from "@/lib/incidents/data";
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
      incidents={incidents}
      overdueReviews={overdueReviews}
      drills={filter}
      canDeclare={canDeclareIncident(user.role)}
      renderedAt={renderedAt}
    />
  );
}

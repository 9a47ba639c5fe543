import type { Metadata } from "next";
import { IncidentsPage } from "@/app/(app)/incidents/incidents-page";
import { requireUser } from "@/lib/auth/session";
import { canDeclareIncident } from "@/lib/incidents/ability";
import { listIncidents } from "@/lib/incidents/data";

export const metadata: Metadata = { title: "Incidents" };

type IncidentsRouteProps = { searchParams: Promise<{ drills?: string | string[] }> };

export default async function IncidentsRoute({ searchParams }: IncidentsRouteProps) {
  const { drills } = await searchParams;
  const filter = drills === "only" || drills === "exclude" ? drills : undefined;
  const [user, incidents] = await Promise.all([requireUser(), listIncidents({ drills: filter })]);
  return (
    <IncidentsPage incidents={incidents} drills={filter} canDeclare={canDeclareIncident(user.role)} renderedAt={new Date()} />
  );
}

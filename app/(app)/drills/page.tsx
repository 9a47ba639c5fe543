import type { Metadata } from "next";
import { DrillsPage } from "@/app/(app)/drills/drills-page";
import { requireUser } from "@/lib/auth/session";
import { listDrillSchedules } from "@/lib/drills/data";
import { presentDrillSchedule } from "@/lib/drills/present";
import { canDeclareIncident } from "@/lib/incidents/ability";
import { jsonify } from "@/lib/json";

export const metadata: Metadata = { title: "Drills" };

export default async function DrillsRoute() {
  const user = await requireUser();
  const now = new Date();
  const schedule = await listDrillSchedules(user, now);
  return (
    <DrillsPage
      drills={schedule.map((drill) => ({
        ...jsonify(presentDrillSchedule(drill)),
        services: drill.services.map((service) => service.name),
        scenario: drill.scenario?.name ?? null,
        procedure: drill.runbook,
      }))}
      canStart={canDeclareIncident(user.role)}
      renderedAt={now}
    />
  );
}

import { redirect } from "next/navigation";
import { HomePage } from "@/app/(app)/home-page";
import { requireUser } from "@/lib/auth/session";
import { getBackupStatus } from "@/lib/backups/data";
import { presentBackupStatus } from "@/lib/backups/present";
import { listActiveIncidents } from "@/lib/incidents/data";
import { presentActiveIncidents } from "@/lib/incidents/present";
import { staleBundleWords } from "@/lib/break-glass/freshness";
import { jsonify } from "@/lib/json";
import { canEditPlan } from "@/lib/plan/ability";
import { getPlanOverview } from "@/lib/plan/data";
import { getReadiness } from "@/lib/readiness/data";

export default async function HomeRoute() {
  // Management's home is the status board: it answers their question, and changes nothing.
  const user = await requireUser();
  if (user.role === "viewer") redirect("/status");
  const now = new Date();
  const [overview, backups, readiness, active] = await Promise.all([
    getPlanOverview(user),
    getBackupStatus(user, now),
    getReadiness(user, now),
    listActiveIncidents(user),
  ]);
  return (
    <HomePage
      activeIncidents={jsonify(presentActiveIncidents(active))}
      overview={overview}
      readiness={readiness.counts}
      now={now}
      backupAlerts={presentBackupStatus(backups).alerts}
      staleBundle={canEditPlan(user.role) ? staleBundleWords(overview.document) : null}
    />
  );
}

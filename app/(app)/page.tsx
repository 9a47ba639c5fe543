import { redirect } from "next/navigation";
import { HomePage } from "@/app/(app)/home-page";
import { requireUser } from "@/lib/auth/session";
import { getBackupStatus } from "@/lib/backups/data";
import { presentBackupStatus } from "@/lib/backups/present";
import { getPlanOverview } from "@/lib/plan/data";

export default async function HomeRoute() {
  // Management's home is the status board: it answers their question, and changes nothing.
  const user = await requireUser();
  if (user.role === "viewer") redirect("/status");
  const [overview, backups] = await Promise.all([getPlanOverview(user), getBackupStatus(user)]);
  return <HomePage overview={overview} now={backups.generatedAt} backupAlerts={presentBackupStatus(backups).alerts} />;
}

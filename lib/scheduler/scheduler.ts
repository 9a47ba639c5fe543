// The one loop that does what falls due on the clock: escalation levels, status-update reminders,
// RTO breaches, plan reviews and drills due, backups beyond their RPO and checks overdue, and the
// outgoing webhooks and e-mails they cause. Everything due is kept in the database, not in timers, so a restart loses nothing:
// the first run after a start fires, once, whatever fell due while Muster was down. Its clock is
// injectable, so tests move time instead of waiting for it.
import { evaluateBackupAlerts } from "@/lib/backups/mutations";
import { remindDueDrills } from "@/lib/drills/mutations";
import { systemClock, type Clock } from "@/lib/escalation/clock";
import { fireDueEscalations } from "@/lib/escalation/mutations";
import { deliverDueMessages } from "@/lib/outbound/mutations";
import { remindDuePlanReviews } from "@/lib/plan/upkeep";
import { refreshPublicSnapshot } from "@/lib/public-status/snapshot";
import { recordRtoBreaches } from "@/lib/recovery/mutations";
import { remindOverdueStatusUpdates } from "@/lib/status-updates/mutations";
import type { IncidentEvent } from "@/lib/timeline/types";

// Escalation thresholds are minutes apart; a level fires within this long of falling due.
const SCHEDULER_INTERVAL_MS = 5_000;

/** One pass over everything due at the clock's now; returns what it recorded. */
export async function runDueWork(clock: Clock = systemClock): Promise<IncidentEvent[]> {
  const now = clock();
  const recorded = [
    ...(await fireDueEscalations(now)),
    ...(await remindOverdueStatusUpdates(now)),
    ...(await recordRtoBreaches(now)),
  ];
  await remindDuePlanReviews(now);
  // Time alone moves a restore point into a worse band: graded on every pass, not only on a write.
  await evaluateBackupAlerts(now);
  await remindDueDrills(now);
  await deliverDueMessages(now);
  return recorded;
}

export function startScheduler(): () => void {
  // One pass at a time in this process (a slow pass is not queued behind); other nodes are kept
  // apart by row locks.
  let busy = false;
  const tick = async () => {
    if (busy) return;
    busy = true;
    try {
      await runDueWork();
    } catch (error) {
      console.error("Scheduled work failed", error);
    }
    // Finds what changes the public page without a write (the database gone or back, an incident
    // aged out of the history), and keeps its last known state recent for an outage.
    await refreshPublicSnapshot().catch(() => {});
    busy = false;
  };
  void tick();
  const timer = setInterval(tick, SCHEDULER_INTERVAL_MS);
  return () => clearInterval(timer);
}

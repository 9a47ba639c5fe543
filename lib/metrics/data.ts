import "server-only";
import { db } from "@/lib/db";
import { COUNTED_INCIDENTS } from "@/lib/incidents/state-machine";
import { computeMetrics } from "@/lib/metrics/compute";
import type { Metrics } from "@/lib/metrics/types";
import { requireSignedIn, type SignedInUser } from "@/lib/users/data";

/** The recovery metrics as of `now`, from every incident and action item but those declared in error. */
export async function getMetrics(caller: SignedInUser, now: Date = new Date()): Promise<Metrics> {
  requireSignedIn(caller);
  const [incidents, actionItems] = await Promise.all([
    db().incident.findMany({
      where: COUNTED_INCIDENTS,
      select: {
        severity: true,
        isDrill: true,
        impactStartedAt: true,
        detectedAt: true,
        acknowledgedAt: true,
        resolvedAt: true,
        dataLossMinutes: true,
        services: {
          select: {
            rtoDeadline: true,
            rpoTargetMinutes: true,
            restoredAt: true,
            dataLossMinutes: true,
            service: { select: { key: true, name: true, position: true } },
          },
        },
      },
    }),
    db().actionItem.findMany({
      where: { OR: [{ review: null }, { review: { incident: COUNTED_INCIDENTS } }] },
      select: { status: true, dueDate: true, review: { select: { incident: { select: { isDrill: true } } } } },
    }),
  ]);
  return computeMetrics(
    incidents.map(({ services, ...incident }) => ({
      ...incident,
      services: services.map(({ service, ...affected }) => ({ ...affected, ...service })),
    })),
    actionItems.map(({ review, ...item }) => ({ ...item, fromDrill: review?.incident.isDrill ?? false })),
    now,
  );
}

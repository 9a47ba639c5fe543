import "server-only";
import { db } from "@/lib/db";
import { computeMetrics } from "@/lib/metrics/compute";
import type { Metrics } from "@/lib/metrics/types";
import { requireSignedIn, type SignedInUser } from "@/lib/users/data";

/** The recovery metrics as of `now`, from every incident and every action item. */
export async function getMetrics(caller: SignedInUser, now: Date = new Date()): Promise<Metrics> {
  requireSignedIn(caller);
  const [incidents, actionItems] = await Promise.all([
    db().incident.findMany({
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

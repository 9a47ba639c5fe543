import "server-only";
import { db } from "@/lib/db";
import { requireSignedIn, type SignedInUser } from "@/lib/users/data";

/** The scenario tiers, most severe first, each with its scenarios and the runbooks they map to. */
export function listRecoveryTiers(caller: SignedInUser) {
  requireSignedIn(caller);
  return db().recoveryTier.findMany({
    orderBy: { position: "asc" },
    include: {
      scenarios: {
        orderBy: { position: "asc" },
        include: {
          runbooks: {
            orderBy: { position: "asc" },
            select: { runbook: { select: { key: true, title: true } } },
          },
        },
      },
    },
  });
}

export type RecoveryTierWithScenarios = Awaited<ReturnType<typeof listRecoveryTiers>>[number];

/** The plan's RPO by class of data. */
export function listDataRecoveryPoints(caller: SignedInUser) {
  requireSignedIn(caller);
  return db().dataRecoveryPoint.findMany({ orderBy: { position: "asc" } });
}

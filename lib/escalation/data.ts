import "server-only";
import { db } from "@/lib/db";
import { requireSignedIn, type SignedInUser } from "@/lib/users/data";

/** The escalation matrix: levels in the order they fire, each with the contacts it brings in. */
export async function listEscalationLevels(caller: SignedInUser) {
  requireSignedIn(caller);
  const levels = await db().escalationLevel.findMany({
    orderBy: { afterMinutes: "asc" },
    include: {
      targets: {
        orderBy: { position: "asc" },
        select: {
          contact: { select: { id: true, role: true, name: true, phone: true, email: true, isDemoValue: true } },
        },
      },
    },
  });
  return levels.map(({ targets, ...level }) => ({ ...level, contacts: targets.map((target) => target.contact) }));
}

export type EscalationLevelWithContacts = Awaited<ReturnType<typeof listEscalationLevels>>[number];

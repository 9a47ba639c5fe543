import "server-only";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/timeline/mutations";
import { requireSignedIn, type SignedInUser } from "@/lib/users/data";

/** The escalation matrix: levels in the order they fire, each with the contacts it brings in; in `tx` when given. */
export async function readEscalationLevels(tx: Tx = db()) {
  const levels = await tx.escalationLevel.findMany({
    orderBy: [{ afterMinutes: "asc" }, { position: "asc" }],
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

/** The escalation matrix, for anyone signed in. */
export function listEscalationLevels(caller: SignedInUser) {
  requireSignedIn(caller);
  return readEscalationLevels();
}

export type EscalationLevelWithContacts = Awaited<ReturnType<typeof readEscalationLevels>>[number];

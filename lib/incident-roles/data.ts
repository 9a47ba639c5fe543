import "server-only";
import { db } from "@/lib/db";
import { requireSignedIn, type SignedInUser } from "@/lib/users/data";

/**
 * Who a commander can give an incident role: everyone but read-only management, and the plan's
 * contacts who have no Muster account (a contact linked to a user is that user, listed once).
 * Vendors are called, not given roles.
 */
export async function listAssignableHolders(caller: SignedInUser) {
  requireSignedIn(caller);
  const [users, contacts] = await Promise.all([
    db().user.findMany({ where: { role: { not: "viewer" } }, orderBy: { name: "asc" }, select: { id: true, name: true, role: true } }),
    db().contact.findMany({
      where: { userId: null, kind: { not: "external" } },
      orderBy: [{ kind: "asc" }, { position: "asc" }],
      select: { id: true, name: true, role: true },
    }),
  ]);
  return { users, contacts };
}

export type AssignableHolders = Awaited<ReturnType<typeof listAssignableHolders>>;

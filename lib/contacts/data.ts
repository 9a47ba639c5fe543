import "server-only";
import { db } from "@/lib/db";
import type { ContactKind } from "@/lib/generated/prisma/enums";
import { requireSignedIn, type SignedInUser } from "@/lib/users/data";

const CONTACT_FIELDS = {
  id: true,
  key: true,
  kind: true,
  role: true,
  name: true,
  organisation: true,
  phone: true,
  email: true,
  backupName: true,
  accountId: true,
  userId: true,
  isDemoValue: true,
} as const;

/** The contacts of one kind (the response team, external contacts, …), or all of them, in the plan's order. */
export function listContacts(caller: SignedInUser, kind?: ContactKind) {
  requireSignedIn(caller);
  return db().contact.findMany({ where: kind && { kind }, orderBy: [{ kind: "asc" }, { position: "asc" }], select: CONTACT_FIELDS });
}

export type ContactRecord = Awaited<ReturnType<typeof listContacts>>[number];

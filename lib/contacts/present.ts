// What GET /api/contacts and PATCH /api/contacts/{id} answer: contacts as the contacts page shows them.
import { z } from "zod";
import { ContactKind } from "@/lib/generated/prisma/enums";

export const contactSchema = z.object({
  id: z.string(),
  key: z.string(),
  kind: z.enum(ContactKind),
  role: z.string(),
  name: z.string(),
  organisation: z.string().nullable(),
  phone: z.string(),
  email: z.string(),
  backupName: z.string().nullable(),
  accountId: z.string().nullable(),
  /** The Muster user who is this contact. */
  userId: z.string().nullable(),
  /** The plan's placeholder still stands: no admin has entered the real value yet. */
  isDemoValue: z.boolean(),
});
export const contactListSchema = z.array(contactSchema);
type ContactView = z.infer<typeof contactSchema>;

export function presentContact(contact: ContactView): ContactView {
  const { id, key, kind, role, name, organisation, phone, email, backupName, accountId, userId, isDemoValue } = contact;
  return { id, key, kind, role, name, organisation, phone, email, backupName, accountId, userId, isDemoValue };
}

export function presentContacts(contacts: readonly ContactView[]): ContactView[] {
  return contacts.map(presentContact);
}

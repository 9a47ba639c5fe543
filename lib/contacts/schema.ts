import { z } from "zod";
import { ContactKind } from "@/lib/generated/prisma/enums";
import { emailAddress, id, text } from "@/lib/input";

const NAME = { min: 1, max: 100 };

/** Any subset of a contact as the contacts page shows it; null clears an optional field. */
export const updateContactSchema = z.strictObject({
  /** The role (response team) or the service (external contact). */
  role: text(NAME).optional(),
  name: text(NAME).optional(),
  organisation: text(NAME).nullable().optional(),
  phone: text({ min: 1, max: 40 })
    .regex(/^\+?[\d\s().-]*\d[\d\s().-]*$/, "must be a phone number, such as +44 20 7946 0000")
    .optional(),
  email: emailAddress().optional(),
  /** Who stands in when this contact cannot be reached. */
  backupName: text(NAME).nullable().optional(),
  /** The account or contract number a vendor asks for. */
  accountId: text(NAME).nullable().optional(),
  /** The Muster user who is this contact, for in-app notifications and escalation acknowledgements. */
  userId: id("a Muster user's id").nullable().optional(),
});

export type UpdateContactInput = z.input<typeof updateContactSchema>;

/** A new contact: its kind (the response team, a vendor, an escalation contact) and how to reach them. */
export const createContactSchema = updateContactSchema.extend({
  kind: z.enum(ContactKind, { error: `must be one of ${Object.values(ContactKind).join(", ")}` }),
  role: text(NAME),
  name: text(NAME),
  phone: updateContactSchema.shape.phone.unwrap(),
  email: emailAddress(),
});

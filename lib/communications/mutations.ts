import "server-only";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { canManageCommunications } from "@/lib/communications/ability";
import { updateTemplateSchema } from "@/lib/communications/schema";
import type { SignedInUser } from "@/lib/users/data";
import { parseId, parseInput } from "@/lib/validation";

/** Rewrites a template's name, subject and body; admins only. */
export async function updateTemplate(user: SignedInUser, templateId: string, input: unknown) {
  if (!canManageCommunications(user.role)) throw new DomainError("forbidden", "Only an admin can edit communication templates.");
  const id = parseId(templateId, "templateId", "a communication template's id");
  const data = parseInput(updateTemplateSchema, input);
  const updated = await db().communicationTemplate.updateMany({ where: { id }, data });
  if (updated.count === 0) throw new DomainError("not_found", `No communication template has the id ${templateId}.`);
  return db().communicationTemplate.findUniqueOrThrow({ where: { id } });
}

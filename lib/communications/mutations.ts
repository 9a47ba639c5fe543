import "server-only";
import { DomainError } from "@/lib/errors";
import { createTemplateSchema, updateTemplateSchema } from "@/lib/communications/schema";
import type { CommunicationTemplate } from "@/lib/generated/prisma/client";
import { requirePlanAdmin } from "@/lib/plan/ability";
import { inPlanTransaction, recordPlanChange } from "@/lib/plan/changes";
import { editPlanItem } from "@/lib/plan/edit-item";
import { keyFromName } from "@/lib/plan/keys";
import { db } from "@/lib/db";
import type { SignedInUser } from "@/lib/users/data";
import { parseId, parseInput } from "@/lib/validation";

const notFound = (templateId: string) => new DomainError("not_found", `No communication template has the id ${templateId}.`);

/** A template's values as the change record keeps them. */
function recorded({ key, name, audience, subject, body }: CommunicationTemplate) {
  return { key, name, audience, subject, body };
}

/** Rewrites a template's name, subject and body (plan admins); a new plan version records it. */
export async function updateTemplate(user: SignedInUser, templateId: string, input: unknown) {
  requirePlanAdmin(user);
  const id = parseId(templateId, "templateId", "a communication template's id");
  const changes = parseInput(updateTemplateSchema, input);
  const template = await db().communicationTemplate.findUnique({ where: { id }, select: { key: true } });
  if (!template) throw notFound(templateId);
  await editPlanItem(user, changes, {
    kind: "communication-template",
    key: template.key,
    missing: notFound(templateId).message,
    find: (tx) => tx.communicationTemplate.findUnique({ where: { id } }),
    values: ({ name, subject, body }) => ({ name, subject, body }),
    label: (after) => after.name,
    write: (tx, _template, changed) => tx.communicationTemplate.update({ where: { id }, data: changed }),
  });
  return db().communicationTemplate.findUniqueOrThrow({ where: { id } });
}

/** Adds a template at the end of the list (plan admins); its key is its name's unless one is given. */
export async function createTemplate(user: SignedInUser, input: unknown) {
  requirePlanAdmin(user);
  const { key: givenKey, ...fields } = parseInput(createTemplateSchema, input);
  return inPlanTransaction(async (tx) => {
    const taken = new Set((await tx.communicationTemplate.findMany({ select: { key: true } })).map((template) => template.key));
    if (givenKey && taken.has(givenKey)) throw new DomainError("conflict", `A communication template already has the key "${givenKey}".`, "key");
    const key = givenKey ?? keyFromName(fields.name, taken);
    const last = await tx.communicationTemplate.aggregate({ _max: { position: true } });
    const created = await tx.communicationTemplate.create({ data: { ...fields, key, position: (last._max.position ?? 0) + 1 } });
    await recordPlanChange(tx, user, { kind: "communication-template", key, label: created.name, before: {}, after: recorded(created) });
    return created;
  });
}

/**
 * Removes a template (plan admins). Status updates already posted from it keep their own headline
 * and text; they only lose the link to the template, so what was sent stays on record as sent.
 */
export async function deleteTemplate(user: SignedInUser, templateId: string) {
  requirePlanAdmin(user);
  const id = parseId(templateId, "templateId", "a communication template's id");
  await inPlanTransaction(async (tx) => {
    const template = await tx.communicationTemplate.findUnique({ where: { id } });
    if (!template) throw notFound(templateId);
    await tx.communicationTemplate.delete({ where: { id } });
    await recordPlanChange(tx, user, { kind: "communication-template", key: template.key, label: template.name, before: recorded(template), after: {} });
  });
}

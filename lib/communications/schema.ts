import { z } from "zod";
import { Audience } from "@/lib/generated/prisma/enums";
import { PLACEHOLDERS, unknownPlaceholders } from "@/lib/communications/render";
import { id, text } from "@/lib/input";

const KNOWN = Object.keys(PLACEHOLDERS)
  .map((name) => `{{${name}}}`)
  .join(", ");

/** Template text whose double braces name only known placeholders. */
function templateText(max: number) {
  return text({ min: 1, max }).superRefine((text, context) => {
    const unknown = unknownPlaceholders(text);
    if (unknown.length > 0) {
      context.addIssue({
        code: "custom",
        message: `must use only the placeholders ${KNOWN}, not ${unknown.map((name) => `{{${name}}}`).join(", ")}`,
      });
    }
  });
}

export const updateTemplateSchema = z.strictObject({
  name: text({ min: 1, max: 80 }),
  subject: templateText(200),
  body: templateText(4000),
});

/** A new template: who it is for and its text; its key comes from its name when left out. */
export const createTemplateSchema = updateTemplateSchema.extend({
  key: z
    .string({ error: "must be text" })
    .trim()
    .max(60, "must be at most 60 characters")
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lower-case letters, digits and single hyphens, such as board-briefing")
    .optional(),
  audience: z.enum(Audience, { error: "must be internal, stakeholders or public" }),
});

export const draftStatusUpdateSchema = z.strictObject({
  templateId: id("a communication template's id"),
  /** Who the draft is for; the template's own audience when left out. */
  audience: z.enum(Audience, { error: "must be internal, stakeholders or public" }).optional(),
});

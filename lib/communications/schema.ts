import { z } from "zod";
import { Audience } from "@/lib/generated/prisma/enums";
import { PLACEHOLDERS, unknownPlaceholders } from "@/lib/communications/render";

const KNOWN = Object.keys(PLACEHOLDERS)
  .map((name) => `{{${name}}}`)
  .join(", ");

/** Template text whose double braces name only known placeholders. */
function templateText(max: number) {
  return z
    .string({ error: "is required" })
    .trim()
    .min(1, "cannot be empty")
    .max(max, `must be at most ${max.toLocaleString("en-GB")} characters`)
    .superRefine((text, context) => {
      const unknown = unknownPlaceholders(text);
      if (unknown.length > 0) {
        context.addIssue({
          code: "custom",
          message: `${unknown.map((name) => `{{${name}}}`).join(", ")} is not a placeholder; use ${KNOWN}`,
        });
      }
    });
}

export const updateTemplateSchema = z.object({
  name: z.string({ error: "is required" }).trim().min(1, "cannot be empty").max(80, "must be at most 80 characters"),
  subject: templateText(200),
  body: templateText(4000),
});

export const draftStatusUpdateSchema = z.object({
  templateId: z.string({ error: "is required" }).min(1, "is required"),
  /** Who the draft is for; the template's own audience when left out. */
  audience: z.enum(Audience, { error: "must be internal, stakeholders or public" }).optional(),
});

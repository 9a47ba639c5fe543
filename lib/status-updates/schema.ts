import { z } from "zod";
import { Audience } from "@/lib/generated/prisma/enums";

export const postStatusUpdateSchema = z.object({
  /** The headline; for e-mail, its subject. */
  subject: z.string({ error: "must be text" }).trim().max(200, "must be at most 200 characters")
    .transform((subject) => subject || undefined)
    .optional(),
  body: z.string({ error: "is required" }).trim().min(1, "cannot be empty").max(4000, "must be at most 4,000 characters"),
  audience: z.enum(Audience, { error: "must be internal, stakeholders or public" }).default("internal"),
  /** When the next update is promised; shown to the audience. */
  nextUpdateDueAt: z.coerce.date({ error: "must be a date and time" }).optional(),
  /** The template it was drafted from, if any. */
  templateId: z.string({ error: "must be a template's id" }).min(1, "must be a template's id").optional(),
});

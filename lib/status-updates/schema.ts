import { z } from "zod";
import { Audience } from "@/lib/generated/prisma/enums";
import { dateTime, id, text } from "@/lib/input";

export const postStatusUpdateSchema = z.strictObject({
  /** The headline; for e-mail, its subject. */
  subject: text({ max: 200 })
    .transform((subject) => subject || undefined)
    .optional(),
  body: text({ min: 1, max: 4000 }),
  audience: z.enum(Audience, { error: "must be internal, stakeholders or public" }).default("internal"),
  /** When the next update is promised; shown to the audience. */
  nextUpdateDueAt: dateTime().optional(),
  /** The template it was drafted from, if any. */
  templateId: id("a communication template's id").optional(),
});

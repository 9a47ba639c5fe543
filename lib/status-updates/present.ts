// What POST /api/incidents/{id}/status-updates answers: the update as posted.
import { z } from "zod";
import { instant } from "@/lib/present";

const audienceSchema = z.enum(["internal", "stakeholders", "public"]);

export const statusUpdateSchema = z.object({
  id: z.string(),
  incidentId: z.string(),
  audience: audienceSchema,
  subject: z.string().nullable(),
  body: z.string(),
  templateId: z.string().nullable(),
  authorId: z.string(),
  postedAt: instant(),
  nextUpdateDueAt: instant().nullable(),
});
export type StatusUpdateView = z.infer<typeof statusUpdateSchema>;

export function presentStatusUpdate(update: StatusUpdateView): StatusUpdateView {
  const { id, incidentId, audience, subject, body, templateId, authorId, postedAt, nextUpdateDueAt } = update;
  return { id, incidentId, audience, subject, body, templateId, authorId, postedAt, nextUpdateDueAt };
}

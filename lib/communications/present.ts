// What the communication template routes answer, and a draft filled in for an incident.
import { z } from "zod";
import { instant } from "@/lib/present";
import type { PLACEHOLDERS } from "@/lib/communications/render";

const audienceSchema = z.enum(["internal", "stakeholders", "public"]);

export const templateSchema = z.object({
  id: z.string(),
  key: z.string(),
  name: z.string(),
  audience: audienceSchema,
  subject: z.string(),
  body: z.string(),
  position: z.int(),
  updatedAt: instant(),
});
export const templateListSchema = z.object({
  templates: z.array(templateSchema),
  /** Each placeholder a template may use, with what it stands for. */
  placeholders: z.record(z.string(), z.string()),
});
export const statusUpdateDraftSchema = z.object({ templateId: z.string(), audience: audienceSchema, subject: z.string(), body: z.string() });

export type TemplateView = z.infer<typeof templateSchema>;
export type StatusUpdateDraftView = z.infer<typeof statusUpdateDraftSchema>;

export function presentTemplate({ id, key, name, audience, subject, body, position, updatedAt }: TemplateView): TemplateView {
  return { id, key, name, audience, subject, body, position, updatedAt };
}

export function presentTemplates(templates: readonly TemplateView[], placeholders: typeof PLACEHOLDERS): z.infer<typeof templateListSchema> {
  return { templates: templates.map(presentTemplate), placeholders };
}

export function presentDraft({ templateId, audience, subject, body }: StatusUpdateDraftView): StatusUpdateDraftView {
  return { templateId, audience, subject, body };
}

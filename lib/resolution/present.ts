// What the resolution check answers: what is still open before an incident is resolved.
import { z } from "zod";
import { ServiceImpact } from "@/lib/generated/prisma/enums";
import { instant } from "@/lib/present";
import type { ResolutionCheck } from "@/lib/resolution/data";

export const resolutionCheckSchema = z.object({
  incidentId: z.string(),
  steps: z.object({
    total: z.int(),
    open: z.int(),
    /** Open steps by runbook phase, each naming its first few. */
    phases: z.array(z.object({ runbook: z.string(), phase: z.string(), open: z.int(), titles: z.array(z.string()) })),
  }),
  /** Affected services not restored; `breached` once past their RTO. */
  services: z.array(z.object({ key: z.string(), name: z.string(), impact: z.enum(ServiceImpact), breached: z.boolean() })),
  /** Escalations fired that nobody acknowledged. */
  escalations: z.array(z.object({ id: z.string(), level: z.string(), audience: z.string(), firedAt: instant() })),
  publicNotice: z.object({
    /** False for a drill, which never reaches the public page. */
    needed: z.boolean(),
    /** The newest public update is the plan's resolution notice. */
    posted: z.boolean(),
    lastPublic: z.object({ subject: z.string().nullable(), postedAt: instant() }).nullable(),
    /** The resolution notice filled in for the public, to edit and post; null when there is nothing to post. */
    draft: z.object({ templateId: z.string(), subject: z.string(), body: z.string() }).nullable(),
  }),
});

export type ResolutionCheckView = z.infer<typeof resolutionCheckSchema>;

export function presentResolutionCheck({ incidentId, steps, services, escalations, publicNotice }: ResolutionCheck): ResolutionCheckView {
  return {
    incidentId,
    steps: { total: steps.total, open: steps.open, phases: steps.phases.map(({ runbook, phase, open, titles }) => ({ runbook, phase, open, titles })) },
    services: services.map(({ key, name, impact, breached }) => ({ key, name, impact, breached })),
    escalations: escalations.map(({ id, level, audience, firedAt }) => ({ id, level, audience, firedAt })),
    publicNotice: {
      needed: publicNotice.needed,
      posted: publicNotice.posted,
      lastPublic: publicNotice.lastPublic && { subject: publicNotice.lastPublic.subject, postedAt: publicNotice.lastPublic.postedAt },
      draft: publicNotice.draft && { templateId: publicNotice.draft.templateId, subject: publicNotice.draft.subject, body: publicNotice.draft.body },
    },
  };
}

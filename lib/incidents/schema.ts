import { z } from "zod";
import { IncidentRole, IncidentState, ServiceImpact, Severity } from "@/lib/generated/prisma/enums";

// A detection time up to a minute ahead of the server's clock is a skewed clock, not the future.
export const CLOCK_SKEW_MS = 60_000;

const affectedServiceSchema = z.object({
  key: z.string().trim().min(1, "is required"),
  impact: z.enum(ServiceImpact, { error: "must be down, degraded or at_risk" }),
});

export const declareIncidentSchema = z.object({
  title: z.string().trim().min(3, "must be at least 3 characters").max(200, "must be at most 200 characters"),
  scenarioKey: z.string().trim().min(1).optional().nullable(),
  services: z
    .array(affectedServiceSchema, { error: "must be a list of { key, impact }" })
    .min(1, "name at least one affected service")
    .refine((services) => new Set(services.map((s) => s.key)).size === services.length, "names a service twice"),
  detectedAt: z.coerce
    .date({ error: "must be a date and time such as 2026-11-25T10:00:00Z" })
    .refine((date) => date.getTime() <= Date.now() + CLOCK_SKEW_MS, "cannot be in the future")
    .optional(),
  /** When users were first affected, if before detection: time to detect counts from here. */
  impactStartedAt: z.coerce
    .date({ error: "must be a date and time such as 2026-11-25T09:40:00Z" })
    .refine((date) => date.getTime() <= Date.now() + CLOCK_SKEW_MS, "cannot be in the future")
    .optional(),
  severity: z.enum(Severity, { error: "must be critical, major or minor" }).optional(),
  isDrill: z.boolean({ error: "must be true or false" }).optional(),
  /** For a drill: whether its escalations reach people outside Muster (by default they do not). */
  drillNotifiesExternal: z.boolean({ error: "must be true or false" }).optional(),
}).refine(
  ({ impactStartedAt, detectedAt }) => !impactStartedAt || impactStartedAt.getTime() <= (detectedAt ?? new Date()).getTime(),
  { message: "must be at or before the detection time", path: ["impactStartedAt"] },
);

export type DeclareIncidentInput = z.input<typeof declareIncidentSchema>;

export const transitionSchema = z.object({
  to: z.enum(IncidentState, { error: `must be one of ${Object.values(IncidentState).join(", ")}` }),
});

export const changeSeveritySchema = z.object({
  severity: z.enum(Severity, { error: "must be critical, major or minor" }),
});

export const assignRoleSchema = z.object({
  userId: z.string().min(1, "is required"),
  role: z.enum(IncidentRole, { error: `must be one of ${Object.values(IncidentRole).join(", ")}` }),
});

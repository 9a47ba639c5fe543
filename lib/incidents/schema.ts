import { z } from "zod";
import { IncidentRole, IncidentState, ServiceImpact, Severity } from "@/lib/generated/prisma/enums";
import { dateTime, id, text, webAddress } from "@/lib/input";

// A detection time up to a minute ahead of the server's clock is a skewed clock, not the future.
export const CLOCK_SKEW_MS = 60_000;

// More services than the plan's priority matrix lists is a mistake, not an incident.
const MAX_AFFECTED_SERVICES = 100;

const affectedServiceSchema = z.strictObject({
  key: id("a service's key"),
  impact: z.enum(ServiceImpact, { error: "must be down, degraded or at_risk" }),
});

/** A moment already come (give or take a skewed clock). */
const past = () => dateTime().refine((date) => date.getTime() <= Date.now() + CLOCK_SKEW_MS, "cannot be in the future");

export const declareIncidentSchema = z
  .strictObject({
    title: text({ min: 3, max: 200 }),
    scenarioKey: id("a scenario's key").optional().nullable(),
    services: z
      .array(affectedServiceSchema, { error: "must be a list of { key, impact }" })
      .min(1, "must name at least one affected service")
      .max(MAX_AFFECTED_SERVICES, `must name at most ${MAX_AFFECTED_SERVICES} services`)
      .refine((services) => new Set(services.map((s) => s.key)).size === services.length, "must name each service once"),
    detectedAt: past().optional(),
    /** When users were first affected, if before detection: time to detect counts from here. */
    impactStartedAt: past().optional(),
    severity: z.enum(Severity, { error: "must be critical, major or minor" }).optional(),
    isDrill: z.boolean({ error: "must be true or false" }).optional(),
    /** For a drill: whether its escalations reach people outside Muster (by default they do not). */
    drillNotifiesExternal: z.boolean({ error: "must be true or false" }).optional(),
  })
  .refine(
    // zod runs this even when a field failed its own check, with that field's raw input: only dates compare.
    ({ impactStartedAt, detectedAt }) =>
      !(impactStartedAt instanceof Date) || !(detectedAt === undefined || detectedAt instanceof Date) || impactStartedAt.getTime() <= (detectedAt ?? new Date()).getTime(),
    { message: "must be at or before the detection time", path: ["impactStartedAt"] },
  );

export type DeclareIncidentInput = z.input<typeof declareIncidentSchema>;

export const transitionSchema = z.strictObject({
  to: z.enum(IncidentState, { error: `must be one of ${Object.values(IncidentState).join(", ")}` }),
});

export const changeSeveritySchema = z.strictObject({
  severity: z.enum(Severity, { error: "must be critical, major or minor" }),
});

const incidentRole = z.enum(IncidentRole, { error: `must be one of ${Object.values(IncidentRole).join(", ")}` });

/** A role for a Muster user or for a plan contact who has no account: one of the two, never both. */
export const assignRoleSchema = z
  .strictObject({
    userId: id("a user's id").optional(),
    contactId: id("a contact's id").optional(),
    role: incidentRole,
  })
  .refine(({ userId, contactId }) => (userId === undefined) !== (contactId === undefined), {
    message: "Choose one person: a Muster user or a plan contact.",
  });

export type AssignRoleInput = z.input<typeof assignRoleSchema>;

/** The details a commander can mend during an incident; fields left out stay as they are. */
export const editIncidentDetailsSchema = z
  .strictObject({
    title: text({ min: 3, max: 200 }).optional(),
    /** Empty clears the summary. */
    summary: text({ max: 2000 }).optional(),
    detectedAt: past().optional(),
    /** Null clears it: users were first affected at detection. */
    impactStartedAt: past().nullable().optional(),
    /** The conference bridge (any http:// or https:// link: Zoom, Teams, Meet, a dial-in page); null or empty removes it. */
    bridgeUrl: z.union([webAddress(), z.literal("")]).nullable().optional(),
  })
  .refine(
    (details) => Object.values(details).some((value) => value !== undefined),
    "must change at least one of the title, summary, detection time, impact start or bridge link",
  );

export type EditIncidentDetailsInput = z.input<typeof editIncidentDetailsSchema>;

export const declareInErrorSchema = z.strictObject({
  /** Why it should never have been declared: a test, a duplicate, a false alarm. */
  reason: text({ min: 3, max: 1000 }),
});

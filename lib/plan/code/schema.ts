// The plan as code: the YAML (or JSON) document's shape. The same schema validates an import and is
// served as the JSON Schema editors check the document against (GET /api/plan/schema.json).
// Durations are written as "15m", "4h", "1d"; every list is in the plan's order.
import { z } from "zod";
import { updateContactSchema } from "@/lib/contacts/schema";
import { Audience, ContactKind, ObligationClockStart, RunbookKind, ScriptCategory, Severity, WindowAnchor } from "@/lib/generated/prisma/enums";
import { emailAddress, id, text, wholeNumber } from "@/lib/input";
import { deadlineInputSchema, deadlineList } from "@/lib/obligations/schema";
import { DURATION_PATTERN, DURATION_REFUSED, parseDuration } from "@/lib/plan/code/duration";

const oneOf = <Values extends Record<string, string>>(values: Values) =>
  z.enum(values, { error: `must be one of ${Object.values(values).join(", ")}` });
const SeveritySchema = oneOf(Severity);

/** A year: no recovery objective, window or interval of a plan is longer; more is a typing mistake. */
const DURATION_MAX_MINUTES = 60 * 24 * 365;

function duration(description: string) {
  return z
    .string({ error: DURATION_REFUSED })
    .refine((value) => parseDuration(value) !== null, DURATION_REFUSED)
    .refine((value) => (parseDuration(value) ?? 0) <= DURATION_MAX_MINUTES, "must be at most a year (365d)")
    .meta({ pattern: DURATION_PATTERN, description, examples: ["15m", "4h", "1d"] });
}

const key = (what: string) => id(what).meta({ description: `${what}: stable, so an import finds the same item again` });
const name = () => text({ min: 1, max: 200 });
const line = () => text({ min: 1, max: 1000 });
const lines = () => z.array(line()).max(200).default([]);
const optionalText = (max = 1000) => text({ max }).nullable().default(null);
const keys = (what: string) => z.array(id(what)).max(100).default([]);

const documentInfo = z
  .strictObject({
    title: name(),
    // Written as YAML reads it: `1.0` unquoted is a number, and is as ignored as "1.0".
    version: z.union([z.string(), z.number()]).optional().meta({ description: "The plan version this export was taken at; Muster keeps it, an import ignores it" }),
    owner: name(),
    reviewFrequency: name().meta({ description: 'As the plan words it: "Quarterly"' }),
    reviewIntervalMonths: wholeNumber({ min: 1, max: 60 }),
    approvedBy: optionalText(200),
    distribution: lines(),
    lastUpdatedAt: z.string().optional().meta({ description: "Kept by Muster; an import ignores it" }),
    lastReviewedAt: z.string().nullable().optional().meta({ description: "Kept by Muster; an import ignores it" }),
    nextReviewAt: z.string().optional().meta({ description: "Kept by Muster; an import ignores it" }),
  })
  .meta({ description: "The plan's document control" });

const recoveryTier = z.strictObject({
  severity: SeveritySchema,
  name: name(),
  rtoMin: duration("The shortest recovery time objective of the tier"),
  rtoMax: duration("The longest recovery time objective of the tier"),
  rpo: duration("How much data the tier may lose"),
  statusUpdateInterval: duration("How often the commander posts a status update at this severity"),
});

const dataRecoveryPoint = z.strictObject({ key: key("A data class's key"), name: name(), rpo: duration("How much data of this class may be lost") });

const service = z.strictObject({
  key: key("A service's key"),
  name: text({ min: 1, max: 100 }),
  description: optionalText(2000),
  priority: wholeNumber({ min: 1, max: 9 }).nullable().default(null).meta({ description: "1 is the most urgent; null for a dependency the matrix does not rate" }),
  rto: duration("Recovery time objective").nullable().default(null),
  rpo: duration("Recovery point objective").nullable().default(null),
  inPriorityMatrix: z.boolean().default(true),
  isPublic: z.boolean().default(false).meta({ description: "Shown on the public status page" }),
  dependsOn: keys("a service's key").meta({ description: "Keys of the services this one needs running first" }),
});

const scenario = z.strictObject({
  key: key("A scenario's key"),
  name: name(),
  tier: SeveritySchema.meta({ description: "The severity of the recovery tier it belongs to" }),
  examples: lines(),
  runbooks: keys("a runbook's key").meta({ description: "Keys of the runbooks a declaration brings, in order" }),
});

const runbookStep = z.strictObject({
  title: line(),
  details: lines(),
  command: optionalText(1000).meta({ description: "The script to run, exactly as written" }),
  service: id("a service's key").nullable().default(null).meta({ description: "Key of the service this step brings back" }),
});

const runbookPhase = z.strictObject({
  key: key("A phase's key"),
  name: name(),
  window: z
    .strictObject({
      start: duration("From the anchor"),
      end: duration("From the anchor"),
      anchor: oneOf(WindowAnchor).default("detection"),
    })
    .nullable()
    .default(null)
    .meta({ description: "The phase's time window, counted from detection or recovery; null for none" }),
  steps: z.array(runbookStep).max(200).default([]),
});

const runbook = z.strictObject({
  key: key("A runbook's key"),
  title: name(),
  kind: oneOf(RunbookKind),
  situation: optionalText(2000),
  detection: lines(),
  phases: z.array(runbookPhase).max(50).default([]),
});

const recoveryScript = z.strictObject({
  path: id("a script's path").meta({ description: "The script's path, exactly as written: its key" }),
  category: oneOf(ScriptCategory),
  purposes: lines(),
});

const contact = z.strictObject({
  key: key("A contact's key"),
  kind: oneOf(ContactKind),
  role: name(),
  name: name(),
  organisation: optionalText(200),
  phone: updateContactSchema.shape.phone.unwrap(),
  email: emailAddress(),
  backupName: optionalText(200),
  accountId: optionalText(200),
  isDemoValue: z.boolean().default(false).meta({ description: "A placeholder still stands in; a changed contact is no longer one" }),
  user: emailAddress().nullable().default(null).meta({ description: "E-mail of the Muster user who is this contact" }),
});

const escalationLevel = z.strictObject({
  key: key("An escalation level's key"),
  name: name(),
  after: duration("After detection, when this level fires"),
  until: duration("When the next level takes over; null for the last").nullable().default(null),
  audience: line(),
  targets: keys("a contact's key").meta({ description: "Keys of the contacts the level brings in" }),
});

const backupPolicy = z.strictObject({
  key: key("A backup policy's key"),
  name: name(),
  frequency: line(),
  period: duration("How often a copy is made, where there is a period; checked against the RPO").nullable().default(null),
  fullBackup: optionalText(),
  retention: line(),
  location: line(),
});

const verificationCheck = z.strictObject({
  key: key("A verification check's key"),
  cadence: name(),
  intervalDays: wholeNumber({ min: 1, max: 366 }),
  activity: line(),
});

const drill = z.strictObject({
  key: key("A drill type's key"),
  testType: name(),
  frequency: name(),
  intervalMonths: wholeNumber({ min: 1, max: 60 }),
  duration: duration("How long a drill takes"),
  scope: line(),
  runbook: id("a runbook's key").nullable().default(null).meta({ description: "Key of the test procedure a drill works through" }),
  scenario: id("a scenario's key").nullable().default(null).meta({ description: "Key of the scenario a drill rehearses" }),
  services: z.array(id("a service's key")).default([]).meta({ description: "Keys of the services a drill recovers: it starts with them down" }),
});

const successCriterion = z.strictObject({ key: key("A success criterion's key"), name: name(), description: line() });
const reviewAgendaItem = z.strictObject({ key: key("An agenda item's key"), title: line() });
const reviewCadence = z.strictObject({
  key: key("A regular review's key"),
  name: name(),
  intervalMonths: wholeNumber({ min: 1, max: 60 }),
  items: lines(),
});

const planList = z.strictObject({
  key: key("A list's key"),
  title: name(),
  section: name(),
  items: z.array(z.strictObject({ text: line(), details: lines() })).max(200).default([]),
});

const communicationTemplate = z.strictObject({
  key: key("A template's key"),
  name: name(),
  audience: oneOf(Audience),
  subject: text({ min: 1, max: 300 }),
  body: text({ min: 1, max: 10_000 }),
});

const reportingObligation = z.strictObject({
  key: key("An obligation's key"),
  name: name(),
  clockStart: oneOf(ObligationClockStart).meta({ description: "What starts the clock: classifying the incident under it, or its detection" }),
  deadlines: deadlineList(deadlineInputSchema.required({ key: true })).meta({
    description: 'Reports in order; each counts "within" ("4h", "1mo") from clock_start, detection or previous_report, at most "atMostAfterDetection" after detection',
  }),
});

const list = <Item extends z.ZodType>(item: Item) => z.array(item).max(500).default([]);

export const planCodeSchema = z
  .strictObject({
    /** Where editors find this schema (JSON documents; YAML names it in a comment). */
    $schema: z.string().optional(),
    document: documentInfo,
    recoveryTiers: list(recoveryTier),
    dataRecoveryPoints: list(dataRecoveryPoint),
    services: list(service),
    scenarios: list(scenario),
    runbooks: list(runbook),
    recoveryScripts: list(recoveryScript),
    contacts: list(contact),
    escalationLevels: list(escalationLevel),
    backupPolicies: list(backupPolicy),
    verificationSchedule: list(verificationCheck),
    drillSchedule: list(drill),
    successCriteria: list(successCriterion),
    reviewAgenda: list(reviewAgendaItem),
    reviewCadences: list(reviewCadence),
    planLists: list(planList),
    communicationTemplates: list(communicationTemplate),
    reportingObligations: list(reportingObligation),
  })
  .meta({ title: "Muster disaster-recovery plan", description: "The whole plan as code: export it, keep it in git, import it again" });

/** The document as written (durations as text, fields left out where they have a default). */
export type PlanCodeInput = z.input<typeof planCodeSchema>;
/** The document once checked, every field present. */
export type PlanCode = z.output<typeof planCodeSchema>;

/** The JSON Schema of the document, for editors (yaml-language-server) and the API. */
export function planCodeJsonSchema() {
  return z.toJSONSchema(planCodeSchema, { io: "input", unrepresentable: "any" });
}

/** GET /api/plan/export's query. */
export const exportQuerySchema = z.object({
  format: z.enum(["yaml", "json", "markdown"], { error: "must be yaml, json or markdown" }).default("yaml"),
});

/** POST /api/plan/import's query. */
export const importQuerySchema = z.object({
  /** "true": only report what the import would change. */
  dryRun: z.enum(["true", "false"], { error: "must be true or false" }).default("false"),
});

// What GET /api/audit answers: a page of the audit record, newest first.
import { z } from "zod";
import { instant, recordedValues } from "@/lib/present";

const valuesSchema = z.record(z.string(), z.unknown());

export const auditEventSchema = z.object({
  id: z.string(),
  /** What was done, as `<kind>.<verb>`: "token.created", "subscriber.removed". */
  action: z.string(),
  itemKind: z.string(),
  itemKey: z.string(),
  label: z.string(),
  /** The item's values before (null for an item created) and after (null for one removed); never a secret. */
  before: valuesSchema.nullable(),
  after: valuesSchema.nullable(),
  actor: z.object({ id: z.string(), name: z.string() }),
  at: instant(),
});
export const auditPageSchema = z.object({
  events: z.array(auditEventSchema),
  /** Pass as `before` for the next, older page; null on the last. */
  next: z.string().nullable(),
});
type AuditEventView = z.infer<typeof auditEventSchema>;

type AuditEventRow = {
  id: string;
  action: string;
  itemKind: string;
  itemKey: string;
  label: string;
  before: unknown;
  after: unknown;
  actorId: string;
  actorName: string;
  at: Date;
};

export function presentAuditEvent({ id, action, itemKind, itemKey, label, before, after, actorId, actorName, at }: AuditEventRow): AuditEventView {
  return { id, action, itemKind, itemKey, label, before: recordedValues(before), after: recordedValues(after), actor: { id: actorId, name: actorName }, at };
}

export function presentAuditPage({ events, next }: { events: readonly AuditEventRow[]; next: string | null }) {
  return { events: events.map(presentAuditEvent), next };
}

import { FieldChanges } from "@/components/field-changes";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Section } from "@/components/ui/section";
import { canReadAudit, listAuditEvents } from "@/lib/audit/data";
import { requireUser } from "@/lib/auth/session";
import { formatDateAndTime } from "@/lib/format";
import { recordedValues } from "@/lib/present";

/** For an admin: the latest admin writes outside the plan, newest first. */
export async function AuditRecord() {
  const user = await requireUser();
  if (!canReadAudit(user.role)) return null;
  const { events } = await listAuditEvents(user);
  return (
    <Section
      id="audit-record"
      title="Audit record"
      description={
        <>
          The latest 50 writes to tokens, webhooks, subscribers and users: who, when, and the values before and after. Older
          ones are at <code className="font-mono text-sm">GET /api/audit?before=…</code>; changes to the plan are in its{" "}
          <a className="text-accent underline" href="/plan/history">
            history
          </a>
          .
        </>
      }
    >
      {events.length ? (
        <ol className="space-y-3">
          {events.map((event) => {
            const before = recordedValues(event.before) ?? {};
            const after = recordedValues(event.after) ?? {};
            const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])]
              .map((field) => ({ field, from: before[field] ?? null, to: after[field] ?? null }))
              .filter(({ from, to }) => JSON.stringify(from) !== JSON.stringify(to));
            return (
              <li key={event.id}>
                <Card className="space-y-2 p-4">
                  <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
                    <p className="min-w-0 break-words text-ink">
                      <span className="font-mono text-sm">{event.action}</span> <span className="font-medium">{event.label}</span>
                    </p>
                    <p className="text-sm text-ink-muted">
                      <time dateTime={event.at.toISOString()}>{formatDateAndTime(event.at)} UTC</time> · {event.actorName}
                    </p>
                  </div>
                  {fields.length > 0 && <FieldChanges fields={fields} fromLabel="before:" toLabel="after:" />}
                </Card>
              </li>
            );
          })}
        </ol>
      ) : (
        <EmptyState>No admin write has been recorded yet.</EmptyState>
      )}
    </Section>
  );
}

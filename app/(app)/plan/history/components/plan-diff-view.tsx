import { FieldChanges } from "@/components/field-changes";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import type { PlanDiff } from "@/lib/plan/versions";

/** What differs between two versions, item by item, each field at the one and at the other. */
export function PlanDiffView({ diff }: { diff: PlanDiff }) {
  const heading = `From ${diff.a} to ${diff.b}`;
  return (
    <section aria-label={heading} className="space-y-3">
      <h3 className="font-medium text-ink">{heading}</h3>
      {diff.majorVersions.map(({ version, note }) => (
        <p key={version} className="text-sm text-ink-muted">
          Version {version} was marked major in between: {note}
        </p>
      ))}
      {diff.items.length ? (
        <ul className="space-y-3">
          {diff.items.map((item) => (
            <li key={`${item.kind}:${item.key}`}>
              <Card className="space-y-3 p-4 sm:p-5">
                <p className="font-medium text-ink">
                  {item.label} <span className="text-sm font-normal text-ink-muted">{item.kind}</span>
                </p>
                <FieldChanges fields={item.fields.map(({ field, a, b }) => ({ field, from: a, to: b }))} fromLabel={`at ${diff.a}:`} toLabel={`at ${diff.b}:`} />
              </Card>
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState>Nothing differs between version {diff.a} and version {diff.b}.</EmptyState>
      )}
    </section>
  );
}

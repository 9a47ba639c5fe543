"use client";
import { useState } from "react";
import { AddActionItemForm } from "@/app/(app)/incidents/[id]/review/components/add-action-item-form";
import { AddFindingForm } from "@/app/(app)/incidents/[id]/review/components/add-finding-form";
import { useReviewWrite } from "@/app/(app)/incidents/[id]/review/components/use-review-write";
import { ActionItemStatusBadge } from "@/components/action-item-badges";
import { refusalInWords } from "@/components/forms/form-words";
import { api } from "@/components/live/api-client";
import { buttonClasses } from "@/components/ui/button-classes";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorText } from "@/components/ui/error-text";
import { Section } from "@/components/ui/section";
import type { ReviewView } from "@/lib/reviews/types";
import type { Person } from "@/lib/users/data";

type Finding = ReviewView["review"]["findings"][number];
type FindingItemProps = { detail: ReviewView; finding: Finding; number: number; people: Person[] };

function FindingItem({ detail, finding, number, people }: FindingItemProps) {
  const [acting, setActing] = useState(false);
  const { incident, review, canEdit } = detail;
  const item = finding.actionItemId ? review.actionItems.find((candidate) => candidate.id === finding.actionItemId) : undefined;
  const remove = useReviewWrite(incident.id, () => api<ReviewView>(`/api/incidents/${incident.id}/review/findings/${finding.id}`, { method: "DELETE" }));
  return (
    <li className="grid grid-cols-[1.5rem_minmax(0,1fr)] gap-x-2 px-4 py-4 break-inside-avoid sm:px-5">
      <span className="font-semibold text-ink-muted tabular-nums">{number}.</span>
      <div className="min-w-0 space-y-3">
        <div className="space-y-1">
          <p className="whitespace-pre-wrap text-ink [overflow-wrap:anywhere]">{finding.text}</p>
          <p className="text-xs text-ink-muted">Recorded by {finding.createdBy ?? "a former user"}</p>
        </div>
        {item && (
          <div className="space-y-1 rounded-lg border border-line bg-surface-muted px-3 py-2 text-sm">
            <p className="text-xs font-medium text-ink-muted">Action item</p>
            <p className="text-ink [overflow-wrap:anywhere]">{item.title}</p>
            <p className="flex flex-wrap items-center gap-2 text-ink-muted">
              <span className="[overflow-wrap:anywhere]">{item.ownerName}</span>
              <ActionItemStatusBadge status={item.status} />
            </p>
          </div>
        )}
        {canEdit &&
          (acting ? (
            <div className="space-y-2 print:hidden">
              <AddActionItemForm incidentId={incident.id} people={people} finding={finding} onAdded={() => setActing(false)} />
              <button type="button" onClick={() => setActing(false)} className={buttonClasses("quiet")}>
                Cancel
              </button>
            </div>
          ) : (
            <div className="flex flex-wrap gap-2 print:hidden">
              {!finding.actionItemId && (
                <button type="button" onClick={() => setActing(true)} className={buttonClasses("secondary")}>
                  Make an action item<span className="sr-only"> of finding {number}</span>
                </button>
              )}
              <button type="button" disabled={remove.isPending} onClick={() => remove.mutate(undefined)} className={buttonClasses("quiet")}>
                Remove<span className="sr-only"> finding {number}</span>
              </button>
            </div>
          ))}
        {remove.error && <ErrorText>{refusalInWords(remove.error)}</ErrorText>}
      </div>
    </li>
  );
}

/** What the drill (or the incident) found; each finding may become an action item with an owner. */
export function FindingsPanel({ detail, people }: { detail: ReviewView; people: Person[] }) {
  const { incident, review, canEdit } = detail;
  const what = incident.isDrill ? "the drill" : "the incident";
  return (
    <Section id="findings" title="Findings" description={`What ${what} showed: gaps in the plan, steps that did not work. Each can become an action item.`}>
      <div className="space-y-4">
        {review.findings.length ? (
          <ol className="divide-y divide-line rounded-xl border border-line bg-surface">
            {review.findings.map((finding, index) => (
              <FindingItem key={finding.id} detail={detail} finding={finding} number={index + 1} people={people} />
            ))}
          </ol>
        ) : (
          <EmptyState>No findings recorded yet.</EmptyState>
        )}
        {canEdit && <AddFindingForm incidentId={incident.id} />}
      </div>
    </Section>
  );
}

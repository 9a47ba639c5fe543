"use client";
import { useQueryClient } from "@tanstack/react-query";
import { AddActionItemForm } from "@/app/(app)/incidents/[id]/review/components/add-action-item-form";
import { reviewKey } from "@/app/(app)/incidents/[id]/review/components/use-review-query";
import { ActionItemTable } from "@/components/action-item-table";
import { Section } from "@/components/ui/section";
import type { ReviewView } from "@/lib/reviews/types";
import type { Person } from "@/lib/users/data";
import { EmptyState } from "@/components/ui/empty-state";

type ActionItemsPanelProps = { detail: ReviewView; people: Person[]; now: number };

/** The agenda's action items and owners: tracked here and across incidents until done. */
export function ActionItemsPanel({ detail, people, now }: ActionItemsPanelProps) {
  const queryClient = useQueryClient();
  const { incident, review, canEdit } = detail;
  return (
    <Section id="action-items" title="Action items and owners" description="Every unfinished item stays on the Action items page until it is done.">
      <div className="space-y-4">
        {review.actionItems.length ? (
          <ActionItemTable
            items={review.actionItems.map((item) => ({ ...item, canEdit }))}
            now={now}
            onChanged={() => queryClient.invalidateQueries({ queryKey: reviewKey(incident.id), exact: true })}
          />
        ) : (
          <EmptyState>No action items yet.</EmptyState>
        )}
        {canEdit && <AddActionItemForm incidentId={incident.id} people={people} />}
      </div>
    </Section>
  );
}

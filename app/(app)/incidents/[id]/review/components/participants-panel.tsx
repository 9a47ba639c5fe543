import { participationText } from "@/app/(app)/incidents/[id]/review/components/review-words";
import { EmptyState } from "@/components/ui/empty-state";
import { Section } from "@/components/ui/section";
import type { ReviewView } from "@/lib/reviews/types";

/** Everyone who took part, each once: the role holders, who ticked steps, who attended the review. */
export function ParticipantsPanel({ participants }: { participants: ReviewView["participants"] }) {
  return (
    <Section id="participants" title="Who took part" description="Role holders, everyone who ticked a checklist step, and the review's attendees.">
      {participants.length ? (
        <ul className="divide-y divide-line rounded-xl border border-line bg-surface">
          {participants.map((person) => (
            <li key={person.userId ?? `name:${person.name}`} className="flex flex-col gap-0.5 px-4 py-3 break-inside-avoid sm:flex-row sm:items-baseline sm:gap-4 sm:px-5">
              <span className="font-medium text-ink [overflow-wrap:anywhere] sm:w-56 sm:shrink-0">{person.name}</span>
              <span className="text-sm text-ink-muted">{participationText(person)}</span>
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState>No one recorded.</EmptyState>
      )}
    </Section>
  );
}

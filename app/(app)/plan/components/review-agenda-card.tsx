import { AgendaEditor } from "@/app/(app)/plan/components/plan-edit-forms";
import type { ReviewAgendaItem } from "@/lib/generated/prisma/client";

export function ReviewAgendaCard({ agenda, canEdit }: { agenda: ReviewAgendaItem[]; canEdit: boolean }) {
  return (
    <li className="rounded-xl border border-line bg-surface p-5">
      <h3 className="font-semibold text-ink">Review agenda</h3>
      <ol className="mt-3 list-decimal space-y-1 pl-5 text-sm text-ink marker:text-ink-muted">
        {agenda.map((item) => (
          <li key={item.key}>{item.title}</li>
        ))}
      </ol>
      {canEdit && <AgendaEditor agenda={agenda} />}
    </li>
  );
}

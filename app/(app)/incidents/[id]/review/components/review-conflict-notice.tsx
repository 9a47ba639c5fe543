import { formatDateTime } from "@/components/clock-format";
import type { ReviewConflict } from "@/app/(app)/incidents/[id]/review/components/save-review";
import type { ReactNode } from "react";

/**
 * Someone saved first: what they saved and when, above the editor's own draft (kept in the form)
 * so the two can be brought together. Saving again then saves the draft as it stands.
 */
export function ReviewConflictNotice({ conflict, children }: { conflict: ReviewConflict; children: ReactNode }) {
  return (
    <div role="alert" className="space-y-2 rounded-lg border border-major-line bg-major-soft p-3 text-sm text-ink">
      <p className="font-medium">
        {conflict.savedBy} saved this while you were editing ({formatDateTime(conflict.savedAt)} UTC). Their version is below; your draft is
        still in the form. Bring the two together, then save.
      </p>
      <div className="rounded-md bg-surface px-3 py-2 whitespace-pre-wrap [overflow-wrap:anywhere]" data-testid="their-version">
        {children}
      </div>
    </div>
  );
}

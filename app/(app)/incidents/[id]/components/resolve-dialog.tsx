"use client";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { ResolutionNoticeStep } from "@/app/(app)/incidents/[id]/components/resolution-notice-step";
import { openItemCount, ResolutionOpenItems, type ResolutionCheck } from "@/app/(app)/incidents/[id]/components/resolution-open-items";
import { refusalInWords } from "@/components/forms/form-words";
import { api } from "@/components/live/api-client";
import { resolutionCheckKey } from "@/components/live/incident-cache";
import { buttonClasses } from "@/components/ui/button-classes";
import { ErrorText } from "@/components/ui/error-text";

type ResolveDialogProps = {
  incidentId: string;
  /** The incident's last event: any change to it (a tick elsewhere, say) checks again. */
  lastSeq: number;
  resolving: boolean;
  error: unknown;
  onResolve: () => void;
  onClose: () => void;
};

/**
 * Asks before resolving, with what is still open in front of the commander, and posts the public
 * resolution notice as one step of it. A modal dialog: focus moves in, Escape closes, and focus
 * goes back to the button that opened it.
 */
export function ResolveDialog({ incidentId, lastSeq, resolving, error, onResolve, onClose }: ResolveDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const check = useQuery({
    queryKey: [...resolutionCheckKey(incidentId), lastSeq],
    queryFn: () => api<ResolutionCheck>(`/api/incidents/${incidentId}/resolution-check`),
    placeholderData: keepPreviousData,
  });

  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    const element = dialog.current;
    element?.showModal();
    return () => {
      element?.close();
      opener?.focus();
    };
  }, []);

  const open = check.data ? openItemCount(check.data) : null;
  return (
    <dialog
      ref={dialog}
      aria-labelledby="resolve-title"
      aria-describedby="resolve-summary"
      // Escape: the browser's cancel closes the dialog; the caller unmounts it.
      onCancel={(event) => (event.preventDefault(), onClose())}
      className="m-auto max-h-[calc(100dvh-2rem)] w-[min(40rem,calc(100vw-1.5rem))] overflow-hidden rounded-xl border border-line bg-surface p-0 text-ink shadow-xl backdrop:bg-black/50"
    >
      {/* The answer stays in view on a phone: what is open scrolls, the buttons do not. */}
      <div className="flex max-h-[calc(100dvh-2rem)] flex-col">
        <div className="min-h-0 space-y-5 overflow-y-auto p-4 sm:p-6">
          <h2 id="resolve-title" className="text-lg font-semibold text-ink">
            Resolve the incident?
          </h2>
          <div id="resolve-summary" aria-live="polite">
            {check.isPending && <p className="text-sm text-ink-muted">Checking what is still open…</p>}
            {check.isError && <ErrorText>{refusalInWords(check.error)}</ErrorText>}
            {open === 0 && <p className="text-sm text-ink">Nothing is left open: every step ticked, every service restored, every escalation acknowledged.</p>}
            {open !== null && open > 0 && (
              <p className="text-sm text-ink">Some things are still open. Resolving stops the clocks and the escalation and opens the review; what is open stays as it is.</p>
            )}
          </div>
          {check.data && (
            <>
              <ResolutionOpenItems check={check.data} />
              <section aria-labelledby="resolve-public" className="space-y-2 border-t border-line pt-4">
                <h3 id="resolve-public" className="text-sm font-semibold text-ink">
                  Public page
                </h3>
                <ResolutionNoticeStep incidentId={incidentId} notice={check.data.publicNotice} onPosted={() => void check.refetch()} />
              </section>
            </>
          )}
          {!!error && <ErrorText>{refusalInWords(error)}</ErrorText>}
        </div>
        <div className="flex flex-wrap justify-end gap-2 border-t border-line px-4 py-3 sm:px-6">
          <button type="button" onClick={onClose} className={buttonClasses("secondary")}>
            Cancel
          </button>
          <button type="button" onClick={onResolve} disabled={resolving || open === null} className={buttonClasses("primary")}>
            {open ? "Resolve anyway" : "Resolve"}
          </button>
        </div>
      </div>
    </dialog>
  );
}

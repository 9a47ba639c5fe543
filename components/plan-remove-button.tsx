"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { refusalInWords } from "@/components/forms/form-words";
import { api } from "@/components/live/api-client";
import { buttonClasses } from "@/components/ui/button-classes";
import { ErrorText } from "@/components/ui/error-text";

type PlanRemoveButtonProps = {
  /** What the item is called: "Remove Billing from the plan?" */
  name: string;
  /** Where the item is removed, with DELETE. */
  path: string;
};

/**
 * Removes an item of the plan after a second press that says what it does; a refusal (an incident
 * still names it, say) is said beside the button and nothing is removed.
 */
export function PlanRemoveButton({ name, path }: PlanRemoveButtonProps) {
  const router = useRouter();
  const [refreshing, startTransition] = useTransition();
  const [asking, setAsking] = useState(false);
  const remove = useMutation({
    mutationFn: () => api(path, { method: "DELETE" }),
    onSuccess: () => startTransition(() => router.refresh()),
    onSettled: () => setAsking(false),
  });
  const busy = remove.isPending || refreshing;

  return (
    <div className="space-y-2 border-t border-line pt-3">
      {asking ? (
        <div role="group" aria-label={`Remove ${name}`} className="flex flex-wrap items-center gap-2">
          <p className="text-sm text-ink">Remove {name} from the plan? This makes a new plan version.</p>
          {/* The second press is the one asked for: it takes the focus. */}
          <button type="button" autoFocus disabled={busy} onClick={() => remove.mutate()} className={buttonClasses("primary")}>
            {busy ? "Removing…" : `Remove ${name}`}
          </button>
          <button type="button" disabled={busy} onClick={() => setAsking(false)} className={buttonClasses("quiet")}>
            Keep it
          </button>
        </div>
      ) : (
        <button type="button" disabled={busy} onClick={() => setAsking(true)} className={buttonClasses("quiet")}>
          Remove from the plan…
        </button>
      )}
      {remove.error && <ErrorText>{refusalInWords(remove.error)}</ErrorText>}
    </div>
  );
}

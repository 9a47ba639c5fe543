"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { refusalInWords } from "@/components/forms/form-words";
import { api } from "@/components/live/api-client";
import { buttonClasses } from "@/components/ui/button-classes";
import { ErrorText } from "@/components/ui/error-text";
import { Icon } from "@/components/ui/icon";

/** For a plan admin: records that a regular review was held today, which moves its next date on. */
export function RecordReviewHeldButton({ cadenceKey, name }: { cadenceKey: string; name: string }) {
  const router = useRouter();
  const [refreshing, startTransition] = useTransition();
  const record = useMutation({
    mutationFn: () => api(`/api/plan/review-cadences/${cadenceKey}/held`, { body: {} }),
    onSuccess: () => startTransition(() => router.refresh()),
  });
  const busy = record.isPending || refreshing;
  return (
    <div className="mt-4 flex flex-wrap items-center gap-3 border-t border-line pt-3">
      <button type="button" onClick={() => record.mutate()} disabled={busy} className={buttonClasses("secondary")}>
        {busy ? "Recording…" : "Record held today"}
        <span className="sr-only">: {name}</span>
      </button>
      {record.isSuccess && !refreshing && (
        <p role="status" className="flex items-center gap-1.5 text-sm text-ok">
          <Icon name="check" />
          Recorded
        </p>
      )}
      {record.error && <ErrorText>{refusalInWords(record.error)}</ErrorText>}
    </div>
  );
}

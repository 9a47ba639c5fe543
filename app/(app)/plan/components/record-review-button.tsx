"use client";
import { useState, useTransition } from "react";
import { buttonClasses } from "@/components/ui/button-classes";
import { Icon } from "@/components/ui/icon";
import { recordPlanReviewAction } from "@/lib/plan/actions";

/** For a plan admin: records that the plan was reviewed today, which moves the next review on. */
export function RecordReviewButton() {
  const [pending, startTransition] = useTransition();
  const [outcome, setOutcome] = useState<{ ok: true } | { ok: false; error: string } | null>(null);

  function record() {
    setOutcome(null);
    startTransition(async () => {
      try {
        setOutcome(await recordPlanReviewAction({}));
      } catch {
        setOutcome({ ok: false, error: "The review could not be recorded. Try again." });
      }
    });
  }

  return (
    <div className="flex flex-col items-start gap-2 sm:items-end">
      <button type="button" onClick={record} disabled={pending} className={buttonClasses("primary")}>
        {pending ? "Recording…" : "Record review"}
      </button>
      {outcome?.ok && (
        <p role="status" className="flex items-center gap-1.5 text-sm text-ok">
          <Icon name="check" />
          Review recorded
        </p>
      )}
      {outcome && !outcome.ok && (
        <p role="alert" className="max-w-xs text-sm text-critical">
          {outcome.error}
        </p>
      )}
    </div>
  );
}

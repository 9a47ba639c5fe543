"use client";
import { useState } from "react";
import { EMPTY_DRAFT, ObligationForm } from "@/app/(app)/plan/obligations/components/obligation-form";
import { useObligationWrite } from "@/app/(app)/plan/obligations/components/use-obligation-write";
import { refusalInWords } from "@/components/forms/form-words";
import { buttonClasses } from "@/components/ui/button-classes";
import { ErrorText } from "@/components/ui/error-text";
import { createObligationSchema } from "@/lib/obligations/schema";

/** For plan admins: DORA's obligation in one step, or one written by hand. */
export function AddObligation({ offerDora }: { offerDora: boolean }) {
  const preset = useObligationWrite();
  const byHand = useObligationWrite();
  // A new, empty form after each save.
  const [formKey, setFormKey] = useState(0);
  return (
    <section aria-labelledby="add-obligation-heading" className="space-y-4 rounded-xl border border-line bg-surface p-4 sm:p-5">
      <h2 id="add-obligation-heading" className="text-lg font-semibold text-ink">
        Add an obligation
      </h2>
      {offerDora && (
        <div className="flex flex-col gap-3 rounded-lg bg-surface-muted p-3 sm:flex-row sm:items-center sm:justify-between">
          <p className="min-w-0 text-sm text-ink sm:flex-1">
            <span className="font-medium">DORA major ICT incident reporting</span>
            <span className="block text-ink-muted">Initial notification within 4 h of classification (at most 24 h after detection), intermediate report within 72 h, final report within a month.</span>
          </p>
          <button type="button" disabled={preset.busy} onClick={() => preset.write.mutate({ path: "/api/reporting-obligations", method: "POST", body: { preset: "dora" } })} className={buttonClasses("primary", "self-start sm:self-auto")}>
            Add the DORA preset
          </button>
          {preset.write.error && <ErrorText>{refusalInWords(preset.write.error)}</ErrorText>}
        </div>
      )}
      <details>
        <summary className="cursor-pointer text-sm font-medium text-accent">Write one by hand</summary>
        <div className="mt-4">
          <ObligationForm
            key={formKey}
            idPrefix="new-obligation"
            label="New reporting obligation"
            initial={EMPTY_DRAFT}
            saveLabel="Add obligation"
            schema={createObligationSchema}
            busy={byHand.busy}
            send={async (body) => {
              await byHand.write.mutateAsync({ path: "/api/reporting-obligations", method: "POST", body });
              setFormKey((key) => key + 1);
            }}
          />
        </div>
      </details>
    </section>
  );
}

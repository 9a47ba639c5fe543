"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { errorFor, toFormError } from "@/components/form-error";
import { api } from "@/components/live/api-client";
import { PlanOrderedPicker, type PickerOption } from "@/components/plan-ordered-picker";
import { PlanSaveFooter } from "@/components/plan-save-footer";
import { PlanTextField } from "@/components/plan-text-field";
import { ErrorText } from "@/components/ui/error-text";
import type { EscalationLevelWithContacts } from "@/lib/escalation/data";
import { updateEscalationLevelSchema } from "@/lib/escalation/schema";
import { parseInput } from "@/lib/validation";

/** Digits as a whole number, empty as no value; anything else goes to the check as typed. */
function asNumber(text: string): number | string | null {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/** An escalation level, edited by a plan admin: its name, when it fires and ends, and whom it brings in. */
export function EscalationLevelEditForm({ level, contacts }: { level: EscalationLevelWithContacts; contacts: PickerOption[] }) {
  const router = useRouter();
  const [refreshing, startTransition] = useTransition();
  const [name, setName] = useState(level.name);
  const [afterMinutes, setAfterMinutes] = useState(String(level.afterMinutes));
  const [untilMinutes, setUntilMinutes] = useState(level.untilMinutes?.toString() ?? "");
  const [audience, setAudience] = useState(level.audience);
  const [contactIds, setContactIds] = useState(level.contacts.map((contact) => contact.id));
  const save = useMutation({
    mutationFn: () => {
      const input = { name, afterMinutes: asNumber(afterMinutes), untilMinutes: asNumber(untilMinutes), audience, contactIds };
      return api(`/api/escalation-levels/${level.id}`, { method: "PATCH", body: parseInput(updateEscalationLevelSchema, input) });
    },
    onSuccess: () => startTransition(() => router.refresh()),
  });
  const error = save.error ? toFormError(save.error) : null;
  const id = (field: string) => `level-${level.key}-${field}`;
  const other = error && !["name", "afterMinutes", "untilMinutes", "audience", "contactIds"].some((field) => errorFor(error, field)) ? error.message : null;

  return (
    <details className="mt-3 border-t border-line pt-3 md:col-span-2">
      <summary className="cursor-pointer text-sm font-medium text-accent">Edit {level.name}</summary>
      <form
        noValidate
        aria-label={`Edit ${level.name}`}
        className="mt-3 space-y-4"
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate();
        }}
      >
        <PlanTextField id={id("name")} label="Name" value={name} onChange={setName} error={errorFor(error, "name")} />
        <div className="grid gap-4 sm:grid-cols-2">
          <PlanTextField
            id={id("afterMinutes")}
            label="Fires after (minutes)"
            hint="From detection; after the level before it ends."
            numeric
            value={afterMinutes}
            onChange={setAfterMinutes}
            error={errorFor(error, "afterMinutes")}
          />
          <PlanTextField
            id={id("untilMinutes")}
            label="Until (minutes)"
            hint="When the next level takes over; empty for the last."
            numeric
            value={untilMinutes}
            onChange={setUntilMinutes}
            error={errorFor(error, "untilMinutes")}
          />
        </div>
        <PlanTextField id={id("audience")} label="Audience" hint="Who it brings in, in words." value={audience} onChange={setAudience} error={errorFor(error, "audience")} />
        <PlanOrderedPicker
          id={id("contactIds")}
          legend="Contacts it brings in"
          options={contacts}
          chosen={contactIds}
          onChange={setContactIds}
          error={errorFor(error, "contactIds")}
          empty="Nobody yet: add at least one contact."
        />
        {other && <ErrorText>{other}</ErrorText>}
        <PlanSaveFooter label="Save level" saving={save.isPending} saved={save.isSuccess} refreshing={refreshing} />
      </form>
    </details>
  );
}

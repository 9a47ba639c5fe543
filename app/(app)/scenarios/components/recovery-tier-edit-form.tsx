"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { errorFor, toFormError } from "@/components/form-error";
import { api } from "@/components/live/api-client";
import { PlanSaveFooter } from "@/components/plan-save-footer";
import { PlanTextField } from "@/components/plan-text-field";
import { ErrorText } from "@/components/ui/error-text";
import type { RecoveryTier } from "@/lib/generated/prisma/client";
import { updateRecoveryTierSchema } from "@/lib/scenarios/schema";
import { parseInput } from "@/lib/validation";

const NUMBERS = [
  { field: "rtoMinMinutes", label: "RTO from (minutes)", hint: "The range a service of the tier must be back within." },
  { field: "rtoMaxMinutes", label: "RTO to (minutes)", hint: "No less than where it starts." },
  { field: "rpoMinutes", label: "RPO (minutes)", hint: "How much data it may lose." },
  { field: "statusUpdateIntervalMinutes", label: "Status update every (minutes)", hint: "How often the commander posts one." },
] as const;

type NumberField = (typeof NUMBERS)[number]["field"];

/** Digits as a whole number; anything else goes to the check as typed, which names the field. */
function asNumber(text: string): number | string {
  const trimmed = text.trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/** A recovery tier's objectives, edited by a plan admin. */
export function RecoveryTierEditForm({ tier }: { tier: RecoveryTier }) {
  const router = useRouter();
  const [refreshing, startTransition] = useTransition();
  const [name, setName] = useState(tier.name);
  const [numbers, setNumbers] = useState<Record<NumberField, string>>(
    () => Object.fromEntries(NUMBERS.map(({ field }) => [field, String(tier[field])])) as Record<NumberField, string>,
  );
  const save = useMutation({
    mutationFn: () => {
      const input = { name, ...Object.fromEntries(NUMBERS.map(({ field }) => [field, asNumber(numbers[field])])) };
      return api(`/api/recovery-tiers/${tier.severity}`, { method: "PATCH", body: parseInput(updateRecoveryTierSchema, input) });
    },
    onSuccess: () => startTransition(() => router.refresh()),
  });
  const error = save.error ? toFormError(save.error) : null;
  const id = (field: string) => `tier-${tier.severity}-${field}`;
  const other = error && !["name", ...NUMBERS.map(({ field }) => field)].some((field) => errorFor(error, field)) ? error.message : null;

  return (
    <details className="rounded-xl border border-line bg-surface p-4">
      <summary className="cursor-pointer text-sm font-medium text-accent">Edit the {tier.name} tier</summary>
      <form
        noValidate
        aria-label={`Edit the ${tier.name} tier`}
        className="mt-4 space-y-4"
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate();
        }}
      >
        <PlanTextField id={id("name")} label="Name" value={name} onChange={setName} error={errorFor(error, "name")} />
        <div className="grid gap-4 sm:grid-cols-2">
          {NUMBERS.map(({ field, label, hint }) => (
            <PlanTextField
              key={field}
              id={id(field)}
              label={label}
              hint={hint}
              numeric
              value={numbers[field]}
              onChange={(value) => setNumbers((current) => ({ ...current, [field]: value }))}
              error={errorFor(error, field)}
            />
          ))}
        </div>
        {other && <ErrorText>{other}</ErrorText>}
        <PlanSaveFooter label="Save tier" saving={save.isPending} saved={save.isSuccess} refreshing={refreshing} />
      </form>
    </details>
  );
}

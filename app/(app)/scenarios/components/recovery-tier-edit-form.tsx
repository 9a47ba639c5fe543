"use client";
import { FormRefusal } from "@/components/forms/schema-field";
import { usePlanEditForm } from "@/components/forms/use-plan-edit-form";
import { PlanSaveFooter } from "@/components/plan-save-footer";
import { asNumber, PlanTextField } from "@/components/plan-text-field";
import type { RecoveryTier } from "@/lib/generated/prisma/client";
import { updateRecoveryTierSchema } from "@/lib/scenarios/schema";

const NUMBERS = [
  { field: "rtoMinMinutes", label: "RTO from (minutes)", called: "The start of the RTO range", hint: "The range a service of the tier must be back within." },
  { field: "rtoMaxMinutes", label: "RTO to (minutes)", called: "The end of the RTO range", hint: "No less than where it starts." },
  { field: "rpoMinutes", label: "RPO (minutes)", called: "The RPO", hint: "How much data it may lose." },
  { field: "statusUpdateIntervalMinutes", label: "Status update every (minutes)", called: "The time between status updates", hint: "How often the commander posts one." },
] as const;

type NumberField = (typeof NUMBERS)[number]["field"];
type TierDraft = { name: string } & Record<NumberField, string>;

/** A recovery tier's objectives, edited by a plan admin. */
export function RecoveryTierEditForm({ tier }: { tier: RecoveryTier }) {
  const { form, refreshing } = usePlanEditForm({
    schema: updateRecoveryTierSchema,
    path: `/api/recovery-tiers/${tier.severity}`,
    defaultValues: { name: tier.name, ...Object.fromEntries(NUMBERS.map(({ field }) => [field, String(tier[field])])) } as TierDraft,
    // Left empty, a number goes to the check as typed and is refused: a tier always has its objectives.
    toInput: (typed: TierDraft) => ({ name: typed.name, ...Object.fromEntries(NUMBERS.map(({ field }) => [field, asNumber(typed[field]) ?? ""])) }),
    whenEmpty: { name: "Give the tier a name.", ...Object.fromEntries(NUMBERS.map(({ field, called }) => [field, `${called} is needed: write it in minutes.`])) },
  });
  const id = (field: string) => `tier-${tier.severity}-${field}`;

  return (
    <details className="rounded-xl border border-line bg-surface p-4">
      <summary className="cursor-pointer text-sm font-medium text-accent">Edit the {tier.name} tier</summary>
      <form noValidate aria-label={`Edit the ${tier.name} tier`} className="mt-4 space-y-4" onSubmit={form.submit}>
        <PlanTextField form={form} name="name" id={id("name")} label="Name" called="The name" />
        <div className="grid gap-4 sm:grid-cols-2">
          {NUMBERS.map(({ field, label, called, hint }) => (
            <PlanTextField key={field} form={form} name={field} id={id(field)} label={label} called={called} hint={hint} numeric />
          ))}
        </div>
        <FormRefusal form={form} />
        <PlanSaveFooter label="Save tier" saving={form.sending} saved={form.formState.isSubmitSuccessful} refreshing={refreshing} />
      </form>
    </details>
  );
}

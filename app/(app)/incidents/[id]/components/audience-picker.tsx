"use client";
import { AUDIENCE_LABELS } from "@/components/audience-labels";
import type { Audience } from "@/lib/generated/prisma/enums";

type AudiencePickerProps = { audiences: readonly Audience[]; value: Audience; onChange: (audience: Audience) => void };

/** Who an update is for, as a row of choices: the ones this user may post to. */
export function AudiencePicker({ audiences, value, onChange }: AudiencePickerProps) {
  return (
    <fieldset>
      <legend className="mb-1.5 text-sm font-medium text-ink">For</legend>
      <div className="flex flex-wrap gap-2">
        {audiences.map((audience) => (
          <label
            key={audience}
            className={`flex min-h-10 cursor-pointer items-center gap-2 rounded-lg border px-3 text-sm font-medium has-focus-visible:outline-2 has-focus-visible:outline-accent/40 ${
              value === audience ? "border-accent bg-accent-soft text-accent" : "border-line-strong bg-surface text-ink hover:bg-surface-muted"
            }`}
          >
            <input
              type="radio"
              name="audience"
              value={audience}
              checked={value === audience}
              onChange={() => onChange(audience)}
              className="sr-only"
            />
            {AUDIENCE_LABELS[audience]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

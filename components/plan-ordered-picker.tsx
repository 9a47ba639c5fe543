"use client";
import { useState } from "react";
import { buttonClasses } from "@/components/ui/button-classes";
import { ErrorText } from "@/components/ui/error-text";
import { fieldClasses } from "@/components/ui/field-classes";

export type PickerOption = { value: string; label: string };

type PlanOrderedPickerProps = {
  id: string;
  /** "Runbooks it brings in", "Contacts it brings in". */
  legend: string;
  options: readonly PickerOption[];
  /** The chosen values, in order. */
  chosen: readonly string[];
  onChange: (chosen: string[]) => void;
  error: string | null;
  /** What the list says while nothing is chosen. */
  empty: string;
};

/**
 * An ordered choice from a list, worked by buttons rather than by dragging: each chosen item moves
 * up or down or goes, and a select adds one more at the end.
 */
export function PlanOrderedPicker({ id, legend, options, chosen, onChange, error, empty }: PlanOrderedPickerProps) {
  const labelOf = new Map(options.map((option) => [option.value, option.label]));
  const addable = options.filter((option) => !chosen.includes(option.value));
  const [adding, setAdding] = useState("");
  const toAdd = addable.some((option) => option.value === adding) ? adding : (addable[0]?.value ?? "");
  const move = (index: number, by: number) => {
    const next = [...chosen];
    [next[index], next[index + by]] = [next[index + by], next[index]];
    onChange(next);
  };
  const quiet = buttonClasses("quiet", "min-h-10 px-2.5");

  return (
    <fieldset aria-describedby={error ? `${id}-error` : undefined} className="space-y-2">
      <legend className="text-sm font-medium text-ink">{legend}</legend>
      {chosen.length ? (
        <ol className="divide-y divide-line rounded-lg border border-line">
          {chosen.map((value, index) => {
            const label = labelOf.get(value) ?? value;
            return (
              <li key={value} className="flex flex-wrap items-center gap-x-2 gap-y-1 px-3 py-1.5">
                <span className="min-w-48 flex-1 text-sm text-ink">
                  <span className="text-ink-muted tabular-nums">{index + 1}.</span> {label}
                </span>
                <span className="flex gap-1">
                  <button type="button" className={quiet} aria-label={`Move ${label} up`} disabled={index === 0} onClick={() => move(index, -1)}>
                    Up
                  </button>
                  <button type="button" className={quiet} aria-label={`Move ${label} down`} disabled={index === chosen.length - 1} onClick={() => move(index, 1)}>
                    Down
                  </button>
                  <button type="button" className={quiet} aria-label={`Remove ${label}`} onClick={() => onChange(chosen.filter((other) => other !== value))}>
                    Remove
                  </button>
                </span>
              </li>
            );
          })}
        </ol>
      ) : (
        <p className="text-sm text-ink-muted">{empty}</p>
      )}
      {addable.length > 0 && (
        <div className="flex gap-2">
          <label htmlFor={`${id}-add`} className="sr-only">
            {`Add to ${legend.toLowerCase()}`}
          </label>
          <select id={`${id}-add`} value={toAdd} onChange={(event) => setAdding(event.target.value)} className={fieldClasses("min-w-0 flex-1")}>
            {addable.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
          <button type="button" className={buttonClasses("secondary")} onClick={() => onChange([...chosen, toAdd])}>
            Add
          </button>
        </div>
      )}
      {error && <ErrorText id={`${id}-error`}>{error}</ErrorText>}
    </fieldset>
  );
}

import { scoreLabel } from "@/app/(app)/incidents/[id]/review/components/review-words";
import { ErrorText } from "@/components/ui/error-text";

type ScoreChoicesProps<Score extends boolean | null> = {
  legend: string;
  /** Hides the legend where the criterion's heading already names it. */
  legendHidden?: boolean;
  name: string;
  choices: readonly Score[];
  value: Score | null;
  onChange: (score: Score) => void;
  /** Why the score was refused (none chosen), said under the choices. */
  error?: string | null;
};

/** A criterion's score as a row of radio buttons: met, not met and, where offered, not scored. */
export function ScoreChoices<Score extends boolean | null>({ legend, legendHidden, name, choices, value, onChange, error }: ScoreChoicesProps<Score>) {
  return (
    <fieldset aria-invalid={error ? true : undefined} aria-describedby={error ? `${name}-error` : undefined}>
      <legend className={legendHidden ? "sr-only" : "mb-2 text-sm font-medium text-ink"}>{legend}</legend>
      <div className="flex flex-wrap gap-2">
        {choices.map((choice) => (
          <label
            key={String(choice)}
            className="inline-flex min-h-10 cursor-pointer items-center gap-2 rounded-lg border border-line-strong px-3 text-sm text-ink has-checked:border-accent has-checked:bg-accent-soft"
          >
            <input type="radio" name={name} checked={value === choice} onChange={() => onChange(choice)} className="accent-accent" />
            {scoreLabel(choice)}
          </label>
        ))}
      </div>
      {error && <ErrorText id={`${name}-error`}>{error}</ErrorText>}
    </fieldset>
  );
}

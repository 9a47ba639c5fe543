import { RATE_TONE_TEXT } from "@/app/(app)/metrics/components/metric-text";
import { NoData } from "@/app/(app)/metrics/components/no-data";

type MetricTileProps = {
  label: string;
  /** The figure in words, or null when there is nothing to measure. */
  value: string | null;
  /** What the figure was taken over ("mean of 5 incidents"). */
  basis: string;
  /** Why there is no figure, for a figure that can be missing. */
  missing?: string;
  tone?: keyof typeof RATE_TONE_TEXT;
};

/** One headline figure: the number, and in small print what it rests on or why there is none. */
export function MetricTile({ label, value, basis, missing, tone = "neutral" }: MetricTileProps) {
  return (
    <div className="flex flex-col rounded-xl border border-line bg-surface p-4">
      <dt className="text-sm text-ink-muted">{label}</dt>
      <dd className={`mt-1 text-xl font-semibold tabular-nums sm:text-2xl ${RATE_TONE_TEXT[tone]}`}>
        {value ?? <NoData />}
      </dd>
      <dd className="mt-1 text-xs text-ink-muted">{value === null ? missing : basis}</dd>
    </div>
  );
}

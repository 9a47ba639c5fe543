import type { ReactNode } from "react";

const TONES = {
  neutral: "border-line bg-surface-muted text-ink-muted",
  accent: "border-transparent bg-accent-soft text-accent",
  critical: "border-critical-line bg-critical-soft text-critical",
  major: "border-major-line bg-major-soft text-major",
  minor: "border-minor-line bg-minor-soft text-minor",
  ok: "border-ok-line bg-ok-soft text-ok",
} as const;

export type BadgeTone = keyof typeof TONES;

export function Badge({ tone = "neutral", children }: { tone?: BadgeTone; children: ReactNode }) {
  return (
    <span
      className={`inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-medium whitespace-nowrap ${TONES[tone]}`}
    >
      {children}
    </span>
  );
}

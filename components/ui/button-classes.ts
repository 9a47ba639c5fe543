// One look for every button and button-like link, so a control reads the same on every screen.
// Targets are at least 40 px tall: a war room is often worked from a phone.
const BASE =
  "inline-flex min-h-10 items-center justify-center gap-2 rounded-lg px-4 text-sm font-medium transition-colors disabled:cursor-not-allowed disabled:opacity-60";

const VARIANTS = {
  primary: "bg-accent text-accent-ink hover:bg-accent/90",
  secondary: "border border-line-strong bg-surface text-ink hover:bg-surface-muted",
  quiet: "text-ink-muted hover:bg-surface-muted hover:text-ink",
} as const;

type ButtonVariant = keyof typeof VARIANTS;

export function buttonClasses(variant: ButtonVariant = "secondary", extra = ""): string {
  return `${BASE} ${VARIANTS[variant]} ${extra}`.trim();
}

// One look for text inputs, selects and text areas on every form. Text is 16 px so a phone does
// not zoom in on focus; targets are 44 px tall; an invalid field (aria-invalid) is outlined red.
const BASE =
  "block min-h-11 w-full rounded-lg border border-line-strong bg-surface px-3 text-base text-ink placeholder:text-ink-muted focus:border-accent focus:outline-2 focus:outline-offset-0 focus:outline-accent/40 disabled:cursor-not-allowed disabled:opacity-60 aria-invalid:border-critical";

export function fieldClasses(extra = ""): string {
  return `${BASE} ${extra}`.trim();
}

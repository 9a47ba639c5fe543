/** Stands in for a form while its script, with the schema it checks against, is on its way. */
export function FormOpening() {
  return <p className="text-sm text-ink-muted">Opening…</p>;
}

"use client";
import { useState, type ReactNode } from "react";

/** Stands in for a form while its script, with the schema it checks against, is on its way. */
export function FormOpening() {
  return <p className="text-sm text-ink-muted">Opening…</p>;
}

type OpensInPlaceProps = {
  /** The button's words. */
  opener: string;
  /** The button's look. */
  className: string;
  /** The form, given the way to close it again. */
  children: (close: () => void) => ReactNode;
};

/** A button that opens its form where it stands; the form closes back into the button. */
export function OpensInPlace({ opener, className, children }: OpensInPlaceProps) {
  const [open, setOpen] = useState(false);
  if (open) return children(() => setOpen(false));
  return (
    <button type="button" onClick={() => setOpen(true)} className={className}>
      {opener}
    </button>
  );
}

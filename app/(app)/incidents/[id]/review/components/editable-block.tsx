"use client";
import { useState, type ReactNode } from "react";
import { buttonClasses } from "@/components/ui/button-classes";

type EditableBlockProps = {
  /** What is being edited, for the Edit button's accessible name ("Edit what went well"). */
  label: string;
  /** The button's word: "Edit" unless something else says it better ("Score"). */
  action?: string;
  canEdit: boolean;
  view: ReactNode;
  form: (close: () => void) => ReactNode;
};

/**
 * What was recorded, and for those who may change it, an Edit button that swaps in the form. A
 * printout shows what was recorded even while a form is open.
 */
export function EditableBlock({ label, action = "Edit", canEdit, view, form }: EditableBlockProps) {
  const [editing, setEditing] = useState(false);
  return (
    <div className="space-y-3">
      <div className={editing ? "hidden print:block" : undefined}>{view}</div>
      {editing ? (
        <div className="print:hidden">{form(() => setEditing(false))}</div>
      ) : (
        canEdit && (
          <button type="button" onClick={() => setEditing(true)} className={buttonClasses("secondary")}>
            {action}
            <span className="sr-only"> {label}</span>
          </button>
        )
      )}
    </div>
  );
}

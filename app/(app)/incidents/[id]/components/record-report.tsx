"use client";
import dynamic from "next/dynamic";
import { useState } from "react";
import type { RecordReportFormProps } from "@/app/(app)/incidents/[id]/components/record-report-form";
import { buttonClasses } from "@/components/ui/button-classes";

// The form validates in the browser: it and its validation library load when the commander opens it.
const RecordReportForm = dynamic(() => import("@/app/(app)/incidents/[id]/components/record-report-form").then((module) => module.RecordReportForm), {
  ssr: false,
  loading: () => <p className="text-sm text-ink-muted">Opening the form…</p>,
});

/** For the commander: a button that opens the form recording that a report was made. */
export function RecordReport(props: RecordReportFormProps) {
  const [open, setOpen] = useState(false);
  const label = `Record the ${props.deadline.name.toLowerCase()}`;
  if (open) return <RecordReportForm {...props} label={label} onClose={() => setOpen(false)} />;
  return (
    <button type="button" onClick={() => setOpen(true)} className={buttonClasses("secondary")}>
      {label}
    </button>
  );
}

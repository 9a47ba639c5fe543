"use client";
import dynamic from "next/dynamic";
import type { RecordReportFormProps } from "@/app/(app)/incidents/[id]/components/record-report-form";
import { FormOpening, OpensInPlace } from "@/components/forms/form-opening";
import { buttonClasses } from "@/components/ui/button-classes";

// The form validates in the browser: it and its validation library load when the commander opens it.
const RecordReportForm = dynamic(() => import("@/app/(app)/incidents/[id]/components/record-report-form").then((module) => module.RecordReportForm), {
  ssr: false,
  loading: FormOpening,
});

/** For the commander: a button that opens the form recording that a report was made. */
export function RecordReport(props: RecordReportFormProps) {
  const label = `Record the ${props.deadline.name.toLowerCase()}`;
  return (
    <OpensInPlace opener={label} className={buttonClasses("secondary")}>
      {(close) => <RecordReportForm {...props} label={label} onClose={close} />}
    </OpensInPlace>
  );
}

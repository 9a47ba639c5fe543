"use client";
import dynamic from "next/dynamic";
import { FormOpening, OpensInPlace } from "@/components/forms/form-opening";
import { buttonClasses } from "@/components/ui/button-classes";

// The fields, with the schema they check against, load when the form is opened.
const DeclareInErrorFields = dynamic(() => import("@/app/(app)/incidents/[id]/components/declare-in-error-fields").then((module) => module.DeclareInErrorFields), {
  ssr: false,
  loading: FormOpening,
});

/**
 * For the commander: ends an incident that should never have been declared (a test, a duplicate, a
 * false alarm). A quiet link that opens a form asking why, so it is never clicked by a slip.
 */
export function DeclareInErrorForm({ incidentId }: { incidentId: string }) {
  return (
    <OpensInPlace opener="Declared in error…" className={buttonClasses("quiet", "underline-offset-4 hover:underline")}>
      {(close) => <DeclareInErrorFields incidentId={incidentId} close={close} />}
    </OpensInPlace>
  );
}

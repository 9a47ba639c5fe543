"use client";
import dynamic from "next/dynamic";
import { FormOpening, OpensInPlace } from "@/components/forms/form-opening";
import { buttonClasses } from "@/components/ui/button-classes";
import type { Details } from "@/app/(app)/incidents/[id]/components/edit-details-fields";

// The fields, with the schema they check against, load when the form is opened.
const EditDetailsFields = dynamic(() => import("@/app/(app)/incidents/[id]/components/edit-details-fields").then((module) => module.EditDetailsFields), {
  ssr: false,
  loading: FormOpening,
});

/** For the commander: the title, summary and times as they should have been (a new detection time moves the deadlines), and the bridge link. */
export function EditDetailsForm({ incident }: { incident: Details }) {
  return (
    <OpensInPlace opener="Edit details" className={buttonClasses("secondary")}>
      {(close) => <EditDetailsFields incident={incident} close={close} />}
    </OpensInPlace>
  );
}

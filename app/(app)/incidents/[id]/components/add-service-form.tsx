"use client";
import dynamic from "next/dynamic";
import { FormOpening, OpensInPlace } from "@/components/forms/form-opening";
import { buttonClasses } from "@/components/ui/button-classes";

export type CatalogueService = { key: string; name: string };

// The fields, with the schema they check against, load when the form is opened.
const AddServiceFields = dynamic(() => import("@/app/(app)/incidents/[id]/components/add-service-fields").then((module) => module.AddServiceFields), {
  ssr: false,
  loading: FormOpening,
});

/** For the commander: a service found affected after declaring, with its impact; its clock starts from detection. */
export function AddServiceForm({ incidentId, candidates }: { incidentId: string; candidates: readonly CatalogueService[] }) {
  if (candidates.length === 0) return null;
  return (
    <OpensInPlace opener="Add a service" className={buttonClasses("secondary")}>
      {(close) => <AddServiceFields incidentId={incidentId} candidates={candidates} close={close} />}
    </OpensInPlace>
  );
}

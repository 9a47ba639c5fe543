import Link from "next/link";
import type { ScenarioOption, ServiceOption } from "@/app/(app)/incidents/new/components/declare-options";
import { DeclareForm } from "@/app/(app)/incidents/new/components/declare-form";
import { PageHeader } from "@/components/ui/page-header";

type DeclarePageProps = {
  /** Null when the signed-in user may not declare. */
  options: { scenarios: ScenarioOption[]; services: ServiceOption[] } | null;
};

const BACK_LINK = (
  <Link href="/incidents" className="text-accent hover:underline">
    Incidents
  </Link>
);

export function DeclarePage({ options }: DeclarePageProps) {
  if (!options) {
    return (
      <PageHeader
        eyebrow={BACK_LINK}
        title="Declare an incident"
        description={
          <p>
            Only an incident commander or an admin can declare an incident. If something is broken, call the incident
            commander from{" "}
            <Link href="/contacts" className="font-medium text-accent hover:underline">
              Contacts
            </Link>
            .
          </p>
        }
      />
    );
  }
  return (
    <>
      <PageHeader
        eyebrow={BACK_LINK}
        title="Declare an incident"
        description="The scenario brings its runbooks as the checklist; each affected service gets its RTO deadline from the time of detection."
      />
      <DeclareForm scenarios={options.scenarios} services={options.services} />
    </>
  );
}

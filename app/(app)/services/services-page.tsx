import { PlanLastChange } from "@/app/(app)/components/plan-last-change";
import { DependencyCycleAlert } from "@/app/(app)/services/components/dependency-cycle-alert";
import { DependencyGraph } from "@/app/(app)/services/components/dependency-graph";
import { PriorityMatrixTable } from "@/app/(app)/services/components/priority-matrix-table";
import { ServiceEditForm } from "@/app/(app)/services/components/service-edit-form";
import { RecoveryOrderList } from "@/app/(app)/services/components/recovery-order-list";
import { ServiceReadinessList } from "@/app/(app)/services/components/service-readiness-list";
import { UnratedDependenciesTable } from "@/app/(app)/services/components/unrated-dependencies-table";
import { PageHeader } from "@/components/ui/page-header";
import Link from "next/link";
import { Section } from "@/components/ui/section";
import type { ServiceReadinessView } from "@/lib/readiness/present";
import type { ServiceWithDependencies } from "@/lib/services/data";
import { DependencyCycleError, recoveryStages, type RecoveryStage } from "@/lib/services/recovery-order";

type Stages = RecoveryStage<ServiceWithDependencies>[];

function deriveStages(services: ServiceWithDependencies[]): Stages | DependencyCycleError {
  try {
    return recoveryStages(services);
  } catch (error) {
    if (error instanceof DependencyCycleError) return error;
    throw error;
  }
}

/** The services, and for a plan admin a form for each. */
type ServicesPageProps = { services: ServiceWithDependencies[]; readiness: ServiceReadinessView[]; canEdit: boolean };

export function ServicesPage({ services, readiness, canEdit }: ServicesPageProps) {
  const stages = deriveStages(services);
  const nameOf = new Map(services.map((service) => [service.key, service.name]));
  const options = services.map(({ key, name }) => ({ key, name }));
  const rated = services.filter((service) => service.inPriorityMatrix);
  const unrated =
    stages instanceof DependencyCycleError
      ? []
      : stages.flatMap((stage) => stage.services).filter((service) => !service.inPriorityMatrix);

  return (
    <div className="space-y-12">
      <PageHeader
        title="Services"
        footnote={<PlanLastChange page="services" />}
        description="What each service must meet, what it depends on, and the order to bring services back."
      />
      <Section id="priority-matrix" title="Priority matrix" description="RTO: how soon it must be back. RPO: how much data it may lose.">
        <PriorityMatrixTable services={rated} nameOf={nameOf} />
      </Section>
      <Section
        id="readiness"
        title="Recovery readiness"
        description={
          <>
            Whether each service’s recovery is still proven by a drill or an incident.{" "}
            <Link href="/readiness" className="font-medium text-accent hover:underline">
              Readiness in full
            </Link>
          </>
        }
      >
        <ServiceReadinessList services={readiness} />
      </Section>
      {stages instanceof DependencyCycleError ? (
        <DependencyCycleAlert error={stages} />
      ) : (
        <>
          <Section
            id="dependencies-outside-matrix"
            title="Dependencies outside the matrix"
            description="The matrix names these without rating them: each must meet the objective of the strictest service that needs it."
          >
            <UnratedDependenciesTable dependencies={unrated} services={services} />
          </Section>
          <Section
            id="recovery-order"
            title="Recovery order"
            description="What must come back first: a service can start once everything it depends on is back. Within a stage, by priority."
          >
            <RecoveryOrderList stages={stages} />
          </Section>
          <Section id="dependency-graph" title="Dependency graph" description="Arrows point from a service to what it needs, one row per recovery stage.">
            <DependencyGraph stages={stages} nameOf={nameOf} />
          </Section>
        </>
      )}
      {canEdit && (
        <Section id="edit-services" title="Edit services" description="Each change makes a new version of the plan. Incidents already declared keep their deadlines.">
          <ul className="space-y-3">
            {services.map((service) => (
              <li key={service.key}>
                <ServiceEditForm service={service} services={options} />
              </li>
            ))}
            <li>
              <ServiceEditForm services={options} />
            </li>
          </ul>
        </Section>
      )}
    </div>
  );
}

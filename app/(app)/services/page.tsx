import type { Metadata } from "next";
import { ServicesPage } from "@/app/(app)/services/services-page";
import { listServices } from "@/lib/services/data";
import { requireUser } from "@/lib/auth/session";
import { canEditPlan } from "@/lib/plan/ability";
import { getReadiness } from "@/lib/readiness/data";
import { presentReadiness } from "@/lib/readiness/present";
import { OfflineAsOf } from "@/components/offline/offline-as-of";

export const metadata: Metadata = { title: "Services" };

export default async function ServicesRoute() {
  const user = await requireUser();
  const [services, readiness] = await Promise.all([listServices(), getReadiness(user)]);
  return (
    <>
      <OfflineAsOf renderedAt={new Date().toISOString()} />
      <ServicesPage services={services} readiness={presentReadiness(readiness).services} canEdit={canEditPlan(user.role)} />
    </>
  );
}

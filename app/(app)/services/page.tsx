import type { Metadata } from "next";
import { ServicesPage } from "@/app/(app)/services/services-page";
import { listServices } from "@/lib/services/data";
import { requireUser } from "@/lib/auth/session";
import { canEditPlan } from "@/lib/plan/ability";

export const metadata: Metadata = { title: "Services" };

export default async function ServicesRoute() {
  const user = await requireUser();
  return <ServicesPage services={await listServices()} canEdit={canEditPlan(user.role)} />;
}

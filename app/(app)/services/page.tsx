import type { Metadata } from "next";
import { ServicesPage } from "@/app/(app)/services/services-page";
import { listServices } from "@/lib/services/data";

export const metadata: Metadata = { title: "Services" };

export default async function ServicesRoute() {
  return <ServicesPage services={await listServices()} />;
}

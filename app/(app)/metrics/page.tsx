import type { Metadata } from "next";
import { MetricsPage } from "@/app/(app)/metrics/metrics-page";
import { getMetrics } from "@/lib/metrics/data";
import { requireUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Metrics" };

export default async function MetricsRoute() {
  return <MetricsPage metrics={await getMetrics(await requireUser())} />;
}

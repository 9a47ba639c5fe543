import type { Metadata } from "next";
import { ReadinessPage } from "@/app/(app)/readiness/readiness-page";
import { requireUser } from "@/lib/auth/session";
import { getReadiness } from "@/lib/readiness/data";
import { presentReadiness } from "@/lib/readiness/present";

export const metadata: Metadata = { title: "Recovery readiness" };

export default async function ReadinessRoute() {
  const user = await requireUser();
  return <ReadinessPage readiness={presentReadiness(await getReadiness(user))} />;
}

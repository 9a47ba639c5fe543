import type { Metadata } from "next";
import { PublicStatusPage } from "@/app/(public)/status/public/public-status-page";
import { PublicStatusUnavailable, readPublicStatus } from "@/lib/public-status/data";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Service status",
  alternates: { types: { "application/atom+xml": "/status/public.atom", "application/json": "/status/public.json" } },
};

export default async function PublicStatusRoute() {
  const status = await readPublicStatus().catch((error: unknown) => {
    if (error instanceof PublicStatusUnavailable) return null;
    throw error;
  });
  return <PublicStatusPage status={status} />;
}

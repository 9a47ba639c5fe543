import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ReviewPage } from "@/app/(app)/incidents/[id]/review/review-page";
import { requireUser } from "@/lib/auth/session";
import { DomainError } from "@/lib/errors";
import { jsonify } from "@/lib/json";
import { getReview } from "@/lib/reviews/data";
import { listPeople } from "@/lib/users/data";

type ReviewRouteProps = { params: Promise<{ id: string }> };

/** The review, or null when the incident does not exist or has not been resolved. */
const loadReview = cache(async (id: string) => {
  try {
    return await getReview(await requireUser(), id);
  } catch (error) {
    if (error instanceof DomainError && error.kind === "not_found") return null;
    throw error;
  }
});

export async function generateMetadata({ params }: ReviewRouteProps): Promise<Metadata> {
  const detail = await loadReview((await params).id);
  return { title: detail ? `Review of #${detail.incident.number} ${detail.incident.title}` : "Review not found" };
}

export default async function ReviewRoute({ params }: ReviewRouteProps) {
  const detail = await loadReview((await params).id);
  if (!detail) notFound();
  return <ReviewPage initial={jsonify(detail)} people={detail.canEdit ? await listPeople(await requireUser()) : []} renderedAt={new Date()} />;
}

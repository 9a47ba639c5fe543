"use server";
import { revalidatePath } from "next/cache";
import { authenticate } from "@/lib/auth/session";
import { toActionResult } from "@/lib/http/action-result";
import { recordPlanReview } from "@/lib/plan/mutations";

export async function recordPlanReviewAction(input: { reviewedAt?: string }) {
  const result = await toActionResult(async () => recordPlanReview(await authenticate(), input));
  if (result.ok) revalidatePath("/plan");
  return result;
}

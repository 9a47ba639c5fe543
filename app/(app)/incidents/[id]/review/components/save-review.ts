// A review save that names the version its editor started from. The version covers the whole
// review: a refusal because someone else changed another field is retried at once (nothing of
// theirs is lost), and only a change to the fields being saved reaches the editor as a conflict.
import { api, ApiError } from "@/components/live/api-client";
import type { ReviewConflictView } from "@/lib/reviews/present";
import type { Jsonify } from "@/lib/json";
import type { ReviewView } from "@/lib/reviews/types";

export type ReviewConflict = Jsonify<ReviewConflictView>;
type Fields = Partial<Omit<ReviewConflict, "version" | "savedBy" | "savedAt">>;

/** What the editor saw as the form opened: the version and the fields they are changing. */
export type SeenReview = { version: number; values: Fields };

/** The saved review when someone else changed what is being saved since the editor saw it. */
export function reviewConflictOf(error: unknown): ReviewConflict | null {
  return error instanceof ApiError && error.status === 409 && error.field === "version" ? (error.current as ReviewConflict) : null;
}

export async function saveReview(incidentId: string, changes: Fields, seen: SeenReview): Promise<ReviewView> {
  const save = (version: number) => api<ReviewView>(`/api/incidents/${incidentId}/review`, { method: "PATCH", body: { ...changes, version } });
  try {
    return await save(seen.version);
  } catch (error) {
    const current = reviewConflictOf(error);
    const untouched = current && Object.entries(seen.values).every(([field, value]) => current[field as keyof Fields] === value);
    if (current && untouched) return save(current.version);
    throw error;
  }
}

// Review shapes as the browser receives them (dates as ISO strings).
import type { Jsonify } from "@/lib/json";
import type { ReviewDetailView } from "@/lib/reviews/present";

export type ReviewView = Jsonify<ReviewDetailView>;
export type CriterionView = ReviewView["review"]["criteria"][number];

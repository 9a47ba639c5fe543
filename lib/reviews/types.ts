// Review shapes as the browser receives them (dates as ISO strings).
import type { Jsonify } from "@/lib/json";
import type { ReviewDetail } from "@/lib/reviews/data";

export type ReviewView = Jsonify<ReviewDetail>;
export type CriterionView = ReviewView["review"]["criteria"][number];

import type { Audience } from "@/lib/generated/prisma/enums";

/** Who a status update is for, in the words the screens use. */
export const AUDIENCE_LABELS: Record<Audience, string> = {
  internal: "The team",
  stakeholders: "Stakeholders",
  public: "The public",
};

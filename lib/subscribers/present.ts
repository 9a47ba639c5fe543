// What the subscriber routes answer (admins only).
import { z } from "zod";
import { instant } from "@/lib/present";

export const subscriberSchema = z.object({
  id: z.string(),
  email: z.string(),
  audience: z.enum(["internal", "stakeholders", "public"]),
  createdAt: instant(),
});
export const subscriberListSchema = z.array(subscriberSchema);
export type SubscriberView = z.infer<typeof subscriberSchema>;

export function presentSubscriber({ id, email, audience, createdAt }: SubscriberView): SubscriberView {
  return { id, email, audience, createdAt };
}

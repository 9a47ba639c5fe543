import { z } from "zod";
import { emailAddress } from "@/lib/input";

/** Who may subscribe: stakeholders get stakeholder and public updates, the public only public ones. */
export const SUBSCRIBER_AUDIENCES = ["stakeholders", "public"] as const;

export const addSubscriberSchema = z.strictObject({
  email: emailAddress(),
  audience: z.enum(SUBSCRIBER_AUDIENCES, { error: "must be stakeholders or public" }),
});

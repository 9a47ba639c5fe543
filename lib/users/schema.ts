import { z } from "zod";
import { UserRole } from "@/lib/generated/prisma/enums";
import { text } from "@/lib/input";

// NIST SP 800-63B: at least 8 characters; length matters more than composition rules.
export const MIN_PASSWORD_LENGTH = 12;
// NIST SP 800-63B asks that at least 64 be allowed; more only makes hashing a denial of service.
const MAX_PASSWORD_LENGTH = 256;

export const createUserSchema = z.strictObject({
  email: z.email("must be an e-mail address").max(254, "must be at most 254 characters"),
  name: text({ min: 1, max: 120 }),
  role: z.enum(UserRole, { error: `must be one of ${Object.values(UserRole).join(", ")}` }),
  password: z
    .string({ error: "must be text" })
    .min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`)
    .max(MAX_PASSWORD_LENGTH, `must be at most ${MAX_PASSWORD_LENGTH} characters`),
});

export type CreateUserInput = z.input<typeof createUserSchema>;

import { z } from "zod";
import { UserRole } from "@/lib/generated/prisma/enums";

// NIST SP 800-63B: at least 8 characters; length matters more than composition rules.
export const MIN_PASSWORD_LENGTH = 12;

export const createUserSchema = z.object({
  email: z.email("must be an e-mail address"),
  name: z.string().trim().min(1, "is required").max(120),
  role: z.enum(UserRole, { error: `must be one of ${Object.values(UserRole).join(", ")}` }),
  password: z.string().min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`),
});

export type CreateUserInput = z.input<typeof createUserSchema>;

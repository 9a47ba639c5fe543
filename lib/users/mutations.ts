import "server-only";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { normaliseEmail } from "@/lib/users/data";
import { hashPassword } from "@/lib/users/passwords";
import { createUserSchema } from "@/lib/users/schema";
import { parseInput } from "@/lib/validation";

/**
 * Creates a user. Run by the operator's command line (npm run user:create), which is how the
 * first admin of a real database comes to exist; in-app user management comes later.
 */
export async function createUser(input: unknown) {
  const { email, name, role, password } = parseInput(createUserSchema, input);
  const normalised = normaliseEmail(email);
  if (await db().user.findUnique({ where: { email: normalised } })) {
    throw new DomainError("conflict", `A user with the e-mail ${normalised} already exists.`, "email");
  }
  return db().user.create({
    data: { email: normalised, name, role, passwordHash: await hashPassword(password) },
    select: { id: true, email: true, name: true, role: true },
  });
}

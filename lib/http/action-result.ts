import { asDomainError } from "@/lib/database/errors";

/** What a server action returns to its form: a refusal is a message to show, not a crash. */
export type ActionResult = { ok: true } | { ok: false; error: string; field?: string };

export async function toActionResult(work: () => Promise<unknown>): Promise<ActionResult> {
  try {
    await work();
    return { ok: true };
  } catch (error) {
    const known = asDomainError(error);
    if (known) return { ok: false, error: known.message, field: known.field };
    throw error;
  }
}

// Errors a domain function raises for the caller to see. Route handlers, server actions and socket
// handlers turn them into a status code and a message (lib/http/route.ts, lib/realtime/server.ts).
export type DomainErrorKind =
  | "unauthenticated"
  | "forbidden"
  | "invalid"
  | "not_found"
  | "conflict"
  | "too_large"
  | "unsupported_media_type"
  | "rate_limited"
  | "unavailable"
  | "gone";

export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    message: string,
    /** The input field at fault, for "invalid". */
    readonly field?: string,
    /** Current state to show instead of a refused change, for "conflict". */
    readonly current?: unknown,
    /** Seconds until trying again makes sense, for "rate_limited" and "unavailable". */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export const HTTP_STATUS: Record<DomainErrorKind, number> = {
  unauthenticated: 401,
  forbidden: 403,
  invalid: 400,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  unavailable: 503,
  gone: 410,
};

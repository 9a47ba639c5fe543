// The browser's side of the REST API: JSON in, JSON out, and a refusal as an error that carries
// the server's message (and, for a 409, the current state).
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly field?: string,
    readonly current?: unknown,
  ) {
    super(message);
  }
}

export async function api<Result>(path: string, init: { method?: string; body?: unknown } = {}): Promise<Result> {
  const response = await fetch(path, {
    method: init.method ?? (init.body === undefined ? "GET" : "POST"),
    headers: init.body === undefined ? undefined : { "content-type": "application/json" },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const payload = response.status === 204 ? null : await response.json().catch(() => null);
  if (!response.ok) {
    throw new ApiError(payload?.error ?? `The server answered ${response.status}.`, response.status, payload?.field, payload?.current);
  }
  return payload as Result;
}

// Next 16 hands route parameters over as a promise.
export type RouteContext<Params extends Record<string, string>> = { params: Promise<Params> };

// The scheduler's notion of now: the wall clock in production, a controlled one in tests.
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

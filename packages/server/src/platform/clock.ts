/** Returns the current time; injected so tests can move time without waiting. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

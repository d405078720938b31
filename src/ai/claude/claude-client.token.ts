/** The shared Claude caller (one circuit breaker for every task), or null without a key. */
export const CLAUDE_CLIENT = Symbol('CLAUDE_CLIENT');

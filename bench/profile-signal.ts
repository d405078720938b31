/**
 * Toggles the CPU profiler of a process that preloads cpu-profiler.js. Not SIGUSR2: Nest's
 * enableShutdownHooks() treats SIGUSR2 as a shutdown signal. SIGWINCH is ignored by default,
 * so a process without the preload just carries on.
 */
export const PROFILE_TOGGLE_SIGNAL = 'SIGWINCH';

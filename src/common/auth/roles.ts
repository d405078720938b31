/** Key roles, weakest first: every feature checks them, so they live here and not in tenants/. */
export const ROLES = ['viewer', 'operator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

// Who may read `Overall` consumption and CO2: with it, a paying account's reading also holds every linked
// account's costs, accounts the console may not otherwise show to anyone. That is a matter for the people who
// handle the bill (billing) and for admins; a viewer or an operator reads the account's own consumption only.
// Shared by the BFF, which refuses, and the SPA, which does not offer what would be refused.

/** The built-in roles that may read a paying account's Overall consumption and CO2. */
export const OVERALL_ROLES: readonly string[] = ['billing', 'admin']

/** The calls whose `Overall: true` reads the linked accounts too. */
export const OVERALL_ACTIONS: readonly string[] = ['ReadConsumptionAccount', 'ReadCO2EmissionAccount']

/** Whether one of `roles` (the person's roles on an account) may read its Overall consumption. */
export const readsOverall = (roles: readonly string[]): boolean =>
  roles.some((r) => OVERALL_ROLES.includes(r))

/** Whether `request` of `action` asks for the linked accounts too. */
export const asksOverall = (action: string, request: unknown): boolean =>
  OVERALL_ACTIONS.includes(action) &&
  request !== null &&
  typeof request === 'object' &&
  (request as Record<string, unknown>).Overall === true

// The pinned pnpm, run through npx so that a machine with only Node and npm needs nothing else.
export const PNPM = ['npx', '-y', 'pnpm@12.4.2']

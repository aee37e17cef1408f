import type { World } from '../state.ts'

export function seedLarge(_world: World, _now: number): void {}

import type { World } from '../state.ts'

export function seedDemo(_world: World, _now: number): void {}

import { inspect } from 'node:util'

// A credential wrapped so that it cannot leak by accident: JSON.stringify, util.inspect, string
// concatenation and pino serialisation all see '[redacted]'. Only `reveal()` gives the value, and only the
// signer calls it.
export class Secret {
  readonly #value: string
  constructor(value: string) {
    this.#value = value
  }
  reveal(): string {
    return this.#value
  }
  toJSON(): string {
    return '[redacted]'
  }
  toString(): string {
    return '[redacted]'
  }
  [inspect.custom](): string {
    return '[redacted]'
  }
}

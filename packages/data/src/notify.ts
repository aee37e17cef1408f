// The data layer announces outcomes; the app decides how to show them (its toast region).
export interface Notice {
  tone: 'success' | 'error' | 'info'
  title: string
  description?: string
  /** Text for a copy button, e.g. an ApiError's copyText. */
  copyText?: string
}

let notifier: (notice: Notice) => void = () => {}

export function setNotifier(fn: (notice: Notice) => void): void {
  notifier = fn
}

export function notify(notice: Notice): void {
  notifier(notice)
}

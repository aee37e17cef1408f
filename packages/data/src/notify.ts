// The data layer announces outcomes; the app decides how to show them (its toast region).
export interface Notice {
  tone: 'success' | 'error' | 'info'
  title: string
  description?: string
  /** Text for a copy button, e.g. an ApiError's copyText. */
  copyText?: string
  /**
   * The error behind a failure, so the app can say what it means in the reader's language above `title`
   * (the error's own text, as sent).
   */
  error?: unknown
}

let notifier: (notice: Notice) => void = () => {}

export function setNotifier(fn: (notice: Notice) => void): void {
  notifier = fn
}

export function notify(notice: Notice): void {
  notifier(notice)
}

// Registers the console's message ids with react-intl, so `formatMessage({ id })` and `<FormattedMessage id>` accept
// only ids that exist in the English catalogue.
import type { MessageId } from './catalog.ts'

declare global {
  namespace FormatjsIntl {
    interface Message {
      ids: MessageId
    }
  }
}

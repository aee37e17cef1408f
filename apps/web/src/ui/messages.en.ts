// Words of the small shared pieces every page uses (ui/): dialogs, errors, copy buttons, commands, page states.
// Shell words: they load before the first page.
export default {
  'kit.cancel': 'Cancel',
  'kit.close': 'Close',
  'kit.retry': 'Retry',
  'kit.refresh': 'Refresh',
  'kit.copy': 'Copy',
  'kit.copied': 'Copied',
  'kit.section.loading': 'Loading {what}',
  'kit.section.loadFailed': '{what} could not be loaded',
  'kit.state.stale': 'The last refresh failed. Showing data from before.',
  'kit.notAllowed.region': 'Not allowed',
  'kit.notAllowed.ask': '{reason} Ask an administrator of this console for a role that includes it.',
  'kit.error.code': 'Code:',
  'kit.error.requestId': 'RequestId:',
  'kit.error.copy': 'Copy details',
  'kit.command.show': 'Show as command',
  'kit.command.copy': 'Copy {tool} command',
  'kit.command.keys':
    'Set OSC_ACCESS_KEY and OSC_SECRET_KEY (or an osc-cli profile) with your own keys first.',
}

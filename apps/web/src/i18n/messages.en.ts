// Words shared by every page, loaded with the shell: how old data are, durations, what each kind of error means, and
// the few words of one page that another shows too (an audit record's result on the home, a quota's usage).
export default {
  'format.age.unknown': 'not loaded yet',
  'format.age.justNow': 'updated just now',
  'format.age.ago': 'updated {ago}',
  'format.duration.ms': '{ms} ms',
  'format.duration.s': '{s} s',
  'format.duration.min': '{min} min {s} s',
  'format.notAvailable': '—',
  'error.invalid-request': 'The request is not valid. Check the highlighted fields and try again.',
  'error.not-allowed':
    'Your role on this account does not allow this action. Ask an administrator for access.',
  'error.session-expired': 'Your session has ended. Sign in again to continue.',
  'error.unknown-account': 'This account is not configured in the console. Pick another account.',
  'error.unknown-action': 'The console does not know this action.',
  'error.credentials-refused':
    'OUTSCALE refused the access key configured for this account. An administrator must check its credentials.',
  'error.throttled':
    'OUTSCALE is limiting the request rate. The console slows down and retries; try again in a moment.',
  'error.not-found': 'The resource does not exist any more, or was never in this account and region.',
  'error.invalid-state':
    'The resource is not in a state that allows this action. Wait for it to settle and try again.',
  'error.conflict': 'Another change is in progress or the name is already used. Refresh and try again.',
  'error.quota-exceeded':
    'This would exceed a quota of the account. Free some resources or ask OUTSCALE for a higher limit.',
  'error.unreachable': 'The console cannot reach OUTSCALE. Check the network or the endpoint, then retry.',
  'error.timeout':
    'OUTSCALE did not answer in time. The action may or may not have happened: refresh before retrying.',
  'error.upstream-error':
    'OUTSCALE answered with an error. Retry in a moment; if it persists, contact OUTSCALE support.',
  'error.unknown-outcome':
    'The console could not tell whether the action happened. Refresh the page to see the current state before retrying.',
  'error.internal':
    'The console failed unexpectedly. Retry; if it persists, report it with the request id below.',
  'error.network': 'The console server cannot be reached. Check your connection and retry.',
  'error.outscaleSaid': 'OUTSCALE answered:',
  'error.consoleSaid': 'The console server said:',
  'audit.result.success': 'success',
  'audit.result.failure': 'failure',
  'audit.result.unknown': 'unknown',
  'audit.result.refused': 'refused',
  'audit.errorCode': 'code {code}',
  'audit.moreIds': 'and {count} more',
  'quotas.usage': '{used} of {max} used ({percent} %)',
  'quotas.usageNoneAllowed': '{used} of {max} used',
}

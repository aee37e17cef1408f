// All accounts at once: a card per account and the totals per currency.
export default {
  'all.title': 'All accounts',
  'all.description':
    'Each account’s region, month-to-date cost, fullest quota, resources and what needs attention, from what your role may read.',
  'all.accounts': 'Accounts',
  'all.card.role': 'Your role: {role}',
  'all.card.failed': '{name} could not be read',
  'all.cost.soFar': 'Cost so far',
  'all.cost.forecast': 'Month-end forecast',
  'all.cost.noPrice': 'No priced consumption this month.',
  'all.quota.nearest': 'Fullest quota',
  'all.quota.none': 'No quota reported.',
  'all.resources': 'Resources',
  'all.resources.vms': '{count, plural, one {# VM} other {# VMs}}',
  'all.resources.vmsRunning': '{count, number} running',
  'all.resources.volumes': '{count, plural, one {# volume} other {# volumes}}',
  'all.resources.publicIps': '{count, plural, one {# public IP} other {# public IPs}}',
  'all.resources.idle': '{count, plural, other {# idle}}',
  'all.resources.loadBalancers': '{count, plural, one {# load balancer} other {# load balancers}}',
  'all.resources.snapshots': '{count, plural, one {# snapshot} other {# snapshots}}',
  'all.resources.images': '{count, plural, one {# own image} other {# own images}}',
  'all.attention': 'Needs attention',
  'all.attention.count':
    '{count, plural, =0 {Nothing needs attention} one {# item needs attention} other {# items need attention}}',
  'all.totals': 'Totals per currency',
  'all.totals.currency': 'Currency',
  'all.totals.accounts': 'Accounts',
  'all.totals.soFar': 'Cost so far',
  'all.totals.forecast': 'Month-end forecast',
  'all.totals.none': 'No account’s cost could be read yet.',
  'all.totals.missing':
    '{count, plural, one {# account is not counted: its cost could not be read or your role does not show it.} other {# accounts are not counted: their cost could not be read or your role does not show it.}}',
  'all.forecastHow':
    'Forecasts are linear: each account’s cost so far ÷ the days elapsed × the days of the month.',
}

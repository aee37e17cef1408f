// The Quotas page's words.
export default {
  'quotas.title': 'Quotas',
  'quotas.notAllowed': "Your role does not include reading this account's quotas.",
  'quotas.description':
    'The limits OUTSCALE sets on {account} and how much of each is used. To raise one, ask OUTSCALE support.',
  'quotas.search': 'Search',
  'quotas.searchPlaceholder': 'Search name or description…',
  'quotas.loading': 'Loading…',
  'quotas.count': '{total, plural, one {# quota} other {# quotas}} · {age}',
  'quotas.countFiltered': '{shown} of {total, plural, one {# quota} other {# quotas}} · {age}',
  'quotas.attention.fullAndNear':
    '{full, plural, one {# quota is full} other {# quotas are full}}, {near, plural, one {# is near the limit (80 % or more)} other {# are near the limit (80 % or more)}}.',
  'quotas.attention.onlyFull': '{full, plural, one {# quota is full} other {# quotas are full}}.',
  'quotas.attention.onlyNear':
    '{near, plural, one {# is near the limit (80 % or more)} other {# are near the limit (80 % or more)}}.',
  'quotas.attention.none': 'Every quota is below 80 %.',
  'quotas.refreshFailed': 'The last refresh failed: {message} Showing data from before.',
  'quotas.loadFailed': 'The quotas could not be loaded',
  'quotas.loadingQuotas': 'Loading quotas',
  'quotas.empty': 'OUTSCALE returned no quota for this account',
  'quotas.emptyHint': 'Refresh to ask again.',
  'quotas.noMatch': 'No quota matches this search',
  'quotas.clearSearch': 'Clear search',
  'quotas.column.quota': 'Quota',
  'quotas.column.usage': 'Usage',
  'quotas.column.usedOfMax': 'Used of max',
  'quotas.usedOfMax': '{used} of {max}',
  'quotas.percentUsed': '{percent} % used',
  'quotas.noneAllowed': 'none allowed',
  'quotas.level.near': 'Near limit',
  'quotas.level.full': 'Full',
}

// The words every chart shares: its table of figures and the legend.
export default {
  'chart.showTable': 'Show the figures as a table',
  'chart.hideTable': 'Hide the table',
  'chart.legend': 'Legend',
  'chart.drawing': 'Drawing the chart…',
  'chart.total': 'Total',
  'chart.description':
    '{kind, select, bars {Bar chart} other {Stacked bar chart}}: {y} by {x}. The same figures are in the table “{title}”.',
  'chart.dayUtc': 'Day (UTC)',
  'chart.cost': 'Cost ({currency})',
  'chart.tooManyDays': 'The chart by day is drawn for periods of {max, number} days or less.',
}

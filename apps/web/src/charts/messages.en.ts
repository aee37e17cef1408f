// The words every chart shares: its table of figures and the legend.
export default {
  'chart.showTable': 'Show the figures as a table',
  'chart.hideTable': 'Hide the table',
  'chart.legend': 'Legend',
  'chart.drawing': 'Drawing the chart…',
  'chart.total': 'Total',
  'chart.description':
    '{kind, select, bars {Bar chart} other {Stacked bar chart}}: {y} by {x}. The same figures are in the table “{title}”.',
}

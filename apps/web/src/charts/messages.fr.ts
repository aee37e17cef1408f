import type { Translation } from '../i18n/catalog.ts'
import type en from './messages.en.ts'

export default {
  'chart.showTable': 'Afficher les chiffres en tableau',
  'chart.hideTable': 'Masquer le tableau',
  'chart.legend': 'Légende',
  'chart.drawing': 'Dessin du graphique…',
  'chart.total': 'Total',
  'chart.description':
    '{kind, select, bars {Graphique en barres} other {Graphique en barres empilées}} : {y} par {x}. Les mêmes chiffres sont dans le tableau « {title} ».',
  'chart.dayUtc': 'Jour (UTC)',
  'chart.cost': 'Coût ({currency})',
  'chart.tooManyDays': 'Le graphique par jour est dessiné pour des périodes de {max, number} jours au plus.',
} satisfies Translation<typeof en>

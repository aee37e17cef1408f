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
} satisfies Translation<typeof en>

import type { Translation } from '../../i18n/catalog.ts'
import type en from './messages.en.ts'

export default {
  'all.title': 'Tous les comptes',
  'all.description':
    'Pour chaque compte : sa région, le coût du mois en cours, le quota le plus rempli, les ressources et ce qui demande votre attention, d’après ce que votre rôle peut lire.',
  'all.accounts': 'Comptes',
  'all.card.role': 'Votre rôle : {role}',
  'all.card.failed': 'Lecture impossible : {name}',
  'all.cost.soFar': 'Coût à ce jour',
  'all.cost.forecast': 'Prévision de fin de mois',
  'all.cost.noPrice': 'Aucune consommation facturée ce mois-ci.',
  'all.quota.nearest': 'Quota le plus rempli',
  'all.quota.none': 'Aucun quota indiqué.',
  'all.resources': 'Ressources',
  'all.resources.vms': '{count, plural, one {# VM} other {# VM}}',
  'all.resources.vmsRunning': '{count, number} en marche',
  'all.resources.volumes': '{count, plural, one {# volume} other {# volumes}}',
  'all.resources.publicIps': '{count, plural, one {# IP publique} other {# IP publiques}}',
  'all.resources.idle': '{count, plural, one {# inutilisée} other {# inutilisées}}',
  'all.resources.loadBalancers': '{count, plural, one {# load balancer} other {# load balancers}}',
  'all.resources.snapshots': '{count, plural, one {# snapshot} other {# snapshots}}',
  'all.resources.images': '{count, plural, one {# image propre} other {# images propres}}',
  'all.attention': 'À surveiller',
  'all.attention.count':
    '{count, plural, =0 {Rien ne demande votre attention} one {# élément demande votre attention} other {# éléments demandent votre attention}}',
  'all.totals': 'Totaux par devise',
  'all.totals.currency': 'Devise',
  'all.totals.accounts': 'Comptes',
  'all.totals.soFar': 'Coût à ce jour',
  'all.totals.forecast': 'Prévision de fin de mois',
  'all.totals.none': 'Le coût d’aucun compte n’a encore pu être lu.',
  'all.totals.missing':
    '{count, plural, one {# compte n’est pas compté : son coût n’a pas pu être lu ou votre rôle ne le montre pas.} other {# comptes ne sont pas comptés : leur coût n’a pas pu être lu ou votre rôle ne le montre pas.}}',
  'all.forecastHow':
    'Les prévisions sont linéaires : le coût à ce jour de chaque compte ÷ les jours écoulés × les jours du mois.',
} satisfies Translation<typeof en>

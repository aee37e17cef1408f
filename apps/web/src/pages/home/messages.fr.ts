import type { Translation } from '../../i18n/catalog.ts'
import type en from './messages.en.ts'

export default {
  'home.title': '{name} en un coup d’œil',
  'home.description':
    '{region} · ce qui tourne, ce que cela coûte et ce qui demande votre attention, d’après ce que votre rôle peut lire.',
  'home.nothingReadable':
    'Votre rôle ne lit rien de ce que cette page montre sur {name}. La barre latérale liste les pages qu’il peut ouvrir.',
  'home.loading': 'Chargement : {what}',
  'home.loadFailed': 'Chargement impossible : {what}',

  'home.resources': 'Ressources',
  'home.resources.vms': 'VM',
  'home.resources.volumes': 'Volumes',
  'home.resources.publicIps': 'IP publiques',
  'home.resources.loadBalancers': 'Load balancers',
  'home.resources.snapshots': 'Snapshots',
  'home.resources.images': 'Images',
  'home.state.running': '{count, plural, one {# en marche} other {# en marche}}',
  'home.state.stopped': '{count, plural, one {# arrêtée} other {# arrêtées}}',
  'home.state.changing': '{count, number} en transition',
  'home.state.inUse': '{count, plural, one {# utilisé} other {# utilisés}}',
  'home.state.available': '{count, plural, one {# disponible} other {# disponibles}}',
  'home.state.attached': '{count, plural, one {# associée} other {# associées}}',
  'home.state.idle': '{count, plural, one {# inutilisée} other {# inutilisées}}',
  'home.state.backends': '{count, plural, one {# VM en backend} other {# VM en backend}}',
  'home.state.own': 'créées par ce compte',

  'home.quotas': 'Quotas proches de leur limite',
  'home.quotas.none': 'Tous les quotas sont sous 80 %.',
  'home.quotas.usage': '{used, number} sur {max, number} utilisés ({percent, number} %)',
  'home.quotas.open': 'Ouvrir les quotas',
  'home.quotas.full': 'Plein',
  'home.quotas.near': 'Proche de la limite',

  'home.month': 'Mois en cours',
  'home.month.soFar': 'Coût à ce jour',
  'home.month.soFarDetail': 'du {from} au {to} (UTC)',
  'home.month.forecast': 'Prévision de fin de mois',
  'home.month.forecastHow':
    'Linéaire : le coût à ce jour ÷ les {elapsed} jours écoulés × {days, number} jours.',
  'home.month.forecastUnknown': 'Trop tôt dans le mois pour le dire.',
  'home.month.lastMonth': 'Même période le mois dernier',
  'home.month.lastMonthDetail': 'du {from} au {to}',
  'home.month.change': '{change} par rapport à la même période du mois dernier',
  'home.month.noPrice': 'OUTSCALE n’a donné aucun prix pour cette période.',
  'home.month.chart': 'Coût par jour, ce mois-ci',
  'home.month.chartX': 'Jour (UTC)',
  'home.month.chartY': 'Coût ({currency})',
  'home.month.dayCost': 'Coût',
  'home.month.openConsumption': 'Ouvrir la consommation',

  'home.attention': 'À surveiller',
  'home.attention.none': 'Rien à surveiller dans ce que votre rôle peut lire.',
  'home.attention.count': '{count, plural, one {# élément} other {# éléments}}',
  'home.attention.snapshotAge': 'Snapshots de plus de',
  'home.attention.days': '{days, plural, one {# jour} other {# jours}}',
  'home.attention.cost': '{cost} par mois',
  'home.why.quarantine': 'En quarantaine : OUTSCALE a isolé cette VM. Contactez le support.',
  'home.why.stuck': 'Toujours en démarrage {minutes, number} minutes après sa création.',
  'home.why.openPort': '{service} (port {port}) est ouvert à tout Internet ({range}).',
  'home.why.idleVolume':
    'Attaché à aucune VM, {size, number} Gio facturés ; créé il y a {days, plural, one {# jour} other {# jours}}.',
  'home.why.idlePublicIp': '{ip} n’est associée à rien et facturée à l’heure.',
  'home.why.oldSnapshot': '{days, number} jours (plus de {limit, number}), {size, number} Gio conservés.',
  'home.why.quota':
    '{used, number} sur {max, number} utilisés ({percent, number} %) : la prochaine création peut être refusée.',
  'home.rule.vm-quarantine': 'VM en quarantaine',
  'home.rule.vm-stuck': 'VM bloquée au démarrage',
  'home.rule.open-port': 'Ouvert à Internet',
  'home.rule.idle-volume': 'Volume non attaché',
  'home.rule.idle-public-ip': 'IP publique non associée',
  'home.rule.old-snapshot': 'Snapshot ancien',
  'home.rule.quota-critical': 'Quota à 95 % ou plus',

  'home.activity': 'Activité récente',
  'home.activity.none': 'Aucune activité enregistrée sur ce compte pour l’instant.',
  'home.activity.openLog': 'Ouvrir le journal d’audit',
  'home.activity.someone': 'Quelqu’un',
  'home.activity.line': '{person} · {action}',
  'home.activity.result':
    '{result, select, success {réussi} failure {échoué} refused {refusé} other {résultat inconnu}}',
} satisfies Translation<typeof en>

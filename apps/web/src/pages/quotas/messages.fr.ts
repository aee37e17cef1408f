import type { Translation } from '../../i18n/catalog.ts'
import type en from './messages.en.ts'

export default {
  'quotas.title': 'Quotas',
  'quotas.notAllowed': 'Votre rôle ne permet pas de lire les quotas de ce compte.',
  'quotas.description':
    'Les limites qu’OUTSCALE fixe pour {account} et leur utilisation. Pour en relever une, demandez au support OUTSCALE.',
  'quotas.search': 'Rechercher',
  'quotas.searchPlaceholder': 'Rechercher un nom ou une description…',
  'quotas.loading': 'Chargement…',
  'quotas.count': '{total, plural, one {# quota} other {# quotas}} · {age}',
  'quotas.countFiltered': '{shown} sur {total, plural, one {# quota} other {# quotas}} · {age}',
  'quotas.attention.fullAndNear':
    '{full, plural, one {# quota est plein} other {# quotas sont pleins}}, {near, plural, one {# est proche de la limite (80 % ou plus)} other {# sont proches de la limite (80 % ou plus)}}.',
  'quotas.attention.onlyFull': '{full, plural, one {# quota est plein} other {# quotas sont pleins}}.',
  'quotas.attention.onlyNear':
    '{near, plural, one {# quota est proche de la limite (80 % ou plus)} other {# quotas sont proches de la limite (80 % ou plus)}}.',
  'quotas.attention.none': 'Tous les quotas sont sous 80 %.',
  'quotas.refreshFailed':
    'La dernière actualisation a échoué : {message} Les données affichées sont les précédentes.',
  'quotas.loadFailed': 'Les quotas n’ont pas pu être chargés',
  'quotas.loadingQuotas': 'Chargement des quotas',
  'quotas.empty': 'OUTSCALE n’a renvoyé aucun quota pour ce compte',
  'quotas.emptyHint': 'Actualisez pour redemander.',
  'quotas.noMatch': 'Aucun quota ne correspond à cette recherche',
  'quotas.clearSearch': 'Effacer la recherche',
  'quotas.column.quota': 'Quota',
  'quotas.column.usage': 'Utilisation',
  'quotas.column.usedOfMax': 'Utilisé sur maximum',
  'quotas.usedOfMax': '{used} sur {max}',
  'quotas.percentUsed': '{percent} % utilisés',
  'quotas.noneAllowed': 'aucun autorisé',
  'quotas.attention.critical':
    '{critical, plural, one {# d’entre eux est à 95 % ou plus : la prochaine création de ce type peut être refusée.} other {# d’entre eux sont à 95 % ou plus : la prochaine création de ce type peut être refusée.}}',
  'quotas.collection': 'Collection',
  'quotas.allCollections': 'Toutes les collections',
  'quotas.csv.collection': 'Collection',
  'quotas.csv.type': 'Type de quota',
  'quotas.csv.name': 'Nom',
  'quotas.csv.description': 'Description',
  'quotas.csv.used': 'Utilisé',
  'quotas.csv.max': 'Maximum',
  'quotas.csv.percent': 'Pourcentage utilisé',
  'quotas.csv.level': 'Niveau',
  'quotas.level.ok': 'Sous 80 %',
  'quotas.level.critical': 'Critique',
  'quotas.level.near': 'Proche de la limite',
  'quotas.level.full': 'Plein',
  'quotas.openResources': 'Ouvrir : {what}',
  'quotas.trend.waiting': 'Tendance après le prochain relevé de ce quota par la console',
  'quotas.trend.label':
    '{name} sur {count, plural, one {# relevé} other {# relevés}} depuis le {since} : de {from} à {to} utilisés, limite {max}',
  'quotas.trend.fullIn': 'Plein dans {days, plural, one {# jour} other {# jours}} environ à ce rythme',
  'quotas.trend.fullWithinADay': 'Plein d’ici un jour à ce rythme',
  'quotas.trend.notAtThisPace': 'Jamais plein à ce rythme',
  'quotas.trend.loadFailed': 'Les tendances des quotas n’ont pas pu être chargées',
} satisfies Translation<typeof en>

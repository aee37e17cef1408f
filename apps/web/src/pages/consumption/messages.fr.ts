import type { Translation } from '../../i18n/catalog.ts'
import type en from './messages.en.ts'

export default {
  'consumption.title': 'Consommation',
  'consumption.notAllowed': 'Votre rôle ne permet pas de lire la consommation de ce compte.',
  'consumption.description': 'Ce que {account} a consommé sur une période, tel qu’OUTSCALE le facture.',
  'consumption.descriptionPeriod':
    'Ce que {account} a consommé du {from} au {to} inclus (jours en UTC), tel qu’OUTSCALE le facture.',
  'consumption.descriptionPeriodCurrency':
    'Ce que {account} a consommé du {from} au {to} inclus (jours en UTC), tel qu’OUTSCALE le facture, en {currency}.',
  'consumption.entries': '{count, plural, one {# ligne} other {# lignes}} · {age}.',
  'consumption.exportCsv': 'Exporter en CSV',
  'consumption.periodRefused': 'Cette période ne peut pas être affichée',
  'consumption.showThisMonth': 'Afficher ce mois-ci',
  'consumption.loadFailed': 'La consommation n’a pas pu être chargée',
  'consumption.loading': 'Chargement de la consommation',
  'consumption.empty': 'Aucune consommation sur cette période',
  'consumption.emptyHint': 'Rien de facturable n’a tourné du {from} au {to}.',
  'consumption.refreshFailed':
    'La dernière actualisation a échoué : {message} Les données affichées sont les précédentes.',
  'consumption.entriesTable': 'Consommation par service et par type',
  'consumption.totalsTable': 'Totaux par service',
  'consumption.column.service': 'Service',
  'consumption.column.operation': 'Opération',
  'consumption.column.type': 'Type',
  'consumption.column.subregion': 'Sous-région',
  'consumption.column.title': 'Intitulé',
  'consumption.column.value': 'Quantité',
  'consumption.column.price': 'Prix',
  'consumption.column.entries': 'Lignes',
  'consumption.csv.unitPrice': 'Prix unitaire',
  'consumption.csv.unitPriceIn': 'Prix unitaire ({currency})',
  'consumption.csv.priceIn': 'Prix ({currency})',
  'consumption.serviceHeading': 'Service : {service}',
  'consumption.perUnit': '{price} / unité',
  'consumption.allServices': 'Tous les services',
  'consumption.quickPeriods': 'Périodes rapides',
  'consumption.preset.this-month': 'Ce mois-ci',
  'consumption.preset.last-month': 'Le mois dernier',
  'consumption.preset.last-7-days': 'Les 7 derniers jours',
  'consumption.preset.last-30-days': 'Les 30 derniers jours',
  'consumption.preset.last-90-days': 'Les 90 derniers jours',
  'consumption.groupBy': 'Regrouper par',
  'consumption.groupBy.service': 'Service',
  'consumption.groupBy.tag': 'Clé de tag',
  'consumption.groupBy.apply': 'Regrouper',
  'consumption.tagKey': 'Clé de tag',
  'consumption.byTagTable': 'Coût par {key}',
  'consumption.byTagLoading': 'Chargement du coût par {key}',
  'consumption.column.tagValue': 'Valeur de {key}',
  'consumption.column.resources': 'Ressources',
  'consumption.untagged': 'Sans tag',
  'consumption.allValues': 'Toutes les valeurs',
  'consumption.byTagHow':
    'Le coût de chaque ressource va à la valeur de son tag {key} ; les ressources qui ne l’ont pas, et les coûts qu’OUTSCALE ne rattache à aucune ressource, sont sans tag. Les valeurs sont arrondies au centime pour que leur somme soit le total de la période.',
  'consumption.period': 'Période',
  'consumption.firstDay': 'Premier jour',
  'consumption.lastDay': 'Dernier jour (inclus)',
  'consumption.showPeriod': 'Afficher la période',
  'consumption.problem.noFirstDay':
    'Saisissez le premier jour de la période sous forme de date, par exemple 2024-06-01.',
  'consumption.problem.noLastDay':
    'Saisissez le dernier jour de la période sous forme de date, par exemple 2024-06-30.',
  'consumption.problem.startsInFuture':
    'La période commence le {from}, après aujourd’hui ({today}). Choisissez un premier jour au plus tard le {today}.',
  'consumption.problem.endsInFuture':
    'La période se termine le {to}, après aujourd’hui ({today}) : la consommation n’est connue que jusqu’à aujourd’hui. Choisissez un dernier jour au plus tard le {today}.',
  'consumption.problem.reversed':
    'Le premier jour ({from}) est après le dernier jour ({to}). Choisissez un premier jour antérieur ou égal au dernier.',
} satisfies Translation<typeof en>

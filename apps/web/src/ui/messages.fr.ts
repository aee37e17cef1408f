import type { Translation } from '../i18n/catalog.ts'
import type en from './messages.en.ts'

export default {
  'kit.cancel': 'Annuler',
  'kit.close': 'Fermer',
  'kit.retry': 'Réessayer',
  'kit.refresh': 'Actualiser',
  'kit.copy': 'Copier',
  'kit.copied': 'Copié',
  'kit.section.loading': 'Chargement : {what}',
  'kit.section.loadFailed': 'Chargement impossible : {what}',
  'kit.state.stale': 'La dernière actualisation a échoué. Les données affichées sont celles d’avant.',
  'kit.notAllowed.region': 'Non autorisé',
  'kit.notAllowed.ask': '{reason} Demandez à un administrateur de cette console un rôle qui le permet.',
  'kit.error.code': 'Code :',
  'kit.error.requestId': 'RequestId :',
  'kit.error.copy': 'Copier les détails',
  'kit.command.show': 'Afficher en ligne de commande',
  'kit.command.copy': 'Copier la commande {tool}',
  'kit.command.keys':
    'Définissez d’abord OSC_ACCESS_KEY et OSC_SECRET_KEY (ou un profil osc-cli) avec vos propres clés.',
} satisfies Translation<typeof en>

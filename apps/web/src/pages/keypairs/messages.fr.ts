import type { Translation } from '../../i18n/catalog.ts'
import type en from './messages.en.ts'

export default {
  'keypairs.table': 'Paires de clés',
  'keypairs.notAllowed': 'Votre rôle ne permet pas de lire les paires de clés de ce compte.',
  'keypairs.empty.title': 'Aucune paire de clés dans ce compte pour l’instant',
  'keypairs.empty.body':
    'Une paire de clés permet de se connecter à une VM en SSH. Créez-en ou importez-en une pour commencer.',
  'keypairs.col.type': 'Type',
  'keypairs.col.fingerprint': 'Empreinte',
  'keypairs.prop.name': 'Nom',
  'keypairs.tab.properties': 'Propriétés',
  'keypairs.delete': 'Supprimer',
  'keypairs.delete.title': 'Supprimer {name}',
  'keypairs.delete.body':
    'La clé publique est retirée du compte. Les VM démarrées avec elle la gardent et restent joignables ; les nouvelles VM ne peuvent plus l’utiliser.',
  'keypairs.delete.type': 'Saisissez le nom de la paire de clés, {name}, pour confirmer',
  'keypairs.delete.confirm': 'Supprimer la paire de clés',
  'keypairs.deleted': 'Paire de clés {name} supprimée',
  'keypairs.bulk.noneDelete': 'Aucune des paires de clés sélectionnées ne peut être supprimée.',
  'keypairs.bulk.deleteWord': 'supprimer',
} satisfies Translation<typeof en>

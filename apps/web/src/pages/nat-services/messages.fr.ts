import type { Translation } from '../../i18n/catalog.ts'
import type en from './messages.en.ts'

export default {
  'nat.table': 'Services NAT',
  'nat.notAllowed': 'Votre rôle ne permet pas de lire les services NAT de ce compte.',
  'nat.empty.title': 'Aucun service NAT dans ce compte pour l’instant',
  'nat.empty.body':
    'Un service NAT placé dans un sous-réseau public permet aux VM des sous-réseaux privés d’atteindre internet sans être joignables depuis internet.',
  'nat.col.net': 'Net',
  'nat.col.subnet': 'Sous-réseau',
  'nat.col.publicIp': 'IP publique',
  'nat.col.clientToken': 'Jeton d’idempotence',
  'nat.tab.properties': 'Propriétés',
  'nat.routeHint':
    'Les sous-réseaux privés l’utilisent par une route 0.0.0.0/0 vers ce service NAT dans leur table de routage. Son IP publique ne peut pas changer : pour en utiliser une autre, créez un nouveau service NAT.',
  'nat.rule.gone': 'Il est déjà {state}.',
  'nat.quota': 'Services NAT',
  'nat.close': 'Fermer',
  'nat.cancel': 'Annuler',
  'nat.create.title': 'Créer un service NAT',
  'nat.create.notAllowed':
    'Votre rôle ne permet pas de créer des services NAT ni de lire les sous-réseaux et les IP publiques.',
  'nat.create.intro':
    'Placez-le dans un sous-réseau public (dont la table de routage envoie 0.0.0.0/0 vers un service Internet), puis routez le 0.0.0.0/0 des sous-réseaux privés vers lui.',
  'nat.create.name': 'Nom (facultatif)',
  'nat.create.subnet': 'Sous-réseau',
  'nat.create.subnet.hint':
    'Seuls les sous-réseaux sans service NAT sont proposés : un sous-réseau en accueille un.',
  'nat.create.ip': 'IP publique',
  'nat.create.ip.hint':
    'Seules les IP publiques inutilisées sont proposées. Elle reste au service NAT jusqu’à sa suppression.',
  'nat.create.choose': 'Choisir…',
  'nat.create.chooseSubnet': 'Choisissez le sous-réseau où placer le service NAT.',
  'nat.create.chooseIp': 'Choisissez l’IP publique d’où le service NAT envoie le trafic.',
  'nat.create.submit': 'Créer le service NAT',
  'nat.create.failed': 'Le service NAT n’a pas pu être créé',
  'nat.create.done': 'Service NAT {id} créé',
  'nat.delete': 'Supprimer',
  'nat.delete.title': 'Supprimer {name}',
  'nat.delete.body':
    'Le service NAT est supprimé et son IP publique redevient inutilisée (toujours facturée). Les routes vers lui restent et cessent de fonctionner. C’est irréversible.',
  'nat.delete.type': 'Tapez son nom, {name}, pour confirmer',
  'nat.delete.confirm': 'Supprimer le service NAT',
  'nat.deleted': 'Le service NAT {name} est en cours de suppression',
  'nat.bulk.noneDelete': 'Aucun des services NAT sélectionnés ne peut être supprimé.',
  'nat.bulk.deleteWord': 'supprimer',
} satisfies Translation<typeof en>

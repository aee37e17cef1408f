import type { Translation } from '../../i18n/catalog.ts'
import type en from './messages.en.ts'

export default {
  'nets.table': 'Nets',
  'nets.notAllowed': 'Votre rôle ne permet pas de lire les Nets de ce compte.',
  'nets.empty.title': 'Aucun Net dans ce compte pour l’instant',
  'nets.empty.body':
    'Un Net est un réseau privé à vous : ses sous-réseaux accueillent les VM, et un service Internet avec une route leur donne accès à internet.',
  'nets.loading': 'Lecture du contenu du Net…',
  'nets.col.range': 'Plage IP',
  'nets.col.subnets': 'Sous-réseaux',
  'nets.col.internet': 'Service Internet',
  'nets.col.internet.none': 'Aucun',
  'nets.tab.subnets': 'Sous-réseaux',
  'nets.tab.internet': 'Service Internet',
  'nets.tab.routeTables': 'Tables de routage',
  'nets.tab.properties': 'Propriétés',
  'nets.prop.tenancy': 'Location',
  'nets.prop.dhcp': 'Options DHCP',
  'nets.subnets.table': 'Sous-réseaux de ce Net',
  'nets.subnets.none': 'Aucun sous-réseau pour l’instant : créez-en un pour placer des VM dans ce Net.',
  'nets.routeTables.table': 'Tables de routage de ce Net',
  'nets.routeTables.none': 'Aucune table de routage.',
  'nets.internet.linked': 'Les VM de ce Net qui ont une IP publique accèdent à internet par',
  'nets.internet.none':
    'Ce Net n’a pas de service Internet : ses VM ne peuvent pas accéder à internet, même avec une IP publique.',
  'nets.internet.create': 'Créer et lier un service Internet',
  'nets.range.size': 'La plage d’un Net va de /16 (65 536 adresses) à /28 (16 adresses).',
  'nets.rule.loading': 'La console lit encore ce que contient le Net.',
  'nets.rule.hasSubnets':
    'Il contient encore {count, plural, one {# sous-réseau} other {# sous-réseaux}} : {count, plural, one {supprimez-le} other {supprimez-les}} d’abord.',
  'nets.rule.hasInternetService': 'Le service Internet {id} y est lié : déliez-le d’abord.',
  'nets.quota': 'Nets',
  'nets.close': 'Fermer',
  'nets.cancel': 'Annuler',
  'nets.create.title': 'Créer un Net',
  'nets.create.notAllowed': 'Votre rôle ne permet pas de créer des Nets.',
  'nets.create.intro':
    'OUTSCALE crée le Net avec sa table de routage principale, qui route la plage du Net. Ajoutez des sous-réseaux, puis un service Internet si les VM doivent accéder à internet.',
  'nets.create.name': 'Nom (facultatif)',
  'nets.create.range': 'Plage IP',
  'nets.create.range.hint':
    'Des adresses privées, de /16 à /28, par exemple 10.0.0.0/16. Elle ne pourra pas être modifiée.',
  'nets.create.submit': 'Créer le Net',
  'nets.create.failed': 'Le Net n’a pas pu être créé',
  'nets.create.done': 'Net {id} créé',
  'nets.delete': 'Supprimer',
  'nets.delete.title': 'Supprimer {name}',
  'nets.delete.body':
    'Le Net, ses tables de routage et ses groupes de sécurité sont supprimés. C’est irréversible.',
  'nets.delete.type': 'Saisissez le nom du Net, {name}, pour confirmer',
  'nets.delete.confirm': 'Supprimer le Net',
  'nets.deleted': 'Net {name} supprimé',
  'nets.bulk.noneDelete': 'Aucun des Nets choisis ne peut être supprimé.',
  'nets.bulk.deleteWord': 'supprimer',
} satisfies Translation<typeof en>

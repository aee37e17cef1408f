import type { Translation } from '../../i18n/catalog.ts'
import type en from './messages.en.ts'

export default {
  'peer.table': 'Appairages de Nets',
  'peer.notAllowed': 'Votre rôle ne permet pas de lire les appairages de Nets de ce compte.',
  'peer.empty.title': 'Aucun appairage de Nets dans ce compte pour l’instant',
  'peer.empty.body':
    'Un appairage permet à deux Nets, d’un même compte ou de deux comptes, de se joindre par leurs IP privées une fois accepté par le propriétaire du Net accepteur.',
  'peer.col.source': 'Net source',
  'peer.col.accepter': 'Net accepteur',
  'peer.col.expires': 'Expire le',
  'peer.side.thisAccount': 'Ce compte ({account})',
  'peer.side.account': 'Compte {account}',
  'peer.tab.properties': 'Propriétés',
  'peer.rule.notPending':
    'Il est {state} : seul un appairage en attente d’acceptation peut être accepté ou refusé.',
  'peer.rule.notAccepter':
    'Seul le propriétaire du Net accepteur, le compte {account}, peut l’accepter ou le refuser.',
  'peer.rule.final': 'Il est {state} : il ne peut plus être modifié ni supprimé.',
  'peer.rule.deletePendingIncoming':
    'Un appairage en attente d’acceptation se supprime par son demandeur : refusez-le plutôt.',
  'peer.close': 'Fermer',
  'peer.cancel': 'Annuler',
  'peer.create.title': 'Demander un appairage',
  'peer.create.notAllowed':
    'Votre rôle ne permet pas de demander des appairages de Nets ni de lire les Nets.',
  'peer.create.intro':
    'L’appairage reste en attente jusqu’à ce que le propriétaire du Net accepteur l’accepte, 7 jours au plus. Les plages IP des deux Nets ne doivent pas se chevaucher. Une fois actif, ajoutez des routes vers lui dans les tables de routage des deux Nets.',
  'peer.create.name': 'Nom (facultatif)',
  'peer.create.source': 'Net source (de ce compte)',
  'peer.create.owner': 'ID du compte propriétaire (facultatif)',
  'peer.create.owner.hint':
    'Le compte OUTSCALE propriétaire du Net à appairer. Laissez vide pour appairer deux Nets de ce compte.',
  'peer.create.accepter': 'Net accepteur',
  'peer.create.accepter.outsideHint':
    'L’ID du Net de l’autre compte, tel que son propriétaire vous le donne.',
  'peer.create.choose': 'Choisir…',
  'peer.create.chooseSource': 'Choisissez le Net d’où part la demande.',
  'peer.create.chooseAccepter': 'Choisissez le Net à appairer.',
  'peer.create.ownerFormat': 'Un ID de compte OUTSCALE compte 12 chiffres.',
  'peer.create.netFormat': 'Un ID de Net s’écrit vpc- suivi de 8 caractères hexadécimaux.',
  'peer.create.sameNet': 'Un Net ne peut pas être appairé avec lui-même.',
  'peer.create.adminOnly':
    'Appairer avec un Net d’un autre compte rend les Nets de ce compte joignables depuis l’extérieur : seul un admin de ce compte peut le demander.',
  'peer.create.outsideNote':
    'Une fois que le compte {account} aura accepté, son Net pourra joindre ce Net par les routes que vous ajouterez.',
  'peer.create.submit': 'Demander l’appairage',
  'peer.create.failed': 'L’appairage n’a pas pu être demandé',
  'peer.create.done': 'Appairage {id} demandé',
  'peer.accept': 'Accepter',
  'peer.accept.title': 'Accepter {name}',
  'peer.accept.body':
    'Le Net {source} du compte {account} et ce Net pourront se joindre une fois les routes vers l’appairage ajoutées.',
  'peer.accept.confirm': 'Accepter l’appairage',
  'peer.accepted': 'Appairage {name} accepté',
  'peer.reject': 'Refuser',
  'peer.reject.title': 'Refuser {name}',
  'peer.reject.body':
    'Le demandeur voit le refus ; une nouvelle demande sera nécessaire pour appairer ces Nets.',
  'peer.reject.confirm': 'Refuser l’appairage',
  'peer.rejected': 'Appairage {name} refusé',
  'peer.delete': 'Supprimer',
  'peer.delete.title': 'Supprimer {name}',
  'peer.delete.body':
    'Les deux Nets ne peuvent plus se joindre ; les routes vers l’appairage cessent de fonctionner. C’est irréversible.',
  'peer.delete.type': 'Tapez son nom, {name}, pour confirmer',
  'peer.delete.confirm': 'Supprimer l’appairage',
  'peer.deleted': 'Appairage {name} supprimé',
  'peer.bulk.noneAccept': 'Aucun des appairages sélectionnés ne peut être accepté.',
  'peer.bulk.noneReject': 'Aucun des appairages sélectionnés ne peut être refusé.',
  'peer.bulk.noneDelete': 'Aucun des appairages sélectionnés ne peut être supprimé.',
  'peer.bulk.deleteWord': 'supprimer',
} satisfies Translation<typeof en>

import type { Translation } from '../../i18n/catalog.ts'
import type en from './messages.en.ts'

export default {
  'cleanup.title': 'Nettoyer',
  'cleanup.description':
    'Tout ce qui a été créé dans {account} depuis un moment donné, ou qui porte un tag, supprimé dans l’ordre qu’OUTSCALE accepte : les VM d’abord, les Nets en dernier.',
  'cleanup.notAllowed': 'Votre rôle ne permet pas de lire les ressources de ce compte.',
  'cleanup.find': 'Trouver les ressources',
  'cleanup.bySince': 'Créées depuis un moment',
  'cleanup.byTag': 'Portant un tag',
  'cleanup.since': 'Créées à partir du',
  'cleanup.tagKey': 'Clé du tag',
  'cleanup.tagValue': 'Valeur du tag (toute valeur si vide)',
  'cleanup.apply': 'Chercher',
  'cleanup.undated':
    'OUTSCALE ne donne pas de date de création pour {families} : depuis un moment, la page trouve celles créées par cette console (son journal d’audit) ; celles créées ailleurs, seulement par tag.',
  'cleanup.step': 'Étape {step} : {family}',
  'cleanup.col.delete': 'Supprimer',
  'cleanup.col.name': 'Nom',
  'cleanup.col.id': 'ID',
  'cleanup.col.created': 'Création',
  'cleanup.select': 'Supprimer {name}',
  'cleanup.noCreationDate': 'pas de date chez OUTSCALE',
  'cleanup.notReadable': 'Non affiché : {reason}',
  'cleanup.notDeletable': 'Ceux-ci ne sont pas supprimés : {reason}',
  'cleanup.empty.title': 'Rien à nettoyer',
  'cleanup.empty.since': 'Rien n’a été créé dans ce compte depuis ce moment.',
  'cleanup.empty.tag': 'Rien dans ce compte ne porte ce tag.',
  'cleanup.delete': '{count, plural, one {Supprimer # ressource} other {Supprimer # ressources}}',
  'cleanup.noneSelected': 'Sélectionnez au moins une ressource à supprimer.',
  'cleanup.tooMany':
    'Au plus {max} ressources peuvent être supprimées à la fois : décochez-en, ou choisissez un moment plus récent.',
  'cleanup.confirm.title': '{count, plural, one {Supprimer # ressource} other {Supprimer # ressources}}',
  'cleanup.confirm.order':
    'Elles sont supprimées dans cet ordre, chaque étape une fois la précédente terminée (les VM sont d’abord arrêtées définitivement) :',
  'cleanup.confirm.orderLabel': 'Ordre de suppression',
  'cleanup.confirm.family': '{family} : {count}',
  'cleanup.confirm.word': '{count, plural, one {supprimer # ressource} other {supprimer # ressources}}',
  'cleanup.confirm.warning': 'Les ressources supprimées et leurs données ne peuvent pas être récupérées.',
  'cleanup.results.running': 'Nettoyage en cours',
  'cleanup.results.done': 'Nettoyage terminé',
  'cleanup.family.internetServiceLinks': 'Internet services attachés à des Nets',
  'cleanup.family.routeTableLinks': 'Tables de routage attachées à des Subnets',
} satisfies Translation<typeof en>

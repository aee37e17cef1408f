// Les mots des pages des utilisateurs EIM.
import type { Translation } from '../../i18n/catalog.ts'
import type en from './messages.en.ts'

export default {
  'nav.users.description': 'Utilisateurs avec leurs clés',
  'users.table': 'Utilisateurs EIM',
  'users.notAllowed': 'Votre rôle ne permet pas de lire les utilisateurs EIM de ce compte.',
  'users.empty.title': 'Aucun utilisateur EIM dans ce compte',
  'users.empty.body':
    'Un utilisateur EIM est une personne ou un outil avec ses propres clés d’accès : chacun se distingue et se coupe seul.',
  'users.col.path': 'Chemin',
  'users.col.email': 'E-mail',
  'users.col.modified': 'Dernière modification',
  'users.tab.properties': 'Propriétés',
  'users.tab.keys': 'Clés d’accès',
  'users.close': 'Fermer',
  'users.cancel': 'Annuler',
  'users.create.title': 'Créer un utilisateur EIM',
  'users.create.submit': 'Créer l’utilisateur',
  'users.create.failed': 'L’utilisateur EIM n’a pas pu être créé',
  'users.created': 'Utilisateur EIM {name} créé',
  'users.edit': 'Modifier',
  'users.edit.title': 'Modifier {name}',
  'users.edit.submit': 'Enregistrer',
  'users.edit.failed': 'L’utilisateur EIM n’a pas pu être modifié',
  'users.updated': 'Utilisateur EIM {name} enregistré',
  'users.form.notAllowed': 'Votre rôle ne permet pas de créer ni de modifier des utilisateurs EIM.',
  'users.form.name': 'Nom',
  'users.form.name.hint': 'De 1 à 64 lettres, chiffres ou caractères + = , . @ - _, unique dans le compte.',
  'users.form.nameRule':
    'Un nom compte de 1 à 64 lettres, chiffres ou caractères + = , . @ - _, sans espace.',
  'users.form.path': 'Chemin (facultatif)',
  'users.form.path.hint':
    'Regroupe les utilisateurs, par exemple /equipe/ops/. Il commence et finit par une barre oblique ; vide, c’est /.',
  'users.form.pathRule':
    'Un chemin commence et finit par une barre oblique et ne contient que des lettres, des chiffres, des barres obliques et des tirets bas, par exemple /equipe/ops/.',
  'users.form.email': 'E-mail (facultatif)',
  'users.form.email.hint': 'Où OUTSCALE peut écrire à cet utilisateur.',
  'users.form.emailRule': 'Ce n’est pas une adresse e-mail.',
  'users.delete': 'Supprimer',
  'users.delete.title': 'Supprimer {name}',
  'users.delete.body': 'L’utilisateur est retiré du compte. C’est irréversible.',
  'users.delete.type': 'Tapez son nom, {name}, pour confirmer',
  'users.delete.confirm': 'Supprimer l’utilisateur',
  'users.deleted': 'Utilisateur EIM {name} supprimé',
  'users.rule.hasKeys':
    'L’utilisateur a encore des clés d’accès : désactivez-les et supprimez-les d’abord (onglet Clés d’accès).',
  'users.rule.keysUnknown':
    'Les clés d’accès de l’utilisateur ne sont pas encore lues : un utilisateur qui a des clés ne peut pas être supprimé.',
  'users.keys': 'Clés d’accès',
  'users.keys.table': 'Clés d’accès de {name}',
  'users.keys.empty': 'Cet utilisateur n’a aucune clé d’accès.',
  'users.keys.loading': 'Chargement des clés d’accès de l’utilisateur…',
  'users.keys.actions': 'Actions',
  'users.keys.rule.active': 'La clé d’un utilisateur EIM doit être désactivée avant d’être supprimée.',
  'users.keys.deactivate.body':
    'Les appels que {name} signe avec cette clé sont refusés jusqu’à sa réactivation.',
  'users.keys.delete.body':
    'Les appels que {name} signe avec cette clé sont refusés dès maintenant. C’est irréversible.',
} satisfies Translation<typeof en>

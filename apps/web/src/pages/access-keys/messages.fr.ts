import type { Translation } from '../../i18n/catalog.ts'
import type en from './messages.en.ts'

export default {
  'keys.table': 'Clés d’accès',
  'keys.notAllowed':
    'Les clés d’accès signent les appels à l’API de ce compte : les lire est réservé à ses admins, et votre rôle n’en est pas un.',
  'keys.empty.title': 'Aucune clé d’accès dans ce compte',
  'keys.empty.body':
    'Une clé d’accès et sa clé secrète signent les appels que les outils et les scripts envoient à l’API.',
  'keys.col.tag': 'Étiquette',
  'keys.col.expires': 'Expire le',
  'keys.col.modified': 'Dernière modification',
  'keys.neverExpires': 'Jamais',
  'keys.expired': 'expirée',
  'keys.tab.properties': 'Propriétés',
  'keys.rule.alreadyActive': 'Elle est déjà active.',
  'keys.rule.alreadyInactive': 'Elle est déjà inactive.',
  'keys.rule.last':
    'C’est la dernière clé d’accès du compte : OUTSCALE en garde une. Créez-en une autre d’abord.',
  'keys.rule.consoleKeyBulk':
    'La console signe les appels de ce compte avec : désactivez-la ou supprimez-la depuis sa propre page, qui dit ce que cela coûte.',
  'keys.consoleKey': 'Utilisée par cette console',
  'keys.consoleKey.hint': 'La console signe les appels de ce compte avec cette clé.',
  'keys.consoleKey.warning':
    'La console elle-même signe les appels de ce compte avec cette clé. Une fois celle-ci {change}, la console ne peut plus rien lire ni changer dans ce compte — cette page comprise — jusqu’à ce que quelqu’un change la clé dans la configuration de la console et la redémarre.',
  'keys.consoleKey.deactivated': 'désactivée',
  'keys.consoleKey.deleted': 'supprimée',
  'keys.consoleKey.type': 'Cela coupe la console de ce compte. Tapez l’ID de la clé, {id}, pour confirmer',
  'keys.close': 'Fermer',
  'keys.cancel': 'Annuler',
  'keys.create.title': 'Créer une clé d’accès',
  'keys.create.titleFor': 'Créer une clé d’accès pour {user}',
  'keys.create.notAllowed': 'Votre rôle ne permet pas de créer des clés d’accès.',
  'keys.create.intro':
    'OUTSCALE affiche la clé secrète une seule fois, à l’étape suivante. La console ne la garde pas : copiez-la dans l’outil qui l’utilisera.',
  'keys.create.tag': 'Étiquette (facultative)',
  'keys.create.tag.hint':
    'Un mot pour dire à quoi sert la clé, par exemple l’outil ou la personne qui l’utilise.',
  'keys.create.tagLength': 'Une étiquette compte au plus 255 caractères.',
  'keys.create.expires': 'Expire le (facultatif)',
  'keys.create.expires.hint': 'Laissez vide pour une clé qui n’expire pas.',
  'keys.create.expiresFuture': 'La date d’expiration doit être postérieure à aujourd’hui.',
  'keys.create.submit': 'Créer la clé d’accès',
  'keys.create.failed': 'La clé d’accès n’a pas pu être créée',
  'keys.created.heading': 'Clé d’accès créée',
  'keys.created.warning':
    'La clé secrète n’est affichée que cette fois. Copiez-la maintenant : ni OUTSCALE ni la console ne pourront la réafficher.',
  'keys.created.id': 'ID de la clé d’accès',
  'keys.created.secret': 'Clé secrète',
  'keys.created.copyId': 'Copier l’ID de la clé',
  'keys.created.copySecret': 'Copier la clé secrète',
  'keys.created.done': 'Je l’ai copiée, fermer',
  'keys.activate': 'Activer',
  'keys.activate.title': 'Activer {id}',
  'keys.activate.body': 'Les appels signés avec cette clé sont de nouveau acceptés.',
  'keys.activate.confirm': 'Activer la clé',
  'keys.activated': 'Clé d’accès {id} activée',
  'keys.deactivate': 'Désactiver',
  'keys.deactivate.title': 'Désactiver {id}',
  'keys.deactivate.body':
    'Les appels signés avec cette clé sont refusés jusqu’à sa réactivation. Si la console elle-même signe avec, elle perd ce compte.',
  'keys.deactivate.confirm': 'Désactiver la clé',
  'keys.deactivated': 'Clé d’accès {id} désactivée',
  'keys.delete': 'Supprimer',
  'keys.delete.title': 'Supprimer {id}',
  'keys.delete.body':
    'Les appels signés avec cette clé sont refusés dès maintenant. Si la console elle-même signe avec, elle perd ce compte. C’est irréversible.',
  'keys.delete.type': 'Tapez son ID, {id}, pour confirmer',
  'keys.delete.confirm': 'Supprimer la clé d’accès',
  'keys.deleted': 'Clé d’accès {id} supprimée',
  'keys.bulk.noneActivate': 'Aucune des clés sélectionnées n’est inactive.',
  'keys.bulk.noneDeactivate': 'Aucune des clés sélectionnées n’est active.',
  'keys.bulk.noneDelete': 'Aucune des clés sélectionnées ne peut être supprimée.',
  'keys.bulk.deleteWord': 'supprimer',
} satisfies Translation<typeof en>

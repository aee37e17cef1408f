// Les mots des pages des règles d’accès à l’API.
import type { Translation } from '../../i18n/catalog.ts'
import type en from './messages.en.ts'

export default {
  'nav.apiAccessRules.description': 'D’où viennent les appels',
  'rules.table': 'Règles d’accès à l’API',
  'rules.notAllowed':
    'Les règles d’accès à l’API disent d’où peuvent venir les appels à l’API de ce compte : les lire est réservé aux administrateurs du compte, et votre rôle n’en est pas un.',
  'rules.empty.title': 'Aucune règle d’accès à l’API dans ce compte',
  'rules.empty.body': 'Sans règle, OUTSCALE n’accepte aucun appel à l’API de ce compte.',
  'rules.col.description': 'Description',
  'rules.col.ipRanges': 'Plages d’IP',
  'rules.col.caIds': 'AC clientes',
  'rules.col.cns': 'Noms de certificat (CN)',
  'rules.tab.properties': 'Propriétés',
  'rules.close': 'Fermer',
  'rules.cancel': 'Annuler',
  'rules.create.title': 'Créer une règle d’accès à l’API',
  'rules.create.submit': 'Créer la règle',
  'rules.create.failed': 'La règle d’accès à l’API n’a pas pu être créée',
  'rules.created': 'Règle d’accès à l’API {id} créée',
  'rules.edit': 'Modifier',
  'rules.edit.title': 'Modifier {id}',
  'rules.edit.submit': 'Enregistrer la règle',
  'rules.edit.failed': 'La règle d’accès à l’API n’a pas pu être modifiée',
  'rules.updated': 'Règle d’accès à l’API {id} enregistrée',
  'rules.form.notAllowed': 'Votre rôle ne permet pas de créer ni de modifier des règles d’accès à l’API.',
  'rules.form.intro':
    'Un appel est accepté s’il vient d’une des plages d’IP, ou avec un certificat client signé par une des AC (et, si des noms sont donnés, portant l’un d’eux).',
  'rules.form.description': 'Description (facultative)',
  'rules.form.ipRanges': 'Plages d’IP',
  'rules.form.ipRanges.hint': 'Adresses IPv4 ou blocs CIDR, un par ligne, par exemple 192.0.2.0/24.',
  'rules.form.caIds': 'ID des AC clientes',
  'rules.form.caIds.hint': 'ID d’autorités de certification clientes (ca-…), un par ligne.',
  'rules.form.cns': 'Noms de certificat (CN)',
  'rules.form.cns.hint':
    'Noms communs que doivent porter les certificats clients, un par ligne ; ils demandent des AC clientes.',
  'rules.form.badRange': '{range} n’est ni une adresse IPv4 ni un bloc CIDR, comme 192.0.2.0/24.',
  'rules.form.badCa': '{ca} n’est pas l’ID d’une AC cliente (ca- suivi de chiffres hexadécimaux).',
  'rules.form.needsOne': 'Une règle demande des plages d’IP, des AC clientes, ou les deux.',
  'rules.form.cnsNeedCas': 'Les noms de certificat demandent les AC clientes qui signent ces certificats.',
  'rules.form.descriptionLength': 'Une description compte au plus 255 caractères.',
  'rules.form.removedWarning':
    'Une fois enregistrée, cette règle n’autorise plus {ranges}. Les appels venant de là sont refusés sauf si une autre règle les autorise — ceux de la console aussi, s’ils partent de là : la console ne peut pas connaître l’adresse d’où OUTSCALE voit venir ses appels, vérifiez-la avant d’enregistrer.',
  'rules.rule.last':
    'C’est la dernière règle d’accès à l’API du compte : OUTSCALE en garde une. Créez d’abord la règle qui la remplace.',
  'rules.delete': 'Supprimer',
  'rules.delete.title': 'Supprimer {id}',
  'rules.delete.body':
    'Les appels que cette règle seule autorise sont refusés dès maintenant. Si aucune règle restante n’autorise votre propre adresse, seul le support d’OUTSCALE peut rendre l’accès.',
  'rules.egressUnknown':
    'La console ne peut pas connaître l’adresse d’où OUTSCALE voit venir ses appels (un NAT, un proxy ou un répartiteur de charge peut se trouver entre) : si aucune règle restante ne l’autorise, la console perd ce compte.',
  'rules.delete.type': 'Tapez son ID, {id}, pour confirmer',
  'rules.delete.confirm': 'Supprimer la règle',
  'rules.deleted': 'Règle d’accès à l’API {id} supprimée',
} satisfies Translation<typeof en>

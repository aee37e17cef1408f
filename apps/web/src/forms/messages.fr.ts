import type { Translation } from '../i18n/catalog.ts'
import type en from './messages.en.ts'

export default {
  'forms.select.choose': 'Choisir…',
  'forms.tags.key': 'Clé de l’étiquette {n}',
  'forms.tags.value': 'Valeur de l’étiquette {n}',
  'forms.tags.keyPlaceholder': 'clé',
  'forms.tags.valuePlaceholder': 'valeur',
  'forms.tags.remove': 'Retirer l’étiquette {n}',
  'forms.tags.add': 'Ajouter une étiquette',
  'forms.tags.duplicate': 'La clé d’étiquette « {key} » est utilisée deux fois.',
  'forms.cidr.hint': 'Une plage IPv4 en notation CIDR, comme 10.0.0.0/16.',
  'forms.cidr.invalid':
    'Saisissez une plage IPv4 en notation CIDR : quatre nombres de 0 à 255, une barre oblique et une longueur de préfixe de 0 à 32 (10.0.0.0/16).',
  'forms.portRange.from': 'Port de début',
  'forms.portRange.to': 'Port de fin',
  'forms.portRange.invalid':
    'Les ports vont de 0 à 65535, et le premier port de la plage ne peut pas dépasser le dernier.',
  'forms.fixThese': 'Corrigez ces points avant l’envoi :',
  'forms.cancel': 'Annuler',
  'forms.check': 'Vérifier',
  'forms.checking': 'Vérification…',
  'forms.checkPassed': 'OUTSCALE accepte cette requête (DryRun) ; rien n’a été envoyé pour de bon.',
  'forms.checkFailed':
    'OUTSCALE a refusé la requête pendant sa vérification (DryRun) ; rien n’a été modifié.',
  'forms.sendFailed': 'OUTSCALE a refusé la requête ; rien n’a été modifié.',
  'forms.nameTag.length': 'Un nom compte au plus 255 caractères.',
  'forms.quota.left': 'Quotas restants',
  'forms.quota.line': '{label} : encore {left} sur {max} (cette requête : {requested})',
  'forms.quota.over': '{label} : utilisation {used} sur {max}, cette requête en demande {requested} de plus',
  'forms.quota.reason':
    '{reasons}. Libérez des ressources ou demandez au support OUTSCALE d’augmenter le quota.',
  'forms.quota.blocked': 'Cela dépasserait le quota du compte. {reason}',
  'forms.quota.readFailed': 'Les quotas n’ont pas pu être lus',
} satisfies Translation<typeof en>

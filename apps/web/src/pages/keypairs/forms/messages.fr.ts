import type { Translation } from '../../../i18n/catalog.ts'
import type en from './messages.en.ts'

export default {
  'keypairForms.name': 'Nom',
  'keypairForms.name.hint': 'Jusqu’à 255 caractères ASCII imprimables, unique dans le compte.',
  'keypairForms.name.required': 'Saisissez un nom pour la paire de clés.',
  'keypairForms.name.invalid':
    'Un nom de paire de clés compte de 1 à 255 caractères ASCII imprimables : lettres sans accents, chiffres, espaces et ponctuation.',
  'keypairForms.close': 'Fermer',
  'keypairForms.cancel': 'Annuler',
  'keypairForms.notAllowed': 'Votre rôle ne permet pas de créer des paires de clés dans ce compte.',
  'keypairForms.create.title': 'Créer une paire de clés',
  'keypairForms.create.intro':
    'OUTSCALE génère la paire de clés et en donne la clé privée une seule fois. La console n’en garde aucune copie.',
  'keypairForms.create.submit': 'Créer la paire de clés',
  'keypairForms.create.sending': 'Création…',
  'keypairForms.create.failed': 'La paire de clés n’a pas pu être créée.',
  'keypairForms.created.heading': 'Paire de clés « {name} » créée',
  'keypairForms.created.warning':
    'Téléchargez la clé privée maintenant : vous ne la reverrez plus. La console n’en garde aucune copie, et OUTSCALE ne peut pas la redonner.',
  'keypairForms.created.privateKey': 'Clé privée de {name}',
  'keypairForms.created.download': 'Télécharger {file}',
  'keypairForms.created.downloaded':
    'Téléchargée sous le nom {file}. Rangez-la là où vous seul pouvez la lire (chmod 600).',
  'keypairForms.created.done': 'Terminé',
  'keypairForms.created.closeWithout': 'Fermer sans télécharger',
  'keypairForms.import.title': 'Importer une paire de clés',
  'keypairForms.import.intro':
    'Donnez à OUTSCALE la clé publique d’une paire de clés que vous avez déjà ; la clé privée reste sur votre ordinateur.',
  'keypairForms.publicKey': 'Clé publique',
  'keypairForms.publicKey.hint':
    'Le contenu de votre fichier .pub : son type (ssh-ed25519, ssh-rsa ou ecdsa-sha2-nistp256/384/521), la clé en base64, puis un commentaire facultatif.',
  'keypairForms.publicKey.required': 'Collez la clé publique.',
  'keypairForms.publicKey.private':
    'Ceci est une clé privée. Collez plutôt la clé publique (le fichier .pub) : une clé privée ne quitte jamais votre ordinateur.',
  'keypairForms.publicKey.pem':
    'Cette clé est au format PEM. Collez-la plutôt au format OpenSSH, comme dans un fichier .pub (ssh-keygen -y -f cle.pem l’affiche).',
  'keypairForms.publicKey.oneLine': 'Collez une seule clé, sur une seule ligne.',
  'keypairForms.publicKey.type':
    'La clé doit commencer par son type : ssh-ed25519, ssh-rsa, ecdsa-sha2-nistp256, ecdsa-sha2-nistp384 ou ecdsa-sha2-nistp521.',
  'keypairForms.publicKey.base64':
    'Après le type vient la clé elle-même en base64 (lettres, chiffres, + et /, terminée par des signes =) ; elle manque ou est abîmée.',
  'keypairForms.publicKey.mismatch':
    'Les données de la clé ne correspondent pas à son type {type} : elle a été abîmée ou coupée dans une autre clé. Copiez à nouveau toute la ligne du fichier .pub.',
  'keypairForms.import.submit': 'Importer la paire de clés',
  'keypairForms.import.failed': 'La paire de clés n’a pas pu être importée.',
  'keypairForms.import.done': 'Paire de clés « {name} » importée',
} satisfies Translation<typeof en>

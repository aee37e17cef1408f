// Creating and importing a keypair.
export default {
  'keypairForms.name': 'Name',
  'keypairForms.name.hint': 'Up to 255 printable ASCII characters, unique in the account.',
  'keypairForms.name.required': 'Type a name for the keypair.',
  'keypairForms.name.invalid':
    'A keypair name is 1 to 255 printable ASCII characters: letters without accents, digits, spaces and punctuation.',
  'keypairForms.close': 'Close',
  'keypairForms.cancel': 'Cancel',
  'keypairForms.notAllowed': 'Your role does not include creating keypairs in this account.',
  'keypairForms.create.title': 'Create keypair',
  'keypairForms.create.intro':
    'OUTSCALE generates the key pair and gives its private key once. The console keeps no copy of it.',
  'keypairForms.create.submit': 'Create keypair',
  'keypairForms.create.sending': 'Creating…',
  'keypairForms.create.failed': 'The keypair could not be created.',
  'keypairForms.created.heading': 'Keypair “{name}” created',
  'keypairForms.created.warning':
    'Download the private key now: you will not see it again. The console keeps no copy, and OUTSCALE cannot give it a second time.',
  'keypairForms.created.privateKey': 'Private key of {name}',
  'keypairForms.created.download': 'Download {file}',
  'keypairForms.created.downloaded': 'Downloaded as {file}. Keep it where only you can read it (chmod 600).',
  'keypairForms.created.done': 'Done',
  'keypairForms.created.closeWithout': 'Close without downloading',
  'keypairForms.import.title': 'Import keypair',
  'keypairForms.import.intro':
    'Give OUTSCALE the public key of a key pair you already have; the private key stays on your computer.',
  'keypairForms.publicKey': 'Public key',
  'keypairForms.publicKey.hint':
    'The contents of your .pub file: its type (ssh-ed25519, ssh-rsa or ecdsa-sha2-nistp256/384/521), the key in base64, then an optional comment.',
  'keypairForms.publicKey.required': 'Paste the public key.',
  'keypairForms.publicKey.private':
    'This is a private key. Paste the public key instead (the .pub file): a private key never leaves your computer.',
  'keypairForms.publicKey.pem':
    'This key is in PEM format. Paste it in OpenSSH format instead, as in a .pub file (ssh-keygen -y -f key.pem prints it).',
  'keypairForms.publicKey.oneLine': 'Paste one key only, on one line.',
  'keypairForms.publicKey.type':
    'The key must start with its type: ssh-ed25519, ssh-rsa, ecdsa-sha2-nistp256, ecdsa-sha2-nistp384 or ecdsa-sha2-nistp521.',
  'keypairForms.publicKey.base64':
    'After the type comes the key itself in base64 (letters, digits, + and /, ending with = signs); it is missing or damaged.',
  'keypairForms.publicKey.mismatch':
    'The key data does not match its type {type}: it was damaged, or cut from another key. Copy the whole line of the .pub file again.',
  'keypairForms.import.submit': 'Import keypair',
  'keypairForms.import.failed': 'The keypair could not be imported.',
  'keypairForms.import.done': 'Keypair “{name}” imported',
}

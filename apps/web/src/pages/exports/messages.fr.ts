// Les mots des exports vers OOS, partagés par les snapshots et les images.
export default {
  'exports.title': 'Exporter vers OOS',
  'exports.submit': 'Lancer l’export',
  'exports.bucket': 'Bucket',
  'exports.bucket.hint': 'Un bucket OOS existant : 3 à 63 lettres minuscules, chiffres, points et tirets.',
  'exports.bucketFormat':
    'Un nom de bucket compte 3 à 63 lettres minuscules, chiffres, points ou tirets, et commence et finit par une lettre ou un chiffre.',
  'exports.prefix': 'Préfixe de clé',
  'exports.prefix.hint': 'L’emplacement de l’image dans le bucket ; facultatif.',
  'exports.format': 'Format',
  'exports.format.hint': 'qcow2 est plus compact ; raw est lu par tous les hyperviseurs.',
  'exports.done': 'Export {id} lancé',
  'exports.failed': 'L’export n’a pas démarré',
  'exports.tasks': 'Tâches d’export',
  'exports.task': 'Tâche',
  'exports.destination': 'Destination',
  'exports.comment': 'Commentaire',
  'exports.progress': 'Avancement',
  'exports.quota': 'Exports en cours',
  'exports.close': 'Fermer',
  'exports.cancel': 'Annuler',
  'exports.progressOf': 'Avancement de {id}',
}

import type { Translation } from '../../i18n/catalog.ts'
import type en from './messages.en.ts'

export default {
  'snapshots.close': 'Fermer',
  'snapshots.cancel': 'Annuler',
  'snapshots.quota.snapshots': 'Instantanés',
  'snapshots.rule.notCompleted': 'L’instantané est {state} ; attendez qu’il soit terminé.',
  'snapshots.rule.deleting': 'L’instantané est en cours de suppression.',
  'snapshots.delete': 'Supprimer',
  'snapshots.delete.body':
    'L’instantané est effacé ; les volumes créés à partir de lui sont conservés. Un instantané partagé disparaît aussi pour les autres comptes.',
  'snapshots.bulk.noneDelete': 'Aucun des instantanés sélectionnés ne peut être supprimé.',
  'snapshots.bulk.deleteWord': 'supprimer',
  'snapshots.create.title': 'Créer un instantané',
  'snapshots.create.submit': 'Créer l’instantané',
  'snapshots.create.intro':
    'Un instantané copie le volume tel qu’il est maintenant, sans l’interrompre. Écrivez d’abord les données en attente sur le disque (sync, ou arrêtez la VM) pour une copie cohérente.',
  'snapshots.create.ofVolume': 'Volume : {volume} ({size} Gio)',
  'snapshots.create.volume': 'Volume',
  'snapshots.create.chooseVolume': 'Choisissez un volume',
  'snapshots.create.volumeOption': '{name} ({id}, {size} Gio)',
  'snapshots.create.volumeRequired': 'Choisissez le volume à copier.',
  'snapshots.create.description': 'Description',
  'snapshots.create.description.hint':
    'Facultatif : à quoi sert la copie, par exemple « avant la mise à jour ».',
  'snapshots.create.descriptionLength': 'Une description compte au plus 255 caractères.',
  'snapshots.create.done': 'L’instantané {id} est en cours de création',
  'snapshots.create.failed': 'L’instantané n’a pas été créé',
} satisfies Translation<typeof en>

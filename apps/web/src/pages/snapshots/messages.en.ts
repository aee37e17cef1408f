// The snapshot pages' words.
export default {
  'snapshots.close': 'Close',
  'snapshots.cancel': 'Cancel',
  'snapshots.quota.snapshots': 'Snapshots',
  'snapshots.rule.notCompleted': 'The snapshot is {state}; wait until it is completed.',
  'snapshots.rule.deleting': 'The snapshot is being deleted.',
  'snapshots.delete': 'Delete',
  'snapshots.delete.body':
    'The snapshot is erased; volumes created from it are kept. A snapshot shared with other accounts is gone for them too.',
  'snapshots.bulk.noneDelete': 'None of the selected snapshots can be deleted.',
  'snapshots.bulk.deleteWord': 'delete',
  'snapshots.create.title': 'Create snapshot',
  'snapshots.create.submit': 'Create snapshot',
  'snapshots.create.intro':
    'A snapshot copies the volume as it is now, while it stays in use. Write pending data to disk (sync, or stop the VM) for a consistent copy.',
  'snapshots.create.ofVolume': 'Volume: {volume} ({size} GiB)',
  'snapshots.create.volume': 'Volume',
  'snapshots.create.chooseVolume': 'Choose a volume',
  'snapshots.create.volumeOption': '{name} ({id}, {size} GiB)',
  'snapshots.create.volumeRequired': 'Choose the volume to snapshot.',
  'snapshots.create.description': 'Description',
  'snapshots.create.description.hint': 'Optional: what the copy is for, e.g. “before the upgrade”.',
  'snapshots.create.descriptionLength': 'A description has at most 255 characters.',
  'snapshots.create.done': 'Snapshot {id} is being taken',
  'snapshots.create.failed': 'The snapshot was not created',
}

// The words of exports to OOS, shared by snapshots and images.
export default {
  'exports.title': 'Export to OOS',
  'exports.submit': 'Start export',
  'exports.bucket': 'Bucket',
  'exports.bucket.hint': 'An existing OOS bucket: 3 to 63 lowercase letters, digits, dots and hyphens.',
  'exports.bucketFormat':
    'A bucket name has 3 to 63 lowercase letters, digits, dots or hyphens, starting and ending with a letter or digit.',
  'exports.prefix': 'Key prefix',
  'exports.prefix.hint': 'Where in the bucket the image goes; optional.',
  'exports.format': 'Format',
  'exports.format.hint': 'qcow2 is smaller; raw is read by every hypervisor.',
  'exports.done': 'Export {id} started',
  'exports.failed': 'The export did not start',
  'exports.tasks': 'Export tasks',
  'exports.task': 'Task',
  'exports.destination': 'Destination',
  'exports.comment': 'Comment',
  'exports.progress': 'Progress',
  'exports.quota': 'Running exports',
  'exports.close': 'Close',
  'exports.cancel': 'Cancel',
  'exports.progressOf': 'Progress of {id}',
}

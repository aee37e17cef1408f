// The keypair pages' words.
export default {
  'keypairs.table': 'Keypairs',
  'keypairs.notAllowed': "Your role does not include reading this account's keypairs.",
  'keypairs.empty.title': 'No keypairs in this account yet',
  'keypairs.empty.body': 'A keypair lets you connect to a VM with SSH. Create or import one to get started.',
  'keypairs.col.type': 'Type',
  'keypairs.col.fingerprint': 'Fingerprint',
  'keypairs.prop.name': 'Name',
  'keypairs.tab.properties': 'Properties',
  'keypairs.delete': 'Delete',
  'keypairs.delete.title': 'Delete {name}',
  'keypairs.delete.body':
    'The public key is removed from the account. VMs started with it keep it and stay reachable; new VMs can no longer use it.',
  'keypairs.delete.type': 'Type the keypair’s name, {name}, to confirm',
  'keypairs.delete.confirm': 'Delete keypair',
  'keypairs.deleted': 'Keypair {name} deleted',
  'keypairs.bulk.noneDelete': 'None of the selected keypairs can be deleted.',
  'keypairs.bulk.deleteWord': 'delete',
}

// What can be done to a keypair, as data. Deleting one never touches the VMs started with it (they keep the public
// key they booted with), so the rule always allows it; the dialog says so.
import type { Keypair } from '@osc-console/osc-api'
import { allowed, type RuleCheck } from '../../ui/ActionButton.tsx'
import type { BulkAction } from '../../kit/BulkBar.tsx'

export const keypairCan = {
  delete: (_keypair: Keypair): RuleCheck => allowed,
}

export const keypairBulkActions: readonly BulkAction<Keypair>[] = [
  {
    key: 'delete',
    action: 'DeleteKeypair',
    label: 'keypairs.delete',
    noneCan: 'keypairs.bulk.noneDelete',
    rule: keypairCan.delete,
    params: (id) => ({ KeypairId: id }),
    danger: true,
    typeToConfirm: { word: 'keypairs.bulk.deleteWord', warning: 'keypairs.delete.body' },
  },
]

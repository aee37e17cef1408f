// The NAT service pages' words.
export default {
  'nat.table': 'NAT services',
  'nat.notAllowed': "Your role does not include reading this account's NAT services.",
  'nat.empty.title': 'No NAT service in this account yet',
  'nat.empty.body':
    'A NAT service in a public Subnet lets the VMs of private Subnets reach the internet without being reachable from it.',
  'nat.col.net': 'Net',
  'nat.col.subnet': 'Subnet',
  'nat.col.publicIp': 'Public IP',
  'nat.col.clientToken': 'Idempotency token',
  'nat.tab.properties': 'Properties',
  'nat.routeHint':
    'Private Subnets use it through a route 0.0.0.0/0 to this NAT service in their route table. Its public IP cannot be changed: to use another one, create a new NAT service.',
  'nat.rule.gone': 'It is already {state}.',
  'nat.quota': 'NAT services',
  'nat.close': 'Close',
  'nat.cancel': 'Cancel',
  'nat.create.title': 'Create NAT service',
  'nat.create.notAllowed':
    'Your role does not include creating NAT services and reading Subnets and public IPs.',
  'nat.create.intro':
    'Put it in a public Subnet (one whose route table sends 0.0.0.0/0 to an Internet service), then route the private Subnets’ 0.0.0.0/0 to it.',
  'nat.create.name': 'Name (optional)',
  'nat.create.subnet': 'Subnet',
  'nat.create.subnet.hint': 'Only Subnets without a NAT service are listed: a Subnet takes one.',
  'nat.create.ip': 'Public IP',
  'nat.create.ip.hint': 'Only idle public IPs are listed. It stays with the NAT service until it is deleted.',
  'nat.create.choose': 'Choose…',
  'nat.create.chooseSubnet': 'Choose the Subnet to put the NAT service in.',
  'nat.create.chooseIp': 'Choose the public IP the NAT service sends traffic from.',
  'nat.create.submit': 'Create NAT service',
  'nat.create.failed': 'The NAT service could not be created',
  'nat.create.done': 'NAT service {id} created',
  'nat.delete': 'Delete',
  'nat.delete.title': 'Delete {name}',
  'nat.delete.body':
    'The NAT service is deleted and its public IP goes back to idle (still billed). Routes to it stay and stop working. This cannot be undone.',
  'nat.delete.type': 'Type its name, {name}, to confirm',
  'nat.delete.confirm': 'Delete NAT service',
  'nat.deleted': 'NAT service {name} is being deleted',
  'nat.bulk.noneDelete': 'None of the selected NAT services can be deleted.',
  'nat.bulk.deleteWord': 'delete',
}

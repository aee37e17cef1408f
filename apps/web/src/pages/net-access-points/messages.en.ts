// The Net access point pages' words.
export default {
  // Only these pages name the family so: kept out of the shell's words, which the first route loads.
  'nav.netAccessPoints.description': 'Private OUTSCALE services',
  'resources.netAccessPoint': '{count, plural, one {Net access point} other {Net access points}}',
  'nap.table': 'Net access points',
  'nap.notAllowed': "Your role does not include reading this account's Net access points.",
  'nap.empty.title': 'No Net access point in this account yet',
  'nap.empty.body':
    'A Net access point lets the VMs of a Net reach an OUTSCALE service, such as OOS or the API, without going through the internet or needing a public IP.',
  'nap.col.service': 'Service',
  'nap.col.net': 'Net',
  'nap.col.routeTables': 'Route tables',
  'nap.col.prefixList': 'Prefix list',
  'nap.col.serviceRanges': 'Service IP ranges',
  'nap.tab.properties': 'Properties',
  'nap.routeHint':
    'Each of its route tables has a route whose destination is the service’s prefix list and whose target is this access point: the Subnets linked to those tables reach the service through it.',
  'nap.rule.gone': 'It is already {state}.',
  'nap.quota': 'Net access points',
  'nap.close': 'Close',
  'nap.cancel': 'Cancel',
  'nap.create.title': 'Create Net access point',
  'nap.create.notAllowed':
    'Your role does not include creating Net access points and reading Nets, route tables and the services they reach.',
  'nap.create.intro':
    'Choose the Net, the OUTSCALE service its VMs should reach privately, and the route tables whose Subnets use it.',
  'nap.create.name': 'Name (optional)',
  'nap.create.net': 'Net',
  'nap.create.service': 'Service',
  'nap.create.service.hint':
    'Only services this Net does not reach yet are listed: a Net takes one access point per service.',
  'nap.create.routeTables': 'Route tables',
  'nap.create.routeTables.hint':
    'A route to the service is added to each table ticked. You can change them later. ★ marks the Net’s main table.',
  'nap.create.noRouteTables': 'This Net has no route table.',
  'nap.create.netFirst': 'Choose a Net first: its route tables are listed here.',
  'nap.create.choose': 'Choose…',
  'nap.create.chooseNet': 'Choose the Net the access point serves.',
  'nap.create.chooseService': 'Choose the service the access point reaches.',
  'nap.create.submit': 'Create Net access point',
  'nap.create.failed': 'The Net access point could not be created',
  'nap.create.done': 'Net access point {id} created',
  'nap.tables.title': 'Edit route tables',
  'nap.tables.intro':
    'Tick the route tables of this Net whose Subnets should reach the service through this access point. The route is added to the tables you tick and removed from those you untick.',
  'nap.tables.unchanged': 'Tick or untick a route table: these are the ones it already uses.',
  'nap.tables.submit': 'Save route tables',
  'nap.tables.failed': 'The route tables could not be changed',
  'nap.tables.done': 'Route tables changed',
  'nap.delete': 'Delete',
  'nap.delete.title': 'Delete {name}',
  'nap.delete.body':
    'The Net access point is deleted and its routes are removed from its route tables at once: the Subnets using them no longer reach the service privately. This cannot be undone.',
  'nap.delete.type': 'Type its name, {name}, to confirm',
  'nap.delete.confirm': 'Delete Net access point',
  'nap.deleted': 'Net access point {name} is being deleted',
  'nap.bulk.noneDelete': 'None of the selected Net access points can be deleted.',
  'nap.bulk.deleteWord': 'delete',
}

// The API access rule pages' words.
export default {
  // Shown only while a page is not built yet: kept with the page's words, out of the first route.
  'nav.apiAccessRules.description': 'Where calls may come from',
  'rules.table': 'API access rules',
  'rules.notAllowed':
    'API access rules say where calls to this account’s API may come from: reading them is for the account’s admins, and your role is not one.',
  'rules.empty.title': 'No API access rule in this account',
  'rules.empty.body': 'Without a rule, OUTSCALE accepts no call to this account’s API.',
  'rules.col.description': 'Description',
  'rules.col.ipRanges': 'IP ranges',
  'rules.col.caIds': 'Client CAs',
  'rules.col.cns': 'Certificate names (CN)',
  'rules.tab.properties': 'Properties',
  'rules.close': 'Close',
  'rules.cancel': 'Cancel',
  'rules.create.title': 'Create API access rule',
  'rules.create.submit': 'Create rule',
  'rules.create.failed': 'The API access rule could not be created',
  'rules.created': 'API access rule {id} created',
  'rules.edit': 'Edit',
  'rules.edit.title': 'Edit {id}',
  'rules.edit.submit': 'Save rule',
  'rules.edit.failed': 'The API access rule could not be changed',
  'rules.updated': 'API access rule {id} saved',
  'rules.form.notAllowed': 'Your role does not include creating or changing API access rules.',
  'rules.form.intro':
    'A call is accepted when it comes from one of the IP ranges, or with a client certificate signed by one of the CAs (and, if given, bearing one of the names).',
  'rules.form.description': 'Description (optional)',
  'rules.form.ipRanges': 'IP ranges',
  'rules.form.ipRanges.hint': 'IPv4 addresses or CIDR blocks, one per line, such as 192.0.2.0/24.',
  'rules.form.caIds': 'Client CA IDs',
  'rules.form.caIds.hint': 'IDs of client certificate authorities (ca-…), one per line.',
  'rules.form.cns': 'Certificate names (CN)',
  'rules.form.cns.hint':
    'Common names the client certificates must bear, one per line; they need client CAs.',
  'rules.form.badRange': '{range} is not an IPv4 address or CIDR block, such as 192.0.2.0/24.',
  'rules.form.badCa': '{ca} is not the ID of a client CA (ca- followed by hexadecimal digits).',
  'rules.form.needsOne': 'A rule needs IP ranges, client CAs, or both.',
  'rules.form.cnsNeedCas': 'Certificate names need the client CAs that sign those certificates.',
  'rules.form.descriptionLength': 'A description is at most 255 characters long.',
  'rules.form.removedWarning':
    'Once saved, this rule no longer allows {ranges}. Calls from there are refused unless another rule allows them — the console’s own calls too, if they leave from there: the console cannot know the address OUTSCALE sees its calls come from, so check it before saving.',
  'rules.rule.last':
    'It is the account’s last API access rule: OUTSCALE keeps one. Create the rule that replaces it first.',
  'rules.delete': 'Delete',
  'rules.delete.title': 'Delete {id}',
  'rules.delete.body':
    'Calls this rule alone allows are refused from now on. If none of the remaining rules allows your own address, only OUTSCALE’s support can give access back.',
  'rules.egressUnknown':
    'The console cannot know the address OUTSCALE sees its calls come from (a NAT, a proxy or a load balancer may stand between): if no remaining rule allows it, the console loses this account.',
  'rules.delete.type': 'Type its ID, {id}, to confirm',
  'rules.delete.confirm': 'Delete rule',
  'rules.deleted': 'API access rule {id} deleted',
}

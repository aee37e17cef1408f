export default {
  'sg.rule.protocolUnknown':
    '“{protocol}” is not a protocol. Use tcp, udp, icmp, all (-1) or a protocol number from 0 to 255.',
  'sg.rule.protocolNumberOutsideNet':
    'Protocol number {protocol} is allowed only for a security group in a Net. Use tcp, udp, icmp or all here.',
  'sg.rule.portRange': 'Enter a port from 0 to 65535.',
  'sg.rule.portOrder': 'The last port must be the same as the first port or higher.',
  'sg.rule.icmpType': 'Enter an ICMP type from 0 to 255, or -1 for every type.',
  'sg.rule.icmpCode': 'Enter an ICMP code from 0 to 255, or -1 for every code.',
  'sg.rule.cidr':
    '“{cidr}” is not an IP range. Write an address and a prefix length, like 203.0.113.0/24 or 2001:db8::/32.',
  'sg.rule.groupMissing': 'Pick a security group, or enter its name with the account ID of its owner.',
  'sg.rule.accountId': '“{accountId}” is not an account ID. An OUTSCALE account ID has 12 digits.',
  'sg.rule.noSource': 'Add at least one IP range or security group the rule applies to.',
  'sg.preset.ssh': 'SSH (22)',
  'sg.preset.http': 'HTTP (80)',
  'sg.preset.https': 'HTTPS (443)',
  'sg.preset.rdp': 'RDP (3389)',
  'sg.preset.postgresql': 'PostgreSQL (5432)',
  'sg.preset.mysql': 'MySQL (3306)',
  'sg.preset.ping': 'ICMP ping',
  'sg.myIp.viaProxy':
    'The address the console sees for you ({address}) came through a proxy. If your traffic to OUTSCALE leaves through another address, the rule will not match it.',
  'sg.myIp.private':
    '{address} is a private address: OUTSCALE sees your traffic from your public address instead. Enter that address, or a range of your network.',
  'sg.openToWorld.rule':
    '{count, plural, one {{services} is open to the whole internet.} other {{services} are open to the whole internet.}}',
  'sg.delete.default': 'The default security group cannot be deleted.',
  'sg.delete.inUse':
    'This group is still used by {vms, plural, =0 {no VM} one {# VM} other {# VMs}}, {loadBalancers, plural, =0 {no load balancer} one {# load balancer} other {# load balancers}} and {nics, plural, =0 {no network interface} one {# network interface} other {# network interfaces}}. Move them to another group first.',
}

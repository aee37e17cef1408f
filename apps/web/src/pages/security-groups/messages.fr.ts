import type { Translation } from '../../i18n/catalog.ts'
import type en from './messages.en.ts'

export default {
  'sg.rule.protocolUnknown':
    '« {protocol} » n’est pas un protocole. Indiquez tcp, udp, icmp, all (-1) ou un numéro de protocole de 0 à 255.',
  'sg.rule.protocolNumberOutsideNet':
    'Le numéro de protocole {protocol} n’est accepté que pour un groupe de sécurité dans un Net. Indiquez ici tcp, udp, icmp ou all.',
  'sg.rule.portRange': 'Indiquez un port de 0 à 65535.',
  'sg.rule.portOrder': 'Le dernier port doit être égal au premier ou supérieur.',
  'sg.rule.icmpType': 'Indiquez un type ICMP de 0 à 255, ou -1 pour tous les types.',
  'sg.rule.icmpCode': 'Indiquez un code ICMP de 0 à 255, ou -1 pour tous les codes.',
  'sg.rule.cidr':
    '« {cidr} » n’est pas une plage d’adresses IP. Écrivez une adresse et une longueur de préfixe, comme 203.0.113.0/24 ou 2001:db8::/32.',
  'sg.rule.groupMissing':
    'Choisissez un groupe de sécurité, ou indiquez son nom avec l’identifiant du compte qui le possède.',
  'sg.rule.accountId':
    '« {accountId} » n’est pas un identifiant de compte. Un identifiant de compte OUTSCALE a 12 chiffres.',
  'sg.rule.noSource':
    'Ajoutez au moins une plage d’adresses IP ou un groupe de sécurité auquel la règle s’applique.',
  'sg.preset.ssh': 'SSH (22)',
  'sg.preset.http': 'HTTP (80)',
  'sg.preset.https': 'HTTPS (443)',
  'sg.preset.rdp': 'RDP (3389)',
  'sg.preset.postgresql': 'PostgreSQL (5432)',
  'sg.preset.mysql': 'MySQL (3306)',
  'sg.preset.ping': 'Ping ICMP',
  'sg.myIp.viaProxy':
    'L’adresse que la console voit pour vous ({address}) est passée par un proxy. Si votre trafic vers OUTSCALE sort par une autre adresse, la règle ne s’y appliquera pas.',
  'sg.myIp.private':
    '{address} est une adresse privée : OUTSCALE voit votre trafic depuis votre adresse publique. Indiquez cette adresse, ou une plage de votre réseau.',
  'sg.openToWorld.rule':
    '{count, plural, one {{services} est ouvert à tout Internet.} other {{services} sont ouverts à tout Internet.}}',
  'sg.delete.default': 'Le groupe de sécurité par défaut ne peut pas être supprimé.',
  'sg.delete.inUse':
    'Ce groupe est encore utilisé par {vms, plural, =0 {aucune VM} one {# VM} other {# VM}}, {loadBalancers, plural, =0 {aucun load balancer} one {# load balancer} other {# load balancers}} et {nics, plural, =0 {aucune interface réseau} one {# interface réseau} other {# interfaces réseau}}. Déplacez-les d’abord vers un autre groupe.',
} satisfies Translation<typeof en>

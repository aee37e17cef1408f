import type { Translation } from './catalog.ts'
import type en from './messages.en.ts'

export default {
  'format.age.unknown': 'pas encore chargé',
  'format.age.justNow': 'mis à jour à l’instant',
  'format.age.ago': 'mis à jour {ago}',
  'format.duration.ms': '{ms} ms',
  'format.duration.s': '{s} s',
  'format.duration.min': '{min} min {s} s',
  'format.notAvailable': '—',
  'error.invalid-request': 'La requête n’est pas valide. Vérifiez les champs signalés et réessayez.',
  'error.not-allowed':
    'Votre rôle sur ce compte ne permet pas cette action. Demandez l’accès à un administrateur.',
  'error.session-expired': 'Votre session a pris fin. Reconnectez-vous pour continuer.',
  'error.unknown-account': 'Ce compte n’est pas configuré dans la console. Choisissez un autre compte.',
  'error.unknown-action': 'La console ne connaît pas cette action.',
  'error.credentials-refused':
    'OUTSCALE a refusé la clé d’accès configurée pour ce compte. Un administrateur doit vérifier ses identifiants.',
  'error.throttled':
    'OUTSCALE limite le rythme des requêtes. La console ralentit et réessaie ; réessayez dans un instant.',
  'error.not-found': 'La ressource n’existe plus, ou n’a jamais été dans ce compte et cette région.',
  'error.invalid-state':
    'La ressource n’est pas dans un état qui permet cette action. Attendez qu’elle se stabilise et réessayez.',
  'error.conflict':
    'Une autre modification est en cours ou le nom est déjà utilisé. Actualisez et réessayez.',
  'error.quota-exceeded':
    'Cela dépasserait un quota du compte. Libérez des ressources ou demandez à OUTSCALE une limite plus haute.',
  'error.unreachable':
    'La console ne parvient pas à joindre OUTSCALE. Vérifiez le réseau ou le point de terminaison, puis réessayez.',
  'error.timeout':
    'OUTSCALE n’a pas répondu à temps. L’action a pu avoir lieu ou non : actualisez avant de réessayer.',
  'error.upstream-error':
    'OUTSCALE a répondu par une erreur. Réessayez dans un instant ; si cela persiste, contactez le support OUTSCALE.',
  'error.unknown-outcome':
    'La console n’a pas pu savoir si l’action a eu lieu. Actualisez la page pour voir l’état actuel avant de réessayer.',
  'error.internal':
    'La console a échoué de façon inattendue. Réessayez ; si cela persiste, signalez-le avec l’identifiant de requête ci-dessous.',
  'error.network': 'Le serveur de la console est injoignable. Vérifiez votre connexion et réessayez.',
  'error.outscaleSaid': 'Réponse d’OUTSCALE :',
  'error.consoleSaid': 'Réponse du serveur de la console :',
  'audit.result.success': 'réussi',
  'audit.result.failure': 'échec',
  'audit.result.unknown': 'inconnu',
  'audit.result.refused': 'refusé',
  'audit.errorCode': 'code {code}',
  'audit.moreIds': 'et {count} de plus',
  'quotas.usage': '{used} sur {max} utilisés ({percent} %)',
  'quotas.usageNoneAllowed': '{used} sur {max} utilisés',
} satisfies Translation<typeof en>

import type { Translation } from '../../i18n/catalog.ts'
import type en from './messages.en.ts'

export default {
  'team.title': 'Équipe',
  'team.description': 'Qui peut faire quoi sur quel compte, et qui est connecté.',
  'team.loading': 'Chargement de l’équipe',
  'team.access.title': 'Votre accès',
  'team.access.groups': 'Vos groupes, tels que votre fournisseur d’identité les a envoyés\u00a0: {groups}',
  'team.access.noGroups': 'Votre fournisseur d’identité n’a envoyé aucun groupe.',
  'team.access.local':
    'La console fonctionne sans connexion\u00a0: l’utilisateur local est admin sur tous les comptes.',
  'team.access.col.account': 'Compte',
  'team.access.col.role': 'Rôle',
  'team.access.col.binding': 'Donné par',
  'team.access.binding': 'groupe {group} → {role} sur {accounts}',
  'team.access.none': 'Aucun de vos groupes ne vous donne de rôle sur un compte.',
  'team.refresh.refresh':
    'Vos groupes sont relus auprès de votre fournisseur d’identité toutes les {minutes, plural, one {minutes} other {# minutes}}\u00a0: un changement là-bas s’applique ici dans ce délai.',
  'team.refresh.signInOnly':
    'Votre fournisseur d’identité n’a pas donné de jeton de rafraîchissement\u00a0: vos groupes sont ceux de votre connexion. Une personne retirée d’un groupe en garde le rôle jusqu’à la fin de sa session, au plus {hours, plural, one {# heure} other {# heures}} après sa connexion, sauf si un admin y met fin ici.',
  'team.refresh.perRequest':
    'Vos groupes viennent du proxy d’authentification à chaque requête\u00a0: ils sont toujours à jour.',
  'team.roles.title': 'Rôles et associations',
  'team.roles.bindings':
    'Les membres d’un groupe ont son rôle sur les comptes correspondants\u00a0; les droits s’additionnent.',
  'team.roles.configFile':
    'Les associations se règlent dans le fichier de configuration {file}, pas sur cette page.',
  'team.roles.configFileUnknown':
    'Les associations se règlent dans le fichier de configuration de la console, pas sur cette page.',
  'team.roles.col.group': 'Groupe',
  'team.roles.col.role': 'Rôle',
  'team.roles.col.accounts': 'Comptes',
  'team.roles.allAccounts': 'tous les comptes',
  'team.roles.col.name': 'Rôle',
  'team.roles.col.allows': 'Ce qu’il permet',
  'team.roles.reads': 'lit par {allowed} appels sur {total}',
  'team.roles.changes': 'modifie par {allowed} appels sur {total}',
  'team.roles.noChanges': 'ne modifie rien',
  'team.roles.secrets': 'lit les secrets (mots de passe, sortie console, clés)',
  'team.roles.noSecrets': 'aucun secret',
  'team.roles.families': 'modifie\u00a0: {families}',
  'team.roles.custom': 'personnalisé\u00a0: permet {allow}{deny}',
  'team.roles.customDeny': ', sauf {deny}',
  'team.sessions.title': 'Sessions',
  'team.sessions.none': 'Aucune session active à afficher.',
  'team.sessions.proxy':
    'La connexion est gérée par le proxy d’authentification\u00a0: les sessions sont les siennes.',
  'team.sessions.col.person': 'Personne',
  'team.sessions.col.signedIn': 'Connexion',
  'team.sessions.col.lastSeen': 'Dernière activité',
  'team.sessions.col.from': 'Depuis',
  'team.sessions.current': 'ce navigateur',
  'team.sessions.end': 'Terminer la session',
  'team.sessions.endLabel': 'Terminer la session de {name}, ouverte le {when}',
  'team.sessions.endOthers': 'Terminer toutes mes autres sessions',
  'team.sessions.noOthers': 'Vous n’avez pas d’autre session.',
  'team.sessions.ended': 'Session terminée\u00a0: sa prochaine requête mène à la page de connexion.',
  'team.sessions.endedOthers': 'Vos autres sessions sont terminées.',
  'team.sessions.confirm.title': 'Terminer la session de {name}\u00a0?',
  'team.sessions.confirm.body':
    'Le navigateur connecté le {when} depuis {from} est déconnecté à sa prochaine requête\u00a0; le travail en cours peut y être perdu. C’est consigné dans le journal d’audit.',
  'team.sessions.confirm.own':
    'Ce navigateur est déconnecté à sa prochaine requête\u00a0: vous devrez vous reconnecter.',
  'team.unknownPlace': 'une adresse inconnue',
  'team.people.title': 'Personnes',
  'team.people.intro':
    'Toutes les personnes connectées dont les rôles touchent les comptes que vous administrez.',
  'team.people.col.person': 'Personne',
  'team.people.col.lastSignIn': 'Dernière connexion',
  'team.people.col.groups': 'Groupes',
  'team.people.col.roles': 'Rôles',
  'team.people.col.sessions': 'Sessions actives',
  'team.people.audit': 'Journal d’audit',
  'team.people.none': 'Personne ne s’est encore connecté.',
} satisfies Translation<typeof en>

// Les mots des pages des points d’accès de Nets.
export default {
  // Seules ces pages nomment la famille ainsi : hors des mots du shell, que charge la première route.
  'nav.netAccessPoints.description': 'Services OUTSCALE privés',
  'resources.netAccessPoint': '{count, plural, one {point d’accès de Net} other {points d’accès de Nets}}',
  'nap.table': 'Points d’accès de Nets',
  'nap.notAllowed': 'Votre rôle ne permet pas de lire les points d’accès de Nets de ce compte.',
  'nap.empty.title': 'Aucun point d’accès de Net dans ce compte',
  'nap.empty.body':
    'Un point d’accès de Net permet aux VM d’un Net de joindre un service OUTSCALE, comme OOS ou l’API, sans passer par Internet ni avoir besoin d’une IP publique.',
  'nap.col.service': 'Service',
  'nap.col.net': 'Net',
  'nap.col.routeTables': 'Tables de routage',
  'nap.col.prefixList': 'Liste de préfixes',
  'nap.col.serviceRanges': 'Plages IP du service',
  'nap.tab.properties': 'Propriétés',
  'nap.routeHint':
    'Chacune de ses tables de routage a une route dont la destination est la liste de préfixes du service et la cible ce point d’accès : les Subnets liés à ces tables joignent le service par lui.',
  'nap.rule.gone': 'Il est déjà {state}.',
  'nap.quota': 'Points d’accès de Nets',
  'nap.close': 'Fermer',
  'nap.cancel': 'Annuler',
  'nap.create.title': 'Créer un point d’accès de Net',
  'nap.create.notAllowed':
    'Votre rôle ne permet pas de créer des points d’accès de Nets et de lire les Nets, les tables de routage et les services joignables.',
  'nap.create.intro':
    'Choisissez le Net, le service OUTSCALE que ses VM doivent joindre en privé, et les tables de routage dont les Subnets l’utilisent.',
  'nap.create.name': 'Nom (facultatif)',
  'nap.create.net': 'Net',
  'nap.create.service': 'Service',
  'nap.create.service.hint':
    'Seuls les services que ce Net ne joint pas encore sont proposés : un Net a un point d’accès par service.',
  'nap.create.routeTables': 'Tables de routage',
  'nap.create.routeTables.hint':
    'Une route vers le service est ajoutée à chaque table cochée. Vous pourrez les changer ensuite. ★ marque la table principale du Net.',
  'nap.create.noRouteTables': 'Ce Net n’a aucune table de routage.',
  'nap.create.netFirst': 'Choisissez d’abord un Net : ses tables de routage s’affichent ici.',
  'nap.create.choose': 'Choisir…',
  'nap.create.chooseNet': 'Choisissez le Net que sert le point d’accès.',
  'nap.create.chooseService': 'Choisissez le service que joint le point d’accès.',
  'nap.create.submit': 'Créer le point d’accès de Net',
  'nap.create.failed': 'Le point d’accès de Net n’a pas pu être créé',
  'nap.create.done': 'Point d’accès de Net {id} créé',
  'nap.tables.title': 'Modifier les tables de routage',
  'nap.tables.intro':
    'Cochez les tables de routage de ce Net dont les Subnets doivent joindre le service par ce point d’accès. La route est ajoutée aux tables cochées et retirée de celles décochées.',
  'nap.tables.unchanged': 'Cochez ou décochez une table de routage : ce sont celles qu’il utilise déjà.',
  'nap.tables.submit': 'Enregistrer les tables de routage',
  'nap.tables.failed': 'Les tables de routage n’ont pas pu être changées',
  'nap.tables.done': 'Tables de routage changées',
  'nap.delete': 'Supprimer',
  'nap.delete.title': 'Supprimer {name}',
  'nap.delete.body':
    'Le point d’accès de Net est supprimé et ses routes sont retirées aussitôt de ses tables de routage : les Subnets qui les utilisent ne joignent plus le service en privé. Cette action est irréversible.',
  'nap.delete.type': 'Tapez son nom, {name}, pour confirmer',
  'nap.delete.confirm': 'Supprimer le point d’accès de Net',
  'nap.deleted': 'Le point d’accès de Net {name} est en cours de suppression',
  'nap.bulk.noneDelete': 'Aucun des points d’accès de Nets choisis ne peut être supprimé.',
  'nap.bulk.deleteWord': 'supprimer',
}

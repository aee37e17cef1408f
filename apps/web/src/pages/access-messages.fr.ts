import accessKeys from './access-keys/messages.fr.ts'
import users from './users/messages.fr.ts'
import apiAccessRules from './api-access-rules/messages.fr.ts'

export default { ...accessKeys, ...users, ...apiAccessRules }

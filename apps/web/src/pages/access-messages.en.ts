// The access pages' words in one catalogue (access keys, EIM users, API access rules): one chunk per language
// rather than three, since every chunk the router can load costs the first route its name.
import accessKeys from './access-keys/messages.en.ts'
import users from './users/messages.en.ts'
import apiAccessRules from './api-access-rules/messages.en.ts'

export default { ...accessKeys, ...users, ...apiAccessRules }

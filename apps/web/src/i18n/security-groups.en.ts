// The security-group pages' words, in English: they load with those pages and the create-VM form (which creates
// groups), not with the first route.
import securityGroups from '../pages/security-groups/messages.en.ts'

export default {
  ...securityGroups,
}

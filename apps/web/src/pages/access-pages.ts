// The access pages in one chunk (the account's access keys, EIM users, API access rules): every chunk the router
// can load costs the first route its name, and a user's page opens the access keys' own dialogs.
export { default as AccessKeyListPage } from './access-keys/AccessKeyListPage.tsx'
export { default as AccessKeyDetailPage } from './access-keys/AccessKeyDetailPage.tsx'
export { default as UserListPage } from './users/UserListPage.tsx'
export { default as UserDetailPage } from './users/UserDetailPage.tsx'
export { default as ApiAccessRuleListPage } from './api-access-rules/ApiAccessRuleListPage.tsx'
export { default as ApiAccessRuleDetailPage } from './api-access-rules/ApiAccessRuleDetailPage.tsx'

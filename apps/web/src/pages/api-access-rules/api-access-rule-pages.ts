// The API access rule pages in one chunk: the list links to each rule's page.
export { default as ApiAccessRuleListPage } from './ApiAccessRuleListPage.tsx'
export { default as ApiAccessRuleDetailPage } from './ApiAccessRuleDetailPage.tsx'

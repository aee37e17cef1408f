// The access key pages in one chunk: the list links to each key's page.
export { default as AccessKeyListPage } from './AccessKeyListPage.tsx'
export { default as AccessKeyDetailPage } from './AccessKeyDetailPage.tsx'

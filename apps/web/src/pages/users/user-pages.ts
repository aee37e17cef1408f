// The EIM user pages in one chunk: the list links to each user's page.
export { default as UserListPage } from './UserListPage.tsx'
export { default as UserDetailPage } from './UserDetailPage.tsx'

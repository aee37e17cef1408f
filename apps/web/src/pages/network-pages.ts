// The network pages in one chunk: every chunk the router can load costs the first route its name, and these pages
// link to one another (a Net to its Subnets, a route to its Internet service) and share their reads.
export { default as PublicIpListPage } from './public-ips/PublicIpListPage.tsx'
export { default as PublicIpDetailPage } from './public-ips/PublicIpDetailPage.tsx'
export { default as NetListPage } from './nets/NetListPage.tsx'
export { default as NetDetailPage } from './nets/NetDetailPage.tsx'
export { default as SubnetListPage } from './subnets/SubnetListPage.tsx'
export { default as SubnetDetailPage } from './subnets/SubnetDetailPage.tsx'
export { default as InternetServiceListPage } from './internet-services/InternetServiceListPage.tsx'
export { default as InternetServiceDetailPage } from './internet-services/InternetServiceDetailPage.tsx'
export { default as RouteTableListPage } from './route-tables/RouteTableListPage.tsx'
export { default as RouteTableDetailPage } from './route-tables/RouteTableDetailPage.tsx'
export { default as NicListPage } from './nics/NicListPage.tsx'
export { default as NicDetailPage } from './nics/NicDetailPage.tsx'

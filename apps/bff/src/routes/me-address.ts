// GET /api/me/address: the address the console sees for the person, for a "my IP" security-group rule. Behind a
// trusted proxy it is the address that proxy forwarded (the same reading as sign-in's rate limit), and the answer
// says so, because a proxy or a NAT in between can make it differ from the address OUTSCALE will see.
import { BlockList, isIPv6 } from 'node:net'
import express, { type Router } from 'express'
import type { MeAddress } from '@osc-console/osc-api'
import { clientAddress, peerAddress, trustedProxyList } from '../auth/proxy-mode.ts'

export const ME_ADDRESS_ROUTE = '/api/me/address'

/** Ranges no one on the internet is seen from: a rule naming them never matches traffic from outside. */
const NOT_PUBLIC = (() => {
  const list = new BlockList()
  for (const [net, prefix] of [
    ['0.0.0.0', 8],
    ['10.0.0.0', 8],
    ['100.64.0.0', 10],
    ['127.0.0.0', 8],
    ['169.254.0.0', 16],
    ['172.16.0.0', 12],
    ['192.168.0.0', 16],
  ] as const)
    list.addSubnet(net, prefix, 'ipv4')
  for (const [net, prefix] of [
    ['::', 127],
    ['fc00::', 7],
    ['fe80::', 10],
  ] as const)
    list.addSubnet(net, prefix, 'ipv6')
  return list
})()

export function meAddressRouter(trustedProxies: readonly string[]): Router {
  const proxies = trustedProxyList(trustedProxies)
  const router = express.Router()
  router.get(ME_ADDRESS_ROUTE, (req, res) => {
    const address = clientAddress(req, proxies)
    const version = isIPv6(address) ? 6 : 4
    const answer: MeAddress = {
      address,
      version,
      viaProxy: address !== peerAddress(req.socket.remoteAddress),
      isPublic: !NOT_PUBLIC.check(address, version === 6 ? 'ipv6' : 'ipv4'),
    }
    res.setHeader('Cache-Control', 'no-store')
    res.json(answer)
  })
  return router
}

import type { Page } from '@playwright/test'
import { test, expect, signInThroughIdp } from '../support/fixtures.ts'
import { vmAction } from '../support/console.ts'
import { expectNoRow, expectRowVisible, rowOf } from '../support/table.ts'
import { expectNoSeriousA11yViolations, screenshotBothThemes } from '../support/pages.ts'

const lbTable = (page: Page) => page.getByRole('table', { name: 'Load balancers' })
const backends = (page: Page) => page.getByRole('table', { name: 'Backend VMs' })
const listeners = (page: Page) => page.getByRole('table', { name: 'Listeners' })
const section = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'load balancer sections' }).getByRole('link', { name, exact: true })

async function openLoadBalancers(page: Page) {
  await page
    .getByRole('navigation', { name: 'Resources' })
    .getByRole('link', { name: 'Load balancers', exact: true })
    .click()
  await page.getByRole('heading', { name: 'Load balancers', level: 1 }).waitFor()
}

async function openLoadBalancer(page: Page, name: string) {
  await lbTable(page).getByRole('link', { name, exact: true }).click()
  await page.getByRole('heading', { name, level: 1 }).waitFor()
}

test('the list shows each load balancer’s type, DNS name, listeners and healthy backends', async ({
  page,
  signIn,
}) => {
  await signIn('alice')
  await openLoadBalancers(page)
  const table = lbTable(page)
  // web-staging-2 fails its checks: two of three healthy.
  await expectRowVisible(table, {
    Name: 'web-staging-lb',
    Type: 'internet-facing',
    Listeners: 'HTTP:80 → HTTP:80',
    Backends: '2/3 healthy',
  })
  await expectRowVisible(table, { Name: 'api-prod-lb', Type: 'internal', Listeners: 'TCP:8080 → TCP:8080' })
  await expectRowVisible(table, { Name: 'web-prod-lb', 'DNS name': /^web-prod-lb-[0-9a-f]{10}\./ })
  await page.getByLabel('Search', { exact: true }).fill('staging')
  await expectNoRow(table, { Name: 'web-prod-lb' })
  await expectRowVisible(table, { Name: 'web-staging-lb' })
})

test('alice creates a load balancer with two backends, watches their health, changes it and deletes it', async ({
  page,
  signIn,
  sim,
}) => {
  await signIn('alice')
  await openLoadBalancers(page)
  await page.getByRole('button', { name: 'Create load balancer' }).click()
  const form = page.getByRole('form', { name: 'Create load balancer' })
  await form.getByRole('textbox', { name: 'Name', exact: true }).fill('shop-lb')
  await form.getByRole('combobox', { name: 'Subregion' }).selectOption({ index: 1 })
  await expect(form.getByRole('combobox', { name: 'Protocol (listener 1)', exact: true })).toHaveValue('HTTP')
  await expect(form.getByRole('spinbutton', { name: 'Port (listener 1)', exact: true })).toHaveValue('80')
  await form.getByRole('searchbox', { name: 'Search VMs' }).fill('legacy-app')
  await form.getByRole('checkbox', { name: 'Pick legacy-app-1' }).check()
  await form.getByRole('checkbox', { name: 'Pick legacy-app-2' }).check()
  await expect(form.getByRole('list', { name: 'Quotas left' })).toContainText('Load balancers')
  await form.getByRole('button', { name: 'Create load balancer' }).click()

  await page.getByRole('heading', { name: 'shop-lb', level: 1 }).waitFor()
  const table = backends(page)
  // Just registered: not judged yet.
  await expectRowVisible(table, { VM: 'legacy-app-1', Health: 'Unknown' })
  await expectRowVisible(table, { VM: 'legacy-app-2', Health: 'Unknown' })
  await sim.advance(300) // ten checks 30 s apart, the default healthy threshold
  await expectRowVisible(table, { VM: 'legacy-app-1', Health: 'Up' })
  await expectRowVisible(table, { VM: 'legacy-app-2', Health: 'Up' })
  await expect(page.getByText('2/2 healthy')).toBeVisible()

  // legacy-app-2 is stopped from its own page; its checks fail and the load balancer says it is down.
  await table.getByRole('link', { name: /^i-/ }).nth(1).click()
  await page.getByRole('heading', { name: 'legacy-app-2', level: 1 }).waitFor()
  await vmAction(page, 'Stop').click()
  await page
    .getByRole('dialog', { name: 'Stop legacy-app-2' })
    .getByRole('button', { name: 'Stop VM' })
    .click()
  await expect(vmAction(page, 'Stop')).toHaveAccessibleDescription(/this one is (stopping|stopped)/)
  await sim.advance(120)
  await page.goBack()
  await page.getByRole('heading', { name: 'shop-lb', level: 1 }).waitFor()
  await expectRowVisible(backends(page), { VM: 'legacy-app-2', Health: 'Down', Why: /stopped/ })
  await expect(page.getByText('1/2 healthy')).toBeVisible()

  await page.getByRole('button', { name: 'Deregister legacy-app-2' }).click()
  await page
    .getByRole('dialog', { name: 'Deregister legacy-app-2' })
    .getByRole('button', { name: 'Deregister VM' })
    .click()
  await expectNoRow(backends(page), { VM: 'legacy-app-2' })
  await expect(page.getByText('1/1 healthy')).toBeVisible()

  await section(page, 'Health check').click()
  const check = page.getByRole('form', { name: 'Health check' })
  await check.getByRole('spinbutton', { name: 'Interval (s)' }).fill('4')
  await check.getByRole('textbox', { name: 'Check path' }).fill('healthz')
  await check.getByRole('button', { name: 'Save health check' }).click()
  await expect(check.getByRole('alert')).toContainText('Enter a whole number from 5 to 600.')
  await expect(check.getByRole('alert')).toContainText('HTTP and HTTPS checks need a path that starts with /')
  await check.getByRole('spinbutton', { name: 'Interval (s)' }).fill('15')
  await check.getByRole('textbox', { name: 'Check path' }).fill('/healthz')
  await check.getByRole('button', { name: 'Save health check' }).click()
  await expect(page.getByText('Health check saved')).toBeVisible()
  await page.reload()
  await expect(page.getByRole('textbox', { name: 'Check path' })).toHaveValue('/healthz')
  await expect(page.getByRole('spinbutton', { name: 'Interval (s)' })).toHaveValue('15')

  await section(page, 'Listeners').click()
  await page.getByRole('button', { name: 'Add listener' }).click()
  const add = page.getByRole('dialog', { name: 'Add listener' })
  await add.getByRole('spinbutton', { name: 'Port (listener 1)', exact: true }).fill('80')
  await add.getByRole('button', { name: 'Add listener' }).click()
  await expect(add.getByRole('alert')).toContainText('Another listener already uses port 80.')
  await add.getByRole('spinbutton', { name: 'Port (listener 1)', exact: true }).fill('8081')
  await add.getByRole('button', { name: 'Add listener' }).click()
  await expect(add).toHaveCount(0)
  await expectRowVisible(listeners(page), { 'Listener (load balancer → backend)': 'HTTP:8081 → HTTP:8080' })
  await page.getByRole('button', { name: 'Remove listener on port 8081' }).click()
  await page
    .getByRole('dialog', { name: 'Remove the listener on port 8081' })
    .getByRole('button', { name: 'Remove listener' })
    .click()
  await expectNoRow(listeners(page), { 'Listener (load balancer → backend)': 'HTTP:8081 → HTTP:8080' })
  await expectRowVisible(listeners(page), { 'Listener (load balancer → backend)': 'HTTP:80 → HTTP:8080' })

  // Every change above is in the load balancer's audit trail, found by its name.
  await section(page, 'Audit trail').click()
  for (const action of ['CreateLoadBalancer', 'DeregisterVmsInLoadBalancer', 'UpdateLoadBalancer'])
    await expect(page.getByRole('region', { name: 'Audit trail' })).toContainText(action)
  await page
    .getByRole('group', { name: 'load balancer actions' })
    .getByRole('button', { name: 'Delete' })
    .click()
  const dialog = page.getByRole('dialog', { name: 'Delete shop-lb' })
  await dialog.getByLabel(/Type the load balancer’s name/).fill('shop-lb')
  await dialog.getByRole('button', { name: 'Delete load balancer' }).click()
  await page.getByRole('heading', { name: 'Load balancers', level: 1 }).waitFor()
  await expectRowVisible(lbTable(page), { Name: 'web-prod-lb' })
  await expectNoRow(lbTable(page), { Name: 'shop-lb' })
})

// Operators cannot read a certificate's private parts, but they list the names to put one on a listener.
test('oscar, an operator, adds an HTTPS listener with a server certificate picked by name', async ({
  page,
  signIn,
  browser,
  stack,
}) => {
  // An administrator uploads the certificate, in another browser.
  const admin = await browser.newContext({ baseURL: stack.baseUrl })
  try {
    const adminPage = await admin.newPage()
    await adminPage.goto('/')
    if (stack.auth === 'oidc') await signInThroughIdp(adminPage, 'alice')
    const response = await adminPage.request.post('/api/osc/demo-eu/CreateServerCertificate', {
      data: {
        Name: 'shop-cert',
        Body: '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----',
        PrivateKey: '-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----',
      },
      headers: { 'X-Requested-With': 'osc-console', Origin: stack.baseUrl },
    })
    expect(response.status()).toBe(200)
  } finally {
    await admin.close()
  }

  await signIn('oscar', '/demo-eu/load-balancers/web-prod-lb?tab=listeners')
  await page.getByRole('button', { name: 'Add listener' }).click()
  const add = page.getByRole('dialog', { name: 'Add listener' })
  await add.getByRole('combobox', { name: 'Protocol (listener 1)', exact: true }).selectOption('HTTPS')
  await add.getByRole('spinbutton', { name: 'Port (listener 1)', exact: true }).fill('443')
  await add.getByRole('button', { name: 'Add listener' }).click()
  await expect(add.getByRole('alert')).toContainText('A HTTPS listener needs a server certificate.')
  await add
    .getByRole('combobox', { name: 'Server certificate (listener 1)' })
    .selectOption({ label: 'shop-cert' })
  await add.getByRole('button', { name: 'Add listener' }).click()
  await expect(add).toHaveCount(0)
  await expectRowVisible(listeners(page), {
    'Listener (load balancer → backend)': 'HTTPS:443 → HTTP:8080',
    'Server certificate': /server-certificate\/shop-cert$/,
  })
})

test('alice keeps visitors on one backend with a cookie policy, and sends access logs to a bucket', async ({
  page,
  signIn,
}) => {
  await signIn('alice', '/demo-eu/load-balancers/web-prod-lb?tab=sticky-sessions')
  await expect(page.getByText('No sticky-session policy')).toBeVisible()
  await page.getByRole('button', { name: 'Create policy' }).click()
  const create = page.getByRole('dialog', { name: 'Create policy' })
  await create.getByRole('textbox', { name: 'Policy name' }).fill('shop-sticky')
  await create.getByRole('textbox', { name: 'Cookie lifetime (s)' }).fill('0')
  await create.getByRole('button', { name: 'Create policy' }).click()
  await expect(create.getByRole('alert')).toContainText('Enter a whole number of seconds')
  await create.getByRole('textbox', { name: 'Cookie lifetime (s)' }).fill('600')
  await create.getByRole('button', { name: 'Create policy' }).click()
  await expect(create).toHaveCount(0)
  const policies = page.getByRole('table', { name: 'Sticky-session policies' })
  await expectRowVisible(policies, {
    Name: 'shop-sticky',
    Stickiness: '600 s after the cookie is set',
    'Used by': '—',
  })

  const onHttp = page.getByRole('form', { name: 'Sticky sessions on HTTP:80 → HTTP:80' })
  await onHttp.getByRole('combobox').selectOption('shop-sticky')
  await onHttp.getByRole('button', { name: 'Save for HTTP:80 → HTTP:80' }).click()
  await expectRowVisible(policies, { Name: 'shop-sticky', 'Used by': 'HTTP:80 → HTTP:80' })

  await page.getByRole('button', { name: 'Delete policy shop-sticky' }).click()
  await page
    .getByRole('dialog', { name: 'Delete policy shop-sticky' })
    .getByRole('button', { name: 'Delete policy' })
    .click()
  await expectNoRow(policies, { Name: 'shop-sticky' })

  await section(page, 'Access log').click()
  const log = page.getByRole('form', { name: 'Access log' })
  await log.getByRole('checkbox', { name: 'Write access logs' }).check()
  await log.getByRole('button', { name: 'Save access log' }).click()
  await expect(log.getByRole('alert')).toContainText('Name the OOS bucket the logs go to')
  await log.getByRole('textbox', { name: 'OOS bucket' }).fill('web-logs')
  await log.getByRole('combobox', { name: 'Publish' }).selectOption('5')
  await log.getByRole('button', { name: 'Save access log' }).click()
  await expect(page.getByText('Access log settings saved')).toBeVisible()
  await page.reload()
  await expect(page.getByRole('textbox', { name: 'OOS bucket' })).toHaveValue('web-logs')
  await expect(page.getByRole('combobox', { name: 'Publish' })).toHaveValue('5')
})

test('deleting several load balancers at once shows a result for each', async ({ page, signIn }) => {
  await signIn('alice')
  await openLoadBalancers(page)
  const table = lbTable(page)
  for (const name of ['web-staging-lb', 'api-prod-lb'])
    await (await rowOf(table, { Name: name })).getByRole('checkbox').check()
  await page
    .getByRole('group', { name: 'Actions on selected load balancers' })
    .getByRole('button', { name: 'Delete', exact: true })
    .click()
  const dialog = page.getByRole('dialog', { name: 'Delete 2 load balancers' })
  await dialog.getByRole('textbox').fill('delete')
  await dialog.getByRole('button', { name: 'Delete 2 load balancers' }).click()
  const results = page.getByRole('region', { name: 'Operation results' })
  await expect(results).toContainText('2 succeeded, 0 failed')
  await expectRowVisible(results.getByRole('table', { name: 'Results per item' }), {
    Resource: /web-staging-lb/,
    Result: 'Succeeded',
  })
  await expectNoRow(table, { Name: 'api-prod-lb' })
  await expectRowVisible(table, { Name: 'web-prod-lb' })
})

test('vera, a viewer, reads the load balancers and sees every change disabled with the reason', async ({
  page,
  signIn,
}) => {
  const reason = (action: string) => `Your role (viewer) on Demo (Europe) does not allow ${action}.`
  await signIn('vera')
  await openLoadBalancers(page)
  const create = page.getByRole('button', { name: 'Create load balancer' })
  await expect(create).toBeDisabled()
  await expect(create).toHaveAccessibleDescription(reason('CreateLoadBalancer'))
  await openLoadBalancer(page, 'web-prod-lb')
  const remove = page
    .getByRole('group', { name: 'load balancer actions' })
    .getByRole('button', { name: 'Delete' })
  await expect(remove).toHaveAccessibleDescription(reason('DeleteLoadBalancer'))

  await section(page, 'Listeners').click()
  await expect(page.getByRole('button', { name: 'Add listener' })).toHaveAccessibleDescription(
    reason('CreateLoadBalancerListeners'),
  )
  await expect(page.getByRole('button', { name: 'Remove listener on port 80' })).toHaveAccessibleDescription(
    reason('DeleteLoadBalancerListeners'),
  )
  await section(page, 'Backends').click()
  await expectRowVisible(backends(page), { VM: 'web-prod-1', Health: /Up|Down/ })
  await expect(page.getByRole('button', { name: 'Register VMs' })).toHaveAccessibleDescription(
    reason('RegisterVmsInLoadBalancer'),
  )
  await expect(page.getByRole('button', { name: 'Deregister web-prod-1' })).toHaveAccessibleDescription(
    reason('DeregisterVmsInLoadBalancer'),
  )
  await section(page, 'Health check').click()
  await expect(page.getByRole('button', { name: 'Save health check' })).toHaveAccessibleDescription(
    reason('UpdateLoadBalancer'),
  )
  await section(page, 'Sticky sessions').click()
  await expect(page.getByRole('button', { name: 'Create policy' })).toHaveAccessibleDescription(
    reason('CreateLoadBalancerPolicy'),
  )
  await section(page, 'Access log').click()
  await expect(page.getByRole('button', { name: 'Save access log' })).toHaveAccessibleDescription(
    reason('UpdateLoadBalancer'),
  )
  await section(page, 'Tags').click()
  await expect(page.getByRole('button', { name: 'Save tags' })).toBeDisabled()
  await expect(page.getByRole('button', { name: 'Save tags' })).toHaveAccessibleDescription(
    reason('CreateLoadBalancerTags'),
  )
})

test('the load-balancer pages pass axe in the light and the dark theme', async ({ page, signIn }) => {
  await signIn('alice')
  await openLoadBalancers(page)
  await expectRowVisible(lbTable(page), { Name: 'web-prod-lb', Backends: /healthy/ })
  const pass = async (name: string) => {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme })
      await expectNoSeriousA11yViolations(page)
    }
    await screenshotBothThemes(page, name)
  }
  await pass('lb-list')
  await openLoadBalancer(page, 'web-prod-lb')
  await pass('lb-detail')
  await section(page, 'Backends').click()
  await expectRowVisible(backends(page), { VM: 'web-prod-1' })
  await pass('lb-backends')
  await section(page, 'Listeners').click()
  await pass('lb-listeners')
  await section(page, 'Health check').click()
  await pass('lb-health-check')
  await section(page, 'Sticky sessions').click()
  await pass('lb-sticky-sessions')
  await section(page, 'Access log').click()
  await pass('lb-access-log')
  await page.goto('/demo-eu/load-balancers/new')
  await page.getByRole('heading', { name: 'Create a load balancer', level: 1 }).waitFor()
  await pass('lb-create')
  await page.setViewportSize({ width: 400, height: 800 })
  await page.goto('/demo-eu/load-balancers/web-prod-lb?tab=backends')
  await expectRowVisible(backends(page), { VM: 'web-prod-1' })
  await screenshotBothThemes(page, 'lb-backends-narrow')
})

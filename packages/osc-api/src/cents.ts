// Money split into groups that add up: the console shows a period's cost per service, tag value, subregion or
// resource, and a person adding the rows must find the total the page prints, to the cent.

/**
 * Rounds `raw` amounts to cents so that they add up to `totalCents` exactly: each is rounded down, and the cents
 * left go to the largest remainders (ties to the larger amount, then the earlier one). Groups are often cut from
 * lines that OUTSCALE rounded apart from the total; this moves at most a cent per group.
 */
export function allocateCents(raw: readonly number[], totalCents: number): number[] {
  // In cents, without the binary noise of the sums (0.1 + 0.2).
  const exact = raw.map((amount) => Math.round(amount * 1e6) / 1e4)
  const cents = exact.map(Math.floor)
  let left = totalCents - cents.reduce((sum, c) => sum + c, 0)
  const byRest = exact
    .map((amount, i) => ({ i, rest: amount - (cents[i] ?? 0), amount }))
    .sort((a, b) => b.rest - a.rest || b.amount - a.amount || a.i - b.i)
    .map(({ i }) => i)
  // Short of the total: a cent more to the largest remainders; over it: a cent less to the smallest.
  const order = left >= 0 ? byRest : [...byRest].reverse()
  for (let k = 0; left !== 0 && order.length > 0; k++) {
    const at = order[k % order.length]!
    cents[at] = (cents[at] ?? 0) + Math.sign(left)
    left -= Math.sign(left)
  }
  return cents
}

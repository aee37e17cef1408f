export default function NoAccounts() {
  return (
    <div className="mx-auto max-w-2xl p-8">
      <h1 className="mb-2 text-xl font-semibold">No account available</h1>
      <p className="muted">
        You are signed in, but no OUTSCALE account is bound to your groups. Ask an administrator to add a
        binding for one of your groups in the console configuration.
      </p>
    </div>
  )
}

// Create-VM section that picks the account's keypair, or creates one and hands its private key over once.
import { useState } from 'react'
import { useQuery } from '@tanstack/react-query'
import { oscQueryAll, useOscMutation } from '@osc-console/data'
import { ErrorPanel } from '../../ui/ErrorPanel.tsx'
import { ActionButton } from '../../ui/ActionButton.tsx'
import { useCan } from '../../app/account.ts'
import { downloadText } from '../../table/csv.ts'

export function KeypairPicker({
  account,
  value,
  onChange,
}: {
  account: string
  value: string
  onChange: (name: string) => void
}) {
  const can = useCan()
  const keypairs = useQuery(oscQueryAll(account, 'ReadKeypairs', {}))
  const [newName, setNewName] = useState('')
  const [downloaded, setDownloaded] = useState<string | undefined>()
  const create = useOscMutation(account, 'CreateKeypair', {
    success: false,
    onSuccess: (data) => {
      const name = data.Keypair?.KeypairName ?? newName
      // The private key exists only in this answer: hand it to the person once, keep no copy.
      if (data.Keypair?.PrivateKey)
        downloadText(`${name}.pem`, data.Keypair.PrivateKey, 'application/x-pem-file')
      setDownloaded(name)
      setNewName('')
      onChange(name)
    },
  })
  const validName = /^[\x20-\x7E]{1,255}$/.test(newName.trim())
  return (
    <div className="flex flex-col gap-2 text-sm">
      <label className="flex flex-col gap-1">
        Keypair
        <select className="input" value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">No keypair</option>
          {(keypairs.data?.Keypairs ?? []).map((k) => (
            <option key={k.KeypairName} value={k.KeypairName}>
              {k.KeypairName}
            </option>
          ))}
        </select>
      </label>
      <div className="flex items-end gap-2">
        <label className="flex flex-1 flex-col gap-1">
          Or create a keypair
          <input
            className="input"
            value={newName}
            onChange={(e) => setNewName(e.target.value)}
            placeholder="my-laptop"
          />
        </label>
        <ActionButton
          check={
            !can('CreateKeypair').allowed
              ? can('CreateKeypair')
              : validName
                ? { allowed: true }
                : { allowed: false, reason: 'Type a name for the new keypair.' }
          }
          busy={create.isPending}
          onClick={() => create.mutate({ KeypairName: newName.trim() })}
        >
          Create keypair
        </ActionButton>
      </div>
      {downloaded && (
        <p role="status" className="text-green-800 dark:text-green-300">
          Keypair “{downloaded}” created; its private key was downloaded as {downloaded}.pem. The console
          keeps no copy: store it safely.
        </p>
      )}
      {create.error && <ErrorPanel error={create.error} />}
    </div>
  )
}

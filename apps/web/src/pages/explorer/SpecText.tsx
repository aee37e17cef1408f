// The spec's own words (English, OUTSCALE's), with its `code` spans and [links](…) drawn as such. Marked as English
// so that a screen reader reading the French console pronounces them right.
import type { ReactNode } from 'react'

const TOKEN = /`([^`]+)`|\[([^\]]+)\]\((https:\/\/[^)\s]+)\)/g

function inline(line: string): ReactNode[] {
  const parts: ReactNode[] = []
  let last = 0
  for (const match of line.matchAll(TOKEN)) {
    if (match.index > last) parts.push(line.slice(last, match.index))
    if (match[1] !== undefined)
      parts.push(
        <code key={match.index} className="rounded bg-slate-100 px-1 font-mono dark:bg-slate-800">
          {match[1]}
        </code>,
      )
    else
      parts.push(
        <a
          key={match.index}
          href={match[3]}
          target="_blank"
          rel="noreferrer noopener"
          className="text-blue-700 underline underline-offset-2 dark:text-blue-300"
        >
          {match[2]}
        </a>,
      )
    last = match.index + match[0].length
  }
  if (last < line.length) parts.push(line.slice(last))
  return parts
}

export function SpecText({ text, className }: { text: string; className?: string }) {
  const lines = text.split('\n')
  return (
    <span lang="en" className={className}>
      {lines.map((line, i) => (
        <span key={i} className="block">
          {inline(line)}
        </span>
      ))}
    </span>
  )
}

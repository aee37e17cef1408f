export function Skeleton({ className = 'h-4 w-full' }: { className?: string }) {
  return (
    <div aria-hidden="true" className={`animate-pulse rounded bg-slate-200 dark:bg-slate-700 ${className}`} />
  )
}

export function PageSkeleton({ label = 'Loading' }: { label?: string }) {
  return (
    <div role="status" aria-label={label} className="flex flex-col gap-3 p-6">
      <Skeleton className="h-7 w-64" />
      <Skeleton className="h-4 w-96" />
      {Array.from({ length: 8 }, (_, i) => (
        <Skeleton key={i} className="h-8 w-full" />
      ))}
    </div>
  )
}

import { useId, type ReactNode } from 'react'

type Props = {
  label: string
  className?: string
  // The control, given the id its label points at.
  children: (id: string) => ReactNode
}

export const fieldClass = 'rounded-lg border border-line bg-page px-3 py-2'

// A label over its control, the shape of every field of the search form.
export function LabelledField({ label, className = '', children }: Props) {
  const id = useId()
  return (
    <div className={`grid gap-1 ${className}`}>
      <label htmlFor={id} className="font-semibold">
        {label}
      </label>
      {children(id)}
    </div>
  )
}

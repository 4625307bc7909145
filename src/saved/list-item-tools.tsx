import { readMarks } from './read-marks.ts'
import { SaveButton } from './save-button.tsx'
import { useStoredList } from './use-stored-list.ts'

type Props = { slug: string; title: string }

// Beside each article in a list: whether the reader has read it, and saving it for offline.
export function ListItemTools({ slug, title }: Props) {
  const read = useStoredList(readMarks).includes(slug)
  return (
    <span lang="en" dir="ltr" className="ms-auto flex items-center gap-3 leading-5">
      {read ? <span className="font-bold">Read</span> : null}
      <SaveButton slug={slug} title={title} name={`Save for offline: ${title}`} compact />
    </span>
  )
}

import { fill } from '../lib/words/count.ts'
import { useToolWords } from '../lib/words/use-tool-words.ts'
import { readMarks } from './read-marks.ts'
import { SaveButton } from './save-button.tsx'
import { useStoredList } from './use-stored-list.ts'

type Props = { slug: string; title: string }

// Beside each article in a list: whether the reader has read it, and saving it for offline. In
// the page's language, which may not be the article's.
export function ListItemTools({ slug, title }: Props) {
  const { words, lang, dir } = useToolWords()
  const read = useStoredList(readMarks).includes(slug)
  return (
    <span lang={lang} dir={dir} className="ms-auto flex items-center gap-3 leading-5">
      {read ? <span className="font-bold">{words.readMark}</span> : null}
      <SaveButton
        slug={slug}
        title={title}
        name={fill(words.saveForOfflineTitle, { title })}
        compact
      />
    </span>
  )
}

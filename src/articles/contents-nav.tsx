import type { Section } from './article-schema.ts'

export function ContentsNav({ sections }: { sections: Section[] }) {
  return (
    <nav aria-label="Contents" className="text-sm">
      <h2 lang="en" dir="ltr" className="font-semibold">
        In this article
      </h2>
      <ol className="mt-2 space-y-1 border-s border-line">
        {sections.map((section) => (
          <li key={section.id}>
            <a
              href={`#${section.id}`}
              className="-ms-px block border-s-2 border-transparent py-1 ps-3 hover:border-accent"
            >
              {section.title}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  )
}

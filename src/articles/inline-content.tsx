import { Link } from 'wouter'
import type { Inline } from './block-schema.ts'
import { isSafeHref } from './safe-href.ts'

// The schema only admits safe links; checking again here is a second lock on the door.

export function InlineContent({ children }: { children: Inline[] }) {
  return children.map((node, index) => {
    switch (node.type) {
      case 'text':
        return node.text
      case 'code':
        return <code key={index}>{node.text}</code>
      case 'emphasis':
        return (
          <em key={index}>
            <InlineContent>{node.children}</InlineContent>
          </em>
        )
      case 'strong':
        return (
          <strong key={index}>
            <InlineContent>{node.children}</InlineContent>
          </strong>
        )
      case 'link': {
        const content = <InlineContent>{node.children}</InlineContent>
        if (!isSafeHref(node.href)) return <span key={index}>{content}</span>
        if (node.href.startsWith('/articles/')) {
          return (
            <Link key={index} href={node.href} className="link">
              {content}
            </Link>
          )
        }
        if (node.href.startsWith('#')) {
          return (
            <a key={index} href={node.href} className="link">
              {content}
            </a>
          )
        }
        return (
          <a key={index} href={node.href} rel="noopener noreferrer" className="link">
            {content}
          </a>
        )
      }
      case 'delete':
        return (
          <del key={index}>
            <InlineContent>{node.children}</InlineContent>
          </del>
        )
      case 'break':
        return <br key={index} />
      case 'element': {
        const Element = node.tag
        return (
          <Element key={index}>
            <InlineContent>{node.children}</InlineContent>
          </Element>
        )
      }
      case 'abbr':
        return (
          <abbr key={index} title={node.title}>
            <InlineContent>{node.children}</InlineContent>
          </abbr>
        )
      case 'footnoteReference':
        return (
          <sup key={index}>
            <a
              id={node.refId}
              href={`#${node.noteId}`}
              aria-label={`Note ${node.number}`}
              className="footnote-ref link"
            >
              {node.number}
            </a>
          </sup>
        )
      default:
        return node satisfies never
    }
  })
}

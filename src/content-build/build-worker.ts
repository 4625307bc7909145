import { parentPort } from 'node:worker_threads'
import { summarise } from '../summariser/summarise.ts'
import { cacheEntryOf } from './article-parts.ts'
import { buildArticle, type SourceFile } from './build-article.ts'

// One thread of a cold build (build-in-parallel.ts): builds the batches of article files it is
// sent, with the same pure steps as a build on one thread, and sends the results back in order,
// as the cache keeps them (article-parts.ts).
function isSources(value: unknown): value is SourceFile[] {
  return (
    Array.isArray(value) &&
    value.every(
      (item: unknown) =>
        typeof item === 'object' &&
        item !== null &&
        typeof Reflect.get(item, 'file') === 'string' &&
        typeof Reflect.get(item, 'text') === 'string',
    )
  )
}

parentPort?.on('message', (message: unknown) => {
  if (!isSources(message)) throw new Error('build worker: expected a batch of article files')
  parentPort?.postMessage(message.map((source) => cacheEntryOf(buildArticle(source, summarise))))
})

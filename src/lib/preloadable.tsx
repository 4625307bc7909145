import { createElement, lazy, type ComponentType } from 'react'

const preloads: (() => Promise<void>)[] = []

/**
 * A component whose code is its own chunk, kept out of the first load, that the server can
 * still render. The server awaits `preloadAll()` and then renders it at once; in the browser
 * it loads when first rendered, and, placed in a Suspense boundary of its own, the server's HTML
 * stays on screen (readable, its links working) until the code arrives and hydrates it.
 */
export function preloadable<Props extends object>(
  load: () => Promise<ComponentType<Props>>,
): ComponentType<Props> {
  let loaded: ComponentType<Props> | null = null
  const Lazy = lazy(() => load().then((component) => ({ default: component })))
  preloads.push(async () => {
    loaded = await load()
  })
  return function Preloadable(props: Props) {
    return createElement(loaded ?? Lazy, props)
  }
}

export async function preloadAll(): Promise<void> {
  await Promise.all(preloads.map((preload) => preload()))
}

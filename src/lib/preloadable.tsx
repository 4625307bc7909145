import { createElement, lazy, type ComponentType } from 'react'

const preloads: (() => Promise<void>)[] = []

export type PreloadableComponent<Props extends object> = ComponentType<Props> & {
  // Loads the code now, so the component renders at once, without suspending, from then on.
  preload: () => Promise<void>
}

/**
 * A component whose code is its own chunk, kept out of the first load, that the server can
 * still render. The server awaits `preloadAll()` and then renders it at once; in the browser
 * it loads when first rendered, and, placed in a Suspense boundary of its own, the server's HTML
 * stays on screen (readable, its links working) until the code arrives and hydrates it.
 */
export function preloadable<Props extends object>(
  load: () => Promise<ComponentType<Props>>,
): PreloadableComponent<Props> {
  let loaded: ComponentType<Props> | null = null
  const Lazy = lazy(() => load().then((component) => ({ default: component })))
  const preload = async () => {
    loaded ??= await load()
  }
  preloads.push(preload)
  function Preloadable(props: Props) {
    return createElement(loaded ?? Lazy, props)
  }
  return Object.assign(Preloadable, { preload })
}

export async function preloadAll(): Promise<void> {
  await Promise.all(preloads.map((preload) => preload()))
}

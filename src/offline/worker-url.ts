type ScriptUrlPolicy = { createScriptURL: (url: string) => string }
type PolicyFactory = {
  createPolicy: (
    name: string,
    rules: { createScriptURL: (url: string) => string },
  ) => ScriptUrlPolicy
}

const workerPath = '/sw.js'

// Under the policy's Trusted Types, registering a worker needs a TrustedScriptURL: this policy
// vouches for Lede's own worker and nothing else.
export function workerUrl(): string {
  const factory: unknown = Reflect.get(window, 'trustedTypes')
  if (!isPolicyFactory(factory)) return workerPath
  return factory
    .createPolicy('lede-worker', {
      createScriptURL: (url) => {
        if (url !== workerPath) throw new TypeError(`Not Lede's service worker: ${url}`)
        return url
      },
    })
    .createScriptURL(workerPath)
}

function isPolicyFactory(value: unknown): value is PolicyFactory {
  return typeof value === 'object' && value !== null && 'createPolicy' in value
}

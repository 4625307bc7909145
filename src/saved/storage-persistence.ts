export type Persistence = 'kept' | 'may-be-cleared' | 'unknown'

// Without persistent storage a browser may clear saved articles when space runs low. It is asked
// for when the reader first saves one; what it granted is shown on the Saved page.
export async function requestPersistence(): Promise<Persistence> {
  if (!navigator.storage?.persist) return 'unknown'
  try {
    if (await navigator.storage.persisted()) return 'kept'
    return (await navigator.storage.persist()) ? 'kept' : 'may-be-cleared'
  } catch {
    return 'unknown'
  }
}

export async function currentPersistence(): Promise<Persistence> {
  if (!navigator.storage?.persisted) return 'unknown'
  try {
    return (await navigator.storage.persisted()) ? 'kept' : 'may-be-cleared'
  } catch {
    return 'unknown'
  }
}

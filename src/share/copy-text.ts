// Copies a link and says what happened, in words a status region can announce.
export async function copyLink(url: string, what = 'Link'): Promise<string> {
  try {
    await navigator.clipboard.writeText(url)
    return `${what} copied`
  } catch {
    return `Could not copy. The link is ${url}`
  }
}

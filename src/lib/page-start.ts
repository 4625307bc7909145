// How the app started: over a prerendered page it hydrates, or on an empty one it renders.
// main.tsx says which before the first render; parts that can wait while the server's HTML
// stays on screen (the images' code) ask here rather than looking at the document.
let overPrerenderedPage = false

export function startingOverPrerenderedPage(): void {
  overPrerenderedPage = true
}

export const startedOverPrerenderedPage = (): boolean => overPrerenderedPage

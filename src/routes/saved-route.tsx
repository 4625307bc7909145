import { SavedPage } from '../saved/saved-page.tsx'

// /saved: everything it shows is in this browser, so it is rendered here and never prerendered
// with content (a static host serves the page shell, and offline the service worker does).
export function SavedRoute() {
  return <SavedPage />
}

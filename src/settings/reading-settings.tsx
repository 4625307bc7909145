import { lazy, Suspense } from 'react'
import { AfterHydration } from '../components/after-hydration.tsx'

const ReadingSettingsMenu = lazy(() =>
  import('./reading-settings-menu.tsx').then((module) => ({ default: module.ReadingSettingsMenu })),
)

// The settings only act in a browser (the choices live in its storage), so the control arrives
// after hydration, in its own chunk; the header keeps its height, so nothing shifts.
export function ReadingSettings() {
  return (
    <AfterHydration>
      <Suspense fallback={null}>
        <ReadingSettingsMenu />
      </Suspense>
    </AfterHydration>
  )
}

import { AfterHydration } from '../components/after-hydration.tsx'
import { ReadingSettingsMenu } from './reading-settings-menu.tsx'

// The settings only act in a browser (the choices live in its storage), so the control arrives
// after hydration; the header keeps its height, so nothing shifts. Its panel loads when opened.
export function ReadingSettings() {
  return (
    <AfterHydration>
      <ReadingSettingsMenu />
    </AfterHydration>
  )
}

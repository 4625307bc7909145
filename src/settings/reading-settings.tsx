import { ReadingSettingsMenu } from './reading-settings-menu.tsx'

// In the page as it is served: the control works from the first paint (see the menu).
export function ReadingSettings() {
  return <ReadingSettingsMenu />
}

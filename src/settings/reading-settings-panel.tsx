import { useState } from 'react'
import { useWords } from '../lib/words/words-context.tsx'
import {
  applyChoice,
  currentChoice,
  readingPreferences,
  type ReadingPreference,
} from './reading-preferences.ts'

export function ReadingSettingsPanel() {
  return (
    <div className="space-y-4 text-sm">
      {readingPreferences.map((preference) => (
        <PreferenceChoice key={preference.name} preference={preference} />
      ))}
    </div>
  )
}

function PreferenceChoice({ preference }: { preference: ReadingPreference }) {
  const words = useWords()
  // The panel only ever renders in the browser, after a click, so it can read the page directly.
  const [value, setValue] = useState(() => currentChoice(preference))
  return (
    <fieldset>
      <legend className="font-semibold">{words[preference.legend]}</legend>
      {preference.options.map((option) => (
        <label key={option.value} className="mt-1 flex items-center gap-2">
          <input
            type="radio"
            name={`lede-${preference.name}`}
            value={option.value}
            checked={value === option.value}
            onChange={() => {
              applyChoice(preference, option.value)
              setValue(option.value)
            }}
          />
          {words[option.label]}
        </label>
      ))}
    </fieldset>
  )
}

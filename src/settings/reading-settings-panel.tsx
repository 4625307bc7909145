import { useWords } from '../lib/words/words-context.tsx'
import { applyChoice, readingPreferences, type ReadingPreference } from './reading-preferences.ts'
import { useChoice } from './use-choice.ts'

// Compact: each choice is a row of segments. A scale (text size, line width) reads in its order,
// smallest first, with the default in its place between the smaller and the larger.
export function ReadingSettingsPanel() {
  return (
    <div className="space-y-3 text-sm">
      {readingPreferences.map((preference) => (
        <PreferenceChoice key={preference.name} preference={preference} />
      ))}
    </div>
  )
}

function inScaleOrder(preference: ReadingPreference): ReadingPreference['options'][number][] {
  const [first, second, ...rest] = preference.options
  return first.value === 'medium' && second ? [second, first, ...rest] : [...preference.options]
}

function PreferenceChoice({ preference }: { preference: ReadingPreference }) {
  const words = useWords()
  const value = useChoice(preference)
  const options = inScaleOrder(preference)
  return (
    <fieldset>
      <legend className="mb-1 font-semibold">{words[preference.legend]}</legend>
      <div className={options.length > 2 ? 'segments' : 'segments segments-stacked'}>
        {options.map((option) => (
          <label key={option.value} className="segment">
            <input
              type="radio"
              name={`lede-${preference.name}`}
              value={option.value}
              checked={value === option.value}
              onChange={() => applyChoice(preference, option.value)}
            />
            {words[option.label]}
          </label>
        ))}
      </div>
    </fieldset>
  )
}

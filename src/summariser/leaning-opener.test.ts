// @vitest-environment node
import { expect, test } from 'vitest'
import { leaningOpener } from './leaning-opener.ts'

test('a linking word that opens a sentence leans on the one before', () => {
  expect(leaningOpener('However, the dollar fell.')).toEqual({
    kind: 'connective',
    words: 'However',
  })
  expect(leaningOpener('But calls for a shift have fallen on deaf ears.')?.kind).toBe('connective')
  expect(leaningOpener('And Alan Greenspan highlighted savings.')?.words).toBe('And')
  expect(leaningOpener('In addition, the firm cut 300 jobs.')?.words).toBe('In addition')
  expect(leaningOpener('"But we did not give up," she said.')?.words).toBe('But')
  expect(leaningOpener('So, what happens next?')?.words).toBe('So')
})

test('the same words do not lean where they do not link', () => {
  expect(leaningOpener('So far the plan has cost £8m.')).toBeNull()
  expect(leaningOpener('Still to come is the final.')).toBeNull()
  expect(leaningOpener('Andrew Smith was elected.')).toBeNull()
  expect(leaningOpener('Butter prices rose.')).toBeNull()
  expect(leaningOpener('Soon after, it rained.')).toBeNull()
  expect(leaningOpener('Instead of waiting, the club signed him.')).toBeNull()
  expect(leaningOpener('In addition to the fee, there is a bonus.')).toBeNull()
})

test('a pronoun or a reference back leans on whoever was named before', () => {
  expect(leaningOpener('He said the deficit would stabilise.')).toEqual({
    kind: 'pronoun',
    words: 'He',
  })
  expect(leaningOpener('Their shares rose 5%.')?.kind).toBe('pronoun')
  expect(leaningOpener('It said profits had doubled.')?.kind).toBe('pronoun')
  expect(leaningOpener("He's right.")?.words).toBe("He's")
  expect(leaningOpener('The company said profits had doubled.')).toEqual({
    kind: 'reference',
    words: 'The company',
  })
  expect(leaningOpener("The firm's shares rose.")?.words).toBe('The firm')
  expect(leaningOpener('The 23-year-old has a minor injury.')?.words).toBe('The 23-year-old')
  expect(leaningOpener('This is because games have improved.')?.kind).toBe('reference')
  expect(leaningOpener('Both players will miss the game.')?.kind).toBe('reference')
})

test('a quotation given to "he" or "she" leans too', () => {
  expect(leaningOpener('"We are pleased with the result," he said.')).toEqual({
    kind: 'speaker',
    words: 'he said',
  })
  expect(leaningOpener('"Prices were fair," said she.')?.kind).toBe('speaker')
  expect(leaningOpener('"Prices were fair," said Ann Reid.')).toBeNull()
})

test('a sentence that names what it is about stands alone', () => {
  expect(leaningOpener('The dollar has hit its highest level against the euro.')).toBeNull()
  expect(leaningOpener('It is thought the talks will resume.')).toBeNull()
  expect(leaningOpener("It's likely to rain.")).toBeNull()
  expect(leaningOpener('Mr Greenspan spoke in London.')).toBeNull()
  expect(leaningOpener('The Federal Reserve raised rates.')).toBeNull()
  expect(leaningOpener('The star of Day of the Jackal has died.')).toBeNull()
  expect(leaningOpener('The former head of HealthSouth was cleared.')).toBeNull()
  expect(leaningOpener('"We are ready," said the coach, Ann Reid.')).toBeNull()
  expect(leaningOpener('')).toBeNull()
})

test('only English is checked', () => {
  expect(leaningOpener('However, the dollar fell.', 'en-GB')?.kind).toBe('connective')
  expect(leaningOpener('Mais le dollar a baissé.', 'fr')).toBeNull()
})

import { expect, test } from 'vitest'
import { readByline } from './byline.ts'

test.each([
  ['By Jane Doe', 'Jane Doe'],
  ['by Jane Doe and John Smith', 'Jane Doe and John Smith'],
  ['By Jane Doe, Health Correspondent', 'Jane Doe'],
  ['Written by Ana de la Cruz', 'Ana de la Cruz'],
  ['Por María López', 'María López'],
  ['Par Jean Dupont', 'Jean Dupont'],
  ['Von Hans Müller', 'Hans Müller'],
  ['Του Γιώργου Παπαδόπουλου', 'Γιώργου Παπαδόπουλου'],
  ['بقلم أحمد خالد', 'أحمد خالد'],
])('"%s" is by %s', (line, name) => {
  expect(readByline(line)).toBe(name)
})

test.each([
  'By the end of the week the bridge had reopened',
  'by then it was late',
  'Von der Leyen spoke',
  'By',
])('"%s" is not a byline', (line) => {
  expect(readByline(line)).toBeUndefined()
})

import type { Row } from './report-format.ts'

export type Goal = { goal: string; target: string; measured: string; met: boolean }

export const goalRow = ({ goal, target, measured, met }: Goal): Row => ({
  goal,
  target,
  measured,
  met: met ? 'yes' : '**no**',
})

import type { Linter } from 'eslint'

// Lint tests probe files that do not exist, so TypeScript has no types for them: the one
// type-aware rule is switched off for the probe, every other rule is the project's own.
export const withoutTypes: Linter.Config = {
  languageOptions: { parserOptions: { projectService: false } },
  rules: { '@typescript-eslint/switch-exhaustiveness-check': 'off' },
}

import { readdirSync } from 'node:fs'
import path from 'node:path'
import js from '@eslint/js'
import globals from 'globals'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import pluginQuery from '@tanstack/eslint-plugin-query'
import importX, { createNodeResolver } from 'eslint-plugin-import-x'
import testingLibrary from 'eslint-plugin-testing-library'
import prettier from 'eslint-config-prettier'

// Article text is data, never markup: these sinks would turn it into HTML.
const htmlSinks = [
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: 'Article text is data, never markup: no dangerouslySetInnerHTML.',
  },
  {
    selector: 'MemberExpression[property.name=/^(innerHTML|outerHTML|insertAdjacentHTML)$/]',
    message: 'Article text is data, never markup: no innerHTML, outerHTML or insertAdjacentHTML.',
  },
]

// The rooms of the house (README, Layout), fenced by the linter. Every folder of src/ is one of
// these kinds; a folder named in none of the lists is an app area. The zones are globs over the
// importing file, so a new area is fenced off from the others the moment its first file exists.
const composers = ['routes'] // compose the areas into pages
const shared = ['components', 'lib'] // know nothing about any area
// Run at build time, never in the reader; they use each other as the pipeline needs.
const buildSide = ['content-build', 'summariser', 'importers', 'prerender']
// What the build side may take from the app: the shapes it writes, and what a page says of itself.
const buildSideMayUse =
  'src/articles/{article-schema,block-schema,list-schemas,picture-schema,image-path,page-data,page-meta}.ts'

const areas = readdirSync(new URL('./src', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .filter((folder) => ![...composers, ...shared, ...buildSide].includes(folder))
const allBut = (folders) => `./src/!(${folders.join('|')})/**`
const anyArea = allBut([...composers, ...shared, ...buildSide])
const topFiles = './src/*.{ts,tsx}'
const absolute = (glob) => path.join(import.meta.dirname, glob)

const zones = [
  {
    target: shared.map((folder) => `./src/${folder}`),
    from: [allBut(shared), topFiles],
    message:
      'src/components and src/lib know nothing about any area: take what is needed as props, or move this into an area.',
  },
  ...areas.map((area) => ({
    target: allBut([area, ...composers, ...shared, ...buildSide]),
    from: `./src/${area}`,
    message: `Areas do not import each other: a route composes ${area} with the others.`,
  })),
  {
    target: anyArea,
    from: [allBut([...areas, ...shared]), topFiles],
    message: 'An area uses components and lib only; routes compose, and the build side stays out.',
  },
  {
    target: [...composers.map((folder) => `./src/${folder}`), topFiles],
    from: buildSide.map((folder) => `./src/${folder}`),
    message: 'The reader never imports the build side.',
  },
  {
    target: buildSide.map((folder) => `./src/${folder}`),
    from: [allBut([...buildSide, 'lib']), topFiles],
    except: [absolute(buildSideMayUse)],
    message: 'The build side uses the article schema and page data of the app, nothing else of it.',
  },
]

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      '.content-tmp',
      'public/data',
      'test-results',
      'reports',
      'playwright-report',
      '.lighthouseci',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginQuery.configs['flat/recommended'],
  jsxA11y.flatConfigs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-syntax': ['error', ...htmlSinks],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver()],
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      'import-x/no-cycle': 'error',
    },
  },
  {
    // Tests compose like routes do: a test may render what several areas make.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: import.meta.dirname, zones }],
    },
  },
  {
    // A union switched without a default must name every member, so a new block type is an
    // error here rather than a part that renders nothing. A default says what the rest do.
    files: ['src/**/*.{ts,tsx}', 'scripts/**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true, requireDefaultForNonUnion: false },
      ],
    },
  },
  {
    files: ['src/**/*.test.{ts,tsx}'],
    ...testingLibrary.configs['flat/react'],
  },
  {
    // Playwright fixtures call a function named `use`; it is not React's hook.
    files: ['e2e/**/*.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off', 'no-empty-pattern': 'off' },
  },
  prettier,
)

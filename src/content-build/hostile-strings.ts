import fc from 'fast-check'

// Known cross-site scripting payloads, for property tests: fast-check's own strings rarely
// stumble on a working one, so the arbitraries mix these in and then disguise them.
export const xssPayloads = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  '\u0001javascript:alert(1)',
  'javascript&colon;alert(1)',
  '&#106;avascript:alert(1)',
  '&#x6A;avascript:alert(1)',
  'jav&#x09;ascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  '//evil.example/x.js',
  '\\\\evil.example\\x',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<svg onload=alert(1)>',
  '<a href="javascript:alert(1)">x</a>',
  '"><script>alert(1)</script>',
  "'><img src=x onerror=alert(1)>",
  '<!-- x --><style>*{}</style>',
  '[x](javascript:alert(1))',
  '<javascript:alert(1)>',
  '![x](javascript:alert(1))',
]

// Characters browsers skip or strip when they read a URL's scheme, and look-alikes.
const disguises = [
  '\t',
  '\n',
  '\r',
  ' ',
  '\u0000',
  '\u000b',
  '\u00a0',
  '\u00ad',
  '\u200b',
  '\ufeff',
]

const randomCase = (text: string) =>
  fc
    .array(fc.boolean(), { minLength: text.length, maxLength: text.length })
    .map((flips) =>
      [...text].map((char, i) => (flips[i] ? char.toUpperCase() : char.toLowerCase())).join(''),
    )

const withInsertions = (text: string) =>
  fc
    .array(fc.tuple(fc.nat({ max: text.length }), fc.constantFrom(...disguises)), {
      maxLength: 3,
    })
    .map((inserts) =>
      inserts.reduce((acc, [at, char]) => acc.slice(0, at) + char + acc.slice(at), text),
    )

// A known payload, in random case, with invisible characters slipped in.
export const disguisedPayload = fc
  .constantFrom(...xssPayloads)
  .chain((payload) => fc.oneof(fc.constant(payload), randomCase(payload)))
  .chain((payload) => fc.oneof(fc.constant(payload), withInsertions(payload)))

// Anything an author might write as a link target, hostile or not.
export const hrefLike = fc.oneof(
  { weight: 4, arbitrary: disguisedPayload },
  { weight: 1, arbitrary: fc.webUrl() },
  { weight: 1, arbitrary: fc.string() },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('http', 'https', 'mailto', 'ftp', 'blob', 'about'), fc.string())
      .map(([scheme, rest]) => `${scheme}:${rest}`),
  },
)

// Text an author might write, with payloads mixed in.
export const textLike = fc.oneof(
  { weight: 2, arbitrary: disguisedPayload },
  { weight: 2, arbitrary: fc.string() },
  { weight: 1, arbitrary: fc.lorem({ maxCount: 8 }) },
)

// Fixed, so a failure in CI is reproduced by running the test again.
export const propertySeed = 20261126
export const numRuns = 300

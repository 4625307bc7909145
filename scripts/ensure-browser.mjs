// Finds a Chromium for the end-to-end tests, or gets one: CHROMIUM_PATH, then Debian's
// /usr/bin/chromium, then Playwright's own browser. Where there is none it installs Debian's
// package when it can (root with apt-get), otherwise Playwright's, otherwise says what to do.
import { execSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chromium } from '@playwright/test'

const say = (message) => console.log(`browser: ${message}`)
const run = (command) => execSync(command, { stdio: 'inherit' })

function playwrightChromium() {
  try {
    const path = chromium.executablePath()
    return existsSync(path) ? path : null
  } catch {
    return null
  }
}

function find() {
  if (process.env.CHROMIUM_PATH) {
    if (existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH
    console.error(
      `browser: CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, which does not exist.`,
    )
    process.exit(1)
  }
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium'
  return playwrightChromium()
}

let found = find()
if (!found) {
  const isRoot = process.getuid?.() === 0
  const hasApt = existsSync('/usr/bin/apt-get')
  try {
    if (isRoot && hasApt) {
      say("no Chromium found; installing Debian's chromium package")
      run('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium')
    } else {
      say("no Chromium found; installing Playwright's Chromium")
      run('npx playwright install chromium')
    }
  } catch {
    // Reported below with what to do.
  }
  found = find()
}
if (!found) {
  console.error(
    'browser: no Chromium could be found or installed. Install one and run again:\n' +
      '  Debian/Ubuntu: sudo apt-get install -y chromium\n' +
      '  elsewhere:     npx playwright install chromium\n' +
      '  or point CHROMIUM_PATH at a Chromium or Chrome executable.',
  )
  process.exit(1)
}
say(found)

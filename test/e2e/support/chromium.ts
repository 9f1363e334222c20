import { existsSync } from 'node:fs'

/**
 * Playwright cannot download its own browsers here, so the journeys and the
 * bench drive Debian's chromium (`apt-get install -y chromium fonts-wqy-zenhei`;
 * the font is what renders the residents' Chinese text in screenshots).
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** Flags known to work for this Chromium in a container; --headless is added by whoever launches. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** Fails early with the fix, instead of Playwright's long "executable doesn't exist" trace. */
export const requireChromium = (): string => {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium is not at ${CHROMIUM_PATH}. Install it with \`apt-get install -y chromium fonts-wqy-zenhei\` or set CHROMIUM_PATH.`,
    )
  }
  return CHROMIUM_PATH
}

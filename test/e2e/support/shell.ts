import { expect, type Locator, type Page } from '@playwright/test'

/** Tab order in app.config.ts; by position, because the tab labels are fixed text while pages switch language. */
const TABS = { home: 0, services: 1, my: 2 } as const
export type Tab = keyof typeof TABS

/**
 * What a resident can see and tap in the H5 shell. Taro keeps earlier pages
 * of the stack in the DOM (hidden), so every lookup keeps to visible elements.
 */
export interface ShellDriver {
  page: Page
  /**
   * Loads the app at `path` (switches such as `?persona=` included) and waits
   * until Home has settled on its tiles or an error, accepting the privacy
   * notice on the way if it is shown.
   */
  launch: (path?: string) => Promise<void>
  /** Launches and waits for the catalogue's tiles on Home. */
  openHome: () => Promise<void>
  openTab: (tab: Tab) => Promise<void>
  openMiniApp: (id: string) => Promise<void>
  /** The browser's back button, once the current page has finished sliding in. */
  back: () => Promise<void>
  byTestId: (testId: string) => Locator
  /** Exact text, the way residents read it. */
  text: (text: string) => Locator
}

export const shellDriver = (page: Page): ShellDriver => {
  const byTestId = (testId: string) => page.getByTestId(testId).filter({ visible: true })
  const text = (value: string) => page.getByText(value, { exact: true }).filter({ visible: true })
  const tiles = () => page.locator('[data-testid^="mini-app-"]').filter({ visible: true }).first()
  const launch = async (path = '/') => {
    await page.goto(path)
    await expect(page).toHaveURL(/#\/pages\/home\/index/)
    const settled = page.locator('[data-testid^="mini-app-"]').or(page.getByRole('alert')).filter({ visible: true }).first()
    // First launch asks for consent to the privacy notice; the privacy journey checks the notice itself.
    const accept = page.getByRole('dialog').filter({ visible: true }).getByText('同意并继续', { exact: true })
    await expect(settled.or(accept).first()).toBeVisible()
    if (await accept.isVisible()) await accept.click()
    await expect(settled).toBeVisible()
  }
  return {
    page,
    byTestId,
    text,
    launch,
    openHome: async () => {
      await launch('/')
      await expect(tiles()).toBeVisible()
    },
    openTab: async (tab) => {
      await page.locator('.taro-tabbar__tabbar .weui-tabbar__item').nth(TABS[tab]).click()
      await expect(page).toHaveURL(new RegExp(`#/pages/${tab}/index`))
    },
    back: async () => {
      // Taro's H5 router animates a new page in; a back press mid-animation can leave no page shown.
      await expect(page.locator('.taro_page.taro_page_show.taro_page_stationed').last()).toBeAttached()
      await page.waitForTimeout(350)
      const before = page.url()
      await page.evaluate(() => window.history.back())
      await expect(page).not.toHaveURL(before)
    },
    openMiniApp: async (id) => {
      await byTestId(`mini-app-${id}`).click()
      await expect(page).toHaveURL(new RegExp(`#/mini-apps/${id}/pages/index`))
    },
  }
}

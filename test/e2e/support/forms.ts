import { expect, type Page } from '@playwright/test'
import type { ShellDriver } from './shell'

/** A tiny JPEG's bytes are not checked by the mock; its name, type and size are. */
const JPEG = Buffer.from('/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQH/wAALCAABAAEBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAACf/EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAD8AKp//2Q==', 'base64')

/**
 * Drives the form renderer in the H5 build as a resident does: boxes by their
 * field ids, Taro's pickers (tap, then 确定), the browser's file chooser.
 */
export const formDriver = (shell: ShellDriver) => {
  const { page } = shell
  const control = (id: string) => shell.byTestId(`input-${id}`).locator('input:not([type=hidden]), textarea').first()
  return {
    openTask: async (stepId: string) => {
      await shell.byTestId(`task-${stepId}`).click()
      await expect(shell.byTestId(`step-${stepId}`)).toBeVisible()
    },
    fill: (id: string, value: string) => control(id).fill(value),
    /** Taro's picker opens a sheet; 确定 takes what it shows (the first option, or today for a date). */
    pickFirst: async (id: string) => {
      await shell.byTestId(`input-${id}`).click()
      await page.locator('.weui-picker__action').filter({ visible: true, hasText: '确定' }).click()
      await expect(page.locator('.weui-picker__action').filter({ visible: true })).toHaveCount(0)
    },
    upload: async (id: string, name: string) => {
      const chooser = page.waitForEvent('filechooser')
      await shell.byTestId(`pick-${id}`).click()
      await (await chooser).setFiles({ name, mimeType: 'image/jpeg', buffer: JPEG })
      await expect(shell.byTestId(`field-${id}`).getByTestId('upload-done')).toBeVisible()
    },
    saveAndContinue: () => shell.text('保存并继续').click(),
  }
}

export const openForm = async (shell: ShellDriver, page: Page, scenarioId: string) => {
  // Home lists every registered mini-app and form scenario as a tile (Services browses the whole catalogue by category).
  await shell.openTab('home')
  await shell.byTestId(`mini-app-${scenarioId}`).click()
  await expect(page).toHaveURL(new RegExp(`#/forms/pages/tasks/index\\?scenario=${scenarioId}`))
  await expect(shell.byTestId('task-list')).toBeVisible()
}

import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { renderWithShell } from '@test/render-with-shell'
import ServicesPage from './index'

const rows = () => screen.findAllByText(/.+/, { selector: '.category-browser__name' }, { timeout: 10_000 })

describe('services page', () => {
  it('browses the category tree down to services offered in the city, and by department', async () => {
    renderWithShell(<ServicesPage />)
    const themes = await rows()
    expect(themes.length).toBeGreaterThan(5)
    await userEvent.click(themes[0])
    await userEvent.click((await rows())[0])
    await userEvent.click((await rows())[0])
    expect((await screen.findAllByTestId(/^service-/)).length).toBeGreaterThan(0)
    await userEvent.click(screen.getByText('按部门'))
    const departments = await rows()
    expect(departments.some((d) => d.textContent?.startsWith('沈阳市'))).toBe(true)
    expect(departments.some((d) => d.textContent?.startsWith('大连市'))).toBe(false)
  }, 30_000)
})

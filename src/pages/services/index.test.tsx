import { screen } from '@testing-library/react'
import { renderWithShell } from '@test/render-with-shell'
import { scenarios } from '../../../mock/generated/scenarios'
import ServicesPage from './index'

describe('services page', () => {
  it('groups mini-apps under their categories with department and description', async () => {
    renderWithShell(<ServicesPage />)
    expect(await screen.findByText('社会保障')).toBeInTheDocument()
    expect(screen.getByText('交通出行', { selector: '.services__category' })).toBeInTheDocument()
    expect(screen.getByText('医疗健康', { selector: '.services__category' })).toBeInTheDocument()
    expect(screen.getByTestId('mini-app-transport')).toHaveTextContent('辽宁省公安厅交通警察总队')
    expect(screen.getAllByText('共 1 项').length).toBeGreaterThanOrEqual(3)
  })

  it('offers every form scenario too: the shell’s renderer opens them, with no code of their own', async () => {
    renderWithShell(<ServicesPage />)
    await screen.findByText('社会保障')
    for (const id of Object.keys(scenarios)) expect(screen.getByTestId(`mini-app-${id}`)).toBeInTheDocument()
  })
})

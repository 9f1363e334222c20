import { screen } from '@testing-library/react'
import { renderWithShell } from '@test/render-with-shell'
import ServicesPage from './index'

describe('services page', () => {
  it('groups mini-apps under their categories with department and description', async () => {
    renderWithShell(<ServicesPage />)
    expect(await screen.findByText('社会保障')).toBeInTheDocument()
    expect(screen.getByText('交通出行', { selector: '.services__category' })).toBeInTheDocument()
    expect(screen.getByText('医疗健康', { selector: '.services__category' })).toBeInTheDocument()
    expect(screen.getByTestId('mini-app-transport')).toHaveTextContent('辽宁省公安厅交通警察总队')
    expect(screen.getAllByText('共 1 项')).toHaveLength(3)
  })
})

import { screen } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { renderMiniApp, server } from '@sdk/testing'
import { manifest } from '../manifest'
import HealthPage from './index'

describe('health page', () => {
  it('lists appointments with their status', async () => {
    renderMiniApp(manifest, HealthPage)
    expect(await screen.findByTestId('appointment-a-1001')).toHaveTextContent('待就诊')
    expect(screen.getByTestId('appointment-a-0987')).toHaveTextContent('已就诊')
  })

  it('says so when there are no appointments', async () => {
    server.use(http.get('*/api/health/appointments', () => HttpResponse.json([])))
    renderMiniApp(manifest, HealthPage)
    expect(await screen.findByText('暂无预约记录')).toBeInTheDocument()
  })

  it('offers a retry when the network is down', async () => {
    server.use(http.get('*/api/health/appointments', () => HttpResponse.error()))
    renderMiniApp(manifest, HealthPage)
    expect(await screen.findByText('网络连接失败，请检查网络后重试')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: '重试' })).toBeInTheDocument()
  })
})

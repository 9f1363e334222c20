import { fireEvent, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import Taro from '@tarojs/taro'
import { http, HttpResponse } from 'msw'
import { server } from '../../mock/node'
import { formEntryRoute } from '../../src/sdk/manifest/catalogue'
import FormTasksPage from '../../src/forms/pages/tasks/index'
import { renderWithShell, type ShellOptions } from '../render-with-shell'

/**
 * Drives the form renderer as a resident does: the page at the scenario's
 * entry route, fields by their test ids, pickers by their visible options.
 */
export const serveDefinition = (id: string, definition: unknown) =>
  server.use(http.get(`*/api/scenarios/${id}`, () => HttpResponse.json(definition as Record<string, unknown>)))

export const renderForm = async (scenarioId: string, options: ShellOptions = {}) => {
  await Taro.navigateTo({ url: formEntryRoute(scenarioId) })
  return renderWithShell(<FormTasksPage />, options)
}

export const openTask = async (stepId: string) => {
  await userEvent.click(await screen.findByTestId(`task-${stepId}`))
  return screen.findByTestId(`step-${stepId}`)
}

/** Types into a text-like field, or picks a date. */
export const type = (fieldId: string, value: string) => fireEvent.change(screen.getByTestId(`input-${fieldId}`), { target: { value } })

/** Picks the option whose label is shown as `label` (select and region fields). */
export const choose = (fieldId: string, label: string | RegExp) => {
  const control = screen.getByTestId(`input-${fieldId}`)
  const option = within(control).getByText(label) as HTMLOptionElement
  fireEvent.change(control, { target: { value: option.value } })
}

export const saveAndContinue = () => userEvent.click(screen.getByText(/^(保存并继续|Save and continue)$/))

/** Counts the upload requests the page sends, by idempotency key. */
export const watchUploads = () => {
  const keys: string[] = []
  server.events.on('request:start', ({ request }) => {
    if (request.method === 'POST' && new URL(request.url).pathname.endsWith('/api/uploads')) keys.push(request.headers.get('Idempotency-Key') ?? '')
  })
  return keys
}

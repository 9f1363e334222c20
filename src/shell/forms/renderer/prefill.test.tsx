import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { scenarios } from '../../../../mock/generated/scenarios'
import type { PersonaId } from '../../../../mock/personas'
import { WALLET_SEEDS } from '../../../../mock/shell/wallet-seeds'
import { switchPersona } from '@test/sdk-testing/personas'
import { openTask, renderForm } from '@test/forms/render-form'

// From the registry: a scenario whose first task prefills the resident's own data under a personal scope.
const PERSONAL = ['profile.name', 'profile.idNumber', 'profile.phone', 'profile.address']
const scenario = Object.values(scenarios).find((s) => s.audience === 'individual' && s.subject.kind === 'self' &&
  s.steps[0].fields.some((f) => f.prefill?.from === 'identity' && f.prefill.of === 'resident' && PERSONAL.includes(f.prefill.scope)))!
const step = scenario.steps[0]
const field = step.fields.find((f) => f.prefill?.from === 'identity' && PERSONAL.includes(f.prefill.scope))!

describe('prefill through the consent flow', () => {
  it('asks the resident before reading their data, then fills the box', async () => {
    await renderForm(scenario.id)
    await openTask(step.id)
    expect(screen.getByTestId(`input-${field.id}`)).toHaveValue('')
    await userEvent.click(screen.getByText('使用已实名的信息自动填写'))
    // The shell's consent prompt, once per scope the step reads, each with the scenario's declared reason.
    const scopes = new Set(step.fields.flatMap((f) => (f.prefill?.from === 'identity' && PERSONAL.includes(f.prefill.scope) ? [f.prefill.scope] : [])))
    for (let i = 0; i < scopes.size; i += 1) await userEvent.click(await screen.findByText('允许'))
    expect(await screen.findByText('已自动填写，请核对')).toBeInTheDocument()
    expect(screen.getByTestId(`input-${field.id}`)).not.toHaveValue('')
  })

  it('leaves the boxes for the resident to fill when they refuse', async () => {
    await renderForm(scenario.id)
    await openTask(step.id)
    await userEvent.click(screen.getByText('使用已实名的信息自动填写'))
    await userEvent.click(await screen.findByText('拒绝'))
    expect(await screen.findByText('您未授权，请手动填写')).toBeInTheDocument()
    expect(screen.getByTestId(`input-${field.id}`)).toHaveValue('')
  })
})

// From the registry: a scenario that prefills a field from a wallet certificate, and personas who do and do not hold it.
const withCertificate = Object.values(scenarios).find((s) => s.subject.kind === 'self' && s.steps.some((st) => st.fields.some((f) => f.prefill?.from === 'certificate')))
const certificateStep = withCertificate?.steps.find((st) => st.fields.some((f) => f.prefill?.from === 'certificate'))
const certificateField = certificateStep?.fields.find((f) => f.prefill?.from === 'certificate')
const wanted = certificateField?.prefill?.from === 'certificate' ? certificateField.prefill : undefined
const personas = Object.keys(WALLET_SEEDS) as PersonaId[]
const holder = personas.find((p) => WALLET_SEEDS[p]().some((c) => c.type === wanted?.certificate))
const nonHolder = personas.find((p) => p !== 'new-user' && !WALLET_SEEDS[p]().some((c) => c.type === wanted?.certificate))

describe('prefill from the e-certificate wallet', () => {
  it('the registry has a scenario to try it with, and personas with and without the certificate', () => {
    expect([withCertificate, certificateStep, certificateField, holder, nonHolder].every(Boolean)).toBe(true)
  })

  it('fills the field from the certificate once the resident allows the certificates scope', async () => {
    switchPersona(holder!)
    await renderForm(withCertificate!.id)
    await openTask(certificateStep!.id)
    expect(screen.getByTestId(`input-${certificateField!.id}`)).toHaveValue('')
    await userEvent.click(screen.getByText('使用已实名的信息自动填写'))
    expect(await screen.findByText('电子证照')).toBeInTheDocument()
    await userEvent.click(await screen.findByText('允许'))
    expect(await screen.findByText('已自动填写，请核对')).toBeInTheDocument()
    const held = WALLET_SEEDS[holder!]().find((c) => c.type === wanted!.certificate)!
    expect(screen.getByTestId(`input-${certificateField!.id}`)).toHaveValue(held[wanted!.attribute as 'number'])
  })

  it('leaves the field for the resident to type when they hold no such certificate', async () => {
    switchPersona(nonHolder!)
    await renderForm(withCertificate!.id)
    await openTask(certificateStep!.id)
    await userEvent.click(screen.getByText('使用已实名的信息自动填写'))
    await userEvent.click(await screen.findByText('允许'))
    expect(await screen.findByText('已自动填写，请核对')).toBeInTheDocument()
    expect(screen.getByTestId(`input-${certificateField!.id}`)).toHaveValue('')
  })
})

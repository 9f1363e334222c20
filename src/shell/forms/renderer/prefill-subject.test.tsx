import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { switchPersona } from '@test/sdk-testing/personas'
import { openTask, renderForm } from '@test/forms/render-form'
import { scenarios } from '../../../../mock/generated/scenarios'
import { familyStore } from '../../../../mock/shell/family'
import { residentStore } from '../../../../mock/shell/resident-store'
import { restoredSession } from '../../identity/session-slice'

// From the registry: a family-member scenario that prefills the member's data in one step and the resident's own in another.
const identityPrefill = (of: 'resident' | 'subject') => (f: { prefill?: { from: string; of?: string; attribute?: string } }) =>
  f.prefill?.from === 'identity' && f.prefill.of === of && f.prefill.attribute === 'name'
const scenario = Object.values(scenarios).find((s) => s.subject.kind === 'family-member' &&
  s.steps.some((st) => st.fields.some(identityPrefill('subject'))) && s.steps.some((st) => st.fields.some(identityPrefill('resident'))))
const subjectStep = scenario?.steps.find((st) => st.fields.some(identityPrefill('subject')))
const residentStep = scenario?.steps.find((st) => st.fields.some(identityPrefill('resident')))

/** Signed in as the parent persona, acting for their first family member, as 为TA办理 leaves the session. */
const renderActing = async () => {
  switchPersona('parent')
  const member = familyStore.data.members[0]
  await renderForm(scenario!.id, { preloadedState: { session: { ...restoredSession(), privacyAccepted: true, actingFor: { id: member.id, displayName: member.displayName } } } })
  return member
}

const allowEvery = async () => {
  // One prompt per scope the step reads; each is answered before the next appears.
  while (await screen.findByText('允许', {}, { timeout: 1000 }).catch(() => undefined)) await userEvent.click(screen.getByText('允许'))
}

describe("prefill of the family member acted for, beside the resident's own", () => {
  it('the registry has such a scenario', () => {
    expect(scenario && subjectStep && residentStep).toBeTruthy()
  })

  it("fills the member's name under the family grant", async () => {
    const member = await renderActing()
    await openTask(subjectStep!.id)
    await userEvent.click(screen.getByText('使用已实名的信息自动填写'))
    expect(await screen.findByText('为家人办理')).toBeInTheDocument()
    await allowEvery()
    expect(await screen.findByText('已自动填写，请核对')).toBeInTheDocument()
    const field = subjectStep!.fields.find(identityPrefill('subject'))!
    expect(screen.getByTestId(`input-${field.id}`)).toHaveValue(member.person.name)
  })

  it("fills the resident's own name with theirs, never the member's, while acting for the member", async () => {
    const member = await renderActing()
    await openTask(residentStep!.id)
    await userEvent.click(screen.getByText('使用已实名的信息自动填写'))
    await allowEvery()
    expect(await screen.findByText('已自动填写，请核对')).toBeInTheDocument()
    const field = residentStep!.fields.find(identityPrefill('resident'))!
    expect(screen.getByTestId(`input-${field.id}`)).toHaveValue(residentStore.data.identity.name)
    expect(screen.getByTestId(`input-${field.id}`)).not.toHaveValue(member.person.name)
  })
})

/** @jest-environment node */
import { expiryReminders } from './expiry-reminders'
import { WALLET_SEEDS } from './wallet-seeds'

const at = (isoDate: string) => Date.parse(`${isoDate}T12:00:00+08:00`)

describe('certificate-expiry reminders come from the wallet', () => {
  const permit = WALLET_SEEDS.patient().find((c) => c.type === 'residence-permit')!

  it('sends none while every certificate has more than 90 days left', () => {
    expect(expiryReminders('patient', at('2026-11-25')).map((m) => m.id)).not.toContain('m-expiry-residence-permit')
  })

  it('reminds once a certificate is within 90 days, dated the day it entered that window, and opens it in the wallet', () => {
    const [reminder] = expiryReminders('patient', at('2028-07-15')).filter((m) => m.id === 'm-expiry-residence-permit')
    expect(permit.validUntil).toBe('2028-08-31')
    expect(reminder).toMatchObject({ kind: 'certificate-expiry', title: '居住证即将到期', read: false, sentAt: '2028-06-02T09:00:00+08:00', target: { kind: 'certificate', type: 'residence-permit' } })
    expect(reminder.body).toContain('2028-08-31')
  })

  it('says a certificate has run out once it has', () => {
    const [reminder] = expiryReminders('patient', at('2028-09-05')).filter((m) => m.id === 'm-expiry-residence-permit')
    expect(reminder).toMatchObject({ title: '居住证已过期' })
  })

  it("gives the driver, whose licence runs out within weeks, today's reminder", () => {
    expect(expiryReminders('driver').map((m) => m.title)).toEqual(['机动车驾驶证即将到期'])
  })
})

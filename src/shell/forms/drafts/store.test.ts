import Taro from '@tarojs/taro'
import { DRAFT_TTL_DAYS, draftKey, type DraftRef } from './draft'
import { DraftQuotaError, DraftStorageError } from './errors'
import type { DraftStorage } from './storage'
import { createDraftStore } from './store'

const DAY = 24 * 60 * 60 * 1000
const title = { 'zh-CN': '示例一件事', en: 'Sample one-stop' }
const definition = { version: '1.0.0', title }
const ref: DraftRef = { residentKey: 'r-1', scenarioId: 'sample-one-stop' }

/** A clock the test moves; the store reads it on every save. */
const clock = (start = Date.UTC(2026, 10, 24, 8)) => {
  let at = start
  return { now: () => new Date(at), advance: (ms: number) => (at += ms) }
}

describe('the drafts store', () => {
  it('starts a fresh draft at the task list and writes nothing until the first save', () => {
    const session = createDraftStore({ storage: Taro }).open(ref, definition)
    expect(session.draft).toMatchObject({ scenarioId: 'sample-one-stop', position: { view: 'task-list' }, answers: {}, uploads: {} })
    expect(Taro.getStorageSync(draftKey(ref))).toBe('')
  })

  it('resumes where the resident was after the app is killed (a new store over the same storage)', () => {
    const first = createDraftStore({ storage: Taro }).open(ref, definition)
    first.update((d) => ({ ...d, answers: { name: '张晓明', age: 30 }, savedSteps: ['about-you'], position: { view: 'step', stepId: 'details' } }))
    first.update((d) => ({ ...d, position: { view: 'check-answers' } }))

    const reopened = createDraftStore({ storage: Taro }).open(ref, definition)
    expect(reopened.draft).toMatchObject({ answers: { name: '张晓明', age: 30 }, savedSteps: ['about-you'], position: { view: 'check-answers' } })
    expect(reopened.state.answers).toEqual({ name: '张晓明', age: 30 })
  })

  it('keeps one draft per resident, scenario and subject', () => {
    const store = createDraftStore({ storage: Taro })
    store.open(ref, definition).update((d) => ({ ...d, answers: { name: '本人' } }))
    store.open({ ...ref, subjectKey: 'fm-1' }, definition).update((d) => ({ ...d, answers: { name: '孩子' } }))
    store.open({ ...ref, residentKey: 'r-2' }, definition).update((d) => ({ ...d, answers: { name: '别人' } }))
    expect(store.load(ref)?.answers).toEqual({ name: '本人' })
    expect(store.load({ ...ref, subjectKey: 'fm-1' })?.answers).toEqual({ name: '孩子' })
    expect(store.list('r-1').map((d) => d.ref.subjectKey ?? 'self').sort()).toEqual(['fm-1', 'self'])
    expect(draftKey({ residentKey: 'a:b', scenarioId: 'c' })).not.toBe(draftKey({ residentKey: 'a', scenarioId: 'b:c' }))
  })

  it('refuses a draft over 1 MB with a DraftQuotaError and keeps the last save', () => {
    const session = createDraftStore({ storage: Taro }).open(ref, definition)
    session.update((d) => ({ ...d, answers: { name: '张晓明' } }))
    // Chinese text is 3 bytes a character in UTF-8: 350,000 characters are about 1.05 MB.
    const error = (() => {
      try {
        session.update((d) => ({ ...d, answers: { ...d.answers, notes: '办'.repeat(350_000) } }))
      } catch (e: unknown) {
        return e
      }
    })()
    expect(error).toBeInstanceOf(DraftQuotaError)
    expect(error).toMatchObject({ limit: 'entry', residentMessage: { 'zh-CN': expect.stringContaining('之前保存的内容仍在') } })
    expect(session.draft.answers).toEqual({ name: '张晓明' })
    expect(createDraftStore({ storage: Taro }).load(ref)?.answers).toEqual({ name: '张晓明' })
  })

  it('refuses a save that would pass the 10 MB of all storage, and keeps the last save', () => {
    const session = createDraftStore({ storage: Taro }).open(ref, definition)
    session.update((d) => ({ ...d, answers: { name: '张晓明' } }))
    for (let i = 0; i < 10; i += 1) Taro.setStorageSync(`other-app:${i}`, 'x'.repeat(1040 * 1000))
    expect(() => session.update((d) => ({ ...d, answers: { ...d.answers, notes: 'x'.repeat(300 * 1000) } }))).toThrow(
      expect.objectContaining({ name: 'DraftQuotaError', limit: 'total' }),
    )
    expect(createDraftStore({ storage: Taro }).load(ref)?.answers).toEqual({ name: '张晓明' })
  })

  it("turns the platform's own quota failure into a DraftQuotaError (H5 reports no sizes)", () => {
    const stored = new Map<string, unknown>()
    const h5: DraftStorage = {
      getStorageSync: (key) => stored.get(key) ?? '',
      setStorageSync: (key, value) => {
        if (stored.size > 0) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
        stored.set(key, value)
      },
      removeStorageSync: (key) => void stored.delete(key),
      getStorageInfoSync: () => ({ keys: [...stored.keys()], currentSize: NaN, limitSize: NaN }),
    }
    const session = createDraftStore({ storage: h5 }).open(ref, definition)
    session.update((d) => ({ ...d, answers: { name: '张晓明' } }))
    expect(() => session.update((d) => ({ ...d, answers: { name: '李娜' } }))).toThrow(expect.objectContaining({ limit: 'platform' }))
    expect(createDraftStore({ storage: h5 }).load(ref)?.answers).toEqual({ name: '张晓明' })
  })

  it('reports any other failed write as a DraftStorageError, not a quota problem', () => {
    const broken: DraftStorage = { ...Taro, setStorageSync: () => { throw { errMsg: 'setStorageSync:fail internal error' } } }
    expect(() => createDraftStore({ storage: broken }).open(ref, definition).update((d) => d)).toThrow(DraftStorageError)
  })

  it('lists drafts newest first, warns before they expire and removes expired ones', () => {
    const time = clock()
    const store = createDraftStore({ storage: Taro, now: time.now })
    store.open({ ...ref, scenarioId: 'old-one' }, definition).update((d) => d)
    time.advance(10 * DAY)
    store.open(ref, definition).update((d) => ({ ...d, savedSteps: ['about-you'] }))
    expect(store.list('r-1').map((d) => [d.ref.scenarioId, d.status, d.daysLeft])).toEqual([
      ['sample-one-stop', 'active', 30],
      ['old-one', 'active', 20],
    ])
    time.advance(17.5 * DAY) // old-one: 2.5 days left
    expect(store.list('r-1').find((d) => d.ref.scenarioId === 'old-one')).toMatchObject({ status: 'expiring', daysLeft: 3 })
    time.advance(3 * DAY)
    expect(store.list('r-1').map((d) => d.ref.scenarioId)).toEqual(['sample-one-stop'])
    expect(Taro.getStorageSync(draftKey({ ...ref, scenarioId: 'old-one' }))).toBe('')
  })

  it('does not resume an expired draft, and keeps a draft alive by saving it', () => {
    const time = clock()
    const store = createDraftStore({ storage: Taro, now: time.now })
    store.open(ref, definition).update((d) => ({ ...d, answers: { name: '张晓明' } }))
    time.advance((DRAFT_TTL_DAYS - 1) * DAY)
    store.open(ref, definition).update((d) => d)
    time.advance((DRAFT_TTL_DAYS - 1) * DAY)
    expect(store.load(ref)?.answers).toEqual({ name: '张晓明' })
    time.advance(2 * DAY)
    expect(store.open(ref, definition).draft.answers).toEqual({})
  })

  it('skips what it cannot read instead of failing the list', () => {
    Taro.setStorageSync(`${draftKey(ref)}x`, '{not json')
    Taro.setStorageSync(draftKey({ ...ref, scenarioId: 'newer' }), JSON.stringify({ v: 2 }))
    expect(createDraftStore({ storage: Taro }).list('r-1')).toEqual([])
  })
})

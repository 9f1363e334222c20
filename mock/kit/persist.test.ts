import { uploadsStore } from '../shell/uploads'
import { setPersistence } from './domain-store'
import { browserPersistence, forgetKept, keepPersona } from './persist'
import { applyStartupSwitches } from './session'
import { getMockState, resetMockData } from './state'

const upload = { fileId: 'file-kept', name: '身份证.jpg', type: 'image/jpeg', size: 3, receivedAt: '2026-11-24T10:00:00Z' }
/** What a reload does to the mock: its modules start again, so every domain seeds anew (here: a new generation). */
const reload = () => resetMockData(getMockState().persona)

beforeEach(() => setPersistence(browserPersistence))
afterEach(() => {
  setPersistence(undefined)
  forgetKept()
})

describe('the H5 mock keeps a persona’s data across a reload', () => {
  it('gives back what was changed, for that persona only', () => {
    uploadsStore.data.byKey['up-1'] = upload
    keepPersona('resident')
    reload()
    expect(uploadsStore.data.byKey['up-1']).toEqual(upload)
    resetMockData('driver')
    expect(uploadsStore.data.byKey).toEqual({})
  })

  it('keeps domains untouched since the reload as they were kept', () => {
    uploadsStore.data.byKey['up-1'] = upload
    keepPersona('resident')
    reload()
    // Nothing read the uploads since the reload; keeping again must not drop them.
    keepPersona('resident')
    reload()
    expect(uploadsStore.data.byKey['up-1']).toEqual(upload)
  })

  it('starts from the seed after a reset, or with reset=1 in the address', () => {
    uploadsStore.data.byKey['up-1'] = upload
    keepPersona('resident')
    forgetKept('resident')
    reload()
    expect(uploadsStore.data.byKey).toEqual({})

    uploadsStore.data.byKey['up-2'] = upload
    keepPersona('resident')
    expect(applyStartupSwitches('http://127.0.0.1:10086/?reset=1')).toBeUndefined()
    reload()
    expect(uploadsStore.data.byKey).toEqual({})
    expect(window.location.search).not.toContain('reset')
  })

  it('refuses a reset switch it does not understand, and starts anyway', () => {
    expect(applyStartupSwitches('http://127.0.0.1:10086/?reset=all')).toBe('reset takes 1, e.g. reset=1, not "all"')
  })
})

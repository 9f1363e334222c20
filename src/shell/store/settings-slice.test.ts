import Taro from '@tarojs/taro'

const KEY = 'shell.settings'

/** The settings module as on H5, where English is not loaded until its chunk arrives. */
const settingsOnH5 = (): typeof import('./settings-slice') => {
  let loaded: typeof import('./settings-slice') | undefined
  jest.isolateModules(() => {
    jest.doMock('@tarojs/taro', () => ({ __esModule: true, default: Taro }))
    jest.doMock('../i18n/dictionaries', () => jest.requireActual('../i18n/dictionaries.h5'))
    loaded = jest.requireActual<typeof import('./settings-slice')>('./settings-slice')
  })
  if (!loaded) throw new Error('settings-slice did not load')
  return loaded
}

describe('settings while the chosen language is still arriving (H5)', () => {
  it('starts in Chinese, and turning elder mode on keeps the resident’s English choice for when it arrives', () => {
    const { changeElderMode, restoredSettings, settingsSlice, storedLocale } = settingsOnH5()
    Taro.setStorageSync(KEY, { locale: 'en', elderMode: false })
    let state = { settings: restoredSettings() }
    expect(state.settings).toEqual({ locale: 'zh-CN', elderMode: false })

    const dispatch = (action: unknown) => void (state = { settings: settingsSlice.reducer(state.settings, action as never) })
    changeElderMode(true)(dispatch, () => state)
    expect(state.settings).toEqual({ locale: 'zh-CN', elderMode: true })
    expect(Taro.getStorageSync(KEY)).toEqual({ locale: 'en', elderMode: true })
    expect(storedLocale()).toBe('en')
  })
})

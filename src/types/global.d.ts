/// <reference types="@testing-library/jest-dom" />
/// <reference types="@tarojs/taro" />

declare module '*.png'
declare module '*.svg'
declare module '*.css'
declare module '*.scss'

declare namespace NodeJS {
  interface ProcessEnv {
    NODE_ENV: 'development' | 'production' | 'test'
    /** The target being built; Taro replaces it at build time. */
    TARO_ENV: 'weapp' | 'h5' | 'rn' | undefined
    /** `on` when the build talks to the built-in MSW mock backend (see config/mock-settings.ts). */
    TARO_APP_MOCK?: 'on' | 'off'
    /** Base URL of the government-service API, without a trailing slash. */
    TARO_APP_API_BASE?: string
  }
}

import type { UserConfigExport } from '@tarojs/cli'

export const devConfig: UserConfigExport<'webpack5'> = {
  logger: { quiet: false, stats: true },
  mini: {},
  h5: {},
}

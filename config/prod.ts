import type { UserConfigExport } from '@tarojs/cli'

export const prodConfig: UserConfigExport<'webpack5'> = {
  mini: {},
  h5: {},
}

/**
 * weapp, RN and Jest: nothing to start here. The H5 build resolves
 * `mock-backend.h5.ts` instead (Taro picks files by target suffix).
 */
export const startMockBackend = (): void => {}

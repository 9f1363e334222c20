/**
 * H5 and RN have no platform face check here: the verify page shows the mock
 * camera, which reports its outcome to the sandbox face service. weapp uses
 * face-check.weapp.ts (Taro picks files by target suffix).
 */
export const platformFaceCheck: ((verifyId: string) => Promise<void>) | undefined = undefined

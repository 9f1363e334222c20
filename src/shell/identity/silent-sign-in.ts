/**
 * How the session is re-established after a restart when no refresh token is
 * kept: on H5 and RN the refresh token is kept, so there is nothing to do here.
 * (weapp uses silent-sign-in.weapp.ts: Taro picks files by target suffix.)
 */
export const silentSignIn: ((baseUrl: string) => Promise<{ accessToken: string; refreshToken: string; expiresInSec: number } | undefined>) | undefined = undefined

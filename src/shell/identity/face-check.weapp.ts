declare const wx: { requestFacialVerify: (options: { verifyId: string; success: () => void; fail: (e: { errMsg?: string }) => void }) => void }

/**
 * WeChat's face verification (人脸核身 2.0, base library 3.8.12+). Taro does
 * not wrap it yet. Success here only means the check finished: the server
 * asks WeChat (queryVerifyInfo) for the real result.
 */
export const platformFaceCheck = (verifyId: string): Promise<void> =>
  new Promise((resolve, reject) => wx.requestFacialVerify({ verifyId, success: () => resolve(), fail: (e) => reject(new Error(e.errMsg ?? 'requestFacialVerify:fail')) }))

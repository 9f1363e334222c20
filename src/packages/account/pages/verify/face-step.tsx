import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { isApiError } from '../../../../shell/api/errors'
import { platformFaceCheck } from '../../../../shell/identity/face-check'
import { useFaceCheckResultMutation, useReportSandboxFaceMutation, useStartFaceCheckMutation } from '../../../../shell/identity/identity-api'
import { describeApiError, useText } from '../../../../shell/i18n/text'
import { ActionButton } from '../../../../shell/ui/action-button'
import { useAccountText } from '../../../../shell/identity/account-text'

/**
 * L3: the server issues a verify id, the platform runs the face check
 * (WeChat's on weapp, a mock camera on H5 and RN), then the server asks the
 * face service for the result; only that answer raises the level.
 */
export function FaceStep() {
  const text = useText()
  const account = useAccountText()
  const [verifyId, setVerifyId] = useState<string>()
  const [message, setMessage] = useState('')
  const [start] = useStartFaceCheckMutation()
  const [report] = useReportSandboxFaceMutation()
  const [confirm] = useFaceCheckResultMutation()
  const explain = (error: unknown) => setMessage(isApiError(error) ? describeApiError(error, text) : text.errors.server)

  const finish = async (id: string) => {
    const result = await confirm(id)
    if ('error' in result) explain(result.error)
    setVerifyId(undefined)
  }
  const begin = async () => {
    setMessage('')
    const started = await start()
    if ('error' in started) return explain(started.error)
    if (!platformFaceCheck) return setVerifyId(started.data.verifyId)
    await platformFaceCheck(started.data.verifyId).catch(() => undefined)
    await finish(started.data.verifyId)
  }
  const mockOutcome = async (passed: boolean) => {
    if (!verifyId) return
    await report({ verifyId, passed })
    await finish(verifyId)
  }

  return (
    <View className='verify__card'>
      <Text className='verify__step'>{account.verify.faceStep}</Text>
      {verifyId ? (
        <View className='verify__camera' aria-label={account.verify.mockCamera}>
          <Text className='verify__camera-text'>{account.verify.mockCamera}</Text>
          <ActionButton onClick={() => mockOutcome(true)}>{account.verify.mockPass}</ActionButton>
          <ActionButton kind='secondary' onClick={() => mockOutcome(false)}>{account.verify.mockFail}</ActionButton>
        </View>
      ) : (
        <ActionButton onClick={begin}>{account.verify.startFace}</ActionButton>
      )}
      {message && <View role='status'><Text className='verify__message'>{message}</Text></View>}
    </View>
  )
}

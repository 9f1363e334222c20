import { useState } from 'react'
import { Text, Textarea, View } from '@tarojs/components'
import { Button } from '../../sdk/ui/button'
import { InlineStatus } from '../../sdk/ui/inline-status'
import { randomUploadKey } from '../forms/drafts/coordinator'
import { pickFiles } from '../forms/ui/pick-file'
import { useErrorMessage } from '../i18n/error-message'
import { useAnswerMoreInfoMutation, useUploadCaseFileMutation, type Case } from './cases-api'
import { useCasesText } from './cases-text'

type Upload = { state: 'idle' } | { state: 'uploading' } | { state: 'failed' }

/**
 * Answers the department's request from the case itself: a few words, photos
 * of documents (uploaded through /uploads first, sent by id), or both.
 */
export function MoreInfoForm({ item, onSent }: { item: Case; onSent: () => void }) {
  const words = useCasesText().moreInfo
  const errorMessage = useErrorMessage()
  const [answer, setAnswer] = useState('')
  const [fileIds, setFileIds] = useState<string[]>([])
  const [upload, setUpload] = useState<Upload>({ state: 'idle' })
  const [problem, setProblem] = useState<string>()
  const [uploadFile] = useUploadCaseFileMutation()
  const [send, sending] = useAnswerMoreInfoMutation()

  const addPhotos = async () => {
    const files = await pickFiles('photo', 3)
    if (files.length === 0) return
    setUpload({ state: 'uploading' })
    try {
      const sent = await Promise.all(files.map((f) =>
        uploadFile({ key: randomUploadKey(), file: { name: f.name, type: f.type as 'image/jpeg', size: f.size, reference: f.path.slice(0, 200) } }).unwrap()))
      setFileIds((ids) => [...ids, ...sent.map((s) => s.fileId)])
      setUpload({ state: 'idle' })
    } catch {
      // The gateway refused or could not be reached: the resident tries again.
      setUpload({ state: 'failed' })
    }
  }

  const submit = async () => {
    const text = answer.trim()
    if (!text && fileIds.length === 0) return setProblem(words.needSomething)
    setProblem(undefined)
    try {
      await send({ id: item.id, ...(text ? { text } : {}), ...(fileIds.length ? { fileIds } : {}) }).unwrap()
      onSent()
    } catch (e: unknown) {
      setProblem(errorMessage(e))
    }
  }

  return (
    <View className='cases__section' data-testid='more-info-form'>
      <Text className='cases__line'>{words.label}</Text>
      <Textarea className='cases__textarea' value={answer} maxlength={500} placeholder={words.placeholder} aria-label={words.label}
        onInput={(e) => setAnswer(e.detail.value)} />
      <Button kind='secondary' disabled={upload.state === 'uploading'} onClick={addPhotos}>{words.addPhoto}</Button>
      {upload.state === 'uploading' && <InlineStatus message={words.uploading} />}
      {upload.state === 'failed' && <InlineStatus kind='error' message={words.uploadFailed} />}
      {fileIds.length > 0 && <Text className='cases__line' data-testid='more-info-files'>{words.files(fileIds.length)}</Text>}
      {problem && <InlineStatus kind='error' message={problem} />}
      <Button disabled={sending.isLoading} onClick={submit}>{words.submit}</Button>
    </View>
  )
}

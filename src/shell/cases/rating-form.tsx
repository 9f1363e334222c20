import { useState } from 'react'
import { Text, Textarea, View } from '@tarojs/components'
import { Button } from '../../sdk/ui/button'
import { Chip } from '../../sdk/ui/chip'
import { InlineStatus } from '../../sdk/ui/inline-status'
import { useErrorMessage } from '../i18n/error-message'
import { RATING_REASONS, useRateCaseMutation, type Case, type RatingReason } from './cases-api'
import { useCasesText } from './cases-text'

const LEVELS = [5, 4, 3, 2, 1]
/** 差评: levels 1 and 2 need a reason from the fixed list (the server checks it too). */
const isBad = (level: number) => level <= 2

/** 好差评, asked once when a case is completed: five levels, a comment, and a reason for the two bad ones. */
export function RatingForm({ item }: { item: Case }) {
  const words = useCasesText().rating
  const errorMessage = useErrorMessage()
  const [level, setLevel] = useState<number>()
  const [reason, setReason] = useState<RatingReason>()
  const [comment, setComment] = useState('')
  const [problem, setProblem] = useState<string>()
  const [rate, rating] = useRateCaseMutation()

  const submit = async () => {
    if (level === undefined) return setProblem(words.chooseLevel)
    if (isBad(level) && !reason) return setProblem(words.chooseReason)
    if (isBad(level) && reason === 'other' && !comment.trim()) return setProblem(words.commentRequired)
    setProblem(undefined)
    try {
      await rate({ id: item.id, level, ...(comment.trim() ? { comment: comment.trim() } : {}), ...(isBad(level) && reason ? { reason } : {}) }).unwrap()
    } catch (e: unknown) {
      setProblem(errorMessage(e))
    }
  }

  return (
    <View className='cases__section' data-testid='rating-form'>
      <Text className='cases__line'>{words.ask}</Text>
      <View className='cases__filters' role='radiogroup' aria-label={words.title}>
        {LEVELS.map((n) => (
          <Chip key={n} label={`${words.level(n)} ${words.levels[n - 1]}`} selected={level === n} onChange={() => setLevel(n)} />
        ))}
      </View>
      {level !== undefined && isBad(level) && (
        <View className='cases__filters' role='radiogroup' aria-label={words.reason} data-testid='rating-reasons'>
          <Text className='cases__filter-label'>{words.reason}</Text>
          {RATING_REASONS.map((r) => <Chip key={r} label={words.reasons[r]} selected={reason === r} onChange={() => setReason(r)} />)}
        </View>
      )}
      <Text className='cases__line'>{words.comment}</Text>
      <Textarea className='cases__textarea' value={comment} maxlength={300} aria-label={words.comment} onInput={(e) => setComment(e.detail.value)} />
      {problem && <InlineStatus kind='error' message={problem} />}
      <Button disabled={rating.isLoading} onClick={submit}>{words.submit}</Button>
    </View>
  )
}

/** A rating given: shown on the case from then on, never asked again. */
export function RatingView({ item }: { item: Case }) {
  const words = useCasesText()
  const given = item.rating
  if (!given) return null
  return (
    <View className='cases__section' data-testid='rating-given'>
      <Text className='cases__line'>{`${words.rating.yours}：${words.rating.level(given.level)} ${words.rating.levels[given.level - 1]}`}</Text>
      {given.reason && <Text className='cases__line'>{words.rating.reasons[given.reason]}</Text>}
      {given.comment && <Text className='cases__line'>{given.comment}</Text>}
      {item.followUp && (
        <View className='cases__section' data-testid='follow-up'>
          <Text className='cases__line'>{words.followUp.title}</Text>
          {item.followUp.status === 'open' || !item.followUp.answer
            ? <InlineStatus message={words.followUp.open} />
            : <InlineStatus kind='success' message={`${words.followUp.answered(item.followUp.department)}：${item.followUp.answer}`} />}
        </View>
      )}
    </View>
  )
}

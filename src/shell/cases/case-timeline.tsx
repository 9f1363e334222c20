import { Text, View } from '@tarojs/components'
import type { CaseStep } from './cases-api'
import './cases.scss'

const when = (iso: string) => {
  const d = new Date(iso)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`
}

/** A case's steps, newest first: when, which department, what it said. */
export function CaseTimeline({ steps, testId }: { steps: CaseStep[]; testId: string }) {
  return (
    <View className='case-timeline' data-testid={testId} role='list'>
      {[...steps].reverse().map((step, i) => (
        <View key={`${step.at}-${i}`} className={i === 0 ? 'case-timeline__step case-timeline__step--latest' : 'case-timeline__step'} role='listitem'>
          <Text className='case-timeline__when'>{`${when(step.at)} · ${step.department}`}</Text>
          <Text className='case-timeline__message'>{step.message}</Text>
        </View>
      ))}
    </View>
  )
}

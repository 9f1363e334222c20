import { Text, View } from '@tarojs/components'
import type { Scenario } from '../../../sdk/scenario'
import { useLocale } from '../../i18n/text'
import { ActionButton } from '../../ui/action-button'
import type { TaskList } from '../engine'
import { useFormsText } from './forms-text'

/**
 * GOV.UK's task list: each shown step with its status; a step waiting for
 * others says "cannot start yet" and what to finish first, and cannot be opened.
 */
export function TaskListView({ scenario, list, onOpen, onCheck }: { scenario: Scenario; list: TaskList; onOpen(stepId: string): void; onCheck(): void }) {
  const text = useFormsText()
  const locale = useLocale()
  const titleOf = (stepId: string) => scenario.steps.find((s) => s.id === stepId)?.title[locale] ?? stepId
  const { min, max, unit } = scenario.timeLimit
  return (
    <View className='form-page' data-testid='task-list'>
      <Text className='form-page__title'>{scenario.title[locale]}</Text>
      <Text className='form-page__lead'>{scenario.summary[locale]}</Text>
      <View className='form-page__items'>
        <Text className='form-page__caption'>{text.items}</Text>
        {scenario.items.map((item) => (
          <Text key={item.id} className='form-page__item'>{item.name[locale]} · {item.department[locale]}</Text>
        ))}
        <Text className='form-page__caption'>{text.timeLimit(min ?? max, max, text.units[unit] ?? unit)}</Text>
      </View>
      <Text className='form-page__caption' data-testid='task-progress'>{text.progress(list.completed, list.tasks.length)}</Text>
      {list.tasks.map((task) => {
        const blocked = task.status === 'cannot-start-yet'
        return (
          <View
            key={task.stepId}
            className={`form-task${blocked ? ' form-task--blocked' : ''}`}
            data-testid={`task-${task.stepId}`}
            onClick={blocked ? undefined : () => onOpen(task.stepId)}
          >
            <View className='form-task__main'>
              <Text className={blocked ? 'form-task__title' : 'form-task__title form-task__title--link'}>{task.title[locale]}</Text>
              {blocked ? <Text className='form-task__hint'>{text.waitingFor(task.waitingFor.map(titleOf).join('、'))}</Text> : null}
            </View>
            <Text className={`form-task__status form-task__status--${task.status}`} data-testid={`status-${task.stepId}`}>{text.status[task.status]}</Text>
          </View>
        )
      })}
      {list.ready ? <ActionButton onClick={onCheck}>{text.checkAnswers}</ActionButton> : null}
    </View>
  )
}

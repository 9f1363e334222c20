import { readFileSync } from 'node:fs'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import * as Components from '@tarojs/components'

/** Every component Taro's React typings export (`export { Name } from './Name'`). */
const taroComponents = (): string[] => {
  const index = readFileSync(require.resolve('@tarojs/components/types/index.d.ts'), 'utf8')
  return [...index.matchAll(/^export \{ (\w+) \} from/gm)].map((m) => m[1])
}

const byName = Components as unknown as Record<string, unknown>

describe('the @tarojs/components stand-ins', () => {
  it('cover every component a page may use', () => {
    const names = taroComponents()
    expect(names.length).toBeGreaterThan(90)
    const missing = names.filter((name) => {
      try {
        // A function component, or a forwardRef one (an object React renders).
        const component = byName[name]
        return !(typeof component === 'function' || (typeof component === 'object' && component !== null && '$$typeof' in component))
      } catch {
        return true
      }
    })
    expect(missing).toEqual([])
  })

  it('fail on an unknown component with its name and where to add it', () => {
    expect(() => byName.HoloDeck).toThrow('@tarojs/components has no Jest stand-in for <HoloDeck>: add one in test/taro/stand-ins/')
  })

  it('report a selector Picker choice as its index, like Taro', async () => {
    const picked: unknown[] = []
    const { Picker, View } = Components
    render(
      <Picker mode='selector' range={['沈阳', '大连']} value={0} aria-label='城市' onChange={(e) => picked.push(e.detail.value)}>
        <View>choose</View>
      </Picker>,
    )
    await userEvent.selectOptions(screen.getByLabelText('城市'), '大连')
    expect(picked).toEqual([1])
  })

  it('report a date Picker choice as YYYY-MM-DD', async () => {
    const picked: unknown[] = []
    const { Picker } = Components
    render(<Picker mode='date' value='' aria-label='日期' onChange={(e) => picked.push(e.detail.value)} />)
    await userEvent.type(screen.getByLabelText('日期'), '2024-05-06')
    expect(picked.at(-1)).toBe('2024-05-06')
  })

  it('report checkbox and radio groups as Taro does', async () => {
    const seen: unknown[] = []
    const { Checkbox, CheckboxGroup, Radio, RadioGroup } = Components
    render(
      <>
        <CheckboxGroup onChange={(e) => seen.push(e.detail.value)}>
          <Checkbox value='a'>A</Checkbox>
          <Checkbox value='b'>B</Checkbox>
        </CheckboxGroup>
        <RadioGroup onChange={(e) => seen.push(e.detail.value)}>
          <Radio value='x'>X</Radio>
          <Radio value='y'>Y</Radio>
        </RadioGroup>
      </>,
    )
    await userEvent.click(screen.getByLabelText('A'))
    await userEvent.click(screen.getByLabelText('B'))
    await userEvent.click(screen.getByLabelText('X'))
    await userEvent.click(screen.getByLabelText('Y'))
    expect(seen).toEqual([['a'], ['a', 'b'], 'x', 'y'])
    expect(screen.getByLabelText('X')).not.toBeChecked()
  })

  it('submit a Form with its named controls', async () => {
    const submitted: unknown[] = []
    const { Button, Form, Input, Switch } = Components
    render(
      <Form onSubmit={(e) => submitted.push(e.detail.value)}>
        <Input name='phone' value='138' />
        <Switch name='agree' checked />
        <Button formType='submit'>go</Button>
      </Form>,
    )
    await userEvent.click(screen.getByRole('button', { name: 'go' }))
    expect(submitted).toEqual([{ phone: '138', agree: true }])
  })
})

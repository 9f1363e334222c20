import { Text, View } from '@tarojs/components'
import { useText } from '../i18n/text'
import { useElderMode } from '../mini-app/shell-facts'
import { useAppDispatch } from '../store/hooks'
import { changeElderMode } from '../store/settings-slice'
import { focusable } from '../ui/focusable'
import './home-blocks.scss'

/** The visible 长辈版 switch (MIIT's rules ask for one), remembered on the device. */
export function ElderSwitch() {
  const text = useText()
  const dispatch = useAppDispatch()
  const on = useElderMode()
  return (
    <View {...focusable} className='elder-switch' role='switch' aria-checked={on} aria-label={text.catalogue.elderSwitch} onClick={() => dispatch(changeElderMode(!on))}>
      <Text className='elder-switch__label'>{text.catalogue.elderSwitch}</Text>
      <Text className={`elder-switch__state${on ? ' elder-switch__state--on' : ''}`}>{on ? text.catalogue.elderOn : text.catalogue.elderOff}</Text>
    </View>
  )
}

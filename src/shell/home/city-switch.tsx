import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { cities, regionName } from '../regions'
import { useLocale, useText } from '../i18n/text'
import { useCity } from './use-picks'
import { focusable } from '../ui/focusable'
import './home-blocks.scss'

/** The city switch: the chosen city, and the 14 cities inline (no pop-up, for elder mode too). */
export function CitySwitch() {
  const text = useText()
  const locale = useLocale()
  const [city, setCity] = useCity()
  const [open, setOpen] = useState(false)
  return (
    <View className='city-switch'>
      <View {...focusable} className='city-switch__current' role='button' aria-expanded={open} onClick={() => setOpen(!open)}>
        <Text className='city-switch__label'>{text.catalogue.city}</Text>
        <Text className='city-switch__name'>{regionName(city, locale)}</Text>
        <Text className='city-switch__action'>{text.catalogue.chooseCity}</Text>
      </View>
      {open && (
        <View className='city-switch__list'>
          {cities.map((c) => (
            <View
              {...focusable}
              key={c.code}
              {...focusable}
              role='button'
              aria-pressed={c.code === city}
              className={`city-switch__city${c.code === city ? ' city-switch__city--on' : ''}`}
              onClick={() => {
                setCity(c.code)
                setOpen(false)
              }}>
              {c.name[locale]}
            </View>
          ))}
        </View>
      )}
    </View>
  )
}

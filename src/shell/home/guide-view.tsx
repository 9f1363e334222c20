import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import type { ServiceGuide } from '../catalogue'
import { useLocale } from '../i18n/text'
import { useServiceText } from './service-text'
import { formatFen } from '../format/money'
import './guide-view.scss'

/** A guide rendered from data: what, who, materials, fee, time limits, where and when, and how many visits. */
export function GuideView({ guide }: { guide: ServiceGuide }) {
  const t = useServiceText().guide
  const locale = useLocale()
  const section = (title: string, body: ReactNode) => (
    <View className='guide__section'>
      <View className='guide__heading' role='heading' aria-level={2}>
        {title}
      </View>
      {body}
    </View>
  )
  return (
    <View className='guide' data-testid='guide'>
      <Text className={`guide__runs guide__runs--${guide.runs}`}>{t.runs[guide.runs]}</Text>
      {section(t.summary, <Text className='guide__text'>{guide.summary[locale]}</Text>)}
      {section(t.applicants, <Text className='guide__text'>{guide.applicants[locale]}</Text>)}
      {section(
        t.materials,
        guide.materials.map((m, i) => (
          <Text key={i} className='guide__text'>{`${i + 1}. ${m.name[locale]}（${t[m.form]}，${t.copies(m.copies)}）${m.note ? ` ${m.note[locale]}` : ''}`}</Text>
        )),
      )}
      {section(t.fee, <Text className='guide__text'>{guide.fee.free ? t.free : `${formatFen(guide.fee.amountFen)} · ${guide.fee.basis[locale]}`}</Text>)}
      {section(t.time, <Text className='guide__text'>{`${t.legalDays(guide.legalDays)}；${t.promisedDays(guide.promisedDays)}`}</Text>)}
      {section(
        t.halls,
        guide.halls.map((h, i) => (
          <View key={i} className='guide__hall'>
            <Text className='guide__text guide__strong'>{h.name[locale]}</Text>
            <Text className='guide__text'>{h.address[locale]}</Text>
            <Text className='guide__text'>{t.hours(h.hours[locale])}</Text>
            <Text className='guide__text'>{t.phone(h.phone)}</Text>
          </View>
        )),
      )}
    </View>
  )
}

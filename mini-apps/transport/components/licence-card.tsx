import { useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import { isConsentDenied, useLocalized, usePersonalData } from '@sdk'
import { texts } from '../locales'

type State = { kind: 'idle' } | { kind: 'shown'; licenceNo: string } | { kind: 'denied' } | { kind: 'failed' }

/** A driving licence number is the holder's ID number, so showing it needs the resident's consent. */
export function LicenceCard() {
  const t = useLocalized(texts)
  const readPersonalData = usePersonalData()
  const [state, setState] = useState<State>({ kind: 'idle' })
  const show = async () => {
    try {
      const idNumber = await readPersonalData('profile.idNumber')
      setState({ kind: 'shown', licenceNo: `${idNumber.slice(0, 4)}**********${idNumber.slice(-4)}` })
    } catch (e: unknown) {
      setState(isConsentDenied(e) ? { kind: 'denied' } : { kind: 'failed' })
    }
  }
  return (
    <View className='transport__card' data-testid='licence-card'>
      <Text className='transport__label'>{t.licence.title}</Text>
      {state.kind === 'shown' ? (
        <Text className='transport__muted'>{t.licence.number(state.licenceNo)}</Text>
      ) : (
        <>
          {state.kind === 'denied' && <Text className='transport__muted'>{t.licence.denied}</Text>}
          {state.kind === 'failed' && <Text className='transport__muted'>{t.licence.failed}</Text>}
          <Button className='transport__action' onClick={show}>{t.licence.show}</Button>
        </>
      )}
    </View>
  )
}

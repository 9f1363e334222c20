import Taro from '@tarojs/taro'
import { updateMockState } from '../../mock/kit/state'
import type { PersonaId } from '../../mock/personas'

/** The mock backend answers as `persona` until the test ends (the Jest set-up resets the mock's state after each test). */
export const switchPersona = (persona: PersonaId): void => {
  updateMockState({ persona })
}

/** The route on top of the page stack, as `getCurrentPages()` reports it: no leading slash, no query. */
export const currentRoute = (): string => Taro.getCurrentPages().slice(-1)[0]?.route ?? ''

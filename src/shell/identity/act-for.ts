import { resetMiniAppStores } from '../../sdk/internal/bind-mini-app'
import type { ActingFor } from './acting-for'
import { actingForChanged } from './session-slice'

/**
 * Starts or stops acting for a family member. What mini-apps hold was fetched
 * for the previous person, so their stores start again; their next tokens are
 * exchanged for the new person, if their manifest allows acting at all.
 */
export const actFor = (member: ActingFor | null) => (dispatch: (action: unknown) => unknown) => {
  resetMiniAppStores()
  dispatch(actingForChanged(member))
}

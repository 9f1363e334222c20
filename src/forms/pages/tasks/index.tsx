import { useRouter } from '@tarojs/taro'
import { FormScreen } from '../../../shell/forms/renderer/form-screen'
import { AvailabilityGate } from '../../../shell/remote-config/availability-gate'

/** The form renderer (kind `form` scenarios): `?scenario=<id>`, see `formEntryRoute`. Lives in the `forms` subpackage. */
export default function FormTasksPage() {
  const scenarioId = decodeURIComponent(useRouter().params.scenario ?? '')
  // A scenario is a mini-app for the remote config too: its kill switch holds on a deep link.
  return (
    <AvailabilityGate miniAppId={scenarioId}>
      <FormScreen scenarioId={scenarioId} />
    </AvailabilityGate>
  )
}

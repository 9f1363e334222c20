import { useRouter } from '@tarojs/taro'
import { FormScreen } from '../../../shell/forms/renderer/form-screen'

/** The form renderer (kind `form` scenarios): `?scenario=<id>`, see `formEntryRoute`. Lives in the `forms` subpackage. */
export default function FormTasksPage() {
  const scenarioId = decodeURIComponent(useRouter().params.scenario ?? '')
  return <FormScreen scenarioId={scenarioId} />
}

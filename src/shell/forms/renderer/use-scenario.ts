import { useMemo } from 'react'
import { parseScenario, type Scenario, type ScenarioProblem } from '../../../sdk/scenario'
import type { ApiError } from '../../api/errors'
import { useGetScenarioDefinitionQuery } from './forms-api'

/** What the task page can show: never a half-checked definition. */
export type LoadedScenario =
  | { status: 'loading' }
  | { status: 'ready'; scenario: Scenario }
  /** The server served something the shared schema refuses: a clear message, never a broken page. */
  | { status: 'invalid'; problems: ScenarioProblem[] }
  | { status: 'failed'; error: ApiError; retry: () => void }

/**
 * The served definition of a form scenario, checked with the same schema the
 * build uses before anything renders.
 */
export const useScenario = (scenarioId: string): LoadedScenario => {
  const query = useGetScenarioDefinitionQuery(scenarioId, { skip: !scenarioId })
  const { data, error, refetch } = query
  return useMemo((): LoadedScenario => {
    if (error) return { status: 'failed', error: error as ApiError, retry: () => void refetch() }
    if (data === undefined) return { status: 'loading' }
    const parsed = parseScenario(data)
    if (!parsed.ok) return { status: 'invalid', problems: parsed.problems }
    // The address and the definition must agree, or a draft would be kept under the wrong scenario.
    if (parsed.scenario.id !== scenarioId) return { status: 'invalid', problems: [{ field: 'id', reason: `is "${parsed.scenario.id}", not "${scenarioId}"` }] }
    return { status: 'ready', scenario: parsed.scenario }
  }, [data, error, refetch, scenarioId])
}

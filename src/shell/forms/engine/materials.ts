import type { Scenario, ScenarioMaterial } from '../../../sdk/scenario'
import { formatBytes, typeName } from './files'
import { evaluateCondition, visibilityOf } from './conditions'
import { both } from './messages'
import { indexOf } from './scenario-index'
import type { FormState, Localized } from './types'

export interface MaterialStatus {
  material: ScenarioMaterial
  /** The step where it is uploaded. */
  stepId: string
  /** The items (departments) that need it: it is still uploaded once. */
  items: string[]
  /** Asked for at all, given the answers (`neededWhen`, and its step shown). */
  needed: boolean
  /** Needed and not optional. */
  required: boolean
  /** Its upload keys, in the order added. */
  keys: string[]
  /** At least one file, and every file has a file id from the server. */
  uploaded: boolean
  /** A file is still on its way. */
  uploading: boolean
  /** Required but not (fully) uploaded: submitting must wait. */
  missing: boolean
}

/** Every material of the one shared set, with whether it is needed and uploaded for these answers. */
export const materialsStatus = (scenario: Scenario, state: FormState): MaterialStatus[] => {
  const visibility = visibilityOf(scenario, state.answers)
  const index = indexOf(scenario)
  return scenario.materials.map((material) => {
    const step = index.stepOfMaterial.get(material.id)
    const needed = !!step && visibility.stepVisible(step.id) && (!material.neededWhen || evaluateCondition(material.neededWhen, visibility.answer))
    const keys = state.materials[material.id] ?? []
    const uploading = keys.some((key) => !state.files[key]?.fileId)
    const uploaded = keys.length > 0 && !uploading
    const required = needed && material.required
    return { material, stepId: step?.id ?? '', items: material.items, needed, required, keys, uploaded, uploading, missing: required && !uploaded }
  })
}

/** The materials asked for with these answers. */
export const neededMaterials = (scenario: Scenario, state: FormState): MaterialStatus[] => materialsStatus(scenario, state).filter((m) => m.needed)

/** Required materials not yet uploaded: the resident cannot submit until these are in. */
export const missingMaterials = (scenario: Scenario, state: FormState): MaterialStatus[] => materialsStatus(scenario, state).filter((m) => m.missing)

export type MaterialRule = 'required' | 'uploading' | 'maxFiles'
export interface MaterialError {
  materialId: string
  rule: MaterialRule
  message: Localized
}

/** What is wrong with a needed material, in the residents' words. */
export const materialError = (status: MaterialStatus): MaterialError | undefined => {
  const { material } = status
  const name = (locale: keyof Localized) => material.name[locale]
  if (!status.needed) return undefined
  if (status.keys.length > material.maxFiles) return { materialId: material.id, rule: 'maxFiles', message: both((t, l) => t.maxFiles(name(l), material.maxFiles)) }
  if (status.uploading) return { materialId: material.id, rule: 'uploading', message: both((t, l) => t.uploading(name(l))) }
  if (status.missing) return { materialId: material.id, rule: 'required', message: both((t, l) => t.required.upload(name(l))) }
  return undefined
}

/** A material's limits in words, for the renderer's hint (e.g. "JPG, PNG · 5 MB"). */
export const materialLimits = (material: ScenarioMaterial): string =>
  `${material.accept.map(typeName).join(', ')} · ${formatBytes(material.maxSizeKb * 1024)}`

import type { ScenarioField } from '../../../sdk/scenario'
import { formText, type FormText } from '../locales'
import type { Localized } from './types'

/** Builds one message in both languages, so the engine stays independent of the resident's choice. */
export const both = (make: (text: FormText, locale: keyof Localized) => string): Localized => ({
  'zh-CN': make(formText['zh-CN'], 'zh-CN'),
  en: make(formText.en, 'en'),
})

/** A message from the shell's text, with the field's label in each language. */
export const forField = (field: Pick<ScenarioField, 'label'>, make: (text: FormText, label: string, locale: keyof Localized) => string): Localized =>
  both((text, locale) => make(text, field.label[locale], locale))

/** What "required" means for each kind of field: type, choose, or upload. */
export const requiredMessage = (field: ScenarioField): Localized =>
  forField(field, (text, label) => {
    if (field.type === 'upload') return text.required.upload(label)
    if (field.type === 'select' || field.type === 'region') return text.required.choose(label)
    return text.required.enter(label)
  })

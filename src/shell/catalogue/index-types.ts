import type { components } from '../../generated/api/shell'

/** The compact catalogue index as `GET /api/catalogue/index` serves it (see openapi.yaml). */
export type CatalogueIndex = components['schemas']['CatalogueIndex']
/** The answer when the version the client holds is current. */
export type CatalogueUnchanged = components['schemas']['CatalogueUnchanged']
export type CatalogueIndexAnswer = CatalogueIndex | CatalogueUnchanged
export type ServiceKind = components['schemas']['ServiceKind']
/** An offline service guide (办事指南), from `GET /api/catalogue/guides/:id`. */
export type ServiceGuide = components['schemas']['ServiceGuide']
export type GuideMaterial = components['schemas']['GuideMaterial']
export type ServiceHall = components['schemas']['ServiceHall']

/** Codes of `services.kind`, in the order the server's `kinds` lists them. */
export const SERVICE_KINDS = ['native', 'form', 'webview', 'guide'] as const satisfies readonly ServiceKind[]

export const isUnchangedAnswer = (answer: CatalogueIndexAnswer): answer is CatalogueUnchanged => 'unchanged' in answer && answer.unchanged === true

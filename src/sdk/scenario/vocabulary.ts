import type { Scope } from '../manifest/vocabulary'

/**
 * The closed vocabularies of a scenario definition, shared by the schema
 * (build and run time) and the engine, so both agree on what exists.
 */

/** The kinds of field a step may ask for. */
export const FIELD_TYPES = [
  'text', 'number', 'date', 'select', 'region', 'address', 'id-number', 'phone', 'uscc', 'upload',
] as const
export type FieldType = (typeof FIELD_TYPES)[number]

/** Who a scenario is for: residents, or enterprises through an agent. */
export const AUDIENCES = ['individual', 'enterprise'] as const
export type Audience = (typeof AUDIENCES)[number]

/**
 * Whom a case is about: the resident; a family member the resident acts for
 * (代办, e.g. a newborn child); or the enterprise the agent acts for (its USCC).
 */
export const SUBJECT_KINDS = ['self', 'family-member', 'enterprise'] as const
export type SubjectKind = (typeof SUBJECT_KINDS)[number]

/** Family relations, as the family feature records them. */
export const RELATIONS = ['child', 'parent', 'spouse'] as const
export type Relation = (typeof RELATIONS)[number]

/** What identity prefill can read, of the resident or of the family member acted for. */
export const IDENTITY_ATTRIBUTES = ['name', 'idNumber', 'phone', 'address'] as const
export type IdentityAttribute = (typeof IDENTITY_ATTRIBUTES)[number]

/** Certificates of the e-certificate wallet (电子证照), and what a form may read of them. */
export const CERTIFICATES = ['id-card', 'social-security-card', 'medical-insurance-card', 'driving-licence', 'residence-permit'] as const
/** One certificate of the wallet, by type (`driving-licence`); what `useCertificate` reads. */
export type Certificate = (typeof CERTIFICATES)[number]
export const CERTIFICATE_ATTRIBUTES = ['number', 'holderName', 'validUntil', 'issuer'] as const
export type CertificateAttribute = (typeof CERTIFICATE_ATTRIBUTES)[number]

/** File types an upload may accept. */
export const UPLOAD_TYPES = ['image/jpeg', 'image/png', 'application/pdf'] as const
export type UploadType = (typeof UPLOAD_TYPES)[number]
/** The largest file a definition may accept, in KB: what the upload endpoint takes. */
export const MAX_UPLOAD_KB = 10_240

/** Units of a promised time limit (办结时限). */
export const TIME_UNITS = ['minutes', 'hours', 'days', 'working-days'] as const
export type TimeUnit = (typeof TIME_UNITS)[number]

/**
 * The consent scope an identity prefill needs. A family member's data comes
 * through the family feature, so it needs `family`; the resident's own data
 * needs the profile scope of that attribute.
 */
export const identityScope = (attribute: IdentityAttribute, of: 'resident' | 'subject'): Scope =>
  of === 'subject' ? 'family' : (`profile.${attribute}` as Scope)

/** Certificates are read from the wallet only with the `certificates` scope. */
export const CERTIFICATE_SCOPE: Scope = 'certificates'

/**
 * The renderer's field widgets, one per field type, on `@tarojs/components`.
 * Stand-ins until the SDK's UI blocks (NutUI pickers, uploader) land: each
 * takes `FieldProps`, so swapping one is a change to `field-widget.tsx` only.
 */
export { AddressField } from './address-field'
export { DateField } from './date-field'
export { FieldFrame, type Framed } from './field-frame'
export { textOf, type FieldProps, type Locale } from './field-props'
export { IdNumberField } from './id-number-field'
export { NumberField } from './number-field'
export { PhoneField } from './phone-field'
export { RegionField } from './region-field'
export { SelectField } from './select-field'
export { TextField } from './text-field'
export { UploadField, type UploadFieldProps } from './upload-field'
export { Uploader, type UploaderProps } from './uploader'
export { UsccField } from './uscc-field'

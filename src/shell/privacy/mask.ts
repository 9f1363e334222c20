/**
 * Masks personal data for screens and logs. Unmasked values are shown only
 * after a deliberate reveal.
 */
export const maskIdNumber = (id: string): string => (id.length >= 8 ? `${id.slice(0, 4)}${'*'.repeat(id.length - 8)}${id.slice(-4)}` : '*'.repeat(id.length))

/** Masks a mainland mobile number as 138****1234; anything else entirely. */
export const maskPhone = (phone: string): string => (/^\d{11}$/.test(phone) ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '*'.repeat(phone.length))

/** 王建军 → 王*军, 李娜 → 李*: keep the family name and, for longer names, the last character. */
export const maskName = (name: string): string => {
  const chars = Array.from(name)
  if (chars.length <= 1) return '*'
  if (chars.length === 2) return `${chars[0]}*`
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`
}

const ID_IN_TEXT = /\b\d{17}[\dXx]\b/g
const PHONE_IN_TEXT = /\b1\d{10}\b/g

/** For logs: masks any ID number or mobile number inside free text. */
export const maskPersonalData = (text: string): string =>
  text.replace(ID_IN_TEXT, (id) => maskIdNumber(id)).replace(PHONE_IN_TEXT, (phone) => maskPhone(phone))

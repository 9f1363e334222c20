/** WCAG 2.x contrast, for checking the theme's colour pairs (MIIT asks ≥ 4.5:1 in elder mode). */

const channel = (value: number): number => {
  const c = value / 255
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
}

const rgbOf = (hex: string): [number, number, number] => {
  const match = /^#([0-9a-f]{6})$/i.exec(hex)
  if (!match) throw new Error(`Not an opaque #rrggbb colour: ${hex}`)
  const n = parseInt(match[1], 16)
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255]
}

/** Relative luminance of an opaque `#rrggbb` colour. */
export const luminance = (hex: string): number => {
  const [r, g, b] = rgbOf(hex).map(channel)
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

/** Contrast ratio of two opaque colours, from 1 to 21. */
export const contrastRatio = (a: string, b: string): number => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (hi + 0.05) / (lo + 0.05)
}

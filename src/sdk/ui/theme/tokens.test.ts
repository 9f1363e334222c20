import { readFileSync } from 'node:fs'
import path from 'node:path'
import { contrastRatio } from './contrast'
import { colours, CONTRAST_PAIRS, elderScale, standardScale, type Scale } from './tokens'

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)

/** Every `$ui-…: value;` in the stylesheet mirror. */
const scssVariables = (): Map<string, string> => {
  const source = readFileSync(path.join(__dirname, 'tokens.scss'), 'utf8')
  return new Map([...source.matchAll(/^\$([\w-]+):\s*([^;]+);/gm)].map((m) => [m[1], m[2].trim()]))
}

const expected = (): Map<string, string> => {
  const scale = (prefix: string, s: Scale) => Object.entries(s).map(([k, v]) => [`${prefix}${kebab(k)}`, `${v}px`] as const)
  return new Map([
    ...Object.entries(colours).map(([k, v]) => [`ui-${kebab(k)}`, v] as const),
    ...scale('ui-', standardScale),
    ...scale('ui-elder-', elderScale),
  ])
}

describe('theme tokens', () => {
  it('says the same in tokens.scss as in tokens.ts', () => {
    expect(Object.fromEntries(scssVariables())).toEqual(Object.fromEntries(expected()))
  })

  it.each(CONTRAST_PAIRS.map(([text, bg]) => [text, bg, contrastRatio(colours[text], colours[bg])]))(
    '%s on %s has contrast ≥ 4.5:1 (%f)',
    (_text, _bg, ratio) => expect(ratio).toBeGreaterThanOrEqual(4.5),
  )

  it.each([
    ['standard', standardScale],
    ['elder', elderScale],
  ] as const)('%s line heights are at least 1.3 × their font size', (_mode, s) => {
    for (const size of ['Small', 'Body', 'Title', 'Large'] as const) {
      expect(s[`line${size}`] / s[`font${size}`]).toBeGreaterThanOrEqual(1.3)
    }
  })

  it('meets MIIT elder-mode sizes: text ≥ 18 dp, main functions 30 dp, targets ≥ 60 dp (2 design px per dp)', () => {
    expect(Math.min(elderScale.fontSmall, elderScale.fontBody)).toBeGreaterThanOrEqual(36)
    expect(elderScale.fontLarge).toBeGreaterThanOrEqual(60)
    expect(elderScale.tap).toBeGreaterThanOrEqual(120)
  })
})

describe('contrast ratio', () => {
  it('matches WCAG for black on white and is symmetric', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5)
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(contrastRatio('#ffffff', '#777777'), 10)
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2)
  })

  it('refuses a colour it cannot measure', () => {
    expect(() => contrastRatio('red', '#ffffff')).toThrow('Not an opaque #rrggbb colour: red')
  })
})

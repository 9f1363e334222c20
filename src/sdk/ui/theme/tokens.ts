/**
 * The UI blocks' theme, defined once. Sizes are in design px on a 750-wide
 * page: Taro's pxtransform turns 36px into 36rpx on weapp, 0.9rem on H5 (18
 * CSS px at 375 wide) and 36 × width / 750 dp on RN (18 dp at 375 dp), so
 * "18 dp" in MIIT's elder-mode rules is 36 here.
 *
 * SCSS cannot read TypeScript, so `tokens.scss` repeats these values as
 * variables and a test fails when the two differ. Sass, not CSS custom
 * properties, because RN has no `var()` and pxtransform skips inline styles.
 */

/** Colours: every text / background pair the blocks use is in `CONTRAST_PAIRS` and tested ≥ 4.5:1. */
export const colours = {
  page: '#f4f6fa',
  surface: '#ffffff',
  text: '#1f2329',
  textMuted: '#4e5664',
  border: '#d5dae3',
  primary: '#1a5fd6',
  onPrimary: '#ffffff',
  secondary: '#e8edf5',
  onSecondary: '#1f2329',
  disabled: '#e4e7ed',
  onDisabled: '#4e5664',
  danger: '#b42318',
  onDanger: '#ffffff',
  infoBg: '#e8f0fd',
  infoText: '#174ea6',
  successBg: '#e3f4ec',
  successText: '#0a6b4a',
  warningBg: '#fdf0dc',
  warningText: '#8a4600',
  dangerBg: '#fdecea',
  dangerText: '#a3201a',
  neutralBg: '#eef1f6',
  neutralText: '#3a414d',
  overlay: 'rgba(0, 0, 0, 0.55)',
} as const

export type ColourName = keyof typeof colours

/** Text on background, by the names above: what the contrast test checks. */
export const CONTRAST_PAIRS: ReadonlyArray<readonly [text: ColourName, background: ColourName]> = [
  ['text', 'surface'],
  ['text', 'page'],
  ['textMuted', 'surface'],
  ['textMuted', 'page'],
  ['primary', 'surface'],
  ['primary', 'page'],
  ['onPrimary', 'primary'],
  ['onSecondary', 'secondary'],
  ['onDisabled', 'disabled'],
  ['danger', 'surface'],
  ['onDanger', 'danger'],
  ['infoText', 'infoBg'],
  ['successText', 'successBg'],
  ['warningText', 'warningBg'],
  ['dangerText', 'dangerBg'],
  ['neutralText', 'neutralBg'],
  ['text', 'neutralBg'],
  ['text', 'infoBg'],
  ['surface', 'text'],
  ['primary', 'infoBg'],
  ['primary', 'successBg'],
  ['primary', 'warningBg'],
  ['primary', 'dangerBg'],
]

/** Sizes for one mode (design px, 750 wide). Line heights are ≥ 1.3 × their font size. */
export interface Scale {
  /** Font size of secondary text: hints, descriptions, list headings, chips. */
  fontSmall: number
  /** Font size of ordinary text: field values, a row's value, messages. */
  fontBody: number
  /** Font size of headings: card titles, questions, button words. */
  fontTitle: number
  /** Font size of the largest text: row arrows (›); in elder mode also state titles and the main button. */
  fontLarge: number
  /** Line height for `fontSmall` text. */
  lineSmall: number
  /** Line height for `fontBody` text. */
  lineBody: number
  /** Line height for `fontTitle` text. */
  lineTitle: number
  /** Line height for `fontLarge` text. */
  lineLarge: number
  /** The smallest tap target, both ways. */
  tap: number
  /** The space between neighbouring items (buttons, rows, chips). */
  gap: number
  /** The space inside a panel, between its edge and its content. */
  padding: number
  /** How round the corners of panels, buttons and fields are. */
  radius: number
}

/** Sizes outside elder mode (design px, 750 wide). */
export const standardScale: Scale = {
  fontSmall: 26,
  fontBody: 30,
  fontTitle: 34,
  fontLarge: 40,
  lineSmall: 38,
  lineBody: 44,
  lineTitle: 48,
  lineLarge: 56,
  tap: 88,
  gap: 16,
  padding: 32,
  radius: 16,
}

/** 长辈版: text ≥ 18 dp (36), main functions 30 dp (60), targets ≥ 60 dp (120). */
export const elderScale: Scale = {
  fontSmall: 36,
  fontBody: 40,
  fontTitle: 48,
  fontLarge: 60,
  lineSmall: 52,
  lineBody: 56,
  lineTitle: 66,
  lineLarge: 80,
  tap: 120,
  gap: 24,
  padding: 40,
  radius: 20,
}

export const scaleFor = (elder: boolean): Scale => (elder ? elderScale : standardScale)

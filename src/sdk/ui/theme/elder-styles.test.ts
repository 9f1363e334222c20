import { readdirSync } from 'node:fs'
import path from 'node:path'
import { compile } from 'sass'

/**
 * The blocks' stylesheets, compiled as the build does: every elder-mode rule
 * (`--elder`, and the main action's `--main`) meets MIIT's numbers in design
 * px on a 750-wide page (18 dp = 36, 60 dp = 120). Jest stubs the styles, so
 * this is where elder sizes are checked.
 */
const uiRoot = path.resolve(__dirname, '..')
const sheets = [uiRoot, path.join(uiRoot, 'form')].flatMap((dir) =>
  readdirSync(dir).filter((file) => file.endsWith('.scss')).map((file) => path.join(dir, file)),
)

interface Rule {
  selector: string
  declarations: Record<string, string>
}

const rulesOf = (css: string): Rule[] =>
  [...css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([^{}]+)\{([^{}]*)\}/g)].map(([, selector, body]) => ({
    selector: selector.trim(),
    declarations: Object.fromEntries(
      body.split(';').map((d) => d.split(':').map((part) => part.trim())).filter(([k, v]) => k && v) as Array<[string, string]>,
    ),
  }))

const px = (value: string | undefined): number | null => (value && /^\d+(\.\d+)?px$/.test(value) ? parseFloat(value) : null)

const elderRules = sheets.flatMap((file) =>
  rulesOf(compile(file).css)
    .filter((rule) => /--(elder|main)\b/.test(rule.selector))
    .map((rule) => ({ ...rule, file: path.relative(uiRoot, file) })),
)

describe('elder-mode styles', () => {
  it('exist for the blocks', () => {
    expect(sheets.length).toBeGreaterThan(8)
    expect(elderRules.length).toBeGreaterThan(20)
  })

  it.each(elderRules.map((rule) => [`${rule.file} ${rule.selector}`, rule] as const))('%s meets the elder-mode sizes', (_name, rule) => {
    const font = px(rule.declarations['font-size'])
    const line = px(rule.declarations['line-height'])
    const minHeight = px(rule.declarations['min-height'])
    if (font !== null) expect(font).toBeGreaterThanOrEqual(36)
    if (font !== null && line !== null) expect(line / font).toBeGreaterThanOrEqual(1.3)
    if (minHeight !== null) expect(minHeight).toBeGreaterThanOrEqual(120)
  })
})

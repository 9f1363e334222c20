/** @jest-environment node */
import { sampleScenario } from './fixtures'
import { formatScenarioProblem } from './issues'
import { parseScenario } from './parse'

type Mutable = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

const broken = (mutate: (s: Mutable) => void): unknown => {
  const scenario = sampleScenario() as Mutable
  mutate(scenario)
  return scenario
}
const L = (text: string) => ({ 'zh-CN': text, en: text })
/** steps[0] is about-you (name, idNumber, phone, age); steps[1] is details (purpose, employer, employerUscc, startDate, city, address, licence, code). */
const field = (s: Mutable, step: number, index: number): Mutable => s.steps[step].fields[index]

describe('the scenario schema', () => {
  it('accepts the sample definition and fills in defaults', () => {
    const result = parseScenario(sampleScenario())
    if (!result.ok) throw new Error(result.problems.map(formatScenarioProblem).join('\n'))
    expect(result.scenario.steps[0].fields[0].required).toBe(true)
    expect(result.scenario.materials[0].maxFiles).toBe(2)
    expect(result.scenario.materials[1].maxFiles).toBe(1)
    expect(result.scenario.steps[4].fields).toEqual([])
  })

  // Each row breaks one thing; the problem must name the field path and say why.
  const rows: [name: string, definition: () => unknown, path: string, reason: RegExp][] = [
    ['a missing id', () => broken((s) => delete s.id), 'id', /is required/],
    ['an id in camelCase', () => broken((s) => (s.id = 'sampleOneStop')), 'id', /kebab-case/],
    ['a version that is not semver', () => broken((s) => (s.version = '1.0')), 'version', /semantic version/],
    ['a title without English', () => broken((s) => delete s.title.en), 'title.en', /is required/],
    ['a misspelt top-level field', () => broken((s) => (s.stesp = [])), 'stesp', /not a field of a scenario definition/],
    ['an unknown audience', () => broken((s) => (s.audience = 'citizens')), 'audience', /unknown audience "citizens"/],
    ['an unknown identity level', () => broken((s) => (s.level = 'L7')), 'level', /unknown identity level "L7"/],
    ['no items', () => broken((s) => (s.items = [])), 'items', /at least one item/],
    ['no steps', () => broken((s) => (s.steps = [])), 'steps', /at least one step/],
    ['a step without a title', () => broken((s) => delete s.steps[0].title), 'steps[0].title', /is required/],
    ['a step without items', () => broken((s) => delete s.steps[0].items), 'steps[0].items', /is required/],
    ['a step with neither fields nor materials', () => broken((s) => (s.steps[2].fields = [])), 'steps[2].fields', /at least one field/],
    ['a duplicate step id', () => broken((s) => (s.steps[1].id = 'about-you')), 'steps[1].id', /duplicate step id "about-you"/],
    ['a duplicate field id across steps', () => broken((s) => (field(s, 1, 0).id = 'name')), 'steps[1].fields[0].id', /duplicate field id "name"/],
    ['a duplicate item id', () => broken((s) => (s.items[1].id = 'item-a')), 'items[1].id', /duplicate item id "item-a"/],
    ['a step serving an unknown item', () => broken((s) => (s.steps[0].items = ['item-z'])), 'steps[0].items[0]', /"item-z", which is not an item/],
    ['an after naming an unknown step', () => broken((s) => (s.steps[1].after = ['nowhere'])), 'steps[1].after[0]', /"nowhere", which is not a step/],
    ['a cycle in after', () => broken((s) => (s.steps[0].after = ['details'])), 'steps[1].after[0]', /makes a cycle: about-you → details → about-you/],
    ['a step waiting for itself', () => broken((s) => (s.steps[2].after = ['work'])), 'steps[2].after[0]', /makes a cycle: work → work/],
    ['a field id in kebab-case', () => broken((s) => (field(s, 0, 0).id = 'full-name')), 'steps[0].fields[0].id', /camelCase/],
    ['a field label in an unknown language', () => broken((s) => (field(s, 0, 0).label.fr = 'Nom')), 'steps[0].fields[0].label.fr', /not a field/],
    ['an unknown field type', () => broken((s) => (field(s, 0, 0).type = 'email')), 'steps[0].fields[0].type', /unknown field type "email"/],
    ['a select without options', () => broken((s) => (field(s, 1, 0).options = [])), 'steps[1].fields[0].options', /at least one option/],
    ['a select missing its options', () => broken((s) => delete field(s, 1, 0).options), 'steps[1].fields[0].options', /is required/],
    ['a select with a repeated value', () => broken((s) => (field(s, 1, 0).options[1].value = 'home')), 'steps[1].fields[0].options[1].value', /duplicate option id "home"/],
    ['a condition naming an unknown field', () => broken((s) => (field(s, 1, 1).visibleWhen = { field: 'nope', equals: 'x' })), 'steps[1].fields[1].visibleWhen.field', /"nope", which is not a field/],
    ['a condition on its own field', () => broken((s) => (field(s, 1, 1).visibleWhen = { field: 'employer', answered: true })), 'steps[1].fields[1].visibleWhen.field', /names the field itself/],
    ['a condition with a value no option has', () => broken((s) => (field(s, 1, 1).visibleWhen = { field: 'purpose', in: ['home', 'school'] })), 'steps[1].fields[1].visibleWhen', /"school", which is not one of its options/],
    ['a condition with no known operator', () => broken((s) => (field(s, 1, 1).visibleWhen = { field: 'purpose', is: 'work' })), 'steps[1].fields[1].visibleWhen', /is not a condition/],
    ['a malformed condition inside all', () => broken((s) => (field(s, 1, 2).visibleWhen.all[1] = { answered: true })), 'steps[1].fields[2].visibleWhen.all[1]', /is not a condition/],
    ['a code string instead of a condition', () => broken((s) => (field(s, 1, 1).visibleWhen = "answers.purpose === 'work'")), 'steps[1].fields[1].visibleWhen', /is not a condition/],
    ['visibility that depends on itself through another field', () => broken((s) => (field(s, 1, 0).visibleWhen = { field: 'employer', answered: true })), 'steps[1].fields[1].visibleWhen', /depend on itself: purpose → employer → purpose/],
    ['a step shown by a field of its own', () => broken((s) => (s.steps[2].visibleWhen = { field: 'notes', answered: true })), 'steps[2].fields[0].visibleWhen', /depend on itself: notes → notes/],
    ['a pattern that is not a regular expression', () => broken((s) => (field(s, 1, 7).pattern.regex = '([A-Z')), 'steps[1].fields[7].pattern.regex', /not a valid regular expression/],
    ['a pattern without its residents’ message', () => broken((s) => delete field(s, 1, 7).pattern.message), 'steps[1].fields[7].pattern.message', /is required/],
    ['a number whose min is above its max', () => broken((s) => (field(s, 0, 3).min = 200)), 'steps[0].fields[3].min', /more than max \(120\)/],
    ['a date range that allows no date', () => broken((s) => (field(s, 1, 3).earliest = { date: '2999-01-01' }, field(s, 1, 3).latest = { date: '2030-01-01' })), 'steps[1].fields[3].earliest', /after latest/],
    ['a date bound that is neither form', () => broken((s) => (field(s, 1, 3).latest = 'today')), 'steps[1].fields[3].latest', /\{date: "YYYY-MM-DD"\} or \{daysFromToday: n\}/],
    ['a region outside Liaoning', () => broken((s) => (field(s, 1, 4).within = ['110000'])), 'steps[1].fields[4].within[0]', /unknown region code "110000"/],
    ['an identity prefill with the wrong scope', () => broken((s) => (field(s, 0, 0).prefill.scope = 'profile.phone')), 'steps[0].fields[0].prefill.scope', /must be "profile.name"/],
    ['an identity prefill with no scope', () => broken((s) => delete field(s, 0, 1).prefill.scope), 'steps[0].fields[1].prefill.scope', /is required/],
    ['a certificate prefill with the wrong scope', () => broken((s) => (field(s, 1, 6).prefill.scope = 'profile.idNumber')), 'steps[1].fields[6].prefill.scope', /must be "certificates"/],
    ['an unknown certificate', () => broken((s) => (field(s, 1, 6).prefill.certificate = 'passport')), 'steps[1].fields[6].prefill.certificate', /unknown certificate "passport"/],
    ['an unknown prefill source', () => broken((s) => (field(s, 0, 0).prefill = { from: 'wallet', scope: 'certificates' })), 'steps[0].fields[0].prefill.from', /unknown prefill source "wallet"/],
    ['a prefill of the family member for oneself', () => broken((s) => (field(s, 0, 0).prefill = { from: 'identity', of: 'subject', attribute: 'name', scope: 'family' })), 'steps[0].fields[0].prefill.of', /subject is not a family member/],
    ['a prefill from an unknown answer', () => broken((s) => (field(s, 1, 5).prefill.field = 'home')), 'steps[1].fields[5].prefill.field', /"home", which is not a field/],
    ['a prefilled upload', () => broken((s) => (s.steps[3].fields[0].prefill = { from: 'answer', field: 'name' })), 'steps[3].fields[0].prefill', /an upload cannot be prefilled/],
    ['an upload of an unknown file type', () => broken((s) => (s.steps[3].fields[0].accept = ['image/gif'])), 'steps[3].fields[0].accept[0]', /unknown file type "image\/gif"/],
    ['an upload bigger than the endpoint takes', () => broken((s) => (s.materials[0].maxSizeKb = 20_000)), 'materials[0].maxSizeKb', /at most 10240/],
    ['an upload of no files', () => broken((s) => (s.steps[3].fields[0].maxFiles = 0)), 'steps[3].fields[0].maxFiles', /at least 1/],
    ['a material required by an unknown item', () => broken((s) => (s.materials[0].items = ['item-a', 'item-z'])), 'materials[0].items[1]', /"item-z", which is not an item/],
    ['a material no step collects', () => broken((s) => (s.steps[4].materials = ['id-copy', 'work-proof'])), 'materials[2]', /"extra" is not collected by any step/],
    ['a material collected twice', () => broken((s) => (s.steps[3].materials = ['id-copy'])), 'steps[4].materials[0]', /already collected by step "photos"; each material is uploaded once/],
    ['a step collecting an unknown material', () => broken((s) => s.steps[4].materials.push('birth-proof')), 'steps[4].materials[3]', /"birth-proof", which is not a material/],
    ['a material with a condition on an unknown field', () => broken((s) => (s.materials[1].neededWhen = { field: 'job', equals: 'x' })), 'materials[1].neededWhen.field', /"job", which is not a field/],
    ['an item no step serves', () => broken((s) => s.items.push({ id: 'item-d', name: L('丁'), department: L('丁厅') })), 'items[3]', /"item-d" is not served by any step/],
    ['an enterprise subject for individuals', () => broken((s) => (s.subject = { kind: 'enterprise' })), 'subject.kind', /audience must be "enterprise"/],
    ['a family subject without relations', () => broken((s) => (s.subject = { kind: 'family-member' })), 'subject.relations', /is required/],
    ['an unknown relation', () => broken((s) => (s.subject = { kind: 'family-member', relations: ['cousin'] })), 'subject.relations[0]', /unknown relation "cousin"/],
    ['a fee in yuan with decimals', () => broken((s) => (s.fee.amountFen = 20.5)), 'fee.amountFen', /whole number/],
    ['a time limit whose min is above its max', () => broken((s) => (s.timeLimit.min = 5)), 'timeLimit.min', /more than max \(3\)/],
    ['an unknown time unit', () => broken((s) => (s.timeLimit.unit = 'weeks')), 'timeLimit.unit', /unknown time unit "weeks"/],
    ['a duplicate stage', () => broken((s) => (s.stages[1].id = 'submitted')), 'stages[1].id', /duplicate stage id "submitted"/],
  ]

  const cases = rows.map(([name, definition, path, reason]) => ({ name, definition, path, reason }))

  it.each(cases)('refuses $name, naming the field path', ({ definition, path, reason }) => {
    const result = parseScenario(definition())
    expect(result.ok).toBe(false)
    const problems = result.ok ? [] : result.problems
    const match = problems.find((p) => p.field === path && reason.test(p.reason))
    if (!match) throw new Error(`expected ${path}: ${reason}, got:\n${problems.map(formatScenarioProblem).join('\n')}`)
  })

  it('covers at least 20 distinct broken definitions', () => {
    expect(new Set(cases.map(({ name }) => name)).size).toBeGreaterThanOrEqual(20)
  })

  it('refuses a served body that is not a definition at all, without throwing', () => {
    for (const body of [null, 'scenario', 42, [], { html: '<h1>502 Bad Gateway</h1>' }]) {
      const result = parseScenario(body)
      expect(result.ok).toBe(false)
    }
  })

  it('formats a problem on one line', () => {
    const result = parseScenario(broken((s) => (s.audience = 'citizens')))
    expect(result.ok ? [] : result.problems.map(formatScenarioProblem)).toEqual([
      'audience: unknown audience "citizens"; expected one of: individual, enterprise',
    ])
  })
})

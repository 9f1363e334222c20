import { checkFile } from './files'
import { materialLimits, materialsStatus, missingMaterials, neededMaterials } from './materials'
import { indexOf } from './scenario-index'
import { sample, stateWith } from './testing'

const scenario = sample()

describe('the one shared set of materials', () => {
  it('lists a material once with every item that needs it', () => {
    const idCopy = materialsStatus(scenario, stateWith()).find((m) => m.material.id === 'id-copy')
    expect(idCopy).toMatchObject({ items: ['item-a', 'item-b', 'item-c'], stepId: 'documents', needed: true, required: true, missing: true })
  })

  it('counts one upload for every item that needs the material', () => {
    const state = stateWith({ materials: { 'id-copy': ['k-1'] }, files: { 'k-1': { name: '身份证.jpg', fileId: 'file-1' } } })
    const idCopy = materialsStatus(scenario, state).find((m) => m.material.id === 'id-copy')
    expect(idCopy).toMatchObject({ uploaded: true, missing: false, keys: ['k-1'] })
    expect(missingMaterials(scenario, state)).toEqual([])
  })

  it('asks for a conditional material only when its condition holds', () => {
    const ids = (answers: Record<string, string>) => neededMaterials(scenario, stateWith({ answers })).map((m) => m.material.id)
    expect(ids({ purpose: 'home' })).toEqual(['id-copy', 'extra'])
    expect(ids({ purpose: 'work' })).toEqual(['id-copy', 'work-proof', 'extra'])
    expect(missingMaterials(scenario, stateWith({ answers: { purpose: 'work' } })).map((m) => m.material.id)).toEqual(['id-copy', 'work-proof'])
  })

  it('never makes an optional material missing', () => {
    expect(materialsStatus(scenario, stateWith()).find((m) => m.material.id === 'extra')).toMatchObject({ needed: true, required: false, missing: false })
  })

  it('treats a file without a file id as still uploading, not uploaded', () => {
    const state = stateWith({ materials: { 'id-copy': ['k-1'] }, files: { 'k-1': { name: '身份证.jpg' } } })
    expect(materialsStatus(scenario, state)[0]).toMatchObject({ uploading: true, uploaded: false, missing: true })
  })

  it('does not ask for materials of a step that is hidden', () => {
    const hidden = sample((d) => {
      d.steps[4].visibleWhen = { field: 'purpose', equals: 'work' }
    })
    expect(neededMaterials(hidden, stateWith({ answers: { purpose: 'home' } }))).toEqual([])
  })

  it('describes a material’s limits for the hint', () => {
    expect(materialLimits(indexOf(scenario).material.get('id-copy')!)).toBe('JPG, PNG · 2 MB')
  })
})

describe('checking a picked file before it is recorded', () => {
  const spec = { accept: ['image/jpeg', 'image/png'] as ('image/jpeg' | 'image/png')[], maxSizeKb: 2048 }

  it('accepts a file of an allowed type and size', () => {
    expect(checkFile(spec, { name: 'a.jpg', size: 2048 * 1024, type: 'image/jpeg' })).toBeUndefined()
  })

  it('refuses another type, naming the ones allowed', () => {
    expect(checkFile(spec, { name: 'a.pdf', size: 10, type: 'application/pdf' })).toEqual({
      rule: 'fileType', message: { 'zh-CN': '仅支持 JPG、PNG 格式的文件', en: 'The file must be JPG, PNG' },
    })
  })

  it('refuses a file over the size limit', () => {
    expect(checkFile(spec, { name: 'a.jpg', size: 2048 * 1024 + 1, type: 'image/jpeg' })).toEqual({
      rule: 'fileSize', message: { 'zh-CN': '文件不能超过 2 MB', en: 'The file must be smaller than 2 MB' },
    })
  })
})

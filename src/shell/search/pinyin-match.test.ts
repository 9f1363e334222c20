import { initialsOf, matchSyllables } from './pinyin-match'
import { normalizeQuery } from './query'

const SHEBAO = ['she', 'bao', 'cha', 'xun'] // 社保查询
const FUND = ['zhu', 'fang', 'gong', 'ji', 'jin', 'ti', 'qu'] // 住房公积金提取

describe('matchSyllables', () => {
  it.each([
    ['shebaochaxun', [0, 4]],
    ['sheb', [0, 2]],
    ['she', [0, 1]],
    ['sbcx', [0, 4]],
    ['shebcx', [0, 4]],
    ['sbchaxun', [0, 4]],
    ['baocha', [1, 3]],
    ['cx', [2, 4]],
  ])('finds %s in she bao cha xun at %j', (query, range) => {
    expect(matchSyllables(SHEBAO, query)).toEqual(range)
  })

  it('matches initials and full pinyin in the middle of a name', () => {
    expect(matchSyllables(FUND, 'gjj')).toEqual([2, 5])
    expect(matchSyllables(FUND, 'gongjijin')).toEqual([2, 5])
    expect(matchSyllables(FUND, 'zhfgjj')).toEqual([0, 5])
  })

  it('backtracks when the longest reading of a syllable leads nowhere', () => {
    // zhang could take "zhang" of "zhangu", leaving "u" that gu cannot start; "zhan" + "gu" works.
    expect(matchSyllables(['zhang', 'gu'], 'zhangu')).toEqual([0, 2])
    expect(matchSyllables(['xi', 'an'], 'xian')).toEqual([0, 2])
  })

  it('starts only at a syllable and never skips one', () => {
    expect(matchSyllables(SHEBAO, 'hebao')).toBeUndefined()
    expect(matchSyllables(SHEBAO, 'shecha')).toBeUndefined()
    expect(matchSyllables(SHEBAO, 'sbcxx')).toBeUndefined()
  })

  it('does not run across punctuation', () => {
    expect(matchSyllables(['chu', 'guo', '', 'jing', ''], 'cgj')).toBeUndefined()
    expect(matchSyllables(['chu', 'guo', '', 'jing', ''], 'jing')).toEqual([3, 4])
  })

  it('spells initials one per character, a space for punctuation', () => {
    expect(initialsOf(['chu', 'guo', '', 'jing'])).toBe('cg j')
  })
})

describe('normalizeQuery', () => {
  it.each([
    ['  Sheb ', { text: 'sheb', mode: 'pinyin' }],
    ["xi'an", { text: 'xian', mode: 'pinyin' }],
    ['lüse', { text: 'lvse', mode: 'pinyin' }],
    ['ＳＢＣＸ', { text: 'sbcx', mode: 'pinyin' }],
    ['社保 查询', { text: '社保查询', mode: 'text' }],
    ['ETC办理', { text: 'etc办理', mode: 'text' }],
    ['12345', { text: '12345', mode: 'text' }],
    ['   ', { text: '', mode: 'text' }],
  ])('reads %j as %j', (raw, expected) => {
    expect(normalizeQuery(raw)).toEqual(expected)
  })
})

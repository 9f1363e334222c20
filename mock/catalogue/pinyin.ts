import { customPinyin, pinyin } from 'pinyin-pro'

// Words pinyin-pro reads with the wrong sound in this vocabulary (人参 in 个人参保, 还 as hái).
customPinyin({ 个人参保: 'gè rén cān bǎo', 还款: 'huán kuǎn', 重名: 'chóng míng' })

/**
 * One syllable per UTF-16 unit of `text`: pinyin without tones and with ü
 * as v for Chinese characters, a lower-case letter or digit for itself,
 * and '' for punctuation, so position i of the result is character i.
 * Runs only where the catalogue is built: pinyin-pro's dictionary never
 * reaches the app.
 */
export const syllablesOf = (text: string): string[] =>
  pinyin(text, { type: 'all', toneType: 'none', v: true }).map(({ origin, pinyin: syllable, isZh }) =>
    isZh ? syllable.toLowerCase() : /^[0-9A-Za-z]$/.test(origin) ? origin.toLowerCase() : '',
  )

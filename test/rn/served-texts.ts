/** Residents' text: anything with a CJK character in it. */
const RESIDENT_TEXT = /[\u3400-\u9fff]/

/**
 * The strings a page could show from the JSON bodies it was sent: every
 * string value written in residents' text (hospital names, card types,
 * statuses' labels). Codes, ids, dates and amounts are left out, because pages
 * format them (¥42.50 from 4250) and a match on them would prove little.
 */
export const servedTexts = (bodies: string[]): string[] => {
  const found = new Set<string>()
  const visit = (value: unknown): void => {
    if (typeof value === 'string') {
      if (RESIDENT_TEXT.test(value)) found.add(value.trim())
    } else if (Array.isArray(value)) value.forEach(visit)
    else if (value && typeof value === 'object') Object.values(value).forEach(visit)
  }
  for (const body of bodies) {
    try {
      visit(JSON.parse(body))
    } catch {
      // Not JSON: nothing a page would show from it.
    }
  }
  return [...found].filter((text) => text.length > 0)
}

/** A figure's aim from budgets.json: an upper bound (`max`) or a lower bound (`min`). */
export interface Budget {
  max?: number
  min?: number
  unit: 'x' | 'B' | 'score' | 'ms'
}

export type Result = 'pass' | 'miss' | 'info'

export interface Row {
  figure: string
  measured: string
  aim: string
  result: Result
}

export const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`

export const formatValue = (value: number, unit: Budget['unit']): string => {
  switch (unit) {
    case 'x':
      return `${value.toFixed(2)}×`
    case 'B':
      if (Math.abs(value) < 1024) return `${Math.round(value)} B`
      return Math.abs(value) < 1024 * 1024 ? kib(value) : `${(value / 1024 / 1024).toFixed(1)} MB`
    case 'ms':
      // Keystrokes take fractions of a millisecond; page loads take seconds.
      return Math.abs(value) < 1000 ? `${Math.abs(value) < 10 ? value.toFixed(2) : Math.round(value)} ms` : `${(value / 1000).toFixed(2)} s`
    case 'score':
      return String(Math.round(value))
  }
}

export const describeBudget = (budget: Budget): string =>
  [
    ...(budget.min !== undefined ? [`≥ ${formatValue(budget.min, budget.unit)}`] : []),
    ...(budget.max !== undefined ? [`≤ ${formatValue(budget.max, budget.unit)}`] : []),
  ].join(' and ')

export const checkBudget = (value: number, budget: Budget): Result =>
  (budget.max === undefined || value <= budget.max) && (budget.min === undefined || value >= budget.min) ? 'pass' : 'miss'

/** A row judged against a budget; the aim column says what was compared. */
export const budgetRow = (figure: string, value: number, budget: Budget, measured = formatValue(value, budget.unit), aimNote = ''): Row => ({
  figure,
  measured,
  aim: `${describeBudget(budget)}${aimNote}`,
  result: checkBudget(value, budget),
})

export const infoRow = (figure: string, measured: string, aim = '—'): Row => ({ figure, measured, aim, result: 'info' })

/** A plain-text table: the terminal is where people read it, and CI logs keep it as is. */
export const formatTable = (rows: Row[]): string => {
  const header: Row = { figure: 'figure', measured: 'measured', aim: 'aim / budget', result: 'info' }
  const cells = [header, ...rows].map((r, i) => [r.figure, r.measured, r.aim, i === 0 ? 'result' : r.result === 'info' ? '' : r.result.toUpperCase()])
  const widths = [0, 1, 2, 3].map((c) => Math.max(...cells.map((row) => [...row[c]].length)))
  const line = (row: string[]) => row.map((cell, c) => cell + ' '.repeat(widths[c] - [...cell].length)).join('  ').trimEnd()
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n')
}

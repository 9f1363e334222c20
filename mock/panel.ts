import { dropSwitchesFromUrl, rememberMockState } from './kit/session'

/**
 * The tester's floating panel in the H5 mock build: plain DOM, so it needs
 * nothing from the app and ships only in the mock chunk. Changes go through
 * the same /api/__mock/* handlers as the mock server's page, then the page
 * reloads so every query refetches under the new persona.
 */
interface State {
  persona: string
  latencyMs: number
  faults: string[]
  personas: { id: string; name: string; summary: { 'zh-CN': string } }[]
}

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, unknown> = {}, style = ''): HTMLElementTagNameMap[K] => {
  const node = document.createElement(tag)
  Object.assign(node, props)
  node.setAttribute('style', `font:16px/1.4 sans-serif;${style}`)
  return node
}

const call = async (method: string, path: string, body?: unknown): Promise<State> => {
  const res = await fetch(`/api/__mock/${path}`, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) })
  const json = await res.json()
  if (!res.ok) throw new Error(json.message ?? `HTTP ${res.status}`)
  return json as State
}

const form = (state: State, status: HTMLElement): HTMLElement[] => {
  const persona = el('select', { id: 'mock-persona' }, 'width:100%;min-height:44px')
  state.personas.forEach((p) => persona.append(el('option', { value: p.id, textContent: `${p.name} · ${p.summary['zh-CN']}` })))
  persona.value = state.persona
  const latency = el('input', { id: 'mock-latency', type: 'number', min: '0', max: '60000', step: '100', value: String(state.latencyMs) }, 'width:100%;min-height:44px')
  const faults = el('textarea', { id: 'mock-faults', rows: 3, value: state.faults.join('\n'), placeholder: 'payments:500' }, 'width:100%')
  const apply = async (path: string, body?: unknown) => {
    try {
      await call(path === 'reset' ? 'POST' : 'PUT', path, body)
      rememberMockState()
      dropSwitchesFromUrl()
      window.location.reload()
    } catch (e: unknown) {
      status.textContent = e instanceof Error ? e.message : String(e)
    }
  }
  const applyButton = el('button', { type: 'button', textContent: '应用 Apply' }, 'min-height:48px;margin:8px 8px 0 0')
  applyButton.onclick = () =>
    apply('state', { persona: persona.value, latencyMs: Number(latency.value || 0), faults: faults.value.split('\n').map((f) => f.trim()).filter(Boolean) })
  const resetButton = el('button', { type: 'button', textContent: '重置数据 Reset' }, 'min-height:48px;margin:8px 8px 0 0')
  resetButton.onclick = () => apply('reset')
  const label = (text: string, control: HTMLElement): HTMLElement[] => {
    const caption: HTMLLabelElement = el('label', { textContent: text }, 'display:block;margin-top:8px;font-weight:bold')
    caption.htmlFor = control.id
    return [caption, control]
  }
  const buttons: HTMLElement[] = [applyButton, resetButton, status]
  return label('Persona 身份', persona).concat(label('Latency 延迟 (ms)', latency), label('Faults 故障（每行一个）', faults), buttons)
}

export const mountMockPanel = (startupProblem?: string): void => {
  const toggle = el('button', { type: 'button', textContent: 'Mock', title: '模拟后端控制台 Mock backend' },
    'position:fixed;right:12px;bottom:120px;z-index:9999;min-width:64px;min-height:64px;border-radius:32px;background:#3d4450;color:#fff;border:0;opacity:.85')
  toggle.setAttribute('aria-label', '模拟后端控制台 Mock backend panel')
  toggle.dataset.testid = 'mock-panel-toggle'
  const dialog = el('div', { role: 'dialog', hidden: !startupProblem }, 'position:fixed;left:12px;right:12px;bottom:196px;z-index:9999;background:#fff;padding:16px;border-radius:12px;box-shadow:0 4px 24px rgba(0,0,0,.25)')
  dialog.setAttribute('aria-label', 'Mock backend')
  const status = el('p', { role: 'status', textContent: startupProblem ?? '' }, 'color:#b42318')
  // A bad URL switch is shown at once; the app still starts with the other switches.
  dialog.append(status)
  toggle.onclick = async () => {
    dialog.hidden = !dialog.hidden
    if (!dialog.hidden) dialog.replaceChildren(...form(await call('GET', 'state'), status))
  }
  document.body.append(toggle, dialog)
}

import { http, HttpResponse } from 'msw'

/**
 * The mock server's page for testers on weapp and RN, who have no panel in
 * the app: the same controls as the H5 panel, over /api/__mock/state.
 */
const PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>Mock backend controls</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem}label{display:block;margin-top:1rem;font-weight:600}
select,input,textarea{font:inherit;width:100%;padding:.4rem}button{font:inherit;margin:1rem .5rem 0 0;padding:.5rem 1rem}pre{background:#f4f6fa;padding:.5rem}</style></head>
<body><h1>Mock backend</h1><p>Persona, latency and faults for every client of this server.</p>
<label for="persona">Persona</label><select id="persona"></select>
<label for="latency">Latency (ms)</label><input id="latency" type="number" min="0" max="60000" step="100">
<label for="faults">Faults, one per line (e.g. <code>payments:500</code>, <code>transport/violations:timeout</code>)</label><textarea id="faults" rows="4"></textarea>
<button id="apply">Apply</button><button id="reset">Reset data</button><pre id="out" role="status"></pre>
<script>
const $ = (id) => document.getElementById(id)
const show = async (res) => { const s = await res.json(); $('out').textContent = JSON.stringify(s, null, 2); if (!s.personas) return
  $('persona').innerHTML = s.personas.map((p) => '<option value="' + p.id + '">' + p.id + ' · ' + p.name + ' · ' + p.summary['zh-CN'] + '</option>').join('')
  $('persona').value = s.persona; $('latency').value = s.latencyMs; $('faults').value = s.faults.join('\\n') }
const send = (method, path, body) => fetch('/api/__mock/' + path, { method, headers: { 'content-type': 'application/json' }, body: body && JSON.stringify(body) }).then(show)
$('apply').onclick = () => send('PUT', 'state', { persona: $('persona').value, latencyMs: Number($('latency').value || 0), faults: $('faults').value.split('\\n').map((f) => f.trim()).filter(Boolean) })
$('reset').onclick = () => send('POST', 'reset')
send('GET', 'state')
</script></body></html>`

export const controlPageHandlers = [
  http.get('*/__mock', () => new HttpResponse(PAGE, { headers: { 'content-type': 'text/html; charset=utf-8' } })),
]

import { spawn, spawnSync } from 'node:child_process'
import { createWriteStream } from 'node:fs'
import { get } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { formatProblem } from '../registry/types'
import { CliError } from './errors'
import type { Output } from './progress'
import { previewPlan } from './preview-plan'
import { generateRegistry, problemsOf, readRegistry, REGISTRY_ONLY, requireFolder, TOOL_ROOT } from './registry'

/** Resolves once the dev server answers (webpack-dev-middleware holds requests until the first build is done). */
const waitForServer = (url: string, timeoutMs: number, alive: () => boolean): Promise<void> =>
  new Promise((resolve, reject) => {
    const deadline = Date.now() + timeoutMs
    const attempt = () => {
      if (!alive()) return reject(new CliError('the dev server stopped before it served the preview'))
      if (Date.now() > deadline) return reject(new CliError(`the dev server did not answer at ${url} within ${timeoutMs / 1000}s`))
      const request = get(url, (response) => {
        response.resume()
        if (response.statusCode === 200) resolve()
        else setTimeout(attempt, 1000)
      })
      request.on('error', () => setTimeout(attempt, 1000))
      request.setTimeout(timeoutMs, () => request.destroy())
    }
    attempt()
  })

/**
 * `miniapp preview <id>`: generates the registry with that mini-app only,
 * starts the H5 dev server on the mock backend and prints the URL; Ctrl-C
 * stops it and generates the full registry again, so no later step sees a
 * registry with one mini-app.
 */
export const runPreview = async ({
  rootDir,
  id,
  port,
  output,
  timeoutSeconds = 600,
}: {
  rootDir: string
  id: string
  port: number
  output: Output
  timeoutSeconds?: number
}): Promise<number> => {
  const registry = await readRegistry(rootDir)
  requireFolder(registry, id)
  const manifest = registry.manifests.find((m) => m.id === id)
  const problems = problemsOf(registry, id)
  if (!manifest || problems.length > 0) {
    throw new CliError(
      `mini-apps/${id} has ${problems.length} problem(s) to fix before a preview:\n  ${problems.map(formatProblem).join('\n  ')}`,
    )
  }
  const plan = previewPlan(rootDir, manifest, port)
  const log = join(tmpdir(), `miniapp-preview-${id}-${process.pid}.log`)
  await generateRegistry(output, rootDir, join(tmpdir(), `miniapp-registry-${process.pid}.log`), id)
  const restore = () => {
    output.progress('▸ generating the full registry again…')
    spawnSync(join(TOOL_ROOT, 'node_modules', '.bin', 'tsx'), [join(TOOL_ROOT, 'config', 'registry', 'cli.ts'), '--root', rootDir], {
      cwd: rootDir,
      stdio: 'ignore',
      env: { ...process.env, [REGISTRY_ONLY]: '' },
    })
  }
  output.progress(`▸ starting the H5 dev server with ${id} only, on the mock backend (log: ${log})…`)
  const logStream = createWriteStream(log)
  // Its own process group, so stopping the preview stops Taro's workers too.
  const child = spawn(plan.command, plan.args, {
    cwd: rootDir,
    env: { ...process.env, ...plan.env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout.pipe(logStream)
  child.stderr.pipe(logStream)
  let alive = true
  const started = Date.now()
  const ticker = setInterval(() => output.progress(`  … still compiling, ${Math.round((Date.now() - started) / 1000)}s`), 15_000)
  const stop = (code: number) => {
    clearInterval(ticker)
    if (alive && child.pid) process.kill(-child.pid, 'SIGTERM')
    restore()
    process.exit(code)
  }
  child.on('exit', () => (alive = false))
  process.once('SIGINT', () => stop(0))
  process.once('SIGTERM', () => stop(0))
  try {
    await waitForServer(plan.url, timeoutSeconds * 1000, () => alive)
  } catch (e: unknown) {
    clearInterval(ticker)
    if (alive && child.pid) process.kill(-child.pid, 'SIGTERM')
    restore()
    // The dev server's own words (a port in use, a compile error) are in its log.
    throw new CliError(e instanceof Error ? e.message : String(e), 1, `See ${log} (a port in use? try --port)`)
  }
  clearInterval(ticker)
  output.out(`Preview of ${id} (with the shell, on the mock backend), ready in ${Math.round((Date.now() - started) / 1000)}s:`)
  output.out(`  ${plan.url}`)
  output.out(`  ${plan.entryUrl}   (its entry page)`)
  output.out('Saving a file rebuilds it. Ctrl-C stops the preview and restores the full registry.')
  return new Promise<number>((resolve) =>
    child.on('exit', (code) => {
      restore()
      resolve(code ?? 1)
    }),
  )
}

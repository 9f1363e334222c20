import { existsSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander'
import { parseBytes } from './bytes'
import { describeFailure, usageError } from './errors'
import { checkId } from './names'
import { consoleOutput, step } from './progress'
import { KINDS, scaffold } from './scaffold'

// Each command loads what it needs when it runs (ESLint, Prettier, the contracts' OpenAPI tools are slow to load):
// --help and a refused argument answer at once.
const registry = () => import('./registry')
const RELEASED_FILE = 'released.json'

/**
 * `npm run miniapp -- <command>`: the departments' one tool. Every command
 * takes `--root <dir>` (another checkout; the tests use scratch copies).
 */
const output = consoleOutput
const rootOf = (options: { root?: string }): string => {
  const root = resolve(options.root ?? join(__dirname, '..', '..'))
  if (!existsSync(join(root, 'mini-apps')))
    throw usageError(`${root} has no mini-apps/ folder`, 'Run it from the repository, or give --root <checkout>')
  return root
}
const bytes = (text: string): number => {
  const value = parseBytes(text)
  if (value === undefined || value <= 0) throw new InvalidArgumentError('give a size such as 300KB, 2MB or 4096 (bytes)')
  return value
}
const port = (text: string): number => {
  const value = Number(text)
  if (!Number.isInteger(value) || value < 1 || value > 65535) throw new InvalidArgumentError('give a port number from 1 to 65535')
  return value
}
const scratchLog = (name: string) => join(tmpdir(), `miniapp-${name}-${process.pid}.log`)

const program = new Command('miniapp')
  .description('Start, check, preview and publish department mini-apps (docs/miniapp-cli.md)')
  .usage('<command> [options]   (as npm run miniapp -- <command> [options])')
  .option('--root <dir>', 'the checkout to work on (default: this one)')
  .showHelpAfterError('(run npm run miniapp -- --help for the commands)')
  .exitOverride()

program
  .command('new')
  .description('scaffold mini-apps/<id> from the templates of a kind, then generate the registry so it builds and tests at once')
  .argument('<id>', 'kebab-case, 2–32 characters: the folder, the subpackage root, the API prefix')
  .addOption(new Option('--kind <kind>', 'native: pages of its own; form: a declarative scenario').choices(KINDS).default('native'))
  .option('--from <existing-id>', 'copy an existing mini-app instead of a template, moving its id')
  .option('--no-registry', 'do not run the registry afterwards')
  .action(async (id: string, options: { kind: string; from?: string; registry: boolean }) => {
    const root = rootOf(program.opts())
    const files = await step(output, `scaffolding mini-apps/${id}`, () =>
      scaffold({ miniAppsDir: join(root, 'mini-apps'), id: checkId(id), kind: options.kind, from: options.from }),
    )
    output.out(`Created mini-apps/${id} (${options.from ? `a copy of ${options.from}` : options.kind}), ${files.length} file(s):`)
    files.forEach((f) => output.out(`  mini-apps/${f}`))
    if (options.registry) await (await registry()).generateRegistry(output, root, scratchLog('registry'))
    output.out(`Next: give it its own names, department, category and icon in mini-apps/${id}/manifest.ts, then:`)
    output.out(`  npm run miniapp -- check ${id}     npm run miniapp -- preview ${id}`)
  })

program
  .command('check')
  .description('validate manifest and definition, lint boundary, targets, permission diff and weapp subpackage size')
  .argument('[id]', 'one mini-app (default: all)')
  .option('--against <ref>', `diff permissions against the manifest at this git ref instead of ${RELEASED_FILE}`)
  .option('--fail-on-review', 'exit non-zero when new scopes, a raised level or new hosts need review')
  .option('--build', 'build dist/weapp first even if it is there')
  .option('--budget <size>', 'subpackage budget (default: weappSubpackage in config/bench/budgets.json)', bytes)
  .option('--dist <dir>', 'the weapp build to measure (default: dist/weapp)')
  .option('--skip-lint', 'skip the lint boundary')
  .option('--skip-size', 'skip the size budget (no build needed)')
  .action(
    async (
      id: string | undefined,
      o: {
        against?: string
        failOnReview?: boolean
        build?: boolean
        budget?: number
        dist?: string
        skipLint?: boolean
        skipSize?: boolean
      },
    ) => {
      const rootDir = rootOf(program.opts())
      const { runCheck } = await import('./check')
      process.exitCode = await runCheck({ rootDir, output, id, ...o, distDir: o.dist && resolve(o.dist) })
    },
  )

program
  .command('release')
  .description(`record the reviewed manifest as released (mini-apps/<id>/${RELEASED_FILE}, committed with the release)`)
  .argument('<id>')
  .action(async (id: string) => {
    const rootDir = rootOf(program.opts())
    const { readRegistry, requireFolder, problemsOf } = await registry()
    const { writeRelease } = await import('./released')
    const read = await readRegistry(rootDir)
    requireFolder(read, id)
    const manifest = read.manifests.find((m) => m.id === id)
    const problems = problemsOf(read, id)
    if (!manifest || problems.length > 0)
      throw usageError(`mini-apps/${id} has ${problems.length} problem(s)`, `Run npm run miniapp -- check ${id}`)
    const record = await writeRelease(rootDir, manifest)
    output.out(
      `Recorded ${id} ${manifest.version} as released on ${record.releasedAt}: mini-apps/${id}/${RELEASED_FILE}. Commit it with the release.`,
    )
  })

program
  .command('preview')
  .description('H5 dev server with only this mini-app and the shell, on the mock backend; prints the URL')
  .argument('<id>')
  .option('--port <port>', 'the dev server port', port, Number(process.env.PORT ?? 10086))
  .action(async (id: string, o: { port: number }) => {
    const { runPreview } = await import('./preview')
    process.exitCode = await runPreview({ rootDir: rootOf(program.opts()), id, port: o.port, output })
  })

program
  .command('catalog')
  .description('export every manifest and definition with a version hash, as JSON for a registry service')
  .option('--out <file>', 'write it to a file instead of stdout')
  .action(async (o: { out?: string }) => {
    const { catalogOf } = await import('./catalog')
    const document = catalogOf(await (await registry()).readRegistry(rootOf(program.opts())))
    const json = `${JSON.stringify(document, null, 2)}\n`
    if (!o.out) return void process.stdout.write(json)
    writeFileSync(resolve(o.out), json)
    output.out(`Wrote ${document.miniApps.length} mini-app(s), version ${document.version}, to ${o.out}`)
  })

program.parseAsync(process.argv).catch((e: unknown) => {
  // Commander has printed its own usage message (or the help) already.
  if (e instanceof CommanderError) return void (process.exitCode = e.exitCode === 0 ? 0 : 2)
  const failure = describeFailure(e)
  console.error(`miniapp: ${failure.message}`)
  if (failure.hint) console.error(failure.hint)
  process.exitCode = failure.exitCode
})

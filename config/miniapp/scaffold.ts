import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { scaffoldMiniApp } from '../registry/scaffold'
import { CliError, usageError } from './errors'
import { namesOf, type MiniAppNames } from './names'

export const KINDS = ['native', 'form'] as const
export type Kind = (typeof KINDS)[number]

/** The templates a new mini-app starts from: made for it, never a live mini-app. */
export const TEMPLATES_DIR = join(__dirname, 'templates')

const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? filesUnder(join(dir, name)) : [join(dir, name)]))

/** Fills `{{token}}`s; an unknown token is a broken template, not a silent blank. */
export const fillTemplate = (text: string, names: MiniAppNames, file = 'template'): string =>
  text.replace(/\{\{(\w+)\}\}/g, (_match, token: string) => {
    if (!(token in names)) throw new CliError(`${file} uses {{${token}}}, which is not a name the scaffold knows`)
    return names[token as keyof MiniAppNames]
  })

export const isKind = (kind: string): kind is Kind => (KINDS as readonly string[]).includes(kind)

export interface ScaffoldOptions {
  miniAppsDir: string
  id: string
  kind?: string
  /** Start from a copy of this existing mini-app instead of a template, moving its id. */
  from?: string
  templatesDir?: string
}

/** Writes mini-apps/<id>/ from the kind's templates; returns the files written, relative to mini-apps/. */
export const scaffold = ({ miniAppsDir, id, kind = 'native', from, templatesDir = TEMPLATES_DIR }: ScaffoldOptions): string[] => {
  const names = namesOf(id)
  const target = join(miniAppsDir, id)
  if (existsSync(target)) throw usageError(`mini-apps/${id} already exists`, 'Pick another id, or remove the folder first')
  if (from !== undefined) {
    if (!existsSync(join(miniAppsDir, from, 'manifest.ts'))) throw usageError(`mini-apps/${from} has no manifest.ts to start from`)
    scaffoldMiniApp(miniAppsDir, from, id)
    return filesUnder(target).map((f) => relative(miniAppsDir, f))
  }
  if (!isKind(kind)) throw usageError(`"${kind}" is not a kind of mini-app`, `Choose one of: ${KINDS.join(', ')}`)
  const source = join(templatesDir, kind)
  const written: string[] = []
  for (const file of filesUnder(source)
    .filter((f) => f.endsWith('.tmpl'))
    .sort()) {
    const path = join(target, relative(source, file).replace(/\.tmpl$/, ''))
    mkdirSync(dirname(path), { recursive: true })
    writeFileSync(path, fillTemplate(readFileSync(file, 'utf8'), names, relative(templatesDir, file)))
    written.push(relative(miniAppsDir, path))
  }
  return written
}

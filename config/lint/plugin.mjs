// The project's own lint rules for the mini-app boundary: what no published
// rule checks (the kind of a file, links, directive comments), kept small.
import { lstatSync } from 'node:fs'
import { basename, dirname } from 'node:path'
import { fileTypeProblem, SYMLINK_REASON } from './mini-app-files.mjs'

const MINI_APPS_DIR = 'mini-apps'

/** The file itself and each folder up to (not including) mini-apps/, as far as they exist. */
const pathsUpToMiniApps = (file) => {
  const paths = []
  for (let path = file; basename(path) !== MINI_APPS_DIR && dirname(path) !== path; path = dirname(path)) paths.push(path)
  return paths
}

const isLink = (path) => {
  try {
    return lstatSync(path).isSymbolicLink()
  } catch {
    // Text linted from memory (an editor buffer, a probe) has no file to be a link.
    return false
  }
}

const fileKind = {
  meta: {
    type: 'problem',
    docs: { description: 'Refuse JavaScript, unknown file types and symbolic links under mini-apps/' },
    schema: [],
  },
  create: (context) => ({
    Program: () => {
      const file = context.physicalFilename
      const loc = { line: 1, column: 0 }
      const typeProblem = fileTypeProblem(file)
      if (typeProblem) context.report({ loc, message: `This file ${typeProblem}.` })
      if (pathsUpToMiniApps(file).some(isLink)) context.report({ loc, message: `This file ${SYMLINK_REASON}.` })
    },
  }),
}

// The words ESLint reads as directives at the start of a comment.
const DIRECTIVE = /^\s*(eslint(-disable(-next-line|-line)?|-enable|-env)?|globals?|exported)(\s|$)/

const noDirectiveComments = {
  meta: {
    type: 'problem',
    docs: { description: 'Refuse ESLint directive comments, which the config ignores in mini-apps anyway' },
    schema: [],
  },
  create: (context) => ({
    Program: () => {
      for (const comment of context.sourceCode.getAllComments()) {
        const match = DIRECTIVE.exec(comment.value)
        if (!match) continue
        context.report({
          loc: comment.loc,
          message: `'${match[1]}' comments are refused in a mini-app and have no effect: its lint cannot be switched off. If a rule is wrong, change eslint.config.mjs in review.`,
        })
      }
    },
  }),
}

/** Lets ESLint open any file (styles, YAML, images) so the file rules above see it; there is no code to parse. */
const assetParser = {
  meta: { name: 'boundary/asset' },
  parseForESLint: (text) => {
    const lines = text.split(/\r\n|\r|\n/)
    const end = { line: lines.length, column: lines[lines.length - 1].length }
    return {
      ast: {
        type: 'Program',
        sourceType: 'module',
        body: [],
        comments: [],
        tokens: [],
        range: [0, text.length],
        loc: { start: { line: 1, column: 0 }, end },
      },
    }
  },
}

export const boundaryPlugin = {
  meta: { name: 'boundary' },
  rules: { 'file-kind': fileKind, 'no-directive-comments': noDirectiveComments },
}

export { assetParser }

// Lints probe snippets with the project's real ESLint config, outside Jest's VM
// (ESLint loads its config with a dynamic import, which Jest cannot host).
// stdin: [{ code, filePath, files?: [{ path, content } | { path, linkTo }] }]
// Each probe's files are written (or linked) first and removed after, for the
// rules that read the disk: links, and import cycles between real files.
// stdout: one array of rule messages per probe.
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { ESLint } from 'eslint'

const chunks = []
for await (const chunk of process.stdin) chunks.push(chunk)
const probes = JSON.parse(Buffer.concat(chunks).toString('utf8'))
const eslint = new ESLint({ cwd: process.cwd() })

const results = []
for (const { code, filePath, files = [] } of probes) {
  try {
    for (const file of files) {
      mkdirSync(dirname(file.path), { recursive: true })
      if (file.linkTo) symlinkSync(file.linkTo, file.path)
      else writeFileSync(file.path, file.content)
    }
    const [result] = await eslint.lintText(code, { filePath })
    results.push(result.messages.map(({ ruleId, message }) => ({ ruleId, message })))
  } finally {
    for (const file of files) rmSync(file.path, { force: true })
  }
}
process.stdout.write(JSON.stringify(results))

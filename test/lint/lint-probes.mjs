// Lints probe snippets with the project's real ESLint config, outside Jest's VM
// (ESLint loads its config with a dynamic import, which Jest cannot host).
// stdin: [{ code, filePath }]; stdout: one array of rule messages per probe.
import { ESLint } from 'eslint'

const chunks = []
for await (const chunk of process.stdin) chunks.push(chunk)
const probes = JSON.parse(Buffer.concat(chunks).toString('utf8'))
const eslint = new ESLint({ cwd: process.cwd() })
const results = []
for (const { code, filePath } of probes) {
  const [result] = await eslint.lintText(code, { filePath })
  results.push(result.messages.map(({ ruleId, message }) => ({ ruleId, message })))
}
process.stdout.write(JSON.stringify(results))

import { join, relative } from 'node:path'
import { scaffoldMiniApp } from './scaffold'

/** `npm run new:mini-app -- <from-id> <new-id>`: a new mini-app folder, started from an existing one. */
const [from, to] = process.argv.slice(2)
if (!from || !to) {
  console.error('Usage: npm run new:mini-app -- <existing-id> <new-id>   e.g. npm run new:mini-app -- health housing-fund')
  process.exit(2)
}
const root = join(__dirname, '..', '..')
try {
  const changed = scaffoldMiniApp(join(root, 'mini-apps'), from, to)
  console.log(`Created mini-apps/${to} from mini-apps/${from}; moved the id in ${changed.length} file(s):`)
  changed.forEach((file) => console.log(`  ${relative(root, file)}`))
  console.log(`Next: edit mini-apps/${to}/manifest.ts (names, department, category, icon: the registry refuses a copy of another mini-app's names or icon), then npm start.`)
} catch (e: unknown) {
  console.error(e instanceof Error ? e.message : String(e))
  process.exit(1)
}

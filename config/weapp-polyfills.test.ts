import { WEAPP_PONYFILLS, WeappPonyfillUsersPlugin } from './weapp-polyfills'

const standIn = (WEAPP_PONYFILLS.Event as [string, string])[0]

/** Runs the plugin over a module graph where `users` name `Event`; returns the build's errors. */
const errorsFor = (users: string[]): string[] => {
  const provided = { resource: standIn, identifier: () => standIn }
  const errors: Error[] = []
  let finish = () => undefined as void
  const compilation = {
    modules: [provided],
    moduleGraph: { getIncomingConnections: () => users.map((resource) => ({ originModule: { resource, identifier: () => resource } })) },
    errors,
    hooks: { finishModules: { tap: (_: string, fn: () => void) => void (finish = fn) } },
  }
  new WeappPonyfillUsersPlugin().apply({ hooks: { thisCompilation: { tap: (_, fn) => fn(compilation) } } })
  finish()
  return errors.map((e) => e.message)
}

describe('weapp ponyfills', () => {
  it("the Event stand-in makes the abort event the AbortController ponyfill dispatches", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the plain JS module the weapp build provides
    const { Event } = require(standIn) as { Event: new (type: string, init?: { cancelable?: boolean }) => { type: string; defaultPrevented: boolean; preventDefault(): void } }
    const abort = new Event('abort')
    abort.preventDefault()
    expect(abort).toMatchObject({ type: 'abort', defaultPrevented: false })
    const cancelable = new Event('submit', { cancelable: true })
    cancelable.preventDefault()
    expect(cancelable.defaultPrevented).toBe(true)
  })

  it('the build accepts the AbortController ponyfill naming Event', () => {
    expect(errorsFor(['/app/node_modules/abortcontroller-polyfill/dist/cjs-ponyfill.js'])).toEqual([])
  })

  it('the build fails when any other module names Event, since it would get the partial stand-in', () => {
    const [error, ...rest] = errorsFor(['/app/node_modules/abortcontroller-polyfill/dist/cjs-ponyfill.js', '/app/src/shell/some-page.tsx'])
    expect(rest).toEqual([])
    expect(error).toContain('/app/src/shell/some-page.tsx names `Event`')
  })
})

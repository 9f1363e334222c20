import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import sirv from 'sirv'

export interface StaticServer {
  url: string
  close: () => Promise<void>
}

/**
 * Serves a built H5 app as a production host would: plain files, no history
 * fallback (the router uses the hash), and `gzip` serves the `.gz` twins the
 * bench writes beside each file, as a CDN would compress them.
 */
export const serveStatic = (dir: string, options: { port?: number; gzip?: boolean } = {}): Promise<StaticServer> => {
  const handler = sirv(dir, { dev: false, etag: true, gzip: options.gzip ?? false, dotfiles: false })
  const server: Server = createServer((req, res) =>
    handler(req, res, () => {
      res.statusCode = 404
      res.end('not found')
    }),
  )
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      })
    })
  })
}

import type { NativeModuleStub } from '../bridge'
import { eventEmitterMethods, fireAndForget, promised, withCallbacks, type NativeHost } from './host'

export interface NetworkRecord {
  method: string
  url: string
  /** The HTTP status, `pending`, or the network error's message. */
  status: number | 'pending' | string
  /** The response's text. */
  body?: string
}

interface BlobRef {
  blobId: string
  offset?: number
  size?: number
}

/**
 * Android's NetworkingModule with BlobModule and FileReaderModule: requests
 * really go out (to the mock server) with Node's fetch, and the answer comes
 * back as the device's events (`didReceiveNetworkResponse`,
 * `didReceiveNetworkData`, `didCompleteNetworkResponse`). A body asked for as
 * a blob, as React Native's `fetch` does, is kept here and read back through
 * FileReaderModule, as on a device.
 */
export const networkingModules = (host: NativeHost, log: NetworkRecord[]): Record<string, NativeModuleStub> => {
  const blobs = new Map<string, string>()
  const aborts = new Map<number, AbortController>()
  let nextBlob = 0
  const blobText = (ref: BlobRef) => {
    const text = blobs.get(ref.blobId)
    if (text === undefined) throw new Error(`no blob ${ref.blobId}`)
    const start = ref.offset ?? 0
    return text.slice(start, ref.size === undefined || ref.size < 0 ? undefined : start + ref.size)
  }
  const storeBlob = (text: string): BlobRef & { type: string; size: number } => {
    const blobId = `rn-check-blob-${++nextBlob}`
    blobs.set(blobId, text)
    return { blobId, offset: 0, size: Buffer.byteLength(text), type: '' }
  }

  const send = async (method: string, url: string, id: number, headerPairs: [string, string][], data: { string?: string; blob?: BlobRef } | null, responseType: string) => {
    const record: NetworkRecord = { method, url, status: 'pending' }
    log.push(record)
    const controller = new AbortController()
    aborts.set(id, controller)
    try {
      const body = method === 'GET' || method === 'HEAD' ? undefined : (data?.string ?? (data?.blob ? blobText(data.blob) : undefined))
      const response = await fetch(url, { method, headers: headerPairs, body, signal: controller.signal })
      const text = await response.text()
      record.status = response.status
      record.body = text
      host.emit('didReceiveNetworkResponse', [id, response.status, Object.fromEntries(response.headers), response.url])
      host.emit('didReceiveNetworkData', [id, responseType === 'blob' ? storeBlob(text) : text])
      host.emit('didCompleteNetworkResponse', [id, null, false])
    } catch (e: unknown) {
      record.status = e instanceof Error ? e.message : String(e)
      host.emit('didCompleteNetworkResponse', [id, record.status, false])
    } finally {
      aborts.delete(id)
    }
  }

  return {
    Networking: {
      methods: {
        sendRequest: fireAndForget((method: string, url: string, id: number, headers: [string, string][], data: { string?: string } | null, responseType: string) => {
          void send(method, url, id, headers, data, responseType)
        }),
        abortRequest: fireAndForget((id: number) => aborts.get(id)?.abort()),
        clearCookies: withCallbacks(1, (_args, [done]) => done(true)),
        ...eventEmitterMethods,
      },
    },
    BlobModule: {
      constants: { BLOB_URI_SCHEME: 'content', BLOB_URI_HOST: null },
      methods: {
        addNetworkingHandler: fireAndForget(),
        addWebSocketHandler: fireAndForget(),
        removeWebSocketHandler: fireAndForget(),
        sendOverSocket: fireAndForget(),
        createFromParts: fireAndForget((parts: { type: string; data: string | BlobRef }[], blobId: string) => {
          blobs.set(blobId, parts.map((part) => (part.type === 'string' ? (part.data as string) : blobText(part.data as BlobRef))).join(''))
        }),
        release: fireAndForget((blobId: string) => blobs.delete(blobId)),
      },
    },
    FileReaderModule: {
      methods: {
        readAsText: promised((ref: BlobRef) => blobText(ref)),
        readAsDataURL: promised((ref: BlobRef) => `data:application/octet-stream;base64,${Buffer.from(blobText(ref)).toString('base64')}`),
      },
    },
  }
}

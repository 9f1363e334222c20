import type { NativeModuleStub } from '../bridge'
import { eventEmitterMethods, fireAndForget, withCallbacks, type NativeHost } from './host'

const FRAME_MS = 1000 / 60
/** Springs and decays have no fixed length; navigation's springs settle within about this long on a device. */
const SETTLE_MS = 400

interface AnimationConfig {
  type?: string
  frames?: number[]
  iterations?: number
}

/**
 * NativeAnimatedModule (animations run with `useNativeDriver`): there is no
 * UI thread to move views here, so each animation simply ends, `finished`,
 * after the time it would take on a device; `stopAnimation` ends it early,
 * unfinished. Screens that wait for a transition to end go on as they would.
 */
export const nativeAnimated = (host: NativeHost): NativeModuleStub => {
  const running = new Map<number, { cancel: () => void; end: (result: { finished: boolean }) => void }>()
  const noOps = [
    'startOperationBatch',
    'finishOperationBatch',
    'createAnimatedNode',
    'updateAnimatedNodeConfig',
    'startListeningToAnimatedNodeValue',
    'stopListeningToAnimatedNodeValue',
    'connectAnimatedNodes',
    'disconnectAnimatedNodes',
    'setAnimatedNodeValue',
    'setAnimatedNodeOffset',
    'flattenAnimatedNodeOffset',
    'extractAnimatedNodeOffset',
    'connectAnimatedNodeToView',
    'disconnectAnimatedNodeFromView',
    'restoreDefaultValues',
    'dropAnimatedNode',
    'addAnimatedEventToView',
    'removeAnimatedEventFromView',
  ]
  const duration = (config: AnimationConfig) =>
    config.type === 'frames' && config.frames ? config.frames.length * FRAME_MS * Math.max(1, config.iterations ?? 1) : SETTLE_MS
  return {
    methods: {
      ...Object.fromEntries(noOps.map((name) => [name, fireAndForget()])),
      getValue: withCallbacks(1, (_args, [save]) => save(0)),
      startAnimatingNode: withCallbacks(1, ([id, , config], [end]) => {
        const cancel = host.later(() => {
          running.delete(id as number)
          end({ finished: true })
        }, duration(config as AnimationConfig))
        running.set(id as number, { cancel, end })
      }),
      stopAnimation: fireAndForget((id: number) => {
        const animation = running.get(id)
        if (!animation) return
        animation.cancel()
        running.delete(id)
        animation.end({ finished: false })
      }),
      ...eventEmitterMethods,
    },
  }
}

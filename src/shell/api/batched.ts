/**
 * Runs `update` with the renderer's updates batched until it returns. React 18
 * batches on its own wherever the app runs on a concurrent root (H5); this
 * file is for those targets. React Native's classic renderer (0.73, old
 * architecture) renders a legacy root, which re-renders inside each dispatch:
 * see `batched.rn.ts`.
 */
export const batched = (update: () => void): void => update()

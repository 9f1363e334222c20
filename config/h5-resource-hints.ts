import type { Compilation, Compiler } from 'webpack'

/**
 * Resource hints in the H5 index.html. Taro's router imports a page's chunk
 * only once the app has run, so the first page's script waits for app.js to
 * download and execute: a `preload` starts it with the HTML. The pages a
 * resident opens next (the other tabs) get a `prefetch`, fetched when the
 * browser is idle, so the tap does not wait on the network.
 */
export interface ResourceHintPages {
  /** Source paths without extension, e.g. `pages/home/index`. */
  preload: string[]
  prefetch: string[]
}

const filesOfPage = (compilation: Compilation, page: string): string[] => {
  const matches = (request: string | undefined) => !!request && request.replace(/\.[jt]sx?$/, '').replace(/\?.*$/, '').endsWith(page)
  const group = compilation.chunkGroups.find((g) => g.origins.some((o) => matches(o.request)))
  if (!group) throw new Error(`resource hints: no chunk loads ${page}; was the page renamed?`)
  return group.chunks.flatMap((chunk) => [...chunk.files]).filter((f) => f.endsWith('.js'))
}

export const hintTags = (publicPath: string, pages: ResourceHintPages, filesOf: (page: string) => string[]): string => {
  const preload = [...new Set(pages.preload.flatMap(filesOf))]
  const prefetch = [...new Set(pages.prefetch.flatMap(filesOf))].filter((f) => !preload.includes(f))
  return [
    ...preload.map((f) => `<link rel="preload" as="script" href="${publicPath}${f}">`),
    ...prefetch.map((f) => `<link rel="prefetch" as="script" href="${publicPath}${f}">`),
  ].join('')
}

export class ResourceHintsPlugin {
  constructor(private readonly pages: ResourceHintPages) {}

  apply(compiler: Compiler): void {
    const { Compilation: C, sources } = compiler.webpack
    compiler.hooks.thisCompilation.tap('ResourceHintsPlugin', (compilation) => {
      // After html-webpack-plugin has emitted index.html.
      compilation.hooks.processAssets.tap({ name: 'ResourceHintsPlugin', stage: C.PROCESS_ASSETS_STAGE_SUMMARIZE }, () => {
        const html = compilation.getAsset('index.html')
        if (!html) return
        const publicPath = String(compilation.outputOptions.publicPath ?? '/')
        const tags = hintTags(publicPath, this.pages, (page) => filesOfPage(compilation, page))
        const text = html.source.source().toString().replace('</head>', `${tags}</head>`)
        compilation.updateAsset('index.html', new sources.RawSource(text))
      })
    })
  }
}

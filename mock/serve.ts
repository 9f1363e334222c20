import { createMockServer } from './server'

/** `npm run mock:server`: PORT (9090) and HOST (127.0.0.1; 0.0.0.0 lets a phone on the LAN reach it). */
const port = Number(process.env.PORT ?? 9090)
const host = process.env.HOST ?? '127.0.0.1'

createMockServer().listen(port, host, () => {
  const origin = `http://${host === '0.0.0.0' ? '<this machine’s LAN address>' : host}:${port}`
  console.log(`Mock backend listening on http://${host}:${port}`)
  console.log(`  API base:  ${origin}/api`)
  console.log(`  Controls:  ${origin}/__mock   (persona, latency, faults)`)
  console.log(`  weapp:     TARO_APP_API_BASE=${origin}/api npm run dev:weapp   (DevTools: tick 不校验合法域名)`)
  console.log(`  RN:        TARO_APP_API_BASE=${origin}/api npm run build:rn`)
})

import { useEffect, useState } from 'react'

/** Seconds left before the resident may ask for another SMS code. */
export const useCountdown = () => {
  const [left, setLeft] = useState(0)
  useEffect(() => {
    if (left <= 0) return undefined
    const timer = setTimeout(() => setLeft(left - 1), 1000)
    return () => clearTimeout(timer)
  }, [left])
  return [left, setLeft] as const
}

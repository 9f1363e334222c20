import { useCallback } from 'react'
import { useAppDispatch, useAppSelector } from '../store/hooks'
import { changePicks, cityChanged, selectCity, selectRecent, serviceUsed } from './picks-slice'

/** The chosen city, and a way to change it (remembered on the device). */
export const useCity = (): [string, (code: string) => void] => {
  const dispatch = useAppDispatch()
  const city = useAppSelector(selectCity)
  return [city, useCallback((code: string) => dispatch(changePicks(cityChanged(code))), [dispatch])]
}

/** Records a service as recently used. */
export const useServiceUsed = (): ((id: string) => void) => {
  const dispatch = useAppDispatch()
  return useCallback((id: string) => dispatch(changePicks(serviceUsed(id))), [dispatch])
}

export const useRecent = (): string[] => useAppSelector(selectRecent)

/** The family member the resident acts for (代办); the server puts it into the mini-app's token, never a header. */
export interface ActingFor {
  id: string
  displayName: string
}

import { CasesList } from '../../../../shell/cases/cases-list'

/** My → 我的办件. */
export default function CasesPage() {
  return <CasesList />
}

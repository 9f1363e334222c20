/**
 * The form engine: pure functions over a validated scenario and the
 * resident's form state. The renderer (a shell subpackage) calls these; they
 * touch no store, storage or network, so each is tested on its own.
 */
export { evaluateCondition, visibilityOf, type Visibility } from './conditions'
export { validateField, isoDay, type FieldError, type FieldRule } from './field-rules'
export { checkFile, formatBytes, type FileProblem, type PickedFile } from './files'
export {
  materialError, materialLimits, materialsStatus, missingMaterials, neededMaterials,
  type MaterialError, type MaterialRule, type MaterialStatus,
} from './materials'
export { applyPrefill, prefillPlan, type PrefillPlan, type PrefillRequest } from './prefill'
export { UnknownStepError } from './scenario-index'
export { buildSubmission, type OneStopApplication, type SubmissionResult, type SubmissionSubject } from './submission'
export { checkAnswers, shownValue, type SummaryRow, type SummarySection } from './summary'
export {
  hasErrors, markSaved, positionAfterSave, taskList, validateStep, type StepErrors, type Task, type TaskList, type TaskStatus,
} from './tasks'
export { emptyFormState, isAnswered, type AnswerValue, type Answers, type EngineOptions, type FileView, type FormState, type Position } from './types'

import type { AccountText } from './zh-CN'

export const accountEn: AccountText = {
  verify: {
    title: 'Verify your identity',
    idStep: 'Step 1: check your name and ID number',
    faceStep: 'Step 2: face check',
    name: 'Name',
    idNumber: 'ID number',
    submitId: 'Check',
    startFace: 'Start the face check',
    mockCamera: 'Mock camera: face the screen',
    mockPass: 'Simulate a pass',
    mockFail: 'Simulate a failure',
    done: 'Verified',
    continue: 'Continue',
    levelNeeded: (level) => `This service needs ${level === 'L3' ? 'a face check' : 'real-name verification'}`,
    idProblems: {
      length: 'An ID number has 18 characters',
      characters: 'Digits only; the last one may be X',
      'birth-date': 'The birth date in the ID number is not valid',
      'check-digit': 'The check digit does not match; please check the number',
    },
    nameMissing: 'Enter your name as on your ID card',
  },
  family: {
    title: 'Family members',
    none: 'No family members yet',
    relations: { child: 'Child', parent: 'Parent', spouse: 'Spouse' },
    actFor: 'Act for them',
    stopActing: 'Stop acting',
    remove: 'Remove',
    add: 'Add a family member',
    name: 'Their name',
    idNumber: 'Their ID number',
    actingHint: 'Only services that allow it act for your family member',
  },
}

/** The account subpackage's words, zh-CN first: kept out of the main dictionary so they load with its pages. */
export const accountZhCN = {
  verify: {
    title: '实名认证',
    idStep: '第 1 步：核验姓名和身份证号',
    faceStep: '第 2 步：人脸核验',
    name: '姓名',
    idNumber: '身份证号',
    submitId: '提交核验',
    startFace: '开始人脸核验',
    mockCamera: '模拟摄像头：请正对屏幕',
    mockPass: '模拟核验通过',
    mockFail: '模拟核验未通过',
    done: '认证完成',
    continue: '继续',
    levelNeeded: (level: string) => `该服务需要完成${level === 'L3' ? '人脸核验' : '实名认证'}`,
    idProblems: {
      length: '身份证号应为 18 位',
      characters: '身份证号只能包含数字，最后一位可以是 X',
      'birth-date': '身份证号中的出生日期不正确',
      'check-digit': '身份证号校验位不正确，请核对',
    },
    nameMissing: '请填写与身份证一致的姓名',
  },
  family: {
    title: '家庭成员',
    none: '还没有添加家庭成员',
    relations: { child: '子女', parent: '父母', spouse: '配偶' } as Record<string, string>,
    actFor: '为TA办理',
    stopActing: '停止代办',
    remove: '移除',
    add: '添加家庭成员',
    name: '成员姓名',
    idNumber: '成员身份证号',
    actingHint: '仅支持代办的服务会以家人身份办理',
  },
}

export type AccountText = typeof accountZhCN

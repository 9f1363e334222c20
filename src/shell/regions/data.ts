/**
 * Liaoning's 14 prefecture-level cities and their 100 county-level divisions,
 * with GB/T 2260 codes. Kept compact because it ships in the app: each city is
 * `[code, zh-CN, pinyin, districts]` and each district `code-suffix zh-CN pinyin`,
 * where the suffix completes the city's first four digits. English names are
 * the pinyin plus a type read from the Chinese suffix (see `regions.ts`).
 */
export const PROVINCE: readonly [code: string, zh: string, en: string] = ['210000', '辽宁省', 'Liaoning']

export type CityRow = readonly [code: string, zh: string, en: string, districts: string]

export const CITY_ROWS: readonly CityRow[] = [
  [
    '210100',
    '沈阳市',
    'Shenyang',
    '02 和平区 Heping|03 沈河区 Shenhe|04 大东区 Dadong|05 皇姑区 Huanggu|06 铁西区 Tiexi|11 苏家屯区 Sujiatun|12 浑南区 Hunnan|' +
      '13 沈北新区 Shenbei|14 于洪区 Yuhong|15 辽中区 Liaozhong|23 康平县 Kangping|24 法库县 Faku|81 新民市 Xinmin',
  ],
  [
    '210200',
    '大连市',
    'Dalian',
    '02 中山区 Zhongshan|03 西岗区 Xigang|04 沙河口区 Shahekou|11 甘井子区 Ganjingzi|12 旅顺口区 Lüshunkou|13 金州区 Jinzhou|' +
      '14 普兰店区 Pulandian|24 长海县 Changhai|81 瓦房店市 Wafangdian|83 庄河市 Zhuanghe',
  ],
  ['210300', '鞍山市', 'Anshan', '02 铁东区 Tiedong|03 铁西区 Tiexi|04 立山区 Lishan|11 千山区 Qianshan|21 台安县 Tai’an|23 岫岩满族自治县 Xiuyan|81 海城市 Haicheng'],
  ['210400', '抚顺市', 'Fushun', '02 新抚区 Xinfu|03 东洲区 Dongzhou|04 望花区 Wanghua|11 顺城区 Shuncheng|21 抚顺县 Fushun|22 新宾满族自治县 Xinbin|23 清原满族自治县 Qingyuan'],
  ['210500', '本溪市', 'Benxi', '02 平山区 Pingshan|03 溪湖区 Xihu|04 明山区 Mingshan|05 南芬区 Nanfen|21 本溪满族自治县 Benxi|22 桓仁满族自治县 Huanren'],
  ['210600', '丹东市', 'Dandong', '02 元宝区 Yuanbao|03 振兴区 Zhenxing|04 振安区 Zhen’an|24 宽甸满族自治县 Kuandian|81 东港市 Donggang|82 凤城市 Fengcheng'],
  ['210700', '锦州市', 'Jinzhou', '02 古塔区 Guta|03 凌河区 Linghe|11 太和区 Taihe|26 黑山县 Heishan|27 义县 Yi|81 凌海市 Linghai|82 北镇市 Beizhen'],
  ['210800', '营口市', 'Yingkou', '02 站前区 Zhanqian|03 西市区 Xishi|04 鲅鱼圈区 Bayuquan|11 老边区 Laobian|81 盖州市 Gaizhou|82 大石桥市 Dashiqiao'],
  ['210900', '阜新市', 'Fuxin', '02 海州区 Haizhou|03 新邱区 Xinqiu|04 太平区 Taiping|05 清河门区 Qinghemen|11 细河区 Xihe|21 阜新蒙古族自治县 Fuxin|22 彰武县 Zhangwu'],
  ['211000', '辽阳市', 'Liaoyang', '02 白塔区 Baita|03 文圣区 Wensheng|04 宏伟区 Hongwei|05 弓长岭区 Gongchangling|11 太子河区 Taizihe|21 辽阳县 Liaoyang|81 灯塔市 Dengta'],
  ['211100', '盘锦市', 'Panjin', '02 双台子区 Shuangtaizi|03 兴隆台区 Xinglongtai|04 大洼区 Dawa|22 盘山县 Panshan'],
  ['211200', '铁岭市', 'Tieling', '02 银州区 Yinzhou|04 清河区 Qinghe|21 铁岭县 Tieling|23 西丰县 Xifeng|24 昌图县 Changtu|81 调兵山市 Diaobingshan|82 开原市 Kaiyuan'],
  [
    '211300',
    '朝阳市',
    'Chaoyang',
    '02 双塔区 Shuangta|03 龙城区 Longcheng|21 朝阳县 Chaoyang|22 建平县 Jianping|24 喀喇沁左翼蒙古族自治县 Harqin Left Wing|81 北票市 Beipiao|82 凌源市 Lingyuan',
  ],
  ['211400', '葫芦岛市', 'Huludao', '02 连山区 Lianshan|03 龙港区 Longgang|04 南票区 Nanpiao|21 绥中县 Suizhong|22 建昌县 Jianchang|81 兴城市 Xingcheng'],
]

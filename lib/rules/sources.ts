// The documents rules cite as their default source, named once; a jurisdiction's own articles live in its jurisdiction.yaml. The seeds implement 国办发〔2020〕49号 locally; we cite them by their own numbering.
export const SOURCES = {
  jiangsu: { short: '江苏省实施方案', full: '《江苏省进一步完善失信约束制度构建诚信建设长效机制的实施方案》（江苏省人民政府办公厅，2021年9月9日）' },
  nanjing: { short: '南京市实施方案', full: '《南京市进一步完善失信约束制度构建诚信建设长效机制实施方案》（宁信用〔2021〕1号，2021年12月15日）' },
  lushan: { short: '庐山市实施意见', full: '《庐山市关于进一步完善失信约束制度构建诚信建设长效机制的实施意见》（庐山市社会信用体系建设领导小组办公室）' },
  nationalPolicy: { short: '国办发〔2020〕49号', full: '《国务院办公厅关于进一步完善失信约束制度构建诚信建设长效机制的指导意见》（国办发〔2020〕49号），各地实施方案据此制定' },
  penaltyLaw: { short: '行政处罚法', full: '《中华人民共和国行政处罚法》（2021年修订）' },
  repairOrder: { short: '国家发展改革委令第36号', full: '《信用修复管理办法》（国家发展改革委令第36号，2026年4月1日起施行；分级期限据 real-lists.md 二手资料）' },
} as const;

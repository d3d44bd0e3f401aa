// A valid proposal for a new catalogue item, ML-0003, against the base fixture.
export const PROPOSAL = `# yaml-language-server: $schema=../schemas/catalogue-item.schema.json
kind: record
title: 拒不缴纳行政事业性收费信息
category: 行政许可、行政处罚、行政强制、行政确认、行政征收、行政给付、行政裁决、行政补偿、行政奖励和行政监督检查信息
nature: dishonesty
severity: general
repair:
  repairable: true
content: 拒不缴纳依法应当缴纳的行政事业性收费的信息。
subject_types: [legal_person, unincorporated_organization]
providers: [finance]
bases:
  - basis: shandong-social-credit-regulation
    articles: [第十三条第一款第（一）项]
disclosure:
  mode: public
  period: {years: 1}
sharing:
  mode: conditional
  scope: 省公共信用信息平台
retention: {years: 5}
update_frequency: within_7_working_days
status: proposed
proposal:
  department: finance
  date: "2026-11-02"
  pull_request: 7
history:
  - {date: "2026-11-02", event: proposed, pull_request: 7}
`;

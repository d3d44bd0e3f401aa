// A two-edition history on the base fixture: the first edition, then one that adds, amends, corrects and repeals.
import { copyYaml, editYaml, fixtureRepo, release, setVersion } from './helpers.ts';

type Data = Record<string, unknown> & { history: Record<string, unknown>[] };

/** Before the first release: a third approved catalogue item, to be repealed later. */
export function prepareFirstEdition(root: string): void {
  copyYaml(root, 'catalogue/ML-0001.yaml', 'catalogue/ML-0003.yaml', (d) => {
    d.title = '拒不缴纳行政事业性收费信息';
    d.content = '拒不缴纳依法应当缴纳的行政事业性收费，经催告逾期仍不缴纳的信息。';
  });
}

/** The changes of the second edition. */
export function prepareSecondEdition(root: string): void {
  editYaml(root, 'catalogue/ML-0001.yaml', (d) => {
    d.content = '用人单位拒不缴纳依法应当缴纳的社会保险费，经责令限期缴纳后逾期仍不缴纳的信息。';
    (d as Data).history.push({ date: '2026-04-02', event: 'corrected', note: '补正“经责令限期缴纳后”的文字' });
  });
  editYaml(root, 'catalogue/ML-0002.yaml', (d) => {
    d.disclosure = { mode: 'public', period: { years: 2 } };
    d.sharing = { mode: 'unconditional', scope: '全国信用信息共享平台及省直有关部门' };
    d.consultation = { opens: '2026-04-01', closes: '2026-05-05', channel: { kind: 'forge' }, comments_received: 2, comments_adopted: 0, response: '两条意见均涉及期限，经研究未予采纳。' };
    d.approval = { body: '山东省人民政府', date: '2026-05-20', document_number: '示例〔2026〕5号', effective: '2026-07-01' };
    (d as Data).history.push(
      { date: '2026-03-25', event: 'amendment_proposed' },
      { date: '2026-04-01', event: 'consultation_opened' },
      { date: '2026-05-05', event: 'consultation_closed' },
      { date: '2026-05-20', event: 'amended', ref: '示例〔2026〕5号', note: '公开期限由3年改为2年' },
    );
  });
  editYaml(root, 'catalogue/ML-0003.yaml', (d) => {
    d.status = 'repealed';
    d.repeal = { reason: '已纳入全国基础目录，补充目录不再重复列出', body: '山东省人民政府', date: '2026-06-01', document_number: '示例〔2026〕6号', effective: '2026-07-01' };
    (d as Data).history.push({ date: '2026-06-01', event: 'repealed', ref: '示例〔2026〕6号' });
  });
  editYaml(root, 'measures/CS-0001.yaml', (d) => {
    d.status = 'approved';
    d.consultation = { ...(d.consultation as object), comments_received: 0, comments_adopted: 0, response: '征求意见期间未收到意见。' };
    d.approval = { body: '山东省人民政府', date: '2026-11-10', document_number: '示例〔2026〕8号', effective: '2027-01-01' };
    (d as Data).history.push({ date: '2026-10-30', event: 'consultation_closed' }, { date: '2026-11-10', event: 'approved', ref: '示例〔2026〕8号' });
  });
  setVersion(root, '2.0.0');
}

/** An approved entry reopened for amendment: under consultation again, its approval kept. */
export function startAmendment(root: string, file = 'catalogue/ML-0001.yaml'): void {
  editYaml(root, file, (d) => {
    d.status = 'consultation';
    d.content = '（修订草案）用人单位拒不缴纳社会保险费的信息。';
    d.consultation = { opens: '2026-06-01', closes: '2026-07-01', channel: { kind: 'forge' } };
    (d as Data).history.push({ date: '2026-05-25', event: 'amendment_proposed' }, { date: '2026-06-01', event: 'consultation_opened' });
  });
}

/** A repository of the base fixture with both editions released (1.0.0, then the second edition), signed. */
export function twoEditionRepo(): string {
  const root = fixtureRepo('1.0.0');
  prepareFirstEdition(root);
  release(root);
  prepareSecondEdition(root);
  release(root);
  return root;
}

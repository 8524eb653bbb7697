import { attachmentProblem, importedRowProblems, importProblemSummary, idNumberCheckChar, mapImportHeaders, RECIPIENT_COLUMNS, sniffAttachmentType } from '@sunshine/shared';

const validId = (first17: string) => first17 + idNumberCheckChar(first17);

describe('list headers', () => {
  it('finds columns by their Chinese names, whatever the brackets, spacing and extra columns', () => {
    const mapped = mapImportHeaders(RECIPIENT_COLUMNS, ['序号', ' 姓 名', '金额(元)', '身份证号', '备注']);
    expect(mapped).toEqual({ ok: true, indexes: [1, 3, 2] });
    expect(mapImportHeaders(RECIPIENT_COLUMNS, ['姓名', '身份证号', '金额'])).toEqual({ ok: true, indexes: [0, 1, 2] });
  });

  it('names every missing column on row 1', () => {
    const mapped = mapImportHeaders(RECIPIENT_COLUMNS, ['姓名', '备注']);
    expect(mapped).toEqual({
      ok: false,
      problems: [
        { row: 1, column: '身份证号', message: '表头缺少“身份证号”列' },
        { row: 1, column: '金额（元）', message: '表头缺少“金额（元）”列' },
      ],
    });
  });
});

describe('list rows', () => {
  it('passes a row with a real check digit and a two-decimal amount', () => {
    expect(importedRowProblems(RECIPIENT_COLUMNS, 2, ['张桂兰', validId('21012419480312002'), '1380.5'])).toEqual([]);
  });

  it('reports each bad cell by spreadsheet row and column in Chinese', () => {
    const id = validId('21012419480312002');
    const wrongCheck = id.slice(0, 17) + (id[17] === '1' ? '2' : '1');
    const problems = importedRowProblems(RECIPIENT_COLUMNS, 7, ['', wrongCheck, '12元']);
    expect(problems.map((p) => [p.row, p.column])).toEqual([
      [7, '姓名'],
      [7, '身份证号'],
      [7, '金额（元）'],
    ]);
    expect(problems[1].message).toBe('第 7 行“身份证号”：身份证号校验位不对，请核对是否输错');
  });

  it('says how many problems there are when only the first are listed', () => {
    expect(importProblemSummary(3)).toContain('有 3 处问题');
    expect(importProblemSummary(120)).toContain('下面列出前 50 处');
  });
});

describe('attachments', () => {
  const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
  const pdf = new TextEncoder().encode('%PDF-1.7\n...');

  it('knows a file by its first bytes, not its name', () => {
    expect(sniffAttachmentType(png)).toBe('image/png');
    expect(sniffAttachmentType(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffAttachmentType(pdf)).toBe('application/pdf');
    expect(sniffAttachmentType(new TextEncoder().encode('MZ\x90\x00'))).toBeNull();
  });

  it('refuses a renamed file, a wrong type and an oversize file with a Chinese reason', () => {
    expect(attachmentProblem('公示照片.png', png)).toBeNull();
    expect(attachmentProblem('公示照片.pdf', png)).toEqual({ code: 'FILE_TYPE_NOT_ALLOWED', message: expect.stringContaining('与文件扩展名不符') });
    expect(attachmentProblem('setup.pdf', new TextEncoder().encode('MZ....'))).toEqual({ code: 'FILE_TYPE_NOT_ALLOWED', message: expect.stringContaining('不是 JPG、PNG 图片或 PDF 文件') });
    const big = new Uint8Array(3 * 1024 * 1024 + 1);
    big.set(pdf);
    expect(attachmentProblem('大文件.pdf', big)?.code).toBe('FILE_TOO_LARGE');
  });
});

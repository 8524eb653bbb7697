import { topicsOf, TOPICS } from '../src/topics';

describe('topicsOf', () => {
  it('checks that Node’s ICU segments Chinese into words', () => {
    const words = [...new Intl.Segmenter('zh', { granularity: 'word' }).segment('村里自来水停水三天了')].map((s) => s.segment);
    expect(words).toContain('自来水');
  });

  it.each([
    ['村里自来水停水三天了，路灯也坏了', ['公共设施', '饮水']],
    ['路灯坏了', ['公共设施']],
    ['村头路灯坏了一个月没人修', ['公共设施']],
    ['村口的路面全是坑洼', ['交通']],
    ['低保什么时候发放', ['社保']],
    ['小区电梯坏了，物业不管', ['物业']],
    ['冬天暖气不热', ['供暖']],
    ['垃圾堆在河道边没人清理', ['环境']],
    ['昨天停电一整天，变压器坏了', ['用电']],
    ['我家是监测户，帮扶干部一直没来', ['帮扶']],
  ])('tags “%s” with %j', (text, topics) => {
    expect(topicsOf(text)).toEqual(topics);
  });

  it('tags nothing when no topic word is in the text', () => {
    expect(topicsOf('谢谢村干部的辛苦工作')).toEqual([]);
    expect(topicsOf('')).toEqual([]);
  });

  it('does not match a word split across a punctuation mark', () => {
    expect(topicsOf('请问低，保安在哪')).toEqual([]);
  });

  it('lists each topic once, in dictionary order', () => {
    const tags = topicsOf('停水又停水，自来水水管坏了，修路也没人管');
    expect(tags).toEqual(['交通', '饮水']);
    expect(tags.every((t) => TOPICS.includes(t))).toBe(true);
  });
});

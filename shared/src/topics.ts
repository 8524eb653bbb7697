/**
 * Topic tags of a resident's message, so the county sees which problems
 * cluster where. Words come from ICU's Chinese word segmentation; a topic
 * matches when one of its words is a segment or a run of adjacent segments
 * (ICU splits 低保 into 低|保, so runs are joined before the lookup).
 */
export const TOPIC_KEYWORDS = {
  交通: ['道路', '公路', '修路', '路面', '桥', '桥梁', '公交', '班车', '交通', '坑洼', '客车'],
  // Things the village keeps for everyone; a broken streetlight is not a traffic matter.
  公共设施: ['路灯', '灯杆', '健身器材', '文化广场', '活动室', '公共厕所', '监控探头', '篮球场'],
  饮水: ['自来水', '饮水', '停水', '水井', '水管', '水质', '吃水', '供水', '水压'],
  社保: ['低保', '养老金', '医保', '社保', '养老保险', '新农合', '五保', '特困', '救助金', '残疾补贴'],
  用电: ['停电', '电费', '电压', '电线', '变压器', '供电', '电表', '用电', '线路'],
  帮扶: ['帮扶', '脱贫', '贫困', '扶贫', '监测户', '困难户', '救济'],
  环境: ['垃圾', '污水', '臭味', '污染', '秸秆', '焚烧', '噪音', '厕所', '环境', '河道', '粪污'],
  物业: ['物业', '物业费', '电梯', '小区', '保洁', '业委会', '停车位'],
  供暖: ['供暖', '暖气', '取暖', '锅炉', '采暖', '供热', '燃煤'],
  土地: ['土地', '承包地', '宅基地', '征地', '流转', '确权', '耕地'],
  财务: ['账目', '集体资金', '补贴款', '补助', '工程款', '报销', '村务'],
} as const satisfies Record<string, readonly string[]>;
export type TTopic = keyof typeof TOPIC_KEYWORDS;
export const TOPICS = Object.keys(TOPIC_KEYWORDS) as TTopic[];

const TOPIC_OF_WORD: ReadonlyMap<string, TTopic> = new Map(
  TOPICS.flatMap((topic) => TOPIC_KEYWORDS[topic].map((word) => [word, topic] as const)),
);
const LONGEST_WORD = Math.max(...[...TOPIC_OF_WORD.keys()].map((w) => w.length));

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** The topics of `text`, in dictionary order, each once. */
export function topicsOf(text: string): TTopic[] {
  const words = [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
  const found = new Set<TTopic>();
  for (let start = 0; start < words.length; start++) {
    let joined = '';
    for (let end = start; end < words.length && joined.length < LONGEST_WORD; end++) {
      joined += words[end];
      const topic = TOPIC_OF_WORD.get(joined);
      if (topic) found.add(topic);
    }
  }
  return TOPICS.filter((t) => found.has(t));
}

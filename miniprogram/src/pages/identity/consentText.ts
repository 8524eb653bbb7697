/**
 * What the consent screen says before an ID number is collected. An ID
 * number is sensitive personal information (个人信息保护法 第二十八条), so the
 * resident is told separately why it is necessary and how it affects them
 * (第二十九、三十条), and how to withdraw (第十五、四十七条).
 */
export const CONSENT_SECTIONS: { title: string; text: string }[] = [
  {
    title: '为什么需要身份证号',
    text: '村（社区）公开的补贴、低保、补偿、养老金等名单是按身份证号登记的。只有核对您的身份证号，才能把名单中属于您本人的款项找出来给您看，并确认您是本村（社区）群众。不绑定身份也可以查看所有公开内容。',
  },
  {
    title: '我们保存什么、怎么保存',
    text: '保存您填写的姓名、身份证号和（自愿填写的）手机号，以及绑定的村（社区）。身份证号、姓名和手机号都加密保存；查找名单时只使用由身份证号计算出的不可还原的校验值，不会逐条查看别人的明文。页面上只显示打码后的号码（如 2101**********1234）。',
  },
  {
    title: '谁能看到',
    text: '只有您本人能看到您的款项和留言。需要人工核对时，本村（社区）管理员能看到您的姓名和打码后的身份证号，用于与户籍名册比对。我们不会把您的信息提供给其他单位或个人，也不会用于其他用途。',
  },
  {
    title: '对您的影响',
    text: '身份证号一旦泄露可能被冒用，所以我们只在绑定时使用它，并全程加密。一个身份证号只能绑定一个微信账号；如果发现已被别人绑定，请联系村（社区）处理。',
  },
  {
    title: '怎样解除绑定、删除信息',
    text: '随时可以在“身份绑定”页面点“解除绑定并删除我的信息”，您的姓名、身份证号和手机号会立即删除。审核不通过时，您填写的信息也会立即删除。',
  },
];

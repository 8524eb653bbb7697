export default definePageConfig({
  navigationBarTitleText: '按地区查找',
});

export default definePageConfig({
  navigationBarTitleText: '阳光三务',
});

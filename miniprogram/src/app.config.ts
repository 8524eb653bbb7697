export default defineAppConfig({
  pages: ['pages/index/index', 'pages/village/index', 'pages/category/index', 'pages/disclosure/index', 'pages/regions/index', 'pages/identity/index', 'pages/payments/index', 'pages/messages/index', 'pages/hotline/index', 'pages/inbox/index'],
  window: {
    navigationBarTitleText: '阳光三务',
    navigationBarBackgroundColor: '#a8071a',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f5f5f5',
    backgroundTextStyle: 'dark',
  },
});

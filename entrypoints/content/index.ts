export default defineContentScript({
  matches: ['https://x.com/*', 'https://twitter.com/*', 'https://www.linkedin.com/*'],
  main() {},
});

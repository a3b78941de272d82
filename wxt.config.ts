import { defineConfig } from 'wxt';

/**
 * Public half of the key that fixes the Chrome/Edge extension id (unpacked and self-hosted builds):
 * id = ijijkdibdggfdebocnjdnbacpeebgkal. Enterprise policy is keyed by this id; see docs/deploying.md.
 */
const CHROME_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAsQeimZWNr58awxefVblpJN5bgXokiJdCiNNi6mpN14fA4L0n4eph0RN2qwTusutnSeALlmdJckO2rOqSqqKRoQBEnmpfGcOgXLGpBfjXNd74NhEAVuLdA9/l9yN4NIEcDTW7SXFJIGFSeQ3b8GpUWc4ZsnwU327zn7YZ42XQO47hd0gof5Tf51dyngNqlgIVHCMaMWsA9tRj5IzJsFDmtdypCpNPkYxbxyOMGbykgTHII1a6LLqkygYKhIFl3W8/rcbfEseVFYQzs529c1YHzhkYpA+KuulpnKhH9n8eOsuaANQPnbTThrmy3/9x/5PJoG8qzoXKCDAKPpF4CsgiRQIDAQAB';

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms'],
    // The coach (engine, NLP, UI) loads by URL only when a composer gets focus; see entrypoints/coach.ts.
    web_accessible_resources:
      browser === 'firefox'
        ? ['coach.js']
        : [{ resources: ['coach.js'], matches: ['https://x.com/*', 'https://twitter.com/*', 'https://www.linkedin.com/*'] }],
    // The organisation's pack URL is only known at run time (policy); HTTPS anywhere, plus plain
    // HTTP on loopback for a local test server. WXT moves these into `permissions` for MV2.
    host_permissions: ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'postcoach@postcoach.dev',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {
          key: CHROME_PUBLIC_KEY,
          storage: { managed_schema: 'managed_schema.json' },
        }),
  }),
});

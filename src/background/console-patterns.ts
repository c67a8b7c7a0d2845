/** The console pages the console content script runs on (manifest.json's content_scripts). The
 *  host permissions let tabs.query match these and read their urls without the `tabs` permission. */
export const CONSOLE_URL_PATTERNS: readonly string[] = [
  'https://console.aws.amazon.com/*',
  'https://*.console.aws.amazon.com/*',
  'https://health.aws.amazon.com/*',
  'https://lightsail.aws.amazon.com/*',
  'https://console.amazonaws-us-gov.com/*',
  'https://*.console.amazonaws-us-gov.com/*',
  'https://phd.amazonaws-us-gov.com/*',
  'https://console.amazonaws.cn/*',
  'https://*.console.amazonaws.cn/*',
  'https://health.amazonaws.cn/*',
  'https://console.amazonaws-eusc.eu/*',
  'https://*.console.amazonaws-eusc.eu/*',
];

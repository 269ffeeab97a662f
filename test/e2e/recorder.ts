// What the privacy and CSP gates observe in a page driven over CDP: every
// network request (`Network.requestWillBeSent`, also data: and blob: URLs,
// and WebSocket creation), every new browsing context the page opens (a
// print window) with the URLs it shows, CSP and Trusted Types violations from
// three independent sources (the page's `securitypolicyviolation` events,
// registered before any script of the page runs; Chromium's DevTools issues,
// `Audits.issueAdded`; and the browser log, `Log.entryAdded`), and console
// errors and uncaught exceptions (cdp.ts's `page.errors`).
import { Page, type Browser } from './cdp.js';

type Json = Record<string, unknown>;

export interface RecordedRequest {
  url: string;
  type: string;
  method: string;
}

export interface Recorder {
  readonly page: Page;
  readonly requests: RecordedRequest[];
  readonly webSockets: string[];
  /** URLs of browsing contexts the page opened (print window), as they change. */
  readonly openedUrls: string[];
  /** DevTools issues about CSP or Trusted Types (`contentSecurityPolicyIssue`). */
  readonly cspIssues: Json[];
  /** Browser log entries about security (CSP, Trusted Types). */
  readonly logEntries: { source: string; level: string; text: string; url?: string }[];
  /** `securitypolicyviolation` events seen by the page (read from the page). */
  violations(): Promise<{ directive: string; blocked: string; sample: string; source: string }[]>;
  stop(): void;
}

/** Installed before any script of each document: collects CSP violation events in the page. */
const VIOLATION_LISTENER = `
  window.__hochieuCsp = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__hochieuCsp.push({ directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample, source: e.sourceFile + ':' + e.lineNumber });
  }, true);
`;

/** Opens a page with everything recorded from before its first navigation. */
export async function recordedPage(browser: Browser): Promise<Recorder> {
  const { targetId } = (await browser.send('Target.createTarget', { url: 'about:blank' })) as { targetId: string };
  const { sessionId } = (await browser.send('Target.attachToTarget', { targetId, flatten: true })) as { sessionId: string };
  const page = new Page(browser, sessionId, targetId);
  const requests: RecordedRequest[] = [];
  const webSockets: string[] = [];
  const openedUrls: string[] = [];
  const cspIssues: Json[] = [];
  const logEntries: Recorder['logEntries'] = [];
  const opened = new Set<string>();
  const off = browser.on((method, params, session) => {
    if (method === 'Target.targetCreated' || method === 'Target.targetInfoChanged') {
      const info = params['targetInfo'] as { targetId: string; openerId?: string; url: string; type: string };
      if (info.openerId === targetId) opened.add(info.targetId);
      if (opened.has(info.targetId)) openedUrls.push(info.url);
      return;
    }
    if (session !== sessionId) return;
    if (method === 'Network.requestWillBeSent') {
      const request = params['request'] as { url: string; method: string };
      requests.push({ url: request.url, method: request.method, type: String(params['type'] ?? '') });
    } else if (method === 'Network.webSocketCreated') {
      webSockets.push(String(params['url']));
    } else if (method === 'Audits.issueAdded') {
      const issue = params['issue'] as { code: string; details: Json };
      if (/ContentSecurityPolicy|TrustedType/iu.test(issue.code)) cspIssues.push(issue as unknown as Json);
    } else if (method === 'Log.entryAdded') {
      const entry = params['entry'] as { source: string; level: string; text: string; url?: string };
      if (entry.source === 'security' || /Content Security Policy|Trusted Type/iu.test(entry.text)) logEntries.push(entry);
    }
  });
  await page.init();
  await page.send('Network.enable');
  await page.send('Log.enable');
  await page.send('Audits.enable');
  await page.send('Page.addScriptToEvaluateOnNewDocument', { source: VIOLATION_LISTENER });
  await browser.send('Target.setDiscoverTargets', { discover: true });
  return {
    page,
    requests,
    webSockets,
    openedUrls,
    cspIssues,
    logEntries,
    violations: () => page.run(`return window.__hochieuCsp || [];`),
    stop: off,
  };
}

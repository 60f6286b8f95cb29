// A switchable fault server for the widgets' `src` and `stats-src` URLs (used by 40-faults).
//
//   const faults = createFaults();
//   server.route(/^\/faults\//, faults.handler);
//   faults.set('404');            // every source now answers 404 …
//   faults.set('ok');             // … and the server "comes back"
//   faults.release();             // ends every held (stalled, dripping) response
//
// Sources (path → what a healthy server sends):
//   /faults/strip.json            partners (JSON)                 <lacnic-partner-strip src>
//   /faults/timeline.json         milestones (JSON)               <lacnic-timeline src>
//   /faults/timeline.csv          milestones (CSV)                <lacnic-timeline src>
//   /faults/figures.json          custom figures (JSON)           <lacnic-region-map src>
//   /faults/delegated-stats.txt   RIR delegated-stats text        <lacnic-region-map stats-src>
// The statistics body is a small real-format sample of LACNIC's public file
// (fixtures/delegated-lacnic-sample.txt: a version line, summaries and the first records of
// every economy and resource type from delegated-lacnic-extended-20170903).
//
// Modes, and the `lacnic-error` code a widget must report for each:
//   404, 500       the status with a short text body                       http-status
//   timeout        headers never come (the widget's fetch-timeout fires)   timeout
//   drop           headers + half the body, then the socket is destroyed   fetch-failed
//   wrong-type     200 text/html: an HTML error page instead of the data   parse
//   huge           200, chunked, streamed past the widget's byte cap       too-large
//   huge-declared  200 with Content-Length of 5 GB (refused before reading) too-large
//   drip           200, then one byte every 250 ms (slower than the timeout) timeout
//   ok             the real body
import { readFileSync } from 'node:fs';

const MB = 1024 * 1024;

export const STATS_SAMPLE = readFileSync(new URL('./fixtures/delegated-lacnic-sample.txt', import.meta.url), 'latin1');

/** What a healthy server answers, per source. `cap` is the widget's byte cap for it. */
export const SOURCES = {
  'strip.json': {
    type: 'application/json',
    cap: 10 * MB,
    body: JSON.stringify([
      { name: 'Recovered Partner', url: 'https://example.org/', country: 'UY' },
      { name: 'Second Partner', url: 'https://example.net/', country: 'BR' },
    ]),
  },
  'timeline.json': {
    type: 'application/json',
    cap: 10 * MB,
    body: JSON.stringify([
      { id: 'recovered-json', date: '2003-05', title: 'Recovered JSON milestone', category: 'founding', countries: 'UY' },
      { id: 'second-json', date: '2005-10-01', title: 'Second JSON milestone', category: 'forums' },
    ]),
  },
  'timeline.csv': {
    type: 'text/csv; charset=utf-8',
    cap: 10 * MB,
    body:
      'id,date,title,text,category,countries,source\n' +
      'recovered-csv,2004-01-15,Recovered CSV milestone,Back from the server,community,BR,https://example.org/\n' +
      'second-csv,2006,Second CSV milestone,,forums,,\n',
  },
  'figures.json': {
    type: 'application/json',
    cap: 10 * MB,
    body: JSON.stringify([
      { code: 'BR', value: 123 },
      { code: 'AR', value: 45 },
      { code: 'UY', value: 7 },
    ]),
  },
  'delegated-stats.txt': { type: 'text/plain; charset=iso-8859-1', cap: 12 * MB, body: STATS_SAMPLE },
};

/** Every fault mode (not `ok`), with the `lacnic-error` code it must produce. */
export const EXPECTED_CODE = {
  404: 'http-status',
  500: 'http-status',
  timeout: 'timeout',
  drop: 'fetch-failed',
  'wrong-type': 'parse',
  huge: 'too-large',
  'huge-declared': 'too-large',
  drip: 'timeout',
};
export const FAULT_MODES = Object.keys(EXPECTED_CODE);

const HTML_ERROR_PAGE =
  '<!doctype html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1>' +
  '<p>The upstream server is unavailable.</p><script>window.__pwned = 1</script></body></html>';

/**
 * Creates the handler and its switch. `mode` applies to every source unless a source has its
 * own (`set(mode, source)`). `hits` counts requests per source and mode; `injected` counts the
 * fault responses actually served.
 */
export function createFaults({ dripMs = 250 } = {}) {
  let mode = 'ok';
  const own = new Map();
  const held = new Set();
  const hits = new Map();
  let injected = 0;

  const hold = (res, cleanup = () => {}) => {
    held.add(res);
    res.on('close', () => {
      held.delete(res);
      cleanup();
    });
  };

  /** @type {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, url: URL) => boolean} */
  function handler(req, res, url) {
    const name = url.pathname.slice('/faults/'.length);
    const source = SOURCES[name];
    if (!source) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('no such source');
      return true;
    }
    const m = own.get(name) ?? mode;
    const key = `${name} ${m}`;
    hits.set(key, (hits.get(key) ?? 0) + 1);
    if (m !== 'ok') injected++;
    const base = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };
    const body = Buffer.from(source.body, 'latin1');
    switch (m) {
      case 'ok':
        res.writeHead(200, { ...base, 'content-type': source.type, 'content-length': body.length }).end(body);
        break;
      case '404':
      case '500':
        res.writeHead(Number(m), { ...base, 'content-type': 'text/plain' }).end(m === '404' ? 'not found' : 'internal error');
        break;
      case 'timeout':
        hold(res); // no status line, ever
        break;
      case 'drop':
        res.writeHead(200, { ...base, 'content-type': source.type, 'content-length': body.length });
        res.write(body.subarray(0, Math.max(1, body.length >> 1)), () => setTimeout(() => res.socket?.destroy(), 30));
        break;
      case 'wrong-type':
        res.writeHead(200, { ...base, 'content-type': 'text/html; charset=utf-8' }).end(HTML_ERROR_PAGE);
        break;
      case 'huge': {
        // Streamed: 64 KB chunks until the client gives up (or 2× the cap), honouring backpressure.
        res.writeHead(200, { ...base, 'content-type': source.type });
        const chunk = Buffer.alloc(64 * 1024, name.endsWith('.txt') ? 'lacnic|BR|asn|1|1|20170101|allocated|x\n' : ' ');
        let sent = 0;
        let open = true;
        hold(res, () => (open = false));
        const pump = () => {
          while (open && sent < source.cap * 2) {
            sent += chunk.length;
            if (!res.write(chunk)) return void res.once('drain', pump);
          }
          if (open) res.end();
        };
        if (!name.endsWith('.txt')) res.write('[');
        pump();
        break;
      }
      case 'huge-declared':
        res.writeHead(200, { ...base, 'content-type': source.type, 'content-length': String(5 * 1024 * MB) });
        hold(res);
        res.write(body.subarray(0, 16));
        break;
      case 'drip': {
        res.writeHead(200, { ...base, 'content-type': source.type, 'content-length': body.length });
        let at = 0;
        const timer = setInterval(() => {
          if (at >= body.length) {
            clearInterval(timer);
            res.end();
            return;
          }
          res.write(body.subarray(at, ++at));
        }, dripMs);
        hold(res, () => clearInterval(timer));
        break;
      }
      default:
        throw new Error(`unknown fault mode ${m}`);
    }
    return true;
  }

  return {
    handler,
    /** Switches every source (or one) to `next`. */
    set(next, source) {
      if (next !== 'ok' && !(next in EXPECTED_CODE)) throw new Error(`unknown fault mode ${next}`);
      if (source) own.set(source, next);
      else {
        own.clear();
        mode = next;
      }
    },
    hits: (source, m) => hits.get(`${source} ${m}`) ?? 0,
    get injected() {
      return injected;
    },
    /** Destroys every response still held open (stalled, dripping, declared-huge). */
    release() {
      for (const res of held) res.destroy();
      held.clear();
    },
  };
}

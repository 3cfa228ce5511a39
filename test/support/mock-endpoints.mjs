// Koa middleware for the test server: endpoints that fail, stall, count and misbehave the
// way real ones do. Tests reach them at /mock/…; fixtures are served as files at /test/fixtures/….
import { readFile } from 'node:fs/promises';
import { PassThrough } from 'node:stream';

const counts = new Map();

/** Cyrillic text in windows-1251, which Node can decode but not encode. */
function encodeWindows1251(text) {
  return Buffer.from([...text].map((char) => {
    const code = char.codePointAt(0);
    if (code < 0x80) return code;
    if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
    if (code === 0x401) return 0xa8;
    if (code === 0x451) return 0xb8;
    return 0x3f;
  }));
}

const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export function mockEndpoints() {
  return async (ctx, next) => {
    const { path, query } = ctx;
    if (!path.startsWith('/mock/')) return next();
    const name = path.slice('/mock/'.length);
    if (query.cors !== undefined) ctx.set('Access-Control-Allow-Origin', '*');

    // A recovery fixture's own bytes with its own Content-Type (the file server would decode and re-encode them).
    if (name.startsWith('recovery/') && /^[\w.-]+$/.test(name.slice('recovery/'.length))) {
      const folder = new URL('../fixtures/recovery/', import.meta.url);
      const types = JSON.parse(await readFile(new URL('content-types.json', folder), 'utf8'));
      const file = name.slice('recovery/'.length);
      if (!Object.hasOwn(types, file)) return next();
      ctx.set('Content-Type', types[file]);
      ctx.body = await readFile(new URL(file, folder));
      return;
    }

    if (name.startsWith('status/')) {
      ctx.status = Number(name.slice('status/'.length));
      if (query['retry-after']) ctx.set('Retry-After', String(query['retry-after']));
      ctx.body = { error: `status ${ctx.status}` };
      return;
    }
    switch (name) {
      case 'slow':
        await delay(Number(query.ms ?? 1000));
        ctx.type = 'json';
        ctx.body = query.body ?? '[{"title":"Slow but fine","url":"https://outlet.example/slow"}]';
        return;
      case 'hang-body': {
        // Headers and a first chunk at once, then nothing: only a body timeout ends this.
        const stream = new PassThrough();
        ctx.type = 'json';
        ctx.body = stream;
        stream.write('[{"title":"Never fin');
        const end = setTimeout(() => stream.end(']'), 20_000);
        ctx.req.on('close', () => { clearTimeout(end); stream.destroy(); });
        return;
      }
      case 'counted': {
        const key = String(query.key);
        counts.set(key, (counts.get(key) ?? 0) + 1);
        await delay(Number(query.ms ?? 50));
        ctx.type = 'json';
        ctx.body = [{ title: `Counted ${key}`, url: `https://outlet.example/${encodeURIComponent(key)}` }];
        return;
      }
      case 'count':
        ctx.body = { count: counts.get(String(query.key)) ?? 0 };
        return;
      case 'bom':
        ctx.type = 'application/json; charset=utf-8';
        ctx.body = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('[{"title":"С BOM","url":"https://outlet.example/bom"}]')]);
        return;
      case 'windows-1251':
        if (query.declared === 'xml') {
          ctx.type = 'application/xml';
          ctx.body = encodeWindows1251('<?xml version="1.0" encoding="windows-1251"?><rss version="2.0"><channel><title>Лента</title><item><title>Служба и жизнь</title><link>https://outlet.example/1251</link></item></channel></rss>');
        } else {
          ctx.type = 'application/json; charset=windows-1251';
          ctx.body = encodeWindows1251('[{"title":"Здоровье в приоритете","url":"https://outlet.example/1251"}]');
        }
        return;
      case 'large': {
        const megabytes = Number(query.mb ?? 6);
        ctx.type = 'json';
        if (query.length !== 'hidden') ctx.length = megabytes * 1024 * 1024;
        ctx.body = Buffer.alloc(megabytes * 1024 * 1024, 0x20);
        return;
      }
      case 'redirect-loop':
        ctx.redirect(`/mock/redirect-loop?n=${Number(query.n ?? 0) + 1}`);
        return;
      case 'html-page':
        ctx.type = 'html';
        ctx.body = '<!DOCTYPE html><html><body><form action="/login"><input name="user"></form></body></html>';
        return;
      case 'api-error':
        ctx.type = 'json';
        ctx.body = { status: 'error', code: 'apiKeyInvalid', message: 'Your API key is invalid or incorrect.' };
        return;
      case 'text':
        ctx.type = 'text/plain';
        ctx.body = 'this is not a feed';
        return;
      default:
        ctx.status = 404;
    }
  };
}

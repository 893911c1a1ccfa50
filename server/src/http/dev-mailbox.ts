import { Router } from 'express';
import type { MailCatcher } from '../mail/catcher.js';

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Development only: the mail the local catcher received, so a person trying Kindred can follow a
 * password reset link without a real mailbox. Never mounted in production.
 */
export function devMailboxRoutes(catcher: MailCatcher): Router {
  const router = Router();
  router.get('/dev/mail', (_req, res) => {
    const items = [...catcher.messages]
      .reverse()
      .map((m) => {
        const body = escape(m.text).replace(/(https?:\/\/[^\s<]+)/g, '<a href="$1">$1</a>');
        return `<article><h2>${escape(m.subject)}</h2><p>To ${escape(m.to.join(', '))}, ${m.receivedAt.toLocaleString('en-GB')}</p><pre>${body}</pre></article>`;
      })
      .join('\n');
    res.type('html').send(`<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Development mailbox – Kindred</title>
<style>body{font:1.1rem/1.5 system-ui,sans-serif;max-width:50rem;margin:1rem auto;padding:0 1rem}pre{white-space:pre-wrap}article{border-top:2px solid #0b0c0c;padding:.5rem 0}a{color:#1d70b8}a:focus{outline:3px solid #fd0;background:#fd0;color:#0b0c0c}</style></head>
<body><main><h1>Development mailbox</h1><p>Email Kindred has sent since it started, newest first. This page exists only in development.</p>${items || '<p>No email yet.</p>'}</main></body></html>`);
  });
  router.get('/dev/mail.json', (_req, res) => {
    res.json(catcher.messages);
  });
  return router;
}

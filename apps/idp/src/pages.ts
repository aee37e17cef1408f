// The HTML of the development IdP: a plain sign-in form that lists the demo people, and the sign-out step.
import { DEMO_PASSWORD, DEMO_USERS } from './users.ts'

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

const STYLE = `body{font-family:system-ui,sans-serif;background:#f4f5f7;color:#1d2330;margin:0}
main{max-width:30rem;margin:3rem auto;background:#fff;border-radius:6px;box-shadow:0 1px 3px rgba(0,0,0,.2);padding:1.5rem 2rem}
h1{font-size:1.3rem;margin-top:0}label{display:block;margin:.8rem 0 .3rem;font-weight:600}
input{width:100%;box-sizing:border-box;padding:.5rem;font-size:1rem;border:1px solid #8a93a6;border-radius:4px}
button{margin-top:1.2rem;padding:.6rem 1.2rem;font-size:1rem;background:#1f5fbf;color:#fff;border:0;border-radius:4px;cursor:pointer}
.error{background:#fdecea;color:#8a1c12;padding:.6rem;border-radius:4px}
table{border-collapse:collapse;width:100%;margin-top:1.5rem;font-size:.9rem}td,th{text-align:left;padding:.3rem;border-top:1px solid #e1e4ea}
.note{color:#4a5468;font-size:.85rem}`

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body><main>${body}</main></body></html>`
}

export function signInPage(opts: {
  uid: string
  clientName: string
  error?: string
  username?: string
}): string {
  const rows = DEMO_USERS.map(
    (u) =>
      `<tr><td><code>${escapeHtml(u.username)}</code></td><td>${escapeHtml(u.name)}</td><td>${escapeHtml(
        u.groups.join(', ') || '—',
      )}</td><td class="note">${escapeHtml(u.note)}</td></tr>`,
  ).join('')
  return page(
    'Sign in — development identity provider',
    `<h1>Sign in to ${escapeHtml(opts.clientName)}</h1>
<p class="note">Development identity provider. Never use it in production.</p>
${opts.error ? `<p class="error" role="alert">${escapeHtml(opts.error)}</p>` : ''}
<form method="post" action="/interaction/${escapeHtml(opts.uid)}/login" autocomplete="off">
<label for="username">Username</label><input id="username" name="username" required autofocus value="${escapeHtml(
      opts.username ?? '',
    )}">
<label for="password">Password</label><input id="password" name="password" type="password" required>
<button type="submit">Sign in</button>
</form>
<table><caption class="note">Demo people (password <code>${DEMO_PASSWORD}</code>)</caption>
<thead><tr><th>Username</th><th>Name</th><th>Groups</th><th>In the console</th></tr></thead><tbody>${rows}</tbody></table>`,
  )
}

/** The RP-initiated logout confirmation, submitted at once: the console already asked the person. */
export function signOutPage(form: string, host: string): string {
  return page(
    'Signing out',
    `<h1>Signing out of ${escapeHtml(host)}…</h1>${form}
<noscript><button type="submit" form="op.logoutForm" name="logout" value="yes">Sign out</button></noscript>
<script>(function(){var f=document.getElementById('op.logoutForm');var i=document.createElement('input');
i.type='hidden';i.name='logout';i.value='yes';f.appendChild(i);f.submit()})()</script>`,
  )
}

export function signedOutPage(): string {
  return page('Signed out', '<h1>You are signed out</h1><p>You may close this window.</p>')
}

/**
 * Classic XSS vectors and other hostile text. Each one that could run sets
 * window.__xss (and opens a dialog), so a browser test can tell if it ran.
 * All fit the shortest text limit (a source name: 120 characters).
 */
export const XSS_VECTORS: readonly string[] = [
  '<script>window.__xss=1;alert(1)</script>',
  '<img src=x onerror="window.__xss=2;alert(2)">',
  '<svg onload="window.__xss=3;alert(3)"></svg>',
  'javascript:window.__xss=4;alert(4)',
  'data:text/html,<script>window.__xss=5;alert(5)</script>',
  '"><script>window.__xss=6;alert(6)</script>',
  "'><img src=x onerror=window.__xss=7;alert(7)>",
  '<iframe src="javascript:window.parent.__xss=8;alert(8)"></iframe>',
  '<a href="javascript:window.__xss=9;alert(9)">click me</a>',
  '<details open ontoggle="window.__xss=10;alert(10)">',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=11>',
  '{{constructor.constructor("window.__xss=12;alert(12)")()}}',
  '${window.__xss=13}',
  '<body onload="window.__xss=14">',
  'Ward 4B \u202Egnp.exe\u202C nurses \u200F\u2066RTL\u2069',
];

/** URLs the evidence form and resolvers must refuse: only plain https:// links are evidence. */
export const REFUSED_URLS: readonly string[] = [
  'javascript:alert(1)',
  'JAVASCRIPT:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  '\u0001javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  'http://research.example.org/notes',
  'https://user:secret@research.example.org/notes',
  'https://user@research.example.org/notes',
  'https://@research.example.org/notes',
  'https://:@research.example.org/notes',
  'https://research.example.org/notes">x',
  "https://research.example.org/notes'onmouseover='alert(1)",
  'https://research.example.org/<script>',
  'https://research.example.org/`x`',
  'https://research.example.org/a b',
  'https://research.example.org/a\tb',
  '\u200Bhttps://research.example.org/notes',
  'https://research.example.org/\u202Egnp.exe',
  'https://',
  '//research.example.org/notes',
  'file:///etc/passwd',
  'ftp://research.example.org/notes',
  'research.example.org/notes',
  `https://research.example.org/${'a'.repeat(2100)}`,
];

/**
 * Classic cross-site scripting payloads, as an editor or a visitor could type them into any text field. Every payload
 * that could run tries to set the global XSS_GLOBAL on the top window and to open an alert, so a browser check can
 * tell whether any of them ever ran.
 */

/** The global every payload tries to set. */
export const XSS_GLOBAL = 'xssFired';

export interface XssPayload {
  /** Short name, for failure messages. */
  name: string;
  text: string;
}

const fire = (n: number) => `top.${XSS_GLOBAL}=${n};alert(${n})`;

/** Text payloads; each fits a 300-character field together with a short prefix. */
export const TEXT_PAYLOADS: readonly XssPayload[] = [
  { name: 'script tag', text: `<script>${fire(1)}</script>` },
  { name: 'img onerror', text: `<img src=x onerror="${fire(2)}">` },
  { name: 'svg onload', text: `<svg/onload=${fire(3)}>` },
  { name: 'javascript: link', text: `<a href="javascript:${fire(4)}">Bấm vào đây</a>` },
  { name: 'tag breakout', text: `"><script>${fire(5)}</script>` },
  { name: 'double-quote attribute breakout', text: `" autofocus onfocus="${fire(6)}" x="` },
  { name: 'single-quote attribute breakout', text: `' onmouseover='${fire(7)}' x='` },
  { name: 'title breakout', text: `</title><script>${fire(8)}</script>` },
  { name: 'iframe srcdoc', text: `<iframe srcdoc="<script>${fire(9)}</script>"></iframe>` },
  { name: 'data: URL', text: `<a href="data:text/html,<script>${fire(10)}</script>">Dữ liệu</a>` },
  { name: 'HTML entities', text: `&lt;script&gt;${fire(11)}&lt;/script&gt; &#60;img src=x onerror=${fire(11)}&#62;` },
  { name: 'unicode lookalikes', text: `＜script＞${fire(12)}＜/script＞ \u202Ebidi\u202C <scr\u200Bipt>${fire(12)}</scr\u200Bipt>` },
  { name: 'markdown javascript: link', text: `[Xem chi tiết](javascript:${fire(13)}) và ![ảnh](x" onerror="${fire(13)})` },
  { name: 'template strings', text: `{{constructor.constructor('${fire(14)}')()}} \${${fire(14)}} <%= 7*7 %>` },
  { name: 'CDATA breaker', text: `]]><script>${fire(15)}</script><![CDATA[` },
  { name: 'script-element breakout', text: `</script><script>${fire(16)}</script><!--` },
  { name: 'style and meta', text: `<style>*{background:url("javascript:${fire(17)}")}</style><meta http-equiv="refresh" content="0;url=javascript:${fire(17)}">` },
  { name: 'math mutation', text: `<math><mtext><table><mglyph><style><img src=x onerror="${fire(18)}">` },
  { name: 'XML control characters', text: `Ký tự điều khiển \u0001\u0008\u000B\u001B giữa chữ <b>đậm</b>` },
  { name: 'ampersand and quotes', text: `Tom & Jerry "trích dẫn" 'đơn' <b>đậm</b> &amp; &copy; &#x27;` },
];

/** URL payloads for fields that become an href or src (links in rich text, source URL, linked websites). */
export const URL_PAYLOADS: readonly string[] = [
  `javascript:${fire(20)}`,
  ` JaVaScRiPt:${fire(21)}`,
  `java\tscript:${fire(22)}`,
  `data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==`,
  `vbscript:msgbox(23)`,
  `javascript&colon;${fire(24)}`,
  `" onmouseover="${fire(25)}`,
];

/**
 * Link targets for rich-text links. Strapi refuses a blocks link whose protocol is not http(s), ftp, mailto or tel
 * (URL_PAYLOADS there are refused, and so inert), so these break out with quotes and markup behind an allowed one.
 */
export const BLOCK_LINK_URLS: readonly string[] = [
  `https://example.vn/"><script>${fire(30)}</script>`,
  `/trang/" onmouseover="${fire(31)}" x="`,
  `mailto:ban-doc@example.vn?subject="><img src=x onerror=${fire(32)}>`,
  `tel:+84"><svg onload=${fire(33)}>`,
  `ftp://example.vn/'><iframe srcdoc="<script>${fire(34)}</script>">`,
];

/**
 * XML 1.0 forbids these characters even when escaped: they must be dropped (or the feed is ill-formed). Browsers'
 * HTML parsers keep them, so only XML outputs are compared without them.
 */
export const withoutXmlInvalidChars = (text: string): string =>
  text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');

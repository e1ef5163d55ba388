"""Looks at every document as a reader gets it and records what layout really did to each planted value.

PDFs are read with pdftotext (reading order); .docx/.xlsx/.pptx are printed to PDF with LibreOffice first; e-mails
are decoded with Python's email package (and the raw message is looked at too); .txt/.csv/.html are read as they
are; scans are checked on the page that was scanned (the scan itself holds no text). The result is written to
manifest.json: each item's layout is the intended layout plus "observed: ...".

Usage: python3 make/check.py [SCRATCH_DIR]   (from evaluation/layout/held-out)
"""
import email
import json
import os
import re
import subprocess
import sys
from email import policy

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCRATCH = sys.argv[1] if len(sys.argv) > 1 else "/tmp/hogen"
PRINT = os.path.join(SCRATCH, "print")
os.makedirs(PRINT, exist_ok=True)
draft = json.load(open(os.path.join(ROOT, "manifest-draft.json"), encoding="utf-8"))


def pdftext(pdf):
    return subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, "-"], capture_output=True, text=True).stdout


office = [d["file"] for d in draft["documents"] if d["format"] in ("docx", "xlsx", "pptx")]
need = [os.path.join(ROOT, f) for f in office
        if not os.path.exists(os.path.join(PRINT, os.path.basename(f).rsplit(".", 1)[0] + ".pdf"))]
if need:
    subprocess.run(["soffice", "-env:UserInstallation=file://" + os.path.join(SCRATCH, "lo-profile"), "--headless",
                    "--convert-to", "pdf", "--outdir", PRINT, *need], capture_output=True)


def views(doc):
    f = os.path.join(ROOT, doc["file"])
    fmt = doc["format"]
    base = os.path.basename(f)
    if fmt == "pdf" and "scan" not in base:
        return [("printed text (pdftotext)", pdftext(f))]
    if fmt in ("docx", "xlsx", "pptx"):
        v = [("printed by LibreOffice, pdftotext", pdftext(os.path.join(PRINT, base.rsplit(".", 1)[0] + ".pdf")))]
        if fmt == "pptx":  # speaker notes are not printed
            import zipfile
            z = zipfile.ZipFile(f)
            notes = " ".join(re.sub(r"<[^>]+>", " ", z.read(n).decode("utf-8")) for n in z.namelist() if "notesSlide" in n and n.endswith(".xml"))
            v.append(("speaker notes (XML text)", notes))
        return v
    if fmt == "eml":
        raw = open(f, "rb").read()
        msg = email.message_from_bytes(raw, policy=policy.default)
        hdrs = "\n".join(f"{k}: {v}" for k, v in msg.items())
        body = msg.get_body(preferencelist=("plain",)).get_content()
        return [("decoded message (headers unfolded, body decoded)", hdrs + "\n\n" + body),
                ("raw message", raw.decode("utf-8", "replace"))]
    if "scan" in base:
        page = os.path.join(SCRATCH, "src", base + ".page.pdf")
        return [("page before scanning, pdftotext", pdftext(page))]
    raw = open(f, encoding="utf-8").read()
    if fmt == "html":
        from html.parser import HTMLParser
        class Text(HTMLParser):
            def __init__(self):
                super().__init__(convert_charrefs=True); self.out = []
            def handle_starttag(self, tag, attrs):
                if tag in ("br", "p", "tr", "td", "th", "h1", "h3", "li", "div"):
                    self.out.append("\n")
            def handle_data(self, data):
                self.out.append(data)
        t = Text(); t.feed(raw)
        return [("text of the page (tags removed, entities decoded)", "".join(t.out)), ("HTML source", raw)]
    return [("file text", raw)]


SEP = r"(?:[ \t\u00ad;\"]|=\r?\n|\r?\n(?:[ \t]*>)*[ \t]*|\f|-\r?\n)*"
SPACE = r"(?:[\s\u00ad;\">]|=\r?\n)*"
GAP = r"[\s\S]{1,600}?"


def pattern(text, gap=None):
    parts = []
    for i, ch in enumerate(text):
        if ch == " ":
            parts.append(GAP if gap in (i - 1, i) else SPACE)
            continue
        parts.append(re.escape(ch))
        if i < len(text) - 1 and text[i + 1] != " ":
            parts.append(GAP if gap == i else SEP)
    return "".join(parts)


def pieces(text, view):
    """The value as consecutive pieces, each found after the previous one within a window (table cells, columns)."""
    v = text.replace(" ", "")
    flat = re.sub(r"[\s\u00ad]", "", view)
    best = None
    start = 0
    while True:
        p = flat.find(v[:2], start)
        if p < 0:
            return best
        out, i, pos = [], 0, p
        while i < len(v) and len(out) < 6:
            k = len(v) - i
            while k >= 2 and flat.find(v[i:i + k], pos, pos + 1500 + k) < 0:
                k -= 1
            if k < 2 and not (k == 1 and i == len(v) - 1 and flat.find(v[i], pos, pos + 1500) >= 0):
                break
            k = max(k, 1)
            at = flat.find(v[i:i + k], pos, pos + 1500 + k)
            out.append(v[i:i + k])
            pos, i = at + k, i + k
        if i >= len(v) and (best is None or len(out) < len(best)):
            best = out
            if len(out) <= 2:
                return best
        start = p + 1


def describe(text, view):
    if text in view:
        return "on one line"
    m = re.search(pattern(text), view)
    if m:
        frag = [x.strip(" >\t") for x in re.split(r"\r?\n|\f", m.group(0)) if x.strip(" >\t")]
        g = m.group(0)
        how = "soft line break of quoted-printable" if re.search(r"=\r?\n", g) else "line break"
        if "\f" in g:
            how = "page break"
        if "\u00ad" in g:
            how += " (soft hyphen)"
        if len(frag) > 1:
            return f"broken by a {how} as " + " | ".join(f"'{x}'" for x in frag)
        return f"on one line, written as '{g}'"
    for i in range(len(text) - 1):
        if text[i] == " ":
            continue
        m = re.search(pattern(text, gap=i), view)
        if m:
            return f"split at a column, cell or page break after '{text[:i + 1].strip()}', other text between the two parts"
    for i, ch in enumerate(text):  # the extractor took the hyphen at a line end for a hyphenation and dropped it
        if ch == "-":
            t2 = text[:i] + text[i + 1:]
            if t2 in view or re.search(pattern(t2), view):
                return f"the line ended after '{text[:i + 1]}' and the extractor dropped that hyphen (read as '{t2}')"
    ps = pieces(text, view)
    if ps:
        return "split into pieces with other text between: " + " | ".join(f"'{x}'" for x in ps)
    return "not found as text"


out = {"description": "", "documents": []}
counts = {}
for doc in draft["documents"]:
    vs = views(doc)
    for item in doc["secrets"] + doc["public"]:
        obs = []
        for name, v in vs:
            r = describe(item["text"], v)
            obs.append(f"{name}: {r}")
            if (name.startswith("raw") or name.startswith("HTML")) and r == "on one line":
                obs[-1] = f"{name}: as written"
        item["layout"] = item["layout"] + "; observed — " + "; ".join(obs)
        key = "broken" if any(("broken" in o or "split" in o) for o in obs[:1]) else ("whole" if "on one line" in obs[0] else "other")
        if item in doc["secrets"]:
            counts[key] = counts.get(key, 0) + 1
    out["documents"].append(doc)
old = os.path.join(ROOT, "manifest.json")
if os.path.exists(old):
    out["description"] = json.load(open(old, encoding="utf-8"))["description"]
json.dump(out, open(old, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(counts)

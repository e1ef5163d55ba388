"""Writes one .eml with Python's standard email package (a second, independent e-mail producer).

Usage: pymail.py SPEC.json OUT.eml  -- SPEC has from, to, cc, subject, date, messageId, text, optional html,
optional inReplyTo, optional attachments [{name, text}], optional "policy": "compat32" for old-style folding.
"""
import json
import sys
from email.message import EmailMessage
from email import policy as policies

spec = json.load(open(sys.argv[1], encoding="utf-8"))
pol = policies.compat32 if spec.get("policy") == "compat32" else policies.default.clone(max_line_length=78)
if spec.get("policy") == "compat32":
    # the old API (email.mime, compat32 folding), body in base64 as many older clients sent UTF-8 text
    from email.mime.text import MIMEText
    from email.mime.multipart import MIMEMultipart
    from email.header import Header
    from email.utils import formataddr, getaddresses
    def addrs(values):
        return ", ".join(formataddr((n, a), charset="utf-8") for n, a in getaddresses(values))
    msg = MIMEMultipart("alternative") if spec.get("html") else MIMEText(spec["text"], "plain", "utf-8")
    if spec.get("html"):
        msg.attach(MIMEText(spec["text"], "plain", "utf-8"))
        msg.attach(MIMEText(spec["html"], "html", "utf-8"))
    msg["From"] = addrs([spec["from"]])
    msg["To"] = addrs(spec["to"])
    if spec.get("cc"):
        msg["Cc"] = addrs(spec["cc"])
    msg["Subject"] = Header(spec["subject"], "utf-8")
    msg["Date"] = spec["date"]
    msg["Message-ID"] = spec["messageId"]
    msg["X-Mailer"] = "Microsoft Outlook 14.0"
    with open(sys.argv[2], "wb") as f:
        f.write(msg.as_bytes().replace(b"\n", b"\r\n"))
    sys.exit(0)
msg = EmailMessage(policy=pol)
msg["From"] = spec["from"]
msg["To"] = ", ".join(spec["to"])
if spec.get("cc"):
    msg["Cc"] = ", ".join(spec["cc"])
msg["Subject"] = spec["subject"]
msg["Date"] = spec["date"]
msg["Message-ID"] = spec["messageId"]
if spec.get("inReplyTo"):
    msg["In-Reply-To"] = spec["inReplyTo"]
    msg["References"] = spec["inReplyTo"]
msg["X-Mailer"] = "Microsoft Outlook 16.0"
msg.set_content(spec["text"], cte=spec.get("cte", "quoted-printable"))
if spec.get("html"):
    msg.add_alternative(spec["html"], subtype="html", cte=spec.get("htmlCte", "base64"))
for att in spec.get("attachments", []):
    msg.add_attachment(att["text"].encode("utf-8"), maintype="text", subtype="plain", filename=att["name"])
with open(sys.argv[2], "wb") as f:
    f.write(msg.as_bytes(policy=pol.clone(linesep="\r\n")))

#!/usr/bin/python3
"""Parses .eml files with Python's standard `email` package and prints them as JSON.

Used by the tests as an independent reader of what Rapport wrote: decoded headers (RFC 2047),
every leaf part decoded (quoted-printable or base64, then the charset), and any defects Python
noticed. Usage: parse_eml.py FILE... ; prints one JSON array with an object per file.
"""

import email
import email.header
import email.utils
import email.policy
import json
import sys


def describe(path):
    with open(path, "rb") as f:
        raw = f.read()
    message = email.message_from_bytes(raw, policy=email.policy.default)
    headers = {}
    for name in ("From", "To", "Reply-To", "Subject", "Date", "Message-ID", "List-Unsubscribe",
                 "List-Unsubscribe-Post", "MIME-Version", "Content-Type"):
        value = message.get(name)
        if value is not None:
            headers[name] = str(value)
    # Display names are decoded the RFC 2047 way (whitespace between adjacent encoded words is
    # dropped, §6.2): the modern policy's address parser inserts a space there instead.
    legacy = email.message_from_bytes(raw)
    addresses = {}
    for name in ("From", "To", "Reply-To"):
        values = legacy.get_all(name)
        if values:
            addresses[name] = [
                {"name": str(email.header.make_header(email.header.decode_header(display))), "address": address}
                for display, address in email.utils.getaddresses(values)]
    parts = []
    for part in message.walk():
        if part.is_multipart():
            continue
        entry = {
            "content_type": part.get_content_type(),
            "charset": part.get_content_charset(),
            "transfer_encoding": part.get("Content-Transfer-Encoding", ""),
            "filename": part.get_filename(),
        }
        if part.get_content_maintype() == "text" and part.get_filename() is None:
            entry["text"] = part.get_content()
        else:
            entry["size"] = len(part.get_payload(decode=True) or b"")
            entry["sha1"] = __import__("hashlib").sha1(part.get_payload(decode=True) or b"").hexdigest()
        parts.append(entry)
    defects = [type(d).__name__ for d in message.defects]
    for part in message.walk():
        defects += [type(d).__name__ for d in part.defects]
    lines = raw.split(b"\r\n")
    return {
        "file": path,
        "headers": headers,
        "addresses": addresses,
        "parts": parts,
        "defects": defects,
        "max_line_length": max(len(line) for line in lines),
        "raw_header_lines": [l.decode("ascii", "replace") for l in raw.split(b"\r\n\r\n", 1)[0].split(b"\r\n")],
        "content_type": message.get_content_type(),
    }


print(json.dumps([describe(p) for p in sys.argv[1:]], ensure_ascii=False))

#!/usr/bin/python3
"""The reference for bench/run's delivery row: Python's smtplib sends the given .eml files over
one connection (STARTTLS, AUTH), the way a small script would. Prints "key value" lines."""

import argparse
import email
import email.policy
import email.utils
import os
import smtplib
import ssl
import time


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--cafile", required=True)
    parser.add_argument("--user", required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("--dir", required=True)
    args = parser.parse_args()

    messages = []
    for name in sorted(os.listdir(args.dir)):
        if not name.endswith(".eml"):
            continue
        with open(os.path.join(args.dir, name), "rb") as f:
            raw = f.read()
        headers = email.message_from_bytes(raw, policy=email.policy.compat32)
        recipient = email.utils.parseaddr(headers["To"])[1]
        sender = email.utils.parseaddr(headers["From"])[1]
        messages.append((sender, recipient, raw))

    context = ssl.create_default_context(cafile=args.cafile)
    start = time.perf_counter()
    with smtplib.SMTP(args.host, args.port) as client:
        client.starttls(context=context)
        client.login(args.user, args.password)
        for sender, recipient, raw in messages:
            client.sendmail(sender, [recipient], raw)
    seconds = time.perf_counter() - start
    print("mails %d" % len(messages))
    print("seconds %.2f" % seconds)
    print("mails_per_second %.2f" % (len(messages) / seconds))


if __name__ == "__main__":
    main()

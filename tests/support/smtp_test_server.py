#!/usr/bin/python3
"""A real SMTP server for Rapport's tests, built on Debian's python3-aiosmtpd.

Started by tests/support/SmtpTestServer.cpp. It listens on a free 127.0.0.1 port (the kernel picks
it; the script prints "READY <port>" once it accepts connections), requires AUTH (only over TLS
unless --security none), and stores every accepted message as an .eml file under DIR/mail.

Faults are injected through DIR/control.json, re-read whenever it changes:
    {"action": "mail_421" | "rcpt_550" | "data_451" | "data_550" | "drop_mid_data"
               | "drop_after_354" | "drop_after_dot" | "slow_dot", "times": N, "delay": SECONDS}
`times` is how many transactions the fault applies to (-1: all of them); after that the server
behaves normally again; `delay` is slow_dot's pause before its reply, and drop_after_354's
between its 354 and hanging up (default 0.5). Every
protocol event is appended to DIR/events.log, one per line, so a test can count connections,
logins and DATA attempts.
"""

import argparse
import warnings
import asyncio
import json
import os
import ssl
import sys
import uuid

from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword


class Recorder:
    def __init__(self, directory):
        self.directory = directory
        self.mail_dir = os.path.join(directory, "mail")
        os.makedirs(self.mail_dir, exist_ok=True)
        self.events = open(os.path.join(directory, "events.log"), "a", buffering=1)
        self.counter = 0
        self.control_path = os.path.join(directory, "control.json")
        self.control_stamp = None
        self.action = None
        self.remaining = 0
        self.delay = 0.5

    def event(self, text):
        self.events.write(text + "\n")

    def _refresh_control(self):
        try:
            stat = os.stat(self.control_path)
        except FileNotFoundError:
            return
        stamp = (stat.st_mtime_ns, stat.st_size, stat.st_ino)
        if stamp == self.control_stamp:
            return
        self.control_stamp = stamp
        try:
            with open(self.control_path, encoding="utf-8") as f:
                control = json.load(f)
        except (OSError, ValueError):
            return
        self.action = control.get("action") or None
        self.remaining = int(control.get("times", -1))
        self.delay = float(control.get("delay", 0.5))

    def take(self, action):
        """Whether the fault `action` applies to this transaction (consuming one use)."""
        self._refresh_control()
        if self.action != action or self.remaining == 0:
            return False
        if self.remaining > 0:
            self.remaining -= 1
        return True

    def store(self, content):
        self.counter += 1
        name = "%06d-%s.eml" % (self.counter, uuid.uuid4().hex)
        temporary = os.path.join(self.mail_dir, "." + name + ".tmp")
        with open(temporary, "wb") as f:
            f.write(content)
        # Readers only ever see complete files.
        os.rename(temporary, os.path.join(self.mail_dir, name))
        return name


class Handler:
    def __init__(self, recorder, user, password):
        self.recorder = recorder
        self.user = user.encode()
        self.password = password.encode()

    def authenticate(self, server, session, envelope, mechanism, auth_data):
        ok = (isinstance(auth_data, LoginPassword) and auth_data.login == self.user
              and auth_data.password == self.password)
        self.recorder.event("AUTH %s %s" % (mechanism, "ok" if ok else "refused"))
        # handled=False lets aiosmtpd send its standard "535 5.7.8 ..." reply.
        return AuthResult(success=ok, handled=False)

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        self.recorder.event("MAIL %s %s" % (address, " ".join(mail_options)))
        if self.recorder.take("mail_421"):
            asyncio.get_running_loop().call_later(0.05, server.transport.close)
            return "421 4.3.2 Service not available, closing transmission channel"
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        self.recorder.event("RCPT %s" % address)
        if self.recorder.take("rcpt_550"):
            return "550 5.1.1 No such user here"
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(rcpt_options)
        return "250 OK"

    async def handle_RSET(self, server, session, envelope):
        self.recorder.event("RSET")
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.recorder.event("DOT")
        if self.recorder.take("data_451"):
            return "451 4.3.0 Temporary local problem, please try again"
        if self.recorder.take("data_550"):
            return "550 5.7.1 Message rejected by policy"
        if self.recorder.take("slow_dot"):
            await asyncio.sleep(self.recorder.delay)
        name = self.recorder.store(envelope.original_content)
        self.recorder.event("STORED %s" % name)
        if self.recorder.take("drop_after_dot"):
            # The message is kept, but the client never hears so.
            server.transport.abort()
            return "250 OK (never sent)"
        return "250 2.0.0 OK queued as %s" % name

    async def handle_QUIT(self, server, session, envelope):
        self.recorder.event("QUIT")
        return "221 Bye"


class TestSMTP(SMTP):
    def __init__(self, recorder, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.recorder = recorder

    def connection_made(self, transport):
        if self.transport is None:
            self.recorder.event("CONNECT")
        else:
            self.recorder.event("STARTTLS")
        super().connection_made(transport)

    async def smtp_DATA(self, arg):
        if self.envelope.rcpt_tos and self.recorder.take("drop_mid_data"):
            self.recorder.event("DATA dropped")
            await self.push("354 End data with <CR><LF>.<CR><LF>")
            # Vanish while the client is sending the message.
            self.transport.abort()
            return
        if self.envelope.rcpt_tos and self.recorder.take("drop_after_354"):
            self.recorder.event("DATA dropped")
            await self.push("354 End data with <CR><LF>.<CR><LF>")
            # Hang up a moment after inviting the data, before any of it is read.
            await asyncio.sleep(self.recorder.delay)
            self.transport.abort()
            return
        self.recorder.event("DATA")
        await super().smtp_DATA(arg)


def main():
    warnings.filterwarnings("ignore")
    parser = argparse.ArgumentParser()
    parser.add_argument("--dir", required=True)
    parser.add_argument("--security", choices=["starttls", "tls", "none"], default="starttls")
    parser.add_argument("--cert")
    parser.add_argument("--key")
    parser.add_argument("--user", default="rapport")
    parser.add_argument("--password", default="secret")
    parser.add_argument("--size-limit", type=int, default=10 * 1024 * 1024)
    args = parser.parse_args()

    recorder = Recorder(args.dir)
    handler = Handler(recorder, args.user, args.password)
    context = None
    if args.security != "none":
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(args.cert, args.key)

    def factory():
        return TestSMTP(
            recorder,
            handler,
            hostname="localhost",
            data_size_limit=args.size_limit,
            enable_SMTPUTF8=True,
            tls_context=context if args.security == "starttls" else None,
            require_starttls=args.security == "starttls",
            auth_required=True,
            # With implicit TLS the transport is encrypted before SMTP starts, which aiosmtpd's
            # own check cannot see; with "none" the tests exercise loopback plain AUTH.
            auth_require_tls=args.security == "starttls",
            authenticator=handler.authenticate,
        )

    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    server = loop.run_until_complete(
        loop.create_server(factory, host="127.0.0.1", port=0,
                           ssl=context if args.security == "tls" else None))
    port = server.sockets[0].getsockname()[1]
    sys.stdout.write("READY %d\n" % port)
    sys.stdout.flush()
    try:
        loop.run_forever()
    finally:
        server.close()


if __name__ == "__main__":
    main()

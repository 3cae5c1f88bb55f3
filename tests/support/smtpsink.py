#!/usr/bin/python3
"""A real SMTP server on 127.0.0.1 for the notification tests (aiosmtpd, Debian's python3-aiosmtpd).

Each message is written to OUTDIR as a JSON file: envelope, subject (decoded), the content type and the
text/plain and text/html parts (decoded), and the user that logged in. Prints "READY <port>" when listening.

  smtpsink.py OUTDIR [--starttls CERT KEY | --smtps CERT KEY] [--auth USER PASSWORD]
"""
import argparse
import asyncio
import email
import email.policy
import json
import os
import socket
import ssl
import sys
import time

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


class Handler:
    def __init__(self, outdir):
        self.outdir = outdir
        self.count = 0

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.original_content or envelope.content, policy=email.policy.default)
        parts = {}
        for part in message.walk():
            if part.get_content_maintype() == "text":
                parts[part.get_content_type()] = part.get_content()
        self.count += 1
        record = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": envelope.rcpt_tos,
            "subject": str(message["subject"]),
            "to": str(message["to"]),
            "content_type": message.get_content_type(),
            "plain": parts.get("text/plain", ""),
            "html": parts.get("text/html", ""),
            "authenticated": bool(session.authenticated),
            "tls": session.ssl is not None or server.transport.get_extra_info("ssl_object") is not None,
            "raw": (envelope.original_content or envelope.content).decode("utf-8", "replace"),
        }
        with open(os.path.join(self.outdir, "mail-%d-%d.json" % (time.time_ns(), self.count)), "w") as f:
            json.dump(record, f)
        return "250 Message accepted for delivery"


def main():
    p = argparse.ArgumentParser()
    p.add_argument("outdir")
    p.add_argument("--starttls", nargs=2, metavar=("CERT", "KEY"))
    p.add_argument("--smtps", nargs=2, metavar=("CERT", "KEY"))
    p.add_argument("--auth", nargs=2, metavar=("USER", "PASSWORD"))
    args = p.parse_args()

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]

    kwargs = {}
    if args.starttls or args.smtps:
        cert, key = args.starttls or args.smtps
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(cert, key)
        if args.starttls:
            kwargs["tls_context"] = context
            kwargs["require_starttls"] = True
        else:
            kwargs["ssl_context"] = context
    if args.auth:
        user, password = args.auth

        def authenticator(server, session, envelope, mechanism, auth_data):
            ok = isinstance(auth_data, LoginPassword) and auth_data.login.decode() == user \
                and auth_data.password.decode() == password
            return AuthResult(success=ok, handled=False)

        kwargs["authenticator"] = authenticator
        kwargs["auth_required"] = True
        # Over implicit TLS aiosmtpd's session is encrypted from the start.
        kwargs["auth_require_tls"] = bool(args.starttls)
    ssl_context = kwargs.pop("ssl_context", None)
    controller = Controller(Handler(args.outdir), hostname="127.0.0.1", port=port, ssl_context=ssl_context,
                            **kwargs)
    controller.start()
    print("READY %d" % port, flush=True)
    try:
        sys.stdin.read()  # until the test closes our stdin
    finally:
        controller.stop()


if __name__ == "__main__":
    main()

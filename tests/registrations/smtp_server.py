"""A real SMTP server on loopback for the integration tests (aiosmtpd, in its own thread): it
keeps every message it receives, parsed by Python's email package as a mail client would."""

import email
import email.policy
import socket

from aiosmtpd.controller import Controller

HOST = "127.0.0.1"


def free_port():
    """A port nothing listens on at the moment (the system picks it)."""
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


class Inbox:
    """The aiosmtpd handler: each message received, as (envelope sender, recipients, message)."""

    def __init__(self):
        self.received = []

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.original_content, policy=email.policy.default)
        self.received.append((envelope.mail_from, list(envelope.rcpt_tos), message))
        return "250 Message accepted for delivery"

    def to(self, address):
        """The messages delivered to `address`, oldest first."""
        return [message for _sender, rcpt, message in self.received if address in rcpt]


class LoopbackSMTP:
    """Starts aiosmtpd on a free 127.0.0.1 port; `stop()` closes it."""

    def __init__(self):
        self.inbox = Inbox()
        self.port = free_port()
        self.controller = Controller(self.inbox, hostname=HOST, port=self.port)
        self.controller.start()

    def stop(self):
        self.controller.stop()


def use_smtp(settings, port):
    """Points Django's SMTP backend at 127.0.0.1:`port`, plain and without sign-in."""
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = HOST, port
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.EMAIL_TIMEOUT = 5

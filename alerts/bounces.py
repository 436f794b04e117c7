"""Reading a delivery status notification (RFC 3464: a multipart/report of report-type
delivery-status, what a mail server sends back when it could not deliver): the recipients whose
delivery failed for good (Action: failed, Status 5.x.x). Delays and temporary failures (4.x.x)
and any other mail name nobody."""

import email
import email.policy
from dataclasses import dataclass


@dataclass(frozen=True)
class Bounce:
    email: str
    status: str
    diagnostic: str = ""

    @property
    def detail(self):
        return f"{self.status} {self.diagnostic}".strip()


def parse(data: bytes):
    return email.message_from_bytes(data, policy=email.policy.default)


def _address(field):
    """`rfc822; someone@example.org` → `someone@example.org` (the address type dropped)."""
    value = str(field or "").split(";", 1)[-1]
    return value.strip().strip("<>").strip()


def _status_groups(message):
    """The per-recipient field groups of the message's delivery-status parts."""
    for part in message.walk():
        if part.get_content_type() == "message/delivery-status":
            for group in part.get_payload() or []:
                if hasattr(group, "get") and group.get("Final-Recipient"):
                    yield group


def is_delivery_report(message):
    return (
        message.get_content_type() == "multipart/report"
        and str(message.get_param("report-type", "")).lower() == "delivery-status"
    )


def failed_recipients(message):
    """The permanent failures a delivery status notification reports, as Bounce; [] for any
    other message and for temporary failures."""
    if not is_delivery_report(message):
        return []
    bounces = []
    for group in _status_groups(message):
        action = str(group.get("Action", "")).strip().lower()
        status = str(group.get("Status", "")).strip()
        address = _address(group.get("Final-Recipient"))
        if action == "failed" and status.startswith("5.") and "@" in address:
            diagnostic = " ".join(str(group.get("Diagnostic-Code", "")).split())
            bounces.append(Bounce(address, status, diagnostic))
    return bounces

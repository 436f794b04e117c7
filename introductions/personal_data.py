"""What the introductions hold about a person, for their data export (decision 0031), and what
they forget when the account is closed: the details the person shared as a contact."""

from .models import IntroductionEvent, IntroductionRequest


def _date(value):
    return value.isoformat() if value else None


def export(user):
    """The requests the person sent and received, and the notes they wrote. The other side's
    shared details are theirs, not this person's: not in the export."""
    sent = IntroductionRequest.objects.filter(requester_id=user.pk).order_by("created_at", "pk")
    received = IntroductionRequest.objects.filter(contact_id=user.pk).order_by("created_at", "pk")
    notes = IntroductionEvent.objects.filter(actor_id=user.pk).exclude(note="")
    return {
        "introductions_sent": [
            {
                "sheet": r.sheet_title,
                "purpose": r.get_purpose_display(),
                "message": r.message,
                "status": r.get_status_display(),
                "requested_at": _date(r.created_at),
            }
            for r in sent
        ],
        "introductions_received": [
            {
                "sheet": r.sheet_title,
                "status": r.get_status_display(),
                "requested_at": _date(r.created_at),
                "email_you_shared": r.shared_email,
                "phone_you_shared": r.shared_phone,
            }
            for r in received
        ],
        "introductions_notes": [
            {"step": n.get_kind_display(), "note": n.note, "written_at": _date(n.created_at)}
            for n in notes.order_by("created_at", "pk")
        ],
    }


def forget(sender, user, **kwargs):
    """account_anonymised receiver: the e-mail and phone a closed account shared are erased."""
    IntroductionRequest.objects.filter(contact_id=user.pk).update(shared_email="", shared_phone="")

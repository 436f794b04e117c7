"""How a registration reads in the facilitator's admin and its exports: the name (or that the
person was anonymised), member or visitor, attendance, the answers as one line, and the rows
of the CSV/XLSX export."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

ANONYMISED = _("Personne anonymisée")
MEMBER = _("Adhérent·e")
VISITOR = _("Visiteur ou visiteuse")
PRESENT = _("Présent·e")
ABSENT = _("Absent·e")
NOT_MARKED = _("Non renseigné")


def is_anonymised(registration):
    return bool(registration.anonymised_at) or not registration.full_name


def person_name(registration):
    """ "Prénom Nom", or "Personne anonymisée" once the names are erased."""
    return ANONYMISED if is_anonymised(registration) else registration.full_name


def sort_name(registration):
    """The name as a sign-in sheet lists it: last name first."""
    if is_anonymised(registration):
        return str(ANONYMISED)
    return f"{registration.last_name.upper()} {registration.first_name}".strip()


def kind_label(registration):
    return MEMBER if registration.is_member else VISITOR


def attended_label(registration):
    if registration.attended is None:
        return NOT_MARKED
    return PRESENT if registration.attended else ABSENT


def event_label(event):
    """ "Title (dd/mm/yyyy)": events of the same title come back each year."""
    return f"{event.title} ({timezone.localtime(event.start):%d/%m/%Y})"


def _answer_pair(answer):
    if isinstance(answer, dict):
        question = answer.get("question") or answer.get("label") or ""
        value = answer.get("answer", answer.get("value", ""))
        return question, value
    return "", answer


def answers_text(registration):
    """The answers to the event's questions on one line: "Question : réponse ; …"."""
    parts = []
    for answer in registration.answers or []:
        question, value = _answer_pair(answer)
        if isinstance(value, bool):
            value = _("oui") if value else _("non")
        value = "" if value is None else str(value)
        parts.append(f"{question} : {value}" if question else value)
    return " ; ".join(part for part in parts if part.strip())


def _local(value):
    """A date and time in the site's time zone, without it (what a spreadsheet shows)."""
    return timezone.make_naive(timezone.localtime(value)) if value else None


EXPORT_COLUMNS = {
    "last_name": (_("Nom"), lambda r: ANONYMISED if is_anonymised(r) else r.last_name),
    "first_name": (_("Prénom"), lambda r: r.first_name),
    "email": (_("Adresse e-mail"), lambda r: r.email),
    "commune": (_("Collectivité ou structure"), lambda r: r.commune),
    "role": (_("Fonction"), lambda r: r.role),
    "kind": (_("Adhérent·e ou visiteur"), kind_label),
    "event": (_("Rendez-vous"), lambda r: r.event.title),
    "event_start": (_("Date du rendez-vous"), lambda r: _local(r.event.start)),
    "status": (_("État"), lambda r: r.get_status_display()),
    "created_at": (_("Inscrit·e le"), lambda r: _local(r.created_at)),
    "attended": (_("Présence"), attended_label),
    "answers": (_("Réponses aux questions"), answers_text),
}


def export_row(registration, fields):
    """{field: value} of the export's columns for one registration."""
    return {field: EXPORT_COLUMNS[field][1](registration) for field in fields}

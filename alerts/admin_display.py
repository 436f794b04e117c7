"""How a subscriber reads in the facilitator's admin and its exports: member or visitor, the
kinds of content and places followed as words, and the columns of the CSV/XLSX export (what
the facilitator needs to answer someone: no token, no internal id)."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from . import states
from .models import ContentKind

MEMBER = _("Adhérent·e")
VISITOR = _("Visiteur ou visiteuse")
ALL = _("tous")
KIND_LABELS = dict(ContentKind.choices)


def kind_label(subscriber):
    return MEMBER if subscriber.user_id else VISITOR


def kinds_text(subscriber):
    """The kinds of content followed, as words ("fiches expérience, aides et …")."""
    return ", ".join(str(KIND_LABELS.get(kind, kind)) for kind in subscriber.kinds or [])


def themes_count(subscriber):
    """The number of themes chosen (annotated on the list's rows); none chosen means all."""
    return subscriber.themes_count or ALL


def _names(items):
    return ", ".join(str(item) for item in items)


def _local(value):
    """A date and time in the site's time zone, without it (what a spreadsheet shows)."""
    return timezone.make_naive(timezone.localtime(value)) if value else None


# The themes and communes come from prefetch_related (the list's export asks for them).
EXPORT_COLUMNS = {
    "email": (_("Adresse e-mail"), lambda s: s.email),
    "kind": (_("Adhérent·e ou visiteur"), kind_label),
    "language": (_("Langue"), lambda s: s.language),
    "frequency": (_("Fréquence"), lambda s: s.get_frequency_display()),
    "kinds": (_("Contenus suivis"), kinds_text),
    "themes": (_("Thèmes"), lambda s: _names(theme.name for theme in s.themes.all()) or ALL),
    "communes": (_("Communes"), lambda s: _names(commune.name for commune in s.communes.all())),
    "epcis": (_("Intercommunalités"), lambda s: _names(s.epcis or [])),
    "letter": (_("Lettre du réseau"), lambda s: _("oui") if s.letter else _("non")),
    "state": (_("État"), states.label),
    "created_at": (_("Inscrit le"), lambda s: _local(s.created_at)),
    "confirmed_at": (_("Confirmé le"), lambda s: _local(s.confirmed_at)),
    "paused_at": (_("Suspendu le"), lambda s: _local(s.paused_at)),
    "unsubscribed_at": (_("Désinscrit le"), lambda s: _local(s.unsubscribed_at)),
    "failures": (_("Échecs d'envoi consécutifs"), lambda s: s.failures),
}


def export_row(subscriber, fields):
    """{field: value} of the export's columns for one subscriber."""
    return {field: EXPORT_COLUMNS[field][1](subscriber) for field in fields}

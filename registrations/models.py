"""A person's registration for an event: a member (from their profile) or a visitor (name,
e-mail, commune, role), confirmed within the capacity, on the waiting list, or cancelled.

Registrations point to the event in the site's default language, whichever translation the
person registered from: one capacity, one list (registrations.places.source_event). `uid` and
`sequence` make the calendar invitation that stays right: the same UID for the whole life of the
registration, the SEQUENCE raised with each change sent (decision 0045)."""

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class Status(models.TextChoices):
    CONFIRMED = "confirmed", _("Inscrit·e")
    WAITING = "waiting", _("Liste d'attente")
    CANCELLED = "cancelled", _("Annulée")


class CancelledBy(models.TextChoices):
    PERSON = "person", _("La personne inscrite")
    FACILITATOR = "facilitator", _("L'équipe d'animation")
    EVENT = "event", _("Rendez-vous annulé")


ACTIVE = (Status.CONFIRMED, Status.WAITING)


class RegistrationQuerySet(models.QuerySet):
    def active(self):
        """Confirmed or waiting: what holds a place or a rank."""
        return self.filter(status__in=ACTIVE)

    def confirmed(self):
        return self.filter(status=Status.CONFIRMED)

    def waiting(self):
        """The waiting list, first come first served."""
        return self.filter(status=Status.WAITING).order_by("created_at", "pk")

    def of_address(self, email):
        return self.filter(email__iexact=(email or "").strip())


class Registration(models.Model):
    event = models.ForeignKey(
        "sheets.EventPage",
        verbose_name=_("rendez-vous"),
        on_delete=models.CASCADE,
        related_name="registrations",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("compte adhérent"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="event_registrations",
    )
    registered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("inscrit·e par"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Le ou la collègue qui a fait l'inscription, s'il ne s'agit pas de soi."),
    )
    organisation = models.ForeignKey(
        "members_area.MemberOrganisation",
        verbose_name=_("collectivité adhérente"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="event_registrations",
    )
    first_name = models.CharField(_("prénom"), max_length=150)
    last_name = models.CharField(_("nom"), max_length=150)
    email = models.EmailField(_("adresse e-mail"), blank=True)
    commune = models.CharField(_("collectivité ou structure"), max_length=200, blank=True)
    role = models.CharField(_("fonction"), max_length=200, blank=True)
    answers = models.JSONField(_("réponses aux questions"), default=list, blank=True)
    language = models.CharField(_("langue des messages"), max_length=10, default="fr")
    status = models.CharField(
        _("état"), max_length=10, choices=Status.choices, default=Status.CONFIRMED
    )
    cancelled_by = models.CharField(
        _("annulée par"), max_length=12, choices=CancelledBy.choices, blank=True
    )
    uid = models.UUIDField(_("identifiant de l'invitation"), default=uuid.uuid4, unique=True)
    sequence = models.PositiveIntegerField(_("version de l'invitation"), default=0)
    sent_schedule = models.CharField(
        _("date et lieu envoyés"),
        max_length=64,
        blank=True,
        help_text=_("L'empreinte de la date et du lieu de la dernière invitation envoyée."),
    )
    attended = models.BooleanField(_("présent·e"), null=True, blank=True)
    created_at = models.DateTimeField(_("inscrit·e le"), auto_now_add=True, db_index=True)
    confirmed_at = models.DateTimeField(_("place obtenue le"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("annulée le"), null=True, blank=True)
    reminded_at = models.DateTimeField(_("rappel envoyé le"), null=True, blank=True)
    report_sent_at = models.DateTimeField(_("compte rendu envoyé le"), null=True, blank=True)
    anonymised_at = models.DateTimeField(_("anonymisée le"), null=True, blank=True)
    submission_key = models.UUIDField(null=True, blank=True, editable=False)

    objects = RegistrationQuerySet.as_manager()

    class Meta:
        verbose_name = _("inscription")
        verbose_name_plural = _("inscriptions")
        ordering = ["created_at", "pk"]
        constraints = [
            # One place or rank per person and event (an address is stored in lower case).
            models.UniqueConstraint(
                fields=["event", "email"],
                condition=Q(status__in=["confirmed", "waiting"]) & ~Q(email=""),
                name="registrations_one_per_person",
            ),
            models.UniqueConstraint(
                fields=["submission_key", "email"], name="registrations_one_per_submission"
            ),
        ]

    def __str__(self):
        return f"{self.full_name} – {self.event.title}"

    def save(self, *args, **kwargs):
        self.email = (self.email or "").strip().lower()
        super().save(*args, **kwargs)

    @property
    def full_name(self):
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def is_member(self):
        return self.user_id is not None

    @property
    def is_active(self):
        return self.status in ACTIVE

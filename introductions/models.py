"""A member's request to be put in touch with the commune behind an experience sheet, and its
history. The contact's e-mail and phone are kept only once the contact chose to share them."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

MESSAGE_MAX_LENGTH = 1000


class Purpose(models.TextChoices):
    VISIT = "visit", _("Visiter la réalisation")
    CALL = "call", _("Échanger par téléphone")
    DOCUMENTS = "documents", _("Obtenir des documents (cahier des charges…)")
    OTHER = "other", _("Autre")


class Status(models.TextChoices):
    PENDING = "pending", _("En attente de réponse du contact")
    ACCEPTED = "accepted", _("Acceptée")
    DECLINED = "declined", _("Déclinée par le contact")
    FACILITATOR = "facilitator", _("Confiée à l'équipe d'animation")
    INTRODUCED = "introduced", _("Mise en relation faite par l'animation")
    CLOSED = "closed", _("Close")


# A request still waiting for someone: the contact, or the facilitator after a refusal or when
# the sheet's contact has no account. One per requester and sheet.
OPEN_STATUSES = (Status.PENDING, Status.DECLINED, Status.FACILITATOR)
# What the association reports to its funders: the introductions made.
MADE_STATUSES = (Status.ACCEPTED, Status.INTRODUCED)


class IntroductionRequestQuerySet(models.QuerySet):
    def open(self):
        return self.filter(status__in=OPEN_STATUSES)

    def made(self):
        return self.filter(status__in=MADE_STATUSES, introduced_at__isnull=False)

    def involving(self, user):
        """The requests this person sent or received."""
        return self.filter(Q(requester_id=user.pk) | Q(contact_id=user.pk))


class IntroductionRequest(models.Model):
    """Who asks, about which sheet (its commune, its contact's name at the time), why, and what
    became of it. `shared_email` / `shared_phone` hold what the contact chose to give the
    requester on accepting; empty before."""

    requester = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("demandeur"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="introductions_sent",
    )
    organisation = models.ForeignKey(
        "members_area.MemberOrganisation",
        verbose_name=_("collectivité du demandeur"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    sheet = models.ForeignKey(
        "sheets.ExperienceSheetPage",
        verbose_name=_("fiche expérience"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    sheet_title = models.CharField(_("titre de la fiche"), max_length=255)
    commune = models.ForeignKey(
        "sheets.Commune",
        verbose_name=_("commune"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    contact = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("compte du contact"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="introductions_received",
    )
    contact_name = models.CharField(_("contact de la fiche"), max_length=160, blank=True)
    purpose = models.CharField(_("objet"), max_length=12, choices=Purpose.choices)
    message = models.TextField(_("message"), max_length=MESSAGE_MAX_LENGTH)
    status = models.CharField(
        _("statut"), max_length=12, choices=Status.choices, default=Status.PENDING, db_index=True
    )
    shared_email = models.EmailField(_("e-mail transmis"), blank=True)
    shared_phone = models.CharField(_("téléphone transmis"), max_length=40, blank=True)
    created_at = models.DateTimeField(_("demandée le"), default=timezone.now, db_index=True)
    updated_at = models.DateTimeField(_("mise à jour le"), default=timezone.now)
    introduced_at = models.DateTimeField(_("mise en relation le"), null=True, blank=True)
    # The form's random key: the same form sent twice finds the first request.
    submission_key = models.UUIDField(null=True, blank=True, unique=True, editable=False)

    objects = IntroductionRequestQuerySet.as_manager()

    class Meta:
        verbose_name = _("demande de mise en relation")
        verbose_name_plural = _("demandes de mise en relation")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["requester", "sheet"],
                condition=Q(status__in=OPEN_STATUSES),
                name="introductions_one_open_request_per_sheet",
            ),
        ]

    def __str__(self):
        return self.sheet_title

    def get_absolute_url(self):
        return reverse("introductions:detail", args=[self.pk])

    @property
    def is_open(self):
        return self.status in OPEN_STATUSES

    @property
    def with_facilitator(self):
        return self.status in (Status.DECLINED, Status.FACILITATOR)


class EventKind(models.TextChoices):
    REQUESTED = "requested", _("Demande envoyée")
    HANDED_OVER = "handed_over", _("Confiée à l'équipe d'animation (contact sans compte)")
    ACCEPTED = "accepted", _("Acceptée par le contact")
    DECLINED = "declined", _("Déclinée par le contact")
    INTRODUCED = "introduced", _("Mise en relation faite par l'animation")
    CLOSED = "closed", _("Close")


class IntroductionEvent(models.Model):
    """One step of a request's history: who did what, when, with an optional note."""

    request = models.ForeignKey(
        IntroductionRequest, on_delete=models.CASCADE, related_name="events"
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("auteur de l'étape"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    kind = models.CharField(_("étape"), max_length=12, choices=EventKind.choices)
    note = models.TextField(_("note"), blank=True)
    created_at = models.DateTimeField(_("date"), default=timezone.now)

    class Meta:
        verbose_name = _("étape d'une mise en relation")
        verbose_name_plural = _("étapes d'une mise en relation")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return self.get_kind_display()

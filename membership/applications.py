"""An application to join the network (or renew), the people it names, and the reminders sent
before a membership ends. Who may see them is decided in members_area.permissions."""

from django.conf import settings
from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from core.storage import private_storage
from members_area.models import MemberOrganisation, MemberRole


def deliberation_upload_to(instance, filename):
    """membership/<slugified name>.<ext>: no directory part of the uploaded name survives."""
    base = filename.replace("\\", "/").rsplit("/", 1)[-1]
    stem, dot, ext = base.rpartition(".")
    if not dot:
        stem, ext = base, ""
    stem = slugify(stem)[:80] or "deliberation"
    ext = slugify(ext)[:10]
    return f"membership/{stem}.{ext}" if ext else f"membership/{stem}"


class ApplicationKind(models.TextChoices):
    COMMUNE = "commune", _("Commune")
    EPCI = "epci", _("Intercommunalité")
    COUNCIL = "council", _("Conseil de développement")


class ApplicationStatus(models.TextChoices):
    PENDING = "pending", _("En attente")
    APPROVED = "approved", _("Acceptée")
    DECLINED = "declined", _("Refusée")


class MembershipApplication(models.Model):
    """What a commune, an intercommunality or a council of development sent from the join
    page; the facilitator approves it (the organisation is created or renewed) or declines it."""

    kind = models.CharField(_("type de collectivité"), max_length=10, choices=ApplicationKind)
    commune = models.ForeignKey(
        "sheets.Commune",
        verbose_name=_("commune"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="membership_applications",
    )
    epci = models.CharField(_("intercommunalité"), max_length=160, blank=True)
    council_name = models.CharField(
        _("nom du conseil de développement"), max_length=160, blank=True
    )
    first_name = models.CharField(_("prénom"), max_length=150)
    last_name = models.CharField(_("nom"), max_length=150)
    function = models.CharField(_("fonction"), max_length=160)
    role = models.CharField(_("rôle"), max_length=12, choices=MemberRole.choices)
    email = models.EmailField(_("adresse e-mail"))
    phone = models.CharField(_("téléphone"), max_length=30, blank=True)
    deliberation = models.FileField(
        _("délibération"),
        upload_to=deliberation_upload_to,
        storage=private_storage,
        max_length=255,
        blank=True,
    )
    message = models.TextField(_("message"), blank=True)
    language = models.CharField(_("langue"), max_length=10, default="fr", editable=False)
    submission_key = models.UUIDField(null=True, blank=True, unique=True, editable=False)
    status = models.CharField(
        _("statut"), max_length=10, choices=ApplicationStatus, default=ApplicationStatus.PENDING
    )
    submitted_at = models.DateTimeField(_("envoyée le"), auto_now_add=True)
    decided_at = models.DateTimeField(_("décidée le"), null=True, blank=True, editable=False)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("décidée par"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    decision_message = models.TextField(_("message de la décision"), blank=True)
    organisation = models.ForeignKey(
        MemberOrganisation,
        verbose_name=_("collectivité adhérente"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="applications",
        editable=False,
    )
    anonymised_at = models.DateTimeField(_("anonymisée le"), null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("demande d'adhésion")
        verbose_name_plural = _("demandes d'adhésion")
        ordering = ["-submitted_at", "-pk"]
        indexes = [models.Index(fields=["status", "submitted_at"], name="application_status_idx")]

    def __str__(self):
        return self.applicant_name

    @property
    def applicant_name(self):
        """The organisation the application is for, as the facilitator reads it."""
        if self.kind == ApplicationKind.COMMUNE and self.commune_id:
            return str(self.commune)
        if self.kind == ApplicationKind.EPCI:
            return self.epci
        return self.council_name

    @property
    def contact_name(self):
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def is_pending(self):
        return self.status == ApplicationStatus.PENDING


class ApplicationPerson(models.Model):
    """Another person the application asks to invite to the member area (three at most)."""

    application = models.ForeignKey(
        MembershipApplication, on_delete=models.CASCADE, related_name="people"
    )
    name = models.CharField(_("nom"), max_length=160)
    email = models.EmailField(_("adresse e-mail"))
    role = models.CharField(_("rôle"), max_length=12, choices=MemberRole.choices)

    class Meta:
        verbose_name = _("personne à inviter")
        verbose_name_plural = _("personnes à inviter")
        ordering = ["pk"]

    def __str__(self):
        return self.name


class ReminderLog(models.Model):
    """One reminder sent for one end date of one organisation: the unique constraint makes a
    second run of the command send nothing more."""

    organisation = models.ForeignKey(
        MemberOrganisation, on_delete=models.CASCADE, related_name="membership_reminders"
    )
    active_until = models.DateField(_("adhésion valable jusqu'au"))
    days_before = models.PositiveSmallIntegerField(_("jours avant l'échéance"))
    sent_at = models.DateTimeField(_("envoyé le"), auto_now_add=True)

    class Meta:
        verbose_name = _("rappel de renouvellement")
        verbose_name_plural = _("rappels de renouvellement")
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "active_until", "days_before"],
                name="membership_reminder_once",
            )
        ]

    def __str__(self):
        return f"{self.organisation} ({self.active_until}, J-{self.days_before})"

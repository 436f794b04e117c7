"""Who follows what (Subscriber), and each digest sent to them (Digest) and each failed send
(DeliveryFailure). A digest row is created before it is queued and claimed before it is sent,
so that no digest ever leaves twice (alerts.digests, decision 0046)."""

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Frequency(models.TextChoices):
    IMMEDIATE = "immediate", _("dès la publication")
    WEEKLY = "weekly", _("une fois par semaine")
    MONTHLY = "monthly", _("une fois par mois")


class ContentKind(models.TextChoices):
    EXPERIENCE = "experience", _("fiches expérience")
    TECHNICAL = "technical", _("fiches techniques")
    EVENT = "event", _("rencontres, visites et formations")
    AID = "aid", _("aides et accompagnements")
    FAQ = "faq", _("questions fréquentes")
    # Members only: a visitor cannot choose them, and a member receives only what they may open.
    RESOURCE = "resource", _("documents réservés aux adhérents")
    QUESTION = "question", _("questions des élus sur mes thèmes")


PUBLIC_KINDS = [
    ContentKind.EXPERIENCE,
    ContentKind.TECHNICAL,
    ContentKind.EVENT,
    ContentKind.AID,
    ContentKind.FAQ,
]
MEMBERS_ONLY_KINDS = [ContentKind.RESOURCE, ContentKind.QUESTION]


class SubscriberQuerySet(models.QuerySet):
    def confirmed(self):
        """Subscribers who confirmed and have not left."""
        return self.filter(confirmed_at__isnull=False, unsubscribed_at__isnull=True)

    def receiving(self):
        """Confirmed subscribers whose address is not paused after repeated failures."""
        return self.confirmed().filter(paused_at__isnull=True)

    def letter_readers(self):
        return self.receiving().filter(letter=True)


class Subscriber(models.Model):
    """An e-mail address that follows themes, communes, intercommunalities and kinds of content.
    A member's subscription is tied to their account (`user`); a visitor's only to the address,
    confirmed by a link (double opt-in). No theme, commune or intercommunality chosen means all."""

    uid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    email = models.EmailField(_("adresse e-mail"), unique=True)
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("compte d'adhérent"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="alert_subscription",
    )
    language = models.CharField(_("langue"), max_length=10, default="fr")
    frequency = models.CharField(
        _("fréquence"), max_length=10, choices=Frequency.choices, default=Frequency.WEEKLY
    )
    kinds = models.JSONField(_("contenus suivis"), default=list, blank=True)
    themes = models.ManyToManyField(
        "sheets.Theme", verbose_name=_("thèmes"), blank=True, related_name="+"
    )
    communes = models.ManyToManyField(
        "sheets.Commune", verbose_name=_("communes"), blank=True, related_name="+"
    )
    epcis = models.JSONField(_("intercommunalités"), default=list, blank=True)
    letter = models.BooleanField(_("reçoit la lettre du réseau"), default=True)
    created_at = models.DateTimeField(_("inscrit le"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("confirmé le"), null=True, blank=True)
    unsubscribed_at = models.DateTimeField(_("désinscrit le"), null=True, blank=True)
    paused_at = models.DateTimeField(_("suspendu le"), null=True, blank=True)
    failures = models.PositiveSmallIntegerField(_("échecs d'envoi consécutifs"), default=0)
    # The end of the last digest's window: the next digest covers what was published after it.
    digest_until = models.DateTimeField(_("dernier envoi couvre jusqu'au"), null=True, blank=True)

    objects = SubscriberQuerySet.as_manager()

    class Meta:
        verbose_name = _("abonné aux alertes")
        verbose_name_plural = _("abonnés aux alertes")
        ordering = ["email"]

    def __str__(self):
        return self.email

    @property
    def is_active(self):
        return bool(self.confirmed_at and not self.unsubscribed_at and not self.paused_at)


class DigestStatus(models.TextChoices):
    QUEUED = "queued", _("en file d'attente")
    SENDING = "sending", _("en cours d'envoi")
    SENT = "sent", _("envoyé")
    EMPTY = "empty", _("rien de nouveau")
    FAILED = "failed", _("échec")


class Digest(models.Model):
    """One digest for one subscriber: what was published in (since, until]. Created by
    `send_digests` before it is queued; the task claims it (queued → sending) before sending, so
    a second run or a second worker never sends it again."""

    subscriber = models.ForeignKey(
        Subscriber, verbose_name=_("abonné"), on_delete=models.CASCADE, related_name="digests"
    )
    since = models.DateTimeField(_("depuis le"), null=True, blank=True)
    until = models.DateTimeField(_("jusqu'au"))
    status = models.CharField(
        _("état"), max_length=10, choices=DigestStatus.choices, default=DigestStatus.QUEUED
    )
    items = models.PositiveSmallIntegerField(_("éléments"), default=0)
    created_at = models.DateTimeField(_("créé le"), auto_now_add=True)
    sent_at = models.DateTimeField(_("envoyé le"), null=True, blank=True)

    class Meta:
        verbose_name = _("envoi d'alertes")
        verbose_name_plural = _("envois d'alertes")
        ordering = ["-until"]
        constraints = [
            models.UniqueConstraint(fields=["subscriber", "until"], name="one_digest_per_window")
        ]

    def __str__(self):
        return f"{self.subscriber} · {self.until:%Y-%m-%d %H:%M}"


class FailureKind(models.TextChoices):
    REFUSED = "refused", _("refusé par le serveur de messagerie")
    BOUNCE = "bounce", _("retour en erreur (bounce)")
    UNAVAILABLE = "unavailable", _("serveur de messagerie indisponible")


class DeliveryFailure(models.Model):
    """A send that failed for one address: refused at once by the mail server, or bounced
    later (`manage.py record_bounce`). Repeated failures pause the address (alerts.failures)."""

    subscriber = models.ForeignKey(
        Subscriber,
        verbose_name=_("abonné"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="failures_recorded",
    )
    email = models.EmailField(_("adresse e-mail"))
    kind = models.CharField(_("type"), max_length=12, choices=FailureKind.choices)
    detail = models.CharField(_("détail"), max_length=500, blank=True)
    occurred_at = models.DateTimeField(_("le"), auto_now_add=True)

    class Meta:
        verbose_name = _("échec d'envoi")
        verbose_name_plural = _("échecs d'envoi")
        ordering = ["-occurred_at"]
        indexes = [models.Index(fields=["-occurred_at"], name="alerts_failure_recent")]

    def __str__(self):
        return f"{self.email} · {self.get_kind_display()}"

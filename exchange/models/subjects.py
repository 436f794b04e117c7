"""Subjects the communes ask the network to work on (a meeting, a visit, a training), and the
supports of other members: one support per organisation counts in the ranking."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from .posts import Post


class SubjectStatus(models.TextChoices):
    PROPOSED = "proposed", _("Proposé")
    PLANNED = "planned", _("Programmé")
    ANSWERED = "answered", _("Réponse de l'animation")
    MERGED = "merged", _("Regroupé avec un autre sujet")


class SubjectQuerySet(models.QuerySet):
    def visible(self):
        """Not hidden, not merged into another subject."""
        return self.filter(hidden_at__isnull=True, merged_into__isnull=True)

    def with_support_counts(self):
        """Each subject with `commune_count`: the distinct organisations supporting it."""
        return self.annotate(
            commune_count=models.Count("supports__organisation", distinct=True),
        )


class Subject(Post):
    """A subject for a future meeting, visit or training. The facilitator answers it, merges
    duplicates into one, or turns it into an event (whose supporters are told)."""

    title = models.CharField(_("sujet"), max_length=200)
    description = models.TextField(_("ce que vous aimeriez travailler"))
    themes = models.ManyToManyField("sheets.Theme", verbose_name=_("thèmes"), blank=True)
    status = models.CharField(
        _("statut"), max_length=10, choices=SubjectStatus.choices, default=SubjectStatus.PROPOSED
    )
    facilitator_answer = models.TextField(_("réponse de l'animation"), blank=True)
    answered_at = models.DateTimeField(_("répondu le"), null=True, blank=True)
    merged_into = models.ForeignKey(
        "self",
        verbose_name=_("regroupé avec"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="merged_subjects",
    )
    event = models.ForeignKey(
        "sheets.EventPage",
        verbose_name=_("rencontre organisée"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = SubjectQuerySet.as_manager()

    class Meta:
        verbose_name = _("sujet à travailler")
        verbose_name_plural = _("sujets à travailler")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("exchange:subject", args=[self.pk])


class SubjectSupport(models.Model):
    """A member supports a subject. Each member once; the ranking counts organisations."""

    subject = models.ForeignKey(Subject, on_delete=models.CASCADE, related_name="supports")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    organisation = models.ForeignKey(
        "members_area.MemberOrganisation",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("soutenu le"), auto_now_add=True)

    class Meta:
        verbose_name = _("soutien")
        verbose_name_plural = _("soutiens")
        constraints = [
            models.UniqueConstraint(fields=["subject", "user"], name="exchange_support_once"),
        ]

    def __str__(self):
        return f"{self.organisation or self.user} → {self.subject}"

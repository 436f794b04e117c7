"""Questions between members, their answers and attachments, reports of a post, the follows
that decide who is told of what, and the facilitator's invitations to communes that did it."""

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.search import index

from core.storage import private_storage

from .posts import CitablePost


class ProjectStage(models.TextChoices):
    IDEA = "idea", _("Idée, réflexion")
    STUDY = "study", _("Études en cours")
    WORKS = "works", _("Travaux en cours")
    DONE = "done", _("Réalisé, à améliorer")


class QuestionQuerySet(models.QuerySet):
    def visible(self):
        """Not hidden by the facilitator."""
        return self.filter(hidden_at__isnull=True)


class Question(index.Indexed, CitablePost):
    """A member's question to the network. Members only: no public URL, no public search."""

    title = models.CharField(_("question"), max_length=200)
    body = models.TextField(_("précisions"))
    themes = models.ManyToManyField("sheets.Theme", verbose_name=_("thèmes"), blank=True)
    stage = models.CharField(
        _("où en est le projet"), max_length=8, choices=ProjectStage.choices, blank=True
    )
    context = models.TextField(_("contexte de la commune"), blank=True)
    last_activity_at = models.DateTimeField(
        _("dernière activité"), default=timezone.now, db_index=True
    )
    faq_entry = models.ForeignKey(
        "faq.FaqEntryPage",
        verbose_name=_("entrée de FAQ"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="source_questions",
    )
    subject = models.ForeignKey(
        "exchange.Subject",
        verbose_name=_("sujet à travailler"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="questions",
    )

    objects = QuestionQuerySet.as_manager()

    search_fields = [
        index.SearchField("title", boost=2),
        index.AutocompleteField("title"),
        index.SearchField("body"),
        index.RelatedFields("answers", [index.SearchField("body")]),
        index.FilterField("hidden_at"),
        index.FilterField("last_activity_at"),
    ]

    class Meta:
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        ordering = ["-last_activity_at", "-pk"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("exchange:question", args=[self.pk])


def attachment_upload_to(instance, filename):
    return f"exchange/{uuid.uuid4().hex}/{filename}"


class QuestionAttachment(models.Model):
    """A file joined to a question: private storage, served to active members only."""

    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField(
        _("fichier"), upload_to=attachment_upload_to, storage=private_storage, max_length=255
    )
    name = models.CharField(_("nom du fichier"), max_length=255)
    size = models.PositiveIntegerField(_("taille (octets)"), default=0)

    class Meta:
        verbose_name = _("pièce jointe")
        verbose_name_plural = _("pièces jointes")
        ordering = ["pk"]

    def __str__(self):
        return self.name

    def get_download_url(self):
        return reverse("exchange:attachment", args=[self.question_id, self.pk])


class Answer(CitablePost):
    """An answer to a question. The asker may mark the one that helped; the facilitator may
    validate one on behalf of the network (shown first, with who and when)."""

    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="answers")
    body = models.TextField(_("réponse"))
    edited_at = models.DateTimeField(_("modifiée le"), null=True, blank=True)
    helpful_at = models.DateTimeField(_("marquée utile le"), null=True, blank=True)
    validated_at = models.DateTimeField(_("validée le"), null=True, blank=True)
    validated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("validée par"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("réponse")
        verbose_name_plural = _("réponses")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.question}: {self.body[:60]}"

    def get_absolute_url(self):
        return f"{self.question.get_absolute_url()}#reponse-{self.pk}"


class AnswerRevision(models.Model):
    """The text an answer had before an edit: the history shown under it."""

    answer = models.ForeignKey(Answer, on_delete=models.CASCADE, related_name="revisions")
    body = models.TextField(_("texte précédent"))
    replaced_at = models.DateTimeField(_("remplacé le"), auto_now_add=True)

    class Meta:
        verbose_name = _("version précédente")
        verbose_name_plural = _("versions précédentes")
        ordering = ["-replaced_at", "-pk"]

    def __str__(self):
        return f"{self.answer_id} ({self.replaced_at:%Y-%m-%d %H:%M})"


class Follow(models.Model):
    """A member follows a question or a theme: they are told of new answers, or of new questions
    on the theme. Exactly one of the two is set."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="exchange_follows"
    )
    question = models.ForeignKey(
        Question, null=True, blank=True, on_delete=models.CASCADE, related_name="follows"
    )
    theme = models.ForeignKey(
        "sheets.Theme", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("suivi")
        verbose_name_plural = _("suivis")
        constraints = [
            models.CheckConstraint(
                condition=Q(question__isnull=True, theme__isnull=False)
                | Q(question__isnull=False, theme__isnull=True),
                name="exchange_follow_one_target",
            ),
            models.UniqueConstraint(
                fields=["user", "question"],
                condition=Q(question__isnull=False),
                name="exchange_follow_question_once",
            ),
            models.UniqueConstraint(
                fields=["user", "theme"],
                condition=Q(theme__isnull=False),
                name="exchange_follow_theme_once",
            ),
        ]

    def __str__(self):
        return f"{self.user} → {self.question or self.theme}"


class Report(models.Model):
    """A member's report of a question or an answer, until the facilitator handles it (hides
    the post with a reason, or keeps it)."""

    class Outcome(models.TextChoices):
        PENDING = "", _("à examiner")
        HIDDEN = "hidden", _("message masqué")
        KEPT = "kept", _("message conservé")

    question = models.ForeignKey(
        Question, null=True, blank=True, on_delete=models.CASCADE, related_name="reports"
    )
    answer = models.ForeignKey(
        Answer, null=True, blank=True, on_delete=models.CASCADE, related_name="reports"
    )
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    reason = models.TextField(_("motif du signalement"))
    created_at = models.DateTimeField(_("signalé le"), auto_now_add=True)
    outcome = models.CharField(
        _("suite donnée"), max_length=6, choices=Outcome.choices, blank=True, default=""
    )
    handled_at = models.DateTimeField(_("traité le"), null=True, blank=True)
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("signalement")
        verbose_name_plural = _("signalements")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(question__isnull=True, answer__isnull=False)
                | Q(question__isnull=False, answer__isnull=True),
                name="exchange_report_one_post",
            ),
        ]

    def __str__(self):
        return str(self.question or self.answer)

    @property
    def post(self):
        return self.question or self.answer


class QuestionInvitation(models.Model):
    """The facilitator invites a commune that did it (through its sheet) to answer a question:
    its members are told, and the question shows the sheet."""

    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="invitations")
    sheet = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name=_("fiche")
    )
    organisation = models.ForeignKey(
        "members_area.MemberOrganisation",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("invitée le"), auto_now_add=True)

    class Meta:
        verbose_name = _("invitation à répondre")
        verbose_name_plural = _("invitations à répondre")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.question} → {self.sheet}"

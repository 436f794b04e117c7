"""The network's letter: its archive (LetterIndexPage), each issue (LetterPage, a page translated
like the others) and, for each subscriber it was sent to, its delivery (LetterDelivery). A
delivery row is created before its e-mail is queued and claimed before it is sent, and there is
one per letter and subscriber, so that a letter never goes twice to the same person."""

from django.core.paginator import Paginator
from django.db import models
from django.db.models import Count, Min, Q
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.fallback import in_language
from core.models import BasePage
from core.text import plain_text

from . import conf, content, emails
from .blocks import LetterBodyBlock
from .panels import SendingPanel

INTRO_FEATURES = ["bold", "italic", "link"]


class LetterIndexPage(BasePage):
    """The letters' archive: the letters sent, newest first, and how to subscribe."""

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=INTRO_FEATURES,
        help_text=_("Quelques phrases affichées au-dessus des lettres."),
    )

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro")]
    parent_page_types = conf.get("LETTERS_SECTION_PARENTS")
    subpage_types = ["letters.LetterPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("archive des lettres du réseau")

    def content_description(self):
        return plain_text(self.intro)

    def letters(self):
        """The live, public letters this archive lists, newest first (in its language, with the
        French ones not translated yet: core.fallback)."""
        letters = in_language(LetterPage.objects.live().public(), self.locale_id)
        return letters.defer_streamfields().order_by("-issue_date", "-first_published_at", "-pk")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        paginator = Paginator(self.letters(), conf.get("LETTERS_PER_PAGE"))
        page_obj = paginator.get_page(request.GET.get("page"))
        page_obj.object_list = list(page_obj.object_list)
        context.update(page_obj=page_obj, paginator=paginator, letters=page_obj.object_list)
        return context


class LetterPage(BasePage):
    """One issue of the letter: an introduction and a body of blocks, some of which pull the
    site's latest sheets, events and aids when the letter is rendered (letters.content)."""

    issue_number = models.PositiveSmallIntegerField(
        _("numéro"), null=True, blank=True, help_text=_("Le numéro de la lettre, s'il y en a un.")
    )
    issue_date = models.DateField(
        _("date de la lettre"),
        default=timezone.localdate,
        help_text=_("La date affichée sur la lettre et dans l'archive."),
    )
    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=INTRO_FEATURES,
        help_text=_("Le mot d'accueil, en tête de la lettre."),
    )
    body = StreamField(LetterBodyBlock(), verbose_name=_("contenu"), blank=True)

    content_panels = [
        SendingPanel(heading=_("Envoi de la lettre")),
        *BasePage.content_panels,
        FieldRowPanel([FieldPanel("issue_number"), FieldPanel("issue_date")]),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
        index.AutocompleteField("title"),
        index.FilterField("locale"),
        index.FilterField("issue_date"),
    ]
    # wagtail-localize: the texts are translated; the number and the date are the same.
    override_translatable_fields = [
        SynchronizedField("issue_number"),
        SynchronizedField("issue_date"),
    ]
    parent_page_types = ["letters.LetterIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("lettre du réseau")
        verbose_name_plural = _("lettres du réseau")

    @property
    def preview_modes(self):
        return [("", _("Page")), ("email", _("E-mail"))]

    def content_description(self):
        return plain_text(self.intro)[:300]

    def deliveries_of_all_languages(self):
        """The deliveries of this letter and of its translations: one send covers them all."""
        return LetterDelivery.objects.filter(letter__translation_key=self.translation_key)

    def sending_summary(self):
        """When the letter (in any language) was sent, to how many subscribers, how many
        e-mails left and failed; None when it was not sent. One query."""
        if not self.pk:
            return None
        summary = self.deliveries_of_all_languages().aggregate(
            sent_on=Min("created_at"),
            recipients=Count("pk"),
            sent=Count("pk", filter=Q(status=DeliveryStatus.SENT)),
            failed=Count("pk", filter=Q(status=DeliveryStatus.FAILED)),
            waiting=Count(
                "pk", filter=Q(status__in=[DeliveryStatus.QUEUED, DeliveryStatus.SENDING])
            ),
        )
        return summary if summary["recipients"] else None

    def content_date(self):
        """The moment the blocks pull the site's content as of: the send, else now."""
        sent_on = None
        if self.pk:
            sent_on = self.deliveries_of_all_languages().aggregate(first=Min("created_at"))["first"]
        return sent_on or timezone.now()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = content.sections(self, self.content_date())
        return context

    def serve_preview(self, request, mode_name):
        """ "E-mail": the e-mail version as a subscriber receives it (for the editor, with the
        links of a sample subscriber who has their address)."""
        if mode_name == "email":
            return HttpResponse(emails.preview_html(self, request.user))
        return super().serve_preview(request, mode_name)


class DeliveryStatus(models.TextChoices):
    QUEUED = "queued", _("en file d'attente")
    SENDING = "sending", _("en cours d'envoi")
    SENT = "sent", _("envoyée")
    FAILED = "failed", _("échec")
    SKIPPED = "skipped", _("non envoyée (désabonné entre-temps)")


class LetterDelivery(models.Model):
    """One letter for one subscriber, in their language (the letter page it points to).
    Created when the facilitator sends the letter; the task claims it (queued → sending) before
    it sends, so that a second press, a second run or a second worker never sends it again."""

    letter = models.ForeignKey(
        LetterPage, verbose_name=_("lettre"), on_delete=models.CASCADE, related_name="deliveries"
    )
    subscriber = models.ForeignKey(
        "alerts.Subscriber",
        verbose_name=_("abonné"),
        on_delete=models.CASCADE,
        related_name="letter_deliveries",
    )
    status = models.CharField(
        _("état"), max_length=10, choices=DeliveryStatus.choices, default=DeliveryStatus.QUEUED
    )
    created_at = models.DateTimeField(_("mise en file le"), auto_now_add=True)
    sent_at = models.DateTimeField(_("envoyée le"), null=True, blank=True)

    class Meta:
        verbose_name = _("envoi de la lettre")
        verbose_name_plural = _("envois de la lettre")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["letter", "subscriber"], name="one_letter_per_subscriber"
            )
        ]
        indexes = [models.Index(fields=["status"], name="letters_delivery_status")]

    def __str__(self):
        return f"{self.letter} · {self.subscriber}"

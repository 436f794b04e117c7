"""Rencontres, visites, formations: each organised with a host collectivité."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.api_fields import NameField, NamesField, RichTextValueField
from core.models import BasePage
from sheets.admin_forms import ThemedPageForm
from sheets.extensions import page_sections
from sheets.ical import calendar

from .mixins import Attachment, TranslatableRow
from .taxonomy import card_themes

TEXT_FEATURES = ["h3", "bold", "italic", "ul", "ol", "link", "document-link"]


def upcoming_q(now=None) -> Q:
    """The one definition of "upcoming", for the agenda, the feeds, the .ics files and the home
    page: an event is upcoming until it ends (until it starts when it has no end)."""
    now = now or timezone.now()
    return Q(end__gte=now) | Q(end__isnull=True, start__gte=now)


def past_q(now=None) -> Q:
    now = now or timezone.now()
    return Q(end__lt=now) | Q(end__isnull=True, start__lt=now)


class EventKind(models.TextChoices):
    MEETING = "rencontre", _("Rencontre")
    CONFERENCE = "conference", _("Conférence")
    VISIT = "visite", _("Visite de réalisation")
    TRAINING = "formation", _("Formation")
    INFORMATION = "reunion_information", _("Réunion d'information")
    COUNCIL = "intervention_conseil", _("Intervention en conseil municipal")


class RegistrationMode(models.TextChoices):
    """Who registers on the site (the registrations plugin), or nobody: the text and link of the
    "Inscription" panel then say how to register."""

    NONE = "none", _("Pas d'inscription sur le site (texte ou lien ci-dessus)")
    MEMBERS = "members", _("Inscription sur le site, adhérents seulement")
    OPEN = "open", _("Inscription sur le site, ouverte à tous")


class EventPage(RoutablePageMixin, BasePage):
    """One event; its .ics file (for a calendar) is served at <url>ics/."""

    kind = models.CharField(
        _("type de rendez-vous"),
        max_length=30,
        choices=EventKind.choices,
        default=EventKind.MEETING,
    )
    start = models.DateTimeField(_("début"), db_index=True)
    end = models.DateTimeField(_("fin"), null=True, blank=True)
    venue = models.CharField(
        _("lieu"), max_length=200, blank=True, help_text=_("Ex. : salle des fêtes, mairie.")
    )
    address = models.CharField(_("adresse"), max_length=255, blank=True)
    host_commune = models.ForeignKey(
        "sheets.Commune",
        verbose_name=_("collectivité partenaire"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="hosted_events",
        help_text=_("La collectivité qui accueille le rendez-vous et témoigne."),
    )
    themes = ParentalManyToManyField(
        "sheets.Theme", verbose_name=_("thèmes"), related_name="events", blank=True
    )
    summary = models.TextField(_("résumé"), max_length=600)
    programme = RichTextField(_("programme"), blank=True, features=TEXT_FEATURES)
    registration = RichTextField(
        _("inscription"),
        blank=True,
        features=TEXT_FEATURES,
        help_text=_("Comment s'inscrire : date limite, contact, tarif éventuel."),
    )
    registration_url = models.URLField(_("lien d'inscription"), blank=True)
    capacity = models.PositiveIntegerField(
        _("nombre de places"),
        null=True,
        blank=True,
        help_text=_("Laissez vide si le nombre de places n'est pas limité."),
    )
    registration_mode = models.CharField(
        _("inscription sur le site"),
        max_length=10,
        choices=RegistrationMode.choices,
        default=RegistrationMode.NONE,
    )
    registration_opens_at = models.DateTimeField(
        _("ouverture des inscriptions"),
        null=True,
        blank=True,
        help_text=_("Laissez vide pour ouvrir les inscriptions dès la publication."),
    )
    registration_closes_at = models.DateTimeField(
        _("clôture des inscriptions"),
        null=True,
        blank=True,
        help_text=_("Laissez vide pour les clore au début du rendez-vous."),
    )
    waiting_list = models.BooleanField(
        _("liste d'attente"),
        default=True,
        help_text=_(
            "Quand c'est complet, proposer la liste d'attente : la première personne inscrite "
            "sur la liste obtient la place qui se libère et en est prévenue."
        ),
    )
    is_cancelled = models.BooleanField(
        _("rendez-vous annulé"),
        default=False,
        help_text=_(
            "Cochez puis publiez : la page l'annonce et chaque personne inscrite reçoit "
            "l'annulation dans son agenda."
        ),
    )
    report = RichTextField(
        _("compte rendu"),
        blank=True,
        features=TEXT_FEATURES,
        help_text=_("Après la rencontre : ce qui a été présenté et retenu."),
    )
    report_members_only = models.BooleanField(
        _("compte rendu réservé aux adhérents"),
        default=False,
        help_text=_("Cochez pour que seuls les adhérents connectés lisent le compte rendu."),
    )

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("kind"),
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldPanel("venue"),
                FieldPanel("address"),
                FieldPanel("host_commune"),
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Date et lieu"),
        ),
        FieldPanel("summary"),
        FieldPanel("programme"),
        InlinePanel("speakers", heading=_("Intervenants"), label=_("Intervenant")),
        MultiFieldPanel(
            [
                FieldPanel("registration"),
                FieldPanel("registration_url"),
                FieldPanel("capacity"),
                FieldPanel("registration_mode"),
                FieldRowPanel(
                    [FieldPanel("registration_opens_at"), FieldPanel("registration_closes_at")]
                ),
                FieldPanel("waiting_list"),
                InlinePanel(
                    "registration_questions",
                    heading=_("Questions posées à l'inscription"),
                    label=_("Question"),
                ),
                FieldPanel("is_cancelled"),
            ],
            heading=_("Inscription"),
        ),
        MultiFieldPanel(
            [FieldPanel("report"), FieldPanel("report_members_only")],
            heading=_("Après la rencontre"),
        ),
        InlinePanel(
            "attachments",
            heading=_("Documents (présentations, compte rendu…)"),
            label=_("Document"),
        ),
    ]
    base_form_class = ThemedPageForm

    # wagtail-localize: the themes follow the source (core.translation localizes them); a
    # postal address is not translated.
    override_translatable_fields = [
        SynchronizedField("themes", overridable=False),
        SynchronizedField("address"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("programme"),
        index.AutocompleteField("title"),
        index.RelatedFields("host_commune", [index.SearchField("name")]),
        index.RelatedFields("themes", [index.SearchField("name")]),
        index.FilterField("host_commune"),
        index.FilterField("kind"),
        index.FilterField("start"),
        index.FilterField("locale"),
    ]

    # The public API (publicapi/): what every visitor sees. The report only when it is not
    # reserved to members (public_report); never the attachments nor the registration form's
    # questions.
    api_fields = [
        *["kind", "start", "end", "venue", "address", "is_cancelled"],
        APIField("host_commune", serializer=NameField()),
        APIField("themes", serializer=NamesField()),
        *["summary", "speakers", "programme", "registration", "registration_url", "capacity"],
        APIField("public_report", serializer=RichTextValueField()),
    ]

    parent_page_types = ["sheets.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("rencontre")
        verbose_name_plural = _("rencontres")

    def get_meta_description(self):
        return super().get_meta_description() or self.summary

    @classmethod
    def for_listing(cls, queryset, themes=True):
        """What a card, a feed item or a VEVENT shows, in a fixed number of queries (with
        `themes=False`, the caller reads the themes: sheets.models.taxonomy.attach_themes)."""
        queryset = queryset.select_related("host_commune")
        return queryset.prefetch_related(card_themes()) if themes else queryset

    @property
    def public_report(self):
        """The report when every visitor may read it, else "" (the public API's field)."""
        return "" if self.report_members_only else self.report

    @property
    def is_upcoming(self):
        return (self.end or self.start) >= timezone.now()

    @property
    def takes_registrations(self):
        """Whether people register on the site for this event."""
        return self.registration_mode != RegistrationMode.NONE

    def registration_is_open(self, now=None):
        """Registrations are taken between their opening (publication when empty) and their
        closing (the start when empty), unless the event is cancelled."""
        now = now or timezone.now()
        if not self.takes_registrations or self.is_cancelled:
            return False
        if self.registration_opens_at and now < self.registration_opens_at:
            return False
        return now < (self.registration_closes_at or self.start)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["speakers"] = list(self.speakers.all())
        context["themes"] = list(self.themes.all())
        # The template shows members-only attachments to members only (members_access filter).
        attachments = list(self.attachments.select_related("document"))
        context["attachments"] = attachments
        context["has_public_attachments"] = any(not a.members_only for a in attachments)
        context["has_reserved_attachments"] = any(a.members_only for a in attachments)
        # Other plugins' sections (sheets.extensions); members-only ones decide in their hook.
        context["extra_sections"] = page_sections("sheets_event_page_sections", request, self)
        return context

    def get_cached_paths(self):
        """The page and its .ics file: what the front cache purges when it is published."""
        return ["/", self.reverse_subpage("ics")]

    @path("ics/", name="ics")
    def ics(self, request):
        """This event as an .ics file to add to a calendar (public fields only)."""
        url = self.get_full_url(request)
        body = calendar([(self, url)], name=self.title)
        response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{self.slug}.ics"'
        return response


class EventSpeaker(TranslatableRow):
    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="speakers")
    api_fields = ["name", "role"]
    name = models.CharField(_("nom"), max_length=160)
    role = models.CharField(
        _("fonction"), max_length=255, blank=True, help_text=_("Ex. : maire de Bais, ADEME")
    )

    panels = [FieldPanel("name"), FieldPanel("role")]
    # wagtail-localize: a person's name is not translated (an editor may still override it);
    # their role and organisation are.
    override_translatable_fields = [SynchronizedField("name")]

    class Meta(TranslatableRow.Meta):
        verbose_name = _("intervenant")
        verbose_name_plural = _("intervenants")


class QuestionKind(models.TextChoices):
    TEXT = "text", _("Réponse libre")
    CHOICE = "choice", _("Un choix dans une liste")
    YES_NO = "yes_no", _("Oui ou non")


class EventQuestion(TranslatableRow):
    """A question asked when registering (diet, accessibility needs, which workshop); its label
    and choices are translated with the page."""

    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="registration_questions")
    label = models.CharField(_("question"), max_length=200)
    kind = models.CharField(
        _("type de réponse"), max_length=10, choices=QuestionKind.choices, default=QuestionKind.TEXT
    )
    choices = models.TextField(
        _("choix proposés"),
        blank=True,
        help_text=_("Pour « Un choix dans une liste » : un choix par ligne."),
    )
    required = models.BooleanField(_("réponse obligatoire"), default=False)

    panels = [
        FieldPanel("label"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("required")]),
        FieldPanel("choices"),
    ]

    class Meta(TranslatableRow.Meta):
        verbose_name = _("question d'inscription")
        verbose_name_plural = _("questions d'inscription")

    def clean(self):
        super().clean()
        if self.kind == QuestionKind.CHOICE and len(self.choice_list()) < 2:
            raise ValidationError({"choices": _("Proposez au moins deux choix, un par ligne.")})

    def choice_list(self):
        return [line.strip() for line in self.choices.splitlines() if line.strip()]


class EventAttachment(Attachment):
    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="attachments")

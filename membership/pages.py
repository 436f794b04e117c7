"""The public join page: who can join, what membership gives, its cost, and the application
form served from the page itself (RoutablePageMixin) at formulaire/, then merci/.

The page and its thank-you route are the same for every visitor and stay cacheable; the form
carries a CSRF token (a cookie), so its route is never stored by a shared cache."""

from django.db import models
from django.shortcuts import redirect
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.search import index

from core.models import BasePage
from core.text import plain_text

from .applying import already_sent, save_application, too_many_applications
from .forms import ApplicationForm

TEXT_FEATURES = ["h2", "h3", "bold", "italic", "link", "ol", "ul"]


class JoinPage(RoutablePageMixin, BasePage):
    """ "Adhérer au réseau": one per language, under the home page."""

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("Deux ou trois phrases : ce qu'est l'adhésion et pourquoi adhérer."),
    )
    who_can_join = RichTextField(
        _("qui peut adhérer"),
        blank=True,
        features=TEXT_FEATURES,
        help_text=_(
            "Communes, intercommunalités, conseils de développement : à quelles conditions."
        ),
    )
    benefits = RichTextField(
        _("ce que donne l'adhésion"),
        blank=True,
        features=TEXT_FEATURES,
    )
    cost = models.CharField(
        _("cotisation annuelle"),
        max_length=255,
        blank=True,
        help_text=_(
            "Ex. : « 0,10 € par habitant et par an, 50 € au minimum ». Laissé vide, la page "
            "ne parle pas de cotisation."
        ),
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page « Données personnelles »"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Liée à côté de la case de consentement du formulaire."),
    )
    thank_you = RichTextField(
        _("message après la demande"),
        blank=True,
        features=["bold", "italic", "link", "ul"],
        help_text=_("Affiché après l'envoi du formulaire : ce qui se passe ensuite, et quand."),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro"),
        FieldPanel("who_can_join"),
        FieldPanel("benefits"),
        FieldPanel("cost"),
        FieldPanel("thank_you"),
        FieldPanel("privacy_page"),
    ]

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("intro"),
        index.SearchField("who_can_join"),
        index.SearchField("benefits"),
    ]

    # Under the site's home page: the host lists it in its home page's subpage_types (this plugin
    # does not know the host's page types).
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("page « Adhérer au réseau »")
        verbose_name_plural = _("pages « Adhérer au réseau »")

    def content_description(self):
        return plain_text(self.intro)[:300]

    def get_cached_paths(self):
        """What the front cache purges on publish: the page and its thank-you route."""
        return ["/", "/merci/"]

    @path("")
    def index(self, request):
        return self.render(request)

    @path("formulaire/", name="form")
    def application_form(self, request):
        """The form: shown, checked, saved once (submission key), then merci/."""
        thanks = self.get_url(request) + self.reverse_subpage("thanks")
        if request.method == "POST":
            form = ApplicationForm(request.POST, request.FILES)
            if form.is_valid():
                # A bot (the honeypot) is told the same as a person, and a second sending of
                # the same form finds the first application.
                if form.is_bot() or already_sent(form):
                    return redirect(thanks)
                if not too_many_applications(request):
                    save_application(form, request)
                    return redirect(thanks)
                form.add_error(None, form.rate_limited_message())
        else:
            form = ApplicationForm()
        response = self.render(
            request, template="membership/join_form.html", context_overrides={"form": form}
        )
        add_never_cache_headers(response)
        return response

    @path("merci/", name="thanks")
    def thanks(self, request):
        return self.render(request, template="membership/join_thanks.html")

"""Models every app stands on: the user, images and documents, the site settings, the base page.

They exist from the first migration because swapping a user, image or document model later is
painful.
"""

import copy
import functools

from django.conf import settings
from django.contrib.auth.models import AbstractUser, UserManager
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.http import Http404
from django.urls import Resolver404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.documents.models import AbstractDocument, Document
from wagtail.images.models import AbstractImage, AbstractRendition, Filter, Image
from wagtail.models import Locale, Page, PageViewRestriction, TranslatableMixin
from wagtail.search import index

from core.storage import private_storage
from core.text_extraction import extract_text


class EmailUserManager(UserManager):
    """The e-mail address is the sign-in name; there is no separate username."""

    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An e-mail address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email=None, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email=None, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)

    def get_by_natural_key(self, username):
        return self.get(email__iexact=username)


class User(AbstractUser):
    username = None
    email = models.EmailField(_("adresse e-mail"), unique=True)

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = []

    objects = EmailUserManager()

    class Meta:
        verbose_name = _("utilisateur")
        verbose_name_plural = _("utilisateurs")
        ordering = ["last_name", "first_name", "email"]

    def __str__(self):
        return self.get_full_name() or self.email


class CustomImage(AbstractImage):
    """Images with a credit line, shown under each image as French law on authorship expects."""

    credit = models.CharField(
        _("crédit photo"),
        max_length=255,
        blank=True,
        help_text=_(
            "Auteur ou source de la photo, affiché sous l'image (ex. : « Mairie de Bais »)."
        ),
    )

    admin_form_fields = (*Image.admin_form_fields, "credit")

    def get_rendition(self, filter):  # noqa: A002 - Wagtail's parameter name
        """Wagtail's, with two savings when the lists prefetched the rendition (cards,
        galleries): the filter of a spec is parsed once per process, and a prefetched
        rendition is not pickled back into the rendition cache on every request (together,
        two thirds of an {% image %} tag's time)."""
        if isinstance(filter, str):
            filter = _filter_for_spec(filter)
        elif isinstance(filter, Filter):
            filter = _filter_for_spec(filter.spec)
        if self._get_prefetched_renditions() is not None:
            filter = self.clean_filter_for_svg(filter)
            found = self.find_existing_renditions(filter).get(filter)
            if found is not None:
                return found
        return super().get_rendition(filter)


@functools.lru_cache(maxsize=256)
def _filter_for_spec(spec):
    """One Filter per spec and process: it parses its spec once (its operations only read the
    image they are given)."""
    return Filter(spec=spec)


class CustomRendition(AbstractRendition):
    image = models.ForeignKey(CustomImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


class CustomDocument(AbstractDocument):
    """Documents are stored under PRIVATE_MEDIA_ROOT and reach people only through Wagtail's
    serve view, where the member area decides who may download a members-only one."""

    file = models.FileField(upload_to="documents", storage=private_storage, verbose_name=_("file"))
    description = models.TextField(
        _("description"),
        blank=True,
        help_text=_("Une ou deux phrases qui disent ce que contient le document."),
    )

    extracted_text = models.TextField(_("texte extrait du fichier"), blank=True, editable=False)

    admin_form_fields = (*Document.admin_form_fields, "description")
    search_fields = [
        *AbstractDocument.search_fields,
        index.SearchField("description"),
        index.SearchField("extracted_text"),
    ]

    def save(self, *args, **kwargs):
        """Re-read the file's text when the file changed, so search finds words inside it."""
        if self.file and (self._state.adding or self._file_changed()):
            self.extracted_text = extract_text(self.file, self.file.name)
            update_fields = kwargs.get("update_fields")
            if update_fields is not None:
                kwargs["update_fields"] = {*update_fields, "extracted_text"}
        super().save(*args, **kwargs)

    def _file_changed(self):
        if not self.pk:
            return True
        previous = type(self).objects.filter(pk=self.pk).values_list("file", flat=True).first()
        return previous != self.file.name or not getattr(self.file, "_committed", True)


@register_setting(icon="site")
class NetworkSettings(BaseSiteSetting):
    """The contact data the footer shows, the same in every language; staff edit it in
    Paramètres > Réseau et contact. The texts that are translated are in NetworkTexts."""

    facilitator_name = models.CharField(
        _("animatrice ou animateur"),
        max_length=255,
        blank=True,
        help_text=_("Nom et prénom de la personne à contacter, affiché dans le pied de page."),
    )
    address = models.TextField(_("adresse postale"), blank=True)
    phone = models.CharField(_("téléphone"), max_length=40, blank=True)
    email = models.EmailField(_("adresse e-mail de contact"), blank=True)
    created_year = models.PositiveIntegerField(
        _("année de création du réseau"),
        default=2010,
        help_text=_("Sert à compter les rencontres organisées depuis la création."),
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("created_year")],
            heading=_("Le réseau"),
            help_text=_(
                "Le nom du réseau, celui de l'association et la fonction de l'animatrice se "
                "traduisent : ils sont dans Paramètres > Textes du réseau."
            ),
        ),
        MultiFieldPanel(
            [
                FieldPanel("facilitator_name"),
                FieldPanel("address"),
                FieldPanel("phone"),
                FieldPanel("email"),
            ],
            heading=_("Contact de l'équipe d'animation"),
        ),
    ]

    class Meta:
        verbose_name = _("réseau et contact")

    @classmethod
    def cache_key(cls, site_id):
        return f"reseau:networksettings:{site_id}"

    @classmethod
    def for_site(cls, site):
        """The footer shows these settings on every page: they are kept in Django's cache
        (shared by the processes when CACHE_URL points at Redis) and dropped when they are
        saved or deleted (reseau.apps), so a page does not read them each time."""
        if site is None:
            return super().for_site(site)
        key = cls.cache_key(site.pk)
        return _kept_in_process(key, lambda: cls._cached_for_site(site, key))

    @classmethod
    def _cached_for_site(cls, site, key):
        instance = cache.get(key)
        if instance is None:
            instance = super().for_site(site)
            cache.set(key, instance, settings.PAGE_CACHE_TIMEOUT)
        return instance


def _kept_in_process(key, read):
    """`read()`, and with shared values on, each process's own copy of it until the next
    editorial change (reseau.cache.remember; saving these settings or texts is one): every
    page shows them, and unpickling them from Redis cost 0.3 ms a page each. Each caller gets
    its own copy of the instance: the settings form of the admin writes the submitted values
    into the instance it is given before validating them, and a rejected form must not show
    them to the next visitor."""
    if not settings.SHARED_VALUE_CACHE_ENABLED:
        return read()
    from reseau.cache import remember

    return copy.copy(remember(key, read))


def forget_network_settings(sender, instance, **kwargs):
    """post_save / post_delete: the next page reads the settings again."""
    cache.delete(NetworkSettings.cache_key(instance.site_id))


class NetworkTexts(TranslatableMixin, models.Model):
    """The network's name, its association's and the facilitator's role: shown in the footer
    and the page titles, and translated like any content (wagtail-localize's « Traduire »), one
    row per language. Staff edit it in Paramètres > Textes du réseau (decision 0012)."""

    network_name = models.CharField(
        _("nom du réseau"),
        max_length=255,
        default="Réseau des collectivités mayennaises engagées vers le développement durable",
        help_text=_("Affiché en titre du pied de page et dans le titre des pages."),
    )
    association_name = models.CharField(
        _("association animatrice"),
        max_length=255,
        default="Association Synergies",
        help_text=_("L'association qui anime le réseau, affichée dans le pied de page."),
    )
    facilitator_role = models.CharField(
        _("fonction de l'animatrice ou de l'animateur"),
        max_length=255,
        blank=True,
        default="Animatrice du Réseau des collectivités",
        help_text=_("Affichée après son nom (Paramètres > Réseau et contact)."),
    )

    panels = [
        FieldPanel("network_name"),
        FieldPanel("association_name"),
        FieldPanel("facilitator_role"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("textes du réseau")
        verbose_name_plural = _("textes du réseau")
        constraints = [
            models.UniqueConstraint(fields=["locale"], name="reseau_networktexts_one_per_locale")
        ]

    def __str__(self):
        return self.network_name

    def clean(self):
        super().clean()
        others = NetworkTexts.objects.filter(locale_id=self.locale_id).exclude(pk=self.pk)
        if self.locale_id and others.exists():
            raise ValidationError(
                _(
                    "Les textes du réseau existent déjà dans cette langue : modifiez-les, ou "
                    "traduisez ceux de la langue principale."
                )
            )

    @staticmethod
    def cache_key(language_code):
        return f"reseau:networktexts:{language_code}"

    @classmethod
    def for_language(cls, language_code):
        """The texts in `language_code`, else in the source language (wagtail-localize's
        fallback while they are not translated). Kept in Django's cache like NetworkSettings
        and dropped when any row is saved or deleted: no query on a page once read."""
        key = cls.cache_key(language_code)
        return _kept_in_process(key, lambda: cls._cached_for_language(language_code, key))

    @classmethod
    def _cached_for_language(cls, language_code, key):
        texts = cache.get(key)
        if texts is None:
            texts = cls._read(language_code)
            cache.set(key, texts, settings.PAGE_CACHE_TIMEOUT)
        return texts

    @classmethod
    def _read(cls, language_code):
        default_code = get_supported_content_language_variant(settings.LANGUAGE_CODE)
        rows = {
            row.locale.language_code: row
            for row in cls.objects.filter(
                locale__language_code__in={language_code, default_code}
            ).select_related("locale")
        }
        texts = rows.get(language_code) or rows.get(default_code)
        if texts is None:
            default = Locale.get_default()
            # Like a site setting, the row exists once it is first needed: editors find it in
            # the admin, ready to edit and translate.
            texts, _created = cls.objects.get_or_create(locale=default)
        return texts


def forget_network_texts(sender, instance, **kwargs):
    """post_save / post_delete: every language may fall back on the row that changed."""
    cache.delete_many([NetworkTexts.cache_key(code) for code, _name in settings.LANGUAGES])


class BasePage(Page):
    """The one abstract base every page type inherits: a listing summary and image for cards,
    search and OpenGraph. Abstract, so it adds no join to any query."""

    listing_summary = models.TextField(
        _("résumé pour les listes"),
        blank=True,
        max_length=300,
        help_text=_(
            "Deux phrases au plus, affichées dans les listes, les résultats de recherche et "
            "les partages sur les réseaux sociaux. Laissez vide pour reprendre le résumé de la page."
        ),
    )
    social_image = models.ForeignKey(
        CustomImage,
        verbose_name=_("image de partage"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Image montrée quand la page est partagée (1200 × 630 pixels idéalement)."),
    )

    promote_panels = [
        *Page.promote_panels,
        FieldPanel("listing_summary"),
        FieldPanel("social_image"),
    ]

    class Meta:
        abstract = True

    def get_meta_description(self):
        return self.search_description or self.listing_summary

    def get_meta_image(self):
        return self.social_image

    @property
    def breadcrumb_ancestors(self):
        """The page's ancestors, root first: read with the page by reseau.routing."""
        ancestors = getattr(self, "_reseau_ancestors", None)
        if ancestors is None:
            ancestors = self._reseau_ancestors = list(self.get_ancestors())
        return ancestors

    # Foreign keys a page type's template shows, read with the page when it is served.
    route_select_related = ()

    def route(self, request, path_components):
        """Wagtail's routing, in fewer queries: Wagtail reads each level of the URL with two
        queries (the child, then its specific row); here every page the path can name is read
        in one query, and only the page that answers (or a routable page whose own routes take
        the rest of the path) is loaded with its specific type. Same answers, same 404s."""
        if not path_components:
            return super().route(request, path_components)
        url_paths = []
        url_path = self.url_path
        for component in path_components:
            url_path += component + "/"
            url_paths.append(url_path)
        found = {
            page.url_path: page
            for page in Page.objects.filter(
                url_path__in=url_paths, path__startswith=self.path, depth__gt=self.depth
            )
        }
        parent = self
        for position, component in enumerate(path_components):
            page = found.get(url_paths[position])
            if page is None or page.depth != parent.depth + 1 or page.slug != component:
                raise Http404
            page._cached_parent_obj = parent
            remaining = path_components[position + 1 :]
            if remaining and routes_to_children(page.specific_class, remaining):
                parent = page
                continue
            return specific_for_route(page).route(request, remaining)
        raise Http404  # not reached: the loop returns on the last component

    def get_view_restrictions(self):
        """The view restrictions on this page and its ancestors, as Wagtail's (an alias takes
        its source page's), in one query instead of two: ancestors' tree paths are prefixes
        of this page's path, so they need no query of their own. None at all when the routing
        found none (reseau.routing reads that with the page)."""
        if getattr(self, "_reseau_unrestricted", False):
            return PageViewRestriction.objects.none()
        paths = [self.path[:end] for end in range(self.steplen, len(self.path) + 1, self.steplen)]
        chain = Page.objects.filter(path__in=paths)
        return PageViewRestriction.objects.filter(
            Q(page__in=chain.filter(alias_of__isnull=True))
            | Q(page__in=chain.filter(alias_of__isnull=False).values("alias_of"))
        )


def specific_for_route(page):
    """The page as its own type, with the foreign keys its template shows
    (`route_select_related` on the page type) read in the same query."""
    model = page.specific_class
    related = getattr(model, "route_select_related", ())
    if model is None or not related:
        return page.specific
    specific = model._default_manager.select_related(*related).get(pk=page.pk)
    if hasattr(page, "_cached_parent_obj"):
        specific._cached_parent_obj = page._cached_parent_obj
    return specific


def routes_to_children(model, remaining):
    """True when `model`'s routing would hand `remaining` to a child page, so the page itself
    need not be loaded: it does not change Wagtail's routing, or it is a routable page none
    of whose own routes matches."""
    from wagtail.contrib.routable_page.models import RoutablePageMixin

    if model is None:
        return False
    if model.route is BasePage.route:
        return True
    if model.route is RoutablePageMixin.route:
        try:
            model.get_resolver().resolve("/" + "/".join(remaining) + "/")
        except Resolver404:
            return True
    return False

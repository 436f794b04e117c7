"""Models every app stands on: the user, images and documents, the site settings, the base page.

They exist from the first migration because swapping a user, image or document model later is
painful.
"""

from django.contrib.auth.models import AbstractUser, UserManager
from django.core.files.storage import storages
from django.db import models
from django.utils.functional import LazyObject
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.documents.models import AbstractDocument, Document
from wagtail.images.models import AbstractImage, AbstractRendition, Image
from wagtail.models import Page
from wagtail.search import index


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


class CustomRendition(AbstractRendition):
    image = models.ForeignKey(CustomImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


class PrivateStorage(LazyObject):
    """The storage named "private" in STORAGES, resolved when first used so tests can swap it."""

    def _setup(self):
        self._wrapped = storages["private"]


def private_storage():
    return PrivateStorage()


class CustomDocument(AbstractDocument):
    """Documents are stored under PRIVATE_MEDIA_ROOT and reach people only through Wagtail's
    serve view, where the member area decides who may download a members-only one."""

    file = models.FileField(upload_to="documents", storage=private_storage, verbose_name=_("file"))
    description = models.TextField(
        _("description"),
        blank=True,
        help_text=_("Une ou deux phrases qui disent ce que contient le document."),
    )

    admin_form_fields = (*Document.admin_form_fields, "description")
    search_fields = [*AbstractDocument.search_fields, index.SearchField("description")]


@register_setting(icon="site")
class NetworkSettings(BaseSiteSetting):
    """What the footer and the contact block show; staff edit it in Paramètres > Réseau."""

    network_name = models.CharField(
        _("nom du réseau"),
        max_length=255,
        default="Réseau des collectivités mayennaises engagées vers le développement durable",
    )
    association_name = models.CharField(
        _("association animatrice"), max_length=255, default="Association Synergies"
    )
    facilitator_name = models.CharField(
        _("animatrice ou animateur"),
        max_length=255,
        blank=True,
        help_text=_("Nom et prénom de la personne à contacter, affiché dans le pied de page."),
    )
    facilitator_role = models.CharField(
        _("fonction"), max_length=255, blank=True, default="Animatrice du Réseau des collectivités"
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
            [
                FieldPanel("network_name"),
                FieldPanel("association_name"),
                FieldPanel("created_year"),
            ],
            heading=_("Le réseau"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("facilitator_name"),
                FieldPanel("facilitator_role"),
                FieldPanel("address"),
                FieldPanel("phone"),
                FieldPanel("email"),
            ],
            heading=_("Contact de l'équipe d'animation"),
        ),
    ]

    class Meta:
        verbose_name = _("réseau et contact")


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

"""The host's models: the user, images and documents, the network's settings and texts.

They exist from the first migration because swapping a user, image or document model later is
painful.
"""

from django.conf import settings
from django.contrib.auth.models import AbstractUser, UserManager
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.documents.models import AbstractDocument, Document
from wagtail.images.models import AbstractImage, AbstractRendition, Image
from wagtail.models import Locale, TranslatableMixin
from wagtail.search import index

from core.models import ExtractedText
from core.storage import private_storage
from core.uploads import KNOWN_EXTENSIONS


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


class CustomDocument(ExtractedText, AbstractDocument):
    """Documents are stored under PRIVATE_MEDIA_ROOT and reach people only through Wagtail's
    serve view, where the member area decides who may download a members-only one. A new file
    is checked like a reserved resource's and its text read in the background (ExtractedText)."""

    file = models.FileField(upload_to="documents", storage=private_storage, verbose_name=_("file"))
    description = models.TextField(
        _("description"),
        blank=True,
        help_text=_("Une ou deux phrases qui disent ce que contient le document."),
    )

    admin_form_fields = (*Document.admin_form_fields, "description")
    search_fields = [
        *AbstractDocument.search_fields,
        index.SearchField("description"),
        index.SearchField("extracted_text"),
    ]

    class Meta(AbstractDocument.Meta):
        """Wagtail's names for documents: ExtractedText, the first base, has a Meta of its own."""

    def get_upload_extensions(self):
        return getattr(settings, "WAGTAILDOCS_EXTENSIONS", None) or KNOWN_EXTENSIONS


class AccessibilityStatus(models.TextChoices):
    """The three states of compliance of the RGAA, in its own words."""

    NONE = "non", _("non conforme")
    PARTIAL = "partiel", _("partiellement conforme")
    FULL = "total", _("totalement conforme")


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
    legal_notice_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("mentions légales"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("données personnelles"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    accessibility_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("déclaration d'accessibilité"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    accessibility_status = models.CharField(
        _("état de conformité au RGAA"),
        max_length=12,
        choices=AccessibilityStatus.choices,
        default=AccessibilityStatus.PARTIAL,
        help_text=_(
            "Affiché dans le pied de page de chaque page, comme le RGAA le demande : "
            "reprenez celui de la déclaration d'accessibilité."
        ),
    )

    # The footer shows the three pages on every page: read with the settings, in one query.
    select_related = ["legal_notice_page", "privacy_page", "accessibility_page"]

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
        MultiFieldPanel(
            [
                PageChooserPanel("legal_notice_page", page_type="home.LegalPage"),
                PageChooserPanel("privacy_page", page_type="home.LegalPage"),
                PageChooserPanel("accessibility_page", page_type="home.LegalPage"),
                FieldPanel("accessibility_status"),
            ],
            heading=_("Pages obligatoires du pied de page"),
            help_text=_(
                "Choisissez les pages en français : le pied de page de chaque langue montre "
                "leur traduction (Traduire cette page), sinon la page française."
            ),
        ),
    ]

    class Meta:
        verbose_name = _("réseau et contact")


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

    @classmethod
    def for_language(cls, language_code):
        """The texts in `language_code`, else in the source language (wagtail-localize's
        fallback while they are not translated); one query."""
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

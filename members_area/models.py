"""Member organisations, their people, working groups, invitations and reserved resources.

Who may open what is NOT decided here: see members_area/permissions.py. These models only hold
the facts (memberships, dates, grants) that the permission module reads.
"""

import contextlib
import hashlib
import secrets
from datetime import timedelta

from django.conf import settings
from django.contrib.auth.models import Group
from django.db import models, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from guardian.models import GroupObjectPermissionBase, UserObjectPermissionBase
from wagtail.search import index

from core.collation import french_sort_key
from core.models import ExtractedText
from core.storage import private_storage
from members_area import conf

from .account_records import AccountRecord  # noqa: F401 (its own module, one of this app's models)
from .download_log import DownloadLog  # noqa: F401 (its own module, one of this app's models)
from .missing_documents import MissingDocument as MissingDocument  # kept in its own module
from .validators import ALLOWED_EXTENSIONS

YEAR_HELP = _("Année sur quatre chiffres, ex. : 2019.")


class MemberOrganisationQuerySet(models.QuerySet):
    def active(self, on=None):
        on = on or timezone.localdate()
        return self.filter(models.Q(active_until__isnull=True) | models.Q(active_until__gte=on))


class MemberOrganisation(models.Model):
    """A commune, an intercommunality or a council of development that pays its membership; its
    members share its access."""

    class Kind(models.TextChoices):
        COMMUNE = "commune", _("Commune")
        EPCI = "epci", _("Intercommunalité (EPCI)")
        COUNCIL = "conseil", _("Conseil de développement")

    name = models.CharField(_("nom"), max_length=160, unique=True)
    slug = models.SlugField(
        _("identifiant"),
        max_length=160,
        unique=True,
        help_text=_("Mot court sans accent ni espace ; laissé vide, il est déduit du nom."),
        blank=True,
    )
    kind = models.CharField(_("type"), max_length=10, choices=Kind.choices, default=Kind.COMMUNE)
    commune = models.ForeignKey(
        "sheets.Commune",
        verbose_name=_("commune"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="member_organisations",
        help_text=_("Pour une commune adhérente : la commune correspondante sur la carte."),
    )
    member_since = models.PositiveSmallIntegerField(
        _("adhérente depuis"), null=True, blank=True, help_text=YEAR_HELP
    )
    active_until = models.DateField(
        _("adhésion valable jusqu'au"),
        null=True,
        blank=True,
        help_text=_(
            "Après cette date, les membres de la collectivité perdent l'accès aux ressources "
            "réservées, sans autre manipulation. Laissez vide pour une adhésion sans échéance."
        ),
    )
    group = models.OneToOneField(
        Group,
        verbose_name=_("groupe d'accès"),
        on_delete=models.PROTECT,
        related_name="member_organisation",
        editable=False,
    )

    objects = MemberOrganisationQuerySet.as_manager()

    class Meta:
        verbose_name = _("collectivité adhérente")
        verbose_name_plural = _("collectivités adhérentes")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        """Creates (or renames) the organisation's own auth Group, the target of its grants."""
        if not self.slug:
            self.slug = slugify(self.name)[:160]
        group_name = f"Adhérent : {self.name}"[:150]
        with transaction.atomic():
            if self.group_id is None:
                self.group, _created = Group.objects.get_or_create(name=group_name)
            elif self.group.name != group_name:
                self.group.name = group_name
                self.group.save(update_fields=["name"])
            super().save(*args, **kwargs)

    @property
    def is_active(self):
        return self.active_until is None or self.active_until >= timezone.localdate()


class MemberRole(models.TextChoices):
    ELECTED = "elu", _("Élu·e")
    TECHNICIAN = "technicien", _("Technicien·ne")
    COUNCIL = "conseil", _("Membre de conseil de développement")


class MemberProfile(models.Model):
    """Links a user account to the organisation whose membership gives them access."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("compte"),
        on_delete=models.CASCADE,
        related_name="member_profile",
    )
    organisation = models.ForeignKey(
        MemberOrganisation,
        verbose_name=_("collectivité"),
        on_delete=models.PROTECT,
        related_name="members",
    )
    role = models.CharField(_("rôle"), max_length=12, choices=MemberRole.choices)
    function = models.CharField(
        _("fonction"),
        max_length=160,
        blank=True,
        help_text=_("Ex. : adjointe à l'environnement, directeur des services techniques."),
    )
    contributor = models.BooleanField(
        _("contribue pour sa collectivité"),
        default=False,
        help_text=_(
            "Coché : la personne peut proposer des fiches et des documents au nom de sa "
            "collectivité ; l'équipe d'animation les relit avant publication."
        ),
    )
    # When they last opened their space: the documents added since are "new" (members_area.visits).
    resources_seen_at = models.DateTimeField(
        _("dernière visite de l'espace"), null=True, blank=True, editable=False
    )

    class Meta:
        verbose_name = _("membre")
        verbose_name_plural = _("membres")
        ordering = ["user__last_name", "user__first_name"]

    def __str__(self):
        return f"{self.user} ({self.organisation})"

    def save(self, *args, **kwargs):
        """Keeps the user in their organisation's group (and out of a previous one)."""
        with transaction.atomic():
            if self.pk:
                previous = (
                    MemberProfile.objects.filter(pk=self.pk).select_related("organisation").first()
                )
                if previous and previous.organisation_id != self.organisation_id:
                    self.user.groups.remove(previous.organisation.group_id)
            super().save(*args, **kwargs)
            self.user.groups.add(self.organisation.group_id)

    def delete(self, *args, **kwargs):
        with transaction.atomic():
            self.user.groups.remove(self.organisation.group_id)
            return super().delete(*args, **kwargs)


class WorkingGroup(models.Model):
    """A thematic group across organisations ("groupe énergie"); its members are its Group's."""

    name = models.CharField(_("nom"), max_length=120, unique=True)
    slug = models.SlugField(
        _("identifiant"),
        max_length=120,
        unique=True,
        blank=True,
        help_text=_("Mot court sans accent ni espace ; laissé vide, il est déduit du nom."),
    )
    description = models.TextField(_("description"), blank=True)
    group = models.OneToOneField(
        Group,
        verbose_name=_("groupe d'accès"),
        on_delete=models.PROTECT,
        related_name="working_group",
        editable=False,
    )

    class Meta:
        verbose_name = _("groupe de travail")
        verbose_name_plural = _("groupes de travail")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name)[:120]
        group_name = f"Groupe de travail : {self.name}"[:150]
        with transaction.atomic():
            if self.group_id is None:
                self.group, _created = Group.objects.get_or_create(name=group_name)
            elif self.group.name != group_name:
                self.group.name = group_name
                self.group.save(update_fields=["name"])
            super().save(*args, **kwargs)

    @property
    def members(self):
        return self.group.user_set.all()


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class InvitationQuerySet(models.QuerySet):
    def usable(self):
        return self.filter(accepted_at__isnull=True, expires_at__gt=timezone.now())

    def for_token(self, token: str):
        """The pending invitation whose link carries this token, or None."""
        if not token or len(token) > 100:
            return None
        return self.usable().filter(token_hash=hash_token(token)).first()


class Invitation(models.Model):
    """An e-mail invited by the facilitator to join an organisation. Only the token's hash is
    stored, so a database leak does not hand out working links."""

    email = models.EmailField(_("adresse e-mail"))
    first_name = models.CharField(_("prénom"), max_length=150, blank=True)
    last_name = models.CharField(_("nom"), max_length=150, blank=True)
    organisation = models.ForeignKey(
        MemberOrganisation,
        verbose_name=_("collectivité"),
        on_delete=models.CASCADE,
        related_name="invitations",
    )
    role = models.CharField(_("rôle"), max_length=12, choices=MemberRole.choices)
    function = models.CharField(_("fonction"), max_length=160, blank=True)
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(_("envoyée le"), auto_now_add=True)
    expires_at = models.DateTimeField(_("valable jusqu'au"), editable=False)
    accepted_at = models.DateTimeField(_("acceptée le"), null=True, blank=True, editable=False)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("invitée par"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )

    objects = InvitationQuerySet.as_manager()

    class Meta:
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.email} ({self.organisation})"

    def new_token(self) -> str:
        """Sets a fresh token (and expiry) and returns it in clear, for the e-mail only."""
        token = secrets.token_urlsafe(32)
        self.token_hash = hash_token(token)
        self.expires_at = timezone.now() + timedelta(days=conf.get("MEMBERS_INVITATION_VALID_DAYS"))
        return token

    @property
    def status(self):
        if self.accepted_at:
            return _("acceptée")
        if self.expires_at and self.expires_at <= timezone.now():
            return _("expirée")
        return _("en attente")

    @staticmethod
    def accept_url(token):
        return reverse("members_area:accept_invitation", kwargs={"token": token})


class ResourceKind(models.TextChoices):
    SPECIFICATIONS = "cahier_des_charges", _("Cahier des charges")
    TECHNICAL_FILE = "dossier_technique", _("Dossier technique")
    MINUTES = "compte_rendu", _("Compte rendu")
    SLIDES = "presentation", _("Présentation")
    DELIBERATION = "deliberation", _("Modèle de délibération")
    STUDY = "etude", _("Étude")
    GUIDE = "guide", _("Guide")
    TENDER = "dce", _("Dossier de consultation")
    OTHER = "autre", _("Autre document")


def resource_upload_to(instance, filename):
    """resources/<slugified name>.<ext>: no directory part of the uploaded name survives."""
    base = filename.replace("\\", "/").rsplit("/", 1)[-1]
    stem, dot, ext = base.rpartition(".")
    if not dot:
        stem, ext = base, ""
    ext = slugify(ext)[:10]
    stem = slugify(stem)[:80] or "document"
    return f"resources/{stem}.{ext}" if ext else f"resources/{stem}"


class Resource(ExtractedText, index.Indexed, models.Model):
    """A reserved working document. Its file lives in private storage and is only ever handed
    over by members_area.views.download_resource after a permission check; its text is read in
    the background (core.models.ExtractedText)."""

    title = models.CharField(_("titre"), max_length=255)
    # The title without accents or case, for the list's "title A to Z" in French order.
    title_key = models.CharField(max_length=255, blank=True, editable=False, db_index=True)
    slug = models.SlugField(
        _("identifiant dans l'adresse"),
        max_length=255,
        unique=True,
        blank=True,
        help_text=_("Laissé vide, il est déduit du titre."),
    )
    kind = models.CharField(_("type de document"), max_length=20, choices=ResourceKind.choices)
    themes = models.ManyToManyField(
        "sheets.Theme", verbose_name=_("thèmes"), blank=True, related_name="resources"
    )
    commune = models.ForeignKey(
        "sheets.Commune",
        verbose_name=_("commune d'origine"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="resources",
        help_text=_("La commune qui a produit ou partagé le document."),
    )
    year = models.PositiveSmallIntegerField(_("année"), null=True, blank=True, help_text=YEAR_HELP)
    description = models.TextField(
        _("description"),
        blank=True,
        help_text=_("Ce que contient le document et à qui il sert, en deux ou trois phrases."),
    )
    file = models.FileField(
        _("fichier"),
        upload_to=resource_upload_to,
        storage=private_storage,
        max_length=255,
        help_text=_("Formats acceptés : %(formats)s.")
        % {"formats": ", ".join(ext.upper() for ext in ALLOWED_EXTENSIONS)},
    )
    file_size = models.PositiveIntegerField(_("taille (octets)"), default=0, editable=False)
    # Set when the file is found missing from storage (a download, `manage.py check_files`);
    # the pages show "momentanément indisponible" from it, without reading the storage.
    file_missing_since = models.DateTimeField(
        _("fichier introuvable depuis"), null=True, blank=True, editable=False
    )
    related_sheets = models.ManyToManyField(
        "sheets.ExperienceSheetPage",
        verbose_name=_("fiches expérience liées"),
        blank=True,
        related_name="resources",
        help_text=_("Les fiches publiques qui racontent le projet d'où vient ce document."),
    )
    related_events = models.ManyToManyField(
        "sheets.EventPage",
        verbose_name=_("rencontres liées"),
        blank=True,
        related_name="resources",
        help_text=_("Par exemple la rencontre dont c'est le compte rendu ou la présentation."),
    )
    open_to_all_members = models.BooleanField(
        _("ouvert à tous les adhérents"),
        default=False,
        help_text=_(
            "Coché : toute personne d'une collectivité à jour de son adhésion peut l'ouvrir. "
            "Sinon, seuls les collectivités, groupes et personnes choisis dans « Accès »."
        ),
    )
    created_at = models.DateTimeField(_("ajouté le"), auto_now_add=True)
    updated_at = models.DateTimeField(_("modifié le"), auto_now=True)

    search_fields = [
        index.SearchField("title", boost=3),
        index.AutocompleteField("title"),
        index.SearchField("description"),
        index.SearchField("extracted_text"),
        index.FilterField("id"),  # search keeps what the user may open: pk__in=viewable ids
        index.FilterField("kind"),
        index.FilterField("year"),
        index.FilterField("commune_id"),
        index.FilterField("open_to_all_members"),
        index.RelatedFields("themes", [index.FilterField("slug")]),
    ]

    class Meta:
        verbose_name = _("ressource réservée")
        verbose_name_plural = _("ressources réservées")
        ordering = ["-created_at", "-pk"]
        indexes = [
            # The member listing's order: its first page reads the newest rows and stops once
            # twenty visible ones are found, instead of sorting every visible resource.
            models.Index(
                models.F("created_at").desc(), models.F("id").desc(), name="resource_newest_idx"
            ),
            # The resources open to every member, for permissions.viewable_resource_count.
            models.Index(
                fields=["id"],
                condition=models.Q(open_to_all_members=True),
                name="resource_open_to_all_idx",
            ),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        self.title_key = french_sort_key(self.title)[:255]
        if not self.slug:
            base = slugify(self.title)[:240] or "ressource"
            slug, n = base, 2
            while Resource.objects.filter(slug=slug).exclude(pk=self.pk).exists():
                slug, n = f"{base}-{n}", n + 1
            self.slug = slug
        if self.file:
            with contextlib.suppress(OSError):  # a file missing from storage keeps its size
                self.file_size = self.file.size
        if self.file_missing_since and self.file_changed():
            self.file_missing_since = None  # a new file replaces the missing one
            if kwargs.get("update_fields") is not None:
                kwargs["update_fields"] = {*kwargs["update_fields"], "file_missing_since"}
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("members_area:resource", kwargs={"slug": self.slug})

    def get_upload_extensions(self):
        return ALLOWED_EXTENSIONS

    def get_download_url(self):
        return reverse("members_area:download", kwargs={"slug": self.slug})

    @property
    def kind_label(self):
        """get_kind_display() without rebuilding the choices' dictionary on each call (twenty
        cards per listing page)."""
        try:
            return ResourceKind(self.kind).label
        except ValueError:
            return self.kind

    @property
    def extension(self):
        name = self.file.name or ""
        return name.rsplit(".", 1)[-1].lower() if "." in name else ""

    @property
    def download_filename(self):
        return f"{self.slug}.{self.extension}" if self.extension else self.slug


class ResourceUserPermission(UserObjectPermissionBase):
    """guardian grant to one person, with a real foreign key (fast joins, cascades on delete)."""

    content_object = models.ForeignKey(Resource, on_delete=models.CASCADE)

    class Meta(UserObjectPermissionBase.Meta):
        verbose_name = _("accès individuel")


class ResourceGroupPermission(GroupObjectPermissionBase):
    """guardian grant to an organisation's or a working group's Group."""

    content_object = models.ForeignKey(Resource, on_delete=models.CASCADE)

    class Meta(GroupObjectPermissionBase.Meta):
        verbose_name = _("accès de groupe")

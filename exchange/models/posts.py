"""What questions, answers and subjects share: an author, their organisation at the time, a
submission key against double posts, and the facilitator's hiding."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class NameConsent(models.TextChoices):
    """Whether the author agreed to be named in a public FAQ entry made from their post."""

    NOT_ASKED = "", _("pas encore demandé")
    ASKED = "asked", _("demandé, sans réponse")
    YES = "yes", _("accepte d'être cité")
    NO = "no", _("préfère rester anonyme")


class HiddenPost(models.Model):
    """Abstract: the facilitator's hiding of a post, with the reason its author is told."""

    hidden_at = models.DateTimeField(_("masqué le"), null=True, blank=True)
    hidden_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("masqué par"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hidden_reason = models.TextField(_("motif du masquage"), blank=True)

    class Meta:
        abstract = True

    @property
    def is_hidden(self):
        return self.hidden_at is not None


class Post(HiddenPost):
    """Abstract: a member's post. The organisation is the author's when they posted, kept when
    they leave it; an account closed later leaves the post with no author ("ancien membre")."""

    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("auteur"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    organisation = models.ForeignKey(
        "members_area.MemberOrganisation",
        verbose_name=_("collectivité"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("publié le"), auto_now_add=True, db_index=True)
    # A random key the form carries: the same form sent twice (double click, reload) finds the
    # post its first sending made instead of making a second one.
    submission_key = models.UUIDField(null=True, blank=True, unique=True, editable=False)

    class Meta:
        abstract = True


class CitablePost(Post):
    """Abstract: a post a public FAQ entry may come from, with its author's answer to "may we
    name you?" (asked by the facilitator, recorded here)."""

    name_consent = models.CharField(
        _("accord pour être cité"),
        max_length=6,
        choices=NameConsent.choices,
        blank=True,
        default=NameConsent.NOT_ASKED,
    )
    name_consent_at = models.DateTimeField(_("réponse reçue le"), null=True, blank=True)

    class Meta:
        abstract = True

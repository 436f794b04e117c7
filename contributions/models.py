"""A document a member organisation's contributors propose to share with the network (decision
0047): a snippet with drafts, revisions, a lock and Wagtail's moderation workflow, whose file
waits in private storage until the facilitator publishes it as a reserved resource open to all
members (contributions.publication)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.models import DraftStateMixin, LockableMixin, RevisionMixin, WorkflowMixin

from core.storage import private_storage
from members_area.models import MemberOrganisation, Resource, ResourceKind, resource_upload_to

# What stays the proposal's whatever revision is published (`with_content_json`).
OBJECT_FIELDS = ["organisation_id", "created_by_id", "created_at", "resource_id", "submission_key"]


def proposal_upload_to(instance, filename):
    """proposals/<slugified name>.<ext>: the resources' naming, in a folder of its own."""
    return "proposals/" + resource_upload_to(instance, filename).split("/", 1)[1]


class ProposedDocument(
    WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, ClusterableModel
):
    """A document an organisation proposes (a draft, then in review, then published as a
    Resource). Only its organisation's contributors and the facilitator ever see it."""

    title = models.CharField(_("titre"), max_length=255)
    kind = models.CharField(_("type de document"), max_length=20, choices=ResourceKind.choices)
    description = models.TextField(
        _("description"),
        help_text=_("Ce que contient le document et à qui il sert, en deux ou trois phrases."),
    )
    themes = ParentalManyToManyField(
        "sheets.Theme", verbose_name=_("thèmes"), blank=True, related_name="proposed_documents"
    )
    year = models.PositiveSmallIntegerField(_("année"), null=True, blank=True)
    file = models.FileField(
        _("fichier"), upload_to=proposal_upload_to, storage=private_storage, max_length=255
    )
    organisation = models.ForeignKey(
        MemberOrganisation,
        verbose_name=_("collectivité"),
        on_delete=models.CASCADE,
        related_name="proposed_documents",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("proposé par"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    created_at = models.DateTimeField(_("proposé le"), auto_now_add=True)
    resource = models.ForeignKey(
        Resource,
        verbose_name=_("ressource publiée"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="proposals",
        editable=False,
    )
    submission_key = models.UUIDField(null=True, blank=True, unique=True, editable=False)

    class Meta:
        verbose_name = _("document proposé")
        verbose_name_plural = _("documents proposés")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return self.title

    def with_content_json(self, content):
        """A revision's content on this proposal, keeping what belongs to the proposal itself:
        its organisation, author, date and the resource it became (Wagtail's documented way,
        as for `live` or `locked`)."""
        obj = super().with_content_json(content)
        for name in OBJECT_FIELDS:
            setattr(obj, name, getattr(self, name))
        return obj

    @property
    def kind_label(self):
        try:
            return ResourceKind(self.kind).label
        except ValueError:
            return self.kind

    @property
    def extension(self):
        name = self.file.name or ""
        return name.rsplit(".", 1)[-1].lower() if "." in name else ""

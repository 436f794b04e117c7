"""`manage.py check_files`: every record whose file is missing from storage (reserved
resources, Wagtail documents, images and their renditions), one line each; exits with status 1
if there is any, so that cron or monitoring notices.

It also updates the marks (members_area.missing_files): a resource or document whose file is
missing is marked, and the facilitators told once per file; a mark whose file is back is
cleared. `--dry-run` only lists."""

from django.core.management.base import BaseCommand, CommandError
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from members_area import missing_files
from members_area.models import MissingDocument, Resource


class Command(BaseCommand):
    help = (
        "Liste les ressources, documents, images et rendus d'images dont le fichier manque, "
        "marque les ressources et documents concernés (l'équipe d'animation est prévenue une "
        "fois par fichier) et retire la marque des fichiers revenus. Statut de sortie 1 s'il "
        "en manque."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Liste seulement, sans marquer ni prévenir personne.",
        )

    def handle(self, *args, dry_run=False, **options):
        self.dry_run = dry_run
        missing = [
            *self.resources(),
            *self.documents(),
            *self.images(),
            *self.renditions(),
        ]
        for kind, pk, title, name in missing:
            self.stdout.write(f"{kind} {pk} « {title} » : {name or '(aucun fichier)'}")
        if missing:
            raise CommandError(f"{len(missing)} fichier(s) manquant(s).")
        self.stdout.write("Aucun fichier manquant.")

    def resources(self):
        fields = ("pk", "title", "file", "file_missing_since")
        for resource in Resource.objects.only(*fields).order_by("pk").iterator():
            if missing_files.file_exists(resource.file):
                if resource.file_missing_since and not self.dry_run:
                    missing_files.unmark_resource(resource)
                continue
            if not self.dry_run:
                missing_files.mark_resource(resource)
            yield "ressource", resource.pk, resource.title, resource.file.name

    def documents(self):
        found = []
        documents = get_document_model().objects.only("pk", "title", "file").order_by("pk")
        for document in documents.iterator():
            if missing_files.file_exists(document.file):
                continue
            found.append(document.pk)
            if not self.dry_run:
                missing_files.mark_document(document)
            yield "document", document.pk, document.title, document.file.name
        if not self.dry_run:
            MissingDocument.objects.exclude(document_id__in=found).delete()

    def images(self):
        images = get_image_model().objects.only("pk", "title", "file").order_by("pk")
        for image in images.iterator():
            if not missing_files.file_exists(image.file):
                yield "image", image.pk, image.title, image.file.name

    def renditions(self):
        """A rendition's file is made again once its row is gone (Wagtail's
        `wagtail_update_image_renditions --purge-only` removes them all)."""
        renditions = get_image_model().get_rendition_model().objects.only("pk", "file", "image_id")
        for rendition in renditions.order_by("pk").iterator():
            if not missing_files.file_exists(rendition.file):
                yield (
                    "rendu d'image",
                    rendition.pk,
                    f"image {rendition.image_id}",
                    rendition.file.name,
                )

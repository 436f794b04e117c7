"""The site's own vocabulary: every word of the live, public pages, for "Did you mean …?" and
the spelling corrections of the search page (search.vocabulary builds and reads it)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SearchTerm(models.Model):
    """One word of one language's public pages: `word` folded ("energie"), `display` its most
    frequent spelling ("énergie"), `stem` its Snowball French stem, `frequency` the number of
    pages that contain it. Rebuilt as a whole (search.vocabulary.rebuild), never edited."""

    language = models.CharField(_("langue"), max_length=10)
    word = models.CharField(_("mot (sans accents)"), max_length=50)
    display = models.CharField(_("orthographe affichée"), max_length=50)
    stem = models.CharField(_("racine"), max_length=50)
    frequency = models.PositiveIntegerField(_("nombre de pages"), default=0)

    class Meta:
        verbose_name = _("mot du vocabulaire de recherche")
        verbose_name_plural = _("vocabulaire de recherche")
        constraints = [
            models.UniqueConstraint(fields=["language", "word"], name="search_term_unique_word")
        ]
        indexes = [models.Index(fields=["language", "stem"], name="search_term_stem")]

    def __str__(self):
        return f"{self.display} ({self.language})"

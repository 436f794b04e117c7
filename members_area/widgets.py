"""A list of checkboxes with a search field that filters it as you type, for the facilitator's
forms that pick several people, sheets or events (a working group's members, a resource's links
to the public site). Plain Django widget and form media: no inline script (the CSP)."""

from django import forms
from django.utils.translation import gettext_lazy as _


class SearchableCheckboxSelectMultiple(forms.CheckboxSelectMultiple):
    """Checkboxes, each labelled; a search field shown by the script (without it, the plain list)
    hides those whose label lacks the words typed, and a live region says how many are shown."""

    template_name = "members_area/widgets/searchable_checkboxes.html"

    def __init__(self, attrs=None, choices=(), search_label=None):
        super().__init__(attrs, choices)
        self.search_label = search_label or _("Filtrer la liste")

    class Media:
        css = {"all": ["members_area/css/searchable-choices.css"]}
        js = ["members_area/js/searchable-choices.js"]

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["widget"]["search_label"] = self.search_label
        context["widget"]["count_text"] = _(
            "%(shown)s affiché(s) sur %(total)s, %(checked)s coché(s)"
        )
        context["widget"]["search_help"] = _(
            "Tapez quelques lettres : seuls les choix qui les contiennent restent affichés. "
            "Les cases cochées masquées restent cochées."
        )
        return context

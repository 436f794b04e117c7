"""The directory's filters as a Django form read from the query string (GET names fixed by
issue 22: theme, funder, kind, ouvertes, habitants, expirees). A value the form cannot use is
dropped, never an error page: the form says which filter it ignored."""

from django import forms
from django.utils.translation import gettext_lazy as _

# A commune larger than any in France: beyond it, the number is not a commune's population.
MAX_POPULATION = 10_000_000
MULTIPLE = ("theme", "funder", "kind")


class AidFilterForm(forms.Form):
    """The listing's filters; `themes`, `funders` and `kinds` (AidKind.choices) are the choices
    of the page's language (passed in: aids.models imports the listing)."""

    theme = forms.MultipleChoiceField(
        label=_("Thèmes"), required=False, widget=forms.CheckboxSelectMultiple
    )
    kind = forms.MultipleChoiceField(
        label=_("Type d'aide"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    funder = forms.TypedMultipleChoiceField(
        label=_("Financeur ou structure"),
        required=False,
        coerce=int,
        widget=forms.CheckboxSelectMultiple,
    )
    habitants = forms.IntegerField(
        label=_("Population de ma commune"),
        help_text=_("Nombre d'habitants, ex. : 2000"),
        required=False,
        min_value=0,
        max_value=MAX_POPULATION,
        error_messages={
            "invalid": _("Indiquez un nombre entier d'habitants ; ce filtre a été ignoré."),
            "min_value": _("Le nombre d'habitants ne peut pas être négatif ; filtre ignoré."),
            "max_value": _("Ce nombre d'habitants est trop grand ; filtre ignoré."),
        },
    )
    ouvertes = forms.BooleanField(label=_("Ouvertes aujourd'hui seulement"), required=False)
    expirees = forms.BooleanField(label=_("Inclure les aides expirées"), required=False)

    def __init__(self, data, *, themes, funders, kinds):
        self.ignored = False
        self.funder_keys = {funder.pk: funder.translation_key for funder in funders}
        data = data.copy()
        super().__init__(data)
        self.fields["kind"].choices = kinds
        self.fields["theme"].choices = [(t.slug, t.name) for t in themes]
        self.fields["funder"].choices = [(f.pk, f.label) for f in funders]
        # Unknown values of a repeatable filter (an old link, a typo) are dropped one by one.
        for name in MULTIPLE:
            known = {str(value) for value, _label in self.fields[name].choices}
            given = [value for value in data.getlist(name) if value]
            kept = [value for value in dict.fromkeys(given) if value in known]
            self.ignored = self.ignored or len(kept) < len(set(given))
            data.setlist(name, kept)
        self.full_clean()

    @property
    def values(self):
        """The usable values: a field in error counts as not given."""
        return {
            name: self.cleaned_data.get(name) for name in self.fields if name not in self.errors
        }

    def apply(self, aids, on):
        """`aids` (an AidQuerySet) narrowed to the filters' values, as of date `on`."""
        values = self.values
        if not values.get("expirees"):
            aids = aids.not_expired(on)
        if values.get("ouvertes"):
            aids = aids.open_on(on)
        if values.get("habitants") is not None:
            aids = aids.for_population(values["habitants"])
        if values.get("kind"):
            aids = aids.filter(kind__in=values["kind"])
        if values.get("theme"):
            # By slug: a source-language aid listed in another language carries its own themes.
            # A semi-join, not DISTINCT over whole aid rows.
            on_theme = aids.model.objects.filter(themes__slug__in=values["theme"]).values("pk")
            aids = aids.filter(pk__in=on_theme)
        if values.get("funder"):
            # By translation key: the same funder in the source language, for the same reason.
            keys = [self.funder_keys[pk] for pk in values["funder"]]
            aids = aids.filter(funder__translation_key__in=keys)
        return aids

    @property
    def is_filtered(self):
        return any(self.values.get(name) for name in self.fields)

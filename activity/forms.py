"""The report's year: one of the years it offers (activity.sections.report_years), whatever
the address says."""

from django import forms
from django.utils.translation import gettext_lazy as _


class YearForm(forms.Form):
    year = forms.TypedChoiceField(
        label=_("Année"),
        coerce=int,
        error_messages={
            "invalid_choice": _(
                "Le rapport ne couvre pas cette année : choisissez une année de la liste."
            )
        },
    )

    def __init__(self, years, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["year"].choices = [(year, year) for year in years]

"""The editor's form of the pages that carry themes: only the themes of the page's own
language, and the main theme chosen on its own."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

from .extensions import communes_for_editor


class ThemedPageForm(WagtailAdminPageForm):
    """Offers only the themes of the page's language (a French sheet never gets an English
    theme). Where the page has a main theme, it is its own required field, `themes` lists the
    others, and the main theme is always saved among the page's themes (which the lists, the
    counts and the search facets read)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale_id = self.instance.locale_id or getattr(self.parent_page, "locale_id", None)
        for name in ("main_theme", "themes"):
            if name in self.fields and locale_id:
                field = self.fields[name]
                field.queryset = field.queryset.filter(locale_id=locale_id)
        if "commune" in self.fields and self.for_user is not None:
            field = self.fields["commune"]
            field.queryset = communes_for_editor(self.for_user, field.queryset)
        if "main_theme" in self.fields and "themes" in self.fields:
            self.fields["main_theme"].required = True
            self.fields["main_theme"].empty_label = _("Choisissez le thème principal")
            others = self.fields["themes"]
            others.required = False
            others.label = _("Autres thèmes")
            others.help_text = _(
                "Au besoin, un ou deux autres thèmes ; le thème principal est compté d'office."
            )
            main_id = self.instance.main_theme_id
            self.initial["themes"] = [
                getattr(theme, "pk", theme)
                for theme in self.initial.get("themes") or []
                if getattr(theme, "pk", theme) != main_id
            ]

    def clean(self):
        cleaned = super().clean()
        main = cleaned.get("main_theme")
        if "main_theme" in self.fields and main is not None and "themes" in cleaned:
            others = [theme for theme in cleaned["themes"] or [] if theme.pk != main.pk]
            cleaned["themes"] = [main, *others]
        return cleaned

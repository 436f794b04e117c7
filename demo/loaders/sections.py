"""The home page's sections (index pages), from sections.yaml, in menu order."""

from types import SimpleNamespace

from aids.factories import AidIndexPageFactory
from sheets import factories

from .data import read

# The page type of each section, by its `key` in sections.yaml.
FACTORIES = {
    "experiences": factories.ExperienceIndexPageFactory,
    "map": factories.MapPageFactory,
    "themes": factories.ThemeIndexPageFactory,
    "communes": factories.CommuneIndexPageFactory,
    "technical": factories.TechnicalIndexPageFactory,
    "aids": AidIndexPageFactory,
    "events": factories.EventIndexPageFactory,
}


def ensure_index_pages(home) -> SimpleNamespace:
    """One published index page of each type under `home`, by key (`pages.experiences`...)."""
    pages = {}
    for section in read("sections"):
        factory = FACTORIES[section["key"]]
        page = factory._meta.model.objects.child_of(home).first()
        if page is None:
            fields = {name: value for name, value in section.items() if name not in ("key", "en")}
            page = factory(parent=home, show_in_menus=True, **fields)
            page.save_revision().publish()
        pages[section["key"]] = page
    return SimpleNamespace(**pages)

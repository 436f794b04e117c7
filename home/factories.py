import wagtail_factories

from home.models import HomePage, LegalPage


class HomePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = HomePage

    title = "Partager nos expériences de développement durable"


class LegalPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = LegalPage

    title = "Mentions légales"
    body = "<p>Éditeur du site : association Synergies.</p>"

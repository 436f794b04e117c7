from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Recherche")

    def ready(self):
        """Keeps the search vocabulary fresh (search.signal_handlers)."""
        from django.db.models.signals import post_delete, post_save
        from wagtail.models import PageViewRestriction
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from search import signal_handlers
        from search.kinds import PAGE_KINDS

        page_published.connect(signal_handlers.page_changed, dispatch_uid="search_vocab_pub")
        page_published.connect(signal_handlers.page_published, dispatch_uid="search_reindex_pub")
        page_unpublished.connect(signal_handlers.page_changed, dispatch_uid="search_vocab_unpub")
        post_page_move.connect(signal_handlers.page_moved, dispatch_uid="search_vocab_move")
        for model in PAGE_KINDS.values():
            post_save.connect(
                signal_handlers.page_saved, sender=model, dispatch_uid=f"search_vocab_save_{model}"
            )
            post_delete.connect(
                signal_handlers.page_deleted, sender=model, dispatch_uid=f"search_vocab_del_{model}"
            )
        for signal in (post_save, post_delete):
            signal.connect(
                signal_handlers.restriction_changed,
                sender=PageViewRestriction,
                dispatch_uid=f"search_vocab_restriction_{id(signal)}",
            )

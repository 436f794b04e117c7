"""gunicorn settings, read from the project root (gunicorn looks for ./gunicorn.conf.py).

Command-line options still win (`--bind`, `--workers`...). What this file adds is the garbage
collector's tuning of each worker (docs/decisions/0014-gc-freeze-in-gunicorn-workers.md): a loaded
Django and Wagtail process holds a few hundred thousand long-lived objects that Python's full
collection would walk again and again, a latency spike on whichever request is running. Each
worker loads the site, warms it with its URLs and templates, then freezes what it holds into the
permanent generation, which the collector never walks again.
"""

import contextlib
import gc


def warm_up():
    """Load what the first request would otherwise load (URL resolvers, compiled templates,
    translation catalogues), so that it is frozen too."""
    from django.conf import settings
    from django.template import TemplateDoesNotExist
    from django.template.loader import get_template
    from django.urls import get_resolver
    from django.utils import translation

    get_resolver().url_patterns  # noqa: B018 - imports every URLconf
    for name in ("base.html", "404.html", "includes/footer.html"):
        with contextlib.suppress(TemplateDoesNotExist):
            get_template(name)
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            translation.gettext("Rechercher")


def post_worker_init(worker):
    try:
        warm_up()
    except Exception:  # noqa: BLE001 - tuning must never stop a worker from serving
        worker.log.exception("warm-up before gc.freeze() failed")
    gc.collect()
    gc.freeze()

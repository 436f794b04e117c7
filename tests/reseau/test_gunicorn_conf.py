"""gunicorn.conf.py: each worker freezes what it loaded, so the collector never walks it again
(docs/decisions/0014-gc-freeze-in-gunicorn-workers.md)."""

import gc
import logging
import runpy
from pathlib import Path

from django.conf import settings


class _Worker:
    log = logging.getLogger("gunicorn.test")


def test_worker_init_warms_up_and_freezes():
    config = runpy.run_path(str(Path(settings.BASE_DIR) / "gunicorn.conf.py"))
    gc.unfreeze()
    try:
        config["post_worker_init"](_Worker())
        assert gc.get_freeze_count() > 10_000
    finally:
        gc.unfreeze()


def test_a_failed_warm_up_still_freezes(monkeypatch, caplog):
    config = runpy.run_path(str(Path(settings.BASE_DIR) / "gunicorn.conf.py"))

    def broken():
        raise RuntimeError("no database")

    config["post_worker_init"].__globals__["warm_up"] = broken
    gc.unfreeze()
    try:
        with caplog.at_level(logging.ERROR):
            config["post_worker_init"](_Worker())
        assert gc.get_freeze_count() > 0
        assert "warm-up" in caplog.text
    finally:
        gc.unfreeze()

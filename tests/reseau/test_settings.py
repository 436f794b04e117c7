"""Settings are safe by default and production refuses to start half-configured."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connection

from reseau.models import CustomDocument
from reseau.settings import base

ROOT = Path(__file__).resolve().parents[2]


def run_check(settings_module, env_overrides, *args):
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"SECRET_KEY", "ALLOWED_HOSTS", "DEBUG", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    }
    env.update({"DJANGO_SETTINGS_MODULE": settings_module, **env_overrides})
    return subprocess.run(
        [sys.executable, "manage.py", "check", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS"])
def test_production_refuses_to_start_without(missing):
    env = {"SECRET_KEY": "x" * 60, "ALLOWED_HOSTS": "reseau.example.org"}
    env.pop(missing)
    result = run_check("reseau.settings.production", env)
    assert result.returncode != 0
    assert missing in result.stderr


def test_production_passes_deploy_check():
    env = {
        "SECRET_KEY": "k9$Lq2!vZ7@pR4#tW8^yB1&nM6*cX3(eH5)jD0_fG2+sA9-uQ4=iO7",
        "ALLOWED_HOSTS": "reseau.example.org",
        "DATABASE_URL": "sqlite:////tmp/reseau-deploy-check.sqlite3",
    }
    result = run_check("reseau.settings.production", env, "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stdout + result.stderr


def test_base_settings_are_safe_by_default():
    if not os.environ.get("DEBUG"):
        assert base.DEBUG is False
    if not os.environ.get("SECRET_KEY"):
        assert base.SECRET_KEY == ""


def test_documents_are_stored_outside_media_root(settings):
    storage = CustomDocument._meta.get_field("file").storage
    location = Path(storage.location).resolve()
    assert Path(settings.MEDIA_ROOT).resolve() not in [location, *location.parents]
    assert settings.WAGTAILDOCS_SERVE_METHOD == "serve_view"


@pytest.mark.django_db
def test_postgresql_runs_without_jit_compilation():
    """JIT compilation cost 100–150 ms on the search's facet query for a member (decision 0015);
    the settings turn it off for every connection."""
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL only")
    with connection.cursor() as cursor:
        cursor.execute("SHOW jit")
        assert cursor.fetchone()[0] == "off"


def test_collectstatic_writes_the_compressed_copies_nginx_serves(settings, tmp_path):
    """The production storage (base settings) writes a .gz beside each text file: what the
    nginx template's gzip_static sends (tests/reseau/test_front_cache.py)."""
    settings.STORAGES = {**settings.STORAGES, "staticfiles": base.STORAGES["staticfiles"]}
    settings.STATIC_ROOT = tmp_path
    settings.STATICFILES_DIRS = [ROOT / "reseau" / "static"]
    settings.STATICFILES_FINDERS = ["django.contrib.staticfiles.finders.FileSystemFinder"]
    call_command("collectstatic", interactive=False, verbosity=0)
    hashed = list((tmp_path / "css").glob("site.*.css"))
    assert hashed
    for path in (tmp_path / "css" / "site.css", *hashed):
        assert path.with_name(path.name + ".gz").is_file(), path


def test_production_sends_the_security_headers():
    """The policy lives in base.py: production has it, with the tile server of its environment."""
    env = {
        **{k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"},
        "DJANGO_SETTINGS_MODULE": "reseau.settings.production",
        "SECRET_KEY": "x" * 60,
        "ALLOWED_HOSTS": "reseau.example.org",
        "MAP_TILE_URL": "https://{s}.tuiles.example.org/{z}/{x}/{y}.png",
    }
    code = (
        "from django.conf import settings as s; "
        "print(s.MIDDLEWARE); print(' '.join(s.CONTENT_SECURITY_POLICY['DIRECTIVES']['img-src']))"
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "reseau.security_headers.SiteCSPMiddleware" in result.stdout
    assert "reseau.security_headers.PermissionsPolicyMiddleware" in result.stdout
    assert "'self' https://*.tuiles.example.org\n" in result.stdout

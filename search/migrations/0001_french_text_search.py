"""A French text search configuration for Wagtail's database backend on PostgreSQL.

`reseau_french` is PostgreSQL's `french` configuration (Snowball stemming and stop words, so
"énergies" and "énergie" are one lexeme) with the `unaccent` dictionary in front of the stemmer,
so "energie" also finds "énergie". The settings name it as the backend's SEARCH_CONFIG whenever the
database is PostgreSQL (docs/search.md).

`unaccent` is a trusted extension (PostgreSQL 13+): the database owner may create it. When the role
may not, the configuration is still created, without accent folding, and a warning says how to add
it later. On SQLite and other databases this migration does nothing.
"""

import logging

from django.db import DatabaseError, migrations, transaction

logger = logging.getLogger("search")

CONFIG = "reseau_french"
# The token types that may carry accents; `asciiword` keeps french_stem alone.
ACCENTED_TOKENS = "hword, hword_part, word"


def create_config(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_ts_config WHERE cfgname = %s", [CONFIG])
        if cursor.fetchone():
            return
        cursor.execute(f"CREATE TEXT SEARCH CONFIGURATION {CONFIG} (COPY = pg_catalog.french)")
        try:
            # A savepoint, so that a refusal leaves the rest of the migration standing.
            with transaction.atomic(using=connection.alias):
                cursor.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
        except DatabaseError as exc:  # any refusal: no accent folding, say so
            logger.warning(
                "Extension unaccent unavailable (%s): search on PostgreSQL will stem French but "
                "not fold accents. As a superuser: CREATE EXTENSION unaccent; then ALTER TEXT "
                "SEARCH CONFIGURATION %s ALTER MAPPING FOR %s WITH unaccent, french_stem; then "
                "manage.py update_index.",
                exc,
                CONFIG,
                ACCENTED_TOKENS,
            )
            return
        cursor.execute(
            f"ALTER TEXT SEARCH CONFIGURATION {CONFIG} "
            f"ALTER MAPPING FOR {ACCENTED_TOKENS} WITH unaccent, french_stem"
        )


def drop_config(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {CONFIG}")


class Migration(migrations.Migration):
    dependencies = []

    operations = [migrations.RunPython(create_config, drop_config, elidable=False)]

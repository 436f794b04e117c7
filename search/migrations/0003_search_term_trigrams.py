"""Trigram search on the vocabulary's words on PostgreSQL: the `pg_trgm` extension and a GIN
index on `search_searchterm.word`, which serve the `%` (similarity) operator that
search.vocabulary uses to find the spelling corrections of a word.

`pg_trgm` is a trusted extension (PostgreSQL 13+): the database owner may create it. When the
role may not, no index is made, a warning says how to add it later, and search.vocabulary
compares words in Python instead (slower on a large vocabulary, same answers). On SQLite and
other databases this migration does nothing.
"""

import logging

from django.db import DatabaseError, migrations, transaction

logger = logging.getLogger("search")

INDEX = "search_term_word_trgm"
CREATE_INDEX = f"CREATE INDEX IF NOT EXISTS {INDEX} ON search_searchterm USING gin (word gin_trgm_ops)"


def create_index(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor != "postgresql":
        return
    try:
        # A savepoint, so that a refusal leaves the rest of the migration standing.
        with transaction.atomic(using=connection.alias), connection.cursor() as cursor:
            cursor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except DatabaseError as exc:  # any refusal: corrections computed in Python, say so
        logger.warning(
            "Extension pg_trgm unavailable (%s): spelling corrections will compare words in "
            "Python. As a superuser: CREATE EXTENSION pg_trgm; then %s;",
            exc,
            CREATE_INDEX,
        )
        return
    schema_editor.execute(CREATE_INDEX)


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("search", "0002_search_term")]

    operations = [migrations.RunPython(create_index, drop_index, elidable=False)]

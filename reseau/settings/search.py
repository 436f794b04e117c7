"""Which search backend answers (docs/search.md; docs/scaling.md, "Elasticsearch cluster").

Without ELASTICSEARCH_URL the site searches with Wagtail's database backend (SQLite FTS5 or
PostgreSQL full text): nothing else to install. With it, Elasticsearch answers, with the French
analysis and the staff-maintained synonyms of search/synonyms/fr.txt, and the database backend is
kept up to date beside it so the search page can fall back on it when Elasticsearch is down."""


def database_search_backend(engine):
    """Wagtail's database backend, analysing French: stemming, stop words and accent folding.

    On PostgreSQL through the `reseau_french` text search configuration that
    search/migrations/0001 creates (PostgreSQL's `french` plus `unaccent`); on SQLite, whose FTS5
    cannot stem, through search.backends.sqlite_french, Wagtail's SQLite backend storing and
    querying Snowball stems."""
    if "postgresql" in engine or "postgis" in engine:
        return {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "reseau_french"}
    if engine.endswith("sqlite3"):
        return {"BACKEND": "search.backends.sqlite_french"}
    return {"BACKEND": "wagtail.search.backends.database"}


def search_backends(env, database_backend):
    """WAGTAILSEARCH_BACKENDS: the database backend alone, or Elasticsearch with the database
    backend beside it, written on every save and read only when Elasticsearch fails."""
    urls = [url.strip() for url in env.list("ELASTICSEARCH_URL", default=[]) if url.strip()]
    if not urls:
        return {"default": database_backend}
    # "elasticsearch9" for an Elasticsearch 9 cluster, "elasticsearch8" for an 8.x one: Wagtail's
    # backend of that name with the French analysis as its index settings (search/backends/).
    backend = env.str("ELASTICSEARCH_BACKEND", default="elasticsearch9")
    return {
        "default": {
            "BACKEND": f"search.backends.{backend}",
            # Several nodes of one cluster, comma-separated: the client goes to the next one
            # when a node does not answer.
            "URLS": urls,
            # "reseau" gives reseau_wagtailcore_page, reseau_members_area_resource…
            "INDEX_PREFIX": env.str("ELASTICSEARCH_INDEX", default="reseau") + "_",
            "TIMEOUT": env.int("ELASTICSEARCH_TIMEOUT", default=5),
            "OPTIONS": {"max_retries": 1, "retry_on_timeout": False},
            "INDEX_SETTINGS": index_settings(env),
        },
        "database": database_backend,
    }


def index_settings(env):
    """Shards and replicas of each index (Wagtail deep-merges them with the French analysis and
    its own settings); Elasticsearch applies them when `update_index` creates the index."""
    return {
        "settings": {
            "index": {
                "number_of_shards": env.int("ELASTICSEARCH_SHARDS", default=1),
                # Elasticsearch's own default; a one-node cluster sets 0 (a replica is never
                # placed on its primary's node, and an unplaced one turns the cluster yellow).
                "number_of_replicas": env.int("ELASTICSEARCH_REPLICAS", default=1),
            }
        }
    }

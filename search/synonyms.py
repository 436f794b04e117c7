"""The staff synonym list (search/synonyms/fr.txt): Elasticsearch's analyzer applies it
(search.backends.french), and the page widens each word of a query with it (search.groups).
"""

from pathlib import Path

SYNONYMS_FILE = Path(__file__).resolve().parent / "synonyms" / "fr.txt"


def read_synonyms(path=SYNONYMS_FILE):
    """The file's rules in Solr format (`a, b, c` or `a => b`), comments and blank lines dropped."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return []
    rules = []
    for line in lines:
        line = line.strip()
        if line and not line.startswith("#") and ("," in line or "=>" in line):
            rules.append(line)
    return rules


_read = {"stamp": None, "rules": []}


def synonym_rules():
    """The staff synonym file's rules, read again only when the file changes."""
    try:
        stat = SYNONYMS_FILE.stat()
        stamp = (stat.st_mtime_ns, stat.st_size)
    except OSError:
        stamp = None
    if stamp is None or stamp != _read["stamp"]:
        _read.update(stamp=stamp, rules=read_synonyms())
    return _read["rules"]

"""Alphabetical order as a French reader expects it, whatever the database's collation:
accents and case set aside ("Évron" between "Entrammes" and "Gorron")."""

import unicodedata


def french_sort_key(text):
    """ "Évron" -> "evron", "Œuvre" -> "oeuvre": a key to sort names and titles by, in Python or
    stored beside a title so that the database sorts the same way."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    folded = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return folded.replace("œ", "oe").replace("æ", "ae")

"""Turning the data files' plain text into what the models hold."""

import unicodedata

from django.utils.html import escape

from sheets.models import FundingKind


def paragraphs(text: str) -> str:
    """Plain text (paragraphs separated by blank lines) as escaped rich text."""
    if not text:
        return ""
    parts = [p.strip() for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]
    return "".join(f"<p>{escape(p)}</p>".replace("\n", "<br/>") for p in parts)


def wrap(text, width=90):
    """Plain text as lines of at most `width` characters (for the generated PDFs)."""
    lines, current = [], ""
    for word in (text or "").split():
        if len(current) + len(word) + 1 > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}".strip()
    if current:
        lines.append(current)
    return lines


def _plain(value: str) -> str:
    normalized = unicodedata.normalize("NFKD", value or "")
    return "".join(c for c in normalized if not unicodedata.combining(c)).lower()


def funding_kind(kind: str, funder: str = "") -> str:
    """The data's free-text kind of aid ("DETR", "fonds européens (LEADER)"…) as a FundingKind."""
    text = _plain(kind)
    funder_text = _plain(funder)
    if text.startswith("pret"):
        return FundingKind.LOAN
    if "certificat" in text or text == "cee":
        return FundingKind.ENERGY_CERTIFICATES
    if "europ" in text or "leader" in text or "feder" in text:
        return FundingKind.EUROPEAN
    if any(word in text for word in ("detr", "dsil", "fonds vert", "dotation", "etat")):
        return FundingKind.STATE
    if "autofinancement" in text:
        return FundingKind.SELF
    if "subvention" in text:
        if "feder" in funder_text or "leader" in funder_text:
            return FundingKind.EUROPEAN
        return FundingKind.GRANT
    return FundingKind.OTHER

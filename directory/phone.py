"""French phone numbers: what a member may type (spaces, dots, dashes, +33) and the one form the
directory stores and shows ("02 43 12 34 56"), so that a number reads the same everywhere."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

SEPARATORS = re.compile(r"[\s.\-/()]")
FRENCH_NUMBER = re.compile(r"^(?:\+33|0033|0)([1-9]\d{8})$")
PHONE_ERROR = _(
    "Saisissez un numéro de téléphone français à 10 chiffres, par exemple 02 43 12 34 56 "
    "ou +33 2 43 12 34 56."
)


def normalise_phone(value: str) -> str:
    """'+33 (0)2.43.12.34.56' -> '02 43 12 34 56'; raises ValidationError if not French."""
    compact = SEPARATORS.sub("", value or "").replace("+330", "+33")
    match = FRENCH_NUMBER.fullmatch(compact)
    if match is None:
        raise ValidationError(PHONE_ERROR, code="invalid_phone")
    digits = "0" + match.group(1)
    return " ".join(digits[i : i + 2] for i in range(0, 10, 2))


def validate_french_phone(value: str) -> None:
    """Model validator: an empty value is allowed (the field is optional)."""
    if value:
        normalise_phone(value)


def tel_uri(value: str) -> str:
    """'02 43 12 34 56' -> 'tel:+33243123456' (for a link a phone can dial)."""
    return "tel:+33" + SEPARATORS.sub("", value)[1:]

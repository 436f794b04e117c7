"""The demo's staff account (accounts.yaml), created once with its password."""

from django.contrib.auth import get_user_model

from .data import read


def administrator() -> dict:
    return read("accounts")["administrator"]


def ensure_admin():
    data = administrator()
    user, created = get_user_model().objects.get_or_create(
        email=data["email"],
        defaults={
            "first_name": data["first_name"],
            "last_name": data["last_name"],
            "is_staff": True,
            "is_superuser": True,
        },
    )
    if created:
        user.set_password(data["password"])
        user.save()
    return user

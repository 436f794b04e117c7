"""Factories for the swappable user and image models, shared by the plugins' tests and the demo.

They build whatever models the site configures (AUTH_USER_MODEL, WAGTAILIMAGES_IMAGE_MODEL).
"""

import io
import random

import factory
from django.conf import settings
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images import get_image_model_string


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = settings.AUTH_USER_MODEL
        django_get_or_create = ("email",)

    email = factory.Sequence(lambda n: f"personne{n}@exemple.fr")
    first_name = factory.Faker("first_name", locale="fr_FR")
    last_name = factory.Faker("last_name", locale="fr_FR")
    password = factory.django.Password("motdepasse-demo")


def generated_picture(seed: str, width=1200, height=800, colour=(31, 111, 67)) -> ImageFile:
    """A flat drawing of bocage made with Pillow from a seed (no file is downloaded): fields of
    varied greens and straw tones seen from above a hill, each bordered by a hedge of round
    crowns in `colour`. A drawing, never to be passed off as somebody's photograph."""
    rng = random.Random(seed)  # noqa: S311 - decoration only
    img = PILImage.new("RGB", (width, height), (226, 236, 240))
    draw = ImageDraw.Draw(img)
    tones = [(169, 204, 148), (201, 223, 185), (214, 200, 140), (143, 187, 121), (188, 210, 160)]
    horizon = height // 4
    rows = [horizon + (height - horizon) * k // 4 for k in range(5)]
    hedge = tuple(max(0, c - 10) for c in colour)
    crown = max(6, width // 90)
    for top, bottom in zip(rows, rows[1:], strict=False):
        x = 0
        while x < width:
            step = rng.randint(width // 6, width // 3)
            draw.rectangle([x, top, x + step, bottom], fill=rng.choice(tones))
            for y in range(top, bottom, crown * 2):  # the hedge between two fields
                draw.ellipse([x - crown, y - crown, x + crown, y + crown], fill=hedge)
            x += step
        for x in range(0, width + crown, crown * 2):  # the hedge along the field row
            draw.ellipse([x - crown, top - crown, x + crown, top + crown], fill=hedge)
    buffer = io.BytesIO()
    img.save(buffer, format="JPEG", quality=80)
    return ImageFile(buffer, name=f"{seed}.jpg")


class ImageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_image_model_string()

    title = factory.Sequence(lambda n: f"Photo {n}")
    file = factory.LazyAttribute(lambda o: generated_picture(o.title))

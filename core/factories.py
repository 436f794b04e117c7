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
    """A landscape-like picture drawn with Pillow from a seed: no file is downloaded."""
    rng = random.Random(seed)  # noqa: S311 - decoration only
    img = PILImage.new("RGB", (width, height), (220, 234, 224))
    draw = ImageDraw.Draw(img)
    sky = (150 + rng.randint(0, 60), 190 + rng.randint(0, 40), 220 + rng.randint(0, 30))
    draw.rectangle([0, 0, width, height // 2], fill=sky)
    draw.ellipse(
        [width * 0.7, height * 0.08, width * 0.7 + 120, height * 0.08 + 120], fill=(242, 177, 52)
    )
    for layer in range(4):
        base = height // 2 + layer * height // 10
        shade = tuple(max(0, c - layer * 18 + rng.randint(-10, 10)) for c in colour)
        points = [(0, height)]
        for x in range(0, width + 1, width // 8):
            points.append((x, base + rng.randint(-40, 40)))
        points.append((width, height))
        draw.polygon(points, fill=shade)
    buffer = io.BytesIO()
    img.save(buffer, format="JPEG", quality=80)
    return ImageFile(buffer, name=f"{seed}.jpg")


class ImageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_image_model_string()

    title = factory.Sequence(lambda n: f"Photo {n}")
    file = factory.LazyAttribute(lambda o: generated_picture(o.title))

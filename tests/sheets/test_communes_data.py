"""`manage.py load_communes`: the 240 communes of Mayenne from the official file, refreshed by
running it again (facts overwritten, the map position kept)."""

import io
from decimal import Decimal

import pytest
from django.core.management import call_command

from sheets.communes_data import DATA_FILE
from sheets.models import Commune

pytestmark = pytest.mark.django_db


def load(path=DATA_FILE):
    out = io.StringIO()
    call_command("load_communes", file=str(path), stdout=out)
    return out.getvalue()


def test_load_creates_240_then_updates_nothing():
    assert "240 créées, 0 mises à jour" in load()
    assert Commune.objects.count() == 240
    assert "0 créées, 0 mises à jour" in load()
    laval = Commune.objects.get(insee_code="53130")
    assert laval.population > 45000 and laval.population_year == 2023
    assert laval.area_year == 2018 and laval.epci == "Laval Agglomération"
    assert laval.density == round(laval.population / float(laval.area))


def test_a_new_file_refreshes_the_facts_and_keeps_the_map_position(tmp_path):
    load()
    Commune.objects.filter(insee_code="53016").update(
        latitude=Decimal("48.25000"), longitude=Decimal("-0.36000")
    )
    lines = DATA_FILE.read_text(encoding="utf-8").splitlines(keepends=True)
    changed = []
    for line in lines:
        if line.startswith("53016,"):
            fields = line.split(",")
            fields[3] = "1234"
            line = ",".join(fields)
        changed.append(line)
    newer = tmp_path / "communes.csv"
    newer.write_text("".join(changed), encoding="utf-8")
    assert "0 créées, 1 mises à jour" in load(newer)
    bais = Commune.objects.get(insee_code="53016")
    assert bais.population == 1234
    assert (bais.latitude, bais.longitude) == (Decimal("48.25000"), Decimal("-0.36000"))

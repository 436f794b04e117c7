"""Each file takes a fixed number of queries, whatever the number of rows."""

import pytest

from .conftest import DATASETS, grow

pytestmark = pytest.mark.django_db

BUDGET = 8  # locale, view restrictions, rows, themes, key figures, fundings, date, site


def queries(client, path, django_assert_max_num_queries):
    with django_assert_max_num_queries(BUDGET) as captured:
        assert client.get(path).status_code == 200
    return len(captured)


@pytest.mark.parametrize("extension", ["csv", "json"])
def test_the_same_queries_for_two_or_ten_rows(
    tree, client, django_assert_max_num_queries, extension
):
    grow(tree, 1)  # two of each
    paths = [f"/donnees/{slug}.{extension}" for slug in DATASETS] + ["/donnees/catalogue.jsonld"]
    client.get(paths[0])  # the site's root paths, cached by Wagtail
    few = [queries(client, path, django_assert_max_num_queries) for path in paths]
    grow(tree, 8, start=1)  # ten of each
    many = [queries(client, path, django_assert_max_num_queries) for path in paths]
    assert few == many

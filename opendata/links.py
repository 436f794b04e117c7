"""The stable addresses of the open data: the catalogue, each dataset's files and schema, and
the page that presents them; absolute, on the request's site."""

from django.urls import reverse

FORMATS = {
    # format: (media type, DCAT format name)
    "csv": ("text/csv", "CSV"),
    "json": ("application/json", "JSON"),
}


def absolute(request, name, **kwargs):
    return request.build_absolute_uri(reverse(name, kwargs=kwargs))


def data_file(request, dataset, extension):
    return absolute(request, "opendata:data_file", slug=dataset.slug, extension=extension)


def schema(request, dataset):
    return absolute(request, "opendata:schema", slug=dataset.slug)


def catalogue(request):
    return absolute(request, "opendata:catalogue")


def paths(datasets):
    """Every path the front cache may hold for the open data (none language-dependent)."""
    result = [reverse("opendata:catalogue")]
    for dataset in datasets:
        result.append(reverse("opendata:schema", kwargs={"slug": dataset.slug}))
        result.extend(
            reverse("opendata:data_file", kwargs={"slug": dataset.slug, "extension": extension})
            for extension in FORMATS
        )
    return result

"""The host site's network settings and footer texts, from network.yaml.

The models belong to the host site, not to a plugin: network.yaml names them, and a site that
has no such model skips them.
"""

from django.apps import apps

from .data import read


def host_model(label):
    """The model named `label` ("app_label.ModelName"), or None when the site has none."""
    try:
        return apps.get_model(label)
    except (LookupError, ValueError):
        return None


def ensure_network_settings(site):
    """The footer's contact data, filled while the facilitator's name is empty."""
    data = read("network")["settings"]
    model = host_model(data["model"])
    if model is None:
        return
    network = model.for_site(site)
    if not network.facilitator_name:
        for field, value in data["values"].items():
            setattr(network, field, value)
        network.save()


def network_texts_model():
    return host_model(read("network")["texts"]["model"])


def network_texts_en() -> dict:
    return read("network")["texts"]["en"]

"""Reading the demo's data files (demo/data/<name>.yaml)."""

from functools import cache
from pathlib import Path

import yaml

try:
    from yaml import CSafeLoader as SafeLoader
except ImportError:  # PyYAML built without libyaml: the pure Python loader, slower
    from yaml import SafeLoader

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


@cache
def read(name: str):
    """The parsed content of demo/data/<name>.yaml, read once per process: callers must not
    change it."""
    with open(DATA_DIR / f"{name}.yaml", encoding="utf-8") as handle:
        return yaml.load(handle, Loader=SafeLoader)

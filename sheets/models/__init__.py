from .taxonomy import Commune, Theme

__all__ = ["Commune", "Theme"]

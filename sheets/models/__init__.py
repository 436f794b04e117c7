from .event import (
    EventAttachment,
    EventKind,
    EventPage,
    EventQuestion,
    EventSpeaker,
    QuestionKind,
    RegistrationMode,
)
from .experience import (
    ContactRole,
    ExperienceAttachment,
    ExperienceGalleryImage,
    ExperienceKeyFigure,
    ExperienceRelatedSheet,
    ExperienceSheetPage,
    ExperienceStatus,
)
from .experience_funding import ExperienceFunding, FundingKind
from .index import (
    CommuneIndexPage,
    EventIndexPage,
    ExperienceIndexPage,
    TechnicalIndexPage,
    ThemeIndexPage,
)
from .initiatives_map import MapPage
from .taxonomy import Commune, Theme
from .technical import TechnicalRelatedExperience, TechnicalSheetPage

# Attachment links that can mark a document "members only". The member area reads this list to
# decide whether Wagtail's document serve view may hand a document to a visitor.
MEMBERS_ONLY_DOCUMENT_LINKS = [(ExperienceAttachment, "document"), (EventAttachment, "document")]

__all__ = [
    "MEMBERS_ONLY_DOCUMENT_LINKS",
    "Commune",
    "CommuneIndexPage",
    "ContactRole",
    "EventAttachment",
    "EventIndexPage",
    "EventKind",
    "EventPage",
    "EventQuestion",
    "EventSpeaker",
    "QuestionKind",
    "RegistrationMode",
    "ExperienceAttachment",
    "ExperienceFunding",
    "ExperienceGalleryImage",
    "ExperienceIndexPage",
    "ExperienceKeyFigure",
    "ExperienceRelatedSheet",
    "ExperienceSheetPage",
    "ExperienceStatus",
    "FundingKind",
    "MapPage",
    "TechnicalIndexPage",
    "TechnicalRelatedExperience",
    "TechnicalSheetPage",
    "Theme",
    "ThemeIndexPage",
]

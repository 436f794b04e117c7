"""The plugin's models."""

from .applications import (  # noqa: F401 (in their own module)
    ApplicationKind,
    ApplicationPerson,
    ApplicationStatus,
    MembershipApplication,
    ReminderLog,
)
from .pages import JoinPage  # noqa: F401 (in its own module)

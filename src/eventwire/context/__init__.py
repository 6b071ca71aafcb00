"""When and where: event dates against the publication date, and event places."""

from .dates import resolve_date, text_date
from .places import find_place

__all__ = ["find_place", "resolve_date", "text_date"]

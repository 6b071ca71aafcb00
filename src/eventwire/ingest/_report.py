"""What a read produced: counts, and one line per input that was skipped."""

from __future__ import annotations

from dataclasses import dataclass, field

_LANGUAGE_NAMES = {"en": "English"}


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


@dataclass
class ReadReport:
    """What a read produced.

    ``skipped`` has one line per input that could not be read (a file, a line, a feed
    entry, a WARC record). Articles left out on purpose are only counted:
    ``not_english`` (articles not in the languages asked for, English by default, with
    ``languages`` counting them by language code) and ``empty_pages`` (crawled pages in
    WARC files with no article text: index pages, galleries ...). ``summary_lines()``
    turns those counts into at most one line each.
    """

    articles: int = 0
    skipped: list[str] = field(default_factory=list)
    not_english: int = 0
    languages: dict[str, int] = field(default_factory=dict)
    empty_pages: int = 0
    kept_languages: tuple[str, ...] | None = ("en",)  # set by read_paths

    def skip_language(self, language: str) -> None:
        """Count one article left out for its language."""
        self.not_english += 1
        self.languages[language] = self.languages.get(language, 0) + 1

    def summary_lines(self) -> list[str]:
        """One line for each kind of article left out on purpose; none if none were::

        ["2 articles not in English skipped (de 1, fr 1)."]
        """
        lines: list[str] = []
        if self.not_english:
            kept = self.kept_languages or ()
            names = " or ".join(_LANGUAGE_NAMES.get(code, code) for code in kept)
            counts = ", ".join(
                f"{code} {n}"
                for code, n in sorted(
                    self.languages.items(), key=lambda c: (-c[1], c[0])
                )
            )
            lines.append(
                f"{_plural(self.not_english, 'article')} not in {names or 'English'} "
                f"skipped ({counts})."
            )
        if self.empty_pages:
            lines.append(
                f"{_plural(self.empty_pages, 'crawled page')} with no article text "
                "skipped (WARC)."
            )
        return lines

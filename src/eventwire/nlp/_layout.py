"""The layout of an article as it comes: paragraphs, headline, datelines, credits, captions.

Read from the text alone, before spaCy sees it:

- **sentence starts**: every paragraph (after a blank line); every line after a line that
  ends a sentence; every line of a text that is not hard-wrapped (one paragraph or
  headline a line), so a headline is its own sentence; every dateline, credit or caption
  line, and the line after one.
- **datelines** at the start of any line ("KABUL, Afghanistan (AP) —", "WASHINGTON, Dec 16
  (Reuters) -", "LYON:", "MOSCOW, March 14. /TASS/.", a line that is only a town and a
  day: "Brussels, 20 November 2023"), also mid-story in a wrap-up or
  after a list item's bullet ("• SOMALIA: ..."): blanked (spaces of the same length) so
  that no sentence holds them, and recorded with the town, region and agency. A local
  paper's byline town ("By Musa Ibrahim, Kaduna") and an outlet's line ("BBC News,
  Kampala") are datelines too.
- **furniture**: credit lines ("Reporting by ...; Editing by ...", "Additional reporting
  by", "Compiled by", "The Associated Press contributed to this report", "© 2024 AFP"),
  bylines ("By Jane Doe, Associated Press", "Martin Chulov in Beirut and agencies"),
  agency tags ("(AFP)" alone, or closing a paragraph), photo credits ("Photo: Reuters",
  "(AP Photo/Jane Doe)"), copy notes (time stamps, "Issued on: 27/04/2024 - 14:05",
  "(Adds comment ...)", "(This story has been corrected ...)") and links to other
  stories ("Read more: ...", a "Related headlines:" block) are blanked, and so are a
  scraped page's parts: its date line ("2024-06-20", "20.05.2024") and the outlet's
  name on the line after it, "Advertisement", "Share this article", newsletter, cookie
  and donation prompts, a byline with its agency ("Jan Lopatka, Reuters") and the
  writer's note that closes the page ("Jane Doe is a reporter based in ...").
  Photo captions ("File photo taken on ... shows ...", "FILE - In this ... photo ...",
  "This handout photo ...", a line closed by a photo credit, "(Photo by ...)" among
  them) stay in the text, to be read as what they say, and are marked so that no
  other sentence takes actors, countries, dates or places from them.
- **run-on paragraphs**: a paragraph that starts in lowercase after one that ends
  mid-sentence is the rest of that sentence (a page broke it in two): no start, and
  the break is read as spaces.

Blanking keeps every character's place: offsets into the read text are the article's.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Literal, NamedTuple

FurnitureKind = Literal["credit", "byline", "agency", "caption"]


class Dateline(NamedTuple):
    """Where (part of) a story was filed: "KABUL, Afghanistan (AP) — "."""

    start: int  # first character of the dateline
    end: int  # one past its last (the dash or colon and the spaces after it)
    place: str  # the town as written: "KABUL", "GAZA CITY"
    region: str | None  # the country or region after it: "Afghanistan"
    agency: str | None  # the agency or outlet in brackets: "AP", "Reuters"
    day: str | None = None  # the day it gives: "Dec 16", "3 March", "Feb 12, 2024"


class Furniture(NamedTuple):
    """A span of the text that is not news: a credit, a byline, an agency tag, a caption."""

    start: int
    end: int
    kind: FurnitureKind

    @property
    def is_blanked(self) -> bool:
        """Credits, bylines and agency tags are blanked; captions are kept (but for
        one that opens with its label, "Photo: ...", whose text ``read_layout`` blanks)."""
        return self.kind != "caption"


@dataclass(frozen=True)
class Layout:
    """An article's layout, and the text the model reads (same length as the article)."""

    text: str  # datelines, credits, bylines and agency tags blanked
    starts: tuple[int, ...]  # character offsets where a sentence must start, ascending
    datelines: tuple[Dateline, ...]
    furniture: tuple[Furniture, ...]  # by start


_AGENCIES = (
    r"AFP|AP|Reuters|REUTERS|Xinhua|XINHUA|dpa|DPA|UPI|ANSA|EFE|Efe|Kyodo|Yonhap|TASS|"
    r"Tass|Bernama|IANS|PTI|Anadolu|AAP|KUNA|WAM|SPA|MENA|IRNA|ANI|Interfax|Sputnik|"
    r"RIA Novosti|Bloomberg|Jiji|AFP-JIJI|Lusa|NNA|Petra|"
    r"Agence France-Presse|Agence France Presse|(?:The )?Associated Press|"
    r"Press Association|Deutsche Presse-Agentur|Kyodo News|Yonhap News Agency"
)
_AGENCY = rf"(?:{_AGENCIES})(?:\s*[/,]\s*(?:{_AGENCIES}))*"
_DASH = r"[-\u2013\u2014]+|:"
_H = r"[^\S\n]"  # a space that does not end the line

_UP = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f"  # capitals: "SÃO PAULO", "BOGOTÁ"
# the day, maybe with its year: "Dec 16", "3 March", "Feb. 12, 2024", "12 March 2024"
_DAY = (
    rf"(?:,?{_H}*(?P<day>(?:[A-Z][a-z]{{2,8}}\.?{_H}\d{{1,2}}"
    rf"|\d{{1,2}}{_H}[A-Z][a-z]{{2,8}}\.?)(?:,?{_H}*\d{{4}})?))?"
)
# AFP's "Rafah (Palestinian Territories) (AFP) -": the country in brackets
_AREA = (
    rf"(?:{_H}*\((?P<area>[A-Z][\w'.\-]*(?:{_H}[A-Z][\w'.\-]*){{0,3}})\)(?={_H}*\())?"
)

# "PESHAWAR (Northern Wire) - ", "GAZA CITY, Palestinian Territories: ", "LYON: ",
# "WASHINGTON, Dec 16 (Reuters) - ", "PARIS, 3 March (AFP) -": the town in capitals;
# "SEOUL/TOKYO, July 12 (Reuters) -": filed from two, the first is the story's
_DATELINE = re.compile(
    rf"(?P<place>[{_UP}][{_UP}'.\-]+(?:(?:{_H}|/)[{_UP}][{_UP}'.\-]+){{0,4}})"
    rf"(?:,{_H}*(?P<region>[A-Z][\w'.\-]*(?:{_H}[A-Z][\w'.\-]*){{0,3}}))?"
    rf"{_DAY}{_AREA}"
    rf"{_H}*(?:\((?P<agency>[^()\n]{{1,60}})\))?"
    rf"{_H}*(?:{_DASH}){_H}+"
)
# "Kabul (AFP) - ", "Gaza City, Palestinian Territories (Reuters) — ": a town in title
# case is a dateline only with a known agency
_TITLE_DATELINE = re.compile(
    rf"(?P<place>[{_UP}][a-z\u00df-\u00ff'\-]+(?:{_H}[{_UP}][a-z\u00df-\u00ff'\-]+){{0,2}})"
    rf"(?:,{_H}*(?P<region>[A-Z][\w'.\-]*(?:{_H}[A-Z][\w'.\-]*){{0,3}}))?"
    rf"{_DAY}{_AREA}"
    rf"{_H}*\((?P<agency>{_AGENCY})\){_H}*(?:{_DASH}){_H}+"
)
# "MOSCOW, March 14. /TASS/. ": TASS's agency between slashes, no dash
_SLASH_DATELINE = re.compile(
    rf"(?P<place>[{_UP}][{_UP}'.\-]+(?:{_H}[{_UP}][{_UP}'.\-]+){{0,3}})"
    rf"(?:,{_H}*(?P<region>[A-Z][\w'.\-]*(?:{_H}[A-Z][\w'.\-]*){{0,3}}))?"
    rf"{_DAY}\.?(?P<area>){_H}*/(?P<agency>{_AGENCY})/\.?{_H}+"
)
# "Accra, 12 March 2025 — ", "Geneva, March 12, 2025 - ": a press release's town in
# title case is a dateline with a whole day (month name and year) and a dash
_MONTH_NAMES = (
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
    r"|January|February|March|April|June|July|August|September|October|November|December"
)
_RELEASE_DATELINE = re.compile(
    rf"(?P<place>[{_UP}][a-z\u00df-\u00ff'\-]+(?:{_H}[{_UP}][a-z\u00df-\u00ff'\-]+){{0,2}})"
    rf"(?:,{_H}*(?P<region>[A-Z][\w'.\-]*(?:{_H}[A-Z][\w'.\-]*){{0,3}}))?"
    rf",{_H}*(?P<day>(?:(?:{_MONTH_NAMES}){_H}\d{{1,2}}|\d{{1,2}}{_H}(?:{_MONTH_NAMES})),?"
    rf"{_H}*\d{{4}})(?P<area>)(?P<agency>){_H}*(?:[-\u2013\u2014]+){_H}+"
)
# "Brussels, 20 November 2023", "GENEVA, March 12, 2025" alone on a line: a page's
# town and date, with the story under them; some pages set a dot between them and
# name the weekday ("Jakarta \u25cf Thu, December 3, 2026")
_WEEKDAY_NAMES = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?|[A-Z][a-z]+day"
_TOWN_DATE_LINE = re.compile(
    rf"(?P<place>[{_UP}][\w'.\-]+(?:{_H}[{_UP}][\w'.\-]+){{0,2}})"
    rf"(?:,{_H}*(?P<region>[A-Z][\w'.\-]*(?:{_H}[A-Z][\w'.\-]*){{0,3}}))?"
    rf"(?:,|{_H}+[\u25cf\u2022]){_H}*(?:(?:{_WEEKDAY_NAMES}),?{_H}+)?"
    rf"(?P<day>(?:(?:{_MONTH_NAMES}){_H}\d{{1,2}}|\d{{1,2}}{_H}(?:{_MONTH_NAMES})),?"
    rf"{_H}*\d{{4}})(?P<area>)(?P<agency>){_H}*"
)
# "... vows more strikes WASHINGTON, Jan 25 (Reuters) - The United States ...": a
# dateline inside a line (text whose lines were run together) needs a known agency
_INLINE_DATELINE = re.compile(
    rf"(?<=\s)(?P<place>[{_UP}][{_UP}'.\-]+(?:(?:{_H}|/)[{_UP}][{_UP}'.\-]+){{0,3}})"
    rf"(?:,{_H}*(?P<region>[A-Z][\w'.\-]*(?:{_H}[A-Z][\w'.\-]*){{0,3}}))?"
    rf"{_DAY}{_AREA}"
    rf"{_H}*\((?P<agency>{_AGENCY})\){_H}*(?:{_DASH}){_H}+"
)
# "Monrovia - The Supreme Court ...": a web page's lead opens with its town in title
# case and a dash, no agency and no day; taken only as the story's first dateline,
# under at most a standfirst, and only for a known town that is no country; with its
# country after it ("Bucharest, Romania - "), a town of that country.
_LEAD_DATELINE = re.compile(
    rf"(?P<place>[{_UP}][a-z\u00df-\u00ff'\-]+(?:{_H}[{_UP}][a-z\u00df-\u00ff'\-]+){{0,2}})"
    rf"(?:,{_H}*(?P<region>[{_UP}][a-z\u00df-\u00ff'\-]+(?:{_H}[{_UP}][a-z\u00df-\u00ff'\-]+){{0,2}}))?"
    rf"(?P<day>)(?P<area>)(?P<agency>){_H}+(?:[-\u2013\u2014]+){_H}+"
    rf"(?=[\"'\u201c\u2018]?[A-Z])"
)
_LEAD_DATELINE_STARTS = 1  # the paragraphs of news it may come under (a standfirst)
# "ZANZIBAR. A presidential commission ...", "Santo Domingo.- The government ...",
# "Dar es Salaam. The ...": a lead that opens with its town and a full stop (some
# African and Latin American papers), taken as _LEAD_DATELINE is
_DOT_DATELINE = re.compile(
    rf"(?P<place>[{_UP}](?:[{_UP}'\-]+|[a-z\u00df-\u00ff'\-]+)"
    rf"(?:{_H}(?:[{_UP}](?:[{_UP}'\-]+|[a-z\u00df-\u00ff'\-]+)|es|de|del|da|do|al|el)){{0,3}})"
    rf"(?P<region>)(?P<day>)(?P<area>)(?P<agency>)\.(?:-|{_H}*[-\u2013\u2014]+)?{_H}+"
    rf"(?=[\"'\u201c\u2018]?[A-Z])"
)
# "Opposition cries fraud; four dead in Nampula. MAPUTO - Riot police fired ...": a
# standfirst run into the lead's paragraph; the story's first dateline, after a
# sentence's end, opening a lead in capitals, may go without an agency
_RUN_IN_DATELINE = re.compile(
    rf"(?:(?<=[.!?]{_H})|(?<=[.!?][\"'\u201d\u2019]{_H}))"
    rf"(?P<place>[{_UP}][{_UP}'.\-]+(?:(?:{_H}|/)[{_UP}][{_UP}'.\-]+){{0,3}})"
    rf"(?:,{_H}*(?P<region>[A-Z][\w'.\-]*(?:{_H}[A-Z][\w'.\-]*){{0,3}}))?"
    rf"{_DAY}{_AREA}"
    rf"{_H}*(?:\((?P<agency>[^()\n]{{1,60}})\))?{_H}*(?:[-\u2013\u2014]+){_H}+"
    rf"(?=[\"'\u201c\u2018]?[A-Z])"
)
# "(AFP) - Kenyan police ...": an agency tag opening a paragraph
_AGENCY_OPENING = re.compile(rf"\((?:{_AGENCY})\){_H}*(?:{_DASH}){_H}+")
# capitals at a line start that are labels or speakers, not towns
_NOT_TOWNS = frozenset(
    "UPDATE UPDATED BREAKING EXCLUSIVE ANALYSIS FILE PHOTO PHOTOS VIDEO WATCH READ NOTE "
    "EDITOR'S EDITORS CORRECTION CORRECTED CLARIFICATION ADVISORY URGENT FLASH OPINION "
    "COMMENT FACTBOX TIMELINE EXPLAINER INTERVIEW Q A QUESTION ANSWER MR MR. MRS MRS. "
    "MS MS. DR DR. SEN SEN. REP REP. GEN GEN. COL COL. GOV GOV. PRESIDENT MINISTER "
    "SPOKESMAN SPOKESWOMAN MODERATOR CHAIRMAN HOST ANCHOR REPORTER CAPTION NB PS TOP "
    # a pull quote's label ("QUOTE: \"Every time ...\" - Jane Doe, analyst")
    "QUOTE QUOTES QUOTED PULLQUOTE PULL "
    "RELATED ALSO SEE MORE LIVE WARNING IMAGE IMAGES PICTURE PICTURED PHOTOGRAPH "
    # a paywall's or an advertiser's label ("PREMIUM - Subscribe to read ...")
    "PREMIUM SUBSCRIBERS SPONSORED PROMOTED ADVERTISEMENT PARTNER".split()
)

_CREDIT_WORDS = (
    r"(?:(?:additional|further|extra)\s+)?(?:reporting|writing|editing|edited|"
    r"compiled|compilation|produced|translation|"
    r"translated|graphics?|fact[- ]?checking|video|photos?|photographs?|pictures?)"
    r"(?:\s+and\s+\w+)?\s+by\b"
)
_CREDIT_LINE = re.compile(
    rf"\(?\s*{_CREDIT_WORDS}[^\n]*"
    r"|[^\n]{0,200}\bcontributed\s+(?:to\s+)?(?:this\s+)?(?:report|reporting|story)"
    r"(?:ing)?[^\n]{0,40}"
    r"|\(?\s*(?:©|\(c\)|copyright\b)[^\n]*",
    re.I,
)
_CREDIT_TAIL = re.compile(rf"\({_H}*{_CREDIT_WORDS}[^()\n]*\){_H}*$", re.I)
# "... linked to Israel. Reporting by Jane Doe; Editing by John Roe": credits run on
# after the last sentence of a line, with no sentence end of their own
_CREDIT_RUN_ON = re.compile(
    rf"(?<=[.!?\"\u201d]){_H}+{_CREDIT_WORDS}[^.!?\n]{{0,{200}}}$", re.I
)
_CREDIT_MAX = 300
_BYLINE = re.compile(
    r"(?:By|BY)\s+[A-Z][\w.'\-]*(?:\s+[A-Z][\w.'\-]*){0,4}"
    r"(?:\s*(?:,|\||and|&|of|for)\s*(?:the\s+)?[A-Z][\w.'\-]*(?:\s+[A-Z][\w.'\-]*){0,4})*"
    r"\s*"
)
_BYLINE_MAX = 100
# "By Musa Ibrahim, Kaduna": a local paper's byline says where the story was filed
_BYLINE_TOWN = re.compile(
    r"^(?:By|BY)\s+[A-Z][\w.'\-]*(?:\s+[A-Z][\w.'\-]*){1,3}\s*,\s*"
    r"([A-Z][a-z'\-]+(?:\s[A-Z][a-z'\-]+)?)$"
)
# "BBC News, Kampala" (under a byline): an outlet's line says where it was filed
_OUTLET_TOWN = re.compile(
    r"(?:[A-Z][\w&]*\s+){0,2}(?:News|BBC|CNN|Jazeera|Service)(?:\s+[A-Z][a-z]+)?"
    r"\s*,\s*([A-Z][a-z'\-]+(?:\s[A-Z][a-z'\-]+)?)"
)
# "Martin Chulov in Beirut and Bethan McKernan in Istanbul", "Staff and agencies":
# a byline that gives each writer's town; where they are is not where the news is
_WRITER = r"[A-Z][\w.'\-]+(?:\s+[A-Z][\w.'\-]+){1,3}"
_TOWN_BYLINE = re.compile(
    rf"(?:{_WRITER}|(?i:staff))(?:\s+in\s+[A-Z][\w'\-]+(?:\s[A-Z][\w'\-]+)?)?"
    rf"(?:\s*(?:,|\band\b)\s*(?:{_WRITER}|(?i:agencies))"
    rf"(?:\s+in\s+[A-Z][\w'\-]+(?:\s[A-Z][\w'\-]+)?)?)*"
)
# "Jan Lopatka, Reuters", "Shivam Patel and Ariba Shahid, Reuters": writers and agency
_AGENCY_BYLINE = re.compile(
    rf"{_WRITER}(?:\s*(?:,|\band\b|&)\s*{_WRITER})*\s*,\s*(?:{_AGENCY})"
)
# what follows a name in a byline and is no town
_NOT_PLACES = frozenset(
    "press associated news agency reuters staff correspondent correspondents editor "
    "writer writers reporter reporters bureau times post journal herald tribune "
    "guardian daily weekly online desk team service services chief senior special "
    "contributor columnist analyst".split()
)
_AGENCY_LINE = re.compile(
    rf"[(\[]?\s*(?:[-\u2013\u2014]+\s*)?(?:{_AGENCY})\s*[)\]]?\s*\.?\s*", re.I
)
_AGENCY_TAIL = re.compile(rf"{_H}*[(\[](?:{_AGENCY})[)\]]{_H}*$")
# "Photo: Reuters", "Photograph: Jane Doe/AFP": a label with a name, no more
_PHOTO_LABEL = re.compile(
    r"\(?\s*(?:photo(?:graph)?s?|images?|pictures?|credit|source|"
    r"(?:web\s+|chief\s+)?editors?|responsible\s+editor|translator)\s*:\s*",
    re.I,
)
# a page's clock time and zone after its date: "3:45 p.m. ET", "11:32 AM (GMT)"
_STAMP_TIME = (
    r"\d{1,2}[:.]\d{2}(?:\s*(?:[AaPp]\.?[Mm]\.?))?(?:\s*(?:[A-Z]{2,4}|\([A-Z]{2,4}\)))?"
)
# lines that are about the copy, not news: a release's "FOR IMMEDIATE RELEASE" and
# "-ENDS-", Reuters' "(Adds comment, paragraphs 4-6)", a live blog's "14:05 GMT" and
# "Last updated: 2 June 2025", "Published On 10 Mar 2025"
_NOTE_LINE = re.compile(
    r"(?i:for\s+immediate\s+release|embargoed\b[^\n]{0,80}|[-\u2013\u2014#*\s]*ends?"
    r"[-\u2013\u2014#*\s]*|#{3}|-30-)"
    # "(This story has been corrected to fix ...)", "Correction: An earlier version ..."
    r"|\(?(?:This|The)\s+(?:story|article|report|version)\s+(?:has\s+been|was)\s+"
    r"(?:corrected|updated|amended|refiled)\b[^\n]{0,200}"
    r"|(?:Correction|CORRECTION|Clarification|CLARIFICATION)\s*:[^\n]{0,300}"
    # an editor's note on what follows: "Editor's note: ...", "The following statement
    # was issued on Wednesday by the ministry. It is published in full ...", and the
    # end of a text given in full: "[END OF STATEMENT]"
    r"|(?:Editor'?s\s+note|EDITOR'?S\s+NOTE)\s*:[^\n]{0,280}"
    r"|The\s+following\s+(?:is\s+(?:a|an|the)\s+)?(?:[\w'\-]+\s+){0,3}?"
    r"(?:statement|text|release|letter|transcript|communiqu[e\u00e9]|declaration|"
    r"speech|address)\s+(?:was|is|has|by|from|of|issued)\b[^\n]{0,280}"
    r"|\[?\s*(?i:end\s+of\s+(?:the\s+)?(?:statement|release|text|transcript|"
    r"communiqu[e\u00e9]))\s*\]?"
    r"|\((?:Adds|Updates|Recasts|Changes|Corrects|Rewrites|Refiles|Repeats|Writes through|"
    r"Removes|Inserts|Fixes|Moves)\b[^\n]{0,200}\)"
    r"|(?:(?i:last\s+|first\s+)?(?i:updated|published|posted|issued|modified)"
    r"(?:\s+(?i:on|at))?\s*:?\s*)?"
    # "Mon 4 Nov 2019 16.40 GMT", "Wednesday 20 November 2024": a day of the week first
    r"(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|sday|nesday|rsday|urday)?"
    r"\.?,?\s+)?"
    r"(?:\d{1,2}[:.]\d{2}(?:\s*(?:[AaPp]\.?[Mm]\.?))?(?:\s*(?:GMT|UTC|[A-Z]{2,4}))?"
    r"(?:\s*,?\s*\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4})?"
    r"|\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}(?:\s*,?\s*(?:at\s+)?"
    + _STAMP_TIME
    + r")?"
    # "Dec. 16, 2014 3:45 p.m. ET", "June 27, 2024 at 1:15 a.m. EDT"
    r"|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}(?:\s*,?\s*(?:at\s+)?"
    + _STAMP_TIME
    + r")?"
    # "2 hours ago", "35 minutes ago"
    r"|\d{1,2}\s+(?i:min(?:ute)?s?|h(?:ou)?rs?|hours?|days?)\s+(?i:ago)"
    r"|\d{1,2}/\d{1,2}/\d{4}(?:\s*[-\u2013,]?\s*\d{1,2}[:.]\d{2}(?:\s*[A-Z]{2,4})?)?"
    # a web page's "2024-06-20", "2024-06-20 14:05", "20.05.2024"
    r"|\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?"
    r"|\d{1,2}\.\d{1,2}\.\d{4}(?:\s*[-\u2013,]?\s*\d{1,2}[:.]\d{2}(?:\s*[A-Z]{2,4})?)?)"
)
# a scraped page's parts that are not the story: "Advertisement", "Share this article",
# a newsletter, cookie or donation prompt
_PAGE_LINE = re.compile(
    r"(?i:advertisement|advertising|sponsored(?:\s+content)?|(?:share|print|email)"
    r"(?:\s+this\s+(?:article|story|page))?|share\s+on\s+\w+(?:\s+\w+)?"
    r"|listen\s+to\s+this\s+(?:article|story)[^\n]{0,30}|skip\s+to\s+\w+(?:\s+\w+)?)"
    r"|(?i:(?:we|this\s+(?:web)?site)\s+(?:and\s+our\s+partners\s+)?uses?\s+cookies"
    r"|cookie\s+(?:settings|preferences|policy|notice|consent)"
    r"|sign\s+up\s+(?:to|for)\s+(?:our|the)"
    r"|subscribe\s+(?:to\s+our|now|for\s+(?:unlimited|full|digital)\b)|support\s+(?:our|independent|quality)\s+journalism"
    r"|enter\s+your\s+email|leave\s+a\s+(?:comment|reply)|already\s+a\s+subscriber"
    r"|your\s+email\s+address\s+will\s+not\s+be\s+published|follow\s+us\s+on"
    r"|(?:for\s+more\s+news,?\s+)follow\s+us|register\s+(?:now|for\s+free)\s+to"
    r")\b[^\n]*"
    # a page's trail of sections: "Home > Economy > Banking"
    r"|[\w&',. ]{1,30}(?:\s*[>\u203a\u00bb]\s*[\w&',. ]{1,30}){1,5}"
    # a page's tags: "Tags: Bui, Kumbo, Anglophone crisis"
    r"|(?i:(?:tags|topics|filed\s+under|keywords)\s*:\s*\S[^\n]*)"
)
# the writer's note that closes a page: "Jane Doe is a political reporter based in
# Johannesburg.", "John Roe covers diplomacy for the paper from Tokyo."
_WRITER_NOTE = re.compile(
    r"[A-Z][\w.'\-]+(?:\s+[A-Z][\w.'\-]+){1,3}\s+(?:(?:is|was|has\s+been)\s+"
    r"(?:a|an|the|our)\b[^.\n]{0,80}?\b(?:reporter|correspondent|journalist|editor|writer|"
    r"columnist|producer|contributor|bureau\s+chief)\b|covers\b|writes\s+about\b|"
    r"reports\s+on\b)[^\n]*"
)
_WRITER_NOTE_LINES = 2  # it is one of the page's last lines
# the outlet's name on its own line right after a page's date line: "The  Moscow Times"
_OUTLET_LINE = re.compile(
    r"[A-Z0-9][\w.'&\-]*(?:\s+(?:&|of|the|[A-Z0-9][\w.'&\-]*)){0,7}"
)
_HEADER_LINES = 5  # the date and outlet lines come within the page's first lines
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
# "(Photo by Jane Doe/AFP via Getty Images)": a credit tail that credits a picture
_PICTURE_CREDIT = re.compile(r"\(?\s*(?:photo(?:graph)?s?|pictures?)\s+by\b", re.I)
# a link to other stories: "Read more: ...", "RELATED: ...", "See also: ..."
_LINK_LINE = re.compile(
    r"(?:[^\n/:]{1,25}/\s*)?"  # a heading in two languages: "Baca juga / Read also:"
    r"(?i:read\s+more|related|see\s+also|also\s+read|read\s+also|more\s+on\s+this)"
    r"\s*:\s*\S[^\n]*"
)
# the heading of a list of links: this line and the lines after it in its paragraph
_LINKS_HEAD = re.compile(
    r"(?:[^\n/:]{1,25}/\s*)?"
    r"(?i:(?:read\s+more|related(?:\s+(?:stories|articles|headlines|coverage|news|"
    r"content|links|posts))?|see\s+also|also\s+read|read\s+also|"
    r"more\s+from(?:\s+[\w'&.\-]+){1,4}|tags|topics|more\s+on\s+this(?:\s+story)?|"
    r"more\s+stories|you\s+may\s+also\s+like|recommended(?:\s+stories)?|"
    r"you\s+might\s+also\s+like|more\s+on\s+this\s+(?:story|topic)|"
    r"most\s+(?:viewed|read|popular|shared)|read\s+next|further\s+reading|"
    r"top\s+stories|latest\s+(?:news|stories)|trending(?:\s+now)?|"
    # the site's or the series' other stories: "Also on Aegean Observer", "Previously
    # in World briefing", "Elsewhere on the site", "Elsewhere", "In other news"
    r"also\s+on(?:\s+[\w'&.\-]+){1,4}|previously\s+(?:in|on)(?:\s+[\w'&.\-]+){1,4}|"
    r"elsewhere(?:\s+(?:on|in)(?:\s+[\w'&.\-]+){1,4})?|in\s+other\s+news)\s*:?)"
)
# a page's list of links goes on past blank lines while its lines are headlines: short,
# not closed as a sentence is (a date in brackets may close them)
_LINK_ITEM = re.compile(r"[^\n]{3,160}")
_LINK_ITEM_END = re.compile(r"[.!?:;,\"\u201d'\u2019]$")
# a list item's bullet: "• SOMALIA: Al-Shabaab fighters attacked ..."
_BULLET = re.compile(rf"[\u2022\u00b7\u25aa\u25cf\u2023\u2043*\-\u2013]{_H}+(?=\S)")
# a release's contact block: this line and the lines that follow it in its paragraph
_CONTACT_HEAD = re.compile(
    r"(?i:(?:for\s+(?:media|press|further|more)\s+(?:enquiries|inquiries|information|"
    r"details)[^\n]{0,60}|(?:media|press)\s+contacts?\s*:?|contacts?\s*:[^\n]{0,80}))"
)
# "UPDATE 2-", "REFILE-", "CORRECTED-": a Reuters slug before the headline
_SLUG = re.compile(
    r"(?:(?:UPDATE|REFILE|CORRECTED|EXCLUSIVE|WRAPUP|RPT|INSIGHT|ANALYSIS|FACTBOX|"
    r"BREAKINGVIEWS)(?:\s+\d+)?\s*-\s*)+"
)
_PHOTO_CREDIT_WORDS = 8
# "(AP Photo/Rahmat Gul)", "REUTERS/Mohammed Salem", "AFP PHOTO / John Doe",
# "(Photo: Reuters)", "Photo by Jane Doe/Reuters": a photo credit that closes a caption
_NAMES = rf"[A-Z][\w.'\-]*(?:(?:{_H}|{_H}*/{_H}*|{_H}via{_H})[A-Z][\w.'\-]*){{0,6}}"
_PHOTO_TAIL = re.compile(
    rf"{_H}*\(?(?:(?:{_AGENCY}|EPA|Getty|Getty Images|SANA|KCNA|Handout|HANDOUT)"
    rf"(?:{_H}*(?:Photo|PHOTO|Images?|IMAGES?|Pictures?|Video))?{_H}*/{_H}*{_NAMES}"
    rf"|(?:Photo(?:graph)?|Image|Picture|Pic|Pix){_H}*(?:by|:){_H}*{_NAMES})\)?\.?{_H}*$"
)
_PHOTO_WORDS = (
    "Photo",
    "Image",
    "Picture",
    "Pic",
    "Pix",
)  # "Pic by Jane Doe"  # one of these or a "/" is in every one
_TAIL_LOOK = 160
# the start of a photo caption
_PICTURE = (
    r"(?:photo(?:graph)?|image|picture|(?:screen|video|frame)\s*grab|video\s+still)s?"
)
# the label of a caption: "Photo caption: ...", "IMAGE: ...", "Photo: Tractors block ..."
# (a label and a line of its own: a credit alone, "Photo: Reuters", is a credit line)
_LABEL = (
    r"(?:(?:Pictured|PICTURED|Caption|CAPTION|Main\s+image|Top\s+image|Top\s+photo)\s*:"
    r"|(?i:(?:photo|image|picture)\s+caption)\s*:"
    r"|(?:IMAGE|Image|PHOTO|Photo|PICTURE|Picture)\s*:)"
)
# a caption that opens with its label is the page's description of the picture beside
# the story: what it shows is the story's own news or a scene ("Relatives hold
# photographs at a protest", "Smoke rises after an air strike"), so it is blanked, not
# read; a file picture's caption ("FILE - In this photo taken on ...", "A photo taken
# on ... shows ..."), which tells of an earlier day, is kept
_LABELLED_CAPTION = re.compile(rf"\(?\s*{_LABEL}")
_CAPTION = re.compile(
    r"\(?\s*(?:"
    r"FILE(?:\s+PHOTO)?\s*(?:[-\u2013\u2014]+|:)"  # AP: "FILE - In this ..."
    r"|(?i:(?:(?:a|an|the)\s+(?:[\w.,]+\s+){0,2}?)?"
    r"(?:file|handout|undated|archive|archival|combination|combo|satellite)\s+"
    rf"{_PICTURE}\b)"
    rf"|(?i:(?:in\s+)?(?:this|these)\s+(?:[\w.,]+\s+){{0,5}}?{_PICTURE}\b)"
    rf"|(?i:(?:(?:a|an|the)\s+)?{_PICTURE}\s+"
    r"(?:taken|released|provided|made\s+available|distributed|obtained|dated)\b)"
    rf"|{_LABEL})"
)
# a line that ends a sentence ends with one of these, maybe before closing quotes
_ENDS_SENTENCE = re.compile(r"[.!?\u2026][\"'\u201d\u2019)\]]*$")
_OPENS_SENTENCE = re.compile(r"[\"'\u201c\u2018(\[]?[A-Z0-9]")
_CONTINUES = (",", ";", ":", "-", "\u2013", "\u2014", "(", "/", "&")
_WRAPPED_SHARE = 0.5  # more lines than this end mid-sentence: the text is hard-wrapped
_WRAPPED_MIN_LINES = 4


class _Line(NamedTuple):
    start: int  # first character that is not a space
    end: int  # one past the last such character
    after_blank: bool  # a blank line (or the text start) comes before it


def _lines(text: str) -> list[_Line]:
    out: list[_Line] = []
    pos = 0
    blank = True
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        stop = n if nl == -1 else nl
        line = text[pos:stop]
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            start = pos + lead
            out.append(_Line(start, start + len(line.strip()), blank))
            blank = False
        else:
            blank = True
        if nl == -1:
            break
        pos = nl + 1
    return out


def _is_wrapped(text: str, lines: list[_Line]) -> bool:
    """Is the text hard-wrapped: most of its lines end mid-sentence?"""
    if len(lines) < _WRAPPED_MIN_LINES:
        return False
    open_ends = sum(
        1 for ln in lines if not _ENDS_SENTENCE.search(text[ln.start : ln.end])
    )
    return open_ends > _WRAPPED_SHARE * len(lines)


def _dateline_at(text: str, start: int, end: int) -> Dateline | None:
    line = text[start:end]
    whole = _TOWN_DATE_LINE.fullmatch(line)
    if whole is not None:
        return _dateline_of(whole, start)
    m = (
        _DATELINE.match(line)
        or _SLASH_DATELINE.match(line)
        or _TITLE_DATELINE.match(line)
        or _RELEASE_DATELINE.match(line)
    )
    if m is None or m.end() >= len(line):
        return None  # a line of capitals and a colon: a heading, not a dateline
    if _initials_label(m):
        return None
    return _dateline_of(m, start)


_LABEL_LETTERS = 4  # "STW:", "BBC:": an interviewer's initials, not a town


def _initials_label(m: re.Match[str]) -> bool:
    """Is a dateline's match only a short word of capitals and a colon that is no
    town's name ("STW: Why reopen a deal ..." in an interview, the outlet's initials
    asking): a transcript's label?"""
    if m["region"] or m["day"] or m["agency"] or m["area"]:
        return False
    place = m["place"]
    if not m[0].rstrip().endswith(":") or len(place) > _LABEL_LETTERS:
        return False
    if not place.isalpha() or not place.isupper():
        return False
    from ..geo import gazetteer

    # (a town's own name: "GAZA", "SUVA"; not a code that is another of its names,
    # as "STW" is Stavropol's airport's)
    return not any(
        p.name.lower() == place.lower() for p in gazetteer().candidates(place)
    )


def _lead_dateline(text: str, start: int, end: int) -> Dateline | None:
    """A title-case town and a dash opening the line (``_LEAD_DATELINE``), where the
    town is a known town and no country ("Kenya - " is no dateline)."""
    # "Bucharest, Romania - Prime Minister ...": with the country after it, the town
    # must be one of that country's
    m = _LEAD_DATELINE.match(text, start, end)
    dot = m is None
    if dot:
        m = _DOT_DATELINE.match(text, start, end)
    if m is None or m.end() >= end or m["place"].split()[0].upper() in _NOT_TOWNS:
        return None
    from ..geo import _folded, gazetteer

    found = gazetteer().candidates(m["place"])
    if not any(p.precision == "city" for p in found) or any(
        p.precision == "country" for p in found
    ):
        return None
    if dot and not any(
        p.precision == "city"
        and p.population >= _HEADING_TOWN_SIZE
        and _folded(p.name) == _folded(m["place"])
        for p in found
    ):
        # a full stop ends abbreviations too ("Amb. Adeoye commended ...", where
        # "Amb" is another name of Ambilobe): only a sizeable town's own name
        return None
    if m["region"]:
        countries = {
            p.country
            for p in gazetteer().candidates(m["region"])
            if p.precision == "country"
        }
        if not any(p.precision == "city" and p.country in countries for p in found):
            return None
    return _dateline_of(m, 0)


def _dateline_in(
    text: str, start: int, end: int, first: bool = False
) -> Dateline | None:
    """A dateline inside a line, after its first character; the story's ``first``
    may also follow a sentence without an agency (a standfirst run into the lead)."""
    for m in _INLINE_DATELINE.finditer(text, start + 1, end):
        if m.end() < end and (found := _dateline_of(m, 0)) is not None:
            return found
    if first:
        for m in _RUN_IN_DATELINE.finditer(text, start + 1, end):
            if m.end() < end and (found := _dateline_of(m, 0)) is not None:
                return found
    return None


def _dateline_of(m: re.Match[str], offset: int) -> Dateline | None:
    place = m["place"]
    words = place.split()
    if words[0] in _NOT_TOWNS or place.rstrip(".") in _NOT_TOWNS:
        return None
    agency = m["agency"].strip() if m["agency"] else None
    region = m["region"] or m["area"] or None
    start = offset + m.start()
    end = offset + m.end()
    return Dateline(start, end, place.split("/")[0], region, agency, m["day"])


def _is_date_line(line: str) -> bool:
    """Is the line a page's date line (a copy note with a year)?"""
    return _NOTE_LINE.fullmatch(line) is not None and _YEAR.search(line) is not None


def _is_link_item(line: str) -> bool:
    """Is the line a headline in a list of links ("Mali junta suspends parties (Dec
    31, 2023)", "- Ecuador's Noboa wins second term"), not a sentence of the story?"""
    item = _BULLET.sub("", line, count=1) if _BULLET.match(line) else line
    item = re.sub(r"\s*(?:[-\u2013\u2014|]\s*)?\([^()\n]{4,30}\)$", "", item)
    item = re.sub(r"\s+[-\u2013\u2014|]\s+[\d/.\-]{8,10}$", "", item)
    return (
        _LINK_ITEM.fullmatch(item) is not None
        and _LINK_ITEM_END.search(item) is None
        and item[:1].isupper()
    )


def _is_credit(line: str) -> bool:
    if len(line) > _CREDIT_MAX:
        return False
    if _CREDIT_LINE.fullmatch(line) or _AGENCY_LINE.fullmatch(line):
        return True
    label = _PHOTO_LABEL.match(line)
    return bool(
        label
        and len(line[label.end() :].split()) <= _PHOTO_CREDIT_WORDS
        and not _ENDS_SENTENCE.search(line.rstrip(")"))
    )


# a heading that is only a place ("Jakarta", "ULAANBAATAR", "Dili, Timor-Leste"):
# a roundup's section, filed from there, when the page has two or more of them
_TOWN_HEADING = re.compile(
    rf"(?P<place>[{_UP}][\w'.\-]+(?:{_H}[{_UP}][\w'.\-]+){{0,2}})"
    rf"(?:,{_H}*(?P<region>[{_UP}][\w'.\-]+(?:{_H}[{_UP}][\w'.\-]+){{0,2}}))?"
)
_TOWN_HEADING_MAX = 40
_TOWN_HEADINGS_MIN = 2  # one place heading alone may be a topic ("Gaza", "Media")
_HEADING_TOWN_SIZE = 50_000  # a town this big, or a country, heads a section


def _is_place(name: str) -> bool:
    """Is ``name`` a country or a sizeable town of the gazetteer?"""
    from ..geo import gazetteer

    return any(
        p.precision == "country" or p.population >= _HEADING_TOWN_SIZE
        for p in gazetteer().candidates(name)
    )


# a line of the towns a story was filed from, over it: "Baku / Paris"
_FILING_TOWNS = re.compile(
    rf"[{_UP}][\w'.\-]+(?:{_H}[{_UP}][\w'.\-]+){{0,2}}"
    rf"(?:{_H}*/{_H}*[{_UP}][\w'.\-]+(?:{_H}[{_UP}][\w'.\-]+){{0,2}})+"
)


def _filing_towns(text: str, ln: _Line) -> str | None:
    """The first town of a text's opening line that is only the towns it was filed
    from ("Baku / Paris", each a country or a sizeable town), else None."""
    if ln.end - ln.start > _TOWN_HEADING_MAX:
        return None
    if _FILING_TOWNS.fullmatch(text, ln.start, ln.end) is None:
        return None
    towns = [t.strip() for t in text[ln.start : ln.end].split("/")]
    return towns[0] if all(_is_place(t) for t in towns) else None


def _town_headings(text: str, lines: list[_Line]) -> dict[int, re.Match[str]]:
    """The lines (by number) that are a roundup's place headings: a paragraph of its
    own that is only a known place, past the headline, on a page with two or more."""
    found: dict[int, re.Match[str]] = {}
    for k, ln in enumerate(lines):
        if (
            k == 0
            or not ln.after_blank
            or ln.end - ln.start > _TOWN_HEADING_MAX
            or (k + 1 < len(lines) and not lines[k + 1].after_blank)
        ):
            continue
        m = _TOWN_HEADING.fullmatch(text, ln.start, ln.end)
        if (
            m is not None
            and m["place"].split()[0].upper() not in _NOT_TOWNS
            and _is_place(m["place"])
        ):
            found[k] = m
    return found if len(found) >= _TOWN_HEADINGS_MIN else {}


def read_layout(text: str) -> Layout:
    """The layout of ``text`` and the text to parse (same length, same offsets)."""
    lines = _lines(text)
    wrapped = _is_wrapped(text, lines)
    headings = _town_headings(text, lines)
    blanks: list[tuple[int, int]] = []
    starts: list[int] = []
    datelines: list[Dateline] = []
    furniture: list[Furniture] = []
    prev_open = False  # the line before ends mid-sentence
    prev_special = False  # the line before is a dateline, credit or caption
    prev_end = ""  # the last character of the line before
    contact = False  # in a release's contact block
    links = False  # in a page's list of links to other stories
    dated = False  # the line before is a page's date line
    headed: set[int] = set()  # where a roundup's place headings start
    news: int | None = None  # where the first line of news past the headline starts
    joins: list[tuple[int, int]] = []  # paragraph breaks inside a sentence
    prev_stop = 0  # where the line before ends
    for k, ln in enumerate(lines):
        line = text[ln.start : ln.end]
        # a list of links goes on past blank lines while its lines are headlines
        links = (links and _is_link_item(line)) or bool(_LINKS_HEAD.fullmatch(line))
        contact = (
            (contact and not ln.after_blank)
            or links
            or bool(_CONTACT_HEAD.fullmatch(line))
        )
        filed = _filing_towns(text, ln) if k == 0 else None
        if filed is not None:
            # "Baku / Paris" over the story: the towns it was filed from, the first
            # its dateline
            datelines.append(Dateline(ln.start, ln.end, filed, None, None))
            blanks.append((ln.start, ln.end))
            prev_open, prev_special, prev_end = False, True, ""
            continue
        if k in headings and not contact:
            m = headings[k]
            datelines.append(
                Dateline(ln.start, ln.end, m["place"], m["region"] or None, None)
            )
            headed.add(ln.start)
            blanks.append((ln.start, ln.end))
            prev_open, prev_special, prev_end = False, True, ""
            continue
        kind = "credit" if contact else _credit_kind(line, first=k == 0)
        if kind is None and (
            _PAGE_LINE.fullmatch(line)
            or (k >= len(lines) - _WRITER_NOTE_LINES and _WRITER_NOTE.fullmatch(line))
            or (dated and k < _HEADER_LINES and _OUTLET_LINE.fullmatch(line))
        ):
            kind = "credit"
        dated = kind == "credit" and k < _HEADER_LINES and _is_date_line(line)
        if kind is not None:
            furniture.append(Furniture(ln.start, ln.end, kind))
            blanks.append((ln.start, ln.end))
            prev_open, prev_special, prev_end = False, True, ""
            town = (
                _BYLINE_TOWN.search(line) or _OUTLET_TOWN.fullmatch(line)
                if kind == "byline"
                else None
            )
            if town is not None and not set(town[1].lower().split()) & _NOT_PLACES:
                start = ln.start + town.start(1)
                datelines.append(Dateline(start, ln.end, town[1], None, None))
            continue
        if (
            datelines
            and not links
            and not contact
            and _is_subhead(text, lines, k)
            and datelines[-1] is not _own_dateline(datelines, headed, news)
            and datelines[-1].end > datelines[-1].start
        ):
            # a subhead ends the section a dateline down the story opened ("ABUJA -
            # ECOWAS condemned ...", then "Background"): what follows is the story's
            # own again, filed where its lead was, or from no known place
            own = _own_dateline(datelines, headed, news)
            datelines.append(
                own._replace(start=ln.start, end=ln.start, day=None)
                if own is not None
                else Dateline(ln.start, ln.start, "", None, None)
            )
        special = False
        begin, end = ln.start, ln.end  # the line's text once blanked parts are gone
        bullet = _BULLET.match(line)
        if bullet is not None:
            begin, special = ln.start + bullet.end(), True
            blanks.append((ln.start, begin))
        dateline = _dateline_at(text, begin, ln.end)
        if (
            dateline is None
            and not datelines
            and not links
            and not contact
            and len(starts) <= _LEAD_DATELINE_STARTS
        ):
            dateline = _lead_dateline(text, begin, ln.end)
        opening = _AGENCY_OPENING.match(line)
        if dateline is not None:
            blanks.append((dateline.start, dateline.end))
            begin, special = dateline.end, True
            if (
                not datelines
                and news is not None
                and dateline.end >= ln.end
                and _signs_off(text, lines, k)
            ):
                # "Bissau, 14 October 2026" over "The Minister", closing a release
                # that opened with no dateline: where and when the text above it
                # was issued
                dateline = dateline._replace(start=news, end=news)
            datelines.append(dateline)
        elif opening is not None and bullet is None:
            begin, special = ln.start + opening.end(), True
            furniture.append(Furniture(ln.start, begin, "agency"))
            blanks.append((ln.start, begin))
        elif (
            (slug := _SLUG.match(line)) is not None
            and slug.end() < len(line)
            and bullet is None
        ):
            begin = ln.start + slug.end()
            furniture.append(Furniture(ln.start, begin, "credit"))
            blanks.append((ln.start, begin))
        inline = _dateline_in(text, begin, end, first=not datelines)
        if inline is not None:  # what comes before it is a headline of its own
            datelines.append(inline)
            blanks.append((inline.start, inline.end))
            starts.append(inline.end)
        run_on = _CREDIT_RUN_ON.search(text, begin, end)
        if run_on is not None:
            cut = run_on.end() - len(run_on[0].lstrip())
            furniture.append(Furniture(cut, end, "credit"))
            blanks.append((cut, end))
            end = begin + len(text[begin:cut].rstrip())
        # closing credits: "... said. (Reporting by Jane Doe)", "... (AFP)"; a
        # picture's credit closes a caption
        closing = text[end - 1 : end] in (")", "]")
        pictured = False
        for tail, tail_kind in ((_CREDIT_TAIL, "credit"), (_AGENCY_TAIL, "agency")):
            m = tail.search(text, begin, end) if closing else None
            if m is not None and m.start() > begin:
                cut = m.end() - len(m[0].lstrip())
                furniture.append(Furniture(cut, end, tail_kind))  # type: ignore[arg-type]
                blanks.append((cut, end))
                end = begin + len(text[begin:cut].rstrip())
                pictured = pictured or _PICTURE_CREDIT.match(m[0].lstrip()) is not None
        caption = pictured or _CAPTION.match(text, begin, end) is not None
        last = text[max(begin, end - _TAIL_LOOK) : end]  # a photo credit is short
        photo = (
            _PHOTO_TAIL.search(text, begin, end)
            if "/" in last or any(w in last for w in _PHOTO_WORDS)
            else None
        )
        if photo is not None and photo.start() > begin:
            cut = photo.end() - len(photo[0].lstrip())
            furniture.append(Furniture(cut, end, "credit"))
            blanks.append((cut, end))
            end = begin + len(text[begin:cut].rstrip())
            caption = True
        if caption and end > begin:
            furniture.append(Furniture(begin, end, "caption"))
            special = True
            if _LABELLED_CAPTION.match(text, begin, end) is not None:
                blanks.append((begin, end))
        body = text[begin:end]
        # "... has proposed\n\nan action plan ...": a paragraph that runs on in
        # lowercase after one that ends mid-sentence was broken in two by the page
        runs_on = (
            ln.after_blank
            and prev_open
            and not prev_special
            and prev_end not in ("", ":")
            and body[:1].islower()
        )
        if runs_on:
            joins.append((prev_stop, begin))
        is_start = not runs_on and (
            k == 0
            or ln.after_blank
            or not prev_open
            or prev_special
            or special
            or (
                not wrapped
                and prev_end not in _CONTINUES
                and _OPENS_SENTENCE.match(body) is not None
            )
        )
        if is_start and body:
            starts.append(begin)
        elif body and not runs_on and k > 0 and prev_stop <= ln.start:
            # a line that runs on from the one before (a hard-wrapped text's, "... in
            # the\ncapital ..."): the break is a space, so that the model reads one
            # sentence, not a line-break token inside it
            joins.append((prev_stop, begin))
        if news is None and k > 0 and body and not special:
            news = begin
        prev_open = _ENDS_SENTENCE.search(body) is None
        prev_special = special
        prev_end = body[-1:]
        prev_stop = end
    furniture.sort()
    return Layout(
        _joined(_blanked(text, blanks), joins).translate(_PLAIN_QUOTES),
        tuple(sorted(set(starts))),
        tuple(datelines),
        tuple(furniture),
    )


# a subhead: a short paragraph of a few words, in capitals or a capital first, that
# does not end as a sentence does ("Background", "Reactions", "History of attacks")
_SUBHEAD = re.compile(rf"[{_UP}][\w'\u2019,\-]*(?:{_H}+[\w'\u2019&,\-]+){{0,5}}")
_SUBHEAD_MAX = 50


def _is_subhead(text: str, lines: list[_Line], k: int) -> bool:
    """Is line ``k`` a subhead: a paragraph of its own, past the headline, short, with
    no sentence end and no date?"""
    ln = lines[k]
    line = text[ln.start : ln.end]
    return (
        k > 0
        and ln.after_blank
        and (k + 1 == len(lines) or lines[k + 1].after_blank)
        and len(line) <= _SUBHEAD_MAX
        and _SUBHEAD.fullmatch(line) is not None
        and not line.endswith(",")
        and _YEAR.search(line) is None
    )


_SIGNATURE_WORDS = 6  # "The Minister", "Office of the Spokesperson"
# ... and a paragraph of its own under the town and day, when nothing below it is news
_SIGNATURE_LINE_WORDS = 16


def _signs_off(text: str, lines: list[_Line], k: int) -> bool:
    """Is line ``k`` (a town and a day) over a signature: a short line in its
    paragraph, that does not end a sentence?"""
    if k + 1 >= len(lines):
        return True  # the text's last line: nothing comes after it to open
    below = text[lines[k + 1].start : lines[k + 1].end]
    if lines[k + 1].after_blank:
        # a paragraph of its own under it ("Press Service of the Ministry of Foreign
        # Affairs"), with nothing below that reads as news (sharing buttons, links):
        # a signature; a sentence below opens a section of news
        return (
            len(below.split()) <= _SIGNATURE_LINE_WORDS
            and below[:1].isupper()
            and not any(
                _ENDS_SENTENCE.search(text[ln.start : ln.end]) for ln in lines[k + 1 :]
            )
        )
    return (
        len(below.split()) <= _SIGNATURE_WORDS
        and _ENDS_SENTENCE.search(below) is None
        and below[:1].isupper()
    )


def _own_dateline(
    datelines: list[Dateline], headed: set[int], news: int | None
) -> Dateline | None:
    """The story's own dateline: the first, where it opens the story, before any line
    of news (not a roundup's place heading, nor one down the story)."""
    first = datelines[0]
    if (
        first.start in headed
        or not first.place
        or (news is not None and news < first.start)
    ):
        return None
    return first


def _credit_kind(line: str, first: bool = False) -> FurnitureKind | None:
    """What a whole line of credits is, or None when it is not one (``first``: the
    article's first line, a headline, is never a byline without "By")."""
    if len(line) <= _BYLINE_MAX and (
        (line[:3].lower() == "by " and _BYLINE.fullmatch(line))
        or (not first and " in " in line and _TOWN_BYLINE.fullmatch(line))
        or line.lower() == "staff and agencies"
        or ("," in line and _AGENCY_BYLINE.fullmatch(line))
    ):
        return "byline"
    if len(line) <= _BYLINE_MAX and "," in line and _OUTLET_TOWN.fullmatch(line):
        return "byline"  # "BBC News, Kampala": the outlet's line under the byline
    if len(line) > _CREDIT_MAX:
        return None
    if _LINK_LINE.fullmatch(line):
        return "credit"
    if _AGENCY_LINE.fullmatch(line):
        return "agency"
    if _CREDIT_LINE.fullmatch(line) or _NOTE_LINE.fullmatch(line):
        return "credit"
    label = _PHOTO_LABEL.match(line)
    if (
        label is not None
        and len(line[label.end() :].split()) <= _PHOTO_CREDIT_WORDS
        and _ENDS_SENTENCE.search(line.rstrip(")")) is None
    ):
        return "credit"
    if "|" in line:
        return _piped_kind(line)
    return None


# "jane.doe@paper.com", "Jane Doe, jdoe@paper.com": a writer's address
_EMAIL_PART = re.compile(
    r"(?:[A-Z][\w.'\-]*(?:\s+[A-Z][\w.'\-]*){0,3}\s*,?\s*)?[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+"
)


def _piped_kind(line: str) -> FurnitureKind | None:
    """A line of a page's parts set off by bars, each of them no news ("By Jane Doe |
    Updated 14 Mar 2026, 18:42 EAT", "Share on WhatsApp | Print", "August 11, 2026 |
    Jane Doe, jdoe@paper.com"): a byline where one part is, else a credit."""
    parts = [part.strip() for part in line.split("|")]
    if any(not part for part in parts):
        return None
    kinds = []
    for part in parts:
        if _PAGE_LINE.fullmatch(part) or _EMAIL_PART.fullmatch(part):
            kinds.append("credit")
            continue
        kind = _credit_kind(part)
        if kind is None:
            return None
        kinds.append(kind)
    return "byline" if "byline" in kinds else "credit"


# the model reads typographic quotes as ASCII ones, one character for one: "Darfur’s
# rebel movement" is parsed as a possessive only with a plain apostrophe (the model's
# shape and affix features differ); offsets stay the same
_PLAIN_QUOTES = str.maketrans(
    {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'}
)


def _blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with each span turned into spaces (newlines kept)."""
    if not spans:
        return text
    parts: list[str] = []
    pos = 0
    for a, b in sorted(spans):
        a = max(a, pos)
        if b <= a:
            continue
        parts.append(text[pos:a])
        parts.append(re.sub(r"[^\n]", " ", text[a:b]))
        pos = b
    parts.append(text[pos:])
    return "".join(parts)


def _joined(text: str, breaks: list[tuple[int, int]]) -> str:
    """``text`` with the line breaks between each (end, start) pair made spaces."""
    if not breaks:
        return text
    chars = list(text)
    for a, b in breaks:
        for i in range(a, b):
            chars[i] = " "
    return "".join(chars)


def furniture_at(furniture: tuple[Furniture, ...], char: int) -> Furniture | None:
    """The furniture span (``furniture`` sorted, not overlapping) that holds ``char``."""
    i = bisect_right(furniture, char, key=lambda f: f.start) - 1
    if i >= 0 and furniture[i].start <= char < furniture[i].end:
        return furniture[i]
    return None


# a sentence end inside a paragraph: where a piece may be cut when nothing better is near
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s+(?=[\"'\u201c\u2018(]?[A-Z])")


def pieces(layout: Layout, size: int) -> list[tuple[int, int]]:
    """(start, end) spans that cover the text, each at most ``size`` characters, cut
    where a sentence starts: at a paragraph break, else at a sentence start the layout
    sets, else at a line break, else after a full stop, else at a space.

    Cuts are looked for in the second half of each window, so there are at most about
    twice as many pieces as ``len / size``; the work is linear in the length.
    """
    text = layout.text
    n = len(text)
    out: list[tuple[int, int]] = []
    pos = 0
    while n - pos > size:
        low, high = pos + size // 2, pos + size
        cut = _cut(text, layout.starts, low, high)
        out.append((pos, cut))
        pos = cut
    if pos < n or not out:
        out.append((pos, n))
    return out


def _cut(text: str, starts: tuple[int, ...], low: int, high: int) -> int:
    """The best place in (low, high] to start a new piece."""
    blank = max(text.rfind("\n\n", low, high), text.rfind("\n \n", low, high))
    if blank > low:
        return text.index("\n", blank + 1) + 1
    i = bisect_right(starts, high) - 1
    if i >= 0 and starts[i] > low:
        return starts[i]
    line = text.rfind("\n", low, high)
    if line > low:
        return line + 1
    last = None
    for m in _SENTENCE_END.finditer(text, low, high):
        last = m
    if last is not None:
        return last.end()
    space = max(text.rfind(" ", low, high), text.rfind("\t", low, high))
    return space + 1 if space > low else high

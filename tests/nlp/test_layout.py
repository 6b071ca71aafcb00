"""The layout of an article, read from its text: sentence starts, datelines, furniture."""

from __future__ import annotations

from itertools import pairwise

import pytest

from eventwire.nlp import Dateline, Furniture, read_layout
from eventwire.nlp._layout import furniture_at, pieces

STORY = (
    "Taliban seize district as talks stall\n"
    "\n"
    "KABUL, Afghanistan (AP) \u2014 Taliban fighters seized a district in northern "
    "Afghanistan on Tuesday, officials said.\n"
    "The Afghan army sent reinforcements.\n"
    "\n"
    "A file photo taken on March 3, 2019 shows Afghan soldiers at a checkpoint in "
    "Kunduz. (AP Photo/Rahmat Gul)\n"
    "\n"
    "ISLAMABAD (AP) \u2014 Pakistan closed its border crossing with Afghanistan on "
    "Wednesday.\n"
    "\n"
    "Reporting by John Smith in Kabul; Editing by Jane Roe\n"
)


def _at(text: str, needle: str) -> int:
    return text.index(needle)


def test_layout_keeps_every_offset() -> None:
    layout = read_layout(STORY)
    assert len(layout.text) == len(STORY)
    kept = [
        i for i, (a, b) in enumerate(zip(STORY, layout.text, strict=True)) if a != b
    ]
    assert all(layout.text[i] == " " for i in kept)


def test_layout_headline_dateline_and_lead_start_sentences_of_their_own() -> None:
    layout = read_layout(STORY)
    assert layout.starts == (
        0,
        _at(STORY, "Taliban fighters"),
        _at(STORY, "The Afghan army"),
        _at(STORY, "A file photo"),
        _at(STORY, "Pakistan closed"),
    )


@pytest.mark.parametrize(
    ("line", "place", "region", "agency", "day"),
    [
        ("KABUL, Afghanistan (AP) \u2014 ", "KABUL", "Afghanistan", "AP", None),
        ("WASHINGTON, Dec 16 (Reuters) - ", "WASHINGTON", None, "Reuters", "Dec 16"),
        ("PARIS, 3 March (AFP) -- ", "PARIS", None, "AFP", "3 March"),
        (
            "GAZA CITY, Palestinian Territories: ",
            "GAZA CITY",
            "Palestinian Territories",
            None,
            None,
        ),
        ("PESHAWAR (Northern Wire) - ", "PESHAWAR", None, "Northern Wire", None),
        ("Nairobi (AFP) - ", "Nairobi", None, "AFP", None),
        ("LYON: ", "LYON", None, None, None),
        # filed from two towns: the first is the story's
        ("SEOUL/TOKYO, July 12 (Reuters) - ", "SEOUL", None, "Reuters", "July 12"),
        ("S\u00c3O PAULO (Reuters) - ", "S\u00c3O PAULO", None, "Reuters", None),
        ("Bogot\u00e1 (AFP) - ", "Bogot\u00e1", None, "AFP", None),
        # AFP puts the country in brackets
        (
            "Rafah (Palestinian Territories) (AFP) - ",
            "Rafah",
            "Palestinian Territories",
            "AFP",
            None,
        ),
        ("Jerusalem, Feb 12, 2024 (AFP) - ", "Jerusalem", None, "AFP", "Feb 12, 2024"),
        ("BAGHDAD, 12 March 2024 (AFP) - ", "BAGHDAD", None, "AFP", "12 March 2024"),
    ],
)
def test_layout_datelines_anywhere_are_blanked_and_recorded(
    line: str, place: str, region: str | None, agency: str | None, day: str | None
) -> None:
    text = (
        "Kenyan police arrested six protesters on Monday.\n\n"
        f"{line}Border guards closed the crossing on Tuesday."
    )
    layout = read_layout(text)
    start = len("Kenyan police arrested six protesters on Monday.\n\n")
    assert layout.datelines == (
        Dateline(start, start + len(line), place, region, agency, day),
    )
    assert layout.text[start : start + len(line)] == " " * len(line)
    assert (
        layout.text[start + len(line) :]
        == "Border guards closed the crossing on Tuesday."
    )
    assert start + len(line) in layout.starts


@pytest.mark.parametrize(
    ("line", "place", "day"),
    [
        ("Brussels, 20 November 2023", "Brussels", "20 November 2023"),
        ("OUAGADOUGOU, March 4, 2024", "OUAGADOUGOU", "March 4, 2024"),
        # a dot between the town and its weekday and date, as some Asian pages write
        ("Manado \u25cf Tue, March 5, 2024", "Manado", "March 5, 2024"),
        ("Surabaya \u2022 Friday, 8 March 2024", "Surabaya", "8 March 2024"),
    ],
)
def test_layout_a_line_of_a_town_and_a_day_is_a_dateline(
    line: str, place: str, day: str
) -> None:
    text = f"{line}\n\nBorder guards closed the crossing on Tuesday."
    layout = read_layout(text)
    assert layout.datelines == (Dateline(0, len(line), place, None, None, day),)
    assert layout.text[: len(line)] == " " * len(line)


@pytest.mark.parametrize(
    "line",
    [
        "UPDATE: Border guards closed the crossing on Tuesday.",
        "MR. SMITH: We closed the crossing on Tuesday.",
        "NATO allies met in Brussels on Tuesday.",
        "U.S. troops left the base on Tuesday.",
        "Border guards closed the crossing - for now - on Tuesday.",
        # a paywall's label
        "PREMIUM - Subscribe to read the full story",
    ],
)
def test_layout_a_line_that_only_opens_in_capitals_is_no_dateline(line: str) -> None:
    layout = read_layout(f"Talks resumed on Monday.\n\n{line}")
    assert layout.datelines == ()
    assert layout.text.endswith(line)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Reporting by John Smith in Nairobi; Editing by Jane Roe", "credit"),
        ("(Reporting by Ali Khan; Writing by Mary Poe; Editing by Tom Doe)", "credit"),
        ("Additional reporting by Omar Farouk in Cairo", "credit"),
        ("Compiled by the Harbour Times news desk", "credit"),
        ("The Associated Press contributed to this report.", "credit"),
        ("Copyright 2024 The Associated Press. All rights reserved.", "credit"),
        ("Photo: Reuters/Jane Doe", "credit"),
        ("By Jane Doe, Associated Press", "byline"),
        ("By JOHN SMITH", "byline"),
        ("(AFP)", "agency"),
        ("Reuters", "agency"),
    ],
)
def test_layout_credit_lines_are_blanked_furniture(line: str, kind: str) -> None:
    text = f"Kenyan police arrested six protesters on Monday.\n\n{line}\n"
    layout = read_layout(text)
    start = text.index(line)
    assert layout.furniture == (Furniture(start, start + len(line), kind),)  # type: ignore[arg-type]
    assert layout.text[start : start + len(line)].strip() == ""


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Kenyan police arrested six protesters on Monday. (AFP)", "(AFP)"),
        (
            "Kenyan police arrested six protesters on Monday. "
            "(Reporting by Jane Doe; Editing by Tom Roe)",
            "(Reporting by Jane Doe; Editing by Tom Roe)",
        ),
    ],
)
def test_layout_a_credit_closing_a_paragraph_is_blanked(line: str, credit: str) -> None:
    layout = read_layout(line)
    start = line.index(credit)
    assert [(f.start, f.end) for f in layout.furniture] == [(start, len(line))]
    assert layout.text == line[:start] + " " * len(credit)


@pytest.mark.parametrize(
    "caption",
    [
        "A file photo taken on March 3, 2019 shows riot police in Nairobi.",
        "File photo: riot police stand guard in Nairobi on March 3, 2019.",
        "FILE - In this March 3, 2019, photo, riot police stand guard in Nairobi.",
        "FILE PHOTO: Riot police stand guard in Nairobi, Kenya, March 3, 2019.",
        "This undated handout photo released by the Kenyan police shows two suspects.",
        "In this photo taken on March 3, 2019, riot police stand guard in Nairobi.",
        "Riot police stand guard in Nairobi on March 3, 2019. (AP Photo/Jane Doe)",
        "Riot police stand guard in Nairobi on March 3, 2019. REUTERS/Tom Roe",
    ],
)
def test_layout_captions_are_kept_and_marked(caption: str) -> None:
    text = f"Kenyan police arrested six protesters on Monday.\n\n{caption}\n\nTalks resumed."
    layout = read_layout(text)
    start = text.index(caption)
    [marked] = [f for f in layout.furniture if f.kind == "caption"]
    assert marked.start == start
    assert text[marked.start : marked.end] in caption
    assert layout.text[marked.start : marked.end] == text[marked.start : marked.end]
    assert start in layout.starts and text.index("Talks") in layout.starts


def test_layout_a_photo_credit_closing_a_caption_is_blanked() -> None:
    line = "Riot police stand guard in Nairobi on March 3, 2019. (AP Photo/Jane Doe)"
    layout = read_layout(line)
    credit = line.index("(AP Photo")
    assert layout.furniture == (
        Furniture(0, credit - 1, "caption"),
        Furniture(credit, len(line), "credit"),
    )
    assert layout.text == line[:credit] + " " * (len(line) - credit)


@pytest.mark.parametrize(
    "line",
    [
        "Research by the university found that prices rose in March.",
        "Police released a handout photo of the suspect on Tuesday.",
        "By Tuesday, the rebels had withdrawn from the town.",
        "A photo posted on social media showed soldiers near the border.",
        "Reuters could not verify the report.",
        "Kenyan police told Reuters that six people were arrested.",
        "The minister said the new AP/NORC poll showed little change.",
    ],
)
def test_layout_news_that_reads_like_furniture_is_left_alone(line: str) -> None:
    text = f"Kenyan police arrested six protesters on Monday.\n\n{line}"
    layout = read_layout(text)
    assert layout.furniture == ()
    assert layout.text == text


def test_layout_a_headline_on_its_own_line_is_its_own_sentence() -> None:
    text = (
        "Police detain protesters in Nairobi\n"
        "Kenyan police arrested dozens of opposition supporters on Tuesday.\n"
        "The interior minister defended the arrests.\n"
    )
    assert read_layout(text).starts == (0, text.index("Kenyan"), text.index("The"))


def test_layout_hard_wrapped_lines_do_not_start_sentences() -> None:
    text = (
        "Kenyan police arrested dozens of opposition\n"
        "supporters in Nairobi on Tuesday after a rally\n"
        "against rising food prices, officials said. The\n"
        "Interior Ministry defended the arrests and said\n"
        "more were likely.\n"
        "\n"
        "Talks resumed on Wednesday.\n"
    )
    assert read_layout(text).starts == (0, text.index("Talks"))


def test_layout_furniture_at_finds_the_span_that_holds_a_character() -> None:
    layout = read_layout(STORY)
    caption = STORY.index("A file photo")
    assert furniture_at(layout.furniture, caption + 5) == Furniture(
        caption, STORY.index(" (AP Photo"), "caption"
    )
    assert furniture_at(layout.furniture, STORY.index("Pakistan")) is None


@pytest.mark.parametrize("size", [300, 1_000, 5_000])
def test_pieces_cover_the_text_and_cut_where_sentences_start(size: int) -> None:
    paragraph = (
        "Kenyan police arrested six protesters in Nairobi on Monday. "
        "The interior minister defended the arrests.\n\n"
    )
    layout = read_layout(paragraph * 200)
    spans = pieces(layout, size)
    assert spans[0][0] == 0 and spans[-1][1] == len(layout.text)
    assert all(b == c for (_, b), (c, _) in pairwise(spans))
    assert all(0 < b - a <= size for a, b in spans)
    assert all(a in layout.starts for a, _ in spans[1:])
    assert len(spans) <= 2 * len(layout.text) // size + 1


def test_pieces_cut_an_endless_line_at_a_space() -> None:
    layout = read_layout("word " * 1_000)
    spans = pieces(layout, 300)
    assert all(layout.text[b - 1] == " " for _, b in spans[:-1])
    assert all(b - a <= 300 for a, b in spans)


def test_pieces_leave_a_short_article_whole() -> None:
    layout = read_layout(STORY)
    assert pieces(layout, 20_000) == [(0, len(STORY))]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Rebels seize border town KABUL, May 2 (Reuters) - Taliban fighters "
            "seized the town on Tuesday.",
            "KABUL",
        ),
        (
            "Police fire tear gas NAIROBI, Kenya (AP) \u2014 Police fired tear gas.",
            "NAIROBI",
        ),
    ],
)
def test_layout_a_dateline_inside_a_run_together_line_ends_the_headline(
    text: str, place: str
) -> None:
    layout = read_layout(text)
    [dateline] = layout.datelines
    assert dateline.place == place
    assert text[dateline.start :].startswith(place)
    assert layout.text[dateline.start : dateline.end].strip() == ""
    assert dateline.end in layout.starts


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a standfirst run into the lead's paragraph: the dateline follows a sentence
        (
            "Opposition cries fraud; four dead in the north. MAPUTO - Riot police "
            "fired on protesters on Wednesday night.",
            "MAPUTO",
        ),
        (
            "Talks collapse as envoys walk out. GENEVA, March 3 \u2014 Envoys left "
            "the talks on Monday.",
            "GENEVA",
        ),
    ],
)
def test_layout_a_dateline_after_a_standfirst_s_sentence_in_its_paragraph(
    text: str, place: str
) -> None:
    layout = read_layout(text)
    [dateline] = layout.datelines
    assert dateline.place == place
    assert text[dateline.start :].startswith(place)
    assert layout.text[dateline.start : dateline.end].strip() == ""
    assert dateline.end in layout.starts


@pytest.mark.parametrize(
    "text",
    [
        # a dash after capitals that follow a sentence, but no lead after it
        "The vote was calm. NATO - and the EU - sent observers.",
        # a dateline is the story's first: a later one needs a line of its own
        "KABUL - Taliban seized a town. Officials fled. HERAT - Police fled too.",
    ],
)
def test_layout_capitals_after_a_sentence_that_open_no_lead_are_no_dateline(
    text: str,
) -> None:
    assert [d.place for d in read_layout(text).datelines] in ([], ["KABUL"])


@pytest.mark.parametrize(
    "text",
    [
        # an agency is needed inside a line: capitals alone are a name or a shout
        "Ministers from NATO met in Brussels - and agreed on more aid.",
        "The UN said PEACE NOW (a group) - not the army - was there.",
    ],
)
def test_layout_capitals_inside_a_line_without_an_agency_are_no_dateline(
    text: str,
) -> None:
    assert read_layout(text).datelines == ()


def test_layout_credits_run_on_after_the_last_sentence_are_blanked() -> None:
    text = (
        "Troops left the base on Tuesday. Reporting by Jane Doe in Kabul; "
        "Editing by John Roe"
    )
    layout = read_layout(text)
    cut = text.index("Reporting")
    assert [(f.start, f.end, f.kind) for f in layout.furniture] == [
        (cut, len(text), "credit")
    ]
    assert layout.text == text[:cut] + " " * (len(text) - cut)


@pytest.mark.parametrize(
    ("byline", "place"),
    [
        ("By Musa Ibrahim, Kaduna", "Kaduna"),
        ("BY AHMED SALEH, Kano", "Kano"),
        # an outlet or a title after the name is no town
        ("By Jane Doe, Associated Press", None),
        ("By John Smith, Staff Writer", None),
        ("By Jane Doe", None),
    ],
)
def test_layout_a_local_papers_byline_town_is_its_dateline(
    byline: str, place: str | None
) -> None:
    text = f"Gunmen storm church\n\n{byline}\n\nGunmen stormed a church on Monday."
    layout = read_layout(text)
    assert [d.place for d in layout.datelines] == ([place] if place else [])
    assert [f.kind for f in layout.furniture] == ["byline"]
    assert byline not in layout.text


def test_layout_the_model_reads_plain_quotes_at_the_same_offsets() -> None:
    text = "Darfur\u2019s rebels said they had \u201cnever\u201d met the army\u2019s envoys."
    layout = read_layout(text)
    assert (
        layout.text == "Darfur's rebels said they had \"never\" met the army's envoys."
    )
    assert len(layout.text) == len(text)


# a web page as scraped: headline, date line, the outlet's name with odd spaces, a
# byline with the agency, a time stamp, the page's buttons and prompts, a caption
# credited "via" an agency, a sentence broken by a paragraph break, the writer's note
PAGE = (
    "Police disperse protesters in Yerevan\n\n"
    "June 13, 2024\n\n"
    "Asbarez   News\n\n"
    "Jan Lopatka and Ariba Shahid, Reuters\n\n"
    "Updated 14:32 GMT\n\n"
    "Share this article\n\n"
    "Police fired stun grenades at protesters outside parliament on Wednesday after"
    "\n\n"
    "they tried to break through a cordon.\n\n"
    "Advertisement\n\n"
    "Protesters march in Yerevan on June 12. (Photo by Karen Minasyan/AFP via Getty "
    "Images)\n\n"
    "Sign up to our politics newsletter, delivered every weekday morning.\n\n"
    "We use cookies to improve your experience. Accept all cookies\n\n"
    "The prime minister defended the police.\n\n"
    "Jane Doe is a political reporter based in Yerevan.\n"
)


@pytest.mark.parametrize(
    ("part", "kind"),
    [
        ("June 13, 2024", "credit"),
        ("Asbarez   News", "credit"),
        ("Jan Lopatka and Ariba Shahid, Reuters", "byline"),
        ("Updated 14:32 GMT", "credit"),
        ("Share this article", "credit"),
        ("Advertisement", "credit"),
        ("(Photo by Karen Minasyan/AFP via Getty Images)", "credit"),
        (
            "Sign up to our politics newsletter, delivered every weekday morning.",
            "credit",
        ),
        ("We use cookies to improve your experience. Accept all cookies", "credit"),
        ("Jane Doe is a political reporter based in Yerevan.", "credit"),
    ],
)
def test_layout_a_scraped_pages_parts_that_are_not_news_are_blanked(
    part: str, kind: str
) -> None:
    layout = read_layout(PAGE)
    at = PAGE.index(part)
    assert furniture_at(layout.furniture, at) == Furniture(at, at + len(part), kind)
    assert not layout.text[at : at + len(part)].strip()


def test_layout_a_scraped_pages_caption_and_news_stay() -> None:
    layout = read_layout(PAGE)
    caption = PAGE.index("Protesters march")
    assert furniture_at(layout.furniture, caption).kind == "caption"  # type: ignore[union-attr]
    for news in ("Police disperse", "Police fired", "The prime minister defended"):
        at = PAGE.index(news)
        assert furniture_at(layout.furniture, at) is None
        assert at in layout.starts


# a page's lists of links, each headline a paragraph of its own
LINKS = (
    "Police fired tear gas on Wednesday.\n\n"
    "Read more\n\n"
    "- Rebels seize border town in the north\n"
    "- Army chief sacked after mutiny\n\n"
    "The army denied it.\n\n"
    "Most viewed\n\n"
    "Junta suspends political parties (Dec 31, 2023)\n\n"
    "Gunmen kill mayor in the capital - 12/09/2024\n\n"
    "Talks resume in Doha\n\n"
    "Ministers met on Friday and agreed a truce.\n"
)


@pytest.mark.parametrize(
    "part",
    [
        "Read more",
        "- Rebels seize border town in the north",
        "- Army chief sacked after mutiny",
        "Most viewed",
        "Junta suspends political parties (Dec 31, 2023)",
        "Gunmen kill mayor in the capital - 12/09/2024",
        "Talks resume in Doha",
    ],
)
def test_layout_a_list_of_links_goes_on_past_blank_lines(part: str) -> None:
    layout = read_layout(LINKS)
    at = LINKS.index(part)
    assert furniture_at(layout.furniture, at) is not None
    assert not layout.text[at : at + len(part)].strip()


# a blog's links, tags and comment box
BLOG = (
    "Police fired tear gas on Wednesday.\n\n"
    "Read also:\n"
    "- Strike: Teachers call off strike in the capital (March 3, 2025)\n"
    "- Rebel leader jailed abroad (February 2025)\n\n"
    "More from Peru\n"
    "Congress ousts cabinet chief (May 2025)\n\n"
    "Related Posts\n"
    "Ministers reaffirm support for the border treaty\n\n"
    "Tags: Bui, Kumbo, Anglophone crisis, kidnapping\n\n"
    "Topics: Papua, TNI, OPM, conflict\n\n"
    "Leave a comment\n"
    "Your email address will not be published.\n\n"
    "For more news, follow us on Facebook and X.\n"
)


@pytest.mark.parametrize(
    "part",
    [
        "Read also:",
        "- Strike: Teachers call off strike in the capital (March 3, 2025)",
        "- Rebel leader jailed abroad (February 2025)",
        "More from Peru",
        "Congress ousts cabinet chief (May 2025)",
        "Related Posts",
        "Ministers reaffirm support for the border treaty",
        "Tags: Bui, Kumbo, Anglophone crisis, kidnapping",
        "Topics: Papua, TNI, OPM, conflict",
        "Leave a comment",
        "Your email address will not be published.",
        "For more news, follow us on Facebook and X.",
    ],
)
def test_layout_a_blogs_links_tags_and_comment_box_are_blanked(part: str) -> None:
    layout = read_layout(BLOG)
    at = BLOG.index(part)
    assert furniture_at(layout.furniture, at) is not None
    assert not layout.text[at : at + len(part)].strip()
    assert not layout.datelines  # "- Strike:" in a list of links is no dateline


@pytest.mark.parametrize(
    "line",
    [
        "Topics discussed were trade and the border.",
        "More from the talks is expected on Friday.",
        "Tags on the crates showed they came from the port.",
    ],
)
def test_layout_news_that_opens_like_a_blogs_furniture_stays(line: str) -> None:
    text = f"Police fired tear gas on Wednesday.\n\n{line}\n"
    layout = read_layout(text)
    assert furniture_at(layout.furniture, text.index(line)) is None


# a list of the site's other stories headed by the outlet's or the series' name
SITE_LINKS = (
    "Police fired tear gas on Wednesday.\n\n"
    "Also on Harbour Observer\n"
    "Farmers block highways over subsidy delays | 18/11/2024\n"
    "Ferry strike halts island connections | 16/11/2024\n\n"
    "Previously in World briefing\n"
    "Thursday: Venezuela frees 30 political prisoners\n"
    "Wednesday: North Korea fires ballistic missile into sea\n"
)


@pytest.mark.parametrize(
    "part",
    [
        "Also on Harbour Observer",
        "Farmers block highways over subsidy delays | 18/11/2024",
        "Previously in World briefing",
        "Thursday: Venezuela frees 30 political prisoners",
        "Wednesday: North Korea fires ballistic missile into sea",
    ],
)
def test_layout_a_list_of_the_site_s_other_stories_is_blanked(part: str) -> None:
    layout = read_layout(SITE_LINKS)
    at = SITE_LINKS.index(part)
    assert furniture_at(layout.furniture, at) is not None
    assert not layout.text[at : at + len(part)].strip()


@pytest.mark.parametrize(
    "line",
    [
        "Also on Tuesday, rebels shelled the airport.",
        "Previously in Kabul, the Taliban banned music.",
    ],
)
def test_layout_news_that_opens_like_a_site_s_heading_stays(line: str) -> None:
    text = f"Police fired tear gas on Wednesday.\n\n{line}\n"
    layout = read_layout(text)
    assert furniture_at(layout.furniture, text.index(line)) is None


def test_layout_a_list_of_links_ends_at_a_sentence() -> None:
    layout = read_layout(LINKS)
    for news in ("Police fired", "The army denied", "Ministers met"):
        assert furniture_at(layout.furniture, LINKS.index(news)) is None


def test_layout_a_paragraph_that_runs_on_in_lowercase_continues_the_sentence() -> None:
    layout = read_layout(PAGE)
    at = PAGE.index("they tried")
    assert at not in layout.starts
    assert layout.text[PAGE.index("after\n\n") + 5 : at] == "  "


@pytest.mark.parametrize(
    "text",
    [
        # a new paragraph after one that ends a sentence, or after a heading's colon
        "Police fired tear gas.\n\nthey said later that ...\n",
        "The vote:\n\nlawmakers approved the bill.\n",
        # the outlet line is read only after a date line at the top of the page
        "Police fired tear gas on Monday.\n\nThe Moscow Times\n",
    ],
)
def test_layout_a_break_after_a_sentence_or_a_heading_is_no_run_on(text: str) -> None:
    layout = read_layout(text)
    second = text.index("\n\n") + 2
    assert layout.text[second:].strip() == text[second:].strip()


@pytest.mark.parametrize("line", ["2024-06-20", "20.05.2024", "2024-06-20 14:05"])
def test_layout_a_pages_numeric_date_line_is_blanked(line: str) -> None:
    text = f"Slovak lawmakers vote\n\n{line}\n\nLawmakers voted on Thursday.\n"
    layout = read_layout(text)
    at = text.index(line)
    assert furniture_at(layout.furniture, at) == Furniture(at, at + len(line), "credit")


@pytest.mark.parametrize(
    "line",
    [
        "Dec. 16, 2014 3:45 p.m. ET",
        "June 27, 2024 at 1:15 a.m. EDT",
        "Published On 11 Mar 2025 11:32 AM (GMT)",
        "2 hours ago",
    ],
)
def test_layout_a_pages_time_stamp_down_the_page_is_blanked(line: str) -> None:
    # a time stamp under the byline, further down than a page's date line comes
    text = (
        f"Police fired tear gas.\n\nBy Jane Doe\n\nShare\n\nPrint\n\n{line}\n\n"
        "Lawmakers voted on Thursday.\n"
    )
    layout = read_layout(text)
    at = text.index(line)
    assert furniture_at(layout.furniture, at) == Furniture(at, at + len(line), "credit")


@pytest.mark.parametrize(
    "line", ["5 days ago, the army said it had withdrawn.", "March 3, 2024, was calm."]
)
def test_layout_a_sentence_that_opens_with_a_date_stays(line: str) -> None:
    text = f"Police fired tear gas.\n\n{line}\n"
    assert furniture_at(read_layout(text).furniture, text.index(line)) is None


# a roundup whose sections are headed by the place each is filed from
ROUNDUP = (
    "Asia in brief: Army seizes boats, minister quits\n\n"
    "Our pick of the overnight news.\n\n"
    "Jakarta\n\n"
    "The navy seized three foreign fishing boats on Wednesday.\n\n"
    "ULAANBAATAR\n\n"
    "Parliament voted on Thursday to remove the prime minister.\n\n"
    "Dushanbe, Tajikistan\n\n"
    "Police detained five activists.\n\n"
    "Background\n\n"
    "The dispute began in 2022.\n"
)


def test_layout_a_roundups_place_headings_are_its_datelines() -> None:
    layout = read_layout(ROUNDUP)
    assert [(d.place, d.region) for d in layout.datelines] == [
        ("Jakarta", None),
        ("ULAANBAATAR", None),
        ("Dushanbe", "Tajikistan"),
        ("", None),  # the subhead "Background" ends Dushanbe's section
    ]
    for heading in ("Jakarta\n", "ULAANBAATAR", "Dushanbe, Tajikistan"):
        at = ROUNDUP.index(heading)
        assert not layout.text[at : at + len(heading)].strip()
    for news in ("The navy seized", "Parliament voted", "Police detained"):
        assert ROUNDUP.index(news) in layout.starts
    # a heading that is no place stays
    assert "Background" in layout.text


@pytest.mark.parametrize(
    "text",
    [
        # one place heading alone may be a topic, not where the story was filed
        "Talks stall\n\nThe talks stalled on Monday.\n\nGaza\n\nAid trucks waited.\n",
        # a place that runs into the next line is a sentence's start, not a heading
        "Border talks resume\n\nJakarta\nand Hanoi resumed talks.\n\nParis\n\nNo.\n",
    ],
)
def test_layout_a_lone_place_heading_is_no_dateline(text: str) -> None:
    assert read_layout(text).datelines == ()


# the parts of scraped pages of the round-6 articles' kinds: a breadcrumb trail, a
# paywall, a consent banner, a link heading in two languages and a caption's "Pic by"
PAGE_PARTS = (
    "Villagers turn back boat\n\n"
    "Home > World > Asia\n\n"
    "Subscribe for unlimited access. You have 2 free articles left.\n\n"
    "Cookie settings: We and our partners use cookies. Accept all\n\n"
    "Villagers pushed the boat back on Friday.\n\n"
    "Police use water cannon against students. Pic by Kushan Pathiraja\n\n"
    "The navy said it had escorted the boat away.\n\n"
    "Baca juga / Read also:\n"
    "Governor orders crackdown on illegal logging (9 Nov 2026)\n"
)


@pytest.mark.parametrize(
    "part",
    [
        "Home > World > Asia",
        "Subscribe for unlimited access. You have 2 free articles left.",
        "Cookie settings: We and our partners use cookies. Accept all",
        "Baca juga / Read also:",
        "Governor orders crackdown on illegal logging (9 Nov 2026)",
        "Pic by Kushan Pathiraja",
    ],
)
def test_layout_more_of_a_pages_parts_are_blanked(part: str) -> None:
    layout = read_layout(PAGE_PARTS)
    at = PAGE_PARTS.index(part)
    assert furniture_at(layout.furniture, at) is not None
    assert not layout.text[at : at + len(part)].strip()


def test_layout_a_caption_closed_by_pic_by_is_a_caption() -> None:
    layout = read_layout(PAGE_PARTS)
    at = PAGE_PARTS.index("Police use water cannon")
    assert furniture_at(layout.furniture, at).kind == "caption"  # type: ignore[union-attr]
    for news in ("Villagers pushed", "The navy said"):
        assert furniture_at(layout.furniture, PAGE_PARTS.index(news)) is None


@pytest.mark.parametrize(
    "line",
    [
        "Prices rose > 10% in March, the bank said.",
        "We use the cookie cutter approach, the minister said.",
    ],
)
def test_layout_news_with_a_trail_sign_or_cookies_stays(line: str) -> None:
    text = f"Markets fall\n\n{line}\n"
    assert read_layout(text).furniture == ()


# a story with datelines down the page, each opening a section, and subheads after them
SECTIONS = (
    "Neighbours react to coup attempt\n\n"
    "{lead}Soldiers fired on the presidential palace on Tuesday.\n\n"
    "Reactions\n\n"
    "ABUJA, Oct 14 - The regional bloc condemned the attempt.\n\n"
    "The bloc will send a mission.\n\n"
    "LISBON - Portugal urged restraint.\n\n"
    "History of coups\n\n"
    "The army seized power in 2025.\n"
)


@pytest.mark.parametrize(
    ("lead", "after"),
    [
        # a story with no dateline of its own: after the subhead, no known place
        ("", ("", None)),
        # a story filed from Bissau: after the subhead, Bissau again (with no day)
        ("BISSAU (AFP) - ", ("BISSAU", None)),
    ],
)
def test_layout_a_subhead_ends_the_section_a_dateline_down_the_story_opened(
    lead: str, after: tuple[str, str | None]
) -> None:
    text = SECTIONS.format(lead=lead)
    layout = read_layout(text)
    places = [(d.place, d.day) for d in layout.datelines]
    assert places[-3:] == [("ABUJA", "Oct 14"), ("LISBON", None), after]
    end = layout.datelines[-1]
    assert end.start == end.end == text.index("History of coups")
    # the paragraph after ABUJA's is still ABUJA's; the first subhead ends no section
    # (none is open), and a story's own dateline is ended by no subhead
    assert "Reactions" in layout.text and "History of coups" in layout.text
    assert len(layout.datelines) == (4 if lead else 3)


@pytest.mark.parametrize(
    "text",
    [
        # a paragraph that ends a sentence, a dated line, a line run into the next
        "ABUJA - The bloc met.\n\nThe talks ended.\n\nNext week.\n",
        "ABUJA - The bloc met.\n\nTuesday 14 October 2026\n\nThe talks ended.\n",
        "ABUJA - The bloc met.\n\nIn the capital\nthe talks ended.\n",
        # a link list's heading and its items
        "ABUJA - The bloc met.\n\nRelated stories\n\nMali junta suspends parties\n",
    ],
)
def test_layout_no_subhead_no_end_of_a_section(text: str) -> None:
    text = "Bloc meets\n\nBISSAU - Troops fired.\n\n" + text.replace("\n\n", "\n\n", 1)
    assert [d.place for d in read_layout(text).datelines] == ["BISSAU", "ABUJA"]


@pytest.mark.parametrize(
    "caption",
    [
        "Photo caption: Demonstrators clash with riot police near Congress in Lima.",
        "IMAGE: Water gushes from the spillways of the dam near Guba.",
        "Photo: Tractors block the road to the border crossing in Medyka.",
    ],
)
def test_layout_a_labelled_caption_is_marked_and_no_dateline(caption: str) -> None:
    text = f"Police fired tear gas on Monday.\n\n{caption}\n\nTalks resumed."
    layout = read_layout(text)
    [marked] = [f for f in layout.furniture if f.kind == "caption"]
    assert marked.start == text.index(caption)
    assert layout.datelines == ()


@pytest.mark.parametrize(
    "caption",
    [
        "Photo: Relatives of the missing hold photographs at a protest in Vavuniya, "
        "Sri Lanka, on Nov. 2, 2026. (AP Photo/Jane Doe)",
        "PHOTO: Fishermen block the harbour in Lorient, France, December 8, 2026.",
        "(Photo caption: Soldiers detain a man at a checkpoint near Gao.)",
        "Image: Smoke rises after an air strike on a village in Magway region.",
    ],
)
def test_layout_a_labelled_caption_is_blanked(caption: str) -> None:
    # the page's description of its picture: a scene or the story's own news, not
    # news of its own
    text = f"Police fired tear gas on Monday.\n\n{caption}\n\nTalks resumed."
    layout = read_layout(text)
    [marked] = [f for f in layout.furniture if f.kind == "caption"]
    assert marked.start == text.index(caption)
    assert not layout.text[marked.start : marked.end].strip()
    assert layout.text.startswith("Police fired tear gas") and "Talks" in layout.text


@pytest.mark.parametrize(
    "caption",
    [
        "FILE - In this photo taken on July 19, 2023, riot police detain a protester "
        "in Nairobi. (AP Photo/Jane Doe)",
        "A photo taken on July 30, 2023 shows supporters of the junta in Niamey. "
        "(Photo by AFP)",
        "FILE PHOTO: Kenyan police detain protesters in Mombasa on March 3, 2019",
    ],
)
def test_layout_a_file_pictures_caption_is_kept(caption: str) -> None:
    # a file picture tells of an earlier day, which the story may not tell itself
    text = f"Police fired tear gas on Monday.\n\n{caption}\n\nTalks resumed."
    layout = read_layout(text)
    [marked] = [f for f in layout.furniture if f.kind == "caption"]
    assert (
        "detain" in layout.text[marked.start : marked.end]
        or "junta" in (layout.text[marked.start : marked.end])
    )


@pytest.mark.parametrize(
    "note",
    [
        "The following statement was issued on Monday by the Interior Ministry. It "
        "is published in full, in our translation.",
        "Editor's note: This statement is published as the ministry issued it.",
        "The following is the full text of a communique issued by the army on Monday.",
    ],
)
def test_layout_an_editors_note_on_a_text_given_in_full_is_blanked(note: str) -> None:
    text = (
        f"Ministry says coup foiled\n\n{note}\n\n"
        "The Ministry informs the public that soldiers attacked the radio on Sunday.\n\n"
        "[END OF STATEMENT]\n\nResidents said the city was calm.\n"
    )
    layout = read_layout(text)
    for part in (note, "[END OF STATEMENT]"):
        at = text.index(part)
        assert not layout.text[at : at + len(part)].strip()
    assert text.index("The Ministry informs") in layout.starts


@pytest.mark.parametrize(
    ("closing", "want"),
    [
        # a release's town and day over its signature: where the text above was issued
        ("Lome, 3 April 2024\nThe Minister\n", [("Lome", "Lome, 3 April 2024")]),
        # a town and day line over a paragraph of news opens that news, as before
        ("Lome, 3 April 2024\n\nThe talks resumed.\n", [("Lome", None)]),
    ],
)
def test_layout_a_releases_closing_town_and_day_place_the_text_above(
    closing: str, want: list[tuple[str, str | None]]
) -> None:
    text = (
        "Ministry says border reopened\n\n"
        "The Ministry informs the public that the border reopened on Tuesday.\n\n"
        f"{closing}"
    )
    layout = read_layout(text)
    [dateline] = layout.datelines
    at = text.index("Lome, 3 April 2024")
    opened = text.index("The Ministry informs")
    assert dateline.place == want[0][0]
    if want[0][1] is not None:
        assert dateline.start == opened and dateline.day == "3 April 2024"
    else:
        assert dateline.start == at
    assert not layout.text[at : at + len("Lome, 3 April 2024")].strip()


def test_layout_a_release_signed_off_below_a_blank_line_places_the_text_above() -> None:
    # the town and day, then a paragraph with the issuing office and the page's
    # buttons and links: nothing below reads as news
    text = (
        "Ministry says border reopened\n\n"
        "The Ministry informs the public that the border reopened on Tuesday.\n\n"
        "Ha Noi, 1 December 2026\n\n"
        "Press Service of the Ministry of Foreign Affairs of the Republic of Kazakhstan\n\n"
        "Share: Facebook | X | Telegram\n"
    )
    [dateline] = read_layout(text).datelines
    assert (dateline.place, dateline.day) == ("Ha Noi", "1 December 2026")
    assert dateline.start == text.index("The Ministry informs")


def test_layout_a_line_break_inside_a_sentence_is_read_as_a_space() -> None:
    # a hard-wrapped text (copied from e-mail or a PDF): the model reads one sentence,
    # with no line-break token in it; offsets stay the text's
    text = (
        "Parliament dismisses cabinet\n\n"
        "Lawmakers voted on Thursday to dismiss the\n"
        "prime minister, and police detained protesters in the\n"
        "capital, the police said.\n"
        "The president urged calm.\n"
    )
    layout = read_layout(text)
    assert len(layout.text) == len(text)
    assert (
        "dismiss the prime minister, and police detained protesters in the capital,"
        in (layout.text)
    )
    assert text.index("The president") in layout.starts
    assert text.index("prime minister") not in layout.starts


def test_layout_a_list_of_other_stories_under_elsewhere_is_blanked() -> None:
    text = (
        "Navy arrests fishermen\n\nThe navy arrested 22 fishermen on Thursday.\n\n"
        "Elsewhere\n- Bhutan's king visits Assam to open hydropower link (Dec 2)\n"
        "- Maldives parliament passes media law (Dec 1)\n"
    )
    layout = read_layout(text)
    for part in ("Elsewhere", "Bhutan's king visits Assam", "Maldives parliament"):
        at = text.index(part)
        assert not layout.text[at : at + len(part)].strip()
    # a subhead "Elsewhere" over news stays news
    text = "Talks resume\n\nEnvoys met.\n\nElsewhere\n\nIn Gaza, strikes killed 12 people.\n"
    at = text.index("In Gaza")
    assert read_layout(text).text[at:].startswith("In Gaza")


@pytest.mark.parametrize(
    "line",
    [
        "By Amina Okello | Updated 14 Mar 2026, 18:42 EAT",
        "Share on WhatsApp | Print",
        "March 3, 2026 | Peter Kamau, pkamau@dailyledger.co.ke",
    ],
)
def test_layout_a_line_of_page_parts_set_off_by_bars_is_blanked(line: str) -> None:
    # a byline run into the page's time stamp, sharing buttons, a date and the
    # writer's address: each part is furniture, so the line is
    text = (
        "Donors freeze aid\n\n"
        f"{line}\n\n"
        "NAIROBI - Two donors on Friday suspended aid to the health ministry.\n"
    )
    layout = read_layout(text)
    at = text.index(line)
    assert layout.text[at : at + len(line)].strip() == ""
    assert any(f.start == at for f in layout.furniture)


def test_layout_a_line_of_news_with_a_bar_is_kept() -> None:
    text = "Markets\n\nPrices rose | traders said demand was weak.\n"
    layout = read_layout(text)
    assert "Prices rose" in layout.text
    assert not layout.furniture


def test_layout_a_pull_quote_label_is_no_dateline() -> None:
    # "QUOTE: ..." in capitals and a colon reads as a dateline: it is a label
    text = (
        "Troops leave\n\n"
        "MOGADISHU, Sept 5 (CPA) - The last troops flew home on Saturday.\n\n"
        'QUOTE: "Every time a contingent leaves, the militants move in." - Jane Doe\n\n'
        "The council urged member states to fund the mission.\n"
    )
    datelines = read_layout(text).datelines
    assert [d.place for d in datelines] == ["MOGADISHU"]


@pytest.mark.parametrize(
    "text",
    [
        "Monrovia - The Supreme Court annulled the vote on Monday.\n",
        # under a standfirst
        "Turnout was low as the opposition stayed away.\n\n"
        "Nairobi \u2013 Police fired tear gas at protesters on Monday.\n",
    ],
)
def test_layout_a_title_case_town_and_a_dash_opening_the_lead_is_a_dateline(
    text: str,
) -> None:
    layout = read_layout(text)
    [dateline] = layout.datelines
    assert dateline.place in ("Monrovia", "Nairobi")
    assert layout.text[dateline.start : dateline.end].strip() == ""


@pytest.mark.parametrize(
    "text",
    [
        "Kenya - the country voted on Monday.\n",  # a country is no town
        "Meanwhile - the talks went on.\n",
        # down the story, past two paragraphs of news
        "Police fired tear gas.\n\nThe crowd dispersed.\n\nNairobi - Shops reopened.\n",
    ],
)
def test_layout_a_title_case_word_and_a_dash_elsewhere_is_no_dateline(
    text: str,
) -> None:
    assert not read_layout(text).datelines


def test_layout_a_town_of_five_words_in_capitals_is_a_dateline() -> None:
    line = "SANTA CRUZ DE LA SIERRA, Bolivia \u2013 "
    layout = read_layout(f"{line}Police cleared the road on Wednesday.")
    assert layout.datelines == (
        Dateline(0, len(line), "SANTA CRUZ DE LA SIERRA", "Bolivia", None, None),
    )


def test_layout_a_pull_quote_s_label_is_no_dateline() -> None:
    text = 'Talks resumed on Monday.\n\nPULL QUOTE: "We will not sign."'
    assert read_layout(text).datelines == ()


def test_layout_a_title_case_town_with_its_country_opening_the_lead_is_a_dateline() -> (
    None
):
    line = "Bucharest, Romania \u2013 "
    layout = read_layout(f"{line}The prime minister dismissed the interior minister.")
    assert layout.datelines == (
        Dateline(0, len(line), "Bucharest", "Romania", None, ""),
    )


@pytest.mark.parametrize(
    "text",
    [
        # a town that is not of the country named after it
        "Nairobi, Romania - The prime minister dismissed the minister.\n",
        # two countries
        "Kenya, Uganda - The two presidents met on Monday.\n",
    ],
)
def test_layout_a_town_with_another_country_is_no_dateline(text: str) -> None:
    assert not read_layout(text).datelines


@pytest.mark.parametrize(
    ("opening", "town"),
    [("Tbilisi / Vienna", "Tbilisi"), ("Nairobi/Kampala", "Nairobi")],
)
def test_layout_a_line_of_filing_towns_over_the_story_is_its_dateline(
    opening: str, town: str
) -> None:
    text = f"{opening}\n\nGeorgia expelled an Austrian diplomat on Friday."
    layout = read_layout(text)
    assert [d.place for d in layout.datelines] == [town]
    assert layout.text.startswith(" " * len(opening))


@pytest.mark.parametrize(
    "opening",
    [
        # (guards) no town, one town alone, a line that is not the text's first
        "Cats / Dogs",
        "Tbilisi",
        "Georgia expelled a diplomat.\n\nTbilisi / Vienna",
    ],
)
def test_layout_no_filing_towns_line(opening: str) -> None:
    layout = read_layout(f"{opening}\n\nThe ministry said on Friday it was a mistake.")
    assert layout.datelines == ()


# helper-72 (issue 10, fresh pages)


@pytest.mark.parametrize(
    ("lead", "town"),
    [
        ("ZANZIBAR. A commission of inquiry blamed the ferry's owners.", "ZANZIBAR"),
        ("Santo Domingo.- The government began building a wall.", "Santo Domingo"),
        (
            "Dar es Salaam. The government suspended the ferry's licence.",
            "Dar es Salaam",
        ),
    ],
)
def test_layout_a_lead_opening_with_its_town_and_a_full_stop(
    lead: str, town: str
) -> None:
    layout = read_layout(lead)
    [dateline] = layout.datelines
    assert dateline.place == town
    assert not layout.text[: dateline.end].strip()


@pytest.mark.parametrize(
    "lead",
    [
        # (guards) a country, a sentence, a town's name past the lead (and a
        # standfirst over it)
        "Kenya. The government suspended the ferry's licence.",
        "He resigned. The government suspended the ferry's licence.",
        "Amb. Adeoye commended Nigeria's leadership.",  # an abbreviation
        "The ferry sank.\n\nIts owner fled.\n\nNairobi. The government suspended "
        "the ferry's licence.",
    ],
)
def test_layout_no_full_stop_dateline(lead: str) -> None:
    assert read_layout(lead).datelines == ()


def test_layout_an_interviewers_initials_are_no_dateline() -> None:
    text = (
        "The minister spoke to us on Monday.\n\n"
        "STW: Will you sue Germany?\n\n"
        "Minister: We are not there yet.\n\n"
        "GAZA: Israeli strikes killed 12 people on Monday.\n"
    )
    assert [d.place for d in read_layout(text).datelines] == ["GAZA"]

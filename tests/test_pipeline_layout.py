"""Articles as they come: headline, datelines, captions and credits in the coded events."""

from __future__ import annotations

from eventwire.ingest import read_text
from eventwire.pipeline import Coder

PUB = "2024-06-12"  # a Wednesday

STORY = (
    "Kenyan police arrest opposition supporters after Nairobi rally\n"
    "\n"
    "NAIROBI, Kenya (AP) \u2014 Kenyan police arrested dozens of opposition supporters "
    "in Nairobi on Tuesday after a rally against rising food prices, officials said.\n"
    "The interior minister defended the arrests.\n"
    "\n"
    "A file photo taken on March 3, 2019 shows Kenyan police detaining protesters in "
    "Mombasa. (AP Photo/Jane Doe)\n"
    "\n"
    "The unrest began with street protests in 2019 against rising fuel prices.\n"
    "\n"
    "KAMPALA, Uganda (AP) \u2014 Uganda's foreign ministry criticised the Kenyan "
    "government on Wednesday.\n"
    "\n"
    "Reporting by John Smith in Nairobi and Mary Roe in Kampala; Editing by Peter Poe\n"
)

# a caption with its date on the line between the headline and the lead
CAPTIONED = (
    "Police detain protesters in Nairobi\n"
    "FILE PHOTO: Kenyan police detain protesters in Mombasa on March 3, 2019\n"
    "Kenyan police arrested dozens of opposition supporters in Nairobi, officials "
    "said.\n"
    "Reporting by John Smith in Kampala; Editing by Peter Poe\n"
)


def test_pipeline_the_lead_is_a_sentence_without_headline_or_dateline(
    coder: Coder,
) -> None:
    [arrest] = [e for e in coder.code_text(STORY, PUB) if e.cameo == "173"][:1]
    lead = (
        "Kenyan police arrested dozens of opposition supporters in Nairobi on Tuesday "
        "after a rally against rising food prices, officials said."
    )
    assert arrest.evidence.text == lead
    assert STORY[arrest.evidence.start : arrest.evidence.end] == lead
    assert arrest.actor.text == "Kenyan police"
    assert (arrest.date, arrest.location and arrest.location.name) == (
        "2024-06-11",
        "Nairobi",
    )


def test_pipeline_a_mid_story_dateline_is_not_part_of_its_sentence(
    coder: Coder,
) -> None:
    [criticism] = [e for e in coder.code_text(STORY, PUB) if e.cameo.startswith("11")]
    assert criticism.actor.text == "Uganda's foreign ministry"
    assert criticism.actor.code == "UGAGOV" and criticism.recipient.code == "KENGOV"
    assert criticism.evidence.text.startswith("Uganda's foreign ministry")
    assert STORY[criticism.evidence.start :].startswith("Uganda's foreign ministry")


def test_pipeline_credits_are_never_coded(coder: Coder) -> None:
    for text in (STORY, CAPTIONED):
        credit = text.index("Reporting by")
        for e in coder.code_text(text, PUB):
            assert e.evidence.end <= credit, e
            assert "Smith" not in e.actor.text and "AP" not in e.actor.text.split()


def test_pipeline_a_caption_date_does_not_date_the_main_event(coder: Coder) -> None:
    events = coder.code_text(CAPTIONED, PUB)
    [arrest] = [e for e in events if e.cameo == "173"]
    assert arrest.evidence.text.startswith("Kenyan police arrested")
    assert (arrest.date, arrest.modality.historical) == (PUB, False)
    # the caption's own events are the photo's, dated by it
    photo = CAPTIONED.index("FILE PHOTO")
    for e in events:
        if photo <= e.evidence.start < CAPTIONED.index("Kenyan police arrested"):
            assert e.date == "2019-03-03"


def test_pipeline_a_caption_year_does_not_date_the_story_origins(coder: Coder) -> None:
    text = (
        "Kenyan police fire tear gas at protesters in Nairobi\n\n"
        "A file photo taken in 2017 shows riot police in Nairobi.\n\n"
        "The crisis began with street protests against the Kenyan government, and "
        "police fired on the protesters.\n"
    )
    origins = [
        e
        for e in coder.code_text(text, PUB)
        if e.evidence.text.startswith("The crisis")
    ]
    assert origins
    assert all(e.modality.historical and e.date is None for e in origins)


def test_pipeline_a_dateline_before_the_lead_does_not_hide_its_first_word(
    coder: Coder,
) -> None:
    # with the dateline blanked, the tagger may take "Protesters" for a group's name
    for text in (
        "NIAMEY (Wire) - Protesters burned French flags outside the embassy on Friday.",
        "NIAMEY, June 2 (Wire) - Protesters burned French flags outside the embassy "
        "on Friday.",
    ):
        codes = [e.cameo for e in coder.code_text(text, "2023-06-03")]
        assert any(c.startswith("14") for c in codes), (text, codes)


def test_pipeline_a_town_and_date_line_dates_and_places_the_story(coder: Coder) -> None:
    page = read_text(
        "Militants kill soldiers in attack on army post\n\n"
        "Ouagadougou, 4 March 2024\n\n"
        "Suspected jihadists killed 12 soldiers in an attack on an army post on "
        "Saturday, security sources said.\n\n"
        "The army said its troops had repelled the attack.\n"
    )
    assert page.published == "2024-03-04"
    events = coder.code_text(page.text, page.published)
    killing = next(e for e in events if e.cameo.startswith(("18", "19")))
    assert killing.date == "2024-03-02"  # the Saturday before the Monday
    repelled = [e for e in events if e.sentence == 1]
    assert repelled and all(
        e.location is not None and e.location.country == "BFA" for e in repelled
    ), events


def test_pipeline_a_byline_run_into_the_page_stamp_dates_nothing(coder: Coder) -> None:
    # "By ... | Updated <day>" and "Share on ... | Print" are furniture: the lead's
    # "on Friday" is the Friday before the page's Saturday
    page = read_text(
        "Donors freeze aid to health ministry\n\n"
        "March 14, 2026\n\n"
        "The Daily Ledger\n\n"
        "By Amina Okello | Updated 14 Mar 2026, 18:42 EAT\n\n"
        "Share on WhatsApp | Print\n\n"
        "JUBA - Germany on Friday suspended budget support to South Sudan's health "
        "ministry, citing missing funds.\n"
    )
    assert page.published == "2026-03-14"
    events = coder.code_text(page.text, page.published)
    suspended = [e for e in events if e.cameo.startswith("16")]
    assert suspended and all(e.date == "2026-03-13" for e in suspended), events

"""Tests for helpers/ingest/: file -> Report (header fields, clean text, status, error).

Expected values are read off the input texts (the two seeds in data/reports, the invented
fixtures in tests/fixtures/ingest, and the small files written to tmp_path here).
"""
from __future__ import annotations

import codecs
import hashlib
import re
import shutil
from datetime import date
from pathlib import Path

import pytest

from dateutil import parser as date_parser

from helpers.facts import DataFileError
from helpers.ingest import read_folder, read_report
from helpers.ingest.decode import FALLBACK_ENCODING
from helpers.ingest.folder import NO_DATE_ERROR
from helpers.ingest.formats import load_formats
from helpers.paths import INGEST_DIR, PROJ_ROOT, REPORTS_DIR

FIXTURES = PROJ_ROOT / "tests" / "fixtures" / "ingest"
SEED_1 = REPORTS_DIR / "000_4332192d60249b63.txt"
SEED_2 = REPORTS_DIR / "002_8d1a24af9b3c7ac4.txt"


def write(folder: Path, name: str, content: bytes | str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return path


def read_bytes(tmp_path: Path, content: bytes | str, name: str = "report.txt", **kwargs):
    return read_report(write(tmp_path, name, content), tmp_path, **kwargs)


def paragraphs(text: str) -> list[str]:
    return text.split("\n\n")


# A minimal well-formed report, to build the bad and odd inputs from.
GOOD = (
    "Army Repels Attack\n"
    "\n"
    "By Desert Dispatch\n"
    "Desert Dispatch 3 July 2020\n"
    "\n"
    "On July 2, the army repelled an attack near Palmyra.\n"
)


# ---------------------------------------------------------------------------------------
# The two seeds


@pytest.fixture(scope="module")
def seeds():
    return read_report(SEED_1, REPORTS_DIR), read_report(SEED_2, REPORTS_DIR)


SEED_CASES = [
    # file, title, published (South Front's line), republished (Global Research's line),
    # first body sentence, last body sentence
    (
        SEED_1,
        "Video: String of ISIS Attacks Continues in Syrian Desert",
        date(2020, 7, 3),
        date(2020, 7, 5),
        "Since the start of the week, the Syrian Army has repelled several ISIS attacks",
        "the most influential and militarily capable group in the opposition-held area.",
    ),
    (
        SEED_2,
        "Video: Syrian Army Fights ISIS in Homs. SDF Rejects Deal with Damascus",
        date(2020, 7, 6),
        date(2020, 7, 7),
        "Clashes between government forces and ISIS terrorists have continued in central Syria",
        "looting the captured areas to obtain the needed financial resources.",
    ),
]


@pytest.mark.parametrize("path,title,published,republished,first,last", SEED_CASES)
def test_seed_header_fields(path, title, published, republished, first, last):
    report = read_report(path, REPORTS_DIR)
    assert report.status == "ok"
    assert report.error == ""
    assert report.path == path.name
    assert report.title == title
    assert report.outlet == "South Front"
    assert report.publisher == "Global Research"
    assert report.published == published
    assert report.republished == republished


@pytest.mark.parametrize("path,title,published,republished,first,last", SEED_CASES)
def test_seed_text_is_the_body_only(path, title, published, republished, first, last):
    report = read_report(path, REPORTS_DIR)
    assert report.text.startswith(first)
    assert report.text.endswith(last)
    assert report.n_chars == len(report.text)
    # no header line is in the text
    for header in (title, "By South Front", "Global Research, July", "Region:", "Theme:", "In-depth Report:", "War Agenda"):
        assert header not in report.text


LEFTOVERS = [
    "PayPal", "Copyright", "©", "Disclaimer", "share buttons", "SUPPORT SOUTH", "Note to readers",
    "original source of this article", "Become a Member", "Articles by", "fair use",
    "media inquiries", "publications@globalresearch.ca", "http", "www.", ".mp4",
    "[", "](", "\\(", "\\)", "**", "<u>", "</u>", "<", ">",
]


@pytest.mark.parametrize("path", [SEED_1, SEED_2], ids=["seed1", "seed2"])
@pytest.mark.parametrize("leftover", LEFTOVERS)
def test_seed_boilerplate_and_markup_removed(path, leftover):
    assert leftover not in read_report(path, REPORTS_DIR).text


@pytest.mark.parametrize("path", [SEED_1, SEED_2], ids=["seed1", "seed2"])
def test_seed_paragraph_layout(path):
    text = read_report(path, REPORTS_DIR).text
    assert "\n\n\n" not in text
    assert text == text.strip()
    for para in paragraphs(text):
        assert para == para.strip()
        assert "\n" not in para
        assert "  " not in para
        # the lone "*" above the footer is gone
        assert para != "*"


def test_seed1_broken_paragraph_is_joined(seeds):
    text = seeds[0].text
    # the source breaks "After almost a week of" / "clashes and ..." into two paragraphs
    assert "After almost a week of clashes and competing accusations by Hayat Tahrir al-Sham" in text
    joined = [p for p in paragraphs(text) if "After almost a week of" in p]
    assert len(joined) == 1
    assert joined[0].startswith("The situation stabilized in the militant-held part of Greater Idlib.")


def test_seed1_paragraphs_around_the_video_line(seeds):
    paras = paragraphs(seeds[0].text)
    # nine body paragraphs in the file, two of them one broken paragraph: eight
    assert len(paras) == 8
    i = next(i for i, p in enumerate(paras) if p.startswith("According to Syrian sources"))
    assert paras[i + 1].startswith("On July 2, forces of Turkey's Syrian National Army")


def test_seed2_markdown_unwrapped(seeds):
    text = seeds[1].text
    assert "Kurdish-led Syrian Democratic Forces (SDF) detained at least 4 suspects." in text
    assert "Kurdistan Workers' Party (PKK)" in text
    assert "Abdi Şahin" in text  # UTF-8 kept
    # eleven body paragraphs in the file, one of them the video link: ten
    assert len(paragraphs(text)) == 10


def test_seed_report_id_is_sha256_of_bytes(seeds):
    for path, report in zip((SEED_1, SEED_2), seeds):
        assert report.report_id == hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def test_seed_folder(tmp_path):
    reports = read_folder(REPORTS_DIR)
    by_path = {r.path: r for r in reports}
    assert [r.path for r in reports] == sorted(p.name for p in REPORTS_DIR.iterdir())
    assert by_path[SEED_1.name].status == "ok"
    assert by_path[SEED_2.name].status == "ok"
    assert by_path["SOURCES.md"].status == "skipped"
    assert "SOURCES*" in by_path["SOURCES.md"].error


# ---------------------------------------------------------------------------------------
# Invented HTML and Markdown reports (tests/fixtures/ingest)


def test_html_article():
    report = read_report(FIXTURES / "article.html", FIXTURES)
    assert report.status == "ok"
    assert report.title == "Army Repels Night Attack Near Palmyra"  # the <h1>
    assert report.outlet == "Desert Dispatch"
    assert report.publisher == ""
    assert report.published == date(2021, 8, 14)
    assert report.republished is None
    assert paragraphs(report.text) == [
        "On August 12, ISIS cells attacked an army checkpoint east of Palmyra in the Homs desert.",
        "Local sources said that four soldiers were wounded and that the attackers withdrew "
        "towards the Jabal Bishri area before dawn.",
        "The army later sent reinforcements to the area.",
        "Patrols continued for two days.",
        "Checkpoint attacked east of Palmyra.",
        "Reinforcements arrived on August 13.",
        "Meanwhile, the situation remained calm in the northern countryside of Hama, "
        "where no clashes were reported.",
    ]


@pytest.mark.parametrize("furniture", [
    "trackingId", "font-family", "Injected advert", "Please enable JavaScript", "Home", "About us",
    "Share this", "Facebook", "Related", "Another story", "Contact us", "Copyright",
    "after the copyright line", "By Desert Dispatch", "14 August 2021", "| Desert Dispatch",
])
def test_html_furniture_removed(furniture):
    assert furniture not in read_report(FIXTURES / "article.html", FIXTURES).text


def test_a_markdown_headings_anchor_is_no_part_of_its_words(tmp_path):
    write(tmp_path, "update.md", "# Syria Update\n\n22 March 2021\n\nThe week in brief: talks in Tafas collapsed and "
          "protests spread in the east of the country.\n\n### Raid and Sit-in in Thiban {#thiban}\n\n"
          "On Tuesday, residents of Thiban held a sit-in after a raid by the SDF.\n")
    (report,) = read_folder(tmp_path)
    assert report.text.split("\n\n")[1] == "Raid and Sit-in in Thiban"


def test_a_markdown_list_of_links_to_other_pages_is_furniture(tmp_path):
    write(tmp_path, "paper.md", "# Regime Jets Bomb Raqqa\n\n5 August 2013\n\nRegime warplanes bombed Raqqa on "
          "Monday.\n\n**Keep reading**\n\n- [Who are the rebels fighting Assad?](https://example.invalid/a)\n"
          "- [The Security Council, seen from Buenos Aires](https://example.invalid/b)\n\n"
          "- A list item that tells something stays: troops shelled Nubl on Sunday.\n")
    (report,) = read_folder(tmp_path)
    assert "fighting Assad" not in report.text and "Buenos Aires" not in report.text
    assert "troops shelled Nubl" in report.text


def test_markdown_report():
    report = read_report(FIXTURES / "report.md", FIXTURES)
    assert report.status == "ok"
    assert report.title == "Video: Clashes Flare Up in (Southern) Idlib"
    assert report.outlet == "Desert Dispatch"
    assert report.publisher == "Global Research"
    assert report.published == date(2021, 3, 9)
    assert report.republished == date(2021, 3, 11)
    assert paragraphs(report.text) == [
        "On March 8, Hayat Tahrir al-Sham fighters attacked positions of the Syrian Army near "
        "the town of Kafr Nabl in southern Idlib. According to local sources, at least 3 soldiers "
        "were killed (the army did not comment).",
        "The Russian Aerospace Forces responded with airstrikes on HTS positions. The strikes hit "
        "the area of al-Barah and Kansafra on March 9.",
        "HTS shelled Kafr Nabl on March 8.",
        "Russian airstrikes followed on March 9.",
    ]


# ---------------------------------------------------------------------------------------
# Phrase rules


@pytest.mark.parametrize("markup,plain", [
    ("[South Front](#) reported the attack.", "South Front reported the attack."),
    ("See [the map](https://example.org/a_(b).png) of Homs.", "See the map of Homs."),
    ("Forces \\(SDF\\) advanced.", "Forces (SDF) advanced."),
    ("The **Syrian Army** and *HTS* and __SDF__ clashed.", "The Syrian Army and HTS and SDF clashed."),
    ("Articles by **[South Front](#)**.", "Articles by South Front."),
    ("The <u>US NATO</u> <b>war</b> agenda.", "The US NATO war agenda."),
    ("Clashes &amp; shelling in Daraa.", "Clashes & shelling in Daraa."),
    ("A snake_case_name and 5 * 3 stay.", "A snake_case_name and 5 * 3 stay."),
    ("Donations at <https://example.org/donate> were closed.", "Donations at https://example.org/donate were closed."),
    # typesetting's invisible characters: a soft hyphen and a word joiner go, a non-breaking hyphen is a hyphen
    ("Russian war\u00adplanes struck Deir ez\u2011Zor.", "Russian warplanes struck Deir ez-Zor."),
    ("Russian war&shy;planes struck Idlib.", "Russian warplanes struck Idlib."),
])
def test_markup_rules(tmp_path, markup, plain):
    report = read_bytes(tmp_path, GOOD + "\n" + markup + "\n")
    assert paragraphs(report.text)[-1] == plain


@pytest.mark.parametrize("line", [
    "*",
    "https://southfront.org/wp-content/uploads/video/IMR 03 07 2020 ENG.mp4",
    "<https://www.patreon.com/southfront>",
    "[https://example.org/video/clip\\(1\\).mp4](https://example.org/video/clip(1).mp4)",
    "www.example.org/report",
    "Region: Middle East & North Africa",
    "Theme: Terrorism, US NATO War Agenda",
    "In-depth Report: SYRIA",
    "| Health workers killed in verified attacks since 1 January 2020 | 9 |",
    "|---|---:|",
    "Left: Smoke rises after airstrikes in Idlib province. File photo via AP",
    "Photo: Residents inspect a damaged building in Douma in 2018.",
    "Photo caption: Firefighters extinguish burning cars after the explosion in Sahnaya. (Al-Thawra)",
    # a newsletter's summary of its items, and a link to another story set between paragraphs
    "This week: drones over the northeast, more shelling in Idlib and another roadside bomb in Daraa.",
    # a broadcast's teaser of what is still to come
    "Also in the programme: Turkish warplanes strike the Islamic State group around the town of al-Bab.",
    "Still to come: Russian jets pound Aleppo for a third day.",
    "Related: Russian jets strike near al-Bara · Weekly schools update",
    # a broadcast page's labelled title, which the transcript below tells in full
    "Transcript: Jets pound southern Syria as Assad's forces close in on Jordan border",
])
def test_drop_lines_are_removed_and_the_body_goes_on(tmp_path, line):
    after = "The army then shelled the area."
    report = read_bytes(tmp_path, GOOD + "\n" + line + "\n\n" + after + "\n")
    assert paragraphs(report.text) == ["On July 2, the army repelled an attack near Palmyra.", after]


@pytest.mark.parametrize("line", [
    "Note to readers: please click the share buttons above or below.",
    "SUPPORT SOUTHFRONT:",
    "SUPPORT SOUTHFROUNT:",
    "PayPal: southfront@list.ru, http://southfront.org/donate/",
    "The original source of this article is South Front",
    "Copyright © South Front, 2020",
    "Comment on Global Research Articles on our Facebook page",
    "Become a Member of Global Research",
    "Articles by: South Front",
    "Disclaimer: The contents of this article are of sole responsibility of the author(s).",
    "www.globalresearch.ca contains copyrighted material the use of which has not always been "
    "specifically authorized by the copyright owner.",
    "For media inquiries: publications@globalresearch.ca",
    "Tags: [Idlib](https://example.invalid/tag/idlib) · [Russian raids](https://example.invalid/tag/raids)",
])
def test_footer_lines_end_the_body(tmp_path, line):
    after = "This paragraph comes after the footer started."
    report = read_bytes(tmp_path, GOOD + "\n" + line + "\n\n" + after + "\n")
    assert report.text == "On July 2, the army repelled an attack near Palmyra."


@pytest.mark.parametrize("sentence", [
    "The group's PayPal account was closed, officials said.",
    "Reporters noted that copyright rules did not apply.",
    "Over 100 videos at https://example.org were removed.",
    "The Theme of the talks was a ceasefire.",
    "Above all: the army shelled the town.",
])
def test_body_sentences_that_mention_boilerplate_words_stay(tmp_path, sentence):
    report = read_bytes(tmp_path, GOOD + "\n" + sentence + "\n")
    assert paragraphs(report.text)[-1] == sentence


@pytest.mark.parametrize("first,second,expected", [
    # no sentence-final punctuation, next starts lowercase: one paragraph broken by the source
    ("After almost a week of", "clashes, the sides agreed.", ["After almost a week of clashes, the sides agreed."]),
    ("Troops moved toward the", "\"old\" road.", ["Troops moved toward the \"old\" road."]),
    # a full stop ends a paragraph
    ("The army advanced.", "then it stopped.", ["The army advanced.", "then it stopped."]),
    # an upper-case start begins a new paragraph
    ("Troops moved toward the", "Syrian border.", ["Troops moved toward the", "Syrian border."]),
])
def test_broken_paragraph_rule(tmp_path, first, second, expected):
    report = read_bytes(tmp_path, GOOD + "\n" + first + "\n\n" + second + "\n")
    assert paragraphs(report.text)[1:] == expected


def test_a_live_pages_time_stamps_part_its_entries(tmp_path):
    body = ("18:25 GMT\nDrone downed near Erbil airport, security sources say\nA drone attack targeted a base near "
            "Erbil airport on Tuesday evening.\nThe drone was shot down.\n17:40 GMT\nIsraeli jets struck Sheikh Maskin.\n")
    report = read_bytes(tmp_path, GOOD + "\n\n" + body)
    # each stamp is a paragraph of its own, kept: the extractor reads the page's entries as of its day
    assert paragraphs(report.text)[1:] == ["18:25 GMT", "Drone downed near Erbil airport, security sources say",
                                           "A drone attack targeted a base near Erbil airport on Tuesday evening. "
                                           "The drone was shot down.", "17:40 GMT", "Israeli jets struck Sheikh Maskin."]


@pytest.mark.parametrize("lines, expected", [
    # a word a PDF's text hyphenates at a line end is one word again
    ("Turkish artillery shelled positions south of Ja-\nrabulus on Sunday.",
     "Turkish artillery shelled positions south of Jarabulus on Sunday."),
    # unless the document writes it with its hyphen within a line
    ("Turkish-backed groups advanced.\nThe Turkish-\nbacked groups took two villages.",
     "Turkish-backed groups advanced. The Turkish-backed groups took two villages."),
    # a line ending in a hyphen before a capital keeps its hyphen and its break
    ("Clashes on the Damascus-\nDaraa highway went on.", "Clashes on the Damascus- Daraa highway went on."),
    # a footnote's number glued to a sentence's end is no part of the text
    ("The operation is now in its second week.1 Turkey frames it as a campaign.",
     "The operation is now in its second week. Turkey frames it as a campaign."),
    # a number that ends a sentence stays
    ("The toll rose to 12. Rescuers said 4 more were missing.", "The toll rose to 12. Rescuers said 4 more were missing."),
])
def test_a_pdfs_broken_words_and_footnote_marks(tmp_path, lines, expected):
    report = read_bytes(tmp_path, GOOD + "\n" + lines + "\n")
    assert " ".join(paragraphs(report.text)[1:]) == expected


@pytest.mark.parametrize("lines, expected", [
    # numbered items after a label, or after an item, are paragraphs of their own
    ("SHOTLIST:\n1. Various of damaged houses\n2. Close of rubble",
     ["SHOTLIST:", "1. Various of damaged houses", "2. Close of rubble"]),
    # a line break before a day and its full stop cuts a sentence short (a PDF's text): no item starts there
    ("Pro-regime forces launched an assault in Aleppo on August\n24. The coalition repelled the attack.",
     ["Pro-regime forces launched an assault in Aleppo on August 24. The coalition repelled the attack."]),
])
def test_numbered_items_are_paragraphs_where_a_line_ended(tmp_path, lines, expected):
    report = read_bytes(tmp_path, GOOD + "\n" + lines + "\n")
    assert paragraphs(report.text)[1:] == expected


def test_a_pdfs_contents_list_is_not_the_body_that_a_copyright_line_ends(tmp_path):
    dots = "." * 50
    cover = ("INSTITUTE FOR THE STUDY OF WAR\n\n\nSYRIA SITUATION REPORT\nAUGUST 23 - 30, 2016\n\nBy Daniel Okafor, "
             "Rachel Lindqvist and the ISW Syria Team\n\nAugust 31, 2016\n\n\nCONTENTS\n"
             f"Key Takeaways {dots} 2\nNorthern Aleppo: Operation Euphrates Shield {dots} 2\nAleppo City {dots} 3\n"
             f"Hama and Idlib {dots} 3\nLatakia {dots} 3\nEastern Syria {dots} 3\n\n"
             "(c) 2016 by the Institute for the Study of War. All rights reserved.\n\n")
    report = read_bytes(tmp_path, cover + "Turkish artillery shelled SDF positions near al-Amarneh.\n")
    assert paragraphs(report.text)[-1] == "Turkish artillery shelled SDF positions near al-Amarneh."


def test_a_pdfs_footnotes_and_table_rows_are_no_text(tmp_path):
    body = ("Turkish artillery shelled SDF positions near al-Amarneh on Sunday.\n\n____________________\n"
            "1 Anadolu Agency, August 29, 2016; Hurriyet Daily News, August 30, 2016.\n2 The Syrian Network for Human "
            "Rights attributed more than 500 civilian deaths to the strikes.\n\nDEATH TOLL BY GOVERNORATE\n\n"
            "Governorate          Deaths    Civilians\nDaraa                  214          158\n"
            "Total                 2,418        1,702\n\nIn Daraa, regime forces raided Nawa on Monday.\n")
    report = read_bytes(tmp_path, GOOD + "\n" + body)
    assert paragraphs(report.text)[-4:] == ["Turkish artillery shelled SDF positions near al-Amarneh on Sunday.",
                                            "DEATH TOLL BY GOVERNORATE", "Governorate Deaths Civilians",
                                            "In Daraa, regime forces raided Nawa on Monday."]


def test_a_markdown_tables_rows_are_lines_and_its_key_figures_no_text(tmp_path):
    body = ("Key figures\n\n| | |\n|---|---|\n| People displaced since 1 December 2019 | ~900 000 |\n"
            "| Attacks on health care verified since 1 January 2020 | 11 |\n| Civilians reported killed | 5–8 |\n\n"
            "| Date | Place | Incident |\n| --- | --- | --- |\n| 15 February | Kafr Nouran | Hospital hit |\n\n"
            "On 15 February, the surgical hospital in Kafr Nouran was hit.\n")
    report = read_bytes(tmp_path, GOOD + "\n" + body)
    assert paragraphs(report.text)[-3:] == ["Key figures", "15 February | Kafr Nouran | Hospital hit",
                                            "On 15 February, the surgical hospital in Kafr Nouran was hit."]


def test_a_markdown_rule_of_underscores_drops_only_the_lines_right_under_it(tmp_path):
    report = read_bytes(tmp_path, GOOD + "\n___\n\nIn Daraa, regime forces raided Nawa on Monday.\n", name="r.md")
    assert paragraphs(report.text)[-1] == "In Daraa, regime forces raided Nawa on Monday."


def test_a_bullet_a_pdfs_text_keeps_starts_an_item(tmp_path):
    body = ("KEY TAKEAWAYS\n\n  • Opposition groups pushed south from Jarabulus against the\n    SDF, opening a "
            "front between two partners of the U.S.\n  • Pro-regime forces failed again to close the corridor.\n")
    report = read_bytes(tmp_path, GOOD + "\n" + body)
    assert paragraphs(report.text)[-2:] == [
        "Opposition groups pushed south from Jarabulus against the SDF, opening a front between two partners of the "
        "U.S.", "Pro-regime forces failed again to close the corridor."]


def test_wrapped_lines_and_whitespace_collapse(tmp_path):
    body = "Clashes  erupted\tnear\u00a0Daraa\nand lasted\n   for two days.\n"
    report = read_bytes(tmp_path, GOOD + "\n" + body)
    assert paragraphs(report.text)[-1] == "Clashes erupted near Daraa and lasted for two days."


@pytest.mark.parametrize("header,outlet,publisher,published,republished", [
    # the seeds' layout: byline, the republisher's line, the outlet's line
    ("By South Front\nGlobal Research, July 05, 2020\nSouth Front 3 July 2020",
     "South Front", "Global Research", date(2020, 7, 3), date(2020, 7, 5)),
    # the outlet's line first, republisher second, in separate blocks
    ("By South Front\n\nSouth Front, 3 July 2020\n\nGlobal Research, July 5, 2020",
     "South Front", "Global Research", date(2020, 7, 3), date(2020, 7, 5)),
    # a bare date is the outlet's
    ("By Desert Dispatch\nJuly 3, 2020", "Desert Dispatch", "", date(2020, 7, 3), None),
    ("By Desert Dispatch\n2020-07-03", "Desert Dispatch", "", date(2020, 7, 3), None),
    # a Czech byline: day, month and year, a space after each dot, day first
    ("By Desert Dispatch\nTereza Holubova | 8. 12. 2016 | 19:35", "Desert Dispatch", "", date(2016, 12, 8), None),
    ("By Desert Dispatch\nFriday, 3rd July 2020", "Desert Dispatch", "", date(2020, 7, 3), None),
    # a published date, then an updated one, each label in two languages; the weekday after the date
    ("By Desert Dispatch\nGiriş / Published: 19 February 2020 Wednesday 09:14 | Güncelleme / Updated: 20 February "
     "2020 Thursday 11:02", "Desert Dispatch", "", date(2020, 2, 19), None),
    ("By Desert Dispatch\nPublished: 19 February 2020 09:14 | Updated: 20 February 2020 11:02", "Desert Dispatch", "",
     date(2020, 2, 19), None),
    ("By Desert Dispatch\nPublished: Jul. 3, 2020", "Desert Dispatch", "", date(2020, 7, 3), None),
    # a broadcast transcript page: the page's kind, its date, then a later edit's
    ("By Desert Dispatch\nTranscript | Wednesday, 15 October 2014 | Last updated: 15 Oct 2014 16:12 GMT",
     "Desert Dispatch", "", date(2014, 10, 15), None),
    ("By Desert Dispatch\nDesert Dispatch | 15 October 2014 | Updated 16 October 2014", "Desert Dispatch", "",
     date(2014, 10, 15), None),
    # the only date line is the outlet's, and names the outlet when there is no byline
    ("Desert Dispatch, 3 July 2020", "Desert Dispatch", "", date(2020, 7, 3), None),
    ("By Jane Roe\nDesert Dispatch, 3 July 2020", "Jane Roe", "", date(2020, 7, 3), None),
    # a byline with its date
    ("By Desert Dispatch | July 3, 2020", "Desert Dispatch", "", date(2020, 7, 3), None),
    # outlets' own date lines: day-first numbers, a zone offset, an edit note, an Arabic comma
    ("Issued on: 19/11/2023 - 17:05", "", "", date(2023, 11, 19), None),
    ("Issued on: 05/01/2024 - 09:10", "", "", date(2024, 1, 5), None),
    ("By Jane Roe\nJanuary 5, 2024 4:21 PM GMT+2 Updated 2 hours ago", "Jane Roe", "", date(2024, 1, 5), None),
    ("Jane Roe   |15.08.2024 - 11:42 GMT+03:00", "Jane Roe", "", date(2024, 8, 15), None),
    ("17 November\u060c 2021", "", "", date(2021, 11, 17), None),
    ("Levant Digital | 22-08-2024 | 18:05", "Levant Digital", "", date(2024, 8, 22), None),
    # a bare date whose year has two digits, read where its day is past 12 (either order)
    ("23/05/13 - 19:42", "", "", date(2013, 5, 23), None),
    ("11.24.19", "", "", date(2019, 11, 24), None),
    # a reading time after the date; a time in another language's words ("às 19h05": at 19:05)
    ("Levant international | Published on 4 March 2020 at 12:41 | Reading time: 3 min.", "Levant international", "",
     date(2020, 3, 4), None),
    # a month-first date that can be read no other way
    ("Jane Roe, 7/24/2018, 3:51 PM", "Jane Roe", "", date(2018, 7, 24), None),
    ("November, 28, 2021 - 11:26", "", "", date(2021, 11, 28), None),
    ("Source: Levant Agency| 2023-11-18 21:14:05", "Levant Agency", "", date(2023, 11, 18), None),
    ("Levant Network for Rights (English service) \u2014 Friday, September 1, 2023",
     "Levant Network for Rights (English service)", "", date(2023, 9, 1), None),
    # other spellings of the republisher (data/ingest/publishers.csv)
    ("By South Front\nCentre for Research on Globalization, July 5, 2020\nSouth Front 3 July 2020",
     "South Front", "Global Research", date(2020, 7, 3), date(2020, 7, 5)),
])
def test_header_date_lines(tmp_path, header, outlet, publisher, published, republished):
    text = "A Title Line\n\n" + header + "\n\nOn July 2, the army repelled an attack near Palmyra.\n"
    report = read_bytes(tmp_path, text)
    assert (report.title, report.outlet, report.publisher, report.published, report.republished) == (
        "A Title Line", outlet, publisher, published, republished)
    assert report.text == "On July 2, the army repelled an attack near Palmyra."
    assert report.status == "ok"


def test_a_two_digit_year_date_that_reads_two_ways_dates_nothing(tmp_path):
    """"06.12.25": 6 December to a Latin American outlet, 12 June to Ynetnews; the folder's metadata.csv must say."""
    report = read_bytes(tmp_path, "A Title Line\n\n06.12.25\n\nOn Monday, the army repelled an attack near Palmyra.\n")
    assert (report.published, report.status) == (None, "no_date")


def test_a_date_line_under_a_long_standfirst_with_its_time_in_another_language(tmp_path):
    """"16.11.2012 às 19h05" (Portuguese: at 19:05) under the byline, below a standfirst long enough to read as prose."""
    standfirst = ("On the northern border, a small farming town has become the symbol of a war that no longer has two "
                  "sides but several. The government, which sits on the council until the end of the year, admits that "
                  "its diplomacy has run out of ideas.")
    report = read_bytes(tmp_path, f"EXPRESSO\nInternacional > Médio Oriente\n\nA Title Line\n\n{standfirst}\n\n"
                                  "Texto Jane Roe, com agências\n16.11.2012 às 19h05\n\n"
                                  "On Wednesday, the army repelled an attack near Palmyra.\n")
    assert (report.published, report.status) == (date(2012, 11, 16), "ok")
    assert report.text.endswith("On Wednesday, the army repelled an attack near Palmyra.")


def test_a_date_line_under_a_standfirst_dates_the_report(tmp_path):
    # a Turkish page: masthead, title, a standfirst, then the date line with published and updated dates and a desk
    text = ("DESERT DISPATCH\nHome > World\n\nRegime Answered On The Spot\n\nThe regime, which keeps attacking the "
            "de-escalation zone despite all warnings, once again targeted an observation post. The army answered.\n\n"
            "Giriş / Published: 19 February 2020 Wednesday 09:14 | Güncelleme / Updated: 20 February 2020 Thursday "
            "11:02\nWorld Desk / AA\n\nRegime elements opened artillery fire on an observation post yesterday.\n")
    assert read_bytes(tmp_path, text).published == date(2020, 2, 19)


def test_body_sentence_with_a_date_is_not_a_header_line(tmp_path):
    # a wrapped body line that ends in a date must not be peeled off as a date line
    text = "A Title Line\n\nBy Desert Dispatch\nJuly 3, 2020\n\nClashes erupted near Homs on July 2, 2020\nand lasted until dawn.\n"
    report = read_bytes(tmp_path, text)
    assert report.published == date(2020, 7, 3)
    assert report.text == "Clashes erupted near Homs on July 2, 2020 and lasted until dawn."


def test_header_without_blank_line_before_the_body(tmp_path):
    text = "A Title Line\nBy Desert Dispatch\nJuly 3, 2020\nOn July 2, the army repelled an attack.\n"
    report = read_bytes(tmp_path, text)
    assert (report.title, report.outlet, report.published) == ("A Title Line", "Desert Dispatch", date(2020, 7, 3))
    assert report.text == "On July 2, the army repelled an attack."


# ---------------------------------------------------------------------------------------
# Statuses


def test_no_date(tmp_path):
    report = read_bytes(tmp_path, "A Title Line\n\nBy Desert Dispatch\n\nClashes erupted in Homs on Monday.\n")
    assert report.status == "no_date"
    assert report.error == NO_DATE_ERROR
    assert report.text == "Clashes erupted in Homs on Monday."
    assert report.title == "A Title Line"
    assert report.published is None


def test_only_the_republishers_date_is_no_date(tmp_path):
    report = read_bytes(tmp_path, "A Title Line\n\nBy South Front\nGlobal Research, July 05, 2020\n\nClashes erupted.\n")
    assert report.status == "no_date"
    assert (report.publisher, report.republished, report.published) == ("Global Research", date(2020, 7, 5), None)
    assert "no publication date line found" in report.error
    assert "cannot be resolved" in report.error


@pytest.mark.parametrize("content,error", [
    (b"", "0 bytes"),
    (b"   \n\t\n  \r\n\n", "whitespace"),
    (codecs.BOM_UTF8 + b"\n  \n", "whitespace"),
    (b"*\n\nCopyright \xc2\xa9 South Front, 2020\n\nDisclaimer: nothing.\n", "boilerplate"),
])
def test_empty(tmp_path, content, error):
    report = read_bytes(tmp_path, content)
    assert report.status == "empty"
    assert error in report.error
    assert report.text == ""


def test_utf8_bom(tmp_path):
    report = read_bytes(tmp_path, codecs.BOM_UTF8 + GOOD.encode("utf-8"))
    assert report.status == "ok"
    assert report.title == "Army Repels Attack"
    assert "\ufeff" not in report.text


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-16-le"])
def test_utf16_with_bom(tmp_path, encoding):
    raw = GOOD.replace("Palmyra", "Ma’arrat al-Nu‘man").encode(encoding)
    if encoding != "utf-16":  # the -le/-be codecs write no BOM: add the matching one
        raw = (codecs.BOM_UTF16_BE if encoding.endswith("be") else codecs.BOM_UTF16_LE) + raw
    report = read_bytes(tmp_path, raw)
    assert report.status == "ok"
    assert report.published == date(2020, 7, 3)
    assert report.text == "On July 2, the army repelled an attack near Ma’arrat al-Nu‘man."


def test_cp1252_fallback(tmp_path):
    raw = GOOD.replace("Palmyra", "Ma’arrat al-Nu‘man, “the city”").encode("cp1252")
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # the test input really needs the fallback
    report = read_bytes(tmp_path, raw)
    assert FALLBACK_ENCODING == "cp1252"
    assert report.status == "ok"
    assert report.text == "On July 2, the army repelled an attack near Ma’arrat al-Nu‘man, “the city”."


def test_html_meta_charset(tmp_path):
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
        "<title>Caf\xe9 Shelled</title></head><body><h1>Caf\xe9 Shelled</h1>"
        "<p>By Desert Dispatch</p><p>July 3, 2020</p>"
        "<p>A shell hit the caf\xe9 in Idlib on July 2.</p></body></html>"
    ).encode("cp1252")
    report = read_bytes(tmp_path, page, name="page.htm")
    assert report.status == "ok"
    assert report.title == "Café Shelled"
    assert report.text == "A shell hit the café in Idlib on July 2."


def test_html_content_in_a_txt_file_is_read_as_html(tmp_path):
    page = ("<!DOCTYPE html><html><body><h1>Army Repels Attack</h1><p>By Desert Dispatch</p>"
            "<p>July 3, 2020</p><script>var x = 1;</script><p>The army repelled an attack.</p></body></html>")
    report = read_bytes(tmp_path, page, name="saved.txt")
    assert (report.status, report.title, report.text) == ("ok", "Army Repels Attack", "The army repelled an attack.")


def test_undecodable_bytes(tmp_path):
    raw = b"A Title Line\n\nJuly 3, 2020\n\nClashes near \x81\x8d Homs.\n"
    offset = raw.index(b"\x81")
    report = read_bytes(tmp_path, raw)
    assert report.status == "unreadable"
    assert "utf-8" in report.error and "cp1252" in report.error
    assert f"offset {offset}" in report.error
    assert report.text == ""


def test_html_declared_charset_that_does_not_fit(tmp_path):
    raw = b'<html><head><meta charset="utf-8"></head><body><p>Caf\x81 shelled.</p></body></html>'
    report = read_bytes(tmp_path, raw, name="bad.html")
    assert report.status == "unreadable"
    assert "declared utf-8" in report.error
    offset = raw.index(b"\x81")
    assert f"offset {offset}" in report.error


@pytest.mark.parametrize("raw", [
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",
    b"A Title Line\n\nJuly 3, 2020\n\nText with a \x00 NUL byte.\n",
    bytes(range(1, 9)) * 50 + b"some text",
])
def test_binary(tmp_path, raw):
    report = read_bytes(tmp_path, raw)
    assert report.status == "binary"
    assert "binary" in report.error
    assert report.text == ""


def test_nul_offset_is_named(tmp_path):
    raw = b"abc\x00def"
    assert "offset 3" in read_bytes(tmp_path, raw).error


def test_too_large(tmp_path):
    raw = (GOOD + "The army shelled the area.\n" * 200_000).encode("utf-8")  # about 5.4 MB
    report = read_bytes(tmp_path, raw)
    assert report.status == "too_large"
    assert f"{len(raw):,}" in report.error
    assert "2,000,000" in report.error
    assert "max_bytes" in report.error
    assert (report.text, report.title, report.published) == ("", "", None)
    assert report.report_id == hashlib.sha256(raw).hexdigest()[:16]
    # raising the limit reads it
    assert read_bytes(tmp_path, raw, max_bytes=len(raw)).status == "ok"


def test_read_report_never_raises(tmp_path):
    missing = read_report(tmp_path / "gone.txt", tmp_path)
    assert missing.status == "unreadable"
    assert "cannot read the file" in missing.error
    (tmp_path / "sub").mkdir()
    folder = read_report(tmp_path / "sub", tmp_path)
    assert folder.status == "skipped"


# ---------------------------------------------------------------------------------------
# Folders


@pytest.fixture
def mixed_folder(tmp_path):
    write(tmp_path, "a_report.txt", GOOD)
    write(tmp_path, "b_copy.txt", GOOD)
    write(tmp_path, "c_empty.md", b"")
    write(tmp_path, "d_bad.txt", b"Clashes \x81 here.\n")
    write(tmp_path, "e_page.html", "<html><body><h1>T</h1><p>July 3, 2020</p><p>The army held.</p></body></html>")
    write(tmp_path, "nested/inner.txt", GOOD.replace("Palmyra", "Homs"))
    write(tmp_path, "scan.pdf", b"%PDF-1.4\n")
    write(tmp_path, "notes", b"no extension\n")
    write(tmp_path, "README.md", "# About these files\n")
    write(tmp_path, ".hidden.txt", GOOD)
    return tmp_path


def test_folder_one_report_per_entry(mixed_folder):
    reports = read_folder(mixed_folder)
    paths = [r.path for r in reports]
    assert paths == sorted(p.relative_to(mixed_folder).as_posix() for p in mixed_folder.rglob("*") if p.is_file())
    status = {r.path: r.status for r in reports}
    assert status == {
        ".hidden.txt": "skipped",
        "README.md": "skipped",
        "a_report.txt": "ok",
        "b_copy.txt": "duplicate",
        "c_empty.md": "empty",
        "d_bad.txt": "unreadable",
        "e_page.html": "ok",
        "nested/inner.txt": "ok",
        "notes": "skipped",
        "scan.pdf": "skipped",
    }
    assert len({r.report_id for r in reports}) == len(reports)


def test_folder_errors(mixed_folder):
    by_path = {r.path: r for r in read_folder(mixed_folder)}
    assert by_path["nested/inner.txt"].text == "On July 2, the army repelled an attack near Homs."
    assert by_path["scan.pdf"].error.startswith("not a report file (.pdf)")
    assert by_path["notes"].error.startswith("not a report file (no extension)")
    assert "README*" in by_path["README.md"].error
    assert by_path["b_copy.txt"].error == "same content as a_report.txt"
    assert by_path["b_copy.txt"].text == ""
    assert by_path["a_report.txt"].text == "On July 2, the army repelled an attack near Palmyra."
    for report in by_path.values():
        assert (report.error == "") == (report.status == "ok")


def test_folder_ids(mixed_folder):
    by_path = {r.path: r for r in read_folder(mixed_folder)}
    good_id = hashlib.sha256(GOOD.encode("utf-8")).hexdigest()[:16]
    assert by_path["a_report.txt"].report_id == good_id
    assert by_path["notes"].report_id == hashlib.sha256(b"notes").hexdigest()[:16]  # skipped: an id from the path
    # the id comes from the content, not the name
    assert read_report(mixed_folder / "b_copy.txt", mixed_folder).report_id == good_id


def test_path_is_relative_with_forward_slashes(mixed_folder):
    report = read_report(mixed_folder / "nested" / "inner.txt", mixed_folder)
    assert report.path == "nested/inner.txt"
    assert report.status == "ok"


def test_determinism(mixed_folder):
    assert read_folder(mixed_folder) == read_folder(mixed_folder)
    assert read_report(SEED_2, REPORTS_DIR) == read_report(SEED_2, REPORTS_DIR)


def test_missing_folder(tmp_path):
    with pytest.raises(FileNotFoundError, match="input folder not found"):
        read_folder(tmp_path / "no_such_folder")


def test_file_instead_of_folder(tmp_path):
    with pytest.raises(NotADirectoryError, match="not a folder"):
        read_folder(write(tmp_path, "report.txt", GOOD))


# ---------------------------------------------------------------------------------------
# The data files (data/ingest): a typo is an error that names the file and row


@pytest.fixture
def ingest_copy(tmp_path):
    folder = tmp_path / "ingest"
    shutil.copytree(INGEST_DIR, folder)
    return folder


BAD_DATA = [
    # file, text to replace, replacement, what the error says after "<file>, row <n>"
    ("boilerplate.csv", "section,regex,note", "section,regex,note,weight", 1, "unknown column(s) 'weight'"),
    ("boilerplate.csv", "footer,^paypal", "trailer,^paypal", 12, "column 'section': 'trailer' is not one of: drop, entry_stamp, footer"),
    ("html_drop.csv", "(comments?|disqus|respond)", "(comments?|disqus|respond", 6, "is not a valid regular expression"),
    ("publishers.csv", "name,aliases,note", "name,note", 1, "missing column(s) 'aliases'"),
    ("ignore.csv", "desktop.ini,", "README*,", 10, "column 'pattern': 'README*' repeats row 2"),
    ("name_connectors.csv", "\nthe,", "\nthe,\nthe,", 6, "column 'word': 'the' repeats row 5"),
    ("month_names.csv", "name,abbreviations", "month,abbreviations", 1, "unknown column(s) 'month'"),
    ("header_formats.csv", "byline,by,", "byline,author,", 10, "column 'kind': 'author' is not one of"),
    ("header_formats.csv", "{time}\\s*$\",\"<name>", "{clock}\\s*$\",\"<name>", 9, "column 'regex': {clock} is no part defined above this row"),
    ("header_formats.csv", "(?<![\\w-])(?P<date>{date}", "(?<![\\w-])(?P<when>{date}", 9, "needs the named group(s) (?P<date>...)"),
    ("header_formats.csv", "^by\\s*:?\\s+(?P<name>\\S.*)", "^by\\s*:?\\s+(\\S.*)", 10, "needs the named group(s) (?P<name>...)"),
    ("header_formats.csv", "day,part,", "month,part,", 2, "column 'format': the part {month} comes from month_names.csv"),
    ("header_formats.csv", "year,part,(?:1[89]|2\\d)\\d\\d", "year,part,(?P<y>(?:1[89]|2\\d)\\d\\d)", 4,
     "with its parts filled in"),  # {year} twice in the date part: a group named twice
]


@pytest.mark.parametrize("name,old,new,row,says", BAD_DATA)
def test_bad_data_file_names_file_and_row(ingest_copy, name, old, new, row, says):
    path = ingest_copy / name
    content = path.read_text(encoding="utf-8")
    assert content.count(old) == 1  # the test changes what it means to
    path.write_text(content.replace(old, new), encoding="utf-8")
    with pytest.raises(DataFileError) as caught:
        load_formats(ingest_copy)
    assert f"{name}, row {row}" in str(caught.value)
    assert says in str(caught.value)


def test_month_names_are_in_calendar_order():
    # every spelling in month_names.csv, in any language, is read by the date parser as its row's month
    in_english = load_formats().in_english
    rows = (INGEST_DIR / "month_names.csv").read_text(encoding="utf-8").splitlines()[1:]
    for number, row in enumerate(rows, start=1):
        name, abbreviations, other_languages = row.split(",")
        for spelling in [name, *filter(None, f"{abbreviations}|{other_languages}".split("|"))]:
            assert date_parser.parse(in_english(f"3 {spelling} 2020")).month == number, spelling


# ---------------------------------------------------------------------------------------
# Where the published date comes from when the text's header lines were lost

UNDATED = "Army Repels Attack\n\nOn Thursday, the army repelled an attack near Palmyra. Two soldiers were killed.\n"


@pytest.mark.parametrize("name, metadata, published, published_from, status", [
    ("report.txt", "", None, "", "no_date"),
    ("2020-07-03_report.txt", "", date(2020, 7, 3), "file name", "ok"),
    ("sf_2020-07-03_desert.txt", "", date(2020, 7, 3), "file name", "ok"),
    ("report_2020-13-45.txt", "", None, "", "no_date"),  # not a date after all
    ("report.txt", "file,outlet,published\nreport.txt,Desert Dispatch,2020-07-04\n", date(2020, 7, 4), "metadata", "ok"),
    # the collector's record stands over the file name's date
    ("2020-07-03_r.txt", "file,published\n2020-07-03_r.txt,2020-07-02\n", date(2020, 7, 2), "metadata", "ok"),
])
def test_a_report_without_date_lines_takes_its_folder_metadata_or_file_name(
        tmp_path, name, metadata, published, published_from, status):
    write(tmp_path, name, UNDATED)
    if metadata:
        write(tmp_path, "metadata.csv", metadata)
    report = next(r for r in read_folder(tmp_path) if r.path == name)
    assert (report.published, report.published_from, report.status) == (published, published_from, status)


def test_metadata_names_the_outlet_and_is_listed_not_read_as_a_report(tmp_path):
    write(tmp_path, "a.txt", GOOD)
    write(tmp_path, "metadata.csv", "file,outlet,publisher\na.txt,Other Outlet,Some Republisher\n")
    by_path = {r.path: r for r in read_folder(tmp_path)}
    assert (by_path["a.txt"].outlet, by_path["a.txt"].publisher) == ("Other Outlet", "Some Republisher")
    assert by_path["a.txt"].published == date(2020, 7, 3) and by_path["a.txt"].published_from == "text"
    assert by_path["metadata.csv"].status == "skipped"


@pytest.mark.parametrize("content, says", [
    ("file,outlett\na.txt,X\n", "unknown column(s) 'outlett'"),
    ("file,published\na.txt,3 July 2020\n", "row 2, column 'published'"),
    ("file,outlet\na.txt,X\na.txt,Y\n", "row 3, column 'file'"),
    ("file,published\na.txt,2020-02-30\n", "row 2, column 'published': '2020-02-30' is not a day"),
])
def test_a_typo_in_metadata_names_the_file_and_row(tmp_path, content, says):
    write(tmp_path, "a.txt", GOOD)
    write(tmp_path, "metadata.csv", content)
    with pytest.raises(DataFileError, match=re.escape(says)) as caught:
        read_folder(tmp_path)
    assert "metadata.csv" in str(caught.value)


def test_the_imprint_keeps_the_headers_plain_lines_and_a_copyright_line_not_the_body(tmp_path):
    write(tmp_path, "monitor.md", "# Monthly Toll\n\n**Syrian Network for Human Rights (SNHR)**\n\nThursday, July 1, 2021\n\n"
          "On Monday, shelling hit the village of Kafr Nabl, killing three civilians, and the attack went on for hours.\n\n"
          "Tags: Idlib\n\n\u00a9 2021 Syrian Network for Human Rights\n")
    (report,) = read_folder(tmp_path)
    assert report.imprint.splitlines() == ["Syrian Network for Human Rights (SNHR)", "\u00a9 2021 Syrian Network for Human Rights"]
    assert report.outlet == "" and "Syrian Network" not in report.text


@pytest.mark.parametrize("name, content, published, published_from, outlet, starts", [
    # a wire story's dateline: its date is the published date, its city is not part of the story
    ("wire.txt", "Attack Kills Four\n\nBy Levant Wire\nMarch 14, 2023\n\nBEIRUT, March 14 (Levant Wire) - "
     "Four soldiers were killed on Sunday.\n", date(2023, 3, 14), "text", "Levant Wire", "Four soldiers"),
    ("wire.txt", "Attack Kills Four\n\nBEIRUT, March 14, 2023 (Levant Wire) - Four soldiers were killed on Sunday.\n",
     date(2023, 3, 14), "dateline", "Levant Wire", "Four soldiers"),
    ("wire.txt", "Attack Kills Four\n\nPALMYRA, Syria — Four soldiers were killed on Sunday.\n",
     None, "", "", "Four soldiers"),
    ("wire.txt", "Attack Kills Four\n\nBEIRUT (Levant Wire - 23rd July, 2020) - Four soldiers were killed.\n",
     date(2020, 7, 23), "dateline", "Levant Wire", "Four soldiers"),
    # a wire's dateline without a city: the date, then the agency, in brackets
    ("wire.txt", "Attack Kills Four\n\n(August 6, 2019 / Levant Wire) Four soldiers were killed on Sunday.\n",
     date(2019, 8, 6), "dateline", "Levant Wire", "Four soldiers"),
    # a header line with where the report was filed after the date
    ("local.txt", "Drone Strike on Village\n\n14 August 2022 - Qamishlo\n\nA drone struck the village on Sunday.\n",
     date(2022, 8, 14), "text", "", "A drone struck"),
    # a masthead: the outlet, its sections, then the date
    ("local.txt", "Drone Strike on Village\n\nFurat Now | Deir ez-Zor desk | Friday, 9 September 2022\n\n"
     "A drone struck the village on Thursday.\n", date(2022, 9, 9), "text", "Furat Now", "A drone struck"),
    ("local.md", "# Drone Strike on Village\n\n*Idlib Today · Local news · Monday, 12 September 2022, 14:20*\n\n"
     "A drone struck the village.\n", date(2022, 9, 12), "text", "Idlib Today", "A drone struck"),
    ("byline.txt", "Drone Strike on Village\n\nPublished 8 June 2022 by Jane Roe\n\nA drone struck the village.\n",
     date(2022, 6, 8), "text", "Jane Roe", "A drone struck"),
    ("byline.txt", "Drone Strike on Village\n\nOctober 6, 2023 2:32 PM UTC\n\nA drone struck the village.\n",
     date(2023, 10, 6), "text", "", "A drone struck"),
    # a monitor's lead names the day it writes
    ("monitor.txt", "Daily Toll\n\nThe Observatory documented the following on Tuesday, March 12, 2024, as follows: "
     "shelling hit two villages.\n", date(2024, 3, 12), "lead", "", "The Observatory"),
    # a news network's dateline: one or two cities in title case, the network in brackets
    ("cnn.md", "# Attack Kills Four\n\nUpdated 1:17 PM ET, Fri October 11, 2019\n\n**Istanbul and Erbil, Iraq "
     "(CNN)** \u2014 Four soldiers were killed on Thursday.\n", date(2019, 10, 11), "updated", "CNN", "Four soldiers"),
    # a date with its parts between dashes; a publication date only in the footer
    ("daily.txt", "Shelling Kills Two\n\n14 - September - 2022\n\nShelling killed two people on Tuesday.\n",
     date(2022, 9, 14), "text", "", "Shelling killed"),
    ("bulletin.md", "# CrisisWatch\n\n*Tracking Conflict Worldwide*\n\nFighting flared in the north east as Turkish-backed "
     "factions and the Kurdish-led forces traded fire near Ain Issa for several days, while a car bomb 28 Nov killed "
     "four civilians and wounded over twenty in al-Bab city, and gunmen shot dead a member of a local committee.\n\n"
     "---\n\n*CrisisWatch bulletin published 01 Dec 2020 · [Download PDF](https://example.invalid/a.pdf)*\n\n"
     "© Crisis Group\n", date(2020, 12, 1), "footer", "", "Fighting flared"),
    # a paper's own dateline: the city in title case, the full date (the month, the day, a slash, the year), a dash
    ("addis.md", "# Bombing Continues in Ghouta\n\n*Staff Reporter*\n\nAddis Abeba, February 27/2018 \u2013 Warplanes "
     "struck the town of Douma on Monday.\n", date(2018, 2, 27), "dateline", "", "Warplanes struck"),
    # a box of labels under the story, then related links: the only date is the box's
    ("dw.md", "# Syria: Troops Close In\n\nSyrian government troops backed by Russian air power seized the village of "
     "Tal Mannas on Sunday, bringing them within a few kilometers of Maaret al-Numan, the largest town in the "
     "south of Idlib province still in opposition hands, as air strikes pounded towns across the enclave.\n\n"
     "The village had been held by rebels.\n\nA monitor said 19 rebels were killed.\n\n"
     "Turkey said it was in contact with Moscow.\n\nab/rt (AFP, Reuters)\n\n---\n\n"
     "**Date** 23.12.2019  \n**Author** Jane Roe  \n**Related Subjects** [Syria](https://example.invalid/s)  \n\n"
     "### Related content\n\n- [Syria: UN warns of catastrophe](https://example.invalid/a)\n"
     "- [Opinion: Europe cannot look away](https://example.invalid/b)\n- [Who are the rebels?](https://example.invalid/c)\n\n"
     "© 2019 Example Wave\n", date(2019, 12, 23), "footer", "", "Syrian government troops"),
    ("dots.txt", "Shelling Kills Two\n\n2022.09.14\n\nShelling killed two people on Tuesday.\n",
     date(2022, 9, 14), "text", "", "Shelling killed"),
    # a thread of posts, each ending in its time stamp: the posts after the first dated one are the body
    ("thread.txt", "Thread on the dam fighting\n\nJane Roe\n@janeroe\n\n1/\nWhat I am hearing from the front this "
     "morning, in one thread, about the fighting around the dam and the villages near it.\n8:05 AM · Jan 14, 2025\n\n"
     "2/\nLast night SNA factions attacked SDF positions on the eastern approach to the dam, and the SDF says the "
     "attack was repelled after five hours.\n8:09 AM · Jan 14, 2025\n", date(2025, 1, 14), "text", "",
     "2/ Last night SNA factions"),
    # no space after the comma
    ("jt.txt", "Army Kills Smugglers\n\nBy JT - Mar 14,2022 - Last updated at Mar 14,2022\n\nBorder Guards on Sunday "
     "killed four smugglers.\n", date(2022, 3, 14), "text", "JT", "Border Guards"),
    # a date with its month and weekday named in another language (month_names.csv, weekday_names.csv)
    ("tr.txt", "Shelling Kills Two\n\nÇarşamba, 14 Eylül 2022 10:32\n\nShelling killed two people on Tuesday.\n",
     date(2022, 9, 14), "text", "", "Shelling killed"),
    ("ar.txt", "Shelling Kills Two\n\nالأربعاء 14 سبتمبر 2022\n\nShelling killed two people on Tuesday.\n",
     date(2022, 9, 14), "text", "", "Shelling killed"),
    ("lev.txt", "Shelling Kills Two\n\n14 تشرين الأول 2022\n\nShelling killed two people on Tuesday.\n",
     date(2022, 10, 14), "text", "", "Shelling killed"),
    ("es.txt", "Shelling Kills Two\n\n14 de septiembre de 2022\n\nShelling killed two people on Tuesday.\n",
     date(2022, 9, 14), "text", "", "Shelling killed"),
    ("de.txt", "Shelling Kills Two\n\n14. September 2022\n\nShelling killed two people on Tuesday.\n",
     date(2022, 9, 14), "text", "", "Shelling killed"),
    # a Spanish agency's dateline: the city, the date, the agency in brackets, then ".-"
    ("efe.txt", "Raids Kill Civilians\n\nEFE | 27 May 2019 | 13:05 CET\n\nBeirut, May 27 (EFE).- Warplanes bombed a "
     "market on Sunday.\n", date(2019, 5, 27), "text", "EFE", "Warplanes bombed"),
    # a site's long menu line above the date line does not end the header
    ("menu.txt", "Asia Times Online :: Middle East News\n\nFront Page | Greater China | China Business | South Asia | "
     "Southeast Asia | Japan | Korea | Central Asia | Middle East | Global Economy | Asian Economy | Opinion | Book "
     "Reviews | Letters | Forums | Search | Subscribe | Archives | About Us | Advertising | Contact Us | Careers | "
     "Terms | Privacy | Feeds | Newsletters | Podcasts | Video | Photos | Sports | Weather | Travel\n\n"
     "        Middle East\n        Aug 9, 2012\n\nSiege Tests the Rebels\nBy Jane Roe\n\nBEIRUT - On Wednesday, "
     "government tanks pushed into the Salaheddin district.\n", date(2012, 8, 9), "text", "Jane Roe", "On Wednesday"),
    # two hyphens and no space after the city
    ("weekly.md", "# Strikes Hit Militias\n\nSeptember 19, 2020\n\nBEIRUT--Air strikes hit positions of militias on "
     "Tuesday.\n", date(2020, 9, 19), "text", "", "Air strikes"),
    # the agency in brackets first, then the city and the date
    ("ansa.txt", "Strike Kills Two\n\nANSA.it | 5 October 2016\n\n(ANSA) - Rome, October 5 - Two civilians were killed "
     "on Tuesday.\n", date(2016, 10, 5), "text", "ANSA.it", "Two civilians"),
    # a city with a full stop, a day before its month, an agency between slashes
    ("ifx.txt", "Attack Kills Four\n\nMOSCOW. Dec 1, 2024 (Interfax) - Four soldiers were killed on Sunday.\n",
     date(2024, 12, 1), "dateline", "Interfax", "Four soldiers"),
    ("afp.txt", "Attack Kills Four\n\nBeirut, 1 December 2024 (AFP) - Four soldiers were killed on Sunday.\n",
     date(2024, 12, 1), "dateline", "AFP", "Four soldiers"),
    ("tass.txt", "Attack Kills Four\n\nMOSCOW, December 1, 2024. /TASS/. Four soldiers were killed on Sunday.\n",
     date(2024, 12, 1), "dateline", "TASS", "Four soldiers"),
    # a standfirst above the byline and date is no part of the story, nor does it hide the date below it
    ("svd.txt", "Paper | Daily\n\nSoldiers wounded as the war escalates\n\nTurkey struck back at Syrian government forces "
     "after one of its observation posts came under fire. At the same time the bombing of the province continues, "
     "and the flow of people towards the Turkish border shows no sign of slowing, aid groups say.\n\nTT\nPublished 15 Feb 2020 at 14.32\n"
     "Updated 15 Feb 2020 at 16.05\n\nShare | Save\n\nThree soldiers were wounded on Friday when government forces "
     "shelled an observation post near Taftanaz.\n", date(2020, 2, 15), "text", "", "Three soldiers"),
    # an Italian agency's dateline: the city, the day and the time, then the agency in brackets
    ("nova.txt", "Raids on Militias\n\n03 February 2024 11:26\n\nBeirut, 03 Feb 11:26 - (Agenzia Nova) - US forces "
     "carried out air raids late yesterday evening.\n", date(2024, 2, 3), "text", "Agenzia Nova", "US forces"),
    # the cities a paper's reporters filed from, joined by a slash
    ("std.txt", "Attack Kills Four\n\n1 December 2024\n\nDamascus/Moscow \u2013 Four soldiers were killed on Sunday.\n",
     date(2024, 12, 1), "text", "", "Four soldiers"),
    ("std.txt", "Attack Kills Four\n\n1 December 2024\n\nBeirut / Ankara - Four soldiers were killed on Sunday.\n",
     date(2024, 12, 1), "text", "", "Four soldiers"),
    # a Gulf agency's dateline: the Hijri date, then the Gregorian one, then the agency
    ("spa.txt", "Army Pounds Aleppo\n\nBeirut, Ramadan 12, 1433, Jul 31, 2012, SPA -- Regime forces pounded Aleppo on "
     "Monday.\n", date(2012, 7, 31), "dateline", "SPA", "Regime forces pounded"),
    # a short story whose only date line closes it: the story is the body, not header lines
    ("closing.txt", "Army Shells Ariha\n\nOn Monday, the army shelled the town of Ariha, killing two civilians.\n\n"
     "Published on 5 June 2021 by Levant Wire\n", date(2021, 6, 5), "text", "Levant Wire", "On Monday, the army"),
    # a US site's numeric date, month first: its weekday says so; without one, day first
    ("drupal.txt", "Army Shells Ariha\n\nSat, 06/05/2021 - 10:30\n\nThe army shelled Ariha on Friday.\n",
     date(2021, 6, 5), "text", "", "The army shelled"),
    ("thu.txt", "Army Shells Ariha\n\nThu, 06/05/2021 - 10:30\n\nThe army shelled Ariha on Friday.\n",
     date(2021, 5, 6), "text", "", "The army shelled"),
    # with no weekday beside it, the reading whose day, or the day before, the lede names is the date
    ("wfp.md", "Kurds Hold Kobani\n\nPosted: 11/5/2014 10:41 AM | Last Modified: 11/5/2014 1:26 PM\n\nBEIRUT - "
     "Kurdish fighters beat back an assault late Tuesday, an activist group said Wednesday.\n", date(2014, 11, 5),
     "text", "", "Kurdish fighters"),
    ("uk.md", "Kurds Hold Kobani\n\nPosted: 5/11/2014 10:41\n\nKurdish fighters beat back an assault late Tuesday, "
     "an activist group said on Wednesday.\n", date(2014, 11, 5), "text", "", "Kurdish fighters"),
    ("none.md", "Kurds Hold Kobani\n\nPosted: 5/11/2014 10:41\n\nKurdish fighters beat back an assault, an activist "
     "group said.\n", date(2014, 11, 5), "text", "", "Kurdish fighters"),
    # an Indian agency's copy of a wire story: the story's first word follows the agency's bracket
    ("pti.txt", "FGN31\nSYRIA-VIOLENCE\nWednesday, August 22, 2012 18:40 IST\n\nTanks pound Aleppo\n\nBeirut, Aug 22 "
     "(AFP) Syrian tanks pounded Aleppo today.\n", date(2012, 8, 22), "text", "AFP", "Syrian tanks pounded"),
    # a news database's header block with its copyright line above the body
    ("db.txt", "Militants Shell Aleppo\n\nWire: Military Newswire\n455 words\n7 June 2016\n14:21\nWire\nEnglish\n"
     "(c) 2016 Wire Information Services. All rights reserved.\n\nMOSCOW. June 7 (Wire) - Militants shelled "
     "residential quarters of Aleppo on Monday, killing four civilians.\n", date(2016, 6, 7), "text", "Wire",
     "Militants shelled"),
    # a live feed: its items need not end in a full stop, and the first one starts the body (its time stamp parts items)
    ("feed.txt", "Syria - Live Map\n\nLast update: 29 July 2021 21:40\n\nThursday, 29 July 2021\n\n21:17\nIsraeli "
     "jets fired missiles at targets near al-Qusayr in western Homs countryside from Lebanese airspace. SANA: air "
     "defences downed most of the missiles, 2 soldiers were wounded\n\nWednesday, 28 July 2021\n\n22:10\nDrone "
     "attack targeted Erbil airport\n", date(2021, 7, 29), "text", "", "21:17\n\nIsraeli jets"),
    # a state agency's dateline: the city, then the agency
    ("agency.txt", "Army Repels Attack\n\n17 November, 2021\n\nDamascus, SANA- Army units repelled an attack.\n",
     date(2021, 11, 17), "text", "SANA", "Army units"),
    # a roundup's section labels are paragraphs of their own, not the start of the next sentence
    ("roundup.txt", "Daily Toll\n\n13 June 2023\n\nDaraa:\nGunmen shot dead a young man in Tafas.\n",
     date(2023, 6, 13), "text", "", "Daraa:\n\nGunmen shot dead"),
    # a capitalised opening word is no dateline
    ("plain.txt", "Title Line\n\nMeanwhile - the army advanced on July 4, 2023 near Palmyra.\n",
     date(2023, 7, 4), "lead", "", "Meanwhile"),
    # a time in the dateline's brackets is no agency
    ("wire.txt", "Attack Kills Four\n\nJan 20, 2022\n\nBEIRUT, LEBANON (10:15 A.M.) \u2013 Four soldiers were killed.\n",
     date(2022, 1, 20), "text", "", "Four soldiers"),
    # "Published date:" labels the outlet's date
    ("page.txt", "Drone Strike on Car\n\nBy Staff\nPublished date: 28 May 2024 15:42 BST\n\nA drone struck a car.\n",
     date(2024, 5, 28), "text", "Staff", "A drone struck"),
    # "Published time:" and "Edited time:" labels; a labelled date before the section's name
    ("rt.txt", "Jets Hit Workshop\n\nPublished time: 23 Sep, 2021 14:08\nEdited time: 24 Sep, 2021 09:31\n\n"
     "Russian jets hit a workshop on Wednesday.\n", date(2021, 9, 23), "text", "", "Russian jets hit"),
    ("k24.txt", "Drone Strike Near Amuda\n\n date 2023-06-14 Security\n\nA drone struck a vehicle on Tuesday.\n",
     date(2023, 6, 14), "text", "", "A drone struck"),
    # a masthead whose date carries its label
    ("aw.md", "# Incident R1 - Maarrat Misrin\n\n**Airwars** \u00b7 Civilian harm incident assessment \u00b7 "
     "Published 27 April 2020\n\nTwo missiles struck houses on January 28.\n", date(2020, 4, 27), "text", "Airwars",
     "Two missiles struck"),
    # a situation report's title carries its date
    ("sitrep.md", "# Northwest Syria: drone strikes on the rise, 21 September 2022\n\n**Authors:** Jane Roe\n\n"
     "Drones struck two villages on Monday.\n", date(2022, 9, 21), "title", "", "Drones struck"),
    # ISO 8601 with its time, and a year-first date with slashes
    ("iso.txt", "Drone Strike on Car\n\nJane Roe\n2023-06-14T11:32:00+03:00\n\nA drone struck a car.\n",
     date(2023, 6, 14), "text", "", "A drone struck"),
    ("slash.txt", "Drone Strike on Car\n\nJane Roe\n2023/06/14\n\nA drone struck a car.\n",
     date(2023, 6, 14), "text", "", "A drone struck"),
    # a header line no date-line format reads still gives its full date
    ("crumb.txt", "Drone Strike on Car\n\nHome > News > Syria > 14 June 2023\n\nA drone struck a car.\n",
     date(2023, 6, 14), "header", "", "A drone struck"),
    ("written.txt", "Drone Strike on Car\n\nWritten by Hawar staff on 14.06.2023\n\nA drone struck a car.\n",
     date(2023, 6, 14), "header", "", "A drone struck"),
    # a statement dated only under its signature: who signed it is its outlet
    ("statement.txt", "Statement to the public\n\n1- On Saturday, a drone of the occupation struck a car of our "
     "forces near the village of Tell Tamr, and on the same day its artillery shelled the villages around it, "
     "while its mercenaries tried to advance on our positions west of the town and were pushed back.\n\n"
     "General Command of the Syrian Democratic Forces\nJune 26, 2023\n", date(2023, 6, 26), "signature",
     "General Command of the Syrian Democratic Forces", "1- On Saturday"),
    # a byline in parts split by "|", after a notice above the title
    ("blog.md", "This page is an archived copy kept for readers who follow the region; its links may no longer work "
     "and its images are not shown here.\n\n# Cells keep up pressure\n\nBy Jane Roe | May 20, 2025 | @jroe\n\n"
     "Gunmen attacked a checkpoint on Monday.\n", date(2025, 5, 20), "text", "Jane Roe", "Gunmen attacked"),
    ("xinhua.txt", "Army Repels Attack\n\nSource: Xinhua| 2016-11-17 23:08:41|Editor: Jane Roe\n\n"
     "The army repelled an attack on Wednesday.\n", date(2016, 11, 17), "text", "Xinhua", "The army repelled"),
    # a byline and a labelled date on one line; a box named for its share buttons that holds them
    ("gt.html", "<html><body><div class='article'><div class='article_title'>Strikes Hit Depots</div>"
     "<div class='author_share'><span class='byline'>By Global Times</span> <span>Published: Jun 19, 2024 09:12 PM"
     "</span><div class='author_share_right'>Share</div></div><p>The US military carried out airstrikes on Tuesday "
     "near Al Mayadin, hitting weapons depots of Iran-backed groups.</p></div></body></html>",
     date(2024, 6, 19), "text", "Global Times", "The US military"),
    # a reading time or "Released" is a label, no outlet
    ("trt.txt", "Rockets Hit Azaz\n\n2 MIN READ 12 Jul 2023\n\nRockets hit Azaz on Tuesday.\n",
     date(2023, 7, 12), "text", "", "Rockets hit"),
    ("etana.txt", "Southern Syria Update\n\nReleased 11 April 2022\n\nGunmen shot dead a man in Tafas on Monday.\n",
     date(2022, 4, 11), "text", "", "Gunmen shot"),
    # an Azerbaijani agency's dateline: the country, the city, the date, the agency and its reporter between slashes
    ("trend.txt", "Warplanes Bomb Azaz\n\n16 October 2012\n\nAzerbaijan, Baku, Oct. 16 / Trend, S.Mammadova / "
     "Warplanes bombed the town of Azaz on Monday.\n", date(2012, 10, 16), "text", "Trend", "Warplanes bombed"),
    # an Indian agency's dateline: the city, its country in square brackets, the date, the agencies, a colon
    ("ani.txt", "IDF Detains Suspects\n\nJerusalem [Israel], October 9, 2025 (ANI/TPS): Israeli troops detained four "
     "suspects on Wednesday.\n", date(2025, 10, 9), "dateline", "ANI/TPS", "Israeli troops"),
    # a dateline below lines of page furniture the header did not take: the story opens there, the furniture dates it
    ("qna.txt", "Skip to main content\nQatar News Agency\nHome | Local | Arab | International | Economy | Sports | Photos | Video\n"
     "عربي | English | Français\n\nArab\n\nRegime Barrel "
     "Bombs Kill Civilians Date: 26/11/2013 Time: 17:05\n\nIstanbul, November 26 (QNA) - Regime aircraft dropped "
     "barrel bombs on the town of Nabk on Monday.\n", date(2013, 11, 26), "header", "QNA", "Regime aircraft"),
    # a headline with a colon over its date line is no record of fields
    ("qna2.txt", "[Archived copy]\nQatar News Agency\nHome | Local | Arab | International | Economy | Sports | Photos | "
     "Video\nعربي | English | Français\n\nArab\n\nSyrian Coalition: Regime Barrel Bombs Kill Civilians in Qalamoun\n"
     "Date: 26/11/2013   Time: 17:05\n\nIstanbul, November 26 (QNA) - Regime aircraft dropped barrel bombs on the town "
     "of Nabk on Monday, killing at least 11 civilians, the Syrian National Coalition said in a statement today.\n",
     date(2013, 11, 26), "header", "QNA", "Regime aircraft"),
    # only a later edit's date: nearer the report's own than none
    ("edit.txt", "Drone Strike on Car\n\nUpdated: 15 June 2023\n\nA drone struck a car on 2 June 2023.\n",
     date(2023, 6, 15), "updated", "", "A drone struck"),
    # a video agency's script: the day its footage was shot names no outlet and is not the day it was sent
    ("script.txt", "VIDEO NEWS SCRIPT\nSTORY NUMBER: 2020-0303-44791\nHEADLINE: Drones hit Saraqib\n"
     "SHOOTING DATE: 02.03.2020\nDATE: 03.03.2020\nLOCATION: IDLIB, SYRIA\n\nSCRIPT:\n\nDrones struck army positions "
     "around Saraqib on Monday.\n", date(2020, 3, 3), "text", "", "Drones struck"),
    # forums and chat: a time shown as "3 hours ago" with the full time in its title, a chat export's stamp, a
    # post copied with its time under its text, an answer's date
    ("thread.html", "<html><body><span class=\"age\" title=\"2019-08-20T14:03:11\"><a>3 hours ago</a></span>"
     "<div class=\"comment\"><span class=\"commtext\">Warplanes struck a market in Maarat al-Numan on Monday, killing "
     "12 civilians, according to the Syrian Observatory for Human Rights, which said the toll could rise as rescuers "
     "searched the rubble of two buildings.</span></div></body></html>",
     date(2019, 8, 20), "html meta", "", "Warplanes struck"),
    ("export.html", "<html><body><div class=\"pull_right date details\" title=\"14.03.2016 10:22:01\">10:22</div>"
     "<div class=\"text\">Government forces shelled the town of Kafr Nabl on Sunday, killing four civilians, the "
     "Syrian Observatory said.</div></body></html>", date(2016, 3, 14), "html meta", "", "Government forces"),
    ("chat.md", "# #syria-news\n\n[14-Mar-16 10:22 AM] desertfox: Government forces shelled the town of Kafr Nabl "
     "on Sunday, killing four civilians.\n[14-Mar-16 10:25 AM] mapnerd: source?\n", date(2016, 3, 14), "lead", "",
     "[14-Mar-16 10:22 AM] desertfox:"),
    ("post.txt", "Levant Desk @levantdesk\nBREAKING: Government forces shelled the town of Kafr Nabl on Sunday, killing "
     "four civilians.\n10:22 AM · Mar 14, 2016\n", date(2016, 3, 14), "text", "", "BREAKING: Government forces"),
    ("answer.txt", "What happened in Kafr Nabl yesterday?\n\nAhmad K., analyst\nAnswered Mar 14, 2016\n\n"
     "Government forces shelled the town of Kafr Nabl on Sunday, killing four civilians.\n", date(2016, 3, 14),
     "text", "", "Government forces"),
    # no byline and no site name for machines: the site the page's <title> names after its headline
    ("release.html", "<html><head><title>Rocket attacks on Kilis | Republic of Turkey Ministry of Foreign Affairs"
     "</title></head><body><p>9 February 2018</p><p>On 8 February 2018, rockets fired from Syria struck residential "
     "areas in Kilis, wounding two civilians. We strongly condemn this attack, which once again targeted innocent "
     "civilians, and we call on the international community to act.</p></body></html>", date(2018, 2, 9), "text",
     "Republic of Turkey Ministry of Foreign Affairs", "On 8 February 2018"),
    # a script pasted into a wiki: its header fields in a Markdown table
    ("script.md", "# Drones hit Saraqib\n\n| Field | Value |\n| --- | --- |\n| STORY NUMBER | 44791 |\n"
     "| DATE | 24.10.2019 |\n| LOCATION | Til Temir |\n\n## Script\n\nMercenaries attacked the village of "
     "al-Asadiya on Wednesday.\n", date(2019, 10, 24), "text", "", "Mercenaries attacked"),
    # a desk's byline names no outlet: the site the page's <title> names does
    ("desk.html", "<html><head><title>Reservist killed near Jubata al-Khashab | The Times of Israel</title></head>"
     "<body><h1>Reservist killed near Jubata al-Khashab</h1><p>By ToI Staff</p><p>15 April 2025</p><p>An Israeli "
     "reservist was killed on Monday when an explosive device detonated next to his patrol near Jubata al-Khashab in "
     "southern Syria, the military said.</p></body></html>", date(2025, 4, 15), "text", "The Times of Israel",
     "An Israeli reservist"),
    # a saved timeline: a post's time stamp holds the day after the clock time, a two-digit year after the month
    ("timeline.html", "<html><body><ol><li><p class=\"tweet-text\">Two mortar shells fired from Syria hit an open "
     "area near Alonei HaBashan in the Golan Heights. No injuries were reported.</p><a class=\"tweet-timestamp\" "
     "title=\"6:41 PM - 12 Dec 12\"><span>6:41 PM - 12 Dec 12</span></a></li></ol></body></html>",
     date(2012, 12, 12), "html meta", "", "Two mortar shells"),
    # a picture agency's record: the day it was uploaded is the page's, the day the picture was taken is no outlet
    ("record.txt", "Rescuers search rubble in Douma\n\nImage ID: D4XK7R\nDate uploaded: 17/10/2013\n\n"
     "Caption\nSyrian men search through the rubble of a market street in Douma after shelling on 15 October 2013.\n",
     date(2013, 10, 17), "text", "", "Caption Syrian men"),
    # an encyclopedia page: its contents list is numbered, not dated ("2. June 2014"); the date it was last edited
    # stands under its references, past where its text ends
    ("wiki.md", "# Timeline of the war (June 2014)\n\nFrom Wikipedia, the free encyclopedia\n\n"
     "The following is a timeline of the war for June 2014, month by month as events were reported.\n\n"
     "## Contents\n\n1. Background\n2. June 2014\n3. References\n\n## June 2014\n\n### 3 June\n\n"
     "Barrel bombs hit the Masaken Hanano district of Aleppo.[1]\n\n## References\n\n"
     "1. ^ \"Barrel bombs hit Aleppo\". Al Jazeera. 3 June 2014.\n\nThis page was last edited on 5 July 2014, at "
     "17:40 (UTC).\n", date(2014, 7, 5), "footer", "", "The following is a timeline"),
])
def test_where_real_pages_put_their_date(tmp_path, name, content, published, published_from, outlet, starts):
    report = read_report(write(tmp_path, name, content), tmp_path)
    assert (report.published, report.published_from, report.outlet) == (published, published_from, outlet)
    assert report.text.startswith(starts)


def test_an_encyclopedia_pages_references_and_footnote_marks_are_not_its_text(tmp_path):
    report = read_report(write(tmp_path, "wiki.md", "# Timeline of the war (June 2014)\n\nPublished 5 July 2014\n\n"
                               "Syrian Air Force helicopters dropped barrel bombs on the Masaken Hanano district of "
                               "Aleppo.[1] Rebels shelled the Old City.[2]\n\n## See also [edit]\n\n"
                               "- Barrel bomb\n\n## References\n\n1. ^ \"Barrel bombs hit Aleppo\". Al Jazeera. 3 June "
                               "2014.\n2. ^ \"Mortars hit Old Damascus\". SANA. 4 June 2014.\n"), tmp_path)
    assert report.text == ("Syrian Air Force helicopters dropped barrel bombs on the Masaken Hanano district of Aleppo. "
                           "Rebels shelled the Old City.")


def test_a_posts_author_line_with_its_day_is_a_paragraph_of_its_own(tmp_path):
    post = ("Hawar News Agency @hawarnews · {day} Sep\n{text}\n{clock} - {day} Sep 2013\nReply   Retweet   Favorite   "
            "More\n41 RETWEETS   12 FAVORITES\n\n")
    posts = "".join(post.format(day=day, clock="7:52 PM", text=f"Clashes went on in Tal Halaf on the {day}th after gangs "
                                                                f"attacked YPG positions at dawn, our correspondent says.")
                    for day in range(16, 10, -1))
    report = read_report(write(tmp_path, "feed.txt", "Hawar News Agency (@hawarnews) | Twitter\n\nTweets\n\n" + posts),
                         tmp_path)
    assert "Hawar News Agency @hawarnews · 13 Sep" in paragraphs(report.text)


def test_a_threads_first_post_over_its_time_stamp_is_the_body(tmp_path):
    """A saved timeline: the first post sits above the first time stamp, under its author's handle; it is the body's
    first post, not the header's (the date line under it dates the page)."""
    content = ("Twitter\nHome   Discover   Connect\n\nHawar News Agency\n@hawarnews\n\nTweets\n\n"
               "Hawar News Agency @hawarnews · 16 Sep\nThousands of people marched in Qamishli today to condemn the "
               "attacks of ISIS gangs on the villages of Ras al-Ain. #Rojava\n7:52 PM - 16 Sep 2013\nReply   Retweet\n\n"
               "Hawar News Agency @hawarnews · 16 Sep\nISIS gangs kidnapped nine Kurdish civilians, two of them women, from a "
               "minibus on the road between Ras al-Ain and Tal Tamr this morning.\n4:30 PM - 16 Sep 2013\nReply   "
               "Retweet\n")
    report = read_bytes(tmp_path, content)
    assert report.published == date(2013, 9, 16)
    assert report.text.startswith("Thousands of people marched in Qamishli today")
    assert "kidnapped nine Kurdish civilians" in report.text


def test_a_picture_records_fields_are_lines_and_its_captions_text(tmp_path):
    """A stock agency's page lists pictures as records of fields; a record's caption is the page's text, a keyword
    list among the fields ends nothing, and an article's lone "Caption: ..." line stays furniture."""
    record = ("Image ID: D4XK9C\nDate taken: 14 October 2013\nLocation: Jobar, Damascus, Syria\nCredit: Archive\n"
              "Caption: Rebel fighters fire from behind sandbags during clashes with government forces in Jobar on "
              "14 October 2013.")
    content = ("Picture Agency\nHome > Live News > Syria\n\nRescuers search rubble in Douma\n\nImage ID: D4XK7R\n"
               "Date uploaded: 17/10/2013\n\nCaption\nSyrian men search through the rubble of a market street in "
               "Douma after shelling on 15 October 2013.\n\nDetails\nDate taken: 15 October 2013\nLocation: Douma\n"
               "Credit: Archive\nModel release: Not required\nKeywords: syria, douma, rubble\n\n"
               "More images from this set\n\n" + record + "\n")
    report = read_bytes(tmp_path, content)
    assert record.splitlines()[-1] in paragraphs(report.text)
    assert "Location: Jobar, Damascus, Syria" in paragraphs(report.text)
    article = ("Shelling in Douma\n\n17 October 2013\n\nSyrian men search through the rubble of a market street in "
               "Douma after shelling on 15 October 2013.\nCaption: Smoke rises over Douma on Tuesday.\n")
    assert "Smoke rises" not in read_bytes(tmp_path, article, "article.txt").text


_CAPTIONS = ("<figure><img src='a.jpg'><figcaption>Rescuers dig through a building in Haydariya hit by barrel bombs "
             "dropped from government helicopters on February 3. The Aleppo Media Center said 17 people were killed. "
             "[Reuters]</figcaption></figure><figure><img src='b.jpg'><figcaption>A boy is treated at a field hospital "
             "after a barrel bomb struck the Masaken Hanano district on February 4. Medics said nine people were "
             "wounded. [AFP]</figcaption></figure>")


@pytest.mark.parametrize("body, captions_kept", [
    # a page of photos with a short introduction: its captions are its story
    ("<p>Helicopters drop crude bombs on the east of the city.</p>" + _CAPTIONS, True),
    ("<p>Helicopters drop crude bombs on the east of the city.</p><div class='gallery'>" +
     _CAPTIONS.replace("figure>", "div>").replace("figcaption>", "p>") + "</div>", True),
    # an article that tells more than its photos' captions: they are furniture
    ("<p>" + " ".join(["Government helicopters dropped barrel bombs on the opposition-held districts of eastern Aleppo "
                       "on Monday, residents said."] * 8) + "</p>" + _CAPTIONS, False),
])
def test_a_gallerys_captions_are_the_text_of_a_page_of_photos(tmp_path, body, captions_kept):
    page = f"<html><body><h1>In Pictures: Aleppo</h1><p>5 February 2014</p>{body}</body></html>"
    report = read_bytes(tmp_path, page, "page.html")
    assert ("Masaken Hanano" in report.text) == captions_kept


def test_a_live_maps_items_without_full_stops_are_all_body(tmp_path):
    # a long line in sentence case is prose, not a header line, though it ends in no full stop
    content = ("Syria - Live Map\n\nLast update: 5 August 2025 19:40\n\nTuesday, 5 August 2025\n\n19:12\nGovernment "
               "forces and the SDF exchanged fire near Deir Hafer, east of Aleppo; the SDF said 2 of its fighters were "
               "wounded\nSource: SDF Press Center\n\n16:40\nIsraeli army force raided al-Rafid in the southern Quneitra "
               "countryside and detained 3 young men, according to local sources\n\nMonday, 4 August 2025\n\n22:10\n"
               "ISIS cell attacked an SDF checkpoint at the entrance of al-Shuhayl in the eastern Deir ez-Zor countryside\n")
    report = read_report(write(tmp_path, "map.txt", content), tmp_path)
    assert report.published == date(2025, 8, 5)
    assert report.text.startswith("19:12\n\nGovernment forces and the SDF")
    assert "Israeli army force raided al-Rafid" in report.text and "ISIS cell attacked" in report.text


@pytest.mark.parametrize("heading", ["LATEST NEWS", "Most Popular", "Most read", "Trending now:"])
def test_a_heading_over_the_sites_other_stories_closes_the_article(tmp_path, heading):
    content = (f"Jets Pound Raqqa\n\n13 June 2017\n\nCoalition jets pounded Raqqa on Monday.\n\n{heading}\n"
               "> Council approves new cycleway\n> Jets sign young defender on two-year deal\n")
    assert read_report(write(tmp_path, "latest.txt", content), tmp_path).text == "Coalition jets pounded Raqqa on Monday."


def test_a_translators_note_with_the_original_title_is_no_report_text(tmp_path):
    content = ("# Raids on Idlib\n\n3 December 2024\n\nWarplanes struck the city of Idlib on Monday.\n\n*English "
               "translation of an article published in French. Original title: « Syrie : raids du régime et de la Russie "
               "sur Idleb »*\n\nThe strikes killed 11 civilians.\n")
    assert read_report(write(tmp_path, "note.md", content), tmp_path).text == \
        "Warplanes struck the city of Idlib on Monday.\n\nThe strikes killed 11 civilians."


def test_a_syndicated_copys_line_naming_the_story_it_first_ran_as_closes_the_article(tmp_path):
    content = ("Army Pounds Daraa\n\n11 August 2021\n\nSyrian government forces pounded Daraa al-Balad on Tuesday.\n\n"
               "Originally published as Syrian army pounds besieged Daraa district; IS ambush kills four\n")
    assert read_report(write(tmp_path, "copy.txt", content), tmp_path).text == \
        "Syrian government forces pounded Daraa al-Balad on Tuesday."


@pytest.mark.parametrize("box", ["video", "video-player", "gallery", "slideshow"])
def test_a_video_or_gallery_box_with_its_caption_is_furniture(tmp_path, box):
    """A South Front title may open on "Video:", but a page's player box and its caption are no report text."""
    page = ("<html><body><article><h1>Bombers strike a column</h1><div class='date'>13 September 2017, 14:20</div>"
            "<p class='lead'>Russian aviation keeps up its support of the offensive.</p>"
            f"<div class='{box}'><img src='https://example.invalid/su34.jpg' alt=''>"
            "<span>Video: Su-34 bombers take off from Hmeimim airbase. Archive footage</span></div>"
            "<div class='article-body'><p>Bombers struck a column near al-Mayadin on Tuesday.</p></div>"
            "</article></body></html>")
    report = read_report(write(tmp_path, "zvezda.html", page), tmp_path)
    assert paragraphs(report.text) == ["Russian aviation keeps up its support of the offensive.",
                                       "Bombers struck a column near al-Mayadin on Tuesday."]


@pytest.mark.parametrize("tag, box", [("h2", "subtitle"), ("p", "standfirst"), ("div", "article-dek"), ("div", "kicker")])
def test_a_headlines_deck_is_no_body_text(tmp_path, tag, box):
    """The story told in brief under its headline is told again by the body: read twice, it is two events."""
    page = ("<html><body><article><div class='kicker'>Security news</div><h1>Israeli jets strike near Damascus</h1>"
            f"<{tag} class='{box}'>Syrian media reported two waves of missiles near Dimas.</{tag}>"
            "<div class='byline'><span class='author'>Eliyahu Baruchi, Middle East affairs correspondent</span>"
            "<time datetime='2022-07-14T08:12:00+03:00'>Thursday, 15 Tammuz 5782 · 14.07.22 · 08:12</time></div>"
            "<p>Israeli jets struck targets near Dimas on Thursday.</p></article></body></html>")
    report = read_report(write(tmp_path, "kikar.html", page), tmp_path)
    assert "two waves" not in report.text and "Israeli jets struck targets near Dimas" in report.text


def test_a_list_of_other_stories_each_with_its_date_is_furniture(tmp_path):
    page = ("<html><body><article><h1>Troops Seize Weapons</h1><p>Published: 08.07.2025</p>"
            "<p>Troops seized weapons near Hader on Monday.</p><section class='related'><h3>Related Articles</h3><ul>"
            "<li><a href='https://example.invalid/a'>Troops locate weapons near Quneitra</a> <span>01.07.25</span></li>"
            "<li><a href='https://example.invalid/b'>Jets strike a depot in southern Lebanon</a> <span>29.06.25</span>"
            "</li></ul></section></article></body></html>")
    report = read_report(write(tmp_path, "idf.html", page), tmp_path)
    assert (report.published, report.text) == (date(2025, 7, 8), "Troops seized weapons near Hader on Monday.")


def test_a_side_column_of_most_read_stories_is_furniture(tmp_path):
    page = ("<html><body><div id='kt_article'><h1>Troops Seize Weapons</h1><p>Published: 08.07.2025</p>"
            "<p>Troops seized weapons near Hader on Monday.</p></div><div id='kt_side'><h3>Most Read</h3><ol>"
            "<li><a href='https://example.invalid/a'>Oil prices steady after OPEC deal</a></li></ol></div>"
            "</body></html>")
    report = read_report(write(tmp_path, "paper.html", page), tmp_path)
    assert report.text == "Troops seized weapons near Hader on Monday."


def test_a_channels_messages_are_its_text_though_their_class_names_a_widget(tmp_path):
    # a messaging app's web preview wraps each post in a "widget_message" element: the posts, not a sidebar
    page = ("<html><body><main class='tgme_channel_history'><div class='tgme_widget_message_service_date'>August 18"
            "</div><div class='tgme_widget_message_wrap'><div class='tgme_widget_message_text'><p>On 17 August, ISIS "
            "militants attacked a convoy on the Palmyra highway, killing 3 servicemen.</p></div></div>"
            "<div class='sidebar-widget'><p>Channels you may like</p></div></main></body></html>")
    report = read_report(write(tmp_path, "channel.html", page), tmp_path)
    assert report.text.endswith("On 17 August, ISIS militants attacked a convoy on the Palmyra highway, killing 3 "
                                "servicemen.")
    assert "Channels you may like" not in report.text


def test_a_feed_dated_only_by_its_posts_is_published_on_the_newest(tmp_path):
    # each post's date line is a paragraph of its own, however the page ran its lines together
    content = ("facebook\nEmail or Phone    Password    Log In\n\nSuwayda 24\n@suwayda24.news · Media/News Company\n"
               "An independent local news network covering Suwayda province. Send us your news and photos in a "
               "private message, and follow the page for news of the province as it happens. Contact us at the "
               "address below for corrections, and read our rules before you comment on any post on this page. "
               "92,418 people like this and 101,230 people follow this page, which has posted the news of the "
               "province's towns and villages every day since the spring of 2014.\n\nPosts\n\nSuwayda 24\nSeptember 20, 2018 at 1:15 PM · 🌐\n"
               "Dozens of relatives of the abductees held a sit-in in front of the governorate building in Suwayda "
               "city today, demanding faster talks for their release.\n\nSuwayda 24\n"
               "September 19, 2018 at 8:05 PM · 🌐\nGunmen kidnapped a young man near the northern entrance of Shahba "
               "this evening as he drove home on the Damascus-Suwayda highway.\n")
    report = read_report(write(tmp_path, "feed.txt", content), tmp_path)
    assert (report.published, report.published_from) == (date(2018, 9, 20), "entries")
    assert "September 19, 2018 at 8:05 PM · 🌐\n\nGunmen kidnapped" in report.text


@pytest.mark.parametrize("head", [
    '<meta property="article:published_time" content="2022-06-08T10:30:00+00:00">',
    '<meta itemprop="datePublished" content="2022-06-08">',
    '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2022-06-08T09:00:00Z"}</script>',
    # a WordPress SEO plugin's graph of nodes
    '<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [{"@type": "WebSite"}, '
    '{"@type": "NewsArticle", "datePublished": "2022-06-08T09:00:00+03:00"}]}</script>',
    # analytics, newsletter and library tags; a name in another case; slashes; eight digits
    '<meta name="parsely-pub-date" content="2022-06-08T10:30:00Z">',
    '<meta name="sailthru.date" content="2022-06-08 10:30:00">',
    '<meta name="PubDate" content="20220608">',
    '<meta name="citation_publication_date" content="2022/06/08">',
    '<meta name="dcterms.created" content="2022-06-08">',
    # the page's own script object, where nothing else gives the date
    '<script>var article = {"articleId": "r1kx00", "dateCreated": "2022-06-08T18:40:11Z"};</script>',
    "<script>dataLayer.push({'section': 'Middle East', 'publishDate': '2022-06-08'});</script>",
])
def test_html_pages_give_their_date_in_markup(tmp_path, head):
    page = (f"<!doctype html><html><head><title>Drone strike</title>{head}</head><body><article>"
            "<h1>Drone strike</h1><p>A drone struck the village on Monday, killing two people.</p></article></body></html>")
    report = read_report(write(tmp_path, "page.html", page), tmp_path)
    assert (report.published, report.published_from, report.status) == (date(2022, 6, 8), "html meta", "ok")


@pytest.mark.parametrize("head, outlet", [
    ('<meta property="og:site_name" content="Amnesty International">', "Amnesty International"),
    ('<script type="application/ld+json">{"@type": "NewsArticle", "publisher": {"@type": "Organization", '
     '"name": "Middle East Monitor"}}</script>', "Middle East Monitor"),
    # a republisher's site is not the outlet whose report it carries
    ('<meta property="og:site_name" content="Global Research">', "Jane Roe"),
])
def test_the_site_name_in_markup_is_the_outlet_over_a_writers_byline(tmp_path, head, outlet):
    page = (f"<!doctype html><html><head><title>Drone strike</title>{head}</head><body><article>"
            "<h1>Drone strike</h1><p>By Jane Roe</p><p>8 June 2022</p>"
            "<p>A drone struck the village on Monday, killing two people.</p></article></body></html>")
    assert read_report(write(tmp_path, "page.html", page), tmp_path).outlet == outlet


def test_a_time_element_dates_the_article(tmp_path):
    page = ('<html><body><article><h1>Drone strike</h1><time datetime="2022-06-08">8 June</time>'
            "<p>A drone struck the village on Monday, killing two people.</p></article></body></html>")
    assert read_report(write(tmp_path, "page.html", page), tmp_path).published == date(2022, 6, 8)


# ---------------------------------------------------------------------------------------
# Safe on any folder: nested archives read, links outside the folder never followed


def test_nested_folders_are_read_and_hidden_ones_listed(tmp_path):
    write(tmp_path, "2020/07/report.txt", GOOD)
    write(tmp_path, ".git/config.txt", GOOD.replace("Palmyra", "Homs"))
    by_path = {r.path: r for r in read_folder(tmp_path)}
    assert by_path["2020/07/report.txt"].status == "ok"
    assert by_path[".git"].status == "skipped" and ".*" in by_path[".git"].error
    assert ".git/config.txt" not in by_path


def test_a_link_to_a_file_outside_the_folder_is_never_read(tmp_path):
    secret = write(tmp_path, "outside/secret.txt", "SECRET LINE that must not be read\n")
    folder = tmp_path / "reports"
    write(folder, "a.txt", GOOD)
    (folder / "x.txt").symlink_to(secret)
    (folder / "inside.txt").symlink_to(folder / "a.txt")
    (folder / "up").symlink_to(tmp_path / "outside", target_is_directory=True)
    by_path = {r.path: r for r in read_folder(folder)}
    assert by_path["x.txt"].status == "skipped" and "outside the input folder" in by_path["x.txt"].error
    assert by_path["x.txt"].text == ""
    assert by_path["up"].status == "skipped"
    assert by_path["inside.txt"].status == "duplicate"  # a link inside is read: the same bytes as a.txt
    assert all("SECRET" not in r.text for r in by_path.values())


def test_plain_date_lines_read_without_dateutil_give_dateutils_date():
    from datetime import datetime
    from itertools import product

    from helpers.ingest.header import _plain_date
    months = ["Jan", "January", "FEBRUARY", "Sep", "Sept", "September", "may", "Mayo", "Monday", "Sat", "AM", "Issue"]
    for month, day, year in product(months, ["0", "01", "9", "29", "30", "31", "32", "45"], ["1000", "2024", "2100"]):
        for phrase in (f"{month} {day}, {year}", f"{day} {month} {year}"):
            try:
                expected = date_parser.parse(phrase, default=datetime(1900, 1, 1)).date()
            except (ValueError, OverflowError):
                expected = None
            assert _plain_date(phrase) in (None, expected), phrase
    assert _plain_date("March 5, 2021") == _plain_date("05 March 2021") == date(2021, 3, 5)

"""Shared test fixtures: the scorer, the hand-coded gold and the invented fixture reports (all inside tests/)."""
import shutil
from pathlib import Path

import pytest

from helpers.analysis import load


FIXTURES = Path(__file__).parent / "fixtures"
# A verbatim copy of ../shared/tools/score.py (see tests/scorer/README.md), so that the tests
# need nothing outside the repository.
SCORER = Path(__file__).parent / "scorer" / "tools" / "score.py"


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    return FIXTURES


# Small hand-made tables in the codebook's schema, for the loader and the views.
TEXT = "Header line.\r\nOn July 2, ISIS attacked.\n\nPro-opposition media claim that up to 10 soldiers were killed."

REPORTS_CSV = """report_id,path,title,outlet,publisher,published,republished,n_chars,status,error
r1,a.txt,A,South Front,Global Research,2020-07-03,2020-07-05,{n},ok,
r2,notes.md,,,,,,0,skipped,ignored
""".format(n=len(TEXT))

EVENTS_CSV = """event_id,report_id,date_start,date_end,date_precision,event_type,sub_event_type,actor1,assoc_actor1,actor2,assoc_actor2,location,admin1,latitude,longitude,geo_precision,evidence,char_start,char_end
r1-E1,r1,2020-07-02,2020-07-02,day,Battles,Armed clash,Islamic State,,Syrian Arab Army,,Homs,Homs,34.73,36.71,1,"On July 2, ISIS attacked.",14,39
r1-E2,r1,2020-06-27,2020-07-03,week,Battles,Armed clash,Islamic State,,Syrian Arab Army,,central Syria,,,,3,x,0,1
"""

start = TEXT.index("Pro-opposition")
CLAIMS_CSV = f"""claim_id,event_id,report_id,category,low,high,phrase,victim,claimant,confirmed,evidence,char_start,char_end
r1-C1,r1-E1,r1,killed_or_injured,,10,up to 10,Syrian Arab Army,pro-opposition media,no,{TEXT[start:]},{start},{len(TEXT)}
"""

MENTIONS_CSV = """report_id,actor,actor_type,surface,date,char_start,char_end
r1,Islamic State,Rebel group,ISIS,2020-07-02,25,29
"""

INCIDENTS_CSV = """incident_id,date_start,date_end,date_precision,event_type,sub_event_type,actor1,actor2,location,admin1,number_of_sources,report_ids,event_ids,killed_or_injured_low,killed_or_injured_best,killed_or_injured_high
I-1,2020-07-02,2020-07-02,day,Battles,Armed clash,Islamic State,Syrian Arab Army,Homs,Homs,1,r1,r1-E1,10,10,10
I-2,2020-06-27,2020-07-03,week,Battles,Armed clash,Islamic State,Syrian Arab Army,central Syria,,1,r1,r1-E2,,,
"""


def write_processed(folder):
    (folder / "text").mkdir(parents=True, exist_ok=True)
    for name, body in (("reports.csv", REPORTS_CSV), ("events.csv", EVENTS_CSV), ("casualties.csv", CLAIMS_CSV),
                       ("actor_mentions.csv", MENTIONS_CSV), ("incidents.csv", INCIDENTS_CSV)):
        (folder / name).write_text(body, encoding="utf-8")
    with open(folder / "text" / "r1.txt", "w", encoding="utf-8", newline="") as f:
        f.write(TEXT)
    return folder


@pytest.fixture
def processed(tmp_path):
    return write_processed(tmp_path / "processed")


@pytest.fixture
def t(processed):
    return load.load_tables(processed)


def edited_copy(source: Path, tmp_path: Path, name: str, old: str, new: str) -> Path:
    """A copy of a data folder in which file `name` has `old` replaced by `new` (once)."""
    folder = tmp_path / source.name
    shutil.copytree(source, folder)
    text = (folder / name).read_text(encoding="utf-8")
    assert old in text, f"{name} no longer holds {old!r}: the test would change nothing"
    (folder / name).write_text(text.replace(old, new, 1), encoding="utf-8")
    return folder


def clear_lexicon_caches() -> None:
    """Forget the loaded lexicon, so that a test's edited copy of data/lexicon is read."""
    from helpers.extract import house_voice, lexicon
    for value in [*vars(lexicon).values(), *vars(house_voice).values()]:
        if hasattr(value, "cache_clear"):
            value.cache_clear()

"""End to end: reports in, rows out, scored against hand-coded gold with the shared scorer."""
import csv
from collections import Counter
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from helpers import paths
from helpers.tables.build import build
from helpers.extract.report import extract
from helpers.ingest import read_report
from tests.conftest import FIXTURES, SCORER
from tests.link_score import link_scores


def _score(gold: Path, out: Path, *minimums: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(SCORER), str(gold), str(out), *minimums],
                          capture_output=True, text=True)


@pytest.fixture(scope="module")
def seeds_out(tmp_path_factory):
    out = tmp_path_factory.mktemp("seeds")
    build(paths.REPORTS_DIR, out, quiet=True)
    return out


@pytest.fixture(scope="module")
def fixtures_out(tmp_path_factory):
    out = tmp_path_factory.mktemp("fixtures")
    build(FIXTURES / "reports", out, quiet=True)
    return out


def test_seeds_score_at_least_0_9(seeds_out):
    result = _score(FIXTURES / "seeds" / "gold", seeds_out, "--min-event-f1", "0.9",
                    "--min-claim-f1", "0.9")
    assert result.returncode == 0, result.stdout + result.stderr


def test_july_2020_real_reports_score_at_least_the_first_run(seeds_out):
    """Real reports from outlets the rules were not written beside (tests/fixtures/july2020/README.md).
    First run: events 0.08, claims 0.60 (the honest estimate, in the README); the minimums are the
    figures after the general fixes of the reading-real-news work, rounded down to 0.05, never lowered."""
    result = _score(FIXTURES / "july2020" / "gold", seeds_out, "--min-event-f1", "0.9", "--min-claim-f1", "1.0")
    assert result.returncode == 0, result.stdout + result.stderr


def test_real_reports_without_events_give_few(seeds_out):
    """The scorer only scores reports with gold events; the 13 that the coders found none in
    (diplomacy, elections, COVID-19) gave 4 events on the first run, 3 after the fixes."""
    gold = pd.read_csv(FIXTURES / "july2020" / "gold" / "events.csv", dtype=str)
    reports = pd.read_csv(seeds_out / "reports.csv", dtype=str).fillna("")
    empty = reports[~reports.path.isin(set(gold.file)) & ~reports.path.str.match(r"\d{3}_") & (reports.status != "skipped")]
    events = pd.read_csv(seeds_out / "events.csv", dtype=str)
    assert len(empty) == 14
    assert events.report_id.isin(set(empty.report_id)).sum() <= 3


@pytest.mark.parametrize("folder, events, claims", [
    ("outlets", "0.85", "0.9"),  # first run: events 0.60, claims 0.63
    ("outlets2", "0.95", "0.9"),  # first run: events 0.56, claims 0.83
    ("linking", "0.95", "0.85"),  # first run: events 0.68, claims 0.75
    ("heldout2", "0.85", "0.95"),  # held out, first run: events 0.50, claims 0.83
    ("outlets3", "0.9", "0.95"),  # first run: events 0.60, claims 0.85
    ("heldout3", "0.9", "0.9"),  # held out, first run: events 0.53, claims 0.82
    ("heldout4", "0.95", "0.95"),  # held out, first run: events 0.84, claims 0.77
    ("heldout5", "0.9", "0.95"),  # held out, first run: events 0.55, claims 0.93
    ("heldout6", "0.9", "0.9"),  # held out, never read: events 0.78 on arrival, 0.80 with the finished rules
    ("heldout7", "0.95", "0.9"),  # held out, first run: events 0.71, claims 0.87
    ("heldout8", "0.9", "0.9"),  # held out, read a session later: events 0.65 on arrival and with the finished rules
    ("heldout9", "0.9", "0.95"),  # held out, first run: events 0.62, claims 0.86
    ("heldout10", "0.95", "0.95"),  # held out, read after the rules: events 0.83 on arrival, 0.84 with the finished rules
    ("heldout11", "0.95", "0.95"),  # held out, first run: events 0.85, claims 0.91
    ("heldout12", "0.85", "0.95"),  # held out, read after the rules: events 0.76 on arrival and with the finished rules
    ("heldout13", "0.9", "0.95"),  # held out, first run: events 0.85, claims 0.87
    ("heldout14", "0.9", "0.95"),  # held out, read after the rules: events 0.68 on arrival, 0.67 with the finished rules
    ("heldout15", "0.95", "0.95"),  # held out, first run: events 0.85, claims 0.92
    ("heldout16", "0.95", "0.9"),  # held out, unread five sessions: events 0.84 on arrival and with the finished rules, 0.88 now
    ("heldout17", "0.85", "0.95"),  # held out, first run: events 0.83, claims 0.88
    ("heldout18", "0.85", "0.9"),  # held out, read after the rules: events 0.74 on arrival and with the finished rules
    ("heldout19", "0.95", "0.95"),  # held out, first run: events 0.79, claims 0.84
    ("heldout20", "0.9", "0.9"),  # held out, read after the rules: events 0.81 on arrival, 0.83 with the finished rules
    ("heldout21", "0.95", "0.95"),  # held out, first run: events 0.93, claims 0.92
    ("heldout22", "0.95", "0.95"),  # held out, read after the rules: events 0.92 on arrival, 0.91 with the finished rules
    ("heldout23", "0.95", "0.9"),  # held out, first run: events 0.87, claims 0.90 (0.897 after the rules)
    ("heldout24", "0.95", "0.95"),  # held out, read after the rules: events 0.86 on arrival, 0.84 with the finished rules
    ("heldout25", "0.9", "0.95"),  # held out, first run: events 0.85, claims 0.89
    ("heldout26", "0.9", "0.95"),  # held out, read after the rules: events 0.84 on arrival and with the finished rules
    ("heldout27", "0.85", "0.9"),  # held out, first run: events 0.78, claims 0.94
    ("heldout28", "0.9", "0.95"),  # held out, read after the rules: events 0.81 on arrival, 0.84 with the finished rules
    ("heldout29", "0.9", "0.95"),  # held out, read after the rules: events 0.80 on arrival, 0.78 with the finished rules
    ("heldout30", "0.9", "0.9"),  # held out, read a session later: events 0.83 on arrival, 0.82 with the finished rules, 0.91 in session 30
    ("heldout31", "0.9", "0.95"),  # held out, first run: events 0.83, claims 0.89
    ("heldout32", "0.9", "0.9"),  # held out, never read: events 0.83 on arrival, 0.92 with session 33's rules
    ("heldout33", "0.9", "0.95"),  # held out, first run: events 0.84, claims 0.94
    ("heldout34", "0.9", "0.9"),  # held out, never read: events 0.91 on arrival and with the finished rules
    ("heldout35", "0.9", "0.9"),  # held out, never read: events 0.69 on arrival, 0.87 with the finished rules
    ("heldout36", "0.9", "0.95"),  # held out, first run: events 0.81, claims 0.96
    ("heldout37", "0.85", "0.9"),  # held out, never read: events 0.83 on arrival, 0.87 with the finished rules
    ("heldout38", "0.95", "0.95"),  # held out, first run: events 0.88, claims 0.95
    ("heldout39", "0.95", "0.95"),  # held out, first run: events 0.86, claims 0.91
    ("heldout40", "0.9", "0.9"),  # held out, never read: events 0.90 on arrival and with the finished rules
    ("heldout41", "0.85", "0.95"),  # held out, first run: events 0.79, claims 0.98
    ("heldout42", "1.0", "0.95"),  # held out, first run: events 0.67 (two reports undated), claims 0.95
    ("heldout43", "0.95", "0.9"),  # held out, never read: events 0.92 on arrival, 0.94 with the finished rules, 0.97 (session 38)
    ("heldout44", "0.95", "0.95"),  # held out, first run: events 0.81 (one report's "16/10/14" unread), claims 0.98
    ("heldout45", "0.9", "0.95"),  # held out, never read: events 0.91 on arrival and with the finished rules
    ("heldout46", "0.85", "0.95"),  # held out, never read: events 0.74 on arrival, 0.87 with the finished rules
    ("heldout47", "1.0", "0.95"),  # held out, first run: events 0.84 (one report's date box at its foot unread), claims 0.94
    ("heldout48", "0.95", "0.95"),  # held out, first run: events 0.85 (one report's dateline unread), claims 0.97
    ("heldout49", "0.95", "0.95"),  # held out, never read: events 0.95 on arrival and with the finished rules
    # heldout50: 0.94 since a strike on al-Qasr "in the Hermel district" is its own event, as coded, and the Hermel
    # of "leaving ... the Hermel and Qaa area unusable" shows as an extra
    ("heldout50", "0.9", "0.95"),  # held out, first run: events 0.88, claims 0.95
    ("heldout51", "0.9", "0.95"),  # held out, never read: events 0.80 on arrival, 0.82 with the finished rules
    ("heldout52", "0.95", "0.95"),  # held out, first run: events 0.92, claims 0.97
    ("heldout53", "0.9", "0.9"),  # held out, never read: events 0.86 on arrival and with the finished rules
    ("heldout54", "0.95", "0.95"),  # held out, first run: events 0.85 (one report's "8. 12. 2016" unread), claims 0.96
    ("heldout55", "0.9", "0.95"),  # held out, never read: events 0.91 on arrival and with the finished rules; 0.94 once a bomb that "went off" explodes (session 37)
    ("heldout56", "0.9", "0.95"),  # held out, first run: events 0.75 (one report's date line under a standfirst unread), claims 0.95
    ("heldout57", "0.85", "0.95"),  # held out, never read: events 0.89 on arrival and with the finished rules
    ("heldout58", "0.95", "0.95"),  # held out, first run: events 0.96, claims 0.98
    ("heldout59", "0.95", "0.95"),  # held out, never read: events 0.94 on arrival, 0.95 with the finished rules
    ("heldout60", "0.9", "0.95"),  # held out, first run: events 0.91, claims 0.94
    ("heldout61", "0.9", "0.95"),  # held out, never read: events 0.86 on arrival and with the finished rules, 0.90 later
    ("heldout62", "0.95", "0.95"),  # held out, first run: events 0.75 (one report's month-first date read day first), claims 0.96
    ("heldout63", "0.9", "0.95"),  # held out, never read: events 0.93 on arrival and with the finished rules
    ("heldout64", "0.9", "0.95"),  # held out, first run: events 0.86, claims 0.95
    ("heldout65", "0.85", "0.95"),  # held out, never read: events 0.88 on arrival and with the finished rules
    ("heldout66", "0.9", "0.95"),  # held out, first run: events 0.86, claims 0.98
    ("heldout67", "0.85", "0.95"),  # held out, never read: events 0.86 on arrival and with the finished rules
    ("heldout68", "0.95", "0.95"),  # held out, first run: events 0.86 (a photo's dated credit read as a signature), claims 0.97
    ("heldout69", "0.9", "0.95"),  # held out, never read: events 0.92 on arrival and with the finished rules
    ("heldout70", "0.95", "0.95"),  # held out, first run: events 0.90, claims 0.95
    ("heldout71", "0.85", "0.95"),  # held out, never read: events 0.90 on arrival, 0.93 later; 0.897 once "planes" tells air strikes (session 36)
    ("heldout72", "0.9", "0.9"),  # held out, first run: events 0.86, claims 0.92
    ("heldout73", "0.85", "0.95"),  # held out, never read: events 0.85 on arrival, 0.86 with the finished rules
    ("heldout74", "0.9", "0.95"),  # held out, first run: events 0.83, claims 0.95
    ("heldout75", "0.9", "0.95"),  # held out, never read: events 0.89 on arrival, claims 0.94
    ("heldout76", "0.95", "0.95"),  # held out, first run: events 0.92, claims 0.98
    ("heldout77", "0.85", "0.95"),  # held out, never read: events 0.84 on arrival, claims 0.97
    ("heldout78", "0.95", "0.95"),  # held out, first run: events 0.81, claims 0.99
    ("heldout79", "0.9", "0.95"),  # held out, never read: events 0.88 on arrival, claims 0.95
    ("heldout80", "0.9", "0.9"),  # held out, first run: events 0.84, claims 0.89
    ("heldout81", "0.95", "0.95"),  # held out, first run: events 0.93, claims 0.96
    ("heldout82", "0.9", "0.9"),  # held out, never read: events 0.90 on arrival (0.896), 0.91 in session 30; claims 0.92
    ("heldout83", "0.9", "0.95"),  # held out, first run: events 0.84, claims 0.96
    ("heldout84", "0.9", "0.9"),  # held out, first run: events 0.83, claims 0.91
    ("heldout85", "0.85", "0.95"),  # held out, never read: events 0.85 on arrival (0.853), claims 0.97
    ("heldout86", "0.85", "0.9"),  # held out, first run: events 0.88, claims 0.90
    ("heldout87", "0.7", "0.95"),  # held out, never read: events 0.72 on arrival (P 0.65, R 0.81), claims 0.96
    ("heldout88", "0.9", "0.95"),  # held out, first run: events 0.80, claims 0.96
    ("heldout89", "0.75", "0.85"),  # held out, never read: events 0.76 on arrival (P 0.85, R 0.69), claims 0.85
    ("heldout90", "0.9", "0.95"),  # held out, first run: events 0.85, claims 0.95
    ("heldout91", "0.8", "0.9"),  # held out, first run: events 0.41, claims 0.79 (feeds of posts read as header)
    ("heldout92", "0.85", "0.9"),  # held out, first run: events 0.77, claims 0.92
    ("heldout93", "0.6", "0.9"),  # held out, never read: events 0.54 on arrival (P 0.54, R 0.54), claims 0.88
    ("heldout94", "0.85", "0.9"),  # held out, first run: events 0.73 (one report cut to its contents page), claims 0.83
    ("heldout95", "0.9", "0.95"),  # held out, never read: events 0.89 on arrival (P 0.85, R 0.92), claims 0.98
    ("heldout96", "0.6", "0.8"),  # held out, never read: forums and chats, events 0.44 on arrival, claims 0.78
    ("heldout97", "0.9", "0.95"),  # held out, first run: video agencies' scripts, events 0.79, claims 0.98
    ("heldout98", "0.9", "0.9"),  # held out, never read: machine-translated pages, events 0.91 on arrival, claims 0.92
    ("heldout99", "0.9", "0.9"),  # held out, first run: official statements, events 0.87, claims 0.83
    ("heldout100", "0.8", "0.95"),  # held out, first run: photo galleries and captions, events 0.61, claims 0.77
    ("heldout101", "0.8", "0.85"),  # held out, never read: fact-checks, events 0.84 on arrival, claims 0.86
    ("heldout102", "0.8", "0.85"),  # held out, first run: obituaries and funeral reports, events 0.71, claims 0.87
    ("heldout103", "0.8", "0.85"),  # held out, never read: neighbours' local news of the border, events 0.79 on arrival, claims 0.89
    ("heldout104", "0.8", "0.8"),  # held out, first run: first-person and interview accounts, events 0.64, claims 0.74
    ("heldout105", "0.75", "0.9"),  # held out, never read: wire stories' versions and updates, events 0.79 on arrival, claims 0.90
    ("heldout106", "0.85", "0.95"),  # held out, first run: chronologies and timelines, events 0.62, claims 0.92
    ("heldout107", "0.8", "0.8"),  # held out, never read: social media and forum posts, events 0.81 on arrival, claims 0.82
    ("heldout108", "0.9", "0.95"),  # held out, first run: live blogs and rolling coverage, events 0.85, claims 0.93
    ("heldout109", "0.7", "0.9"),  # held out, never read: opinion, analysis and editorial columns, events 0.75 on arrival, claims 0.91
    ("heldout110", "0.9", "0.85"),  # held out, first run: letters to the UN and parties' incident lists, events 0.87, claims 0.90
    ("heldout111", "0.3", "0.5"),  # held out, never read: court, trial and legal documents, events 0.31 on arrival, claims 0.51
    ("heldout112", "0.95", "0.95"),  # held out, first run: security and travel-risk alerts, events 0.79, claims 0.97
    ("heldout113", "0.85", "0.85"),  # held out, never read: faith, diaspora and minority outlets, events 0.86, claims 0.88
    ("heldout114", "0.7", "0.9"),  # held out, first run: defence trade press and equipment-loss lists, events 0.63, claims 0.94
    ("heldout115", "0.85", "0.9"),  # held out, never read: business, energy and transport news, events 0.87, claims 0.94
])
def test_reports_in_other_outlets_styles_score_at_least_the_after_fix_figures(tmp_path, folder, events, claims):
    """Invented reports in other outlets' styles (each folder's README), coded by sessions that never
    saw the rules; gated at the figures after the general fixes, rounded down to 0.05."""
    build(FIXTURES / folder / "reports", tmp_path, quiet=True)
    # a rule that raises loses its report's events quietly (status error): no report of a gold set may raise
    with open(tmp_path / "reports.csv", encoding="utf-8", newline="") as f:
        failed = [(r["path"], r["error"]) for r in csv.DictReader(f) if r["status"] == "error"]
    assert failed == []
    result = _score(FIXTURES / folder / "gold", tmp_path, "--min-event-f1", events, "--min-claim-f1", claims)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("folder", [FIXTURES, FIXTURES / "heldout", FIXTURES / "blind", FIXTURES / "final"],
                         ids=["fixtures", "heldout", "blind", "final"])
def test_invented_reports_score_at_least_0_9(tmp_path, folder):
    """Invented reports about other places, days and groups, coded by hand without the extractor."""
    build(folder / "reports", tmp_path, quiet=True)
    result = _score(folder / "gold", tmp_path, "--min-event-f1", "0.9", "--min-claim-f1", "0.9")
    assert result.returncode == 0, result.stdout + result.stderr


def test_analysis_only_report_has_no_events(fixtures_out):
    reports = pd.read_csv(fixtures_out / "reports.csv", dtype=str).fillna("")
    analysis = reports[reports.path.str.startswith("106_")].iloc[0]
    assert analysis.status == "no_events" and analysis.error
    for table in ("events", "casualties"):
        rows = pd.read_csv(fixtures_out / f"{table}.csv", dtype=str)
        assert analysis.report_id not in set(rows.report_id)


@pytest.mark.parametrize("table", ["events", "casualties", "actor_mentions"])
def test_every_row_traces_to_its_words_in_the_cleaned_text(seeds_out, fixtures_out, table):
    for out in (seeds_out, fixtures_out):
        rows = pd.read_csv(out / f"{table}.csv", dtype=str, keep_default_na=False)
        assert len(rows)
        column = "surface" if table == "actor_mentions" else "evidence"
        for row in rows.itertuples():
            text = (out / "text" / f"{row.report_id}.txt").read_text(encoding="utf-8")
            assert text[int(row.char_start):int(row.char_end)] == getattr(row, column)


def test_claims_point_at_events_of_their_report(seeds_out, fixtures_out):
    for out in (seeds_out, fixtures_out):
        events = pd.read_csv(out / "events.csv", dtype=str)
        claims = pd.read_csv(out / "casualties.csv", dtype=str)
        known = set(zip(events.event_id, events.report_id))
        assert all((c.event_id, c.report_id) in known for c in claims.itertuples())


def test_contested_claims_stay_side_by_side(seeds_out):
    """Seed 2: pro-opposition 'at least 20 soldiers killed' and pro-government 'up to 10 ISIS members'
    are two rows of one event, not one merged number."""
    claims = pd.read_csv(seeds_out / "casualties.csv", dtype=str, keep_default_na=False)
    same_event = claims.groupby("event_id").claimant.nunique()
    contested = claims[claims.event_id.isin(same_event[same_event > 1].index)]
    assert {"pro-opposition sources", "pro-government sources"} <= set(contested.claimant)


def test_actor_mentions_match_the_hand_coded_list(fixtures_out):
    reports = pd.read_csv(fixtures_out / "reports.csv", dtype=str)
    files = dict(zip(reports.report_id, reports.path))
    got = pd.read_csv(fixtures_out / "actor_mentions.csv", dtype=str)
    predicted = Counter((files[r.report_id], r.actor, r.surface) for r in got.itertuples())
    with open(FIXTURES / "gold" / "actor_mentions.csv", encoding="utf-8") as f:
        gold = Counter((r["file"], r["actor"], r["surface"]) for r in csv.DictReader(f))
    hits = sum((predicted & gold).values())
    recall, precision = hits / sum(gold.values()), hits / sum(predicted.values())
    assert recall >= 0.9 and precision >= 0.9, (recall, precision, gold - predicted, predicted - gold)


def test_report_without_a_date_line_extracts_undated_rows(tmp_path):
    report = tmp_path / "undated.txt"
    report.write_text("Clashes\n\nISIS cells attacked army positions near Palmyra. Two soldiers were killed.\n",
                      encoding="utf-8")
    result = extract(read_report(report, tmp_path))
    assert result.report.status == "no_date"
    assert [e.date_start for e in result.events] == [None]
    assert [(c.category, c.low) for c in result.claims] == [("killed", 2)]


def test_same_report_gives_identical_rows():
    report = read_report(paths.REPORTS_DIR / "000_4332192d60249b63.txt", paths.REPORTS_DIR)
    assert extract(report) == extract(report)


# --- incidents: one happening told by several reports ----------------------------------------

def test_seeds_tell_the_2_july_eastern_homs_attack_as_one_incident_with_two_sources(seeds_out):
    reports = pd.read_csv(seeds_out / "reports.csv", dtype=str).fillna("")
    seeds = set(reports[reports.path.str.match(r"00[02]_")].report_id)
    incidents = pd.read_csv(seeds_out / "incidents.csv", dtype=str).fillna("")
    attack = incidents[(incidents.date_start == "2020-07-02") & (incidents.location == "eastern Homs")
                       & (incidents.event_type == "Battles")]
    assert len(attack) == 1
    assert attack.iloc[0].number_of_sources == "2" and set(attack.iloc[0].report_ids.split(";")) == seeds
    events = pd.read_csv(seeds_out / "events.csv", dtype=str)
    assert (events.incident_id == attack.iloc[0].incident_id).sum() == 2


def test_the_bundled_month_links_as_its_gold_does(seeds_out):
    """Every link of the July 2020 reports and the seeds, scored end to end against the incident
    column of both golds (one link: the seeds' 2 July attack). First run: 1 of 1, no wrong link."""
    scores = link_scores(seeds_out, FIXTURES / "july2020" / "gold", FIXTURES / "seeds" / "gold")["end_to_end"]
    assert scores["precision"] >= 0.9 and scores["recall"] >= 0.9, scores


def test_invented_coverage_of_one_week_by_fifteen_outlets_links_as_coded(tmp_path):
    """tests/fixtures/linking: 15 invented reports, 12 happenings told by 2-4 of them, and near misses,
    coded by a session that never saw the rules. First run (README): linking F1 0.88, end to end 0.67;
    gated at the issue's target (0.90) and at the end-to-end figure after the general fixes, rounded
    down to 0.05."""
    build(FIXTURES / "linking" / "reports", tmp_path, quiet=True)
    scores = link_scores(tmp_path, FIXTURES / "linking" / "gold")
    assert scores["linking"]["precision"] >= 0.95, scores
    assert scores["linking"]["f1"] >= 0.9 and scores["end_to_end"]["f1"] >= 0.85, scores


def test_a_roundups_lead_date_dates_its_items(tmp_path):
    """A monitor's daily roundup names the day once, in its lead; the items below it happened that day."""
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "roundup.txt").write_text(
        "Daily death toll | 2 people killed on Thursday\n\n8 September 2022\n\n"
        "SOHR has documented the death of 2 people across Syrian territory on Thursday, September 8, 2022, as follows:\n\n"
        "Daraa:\nUnidentified gunmen shot dead a young man near Al-Harak town in the eastern countryside of Daraa.\n\n"
        "Idlib:\nA civilian was killed when regime forces shelled the town of Sarmin.\n", encoding="utf-8")
    build(folder, tmp_path / "out", quiet=True)
    events = pd.read_csv(tmp_path / "out" / "events.csv", dtype=str)
    assert len(events) == 2
    assert set(events.date_start) == set(events.date_end) == {"2022-09-08"}
    assert set(events.date_precision) == {"day"}

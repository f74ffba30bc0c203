"""Casualty claims by codebook section 6, from the hand-written table tests/fixtures/cases/claims.csv.

Each row gives a sentence, the sides of the event it belongs to and one expected claim; a
sentence that must give no claim has category "none".
"""
import csv
from collections import defaultdict
from datetime import date

import pytest

from helpers.extract.actors import find_actor_mentions
from helpers.extract.house_voice import outlet_claimant
from helpers.extract.claims import mention_claims, sentence_claims
from helpers.extract.report import analyse_sentences, extract
from helpers.records import Event, Report, Sentence
from tests.conftest import FIXTURES

ROWS = list(csv.DictReader(open(FIXTURES / "cases" / "claims.csv", encoding="utf-8")))
BY_SENTENCE = defaultdict(list)
for row in ROWS:
    BY_SENTENCE[(row["sentence"], row["sides"])].append(row)


def _event(sides: str) -> Event:
    actor1, _, actor2 = sides.partition(";")
    return Event("E1", "R1", None, None, "", "Battles", "Armed clash", actor1, (), actor2, (), "", "", None, None,
                 None, "", 0, 0)


# The table's sentences come from reports of 2021-2022; "in 2021" is history for a report of mid-2022.
PUBLISHED = date(2022, 6, 30)


def _claims(sentence: str, sides: str):
    """What the build does with the sentence, read as a report of its own."""
    report = Report(report_id="T", path="t.txt", published=PUBLISHED, text=sentence)
    analysed, actors = analyse_sentences(report)
    return [c for s in analysed for c in mention_claims(sentence, s, actors, _event(sides), "unattributed")]


# Phrases keep the report's words; the seed gold lowercases a sentence-initial "At least", so case is not compared.
def _expected(row):
    return (row["category"], row["low"], row["high"], row["phrase"].lower(), row["victim"], row["claimant"],
            row["confirmed"])


def _got(claim):
    return (claim.category, "" if claim.low is None else str(claim.low), "" if claim.high is None else str(claim.high),
            claim.phrase.lower(), claim.victim, claim.claimant, claim.confirmed)


@pytest.mark.parametrize("key", list(BY_SENTENCE), ids=[k[0][:60] for k in BY_SENTENCE])
def test_sentence_gives_its_claims(key):
    rows = BY_SENTENCE[key]
    expected = sorted(_expected(r) for r in rows if r["category"] != "none")
    assert sorted(_got(c) for c in _claims(*key)) == expected


def test_claim_evidence_is_the_sentence():
    sentence = "At least 5 militants were killed."
    (claim,) = _claims(sentence, "Syrian National Army;Syrian National Army")
    assert (claim.evidence, claim.char_start, claim.char_end) == (sentence, 0, len(sentence))


@pytest.mark.parametrize("outlet, claimant", [
    ("South Front", "unattributed"), ("Syrian Observatory for Human Rights", "Syrian Observatory for Human Rights"),
    ("Amnesty International", "Amnesty International"), ("Syrians for Truth and Justice", "Syrians for Truth and Justice"),
    ("Médecins Sans Frontières", "Médecins Sans Frontières"),
    ("MINISTRY OF DEFENCE OF THE RUSSIAN FEDERATION", "Russian Defense Ministry"),
    # an aid agency that documents what it tells (its incident bulletin, its situation report) stands behind it
    ("INSO", "International NGO Safety Organisation"), ("Physicians for Human Rights", "Physicians for Human Rights"),
    ("Norwegian Refugee Council", "Norwegian Refugee Council"), ("Save the Children", "Save the Children"),
])
def test_outlet_stands_behind_unattributed_numbers_only_when_a_monitor_or_party(outlet, claimant):
    assert outlet_claimant(outlet) == claimant


@pytest.mark.parametrize("sentence, expected", [
    # a beheading kills
    ("ISIS executioners publicly beheaded two men accused of spying.", [("killed", 2, 2, "Civilians")]),
    # who the counted people were is not more people
    ("Two civilians, a woman and a child, were killed in the shelling.", [("killed", 2, 2, "Civilians")]),
    ("At least eight civilians, among them three children, were killed.", [("killed", 8, None, "Civilians")]),
    ("The blast killed two fighters, including a local commander.", [("killed", 2, 2, "Syrian Democratic Forces")]),
    # a relative clause's verb is not the count's
    ("The bodies of three shepherds, who had gone missing last week, were found near the village.",
     [("killed", 3, 3, "Civilians")]),
    ("The blast near the SDF checkpoint killed five members of one family.", [("killed", 5, 5, "Civilians")]),
    # civilians listed under one harm word are one count, as every coder of the held-out sets counts them
    ("Airstrikes hit the hospital, killing two patients and a nurse.", [("killed", 3, 3, "Civilians")]),
    # a date's year counts no one
    ("The shelling in April 2016 killed 12 people.", [("killed", 12, 12, "Civilians")]),
    # a shared active verb, an elided noun, a toll
    ("The drone struck a car, killing two SDF fighters and a civilian.",
     [("killed", 2, 2, "Syrian Democratic Forces"), ("killed", 1, 1, "Civilians")]),
    ("Four soldiers were killed and 11 were injured.",
     [("killed", 4, 4, "Syrian Arab Army"), ("injured", 11, 11, "Syrian Arab Army")]),
    ("Local sources put the death toll at between 12 and 15.", [("killed", 12, 15, "Civilians")]),
    ("The Observatory has raised its toll for the strike on the market earlier today to 10.",
     [("killed", 10, 10, "Civilians")]),
    ("The White Helmets say the death toll from Tuesday's air strikes on Idlib city has risen to 12.",
     [("killed", 12, 12, "Civilians")]),
    # a family counted together is one number
    ("A man and his ten-year-old daughter were killed and five other civilians were injured.",
     [("killed", 2, 2, "Civilians"), ("injured", 5, 5, "Civilians")]),
    ("The shelling hit Taqad, injuring a woman and her two children.", [("injured", 3, 3, "Civilians")]),
    # a quoted number word still counts
    ('The army said it killed "dozens" of the attackers.', [("killed", 12, None, "Islamic State")]),
    # "its" people are the side named before them
    ("Hezbollah buried two of its fighters killed in the clashes.", [("killed", 2, 2, "Hezbollah")]),
    # ... and so are "the group's" people, as its spokesman tells them
    ("A spokesman for the Syrian National Army said eight of the group's fighters had been killed.",
     [("killed", 8, 8, "Syrian National Army")]),
    # a count named in two words, then the next count of the list
    ("The shelling killed 41 civilian residents and nine members of Hezbollah.",
     [("killed", 41, 41, "Civilians"), ("killed", 9, 9, "Hezbollah")]),
    # a count with no noun before its verb, alone or after another; an ordinal adds one more person
    ("Dozens more were wounded, the monitor added.", [("injured", 12, None, "Civilians")]),
    ("Two men were killed and a third was wounded.", [("killed", 2, 2, "Civilians"), ("injured", 1, 1, "Civilians")]),
    # killing and injuring in one breath is one figure of both
    ("The shells hit a market in Harasta, killing and injuring dozens of civilians.",
     [("killed_or_injured", 12, None, "Civilians")]),
    # a toll whose people and place are named before its figure
    ("The committees put the number of civilians killed in Salaheddine at 23.", [("killed", 23, 23, "Civilians")]),
    # a side that lost people lost them killed; a limb lost is no death
    ("The SDF said its fighters killed 23 ISIS militants and lost three fighters.",
     [("killed", 23, 23, "Islamic State"), ("killed", 3, 3, "Syrian Democratic Forces")]),
    ("A ten-year-old girl lost her leg when the shell hit.", []),
    ("Turkish drones struck the positions, neutralizing 14 fighters.", [("killed", 14, 14, "Syrian Democratic Forces")]),
    # drivers are civilians
    ("The convoy was ambushed, killing three truck drivers.", [("killed", 3, 3, "Civilians")]),
    # customs officers are civil servants, not a side's officers
    ("The shell landed near the border gate, wounding two customs officers.", [("injured", 2, 2, "Civilians")]),
    # two people named one by one are two
    ("Two rockets hit the town, wounding a schoolboy and a street vendor.", [("injured", 2, 2, "Civilians")]),
    # the family the people counted are of counts no one
    ("The White Helmets say three members of one family are killed.", [("killed", 3, 3, "Civilians")]),
])
def test_who_and_how_many(sentence, expected):
    event = _event("Islamic State;Syrian Democratic Forces") if "SDF" in sentence or "fighters" in sentence \
        else _event("Islamic State;Syrian Arab Army") if "soldiers" in sentence else _event("Islamic State;Civilians")
    whole = Sentence(0, len(sentence), sentence, 0)
    got = [(c.category, c.low, c.high, c.victim)
           for c in sentence_claims(sentence, whole, find_actor_mentions(sentence), event, "unattributed")]
    assert got == expected


@pytest.mark.parametrize("sentence, claimant, surface", [
    # "a monitor", as news agencies name the Observatory; the Civil Defence's teams are the Civil Defence
    ("Warplanes pounded eastern Aleppo, killing at least 21 civilians, a monitor said.",
     "Syrian Observatory for Human Rights", "a monitor"),
    ("Civil Defence teams in the city said they had pulled 14 bodies from the rubble.", "Syrian Civil Defence",
     "Civil Defence teams"),
    ("Three civilians were killed in the shelling, the Syrian Civil Defence said.", "Syrian Civil Defence",
     "Syrian Civil Defence"),
    ("Turkey's defence ministry said that 12 militants were neutralised.", "Turkish Ministry of National Defence",
     "Turkey's defence ministry"),
    ("The SDF said that two of its fighters were killed.", "Syrian Democratic Forces", "SDF"),
    ("According to the SDF, up to 6 Turkish-backed militants were killed.", "Syrian Democratic Forces", "the SDF"),
    # the Russian Reconciliation Centre by its shorter name; "the alliance" is the armed group the sentence opens with;
    # a spokesman for a group named with its abbreviation in brackets speaks for it, past an adverb
    ("Two women were wounded, the Russian Reconciliation Centre said.", "Russian Defense Ministry",
     "Russian Reconciliation Centre"),
    # a source quoted by its own side's agency is the agency's, as "told SANA" is (heldout5 point 5); by another, its own
    ("SANA, citing a military source, said five people were killed.", "SANA", "SANA"),
    ("Xinhua, citing a military source, said five people were killed.", "Syrian military source", "military source"),
    # rescue services abroad: named sources, never a place ("Magen David Adom") or Syria's Civil Defence
    ("Two people were wounded, Magen David Adom said.", "Magen David Adom", "Magen David Adom"),
    ("Five people were killed, Gaza's Civil Defence said.", "Gaza Civil Defence", "Gaza's Civil Defence"),
    # a side that speaks as a source is shown under its own name, as coders write it (5 gold claims of the
    # Popular Mobilization Forces, whose fighters are coded as Iranian-backed militias)
    ("Five people were killed, the PMF said.", "Popular Mobilization Forces", "PMF"),
    # a ministry no country names is the home country's (36 gold claims of "the Interior Ministry" name Syria's); a
    # named country's is that country's
    ("Five people were killed, the interior ministry said.", "Syrian Interior Ministry", "interior ministry"),
    ("Five people were killed, the Turkish Interior Ministry said.", "Turkish Interior Ministry",
     "Turkish Interior Ministry"),
    # local activists are the activists coders name (59 gold claims "activists", 6 "local activists"), in their words
    ("According to local activists, five people were killed.", "activists", "local activists"),
    # an armed group's official speaks in its name; the document a source spoke in is not the source
    ("SNA official Hasan Kerim told AA that 21 terrorists were killed.", "Syrian National Army", "SNA official"),
    ("According to a written statement by the Kilis Governor's Office, two citizens were killed.",
     "Kilis Governor's Office", "a written statement by the Kilis Governor's Office"),
    ("Five people were killed.", "unattributed", ""),
    # a source apposed before its say-verb still gives the numbers before it
    ("Seven people were killed, the Syrian Civil Defence, a rescue group also known as the White Helmets, said in "
     "a statement.", "Syrian Civil Defence", "White Helmets"),
    # rescuers who tell it; the monitor described by where it sits and what it does
    ("A Russian airstrike hit a displacement camp near Sarmada, wounding two children, local rescuers said.",
     "local rescuers", "local rescuers"),
    # but a local outlet keeps its name
    ("A man was kidnapped on Friday at the entrance of Shahba, the local Suwayda 24 network reported.", "Suwayda 24",
     "Suwayda 24"),
    ("Syrian troops stormed rebel positions around Morek, killing 11 insurgents, according to the Britain-based "
     "monitoring group.", "Syrian Observatory for Human Rights", "Britain-based monitoring group"),
    # people who tell what they saw keep their words; a source, not where it sits
    ("Residents said five people were killed.", "residents", "Residents"),
    ("Five people were killed, a medical source at the Amude hospital said.", "medical source", "medical source"),
    # an unnamed military source is shown as coders write it (heldout7, 9, 12); a command's statement speaks for its forces
    ("A military source said five people were killed.", "Syrian military source", "military source"),
    ("The official Sana news agency said five people were killed.", "SANA", "official Sana news agency"),
    ("The Local Coordination Committees said five people were killed.", "Local Coordination Committees",
     "Local Coordination Committees"),
    ("The General Command of the Internal Security Forces said five people were killed.", "Asayish",
     "General Command of the Internal Security Forces"),
    # a page's typographic apostrophe, an agency's word for the monitor, state television
    ("Turkey’s defence ministry said that 12 militants were neutralised.", "Turkish Ministry of National Defence",
     "Turkey’s defence ministry"),
    ("Five people were killed, a watchdog said.", "Syrian Observatory for Human Rights", "a watchdog"),
    ("Syrian state television said five people were killed.", "Syrian state media", "Syrian state television"),
    # Turkey's General Staff speaks for its military; a state office and a network are named as written
    ("The Turkish General Staff said that 12 militants were neutralised.", "Turkish military",
     "Turkish General Staff"),
    ("The Health Directorate in Homs said five people were killed.", "Health Directorate", "Health Directorate"),
    ("Local documentation networks counted five people killed.", "local documentation networks",
     "Local documentation networks"),
    # a source at an institution is the institution; an outlet's correspondent; possessives as coders write them
    ("Five people were killed, a source at the Aleppo Police Command told SANA.", "Aleppo Police Command",
     "a source at the Aleppo Police Command"),
    ("A citizen was killed, a source in Homs Governorate said.", "Homs Governorate", "a source in Homs Governorate"),
    ("Five people were killed, Syria TV's correspondent in Idlib said.", "Syria TV correspondent",
     "Syria TV's correspondent"),
    ("Syria's Interior Ministry said five soldiers were killed.", "Syrian Interior Ministry", "Syria's Interior Ministry"),
    ("Five people were killed, according to the hospital's director.", "hospital director", "the hospital's director"),
    ("Five soldiers were killed, an ASL spokesman said.", "Free Syrian Army", "an ASL spokesman"),
    ("Five people were killed, according to the OSDH.", "Syrian Observatory for Human Rights", "OSDH"),
    ("Five soldiers were killed near Kinsabba, Al-Alam reports.", "Al-Alam", "Al-Alam"),
    ("Five soldiers were wounded, a U.S. defense official said.", "US Department of Defense", "U.S. defense official"),
    ("Two people were wounded, the provincial governor's office said.", "provincial governor's office",
     "the provincial governor's office"),
    # a board, a mayor, one activist: sources as local news names them
    ("Three people were wounded, the Kobani health board told Mezopotamya Agency.", "Kobani health board",
     "the Kobani health board"),
    ("A spokeswoman said that two people were wounded.", "spokeswoman", "A spokeswoman"),
    # how the source was heard, or a clause that says who it is, between it and its verb; a citation in brackets
    ("Seven fighters were killed, a YPG spokesman reached by telephone said.", "Syrian Democratic Forces",
     "a YPG spokesman"),
    ("Jordanian military officials who met the group at the border said four people were killed.",
     "Jordanian Armed Forces", "Jordanian military officials"),
    ("Four people were killed in the shelling of Saraqib (SOHR 28/06/2022).", "Syrian Observatory for Human Rights",
     "SOHR"),
    # a state's authorities, aid workers, a camp's manager, refugees the outlet spoke to
    ("Two children were lightly hurt, the Jordanian authorities said.", "Jordanian authorities",
     "the Jordanian authorities"),
    ("Eight civilians were killed, local aid workers told NRC.", "local aid workers", "local aid workers"),
    ("The camp's manager told one of our partners that seven residents were wounded.", "camp manager",
     "The camp's manager"),
    ("Refugees we spoke to put the number of dead at six.", "refugees", "Refugees"),
    # whom a person's apposition says he speaks for; whom the source is close to is no part of its name
    ("Ahmed Khalil, a spokesman for the SDF, told AFP that 17 fighters were killed.", "Syrian Democratic Forces",
     "a spokesman for the SDF"),
    ("Ali Bozkurt, a commander of the Syrian Turkmen Brigades, told Daily Sabah that 17 soldiers were killed.",
     "Syrian Turkmen Brigades", "a commander of the Syrian Turkmen Brigades"),
    ("Kurdish media close to the PYD said five fighters were killed.", "Kurdish media", "Kurdish media"),
    # sources that speak of, write about, admit; whom they told, the outlet or the media; the Turkish army
    ("Kurdish sources speak of 9 killed militants.", "Kurdish sources", "Kurdish sources"),
    ("Militant Telegram channels claim that over 30 soldiers died.", "militant Telegram channels",
     "Militant Telegram channels"),
    ("Two soldiers were wounded, a military medic in Tal Tamr told us.", "military medic", "military medic"),
    ("Five men were detained, local residents told Kurdish media.", "local residents", "local residents"),
    ("The Turkish military said 12 ISIS militants were neutralized in the raids.", "Turkish military",
     "Turkish military"),
    # a side's own description of itself names it
    ("Two fighters were killed, according to the Kurdish-led force.", "Syrian Democratic Forces",
     "the Kurdish-led force"),
    ("Two fighters were killed, the UK Ministry of Defence said.", "UK Ministry of Defence", "UK Ministry of Defence"),
    ("Two fighters were killed, Iran's Revolutionary Guards said.", "Islamic Revolutionary Guard Corps",
     "Iran's Revolutionary Guards"),
    # the Free Army is the Free Syrian Army; what a relative clause says of a source before its verb
    ("A spokesman for the Free Army battalion that carried out the attack told Aks Alser that his men killed five "
     "soldiers.", "Free Syrian Army", "Free Army"),
    ("A woman was killed, the Kurdish-led security forces that guard the camp said.", "Syrian Democratic Forces",
     "Kurdish-led security forces"),
    # whom the source told, named by what they do, is not the source
    ("Six people were killed, the duty officer of the Russian Center for Reconciliation told journalists at the "
     "air base.", "Russian Defense Ministry", "Russian Center for Reconciliation"),
    # whom the source told is not the source, unless it is the agency of the source's own side, which carries its
    # words (heldout5, 6, 10, 11: "a military source told SANA" is SANA's)
    ("Two soldiers were killed, a military source told the official Syrian news agency SANA.", "SANA", "SANA"),
    ("Two soldiers were killed, a military source told the Russian news agency Interfax.", "Syrian military source",
     "military source"),
    ("Two soldiers were killed, a military source told the official news agency of Iran.", "Syrian military source",
     "military source"),
    # a subject set off by its other name opens a clause a conjunction joins; not the clause told before it
    ("Turkish drones struck a power station near Qahtaniyah, and the Kurdish-led Syrian Democratic Forces, or SDF, "
     "say three of its guards were killed.", "Syrian Democratic Forces", "Kurdish-led Syrian Democratic Forces"),
    # the administration that runs the north-east, however it is named
    ("The Autonomous Administration that runs the region said no one was killed there.",
     "Autonomous Administration of North and East Syria", "Autonomous Administration"),
    ("According to the AANES, two workers were killed at the station.",
     "Autonomous Administration of North and East Syria", "AANES"),
    # the monitor under its full name, a governorate's rescuers under the service's, the government as the UN names it
    ("According to the VDC, five people were killed.", "Violations Documentation Center in Syria", "VDC"),
    ("The Idlib Civil Defense reported a higher toll of 13 dead.", "Syrian Civil Defence", "Idlib Civil Defense"),
    ("Mortar rounds hit a school in Jaramana, killing two children, according to the Government of the Syrian Arab "
     "Republic.", "Syrian government", "Government of the Syrian Arab Republic"),
    # "a monitoring group" is how agencies name the Observatory (30 of 32 such gold claims)
    ("Air strikes on a market in Binnish killed at least nine civilians, a monitoring group said.",
     "Syrian Observatory for Human Rights", "a monitoring group"),
    # the victims' families as coders name them, however the report says it
    ("Gunmen shot dead a shepherd near Ariqa on Sunday, a relative told Al-Khabour.", "relatives", "a relative"),
    ("Gunmen abducted a young man from al-Mazraa on Tuesday, his family told Suwayda 24.", "relatives", "his family"),
    # whom a source told may be an outlet with a number in its name: the source still speaks
    ("Gunmen shot dead a shepherd near Ariqa on Sunday, local sources told Suwayda 24.", "local sources",
     "local sources"),
    # an operations room under one name however it is spelt, its name in quotes or not
    ('The "Al-Fateh al-Mubin" operations room said its fighters killed five regime soldiers.',
     "Al-Fath al-Mubin operations room", '"Al-Fateh al-Mubin" operations room'),
    ("According to the Horan Free League, two young men were killed.", "Horan Free Gathering", "Horan Free League"),
    ("Syria's official television gave a lower toll of nine dead.", "Syrian state media", "Syria's official television"),
    # a person named after an inverted verb speaks for the source his post ties him to; a source named first is no person
    ("Air strikes on Binnish killed nine civilians, said Rami Abdel Rahman, head of the Syrian Observatory for Human "
     "Rights.", "Syrian Observatory for Human Rights", "Syrian Observatory for Human Rights"),
    ("Air strikes on Binnish killed nine civilians, said Rami Abdel Rahman of the Observatory.",
     "Syrian Observatory for Human Rights", "the Observatory"),
    ("Air strikes on Binnish killed nine civilians, said Rami Abdel Rahman, who heads the Observatory.",
     "Syrian Observatory for Human Rights", "the Observatory"),
    ("Air strikes on Binnish killed nine civilians, said SANA, the official news agency.", "SANA", "SANA"),
])
def test_one_name_per_source_with_its_words_kept(sentence, claimant, surface):
    (claim,) = _claims(sentence, "Islamic State;Civilians")
    assert (claim.claimant, claim.claimant_surface) == (claimant, surface)


@pytest.mark.parametrize("outlet, sentence, claimant", [
    # the outlet's own correspondent, as coders name one (heldout10, 15 and 76: "Al-Alam correspondent")
    ("Al-Khabour", "Gunmen shelled Hajin on Monday. Our correspondent said four civilians were wounded.",
     "Al-Khabour correspondent"),
    ("Radio Fresh", "Gunmen shelled Hajin on Monday, wounding four civilians, according to our correspondent.",
     "Radio Fresh correspondent"),
    # an outlet the page does not name: the report's own voice
    ("", "Gunmen shelled Hajin on Monday. Our correspondent said four civilians were wounded.", "unattributed"),
])
def test_our_correspondent_is_the_outlets(outlet, sentence, claimant):
    result = extract(Report(report_id="T", path="t.txt", outlet=outlet, published=PUBLISHED, text=sentence))
    assert [c.claimant for c in result.claims] == [claimant]


@pytest.mark.parametrize("text, victim", [
    ("Turkey's defence ministry said its forces had neutralised 13 terrorists in artillery fire on Tal Rifaat on "
     "Wednesday.", "Syrian Democratic Forces"),
    ("Russia's Defence Ministry said its aircraft had killed 20 militants near Idlib on Wednesday.",
     "Hayat Tahrir al-Sham"),
    # the same word in a source that speaks for no side names no one
    ("A war monitor said 13 terrorists were killed in artillery fire on Tal Rifaat on Wednesday.", ""),
    # the armed helpers of a state's forces are not the rebels counted among those they stormed
    ("Syrian troops and Hezbollah fighters stormed the Khalidiya district of Homs on Monday, and a monitor said at "
     "least nine rebel fighters were killed.", ""),
])
def test_a_sides_word_for_its_enemy_names_whose_people_were_counted(text, victim):
    result = extract(Report(report_id="T", path="t.txt", published=PUBLISHED, text=text))
    assert [c.victim for c in result.claims] == [victim]


@pytest.mark.parametrize("text, claims", [
    # one person named by kin with a possessive and no number counts one; listed with a count, joins it
    ("At about noon on Monday a rocket came through the roof of the house in Douma and killed my cousin Hamza.",
     [("killed", 1, "Civilians")]),
    ("On Monday, a Daesh sniper shot my brother dead as we ran across the road in al-Sinaa.",
     [("killed", 1, "Civilians")]),
    ("On Monday, a rocket killed my brother in Douma.", [("killed", 1, "Civilians")]),  # "a rocket ... my brother" no phrase
    ("On Monday, shells hit Douma, killing his wife and two children.", [("killed", 3, "Civilians")]),
    ("On Monday, a man and his son were killed when shells hit Douma.", [("killed", 2, "Civilians")]),
    # a crowd's size counts no one harmed, whatever harm its protest names
    ("On Friday, hundreds of people demonstrated in Idlib to denounce the bombardment, carrying pictures of the dead.",
     []),
    ("Dozens of residents of the town of Hajin took to the streets on Tuesday to protest against the arrest campaigns, "
     "demanding the release of detainees held without charge.",
     []),
    ("On Monday, dozens of protesters were wounded when police fired tear gas in Sweida.",
     [("injured", 12, "Protesters")]),
    # a protest named is no crowd's verb; a number after a crowd counts its people
    ("On Friday night, government forces raided houses in Shahba and arrested many participants of the protests.",
     [("detained", 3, "Protesters")]),
    ("In Deir Ezzor, security forces opened fire on hundreds of protesters who took to the streets after Friday "
     "prayers, killing three, activists said.", [("killed", 3, "Protesters")]),
    # a group's facilitators are its people; a vehicle's passengers are civilians, whoever planted the mine
    ("On Tuesday, US forces detained two suspected ISIS facilitators in a raid near al-Busayrah.",
     [("detained", 2, "Islamic State")]),
    ("On Saturday, gunmen stopped a minibus near al-Rastan and abducted its nine passengers.",
     [("detained", 9, "Civilians")]),
    ("On Saturday, a landmine left by ISIS exploded under a minibus near Hazima, killing four of its passengers.",
     [("killed", 4, "Civilians")]),
    # "another" is one more, as coders count it: in its own count and after a count
    ("On May 26, another SDF fighter was killed in a Turkish drone strike near Qamishli.",
     [("killed", 1, "Syrian Democratic Forces")]),
    ("On Monday, ISIS cells attacked SDF positions near Dhiban. The SDF said its fighters killed one of the attackers "
     "and wounded another.", [("killed", 1, "Islamic State"), ("injured", 1, "Islamic State")]),
    # a count in quotes is still a count of the people named after it
    ("On Monday, coalition strikes near Manbij killed 'dozens' of ISIS fighters, a US defence official said.",
     [("killed", 12, "Islamic State")]),
    # who tells it is no one harmed
    ("On Tuesday, the bodies of two Iraqi women were found in al-Hol camp, a camp official who spoke on condition of "
     "anonymity said.", [("killed", 2, "Civilians")]),
    # "harmed" is killed or injured: a source that says no one of its side was harmed claims neither
    ("On Tuesday, Israeli jets struck an air defence battalion near al-Kiswah. \"The aggression resulted in some "
     "material losses,\" the source said, adding that no soldiers were harmed in the attack.",
     [("killed_or_injured", 0, "Syrian Arab Army")]),
    # a count of a side and its allies is one noun phrase
    ("On Sunday, troops seized the village of Tal Mannas. The Observatory said 19 HTS and allied fighters and 11 "
     "soldiers were killed in the fighting.", [("killed", 19, "Hayat Tahrir al-Sham"), ("killed", 11, "Syrian Arab Army")]),
    # one verb for two counts, an apposition on the first between them
    ("On Sunday, the SDF stormed the old city of Raqqa. The Observatory said four members of the Syrian Democratic "
     "Forces (SDF), the Kurdish-Arab alliance leading the assault, and at least 11 IS fighters were killed.",
     [("killed", 4, "Syrian Democratic Forces"), ("killed", 11, "Islamic State")]),
    # a toll told as "the number of dead civilians at N"
    ("On Monday, air strikes hit Raqqa. An activist group put the number of dead civilians at 23.",
     [("killed", 23, "Civilians")]),
    # a number alone after the harm counts the people of the attack; none harmed where a strike with no target fell
    ("On Sunday, ISIS militants attacked civilians gathering truffles near al-Sukhnah, killing 11, state media said.",
     [("killed", 11, "Civilians")]),
    ("Late on Tuesday, Israeli warplanes fired missiles at targets near al-Dumayr. No casualties were reported.",
     [("killed", 0, "Civilians")]),
    ("On Tuesday, RAF jets struck ISIS militants near Palmyra, the UK Ministry of Defence said. The ministry said two "
     "ISIS fighters were killed and that an assessment found no sign of civilian casualties.",
     [("killed", 2, "Islamic State"), ("killed", 0, "Civilians")]),
    # a party's own advisers; soldiers where the country is another and no one says whose
    ("On Thursday, the Islamic Revolution Guards Corps (IRGC) announced that one of its military advisers was "
     "martyred in clashes with the Nusra Front south of Aleppo.", [("killed", 1, "Iranian-backed militias")]),
    ("On Sunday, one soldier was killed when a roadside bomb went off under a vehicle near al-Qaa.",
     [("killed", 1, "Lebanese Armed Forces")]),
    # a toll's own words may hold a possessive; a body of people named in passing is no one counted
    ("On Monday, a coalition strike hit a market in Maadan, killing civilians. The monitor put the toll from "
     "Monday's strike at 11.", [("killed", 11, "Civilians")]),
    ("On Sunday, Russian jets struck Jisr al-Shughur. The monitor said the raids killed five fighters of the Army of "
     "Conquest, a rebel alliance dominated by the Nusra Front.", [("killed", 5, "Hayat Tahrir al-Sham")]),
    # martyrs counted since a start named first are a running total, and people who fled were not harmed
    ("On Monday, regime forces shelled a Turkish observation post near Qminas, wounding two soldiers.\n\nSince the "
     "beginning of February, 14 Turkish soldiers have been martyred in regime attacks in the region, and nearly "
     "900,000 civilians have fled towards the border.", [("injured", 2, "Turkish Armed Forces")]),
    ("On Monday, Turkish jets struck villages near Afrin, killing three SDF fighters. Since Operation Olive Branch "
     "began, the TSK says it has neutralized more than 2,000 terrorists in the Afrin region.",
     [("killed", 3, "Syrian Democratic Forces")]),
    # the side a count's owner names after a word or two, with "of" or "from"
    ("On Tuesday, IS attacked Kobani. The Syrian Observatory for Human Rights said at least 23 IS fighters and 14 "
     "members of the Kurdish People's Protection Units (YPG) were killed.",
     [("killed", 23, "Islamic State"), ("killed", 14, "Syrian Democratic Forces")]),
    ("On Tuesday, IS attacked Kobani. The Syrian Observatory for Human Rights said five members of the Syrian "
     "Democratic Forces (SDF) and at least 12 fighters from the Turkish-backed Syrian National Army were killed.",
     [("killed", 5, "Syrian Democratic Forces"), ("killed", 12, "Syrian National Army")]),
    # suspects detained with no side named are those the arrest was coded against: civilians (ACLED)
    ("IDF troops detained four suspects during a raid on the village of Ruwayhinah on Wednesday night.",
     [("detained", 4, "Civilians")]),
    # one who succumbed to wounds was killed
    ("A wounded soldier succumbed to his wounds on Tuesday, a day after terrorists attacked an army checkpoint at "
     "al-Rastan.", [("killed", 1, "Syrian Arab Army")]),
    # a reservist is a soldier, of the side the report names
    ("An Israeli reservist was killed on Monday when a roadside bomb hit a patrol near Jubata al-Khashab.",
     [("killed", 1, "Israel Defense Forces")]),
    # "its" after a harm word is the side the attack was aimed at, even in a party's own statement; not the attacker
    ('The "al-Fath al-Mubin" operations room said its fighters stormed a position of the Assad militias near Miznaz '
     "on Saturday, killing five of its elements.", [("killed", 5, "Syrian Arab Army")]),
    ('The "al-Fath al-Mubin" operations room said its fighters targeted an Assad militia gathering near Miznaz on '
     "Saturday, killing and wounding several of its members.", [("killed_or_injured", 3, "Syrian Arab Army")]),
    ("The SDF said ISIS attacked its positions near Hajin on Monday, killing two of its fighters.",
     [("killed", 2, "Syrian Democratic Forces")]),
])
def test_people_counted_by_what_they_are(text, claims):
    result = extract(Report(report_id="T", path="t.txt", published=PUBLISHED, text=text))
    assert [(c.category, c.low, c.victim) for c in result.claims] == claims


@pytest.mark.parametrize("text, sides, victim", [
    # people detained as suspected members of a group are the group's; detained "on charges of" joining it, civilians
    ("On Saturday, SDF fighters detained around fifteen men suspected of belonging to IS north of Baghouz.",
     ("Syrian Democratic Forces", "Islamic State"), "Islamic State"),
    ("On Saturday, Asayish units detained 17 people suspected of links to Isis in al-Hol camp.",
     ("Syrian Democratic Forces", "Islamic State"), "Islamic State"),
    ("On Saturday, the SDF detained about 150 men suspected of being ISIS fighters near Baghouz.",
     ("Syrian Democratic Forces", "Islamic State"), "Islamic State"),
    ("On Saturday, SDF units raided Dhiban and arrested seven young men on charges of belonging to ISIS.",
     ("Syrian Democratic Forces", "Civilians"), "Civilians"),
    # people a source identifies as a group's members are the group's
    ("On Saturday, an Israeli drone struck a car near Hadar, killing two men whom local sources identified as members "
     "of Hezbollah.", ("Israeli Air Force", "Hezbollah"), "Hezbollah"),
])
def test_people_detained_as_suspected_members_are_the_groups(text, sides, victim):
    result = extract(Report(report_id="T", path="t.txt", published=PUBLISHED, text=text))
    assert [(e.actor1, e.actor2) for e in result.events] == [sides]
    assert [c.victim for c in result.claims] == [victim]


def test_people_a_side_lost_are_its_own_whatever_the_noun():
    text = ("Fierce clashes raged near Assal al-Ward on Sunday between the army and ISIS. Nine ISIS fighters were "
            "killed in the clashes, according to the Observatory, which said the army and its allies had lost at least "
            "six men.")
    result = extract(Report(report_id="T", path="t.txt", published=PUBLISHED, text=text))
    assert [(c.low, c.victim) for c in result.claims] == [(9, "Islamic State"), (6, "Syrian Arab Army")]


@pytest.mark.parametrize("later, claims", [
    # the wounded told again by who they were are the two counted, not two more
    ("The wounded, a man and his teenage nephew, were taken to a field hospital in Hasakah.", [(2, "unattributed")]),
    # the same figure from another claimant is a claim of its own, side by side
    ("The Kurdish Red Crescent said two civilians were wounded.", [(2, "unattributed"), (2, "Kurdish Red Crescent")]),
])
def test_a_claimants_figure_told_twice_is_one_claim(later, claims):
    text = "Two mortar shells hit the village of Tell Tamr on Monday, wounding two civilians.\n\n" + later
    result = extract(Report(report_id="T", path="t.txt", published=PUBLISHED, text=text))
    assert [(c.low, c.claimant) for c in result.claims] == claims


def test_a_count_without_a_noun_counts_the_people_counted_before_it_while_the_target_is_unknown():
    text = ("A car bomb exploded in Homs on Sunday. SANA said six citizens were killed and 23 wounded, while the "
            "Observatory counted eight dead.")
    result = extract(Report(report_id="T", path="t.txt", published=PUBLISHED, text=text))
    assert [(c.low, c.victim) for c in result.claims] == [(6, "Civilians"), (23, "Civilians"), (8, "Civilians")]


@pytest.mark.parametrize("later, claim", [
    ("At least 14 jihadis were killed in the battle, the Observatory said.", ("killed", 14, None, "Islamic State")),
    ("The Observatory put the figure at 13.", ("killed", 13, 13, "Islamic State")),
    ("The Observatory put the number of ISIS militants killed in the clashes at 17.", ("killed", 17, 17, "Islamic State")),
    # whose losses: the people counted; losses with a number are the dead, as coders read them
    ("The Observatory put the jihadists' losses at 14.", ("killed", 14, 14, "Islamic State")),
    # a running total the happening raised is no claim on it
    ("The group said the attack raised the number of its fighters killed in the offensive to 40.", None),
    ("The monitor says more than 120,000 people have been killed in the conflict.", None),
    ("The war in Syria, now approaching its eighth year, has killed more than 340,000 people.", None),
    # a day's toll "since dawn" is no running total
    ("The Observatory said 14 jihadis had been killed there since dawn.", ("killed", 14, 14, "Islamic State")),
])
def test_a_toll_told_after_the_happening(later, claim):
    text = "On Monday, SDF fighters attacked ISIS positions in Hasakah, killing two ISIS fighters. " + later
    result = extract(Report(report_id="T", path="t.txt", published=PUBLISHED, text=text))
    got = [(c.category, c.low, c.high, c.victim) for c in result.claims]
    assert got == [("killed", 2, 2, "Islamic State")] + ([claim] if claim else [])


@pytest.mark.parametrize("text, claims", [
    # a source named again by its kind ("..., the monitor said") is the one "It said" points to next
    ("On Monday, the Syrian Observatory for Human Rights said Turkish drones struck army positions near Saraqib. "
     "Turkey's defence ministry said the strikes had neutralised 21 regime elements.\n\n"
     "Rebels also attacked government positions around al-Nayrab on Monday, the monitor said.\n\n"
     "It said 11 soldiers and eight rebels were killed in the clashes.",
     [(21, "Turkish Ministry of National Defence"), (11, "Syrian Observatory for Human Rights"),
      (8, "Syrian Observatory for Human Rights")]),
    # "the monitor" points back past a rescue service to the monitor named before it
    ("On Sunday, warplanes pounded Idlib city. The Syrian Observatory for Human Rights said the raids struck a "
     "market. The White Helmets put the toll at eight dead.\n\nThe monitor said Russian aircraft also struck a "
     "column of vehicles near Khan al-Assal, killing six fighters.",
     [(8, "Syrian Civil Defence"), (6, "Syrian Observatory for Human Rights")]),
    # "He said": the source named last, a spokesman named with his rank and name
    ("On Monday, SNA fighters clashed with regime forces near Saraqib. SNA spokesman Major Ammar Dabbagh told Yeni "
     "Safak that 23 regime soldiers were killed in the fighting.\n\nHe said four SNA fighters were also killed.",
     [(23, "Syrian National Army"), (4, "Syrian National Army")]),
    ("On Monday, SNA fighters clashed with regime forces near Saraqib. SNA spokesman Major Ammar Dabbagh told Yeni "
     "Safak that 23 regime soldiers were killed in the fighting.\n\nAccording to him, four SNA fighters were also "
     "killed.",
     [(23, "Syrian National Army"), (4, "Syrian National Army")]),
    # an incident list's "Source:" at the end of an item's line gives the item's numbers
    ("On Monday, government forces shelled the only medical point in Daraa al-Balad, injuring two medics. "
     "Source: Daraa 24\n\nOn Monday, a drone struck a car in Tal Tamr, killing two SDF members. Source: North Press Agency",
     [(2, "Daraa 24"), (2, "North Press Agency")]),
    # a subject set off from its verb by an aside ("as usual") is no source after its verb
    ("On Monday, Russian jets struck al-Bara.\n\nThe White Helmets, as usual, report civilian casualties: 4 dead.",
     [(4, "Syrian Civil Defence")]),
    # "whose volunteers" speak for the source named before them
    ("On Monday, strikes hit a market in Idlib, according to the Syria Civil Defence, known as the White Helmets, "
     "whose volunteers said 12 people had been wounded.", [(12, "Syrian Civil Defence")]),
    # "him" is one source of the ministry named before
    ("On Monday, Russian jets struck a militant convoy near Palmyra, a source in the Russian Defence Ministry said.\n\n"
     "According to him, 30 militants were killed.", [(30, "Russian Defense Ministry")]),
    # the White Helmets as an agency spells them
    ("On Monday, an artillery shell hit an ambulance in Masaken Hanano, killing a volunteer paramedic, the Syria "
     "Civil Defense said.", [(1, "Syrian Civil Defence")]),
    # "the station" is the broadcaster named last
    ("Hezbollah fighters captured a string of hilltops near Qara on Monday, Hezbollah's Al-Manar TV reported.\n\n"
     "The station said at least nine militants were killed in the fighting.",
     [(9, "Al-Manar")]),
    # "the same sources" are the ones named last
    ("On Monday, Turkish howitzers shelled ISIL positions near Dabiq, the Syrian Observatory for Human Rights said.\n\n"
     "The fire killed four ISIL militants, according to the same sources.",
     [(4, "Syrian Observatory for Human Rights")]),
    # "it" after a source the sentence itself names first is that source, not the one named before
    ("On Monday, barrel bombs hit Aleppo, the Syrian Civil Defence said.\n\nThe Syrian Observatory for Human Rights, "
     "which collects reports from people on the ground, has a lower number: it says 17 civilians were killed.",
     [(17, "Syrian Observatory for Human Rights")]),
    # "the NGO", "the center" are the source named last, whatever its kind
    ("On Monday, regime jets struck Aleppo, the Syrian Observatory said.\n\nThe NGO reported that 19 soldiers were "
     "killed in clashes nearby.", [(19, "Syrian Observatory for Human Rights")]),
    ("On Monday, militants shelled Aleppo, the Russian Reconciliation Center said.\n\nTwo civilians were wounded, "
     "the center said.", [(2, "Russian Defense Ministry")]),
    # "the military" that names no state is the forces of the happening: the air arm's forces, those the
    # sentence names; with no state's forces in sight, no source
    ("On Wednesday, an Israeli drone struck a motorcycle near Beit Jinn, killing a Hezbollah operative, the military "
     "said.", [(1, "Israel Defense Forces")]),
    ("On Monday, gunmen opened fire on Turkish troops near Marea, the military said, adding that no soldiers were "
     "hurt.", [(0, "Turkish Armed Forces")]),
    ("On Monday, gunmen opened fire on a bakery in Marea, killing two people, the military said.",
     [(2, "unattributed")]),
    # "the operations room" is the room named before; a side named in quotes is no source unless it speaks
    ('On Monday, the "Al-Fath al-Mubin" operations room said its fighters shelled Kafr Nabl. The operations room said '
     "in a statement that three regime soldiers were killed.", [(3, "Al-Fath al-Mubin operations room")]),
    ('On Monday, rebels raided army posts near Kafr Nabl, Syria TV reported. It said the raid was carried out by the '
     '"Al-Fath al-Mubin" operations room, which killed three regime soldiers.', [(3, "Syria TV")]),
    # a person named by his name alone is the source he was named with; a name named with no source is none
    ("On Monday, Turkish drones struck a car near Qamishli, local official Ahmed Gilo told reporters. Gilo said "
     "a third man was wounded.", [(1, "local official")]),
    ("On Monday, Turkish drones struck a car near Tal Tamr, said Farhad Shami of the SDF.\n\nShami added that two "
     "fighters were killed.", [(2, "Syrian Democratic Forces")]),
    ("On Monday, Turkish drones struck a car near Tal Tamr, the SDF said.\n\nShami added that two fighters were "
     "killed.", [(2, "unattributed")]),
    # where a source sits says nothing of which it is: the source named last
    ("On Monday, a regime warplane struck a block in Aleppo, according to the Syrian Observatory for Human Rights. "
     "The Britain-based group said seven people were killed.", [(7, "Syrian Observatory for Human Rights")]),
])
def test_a_source_told_back_by_its_kind_or_a_pronoun(text, claims):
    result = extract(Report(report_id="T", path="t.txt", published=PUBLISHED, text=text))
    assert [(c.low, c.claimant) for c in result.claims] == claims


@pytest.mark.parametrize("heading, claims", [
    # a summary over the body: its numbers are the body's, told again
    ("HIGHLIGHTS", [(2, "local sources")]),
    ("Key takeaways", [(2, "local sources")]),
    # any other heading heads paragraphs that tell their own
    ("WESTERN ALEPPO", [(2, "unattributed"), (2, "local sources")]),
])
def test_numbers_under_a_summary_heading_are_the_bodys_told_again(heading, claims):
    text = (f"{heading}\n\nShelling on Darat Izza killed two civilians on 17 September.\n\nSITUATION OVERVIEW\n\n"
            "On 17 September, shelling struck a residential neighbourhood in Darat Izza. Two civilians were killed, "
            "according to local sources.")
    result = extract(Report(report_id="T", path="t.txt", published=PUBLISHED, text=text))
    assert [(c.low, c.claimant) for c in result.claims] == claims


@pytest.mark.parametrize("box, claims", [
    # a live page's box over its entries, however many short items it holds, closes at its first entry
    ("What we know so far\n\nGovernment shells came down on Darat Izza for most of the morning\n\nJets struck "
     "Atarib\n\nThree people were hurt on the Turkish side of the border by a stray shell\n\n",
     [(2, "local sources")]),
    # an entry that sums up the day is one of the entries: its numbers are its own
    ("13:10\n\nWhat we know so far\n\nShelling on Darat Izza killed two civilians this morning.\n\n",
     [(2, "unattributed"), (2, "local sources")]),
])
def test_a_live_pages_box_tells_again_what_its_entries_tell(box, claims):
    text = (f"Live: shelling in western Aleppo\n\n{box}12:05\n\nShelling struck a residential neighbourhood in Darat "
            "Izza this morning. Two civilians were killed, according to local sources. The shells came from "
            "government positions to the south, residents said, and rescuers worked for hours in the rubble.\n\n"
            "11:30\n\nAid agencies say the crossing at Bab al-Hawa will stay shut for a third day, leaving trucks "
            "waiting on the Turkish side.")
    result = extract(Report(report_id="T", path="t.txt", published=PUBLISHED, text=text))
    assert [(c.low, c.claimant) for c in result.claims] == claims


def test_a_summary_heading_no_heading_closes_heads_the_story_itself():
    text = ("Summary\n\nThe UN says more than 38,000 people have fled the district.\n\nThree civilians were killed on "
            "Tuesday when government shells slammed into Daraa al-Balad, a war monitor said.\n\nResidents say the "
            "district has been ringed by troops for weeks.\n\nBread and fuel have run short.")
    result = extract(Report(report_id="T", path="t.txt", published=PUBLISHED, text=text))
    assert [(c.low, c.claimant) for c in result.claims] == [(3, "Syrian Observatory for Human Rights")]


def test_a_summary_no_longer_body_tells_again_is_the_story_itself():
    text = ("Summary\n\nThree civilians were killed on Tuesday when government shells slammed into Daraa al-Balad, "
            "a war monitor said.\n\nResidents said the shells fell on a street near the Omari mosque.\n\n"
            "Victims\n\n- Ahmad al-Masri\n- Huda al-Masri\n- Omar Hariri\n\nSources\n\n- SOHR, 14 March")
    result = extract(Report(report_id="T", path="t.txt", published=PUBLISHED, text=text))
    assert [(c.low, c.claimant) for c in result.claims] == [(3, "Syrian Observatory for Human Rights")]


def test_the_army_that_tells_of_a_happening_in_another_country_is_that_countrys():
    text = ("On Sunday, one soldier was killed and two others were wounded when a roadside bomb went off under their "
            "vehicle near al-Qaa, the army said in a statement.")
    result = extract(Report(report_id="T", path="t.txt", published=PUBLISHED, text=text))
    assert {(c.claimant, c.victim) for c in result.claims} == {("Lebanese Armed Forces", "Lebanese Armed Forces")}


def test_a_source_named_by_its_kind_is_the_one_named_before():
    text = ("On Monday, shelling hit the village of Kafr Nabl. The Syrian Observatory for Human Rights said the "
            "shells came from government positions. The monitor added that three civilians were killed.")
    result = extract(Report(report_id="T", path="t.txt", published=PUBLISHED, text=text))
    assert [(c.low, c.claimant, c.claimant_surface) for c in result.claims] == [
        (3, "Syrian Observatory for Human Rights", "The monitor")]


@pytest.mark.parametrize("later, claimant", [
    ("The UK-based monitor also reported that three civilians were killed.", "Syrian Observatory for Human Rights"),
    ("The London-based NGO reported that three civilians were killed.", "Syrian Observatory for Human Rights"),
    ("The group added that three civilians were killed.", "Syrian Observatory for Human Rights"),
    # a definite description of another kind is a new source, not the one named before
    ("The local council said that three civilians were killed.", "local council"),
    # people named by a bare plural are a new source: the words have no "the" to point back with
    ("Three civilians were killed, activists said.", "activists"),
])
def test_a_source_described_by_its_kind_refers_back_only_to_one_of_that_kind(later, claimant):
    text = ("On Monday, shelling hit the village of Kafr Nabl. The Syrian Observatory for Human Rights said the "
            "shells came from government positions. " + later)
    result = extract(Report(report_id="T", path="t.txt", published=PUBLISHED, text=text))
    assert [(c.low, c.claimant) for c in result.claims] == [(3, claimant)]


def test_a_source_named_by_its_kind_is_the_latest_of_that_kind_when_another_spoke_since():
    text = ("On Monday, a missile hit a Turkish armored vehicle near Azaz. Two Turkish soldiers were killed, the "
            "Turkish Defense Ministry said, blaming the SDF. The SDF denied any role in the attack. On Tuesday, Turkish "
            "artillery pounded villages around Tell Rifaat, and the ministry claimed that 19 \"terrorists\" had been "
            "neutralized, while the SDF insisted that none of its fighters had been killed.")
    result = extract(Report(report_id="T", path="t.txt", published=PUBLISHED, text=text))
    assert [(c.low, c.victim, c.claimant) for c in result.claims] == [
        (2, "Turkish Armed Forces", "Turkish Ministry of National Defence"),
        (19, "Syrian Democratic Forces", "Turkish Ministry of National Defence"),
        (0, "Syrian Democratic Forces", "Syrian Democratic Forces")]


def test_a_pronoun_that_says_is_the_source_named_last():
    text = "On Monday, shelling hit the village of Kafr Nabl, killing two civilians, SOHR said. It said three soldiers were wounded."
    result = extract(Report(report_id="T", path="t.txt", published=PUBLISHED, text=text))
    assert [(c.low, c.claimant) for c in result.claims] == [
        (2, "Syrian Observatory for Human Rights"), (3, "Syrian Observatory for Human Rights")]


def test_a_person_is_not_the_organisation_named_before():
    text = ("On Thursday, the army attacked the town of Jasim. The Syrian Defense Ministry said eight fighters were "
            "killed. A spokesman for the town's fighters told reporters that five soldiers were killed. He said "
            "three civilians were killed.")
    result = extract(Report(report_id="T", path="t.txt", published=PUBLISHED, text=text))
    by_number = {c.low: c.claimant for c in result.claims}
    assert by_number[8] == "Syrian Defense Ministry"
    assert by_number[5] != "Syrian Defense Ministry" and by_number[3] != "Syrian Defense Ministry"


@pytest.mark.parametrize("outlet, text, claimants", [
    # a diary's, a letter's, a testimony's numbers no source is named for are its narrator's: one who saw them
    ("", "I was at the school when the jets struck the market in al-Shaar on Saturday. I counted eleven dead on the "
         "pavement.", ["witnesses"]),
    ("", "I ran to the market on Saturday.\n\nOn Sunday, a shell fell in the yard of our school in al-Shaar, and "
         "nobody was hurt, thank God. I moved the lessons.", ["witnesses"]),
    # a number the narrator passes on from a source is the source's
    ("", "I was at home on Saturday. Jets struck the market in al-Shaar, and the Observatory said 16 people were "
         "killed.", ["Syrian Observatory for Human Rights"]),
    # an organisation's "we" is no narrator's; nor is "US" a narrator's "us"
    ("", "We have seen credible reports that regime forces detained at least 20 young men in Daraa on Monday.",
     ["unattributed"]),
    ("", "US forces struck a convoy near Albu Kamal on Monday, killing four militants.", ["unattributed"]),
])
def test_a_narrators_own_numbers_are_a_witness(outlet, text, claimants):
    result = extract(Report(report_id="T", path="t.txt", outlet=outlet, published=PUBLISHED, text=text))
    assert [c.claimant for c in result.claims] == claimants


def test_a_statement_titled_by_its_author_speaks_in_its_voice():
    report = Report(report_id="T", path="t.txt", published=PUBLISHED,
                    title="Statement by the General Command of the Army and Armed Forces",
                    text="On Sunday, our units repelled an attack near Kabani, killing 17 terrorists.")
    assert [(c.low, c.claimant) for c in extract(report).claims] == [(17, "Syrian Arab Army")]


def test_a_letter_headed_by_its_sender_speaks_in_its_voice():
    text = ("Identical letters dated 19 May 2025 from the Chargé d'affaires a.i. of the Permanent Mission of the Syrian "
            "Arab Republic to the United Nations addressed to the Secretary-General\n\nOn 18 May 2025, an Israeli drone "
            "struck a civilian car near Sasa, killing two civilians.")
    report = Report(report_id="T", path="t.txt", published=PUBLISHED, text=text)
    assert [(c.low, c.claimant) for c in extract(report).claims] == [(2, "Syrian government")]


@pytest.mark.parametrize("heading, claimant", [
    ("Note verbale dated 23 November 2020 from the Permanent Mission of Turkey to the United Nations addressed to the "
     "Secretary-General", "Turkish government"),
    ("Letter dated 20 August 2024 from the Permanent Representative of the Islamic Republic of Iran to the United "
     "Nations addressed to the Secretary-General", "Iranian government"),
])
def test_a_note_verbale_under_a_documents_symbol_speaks_in_its_senders_voice(heading, claimant):
    report = Report(report_id="T", path="t.md", published=PUBLISHED, imprint=f"Security Council: Distr.: General\n{heading}",
                    text="On 2 March 2023, terrorists fired three rockets at a village near Kilis, killing two farmers.")
    assert [(c.low, c.claimant) for c in extract(report).claims] == [(2, claimant)]


def test_a_lead_that_names_a_source_after_the_reports_first_event_gives_its_list_its_voice():
    text = ("The so-called White Helmets claim that Russian aircraft struck a hospital in al-Habit on 5 March.\n\n"
            "Below is information of the Ministry of Defence of the Russian Federation on the most recent attacks by "
            "terrorists:\n\nOn 6 March 2023, militants fired 12 rockets at the town of Mhardeh, killing three civilians.")
    result = extract(Report(report_id="T", path="t.txt", published=PUBLISHED, text=text))
    assert [(c.low, c.claimant) for c in result.claims] == [(3, "Russian Defense Ministry")]


@pytest.mark.parametrize("imprint, claimant", [
    # a monitor's masthead, a breadcrumb's first link, a copyright line: the numbers in its own voice are its own
    ("Syrian Network for Human Rights (SNHR)", "Syrian Network for Human Rights"),
    ("Rojava Information Center / Reports / Monthly conflict reports", "Rojava Information Center"),
    ("Donate now | Sign up for updates | \u00a9 M\u00e9decins Sans Fronti\u00e8res 2019", "M\u00e9decins Sans Fronti\u00e8res"),
    ("SAMS \u2014 Syrian American Medical Society | About | Our Work | Newsroom", "Syrian American Medical Society"),
    ("UOSSM International | Union of Medical Care and Relief Organizations", "UOSSM"),
    # a ministry's masthead: a government speaks in its own statements
    ("Ministry of Foreign Affairs of the Islamic Republic of Iran", "Iranian Ministry of Foreign Affairs"),
    ("THE MINISTRY OF FOREIGN AFFAIRS OF THE RUSSIAN FEDERATION", "Russian Ministry of Foreign Affairs"),
    # a masthead set over two lines, in capitals with a Turkish dotted capital I
    ("REPUBLIC OF T\u00dcRK\u0130YE\nMINISTRY OF NATIONAL DEFENCE", "Turkish Ministry of National Defence"),
    # a news outlet's masthead names no monitor or party; a headline that quotes one is no masthead
    ("Levant Wire | World | Middle East", "unattributed"),
    ("Monitor says shelling of Kafr Nabl killed three civilians, the Syrian Observatory for Human Rights reported",
     "unattributed"),
])
def test_a_monitor_named_by_the_pages_imprint_tells_its_own_numbers(imprint, claimant):
    report = Report(report_id="T", path="t.md", published=PUBLISHED, imprint=f"A Title Line\n{imprint}",
                    text="On Monday, shelling hit the village of Kafr Nabl, killing three civilians.")
    assert [(c.low, c.claimant) for c in extract(report).claims] == [(3, claimant)]


def test_a_roundup_lead_that_names_a_source_gives_the_items_its_voice():
    text = ("SOHR documented the following developments across Syrian territory:\n\n"
            "1- Daraa: Unidentified gunmen shot dead two young men on Monday in the town of Tafas.")
    result = extract(Report(report_id="T", path="t.txt", published=PUBLISHED, text=text))
    assert [(c.low, c.claimant) for c in result.claims] == [(2, "Syrian Observatory for Human Rights")]


def test_a_nationality_says_whose_forces_the_counted_people_are():
    text = ("Late on July 20, the Israeli Air Force carried out airstrikes near Damascus. "
            "At least 7 Syrian personnel were reportedly injured in the attack.")
    result = extract(Report(report_id="T", path="t.txt", published=PUBLISHED, text=text))
    assert [(c.category, c.low, c.victim) for c in result.claims] == [("injured", 7, "Syrian Arab Army")]
    assert [(e.actor1, e.actor2) for e in result.events] == [("Israeli Air Force", "Syrian Arab Army")]


@pytest.mark.parametrize("text, claims", [
    # a count named with a source ("a UOSSM nurse") is one of those harmed; one that ends with its words is who spoke
    ("On Sunday, regime artillery shelling on the town of Nahta killed a UOSSM nurse.", [("killed", 1, "unattributed")]),
    ("On Sunday, a mine exploded near Tal Tamr. Two soldiers were wounded, a military medic in Tal Tamr told us.",
     [("injured", 2, "military medic")]),
    # a say-verb joined by "and" has the first verb's subject, not the side named right before it
    ("On Sunday, coalition jets struck Manbij. A US defence official said the strikes had killed 'dozens' of ISIS "
     "fighters and insisted the coalition takes 'extraordinary measures' to avoid harming civilians.",
     [("killed", 12, "US Department of Defense")]),
    # a say-word after a verb is a noun: "posted reports" names no source
    ("Security services of Hayat Tahrir al-Sham arrested three media activists in Idlib city on Saturday after they "
     "posted reports criticising the rise in bread prices.", [("detained", 3, "unattributed")]),
    # the group a person's apposition names, its particles lowercase
    ("On Sunday, clashes hit Taleis. Abu Ali al-Halabi, a field commander with Ahrar al-Sham, said that 12 soldiers "
     "were killed.", [("killed", 12, "Ahrar al-Sham")]),
    # rescuers are the Civil Defence, as coders name them (23 of 25 gold claims told by "rescuers" or "rescue
    # workers"); a count that reaches their words past a verb counts others ("put the toll at 12 and said rescuers")
    ("Air strikes hit a market in the town of Binnish on Monday morning, killing seven civilians, rescue workers said.",
     [("killed", 7, "Syrian Civil Defence")]),
    ("Air strikes hit Maarat Misrin on Wednesday. The White Helmets rescue service put the toll at 12 and said "
     "rescuers were still searching the rubble.", [("killed", 12, "Syrian Civil Defence")]),
])
def test_who_is_counted_and_who_speaks(text, claims):
    result = extract(Report(report_id="T", path="t.txt", published=PUBLISHED, text=text))
    assert [(c.category, c.low, c.claimant) for c in result.claims] == claims


def test_no_losses_told_by_a_side_are_its_own():
    text = ("At about 23:00 last night, the air defence of the Russian base at Hmeimim shot down two drones launched by "
            "militants.\n\nAccording to the Russian Defence Ministry, there were no losses and no damage.")
    result = extract(Report(report_id="T", path="t.txt", published=PUBLISHED, text=text))
    assert [(c.category, c.high, c.victim, c.claimant) for c in result.claims] == [
        ("killed", 0, "Russian military", "Russian Defense Ministry")]


@pytest.mark.parametrize("text, claims", [
    ("A day earlier, an SDF checkpoint near the Tishreen Dam was hit by a suicide car bomb, killing three fighters, "
     "the alliance said in a statement.", [("killed", 3, "Syrian Democratic Forces")]),
    ("A spokesman for the Kurdish People's Protection Units (YPG) now says five civilians were killed when Islamic "
     "State mortar rounds hit central Kobani.", [("killed", 5, "Syrian Democratic Forces")]),
])
def test_a_group_speaks_by_its_kind_or_through_its_spokesman(text, claims):
    result = extract(Report(report_id="T", path="t.txt", published=PUBLISHED, text=text))
    assert [(c.category, c.low, c.claimant) for c in result.claims] == claims


@pytest.mark.parametrize("text, claims", [
    # a commander of a side named with a word for his post speaks for it; "our" fighters are his side's
    ("Clashes broke out near Tal Tamr on Monday. \u201cNine ISIS militants were killed and we lost two of our "
     "fighters,\u201d an SDF field commander told AFP.",
     [("killed", 9, "Islamic State", "Syrian Democratic Forces"),
      ("killed", 2, "Syrian Democratic Forces", "Syrian Democratic Forces")]),
    # how the source was heard stands between it and its verb: it is who speaks, not one more person killed
    ("Fighting broke out near Manbij on Monday. Six ISIS attackers were killed, an SDF commander who asked not to be "
     "named told AFP.", [("killed", 6, "Islamic State", "Syrian Democratic Forces")]),
    ("Fighting broke out near Manbij on Monday. Six ISIS attackers were killed, an SDF commander who gave his name as "
     "Abu Hamza told AFP.", [("killed", 6, "Islamic State", "Syrian Democratic Forces")]),
    # "the militia" with no side in its sentence: the armed group named before
    ("A roadside bomb hit an SDF patrol near Shaddadi on Monday. The militia acknowledged that two of its fighters "
     "were killed.", [("killed", 2, "Syrian Democratic Forces", "Syrian Democratic Forces")]),
    # ... unless another source spoke before it: "the group" is that source
    ("Human Rights Watch said SDF forces raided a village near Raqqa on Monday. The group said that three men were "
     "killed.", [("killed", 3, "Civilians", "Human Rights Watch")]),
    # a participle's subject is the sentence's
    ("Turkish drones struck Tal Tamr on Monday. The YPG gave a lower figure for its own losses, saying four of its "
     "fighters had died.", [("killed", 4, "Syrian Democratic Forces", "Syrian Democratic Forces")]),
])
def test_who_speaks_for_a_side_and_whose_people_it_counts(text, claims):
    result = extract(Report(report_id="T", path="t.txt", published=PUBLISHED, text=text))
    assert [(c.category, c.low, c.victim, c.claimant) for c in result.claims] == claims


def test_the_forces_voice_at_a_happening_abroad_is_that_countrys_forces():
    # "a military source" in a story of the Jordanian border: the Jordanian army's, and so are "the troops"
    text = ("Border guards on Sunday killed four smugglers in a clash near Mafraq, close to the Syrian border, a military "
            "source said. No casualties were reported among the troops, the source added.")
    result = extract(Report(report_id="T", path="t.txt", published=PUBLISHED, text=text))
    assert [(c.category, c.low, c.victim, c.claimant) for c in result.claims] == [
        ("killed", 4, "Unidentified armed group", "Jordanian Armed Forces"),
        ("killed", 0, "Jordanian Armed Forces", "Jordanian Armed Forces")]


def test_a_count_joined_to_the_one_before_counts_its_people():
    text = ("Yesterday units of the Syrian army went on the offensive against Jaish al-Islam near Hawsh al-Dawahira.\n\n"
            "According to our sources, the army lost 4 servicemen killed and about 15 wounded during the day.")
    result = extract(Report(report_id="T", path="t.txt", published=PUBLISHED, text=text))
    assert [(c.category, c.low, c.victim) for c in result.claims] == [("killed", 4, "Syrian Arab Army"),
                                                                       ("injured", 15, "Syrian Arab Army")]

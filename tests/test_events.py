"""Event rules (codebook sections 2-4) on short invented passages, each checked against the text by hand.

Every passage is invented for tests; towns are real gazetteer entries, events are not.
"""
from datetime import date

import pytest

from helpers.extract.report import extract
from helpers.ingest import read_report
from helpers.records import Report

PUBLISHED = date(2023, 3, 10)  # a Friday


def _events(text: str):
    result = extract(Report(report_id="T", path="t.txt", outlet="South Front", published=PUBLISHED, text=text))
    return result


def _rows(text: str):
    return [(e.event_type, e.sub_event_type, e.actor1, e.actor2, e.location, str(e.date_start), str(e.date_end))
            for e in _events(text).events]


CASES = [
    ("funeral prayers for a soldier killed in a clash told before retell the clash, on the day it was fought",
     "One Turkish soldier was killed on Sunday in clashes with YPG terrorists near Rajo.\n\nFuneral prayers were held "
     "on Monday in Elbistan for Sergeant Ali Kaya, who was killed in the clashes near Rajo.",
     [("Battles", "Armed clash", "Syrian Democratic Forces", "Turkish Armed Forces", "Rajo", "2023-03-05",
       "2023-03-05")]),
    ("people killed in clashes with a side fought that side, whether the text names their own side or only counts them",
     "Three SDF fighters were killed on Sunday in clashes with ISIS cells near Hajin.\n\nOn Monday, two soldiers were "
     "killed in clashes with ISIS near Palmyra.",
     [("Battles", "Armed clash", "Islamic State", "Syrian Democratic Forces", "Hajin", "2023-03-05", "2023-03-05"),
      ("Battles", "Armed clash", "Islamic State", "Syrian Arab Army", "Palmyra", "2023-03-06", "2023-03-06")]),
    ("those who mourn the dead, or bring them to their cemetery, retell the happening that killed them, on its day",
     "Gunmen shot dead a tribal elder in Diban on Tuesday.\n\nThe tribe mourn Sheikh Hamad, who was shot dead in "
     "Diban.\n\nThe bodies of the two were brought on Thursday to the Martyrs' cemetery in Diban.",
     [("Violence against civilians", "Attack", "Unidentified armed group", "Civilians", "Diban", "2023-03-07",
       "2023-03-07")]),
    ("a death from wounds is dated by the wounding, not the death",
     "Media activist Omar Hajj Omar, 24, died on Saturday in a hospital in Kilis of wounds he suffered when regime "
     "artillery shelled Anadan on February 22.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "Syrian Arab Army", "Civilians", "Anadan",
       "2023-02-22", "2023-02-22")]),
    ("a burial that only times a new strike does not make it a retelling",
     "Regime helicopters dropped two barrel bombs on a street in the al-Marja neighbourhood of Aleppo on Sunday, "
     "killing 14 people.\n\nOn Monday, as families buried the victims in a cemetery in Aleppo, a helicopter dropped "
     "another barrel bomb near the graves, killing two mourners.",
     [("Explosions/Remote violence", "Air/drone strike", "Syrian Arab Air Force", "Civilians", "Aleppo", "2023-03-05",
       "2023-03-05"),
      ("Explosions/Remote violence", "Air/drone strike", "Syrian Arab Air Force", "Civilians", "Aleppo", "2023-03-06",
       "2023-03-06")]),
    ("a crowd is where it marched, not where what it protests happened",
     "Thousands of people marched in Qamishli on Monday to condemn the attacks of ISIS on the villages of Ras al-Ain.",
     [("Protests", "Peaceful protest", "Protesters", "", "Qamishli", "2023-03-06", "2023-03-06")]),
    ("a crowd's protest against an air force's strikes is a protest, not a strike",
     "Residents held banners during a protest against Russian air strikes in the town of Kafr Nabl on Monday.",
     [("Protests", "Peaceful protest", "Protesters", "", "Kafr Nabl", "2023-03-06", "2023-03-06")]),
    ("a paragraph that retells a strike from afar, naming no place of its own, neither moves it nor makes it two",
     "Air strikes on a busy market in the town of Binnish have killed at least nine civilians, a monitoring group "
     "says.\n\nThe strikes hit the town's main market on Monday afternoon as people were shopping.\n\nResidents "
     "said the market had been full.\n\nThe Observatory said the strikes were carried out by Russian jets. Russia's "
     "defence ministry said on Tuesday that its aircraft had not carried out any combat missions in the Idlib area.",
     [("Explosions/Remote violence", "Air/drone strike", "Russian Aerospace Forces", "Civilians", "Binnish",
       "2023-03-06", "2023-03-06")]),
    ("a scene that opens on one place of a list told before details what happened there: no happening of its own",
     "On Monday, regime warplanes struck the city of Jisr al-Shughur and the town of Muhambal.\n\nIn Jisr al-Shughur, "
     "five civilians were killed when a missile hit a house near the old souk.",
     [("Explosions/Remote violence", "Air/drone strike", "Syrian Arab Air Force", "Civilians", "Jisr al-Shughur",
       "2023-03-06", "2023-03-06"),
      ("Explosions/Remote violence", "Air/drone strike", "Syrian Arab Air Force", "Civilians", "Muhambal",
       "2023-03-06", "2023-03-06")]),
    ("a name a person's apposition follows is a person's, however a village is called: 'Abu Omar, an opposition activist'",
     "On Monday, Turkish artillery shelled army positions near Tal Abyad.\n\nAbu Omar, an opposition activist in Tal "
     "Abyad, told Trend by telephone that two soldiers were wounded when a Turkish shell hit a checkpoint on the edge "
     "of the town.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "Turkish Armed Forces", "Syrian Arab Army",
       "Tal Abyad", "2023-03-06", "2023-03-06")]),
    ("an army's helicopters that struck made an air strike, whether or not the lexicon names its air arm",
     "On Thursday, Iraqi army helicopters struck a convoy of ISIL vehicles near al-Qaim.",
     [("Explosions/Remote violence", "Air/drone strike", "Iraqi Security Forces", "Islamic State", "al-Qaim",
       "2023-03-09", "2023-03-09")]),
    ("the side that closes a sentence only to say who tells it, past what a relative clause says of it, is no side",
     "A woman was shot dead by unidentified gunmen inside the al-Hol camp on Sunday, the Kurdish-led security forces "
     "that guard the camp said.",
     [("Violence against civilians", "Attack", "Unidentified armed group", "Civilians", "al-Hol", "2023-03-05",
       "2023-03-05")]),
    ("what a source calls the happening it told ('a new massacre') is no happening of its own",
     "Regime aircraft dropped barrel bombs on the town of Nabk on Monday, killing at least 11 civilians.\n\nThe "
     "Coalition held the regime responsible for what it described as a new massacre.\n\nRegime forces launched an "
     "assault on rebel positions on the eastern outskirts of Nabk on Sunday.",
     [("Explosions/Remote violence", "Air/drone strike", "Syrian Arab Air Force", "Civilians", "Nabk", "2023-03-06",
       "2023-03-06"),
      ("Battles", "Armed clash", "Syrian Arab Army", "", "Nabk", "2023-03-05", "2023-03-05")]),
    ("where a rocket was fired from, a direction from a town after it, is no place of where it fell",
     "Early on Monday, a child was killed in Khan Shaykhun by a rocket fired from the Wadi al-Deif camp, east of "
     "Maarat al-Numan.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "Unidentified armed group", "Civilians",
       "Khan Shaykhun", "2023-03-06", "2023-03-06")]),
    ("a raid told again in words that name no side ('the force arrived ... and searched houses') is the raid told before",
     "IDF troops detained four suspects during a raid on Tuesday night in the village of Ruwayhinah, the military "
     "said.\n\nResidents of Ruwayhinah told Syrian television that the force arrived in about a dozen vehicles "
     "shortly after midnight and searched houses for several hours.",
     [("Strategic developments", "Arrests", "Israel Defense Forces", "Civilians", "Ruwayhinah", "2023-03-07",
       "2023-03-07")]),
    ("a happening told 'a short time later' with no day of its own came the day of the one before",
     "On Monday night, Israeli aircraft struck a crossing used by smugglers near al-Qusayr.\n\nA short time later, "
     "another strike hit a vehicle near the town of Janta in Lebanon, killing one person.",
     [("Explosions/Remote violence", "Air/drone strike", "Israeli Air Force", "Unidentified armed group", "al-Qusayr",
       "2023-03-06", "2023-03-06"),
      ("Explosions/Remote violence", "Air/drone strike", "Israeli Air Force", "Civilians", "Janta", "2023-03-06",
       "2023-03-06")]),
    ("a sentence that only points back from paragraphs later ('the fighting') neither makes the event told before a "
     "battle nor takes in the strikes told after it in its paragraph",
     "Turkish artillery pounded Syrian government positions around the town of Saraqeb on Wednesday, Turkey's defence "
     "ministry said.\n\nThe Syrian Observatory for Human Rights said four Syrian soldiers were killed by the Turkish "
     "shelling.\n\nDamascus did not comment on its losses.\n\nTurkey has 12 observation posts in Idlib under a 2018 "
     "deal with Russia.\n\nCivilians continued to bear the brunt of the fighting. At least 10 civilians were killed "
     "in air strikes on the town of Maarat Misrin, also on Wednesday.\n\nThe Observatory said the raids were carried "
     "out by Syrian government and Russian warplanes.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "Turkish Armed Forces", "Syrian Arab Army",
       "Saraqeb", "2023-03-08", "2023-03-08"),
      ("Explosions/Remote violence", "Air/drone strike", "Syrian Arab Air Force", "Civilians", "Maarat Misrin",
       "2023-03-08", "2023-03-08")]),
    ("a subject that clashed with two sides fought them both: they are no pair of their own",
     "Fighters of the Syrian National Army, supported by Turkish artillery, clashed with regime forces and "
     "Iran-backed militias near al-Nayrab on Monday.",
     [("Battles", "Armed clash", "Syrian National Army", "Syrian Arab Army", "al-Nayrab", "2023-03-06",
       "2023-03-06")]),
    ("a soldier shot dead by gunmen who opened fire on his checkpoint fell in a battle (ACLED: an attack on armed men)",
     "On Monday, a soldier was shot dead and another was wounded when gunmen opened fire on a checkpoint at the "
     "entrance of the town of Inkhil.",
     [("Battles", "Armed clash", "Unidentified armed group", "Syrian Arab Army", "Inkhil", "2023-03-06",
       "2023-03-06")]),
    ("what covered an attack is no attack of its own: the attackers and whom they attacked are the sides",
     "Islamic State fighters launched a counter-attack on positions held by the Syrian Democratic Forces in Raqqa on "
     "Wednesday, under cover of heavy sniper fire.",
     [("Battles", "Armed clash", "Islamic State", "Syrian Democratic Forces", "Raqqa", "2023-03-08", "2023-03-08")]),
    ("an item's heading with its time and agency tells nothing of its own, and carries no side of the item before",
     "Hayat Tahrir al-Sham fighters repelled on Monday night an attempt by regime forces to advance on the town of "
     "Kafr Nabudah.\n\nA news agency close to the group said more than 20 regime soldiers were killed in the "
     "fighting.\n\nBarrel bombs on the outskirts of al-Habit 07/03/2023 - 09:30 SMART - Idlib\n\nRegime "
     "helicopters dropped four barrel bombs on the outskirts of the town of al-Habit on Tuesday, causing no "
     "casualties, a local activist said.",
     [("Battles", "Armed clash", "Syrian Arab Army", "Hayat Tahrir al-Sham", "Kafr Nabudah", "2023-03-06",
       "2023-03-06"),
      ("Explosions/Remote violence", "Air/drone strike", "Syrian Arab Air Force", "", "al-Habit", "2023-03-07",
       "2023-03-07")]),
    ("fighters who pushed the other side back from streets fought it; the side pushed back is the attacker",
     "On Wednesday, fighters of the YPG pushed the jihadists back from several streets in the eastern part of Kobani.",
     [("Battles", "Armed clash", "Unidentified armed group", "Syrian Democratic Forces", "Kobani", "2023-03-08",
       "2023-03-08")]),
    ("a car no side is named in carries people: the strike's target is civilians",
     "Hours earlier, an Israeli drone struck a car near the town of Tasil on Thursday.",
     [("Explosions/Remote violence", "Air/drone strike", "Israeli Air Force", "Civilians", "Tasil", "2023-03-09",
       "2023-03-09")]),
    ("the day a relative got through on the phone is not the day the shell struck",
     "When his mother finally got through on Sunday, she said a shell had struck Aleppo on Saturday, killing a "
     "neighbour.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "Unidentified armed group", "Civilians",
       "Aleppo", "2023-03-04", "2023-03-04")]),
    ("an attack widely attributed to a state is its; a state's armoured vehicle, force or aircraft type is its forces",
     "On May 20, an airstrike widely attributed to Israel destroyed a weapons depot near Khan Arnabah.\n\n"
     "On Saturday, an explosive device went off beside a Turkish armoured vehicle near the village of Mhambel.\n\n"
     "On Sunday, an Israeli force of about 15 vehicles entered the village of Jamla and detained two young men.\n\n"
     "Late on Tuesday, two Air Force F-15E Strike Eagles hit a weapons storage facility near Mayadin.",
     [("Explosions/Remote violence", "Air/drone strike", "Israeli Air Force", "", "Khan Arnabah", "2022-05-20",
       "2022-05-20"),
      ("Explosions/Remote violence", "Remote explosive/landmine/IED", "Unidentified armed group",
       "Turkish Armed Forces", "Mhambel", "2023-03-04", "2023-03-04"),
      ("Strategic developments", "Arrests", "Israel Defense Forces", "Civilians", "Jamla", "2023-03-05", "2023-03-05"),
      ("Explosions/Remote violence", "Air/drone strike", "US-led coalition", "", "Mayadin", "2023-03-07",
       "2023-03-07")]),
    ("attackers named by no group's name, with where they were posted before their verb, are no side told before",
     "On Tuesday, army units targeted with artillery the movements of Jabhat al-Nusra terrorists in Kafr Sajna.\n\n"
     "On Wednesday, terrorists positioned in the southern countryside of Idlib targeted the town of Suqaylabiyah with "
     "rocket shells, killing a child.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "Syrian Arab Army", "Hayat Tahrir al-Sham",
       "Kafr Sajna", "2023-03-07", "2023-03-07"),
      ("Explosions/Remote violence", "Shelling/artillery/missile attack", "Unidentified armed group", "Civilians",
       "Suqaylabiyah", "2023-03-08", "2023-03-08")]),
    ("forces that break up a protest intervene in it, whatever they call it, and a Damascus district is Damascus",
     "In Damascus, security forces broke up a night-time demonstration in the Midan district on Wednesday, "
     "arresting around thirty people.",
     [("Protests", "Protest with intervention", "Protesters", "Syrian Arab Army", "Damascus", "2023-03-08",
       "2023-03-08")]),
    ("a town the event was near says more than the region the sentence opens on",
     "In Homs countryside, an army unit ambushed a group of Jabhat al-Nusra terrorists on the road between al-Qusayr "
     "and the village of Arjoun on Tuesday.",
     [("Battles", "Armed clash", "Syrian Arab Army", "Hayat Tahrir al-Sham", "al-Qusayr", "2023-03-07",
       "2023-03-07")]),
    ("a weapon named after \"with\" types the attack but does not say who was hit; the side hit before replies",
     "On Tuesday, the army targeted with artillery a gathering of HTS fighters in Daraa al-Balad.\n\n"
     "On Wednesday, opposition factions responded by targeting regime positions near Saraqib with artillery and rockets.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "Syrian Arab Army", "Hayat Tahrir al-Sham",
       "Daraa", "2023-03-07", "2023-03-07"),
      ("Explosions/Remote violence", "Shelling/artillery/missile attack", "Hayat Tahrir al-Sham", "Syrian Arab Army",
       "Saraqib", "2023-03-08", "2023-03-08")]),
    ("one event per town of a list, spanning the days named",
     "Infighting among Turkish-backed militants erupted on March 6 and March 8. Azaz, Mare and Afrin are the main hot points.",
     [("Battles", "Armed clash", "Syrian National Army", "Syrian National Army", town, "2023-03-06", "2023-03-08")
      for town in ("Azaz", "Mare", "Afrin")]),
    ("a defender repels: the attacker is actor1",
     "On Tuesday, the Syrian Army repelled an HTS attack near Kafr Nabl.",
     [("Battles", "Armed clash", "Hayat Tahrir al-Sham", "Syrian Arab Army", "Kafr Nabl", "2023-03-07", "2023-03-07")]),
    ("'In response' turns the previous sides round; 'the next day' follows the previous event",
     "On Monday, ISIS cells attacked army positions near Palmyra.\n\nIn response, the next day, the army launched a security operation in the area.",
     [("Battles", "Armed clash", "Islamic State", "Syrian Arab Army", "Palmyra", "2023-03-06", "2023-03-06"),
      ("Battles", "Armed clash", "Syrian Arab Army", "Islamic State", "Palmyra", "2023-03-07", "2023-03-07")]),
    ("a new attacker takes no target from the event before: shelled towns are their civilians",
     "On Monday, a car bomb exploded at an SNA checkpoint in al-Bab.\n\nOn Tuesday, regime artillery shelled Kafr Nabl.",
     [("Explosions/Remote violence", "Remote explosive/landmine/IED", "Unidentified armed group",
       "Syrian National Army", "al-Bab", "2023-03-06", "2023-03-06"),
      ("Explosions/Remote violence", "Shelling/artillery/missile attack", "Syrian Arab Army", "Civilians",
       "Kafr Nabl", "2023-03-07", "2023-03-07")]),
    ("air strikes on a town's outskirts with no target named have none",
     "On Monday, ISIS attacked SNA positions near al-Bab.\n\nOn Tuesday, Russian warplanes carried out four air "
     "strikes on the outskirts of Ariha.",
     [("Battles", "Armed clash", "Islamic State", "Syrian National Army", "al-Bab", "2023-03-06", "2023-03-06"),
      ("Explosions/Remote violence", "Air/drone strike", "Russian Aerospace Forces", "", "Ariha", "2023-03-07",
       "2023-03-07")]),
    ("unnamed 'militant positions' are the enemy the report named before",
     "On Monday, Russian warplanes struck HTS positions near Ariha.\n\nOn Tuesday, Syrian army artillery shelled "
     "militant positions near Kafr Nabl.",
     [("Explosions/Remote violence", "Air/drone strike", "Russian Aerospace Forces", "Hayat Tahrir al-Sham", "Ariha",
       "2023-03-06", "2023-03-06"),
      ("Explosions/Remote violence", "Shelling/artillery/missile attack", "Syrian Arab Army", "Hayat Tahrir al-Sham",
       "Kafr Nabl", "2023-03-07", "2023-03-07")]),
    ("a state's military and its air arm are one side: the target stays",
     "On Monday, Israeli warplanes struck Syrian army positions near Kiswah.\n\nOn Wednesday, the Israeli military "
     "fired missiles at Qatana.",
     [("Explosions/Remote violence", "Air/drone strike", "Israeli Air Force", "Syrian Arab Army", "Kiswah",
       "2023-03-06", "2023-03-06"),
      ("Explosions/Remote violence", "Shelling/artillery/missile attack", "Israel Defense Forces", "Syrian Arab Army",
       "Qatana", "2023-03-08", "2023-03-08")]),
    ("troops that meet fierce resistance clash with whoever resists",
     "On Thursday, Turkish troops pushed into villages west of Tal Abyad, meeting fierce resistance from SDF "
     "fighters near al-Yabisah.",
     [("Battles", "Armed clash", "Turkish Armed Forces", "Syrian Democratic Forces", "al-Yabisah", "2023-03-09",
       "2023-03-09")]),
    ("a nationality before an attack names its state forces",
     "Early Friday, Turkish shelling hit a residential neighbourhood of al-Darbasiyah, killing two civilians.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "Turkish Armed Forces", "Civilians",
       "al-Darbasiyah", "2023-03-10", "2023-03-10")]),
    ("a town across the border is another place than the one facing it; the side officials blame did it",
     "Turkish artillery pounded Ras al-Ain on Thursday, killing two civilians.\n\nAcross the border in Turkey, mortar "
     "rounds fired from Syria slammed into the town of Ceylanpinar on Thursday, killing one civilian. Turkish "
     "officials blamed the YPG.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "Turkish Armed Forces", "Civilians",
       "Ras al-Ain", "2023-03-09", "2023-03-09"),
      ("Explosions/Remote violence", "Shelling/artillery/missile attack", "Syrian Democratic Forces", "Civilians",
       "Ceylanpinar", "2023-03-09", "2023-03-09")]),
    ("where attackers infiltrated from is not where the attack was: the detail joins it",
     "On Friday, the army repelled an attack by HTS near Jisr al-Shughur.\n\nThe source said that the terrorists, "
     "who infiltrated from the Turkish-controlled parts of Idlib, used drones in the attack.",
     [("Battles", "Armed clash", "Hayat Tahrir al-Sham", "Syrian Arab Army", "Jisr al-Shughur", "2023-03-10",
       "2023-03-10")]),
    ("a numbered section heading tells nothing of its own",
     "## 3. Arrests in Maabatli\n\nOn Wednesday, members of the Hamza Division arrested three young men in Maabatli.",
     [("Strategic developments", "Arrests", "Syrian National Army", "Civilians", "Maabatli", "2023-03-08",
       "2023-03-08")]),
    ("a heading closed by a quote or a dash tells nothing of its own",
     "Mortars on Damascus -\n\nOn Thursday, mortar shells fell on the Mezzeh district of Damascus, wounding two "
     "civilians.\n\nDaraa: arrests despite the \"settlement\"\n\nOn Wednesday, the regime's Military Security branch "
     "arrested four young men in Tafas.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "Unidentified armed group", "Civilians",
       "Damascus", "2023-03-09", "2023-03-09"),
      ("Strategic developments", "Arrests", "Syrian Arab Army", "Civilians", "Tafas", "2023-03-08", "2023-03-08")]),
    ("a report's summary of what it documents is no event",
     "STJ documents new arrests, an abduction and the seizure of land by SNA factions in Afrin.",
     []),
    ("'two days later' counts from the last happening, not from a release date",
     "On 3 March 2023, SNA military police arrested six men in Jindires.\n\nFour of the detainees were released on "
     "8 March.\n\nTwo days later, members of the Hamza Division arrested three young men in Maabatli.",
     [("Strategic developments", "Arrests", "Syrian National Army", "Civilians", "Jindires", "2023-03-03",
       "2023-03-03"),
      ("Strategic developments", "Arrests", "Syrian National Army", "Civilians", "Maabatli", "2023-03-05",
       "2023-03-05")]),
    ("a province's capital abroad is where the province is named, not where the shells fell",
     "On Tuesday, mortar shells fired from the Ain Issa countryside landed in Akcakale, a border district of "
     "Turkey's Sanliurfa province, injuring two civilians, the Sanliurfa governor's office said.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "Unidentified armed group", "Civilians",
       "Akcakale", "2023-03-07", "2023-03-07")]),
    ("whom the subject killed is its target",
     "On Tuesday, Daesh cells killed three fighters of the Syrian Democratic Forces (SDF) in an attack on a "
     "checkpoint on the outskirts of Diban.",
     [("Battles", "Armed clash", "Islamic State", "Syrian Democratic Forces", "Diban", "2023-03-07", "2023-03-07")]),
    ("thousands who march protest",
     "In Qamishli, thousands of people marched on Thursday to denounce the offensive.",
     [("Protests", "Peaceful protest", "Protesters", "", "Qamishli", "2023-03-09", "2023-03-09")]),
    ("a ransom in Syrian pounds is no shelling",
     "On Tuesday, gunmen abducted a young man near al-Mazraa.\n\nThe kidnappers demanded a ransom of 200 million "
     "Syrian pounds.",
     [("Violence against civilians", "Abduction/forced disappearance", "Unidentified armed group", "Civilians",
       "al-Mazraa", "2023-03-07", "2023-03-07")]),
    ("an appeal or a demand is no event",
     "STJ calls on the Turkish government to ensure the release of all arbitrarily detained persons in Afrin. "
     "Syrian government forces and their Russian allies must immediately stop attacking schools in Idlib.",
     []),
    ("mortar shells fired at residential quarters hit their civilians",
     "On Monday, militants of Jabhat al-Nusra fired four mortar shells at residential quarters of Kafr Nabuda.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "Hayat Tahrir al-Sham", "Civilians",
       "Kafr Nabuda", "2023-03-06", "2023-03-06")]),
    ("unnamed 'militants' struck by a state are the armed group named before, not the state's ally",
     "On Monday, HTS militants shelled army positions near Kafr Nabuda, killing a soldier.\n\nOn the same day, the "
     "Russian Aerospace Forces delivered a strike on a militant base near Maarat al-Numan. As a result of the strike, "
     "up to 12 militants were eliminated.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "Hayat Tahrir al-Sham", "Syrian Arab Army",
       "Kafr Nabuda", "2023-03-06", "2023-03-06"),
      ("Explosions/Remote violence", "Air/drone strike", "Russian Aerospace Forces", "Hayat Tahrir al-Sham",
       "Maarat al-Numan", "2023-03-06", "2023-03-06")]),
    ("'none of its units had been targeted' did not happen",
     "On Monday, an unidentified drone targeted a convoy of trucks near Al-Bukamal.\n\nA PMF source denied that the "
     "convoy belonged to the PMF, saying that none of its units had been targeted in Al-Qaim.",
     [("Explosions/Remote violence", "Air/drone strike", "Unidentified armed group", "", "Al-Bukamal", "2023-03-06",
       "2023-03-06")]),
    ("'similar strikes' are a kind of happening, not one",
     "Similar strikes in the area have usually been attributed to Israel or to the US-led coalition.",
     []),
    ("a participle clause's subject is the sentence's",
     "On Thursday, Turkish troops and allied fighters of the Syrian National Army pushed into villages west of Tal "
     "Abyad, meeting fierce resistance from SDF fighters near al-Yabisah.",
     [("Battles", "Armed clash", "Turkish Armed Forces", "Syrian Democratic Forces", "al-Yabisah", "2023-03-09",
       "2023-03-09")]),
    ("gunmen of a named faction are that faction's",
     "On Tuesday, gunmen of Ahrar al-Sharqiya abducted a Kurdish woman from her home in Afrin.",
     [("Violence against civilians", "Abduction/forced disappearance", "Syrian National Army", "Civilians", "Afrin",
       "2023-03-07", "2023-03-07")]),
    ("a foreign capital's possessive is its government, not the place",
     "Turkish warplanes pounded the border town of Ras al-Ain on Thursday, as Ankara's offensive entered its second day.",
     [("Explosions/Remote violence", "Air/drone strike", "Turkish Armed Forces", "Civilians", "Ras al-Ain",
       "2023-03-09", "2023-03-09")]),
    ("barrel bombs are air strikes; 'causing no casualties' names no target",
     "Regime helicopters dropped four barrel bombs on the outskirts of the town of al-Habit on Tuesday, causing no "
     "casualties.",
     [("Explosions/Remote violence", "Air/drone strike", "Syrian Arab Air Force", "", "al-Habit", "2023-03-07",
       "2023-03-07")]),
    ("the attacker told in a later paragraph, as the agent of a passive; where it was posted is not the place",
     "Four civilians were killed on Tuesday when artillery shells slammed into a house in the village of Kansafra."
     "\n\nThe Civil Defence said its teams recovered the bodies.\n\nLocal activists said the shells were fired by "
     "regime forces stationed around the town of Maarat al-Numan, which the regime recaptured in early 2020.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "Syrian Arab Army", "Civilians", "Kansafra",
       "2023-03-07", "2023-03-07")]),
    ("where the guns that fired were posted is not where the shells fell",
     "On Tuesday, regime artillery stationed at the Wadi Deif base shelled the southern neighbourhoods of Maarat "
     "al-Numan, killing four people.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "Syrian Arab Army", "Civilians",
       "Maarat al-Numan", "2023-03-07", "2023-03-07")]),
    ("a semicolon between two happenings, each with its own place, parts them",
     "In Daraa, clashes erupted in Tafas on Tuesday; Israeli jets struck Quneitra on Wednesday.",
     [("Battles", "Armed clash", "Unidentified armed group", "", "Tafas", "2023-03-07", "2023-03-07"),
      ("Explosions/Remote violence", "Air/drone strike", "Israeli Air Force", "Civilians", "Quneitra", "2023-03-08",
       "2023-03-08")]),
    ("the items of a list a colon opens stay one sentence",
     "Last week, key developments include: an escalation between the SNA and the SDF in northern Syria; and Turkish "
     "airstrikes against PKK positions in northern Iraq.",
     [("Explosions/Remote violence", "Air/drone strike", "Turkish Armed Forces", "Kurdistan Workers' Party",
       "northern Iraq", "2023-02-27", "2023-03-05")]),
    ("a toll after a semicolon stays with its happening",
     "Regime forces shelled Kafr Nabl on Monday; three civilians were killed in the town, activists said.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "Syrian Arab Army", "Civilians",
       "Kafr Nabl", "2023-03-06", "2023-03-06")]),
    ("the side struck that strikes back in the same sentence makes a second event, its sides reversed",
     "Government shelling hit a Turkish observation post near Saraqib on Monday, and Turkish artillery responded by "
     "pounding government positions in the area.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "Syrian Arab Army", "Turkish Armed Forces",
       "Saraqib", "2023-03-06", "2023-03-06"),
      ("Explosions/Remote violence", "Shelling/artillery/missile attack", "Turkish Armed Forces", "Syrian Arab Army",
       "Saraqib", "2023-03-06", "2023-03-06")]),
    ("striking back in a battle is the battle",
     "US-backed fighters battled Islamic State militants in the western al-Romaniya district of Raqqa on Thursday, as "
     "the jihadists hit back with snipers and booby traps.",
     [("Battles", "Armed clash", "Syrian Democratic Forces", "Islamic State", "Raqqa", "2023-03-09", "2023-03-09")]),
    ("the aircraft of a habit told after a semicolon struck no one that day",
     "On Saturday, an air strike hit the vegetable market in al-Mayadin, killing 12 people. The Observatory said the "
     "strike was carried out by coalition aircraft; Russian and Syrian government jets have also been bombing the "
     "province.",
     [("Explosions/Remote violence", "Air/drone strike", "US-led coalition", "Civilians", "al-Mayadin", "2023-03-04",
       "2023-03-04")]),
    ("aircraft named as who carried out the strikes told before are the attacker, not a strike of their own",
     "Nine civilians were killed on Tuesday when air strikes hit a residential area of Jisr al-Shughur, rescuers said."
     "\n\nThe Syrian Observatory for Human Rights put the toll at 11 and said the strikes had been carried out by "
     "Russian warplanes. Moscow, which backs the government, denies hitting civilians.",
     [("Explosions/Remote violence", "Air/drone strike", "Russian Aerospace Forces", "Civilians", "Jisr al-Shughur",
       "2023-03-07", "2023-03-07")]),
    ("a side that 'repelled the attack' in a later paragraph retells it; the region its attacker holds is no place",
     "Late on Tuesday, jihadists led by Hayat Tahrir al-Sham attacked government positions near the village of Tal "
     "Meleh in northern Hama province.\n\nAccording to SOHR, 23 soldiers were killed.\n\nState media said the army "
     "had repelled the attack. HTS controls most of Idlib province.",
     [("Battles", "Armed clash", "Hayat Tahrir al-Sham", "Syrian Arab Army", "Tal Meleh", "2023-03-07", "2023-03-07")]),
    ("a town 'cleared of terrorists', told in the passive and located by a town 25 kilometres away, with the "
     "support of the forces a side praises",
     "On Tuesday, the town of Suluk, 25 kilometres south-east of Tel Abyad, was cleared of terrorists by the Syrian "
     "National Army, with the support of the heroic Mehmetçik.",
     [("Battles", "Non-state actor overtakes territory", "Syrian National Army", "", "Suluk", "2023-03-07",
       "2023-03-07")]),
    ("an 'air operation' is an air strike; Ras al-Ain by its Turkish name",
     "Kurdish media said nine civilians were killed in a Turkish air operation in Resulayn on Tuesday night.",
     [("Explosions/Remote violence", "Air/drone strike", "Turkish Armed Forces", "Civilians", "Resulayn",
       "2023-03-07", "2023-03-07")]),
    ("aircraft grounded struck nothing",
     "On Tuesday, IS fighters attacked SDF positions near Hajin. US-led coalition aircraft were grounded by the "
     "weather during the attack.",
     [("Battles", "Armed clash", "Islamic State", "Syrian Democratic Forces", "Hajin", "2023-03-07", "2023-03-07")]),
    ("'the coalition', once named, is the US-led coalition",
     "On Tuesday, US-led coalition aircraft struck IS targets near Hajin.\n\nOn Wednesday, Turkish drones struck SDF "
     "positions near Kobani.\n\nOn Thursday, the coalition struck IS targets near al-Shafah with drones.",
     [("Explosions/Remote violence", "Air/drone strike", "US-led coalition", "Islamic State", "Hajin", "2023-03-07",
       "2023-03-07"),
      ("Explosions/Remote violence", "Air/drone strike", "Turkish Armed Forces", "Syrian Democratic Forces", "Kobani",
       "2023-03-08", "2023-03-08"),
      ("Explosions/Remote violence", "Air/drone strike", "US-led coalition", "Islamic State", "al-Shafah",
       "2023-03-09", "2023-03-09")]),
    ("the attacker a source blames the bombardment on",
     "Three refugees were killed on Tuesday when shells hit a crowded street in the Yarmouk camp, residents said, "
     "blaming the bombardment on government artillery positioned on the hills overlooking the camp.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "Syrian Arab Army", "Civilians", "Damascus",
       "2023-03-07", "2023-03-07")]),
    ("shelling that only damaged homes names no target, not the town's civilians (heldout6 point 3)",
     "On Tuesday, Turkish artillery shelled the villages of Tal Jumaa and Um al-Kaif, causing material damage to "
     "civilian property.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "Turkish Armed Forces", "", "Tal Jumaa",
       "2023-03-07", "2023-03-07"),
      ("Explosions/Remote violence", "Shelling/artillery/missile attack", "Turkish Armed Forces", "", "Um al-Kaif",
       "2023-03-07", "2023-03-07")]),
    ("shelling of villages that damaged homes and hurt a man hit the villages' civilians",
     "On Tuesday, Turkish artillery shelled the village of Tal Jumaa, causing material damage to homes and wounding "
     "a shepherd.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "Turkish Armed Forces", "Civilians",
       "Tal Jumaa", "2023-03-07", "2023-03-07")]),
    ("where rockets were fired from ends at the verb that says where they hit; who fired them is named later",
     "Three civilians were wounded on Tuesday when rockets fired from northern Syria hit the border town of Karkamis "
     "in Gaziantep province.\n\nThe rockets were fired by YPG/PKK terrorists from around Manbij, the governor's "
     "office said.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "Syrian Democratic Forces", "Civilians",
       "Karkamis", "2023-03-07", "2023-03-07")]),
    ("a lede in the perfect that counts a few dead tells the news, dated or not",
     "Suspected IS militants have killed at least five fighters of the Syrian Democratic Forces in an attack on a "
     "checkpoint near al-Busayrah, a war monitor said on Thursday.",
     [("Battles", "Armed clash", "Islamic State", "Syrian Democratic Forces", "al-Busayrah", "2023-03-04",
       "2023-03-10")]),
    ("a promise and a standing pattern are no happenings",
     "Damascus has repeatedly pledged to cleanse the desert of IS remnants, and Russian jets have struck hideouts. "
     "The continuous attacks by the Syrian regime and Russia on civilians in Idlib must stop.",
     []),
    ("a date's month is no place: 'ISIS 8 Nov ambushed ...'",
     "ISIS 8 Mar ambushed a government convoy near al-Sukhnah town in eastern Homs province, killing 12 soldiers.",
     [("Battles", "Armed clash", "Islamic State", "Syrian Arab Army", "al-Sukhnah", "2023-03-08", "2023-03-08")]),
    ("people detained when troops stormed a village: the troops acted",
     "Three men were detained on Friday when Israeli troops stormed the village of Jubata al-Khashab.",
     [("Strategic developments", "Arrests", "Israel Defense Forces", "Civilians", "Jubata al-Khashab", "2023-03-10",
       "2023-03-10")]),
    ("an air force's raids are air strikes",
     "On Wednesday, the Russian Aerospace Forces carried out raids on HTS positions near Ariha.",
     [("Explosions/Remote violence", "Air/drone strike", "Russian Aerospace Forces", "Hayat Tahrir al-Sham", "Ariha",
       "2023-03-08", "2023-03-08")]),
    ("a hedge on who did it is no hedge on whether it happened",
     "Unknown gunmen, likely ISIS cells, attacked an SDF checkpoint near Hajin on Tuesday.",
     [("Battles", "Armed clash", "Islamic State", "Syrian Democratic Forces", "Hajin", "2023-03-07", "2023-03-07")]),
    ("a rocket brought in with 'a' is a new happening; across the border it is placed in Turkey",
     "Across the border in Turkey, a rocket fired from Syria slammed into a street in the town of Reyhanli on "
     "Wednesday afternoon, wounding two people.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "Unidentified armed group", "Civilians",
       "Reyhanli", "2023-03-08", "2023-03-08")]),
    ("the part of a town's land a place lies in is no second place",
     "In the Rajo area, in Afrin's northwest near the Turkish border, SNA fighters clashed with the YPG on Wednesday.",
     [("Battles", "Armed clash", "Syrian National Army", "Syrian Democratic Forces", "Rajo", "2023-03-08",
       "2023-03-08")]),
    ("a list that names a town's outskirts keeps them as a place",
     "SNA fighters shelled Rajo, Afrin's outskirts and Jinderis on Wednesday.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "Syrian National Army", "Civilians", town,
       "2023-03-08", "2023-03-08") for town in ("Rajo", "Afrin", "Jinderis")]),
    ("where a source sits is not where it happened; a smaller town told next names the place",
     "Turkish airstrikes on a town in the Afrin enclave killed at least nine civilians on Wednesday, a war monitor "
     "said.\n\nThe strikes hit a bakery in the town of Jinderis, southwest of the city of Afrin. A YPG spokesman in "
     "Afrin said the jets came at noon.",
     [("Explosions/Remote violence", "Air/drone strike", "Turkish Armed Forces", "Civilians", "Jinderis", "2023-03-08",
       "2023-03-08")]),
    ("a drone shot down is what was stopped, not a strike",
     "On Monday, a drone was shot down by air defences as it approached the Harir air base in Iraq.",
     [("Strategic developments", "Disrupted weapons use", "", "Unidentified armed group", "Harir", "2023-03-06",
       "2023-03-06")]),
    ("a town's neighbourhoods are the town",
     "On Thursday, shelling on the Hamdaniyeh and New Aleppo neighbourhoods of Aleppo city killed four civilians.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "Unidentified armed group", "Civilians",
       "Aleppo", "2023-03-09", "2023-03-09")]),
    ("a city's district is the city",
     "On Monday, shells struck the Hamdaniyeh district of Aleppo, killing two civilians.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "Unidentified armed group", "Civilians",
       "Aleppo", "2023-03-06", "2023-03-06")]),
    ("one fighter-bomber is an aircraft, and the regime's is its air force's",
     "On Wednesday, two bombs dropped from a regime fighter-bomber hit Azaz, killing four civilians.",
     [("Explosions/Remote violence", "Air/drone strike", "Syrian Arab Air Force", "Civilians", "Azaz", "2023-03-08",
       "2023-03-08")]),
    ("a village's name before 'district', in a city the sentence names, is the city's quarter",
     "In Aleppo, militants shelled the al-Zahraa district on Wednesday, wounding five civilians.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "Unidentified armed group", "Civilians",
       "Aleppo", "2023-03-08", "2023-03-08")]),
    ("a district seat's name before 'district' is the district's town",
     "Turkish shells hit the Jinderes district on Monday, wounding three people.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "Turkish Armed Forces", "Civilians",
       "Jinderes", "2023-03-06", "2023-03-06")]),
    ("villages of a district are each a place",
     "On Thursday, Turkish artillery shelled the villages of Saida, Mu'allaq and Hoshan in the Ain Issa district.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "Turkish Armed Forces", "Civilians", town,
       "2023-03-09", "2023-03-09") for town in ("Saida", "Mu'allaq", "Hoshan")]),
    ("a foreign town's province after it says where the town is",
     "Across the border, three people were wounded on Thursday when mortar rounds fired from Syria landed in Suruc, "
     "in Turkey's Sanliurfa province.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "Unidentified armed group", "Civilians",
       "Suruc", "2023-03-09", "2023-03-09")]),
    ("a toll 'over the same period' is a running total, not this capture's",
     "SNA factions captured the village of Tal Halaf on Sunday. According to the Kurdish Red Crescent, at least 50 "
     "civilians have been killed in the region over the same period.",
     [("Battles", "Non-state actor overtakes territory", "Syrian National Army", "", "Tal Halaf", "2023-03-05",
       "2023-03-05")]),
    ("a car bomb destroyed before it struck, an IED defused: weapons use disrupted",
     "On Sunday, an army unit destroyed an explosive-laden vehicle driven by an ISIS suicide bomber near Palmyra. "
     "On Monday, SDF engineers defused an IED planted on the road near Hajin.",
     [("Strategic developments", "Disrupted weapons use", "Syrian Arab Army", "Islamic State", "Palmyra", "2023-03-05",
       "2023-03-05"),
      ("Strategic developments", "Disrupted weapons use", "Syrian Democratic Forces", "Unidentified armed group",
       "Hajin", "2023-03-06", "2023-03-06")]),
    ("warplanes the text takes to be Russian are Russia's air arm",
     "On Saturday, fixed-wing warplanes believed to be Russian fired missiles at a poultry farm on the outskirts of "
     "Sarja, injuring three civilians.",
     [("Explosions/Remote violence", "Air/drone strike", "Russian Aerospace Forces", "Civilians", "Sarja",
       "2023-03-04", "2023-03-04")]),
    ("what a protest denounces and the banners call for are no happenings of the protest's sentence",
     "On Friday, hundreds of people demonstrated after the prayers in the city of Idlib to denounce the Russian "
     "bombardment, raising banners calling on Turkey to stop the attacks on the liberated areas.",
     [("Protests", "Peaceful protest", "Protesters", "", "Idlib", "2023-03-10", "2023-03-10")]),
    ("Lebanon's army and a Lebanese border town (actors.csv, nationalities.csv, foreign_places.csv)",
     "Lebanese army units clashed at dawn on Thursday with Nusra Front militants on the outskirts of Ras Baalbek.",
     [("Battles", "Armed clash", "Lebanese Armed Forces", "Hayat Tahrir al-Sham", "Ras Baalbek", "2023-03-09",
       "2023-03-09")]),
    ("two groups that 'clashed' are the two sides",
     "Turkish-backed factions and the Kurdish-led SDF clashed again on Tuesday night near Tal Tamr.",
     [("Battles", "Armed clash", "Syrian National Army", "Syrian Democratic Forces", "Tal Tamr", "2023-03-07",
       "2023-03-07")]),
    ("a group that says its fighters (or it) killed people in clashes is the side that acted",
     "The Kurdish-led Syrian Democratic Forces said on Wednesday that its fighters had killed 23 IS militants in "
     "clashes in Raqqa.",
     [("Battles", "Armed clash", "Syrian Democratic Forces", "Islamic State", "Raqqa", "2023-03-04", "2023-03-10")]),
    ("rockets an air arm fires are its air strike",
     "Regime helicopters fired rockets at the village of Kafr Nabl on Thursday.",
     [("Explosions/Remote violence", "Air/drone strike", "Syrian Arab Air Force", "Civilians", "Kafr Nabl",
       "2023-03-09", "2023-03-09")]),
    ("troops named without their state are the ground forces named last; a modifier names whose they are",
     "Regime forces shelled the town of Ariha on Wednesday.\n\nISIS cells attacked a checkpoint near Palmyra on "
     "Tuesday.\n\nIn the Damascus countryside, troops stormed the town of Douma on Monday and arrested dozens of "
     "young men.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "Syrian Arab Army", "Civilians", "Ariha",
       "2023-03-08", "2023-03-08"),
      ("Battles", "Armed clash", "Islamic State", "", "Palmyra", "2023-03-07", "2023-03-07"),
      ("Strategic developments", "Arrests", "Syrian Arab Army", "Civilians", "Douma", "2023-03-06", "2023-03-06")]),
    ("a statement's signed date is the 'today' of what follows it, not the page's date",
     "Statement\n\nLocal Council of the City of Marea\nMonday, 6 March 2023\n\nRegime forces shelled the market of "
     "the city of Marea today, killing three civilians.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "Syrian Arab Army", "Civilians", "Marea",
       "2023-03-06", "2023-03-06")]),
    ("a photo's credit in brackets with its date is no signature: 'today' stays the page's date",
     "Dr. Karim Nasrallah holds a photo of his parents' house in northern Syria. (Brad Henley, Hartford Courant / "
     "March 9, 2023)\n\nSyrian military helicopters fired rockets at the outskirts of the Lebanese border town of "
     "Arsal on Friday morning.",
     [("Explosions/Remote violence", "Air/drone strike", "Syrian Arab Air Force", "", "Arsal", "2023-03-10",
       "2023-03-10")]),
    ("what a battle 'follows', with no day of its own, is background, and the battle the one told before; what it "
     "came a day after is an event",
     "On Monday, Hezbollah fighters and Syrian troops captured a string of hills from ISIS near Qara.\n\nThe Qalamoun "
     "battle follows Hezbollah's campaign against Nusra Front militants in the outskirts of Arsal, which ended with a "
     "deal that saw the militants bused to Idlib.\n\nThe battle came a day after ISIS fighters attacked a Hezbollah "
     "position near Flita.",
     [("Battles", "Non-state actor overtakes territory", "Hezbollah", "Islamic State", "Qara", "2023-03-06",
       "2023-03-06"),
      ("Battles", "Armed clash", "Islamic State", "Hezbollah", "Flita", "2023-03-05", "2023-03-05")]),
    ("two groups' fighters joined by 'and' are one side ('the PKK/YPG militias and Assad's militias')",
     "The council condemned the criminal shelling carried out on Monday by the PKK/YPG militias and Assad's militias "
     "stationed in Tal Rifaat, which targeted the market of the city of Marea with rocket shells, killing three "
     "civilians.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "Syrian Democratic Forces", "Civilians",
       "Marea", "2023-03-06", "2023-03-06")]),
    ("gunmen of a named group are that group; a side's backers between the two sides leave them two",
     "Fierce battles broke out on Monday between the Syrian army, backed by Hezbollah fighters, and gunmen of the "
     "Nusra Front on the outskirts of Yabroud.",
     [("Battles", "Armed clash", "Syrian Arab Army", "Hayat Tahrir al-Sham", "Yabroud", "2023-03-06", "2023-03-06")]),
    ("a site that is no town is coded at itself when no town is named (data/geo/syria_places_supplement.csv)",
     "Rockets were fired at a base housing U.S. troops at the Conoco gas field in eastern Syria on Monday.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "Unidentified armed group",
       "US-led coalition", "Conoco", "2023-03-06", "2023-03-06")]),
    ("a site that is no town is coded to the town the text places it by, and artillery fired is shelling",
     "Hours later, U.S. forces fired artillery at a launch site near the Conoco gas field near Khasham on Monday.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "US-led coalition", "", "Khasham",
       "2023-03-06", "2023-03-06")]),
    ("an air arm's missiles are its air strike, and what air defences intercepted is what met it",
     "Israeli strikes targeted positions near the town of Sayyida Zeinab early Tuesday, saying air defenses had "
     "intercepted most of the missiles.",
     [("Explosions/Remote violence", "Air/drone strike", "Israeli Air Force", "", "Sayyida Zeinab", "2023-03-07",
       "2023-03-07")]),
    ("strikes believed to have been carried out by a state are that state's; gunmen believed to belong to a cell are its group's",
     "Air strikes believed to have been carried out by Israel hit positions of Iran-backed militias near al-Qaryatayn on "
     "Tuesday.\n\nIn the desert south of al-Mayadin, gunmen believed to belong to an ISIS cell shot dead a shepherd "
     "on Monday.",
     [("Explosions/Remote violence", "Air/drone strike", "Israeli Air Force", "Iranian-backed militias", "al-Qaryatayn",
       "2023-03-07", "2023-03-07"),
      ("Violence against civilians", "Attack", "Islamic State", "Civilians", "al-Mayadin", "2023-03-06", "2023-03-06")]),
    ("strikes likely conducted by a state are that state's",
     "Airstrikes likely conducted by Russia struck a public market in Khan Shaykhun on Tuesday, killing at least "
     "nine civilians.",
     [("Explosions/Remote violence", "Air/drone strike", "Russian Aerospace Forces", "Civilians", "Khan Shaykhun",
       "2023-03-07", "2023-03-07")]),
    ("a town named after a region, to say where in it, is the more precise place; a road between two towns of a part "
     "of the country is coded to its first town",
     "On Monday, Syrian aircraft struck ISIS positions in the eastern countryside of Homs, near the ancient city of "
     "Palmyra.\n\nOn Tuesday, a Turkish drone struck a vehicle on the road between Qamishli and Amuda in northeastern "
     "Syria, killing two SDF fighters.",
     [("Explosions/Remote violence", "Air/drone strike", "Syrian Arab Air Force", "Islamic State", "Palmyra",
       "2023-03-06", "2023-03-06"),
      ("Explosions/Remote violence", "Air/drone strike", "Turkish Armed Forces", "Syrian Democratic Forces",
       "Qamishli", "2023-03-07", "2023-03-07")]),
    ("a state outlet's 'restored security and stability' to a place is the army taking it back, a day told between",
     "Units of the Syrian Arab Army restored security and stability on Monday to the town of Kafr Nabudah, held "
     "by the Nusra Front for months.",
     [("Battles", "Government regains territory", "Syrian Arab Army", "Hayat Tahrir al-Sham", "Kafr Nabudah",
       "2023-03-06", "2023-03-06")]),
    ("troops that took the village of a place took it back",
     "Syrian troops took the village of Malihat al-Atash on Tuesday, and state television says many terrorists were "
     "killed there.",
     [("Battles", "Government regains territory", "Syrian Arab Army", "", "Malihat al-Atash", "2023-03-07",
       "2023-03-07")]),
    ("'the group' that planted a bomb or left a mine behind is the group the report is about, not the side it hit",
     "Islamic State cells remain active in Deir ez-Zor, where the SDF struggle to hold the towns. On Monday, ISIS "
     "fighters attacked an SDF checkpoint near Dhiban.\n\nA day later, an IED planted by the group hit an SDF "
     "vehicle near al-Busayrah.\n\nOn Wednesday, a landmine left behind by the militants exploded near Hajin, "
     "killing two shepherds.",
     [("Battles", "Armed clash", "Islamic State", "Syrian Democratic Forces", "Dhiban", "2023-03-06", "2023-03-06"),
      ("Explosions/Remote violence", "Remote explosive/landmine/IED", "Islamic State", "Syrian Democratic Forces",
       "al-Busayrah", "2023-03-07", "2023-03-07"),
      ("Explosions/Remote violence", "Remote explosive/landmine/IED", "Islamic State", "Civilians", "Hajin",
       "2023-03-08", "2023-03-08")]),
    ("ground retaken from rebels led by a group is taken from that group",
     "The army said on Sunday that it had retaken the village of Kawkab from rebels led by the Fateh al-Sham Front.",
     [("Battles", "Government regains territory", "Syrian Arab Army", "Hayat Tahrir al-Sham", "Kawkab", "2023-03-04",
       "2023-03-10")]),  # the day it was said is not the day it happened: the week
    ("who holds the town a bomb went off in ('now under SDF control') neither planted it nor is 'the militants'",
     "Islamic State fighters attacked SDF positions in Raqqa on Thursday.\n\nIn Tabqa, now under SDF control, a "
     "landmine left behind by the militants exploded on Saturday, killing two civilians.",
     [("Battles", "Armed clash", "Islamic State", "Syrian Democratic Forces", "Raqqa", "2023-03-09", "2023-03-09"),
      ("Explosions/Remote violence", "Remote explosive/landmine/IED", "Islamic State", "Civilians", "Tabqa",
       "2023-03-04", "2023-03-04")]),
    ("the side that holds the town is no group 'the militants' point back to",
     "In Tabqa, now under SDF control, a landmine left behind by the militants exploded on Saturday, killing two "
     "civilians.",
     [("Explosions/Remote violence", "Remote explosive/landmine/IED", "Unidentified armed group", "Civilians", "Tabqa",
       "2023-03-04", "2023-03-04")]),
    ("fire at a base where a foreign force is garrisoned hits the garrison, whose wounded do not make it the attacker",
     "On Saturday evening, several mortar rounds were fired by militants at the Hmeimim airbase in Latakia province, "
     "where the Russian air group is stationed. Three Russian servicemen were wounded in the shelling.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "Unidentified armed group",
       "Russian military", "Hmeimim", "2023-03-04", "2023-03-04")]),
    ("rockets fired at a base abroad that hosts US troops hit the coalition",
     "In western Iraq, at least three rockets were fired at Ain al-Asad Air Base on Monday, a U.S. defense official "
     "said.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "Unidentified armed group",
       "US-led coalition", "Ain al-Asad Air Base", "2023-03-06", "2023-03-06")]),
    ("ground won back is ground taken",
     "On Wednesday, Kurdish fighters won back the town of Tal Abyad from IS.",
     [("Battles", "Non-state actor overtakes territory", "Syrian Democratic Forces", "Islamic State", "Tal Abyad",
       "2023-03-08", "2023-03-08")]),
    ("a protest called for a day to come is no happening; the one held on Monday is",
     "Kurds protested in Qamishli on Monday.\n\nIn Buenos Aires, the Kurdish community announced a demonstration for "
     "next Saturday in front of the Turkish embassy.",
     [("Protests", "Peaceful protest", "Protesters", "", "Qamishli", "2023-03-06", "2023-03-06")]),
    ("gunmen believed to be members of a group are its fighters",
     "In eastern Syria, gunmen believed to be members of the Islamic State group attacked an army checkpoint in the "
     "town of Mayadin late Monday, killing three soldiers.",
     [("Battles", "Armed clash", "Islamic State", "Syrian Arab Army", "Mayadin", "2023-03-06", "2023-03-06")]),
    ("the day a source spoke, set off by commas, is not the event's",
     "A security source announced, on Thursday, that army units had repelled an attack by ISIS near al-Sukhnah. The "
     "source said the militants attacked late on Wednesday night.",
     [("Battles", "Armed clash", "Islamic State", "Syrian Arab Army", "al-Sukhnah", "2023-03-08", "2023-03-08")]),
    ("what an aircraft hit, a bakery or a market, is where civilians gather: its target is civilians",
     "Russian aircraft hit a bakery in the town of al-Ghantu on Saturday.\n\nOn Sunday, Syrian warplanes struck a "
     "crowded market in Binnish.",
     [("Explosions/Remote violence", "Air/drone strike", "Russian Aerospace Forces", "Civilians", "al-Ghantu",
       "2023-03-04", "2023-03-04"),
      ("Explosions/Remote violence", "Air/drone strike", "Syrian Arab Air Force", "Civilians", "Binnish",
       "2023-03-05", "2023-03-05")]),
    ("every helper of a support list helps; the support is not what happened",
     "On Sunday, government troops supported by Hezbollah fighters and Russian air strikes captured the hilltop "
     "village of Ghmam from Jabhat al-Nusra.",
     [("Battles", "Government regains territory", "Syrian Arab Army", "Hayat Tahrir al-Sham", "Ghmam", "2023-03-05",
       "2023-03-05")]),
    ("the side a later sentence says led the attack told before, an aside between, acted in it",
     "On Wednesday, several hundred fighters attacked Syrian army positions in Aleppo.\n\nFighters of Jabhat Fatah "
     "al-Sham, as al-Nusra now calls itself, led the assault, a Syrian officer told KP.",
     [("Battles", "Armed clash", "Hayat Tahrir al-Sham", "Syrian Arab Army", "Aleppo", "2023-03-08", "2023-03-08")]),
    ("who repelled an attack told before was its target, told in the passive or not",
     "On Sunday night, ISIS fighters attacked the village of Tel Nasri. The assault was repelled by the YPG.\n\n"
     "On Monday, ISIS fighters attacked the village of Tel Tamr. Kurdish fighters repelled the attack.",
     [("Battles", "Armed clash", "Islamic State", "Syrian Democratic Forces", "Tel Nasri", "2023-03-05", "2023-03-05"),
      ("Battles", "Armed clash", "Islamic State", "Syrian Democratic Forces", "Tel Tamr", "2023-03-06",
       "2023-03-06")]),
    ("the weapons a helper lent are how a side was helped, not what the side did",
     "On Sunday, Syrian troops, supported by Russian air strikes, attacked positions of the Free Syrian Army in Kafr Nabl.\n\n"
     "On Monday, the Syrian Democratic Forces launched an assault on Islamic State positions in Baghouz, with the "
     "support of the US-led coalition's aircraft.\n\nOn Tuesday, SDF units backed by coalition helicopters detained "
     "four suspected ISIS members in al-Shaddadi.",
     [("Battles", "Armed clash", "Syrian Arab Army", "Free Syrian Army", "Kafr Nabl", "2023-03-05", "2023-03-05"),
      ("Battles", "Armed clash", "Syrian Democratic Forces", "Islamic State", "Baghouz", "2023-03-06", "2023-03-06"),
      ("Strategic developments", "Arrests", "Syrian Democratic Forces", "Islamic State", "al-Shaddadi", "2023-03-07",
       "2023-03-07")]),
    ("a hyphenated word before the second side of 'between' leaves the two sides",
     "On Monday, clashes erupted between the Asayish and the pro-regime National Defence Forces in Qamishli.",
     [("Battles", "Armed clash", "Syrian Democratic Forces", "Syrian Arab Army", "Qamishli", "2023-03-06",
       "2023-03-06")]),
    ("a country inside a group's name is no place; fighting positions hit are no fighting; what families escaped "
     "is no happening",
     "Air strikes by the US-led coalition killed 18 civilians in the last pocket held by the Islamic State in Iraq and "
     "Syria (ISIS) on Saturday. Most of the dead came from Hajin to escape the fighting. The coalition said its "
     "aircraft had hit ISIS fighting positions near Al-Shaafa.",
     [("Explosions/Remote violence", "Air/drone strike", "US-led coalition", "Civilians", "Al-Shaafa", "2023-03-04",
       "2023-03-04")]),
    ("whose car a bomb was planted in is the target, not who acted",
     "A bomb planted in the car of an army officer exploded in the town of Qudsaya on Friday, wounding him.",
     [("Explosions/Remote violence", "Remote explosive/landmine/IED", "Unidentified armed group", "Syrian Arab Army",
       "Qudsaya", "2023-03-10", "2023-03-10")]),
    ("a neighbourhood is coded to its town: the one the sentence names, else the one the report was last in",
     "In Raqqa itself, coalition airstrikes on Monday killed at least 14 civilians in the city's al-Badu district."
     "\n\nOn Tuesday, a coalition air strike flattened a building in the al-Badu neighbourhood, killing fourteen "
     "people.",
     [("Explosions/Remote violence", "Air/drone strike", "US-led coalition", "Civilians", "Raqqa", "2023-03-06",
       "2023-03-06"),
      ("Explosions/Remote violence", "Air/drone strike", "US-led coalition", "Civilians", "Raqqa", "2023-03-07",
       "2023-03-07")]),
    ("a retelling that names only what was hit leaves the event's type",
     "On Monday, a coalition air strike flattened a building in Raqqa, killing 14 civilians.\n\nThe coalition said "
     "that it had struck \"an ISIS fighting position\" in the area.",
     [("Explosions/Remote violence", "Air/drone strike", "US-led coalition", "Civilians", "Raqqa", "2023-03-06",
       "2023-03-06")]),
    ("what people fled is no happening: the drone strike stays one",
     "A nurse was injured on Tuesday when an explosives-laden drone struck a clinic at a camp near Ain Issa. The camp "
     "houses families who fled the fighting around Raqqa.",
     [("Explosions/Remote violence", "Air/drone strike", "Unidentified armed group", "Civilians", "Ain Issa",
       "2023-03-07", "2023-03-07")]),
    ("what a source says is a clause of its own: the source is not the subject",
     "SNA sources say an SDF kamikaze drone hit a Hamza Division headquarters inside Manbij city on Monday.",
     [("Explosions/Remote violence", "Air/drone strike", "Syrian Democratic Forces", "Syrian National Army", "Manbij",
       "2023-03-06", "2023-03-06")]),
    ("the weapon an attack was made with is no attack of its own; an operations room is coded as its leader",
     'The opposition factions of the "Al-Fateh al-Mubin" operations room responded on Monday by targeting regime '
     "positions near Saraqib with artillery and rockets.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "Hayat Tahrir al-Sham", "Syrian Arab Army",
       "Saraqib", "2023-03-06", "2023-03-06")]),
    ("who holds the town is no side in the strike; fire 'from areas controlled by' a group is that group's",
     "On Friday, warplanes of the US-led coalition struck a house in the ISIS-held town of Maskanah, killing five "
     "members of one family. On Saturday, rocket shells fired from areas controlled by Jabhat al-Nusra fell on the "
     "al-Midan neighbourhood of Aleppo city, killing five civilians.",
     [("Explosions/Remote violence", "Air/drone strike", "US-led coalition", "Civilians", "Maskanah", "2023-03-10",
       "2023-03-10"),
      ("Explosions/Remote violence", "Shelling/artillery/missile attack", "Hayat Tahrir al-Sham", "Civilians", "Aleppo",
       "2023-03-04", "2023-03-04")]),
    ("people 'neutralised' in a strike are its target, not its actor",
     "The ministry said that two PKK terrorists were neutralised in an air strike near Metina in northern Iraq on Tuesday.",
     [("Explosions/Remote violence", "Air/drone strike", "", "Kurdistan Workers' Party", "Metina", "2023-03-07",
       "2023-03-07")]),
    ("an unnamed group 'affiliated with' an actor is that actor's; 'X and a Y' are the two sides of clashes",
     "Clashes in Atil between the Men of Dignity and a gang affiliated with Military Intelligence left two dead on "
     "Monday.",
     [("Battles", "Armed clash", "Men of Dignity Movement", "Syrian Arab Army", "Atil", "2023-03-06", "2023-03-06")]),
    ("a claim of responsibility made hours later tells the bombing again; a car bombing is an explosive's",
     "A car bombing hit a checkpoint of the SNA on the edge of al-Bab on Monday morning, killing three fighters. "
     "Hours later, the Islamic State claimed the bombing through its Amaq outlet.",
     [("Explosions/Remote violence", "Remote explosive/landmine/IED", "Islamic State", "Syrian National Army", "al-Bab",
       "2023-03-06", "2023-03-06")]),
    ("shelled villages whose shelling harmed no one, as the report says, are no one's target",
     "On Tuesday, regime artillery shelled the village of Khasham, without causing casualties.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "Syrian Arab Army", "", "Khasham",
       "2023-03-07", "2023-03-07")]),
    ("'responded by' shelling is a new event in which the side struck strikes back, the day it was struck",
     "On Monday, a drone launched by Iranian-backed militias hit a car of HTS fighters on the outskirts of al-Atarib, "
     "killing two of them.\n\nThe fighters responded by shelling positions in nearby Kafr Nouran with rockets.",
     [("Explosions/Remote violence", "Air/drone strike", "Iranian-backed militias", "Hayat Tahrir al-Sham",
       "al-Atarib", "2023-03-06", "2023-03-06"),
      ("Explosions/Remote violence", "Shelling/artillery/missile attack", "Hayat Tahrir al-Sham",
       "Iranian-backed militias", "Kafr Nouran", "2023-03-06", "2023-03-06")]),
    ("a sentence that opens on a place of its own tells a scene whose unnamed attacker is no one told before",
     "On Monday, Russian warplanes struck HTS positions near Ariha.\n\nIn Damascus, mortar shells landed in the Old "
     "City's Bab Touma district on Tuesday, wounding four people.\n\nIn the capital, a rocket hit a school in Mezzeh "
     "on Wednesday, wounding a child.",
     [("Explosions/Remote violence", "Air/drone strike", "Russian Aerospace Forces", "Hayat Tahrir al-Sham", "Ariha",
       "2023-03-06", "2023-03-06"),
      ("Explosions/Remote violence", "Shelling/artillery/missile attack", "Unidentified armed group", "Civilians",
       "Damascus", "2023-03-07", "2023-03-07"),
      ("Explosions/Remote violence", "Shelling/artillery/missile attack", "Unidentified armed group", "Civilians",
       "Damascus", "2023-03-08", "2023-03-08")]),  # Mezzeh is a district of Damascus
    ("a scene opened on a place keeps its paragraph's date",
     "On Tuesday, gunmen attacked army checkpoints in the countryside of Daraa. In Tafas, militants stormed a police "
     "station.",
     [("Battles", "Armed clash", "Unidentified armed group", "Syrian Arab Army", "Daraa", "2023-03-07", "2023-03-07"),
      ("Battles", "Armed clash", "Unidentified armed group", "Syrian Arab Army", "Tafas", "2023-03-07",
       "2023-03-07")]),
    ("the people a group leads are the ones fought, not the fighters: 'battled rebels led by the Nusra Front'",
     "On Friday, troops battled rebels led by the Al-Nusra Front near Qara.",
     [("Battles", "Armed clash", "Syrian Arab Army", "Hayat Tahrir al-Sham", "Qara", "2023-03-10",
       "2023-03-10")]),
    ("an air arm carried from the strike before fights no battle: troops who battled are the ground forces",
     "On Monday, Syrian warplanes struck Al-Bab.\n\nFurther south, troops backed by fighters from Hezbollah "
     "battled rebels led by the Al-Nusra Front near Qara on Friday.",
     [("Explosions/Remote violence", "Air/drone strike", "Syrian Arab Air Force", "Civilians", "Al-Bab", "2023-03-06",
       "2023-03-06"),
      ("Battles", "Armed clash", "Syrian Arab Army", "Hayat Tahrir al-Sham", "Qara", "2023-03-10", "2023-03-10")]),
    ("forces that disperse protesters step in on their protest; what the protesters did, told in a relative "
     "clause, is the protest",
     "In the village of al-Qrayya on Wednesday, security forces fired into the air to disperse protesters who had "
     "blocked a road.",
     [("Protests", "Protest with intervention", "Protesters", "Syrian Arab Army", "al-Qrayya", "2023-03-08",
       "2023-03-08")]),
    ("residents who tell of a shelling are no side in it",
     "On Thursday, regime forces shelled a neighbourhood of Daraa with mortar rounds, causing material damage but no "
     "casualties, residents said.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "Syrian Arab Army", "", "Daraa",
       "2023-03-09", "2023-03-09")]),
    ("attack helicopters that strike strike from the air",
     "On Thursday, US Apache helicopters struck three vehicles near al-Quriyah.",
     [("Explosions/Remote violence", "Air/drone strike", "US-led coalition", "", "al-Quriyah", "2023-03-09",
       "2023-03-09")]),
    ("a channel's name is no place, though a village is called so",
     "The Syrian army took full control of the village of Arjoun north of al-Qusayr on Tuesday, after clashes with "
     "militants of Jabhat al-Nusra, according to the Al Jadeed correspondent on the border.",
     [("Battles", "Government regains territory", "Syrian Arab Army", "Hayat Tahrir al-Sham", "Arjoun", "2023-03-07",
       "2023-03-07")]),
    ("a side the text leaves open is no side of the event",
     "In Idlib, an air raid struck a market in the town of Kafr Nabl on Sunday, killing eight people, the Observatory "
     "said, without specifying whether Syrian or Russian jets carried out the strike.",
     [("Explosions/Remote violence", "Air/drone strike", "Unidentified armed group", "Civilians", "Kafr Nabl",
       "2023-03-05", "2023-03-05")]),
    ("a name the gazetteer lacks, listed after a town's part, is another part of that town",
     "The Syrian army on Monday recaptured the neighborhoods of al-Shaar and Karm al-Jabal in eastern Aleppo from "
     "militants led by the Fateh al-Sham Front.",
     [("Battles", "Government regains territory", "Syrian Arab Army", "Hayat Tahrir al-Sham", "Aleppo", "2023-03-06",
       "2023-03-06")]),
    ("gunships that fire strike from the air, the army's air arm's; gunships that back troops only support them",
     "In Damascus, army helicopter gunships fired on the northeastern district of Qaboun on Monday, killing at least "
     "nine people.\n\nIn Aleppo, Syrian troops backed by tanks and helicopter gunships stormed the district of "
     "Salaheddin on Tuesday.",
     [("Explosions/Remote violence", "Air/drone strike", "Syrian Arab Air Force", "Civilians", "Damascus",
       "2023-03-06", "2023-03-06"),
      ("Battles", "Armed clash", "Syrian Arab Army", "", "Aleppo", "2023-03-07", "2023-03-07")]),
    ("the name a report gives someone ('We call her Sara') and where she comes from are no place the next event "
     "carries",
     "A woman was shot dead outside her tent in the al-Hol camp on Tuesday, the camp's security force said.\n\n"
     "A Swedish woman in the camp's annex spoke to us. We call her Sara. She comes from a suburb north of "
     "Stockholm.\n\n"
     "On Wednesday, Kurdish-led forces raided the annex and arrested 14 people suspected of links to IS.",
     [("Violence against civilians", "Attack", "Unidentified armed group", "Civilians", "al-Hol", "2023-03-07",
       "2023-03-07"),
      ("Strategic developments", "Arrests", "Syrian Democratic Forces", "Islamic State", "al-Hol", "2023-03-08",
       "2023-03-08")]),
    ("armed people named by what they do ('the rebels fighting to topple') tell of no fighting",
     "In Damascus, mortar rounds crashed into the Christian quarter of Bab Touma on Tuesday, killing two people, SANA "
     "reported.\n\nSANA blamed \"terrorists,\" the government's term for the rebels fighting to topple President "
     "Bashar Assad.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "Unidentified armed group", "Civilians",
       "Damascus", "2023-03-07", "2023-03-07")]),
    ("people named by what they do ('all those fighting it') tell of no fighting",
     "On Tuesday, a car bomb exploded near an army checkpoint at the entrance of Jaramana, killing two soldiers, SANA "
     "reported.\n\nNo group claimed responsibility, but SANA blamed \"terrorists\", the term the government uses "
     "for all those fighting it.",
     [("Explosions/Remote violence", "Remote explosive/landmine/IED", "Unidentified armed group", "Syrian Arab Army",
       "Jaramana", "2023-03-07", "2023-03-07")]),
    ("people a clause names to say what a place is like are no side in the fight for it",
     "Government forces launched an assault on Wednesday to retake Maaloula, a mountain town where some residents "
     "still speak Aramaic, from the Al-Nusra Front.",
     [("Battles", "Armed clash", "Syrian Arab Army", "Hayat Tahrir al-Sham", "Maaloula", "2023-03-08", "2023-03-08")]),
    ("a side that closes the sentence only to say who tells it is no side in it",
     "A woman was shot dead outside her tent in the al-Hol camp late on Tuesday, the camp's security force, the "
     "Kurdish Asayish, said.",
     [("Violence against civilians", "Attack", "Unidentified armed group", "Civilians", "al-Hol", "2023-03-07",
       "2023-03-07")]),
    ("a side that closes the sentence only to say who tells it is no side in it, though armed people are named",
     "Turkish-backed Syrian rebels took control of the village of Qastal Jindo in the Afrin region on Monday, the "
     "Turkish military said.",
     [("Battles", "Non-state actor overtakes territory", "Syrian National Army", "", "Afrin", "2023-03-06",
       "2023-03-06")]),
    ("armed people no name gives a side to may be the closing source's own",
     "One soldier was killed in an attack on a checkpoint near Palmyra on Tuesday, the army said.",
     [("Battles", "Armed clash", "Unidentified armed group", "Syrian Arab Army", "Palmyra", "2023-03-07",
       "2023-03-07")]),
    ("a state's forces retake ground from armed groups, not from the other state's forces they were struck by",
     "Turkish drones struck Syrian army positions around Saraqib on Sunday.\n\nOn Monday, government forces retook "
     "the village of Kafr Battikh east of Saraqib.",
     [("Explosions/Remote violence", "Air/drone strike", "Turkish Armed Forces", "Syrian Arab Army", "Saraqib",
       "2023-03-05", "2023-03-05"),
      ("Battles", "Government regains territory", "Syrian Arab Army", "", "Kafr Battikh", "2023-03-06",
       "2023-03-06")]),
    ("a side that killed is the subject before an aside on who supported it",
     "Turkish commandos, supported by the Syrian National Army (SNA), neutralized seven PKK/YPG terrorists in a "
     "ground operation south of Tal Abyad on Wednesday.",
     [("Battles", "Armed clash", "Turkish Armed Forces", "Syrian Democratic Forces", "Tal Abyad", "2023-03-08",
       "2023-03-08")]),
    ("warplanes told after an armed group was named are not the group's: it has none",
     "HTS fighters shelled the town of Suqaylabiyah on Monday.\n\nOn Tuesday, warplanes struck a market in the town "
     "of Binnish, killing nine civilians.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "Hayat Tahrir al-Sham", "Civilians",
       "Suqaylabiyah", "2023-03-06", "2023-03-06"),
      ("Explosions/Remote violence", "Air/drone strike", "Unidentified armed group", "Civilians", "Binnish",
       "2023-03-07", "2023-03-07")]),
    ("the side whose air strikes cover an advance supports it; it is not what the advance is on",
     "SDF fighters pushed into the western outskirts of Manbij on Monday under cover of coalition air strikes.",
     [("Battles", "Armed clash", "Syrian Democratic Forces", "", "Manbij", "2023-03-06", "2023-03-06")]),
    ("a town's airport is no settlement: no civilians are taken to be its target",
     "On Monday, an Israeli airstrike targeted Damascus International Airport.",
     [("Explosions/Remote violence", "Air/drone strike", "Israeli Air Force", "", "Damascus", "2023-03-06",
       "2023-03-06")]),
    ("'fired at' is an attack; the owner of the positions fired at is its target, not its agent",
     "Terrorists fired at positions of government troops near Kabani in Latakia province on Monday.",
     [("Battles", "Armed clash", "Unidentified armed group", "Syrian Arab Army", "Kabani", "2023-03-06",
       "2023-03-06")]),
    ("a state with an air arm that 'struck' strikes from the air",
     "On Monday, Israel struck targets near Damascus, Syria's state news agency said.",
     [("Explosions/Remote violence", "Air/drone strike", "Israeli Air Force", "", "Damascus", "2023-03-06",
       "2023-03-06")]),
    ("'in a related context' opens another event, however near its town is",
     "Army units on Tuesday repelled an attack launched by Jabhat al-Nusra on military points in the surroundings of "
     "Kabani village in the countryside of Lattakia. In a related context, two civilians were injured by rocket shells "
     "fired by Jabhat al-Nusra on Jourin town in the countryside of Hama on Tuesday evening.",
     [("Battles", "Armed clash", "Hayat Tahrir al-Sham", "Syrian Arab Army", "Kabani", "2023-03-07", "2023-03-07"),
      ("Explosions/Remote violence", "Shelling/artillery/missile attack", "Hayat Tahrir al-Sham", "Civilians", "Jourin",
       "2023-03-07", "2023-03-07")]),
    ("the Syrian government's air strikes and barrel bombs are its air force's; its suicide drones its army's",
     "On Monday, regime air strikes killed eight civilians in Ariha. On Tuesday, a suicide drone launched by regime "
     "forces hit a car on the outskirts of Sarmin, injuring two farmers.",
     [("Explosions/Remote violence", "Air/drone strike", "Syrian Arab Air Force", "Civilians", "Ariha", "2023-03-06",
       "2023-03-06"),
      ("Explosions/Remote violence", "Air/drone strike", "Syrian Arab Army", "Civilians", "Sarmin", "2023-03-07",
       "2023-03-07")]),
    ("strikes 'ground-based' are shelling",
     "On Wednesday, ground-based strikes by Government forces hit the centre of the town of Ariha, killing 3 civilians.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "Syrian Arab Army", "Civilians", "Ariha",
       "2023-03-08", "2023-03-08")]),
    ("the attackers a source says belonged to a group are the group's; civilians struck before never strike back",
     "On Monday, regime air strikes killed eight civilians in Ariha. In Hama province, jihadists attacked regime "
     "positions near the town of Kafr Nabudah on Monday night. The monitor said most of the attackers belonged to "
     "Hayat Tahrir al-Sham.",
     [("Explosions/Remote violence", "Air/drone strike", "Syrian Arab Air Force", "Civilians", "Ariha", "2023-03-06",
       "2023-03-06"),
      ("Battles", "Armed clash", "Hayat Tahrir al-Sham", "Syrian Arab Army", "Kafr Nabudah", "2023-03-06",
       "2023-03-06")]),
    ("raids told beside aircraft are air raids, whoever carries them out",
     "On Monday, regime air strikes killed eight civilians in the town of Ariha. The Observatory, which determines "
     "who carries out raids according to the type of aircraft, said the strikes were conducted by regime warplanes.",
     [("Explosions/Remote violence", "Air/drone strike", "Syrian Arab Air Force", "Civilians", "Ariha", "2023-03-06",
       "2023-03-06")]),
    ("in the passive the subject is acted on and the agent after 'by' acts; 'came under attack' is a passive",
     "On Monday, SDF positions were shelled by Turkish forces near Tal Tamr. On Tuesday, regime forces came under "
     "attack by HTS fighters near Kabani.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "Turkish Armed Forces",
       "Syrian Democratic Forces", "Tal Tamr", "2023-03-06", "2023-03-06"),
      ("Battles", "Armed clash", "Hayat Tahrir al-Sham", "Syrian Arab Army", "Kabani", "2023-03-07", "2023-03-07")]),
    ("a live feed's day heading dates the items below it",
     "Wednesday, 8 March 2023\n\n11:34\nTurkish drone struck a car on the road between Qamishli and Amuda, 2 SDF "
     "fighters killed - ANHA",
     [("Explosions/Remote violence", "Air/drone strike", "Turkish Armed Forces", "Syrian Democratic Forces", "Qamishli",
       "2023-03-08", "2023-03-08")]),
    ("a capital complained to is a government; fire from a country that came down in a town fell there",
     "Jordan has complained to Damascus after shells fired from Syria came down in the border town of Ramtha on "
     "Thursday.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "Unidentified armed group", "", "Ramtha",
       "2023-03-09", "2023-03-09")]),
    ("who claimed a bombing in a clause after a semicolon did it; 'next day' follows the day told before",
     "Car bomb 24 Sept outside Air Force Intelligence branch in Harasta, Damascus countryside, reportedly killed at "
     "least five security personnel; Jabhat al-Nusra later claimed responsibility. FSA rebels 11 Sept attacked army "
     "checkpoints near Khan Shaykhun. Regime jets bombed Khan Shaykhun next day, killing at least nine civilians.",
     [("Explosions/Remote violence", "Remote explosive/landmine/IED", "Hayat Tahrir al-Sham", "Syrian Arab Army",
       "Harasta", "2022-09-24", "2022-09-24"),
      ("Battles", "Armed clash", "Free Syrian Army", "Syrian Arab Army", "Khan Shaykhun", "2022-09-11", "2022-09-11"),
      ("Explosions/Remote violence", "Air/drone strike", "Syrian Arab Air Force", "Civilians", "Khan Shaykhun",
       "2022-09-12", "2022-09-12")]),
    ("a town of the Gaza Strip is placed there, not at a Syrian village of its name",
     "An Israeli air strike on a school sheltering displaced families in Jabalia, in the north of the enclave, killed "
     "at least 11 people on Tuesday, Gaza's Civil Defence said.",
     [("Explosions/Remote violence", "Air/drone strike", "Israeli Air Force", "Civilians", "Jabalia", "2023-03-07",
       "2023-03-07")]),
    ("people who crossed from a country were where the place after it puts them",
     "On Monday, Iraqi security forces arrested 5 ISIS suspects who had crossed from Syria near al-Qaim, Anbar.",
     [("Strategic developments", "Arrests", "Iraqi Security Forces", "Islamic State", "al-Qaim", "2023-03-06",
       "2023-03-06")]),
    ("whom a group described in an apposition fights is no side; a suicide truck bombing is a suicide bomb",
     "On Monday, the Al Nusrah Front, the al Qaeda-linked jihadist group fighting Bashar al Assad's regime, claimed "
     "credit for a suicide truck bombing that targeted an army checkpoint near al-Safira.",
     [("Explosions/Remote violence", "Suicide bomb", "Hayat Tahrir al-Sham", "Syrian Arab Army", "al-Safira",
       "2023-03-06", "2023-03-06")]),
    ("what a side presented its target as is no side; a house struck is civilians'",
     "On Sunday, Russian aircraft struck a house on the edge of Kafr Zita, in a strike that the ministry presented "
     "the next day as an attack on an ISIS command post.",
     [("Explosions/Remote violence", "Air/drone strike", "Russian Aerospace Forces", "Civilians", "Kafr Zita",
       "2023-03-05", "2023-03-05")]),
    ("a scene set by a where-clause names no side",
     "In Iraq, where government forces are fighting for Tal Afar, a Coalition strike on a house in the west of the "
     "city killed five members of one family on Monday.",
     [("Explosions/Remote violence", "Air/drone strike", "US-led coalition", "Civilians", "Tal Afar", "2023-03-06",
       "2023-03-06")]),
    ("a live page's entries, each under its clock time, are of the page's day",
     "18:25 GMT\n\nA Turkish drone struck a car near Amuda, killing two SDF fighters, the SDF says.\n\n17:40 GMT\n\nSANA says an "
     "explosive device went off beside an army checkpoint in Kafr Sousa, killing two soldiers.",
     [("Explosions/Remote violence", "Air/drone strike", "Turkish Armed Forces", "Syrian Democratic Forces", "Amuda",
       "2023-03-10", "2023-03-10"),
      ("Explosions/Remote violence", "Remote explosive/landmine/IED", "Unidentified armed group", "Syrian Arab Army",
       "Damascus", "2023-03-10", "2023-03-10")]),
    ("entries that open on their clock time and a dash are a live page's, of its day; pro-government Syrian "
     "fighters are the army's",
     "18:15 – Turkish artillery shelled a convoy of pro-government Syrian fighters near the village of Kimar, the "
     "Observatory said.\n\n14:50 – Two rockets fired from Afrin landed in the Turkish border city of Kilis, wounding "
     "a Syrian refugee.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "Turkish Armed Forces", "Syrian Arab Army",
       "Kimar", "2023-03-10", "2023-03-10"),
      ("Explosions/Remote violence", "Shelling/artillery/missile attack", "Unidentified armed group", "Civilians",
       "Kilis", "2023-03-10", "2023-03-10")]),
    ("a post's date line with its hour dates the post below it",
     "March 8, 2023 at 8:05 PM · 🌐\n\nGunmen kidnapped a young man near the northern entrance of Shahba this "
     "evening, relatives said.",
     [("Violence against civilians", "Abduction/forced disappearance", "Unidentified armed group", "Civilians",
       "Shahba", "2023-03-08", "2023-03-08")]),
    ("the items a feed lists above its first day heading are its published day's",
     "11:50\nTurkish drone struck a car near Amuda, 2 SDF fighters killed - ANHA\n\nWednesday, 8 March 2023\n\n"
     "11:34\nTurkish drone struck a car near Qamishli, 3 SDF fighters killed - ANHA",
     [("Explosions/Remote violence", "Air/drone strike", "Turkish Armed Forces", "Syrian Democratic Forces", "Amuda",
       "2023-03-10", "2023-03-10"),
      ("Explosions/Remote violence", "Air/drone strike", "Turkish Armed Forces", "Syrian Democratic Forces", "Qamishli",
       "2023-03-08", "2023-03-08")]),
    ("what the victims were accused of is no side in their killing",
     "On Friday, ISIS publicly executed two young men in the centre of Raqqa city, after accusing them of apostasy and "
     "of dealing with the Free Syrian Army.",
     [("Violence against civilians", "Attack", "Islamic State", "Civilians", "Raqqa", "2023-03-10", "2023-03-10")]),
    ("suicide car bombs a group detonated are suicide bombs; bombers are aircraft",
     "On Saturday, Isil fighters detonated two suicide car bombs at the perimeter of the Kuweires air base. On Sunday, "
     "Russian bombers destroyed an Isil command post near Talbiseh.",
     [("Explosions/Remote violence", "Suicide bomb", "Islamic State", "", "Kuweires", "2023-03-04", "2023-03-04"),
      ("Explosions/Remote violence", "Air/drone strike", "Russian Aerospace Forces", "Islamic State", "Talbiseh",
       "2023-03-05", "2023-03-05")]),
    ("an air strike no one is named for is an unidentified armed group's, as shelling is",
     "On Monday, airstrikes hit the hospital in Maarat al-Numan, killing three patients.",
     [("Explosions/Remote violence", "Air/drone strike", "Unidentified armed group", "Civilians", "Maarat al-Numan",
       "2023-03-06", "2023-03-06")]),
    ("a raid that ends in detentions is Arrests",
     "On Thursday, SDF fighters raided the village of Shuhayl and detained 6 ISIS suspects.",
     [("Strategic developments", "Arrests", "Syrian Democratic Forces", "Islamic State", "Shuhayl", "2023-03-09",
       "2023-03-09")]),
    ("no date in the text: the 7 days up to publication",
     "Meanwhile, Syrian forces blocked a US military convoy near Qamishli.",
     [("Strategic developments", "Other", "Syrian Arab Army", "US-led coalition", "Qamishli", "2023-03-04",
       "2023-03-10")]),
    ("history and standing situations are not events",
     "In 2019, the Syrian Army captured Khan Shaykhun. Hundreds of ISIS members still hide in the desert.",
     []),
    ("a monitor's count of cases or operations over a month, and a month's trend, are background",
     "The month saw a sharp rise in air and artillery attacks on residential areas in Aleppo. The center documented "
     "436 new cases of arbitrary detention in April, most of them at checkpoints. It documented 214 deaths among regime "
     "forces in April, most of them killed in clashes in the southern Aleppo countryside. In September, the League recorded 41 "
     "assassination operations and attempts across the governorate, which left 29 people dead.",
     []),
    ("a clash and the ceasefire that ended it are two events",
     "After almost a week of clashes between HTS and Fa Ithbatu in Idlib, the sides reached a ceasefire deal.",
     [("Battles", "Armed clash", "Hayat Tahrir al-Sham", "Fa Ithbatu", "Idlib", "2023-03-04", "2023-03-10"),
      ("Strategic developments", "Agreement", "Hayat Tahrir al-Sham", "Fa Ithbatu", "Idlib", "2023-03-04",
       "2023-03-10")]),
    ("bodies found: violence against civilians by an unidentified group, on the day found",
     "On Wednesday, four bodies were found near Muzayrib.",
     [("Violence against civilians", "Attack", "Unidentified armed group", "Civilians", "Muzayrib", "2023-03-08",
       "2023-03-08")]),
    ("a protest",
     "On Friday, hundreds of protesters took to the streets of Sweida, demanding better services.",
     [("Protests", "Peaceful protest", "Protesters", "", "Sweida", "2023-03-10", "2023-03-10")]),
    ("force used on protesters is a protest event (ACLED: excessive force against protesters)",
     "On Tuesday, SDF fighters opened fire on demonstrators in Shuhayl, killing two of them.",
     [("Protests", "Excessive force against protesters", "Syrian Democratic Forces", "Protesters", "Shuhayl",
       "2023-03-07", "2023-03-07")]),
    ("a region of the town's own governorate beside it says where the town is: one event, at the town",
     "On Thursday, ISIS cells attacked a checkpoint in the town of Dhiban, in the eastern countryside of Deir ez-Zor.",
     [("Battles", "Armed clash", "Islamic State", "", "Dhiban", "2023-03-09", "2023-03-09")]),
    ("the most precise nearby place of a continuing fight is its location",
     "On Monday, HTS shelled army positions near Tafas, triggering clashes. The heaviest fighting erupted near Muzayrib.",
     [("Battles", "Armed clash", "Hayat Tahrir al-Sham", "Syrian Arab Army", "Muzayrib", "2023-03-06", "2023-03-06")]),
    ("the actor that names the trigger's noun acts; the people named before it were its target",
     "On Monday, a soldier of the regime forces died of wounds he sustained in an ISIS attack near Palmyra.",
     [("Battles", "Armed clash", "Islamic State", "Syrian Arab Army", "Palmyra", "2023-03-06", "2023-03-06")]),
    ("civilians named first are still acted on; the agent of a passive ('left behind by ISIS') acts",
     "On Tuesday, two shepherds were killed when a landmine left behind by ISIS exploded near Palmyra.",
     [("Explosions/Remote violence", "Remote explosive/landmine/IED", "Islamic State", "Civilians", "Palmyra",
       "2023-03-07", "2023-03-07")]),
    ("a roundup item's label names its region, not its place",
     "1- Daraa: Unidentified gunmen shot dead a young man on Monday in the town of Tafas.",
     [("Violence against civilians", "Attack", "Unidentified armed group", "Civilians", "Tafas", "2023-03-06",
       "2023-03-06")]),
    ("a town after a comma that says where the place before it lies is not the place",
     "On Tuesday, a landmine exploded near Al-Mayadin, east of Deir ez-Zor, killing two shepherds.",
     [("Explosions/Remote violence", "Remote explosive/landmine/IED", "Unidentified armed group", "Civilians",
       "Al-Mayadin", "2023-03-07", "2023-03-07")]),
    ("a road between two towns, located by a third: the first town; a nationality's drone is its army's",
     "On Wednesday, three SDF fighters were killed when a Turkish drone targeted their car on the road between "
     "Arima and Manbij, east of Aleppo.",
     [("Explosions/Remote violence", "Air/drone strike", "Turkish Armed Forces", "Syrian Democratic Forces", "Arima",
       "2023-03-08", "2023-03-08")]),
    ("the same two sides again: the text says which one acts this time",
     "On Monday, ISIS cells attacked army positions near Palmyra.\n\n"
     "On Tuesday, a roadside bomb planted by ISIS killed two soldiers near Sukhnah.",
     [("Battles", "Armed clash", "Islamic State", "Syrian Arab Army", "Palmyra", "2023-03-06", "2023-03-06"),
      ("Explosions/Remote violence", "Remote explosive/landmine/IED", "Islamic State", "Syrian Arab Army", "Sukhnah",
       "2023-03-07", "2023-03-07")]),
    ("a source's name is no place ('SANA's reporter' is not the village of Sana)",
     "On Monday, the source told SANA's reporter that gunmen attacked a checkpoint.",
     [("Battles", "Armed clash", "Unidentified armed group", "", "", "2023-03-06", "2023-03-06")]),
    ("a town after ', near' says where the place before it lies",
     "On Monday, Russian warplanes launched four air raids on the outskirts of the town of Badama, near Jisr "
     "al-Shughur in western Idlib.",
     [("Explosions/Remote violence", "Air/drone strike", "Russian Aerospace Forces", "", "Badama", "2023-03-06",
       "2023-03-06")]),
    ("a comparison 'since the start of the year' inside an event's sentence is no running total",
     "On Monday, ISIS cells have killed eight soldiers in an attack near Palmyra, one of the deadliest attacks "
     "since the start of the year.",
     [("Battles", "Armed clash", "Islamic State", "Syrian Arab Army", "Palmyra", "2023-03-06", "2023-03-06")]),
    ("the device, not the blast, says who acted; a shepherd is a civilian",
     "On Saturday, a shepherd was killed by the explosion of a landmine left behind by ISIS near Salamiyah.",
     [("Explosions/Remote violence", "Remote explosive/landmine/IED", "Islamic State", "Civilians", "Salamiyah",
       "2023-03-04", "2023-03-04")]),
    ("the first telling says who acted; 'the attack was repelled' only retells it",
     "Meanwhile, ISIS fighters attacked a checkpoint of the Syrian Army near Palmyra. Syrian military sources said "
     "that the attack was repelled without losses.",
     [("Battles", "Armed clash", "Islamic State", "Syrian Arab Army", "Palmyra", "2023-03-04", "2023-03-10")]),
    ("passive voice: the subject suffered it; no one named, an unidentified group's bomb",
     "On Tuesday, a number of Russian soldiers were injured by a car bomb explosion near Ariha.",
     [("Explosions/Remote violence", "Remote explosive/landmine/IED", "Unidentified armed group", "Russian military",
       "Ariha", "2023-03-07", "2023-03-07")]),
    ("passive voice: who acted is named after the passive",
     "On Tuesday, three members of the SDF were killed when ISIS cells attacked a checkpoint near Hajin.",
     [("Battles", "Armed clash", "Islamic State", "Syrian Democratic Forces", "Hajin", "2023-03-07", "2023-03-07")]),
    ("passive voice with a by-phrase after the trigger",
     "On Monday, seven Syrian soldiers were injured in airstrikes by Israeli warplanes near Damascus.",
     [("Explosions/Remote violence", "Air/drone strike", "Israeli Air Force", "Syrian Arab Army", "Damascus",
       "2023-03-06", "2023-03-06")]),
    ("'the body of a young man' introduces a victim; it does not point back",
     "On Thursday, the body of a young man was found near Nassib.",
     [("Violence against civilians", "Attack", "Unidentified armed group", "Civilians", "Nassib", "2023-03-09",
       "2023-03-09")]),
    ("sniper fire from an army checkpoint on a child is violence against civilians by the army",
     "A child was injured by sniper fire from an army checkpoint near Tafas on Thursday evening.",
     [("Violence against civilians", "Attack", "Syrian Arab Army", "Civilians", "Tafas", "2023-03-09", "2023-03-09")]),
    ("people who demonstrated this morning protested on the day of publication",
     "Hundreds of people demonstrated in the city of al-Suwayda this morning.",
     [("Protests", "Peaceful protest", "Protesters", "", "al-Suwayda", "2023-03-10", "2023-03-10")]),
    ("a strike 'blamed on' a side is that side's",
     "On Tuesday, a drone strike blamed on Syrian government forces hit a minibus near Qastoun, killing five "
     "civilians.",
     [("Explosions/Remote violence", "Air/drone strike", "Syrian Arab Army", "Civilians", "Qastoun", "2023-03-07",
       "2023-03-07")]),
    ("'pounding' is shelling",
     "On Tuesday, Syrian army units responded by pounding positions in the town of Sarmin.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "Syrian Arab Army", "", "Sarmin",
       "2023-03-07", "2023-03-07")]),
    ("a store of arms that blew up with no one said to attack it is no attack (ACLED: a strategic development)",
     "On Tuesday, a weapons depot of the SDF exploded near Qamishli.",
     [("Strategic developments", "Other", "Syrian Democratic Forces", "", "Qamishli", "2023-03-07", "2023-03-07")]),
    ("a depot that warplanes hit is only what they struck",
     "On Tuesday, Russian warplanes hit a fuel depot near Sarmada.",
     [("Explosions/Remote violence", "Air/drone strike", "Russian Aerospace Forces", "", "Sarmada", "2023-03-07",
       "2023-03-07")]),
    ("warplanes flying over a country strike no one",
     "On Tuesday, Israeli warplanes conducted extensive flights in Lebanese airspace.",
     [("Strategic developments", "Other", "Israeli Air Force", "", "", "2023-03-07", "2023-03-07")]),
    ("a passive's agent may come late in its clause, after the time",
     "The town of Jasim was stormed at dawn on Tuesday by the Syrian army's Fourth Division.",
     [("Battles", "Armed clash", "Syrian Arab Army", "", "Jasim", "2023-03-07", "2023-03-07")]),
    ("a deal the protesters name is no event of its own",
     "Hundreds of people demonstrated in the town of Maarat al-Numan on Wednesday, calling on Turkey, a guarantor "
     "of the de-escalation deal, to stop the offensive.",
     [("Protests", "Peaceful protest", "Protesters", "", "Maarat al-Numan", "2023-03-08", "2023-03-08")]),
    ("residents who demonstrated on a day protested",
     "In the town of al-Shuhayl, dozens of residents demonstrated on Friday in front of the local council.",
     [("Protests", "Peaceful protest", "Protesters", "", "al-Shuhayl", "2023-03-10", "2023-03-10")]),
    ("an opposition outlet's word for the army; the people harmed, named first, are acted on",
     "A woman and her two children were killed on Sunday evening by artillery shelling carried out by Assad's "
     "militias on the town of al-Bara.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "Syrian Arab Army", "Civilians", "al-Bara",
       "2023-03-05", "2023-03-05")]),
    ("where the shells came from is not where they fell",
     "On Sunday, more than 30 shells fell on the town of al-Bara, coming from army positions in the town of Kafr Nabl.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "Syrian Arab Army", "", "al-Bara",
       "2023-03-05", "2023-03-05")]),
    ("warplanes' raids are air strikes",
     "On Monday morning, Russian warplanes carried out two raids on the outskirts of the town of Kansafra, injuring a "
     "civilian.",
     [("Explosions/Remote violence", "Air/drone strike", "Russian Aerospace Forces", "Civilians", "Kansafra",
       "2023-03-06", "2023-03-06")]),
    ("fighters killed before a 'when' clause are its target",
     "Two fighters of the Syrian Democratic Forces (SDF) were killed and a third was wounded on Monday evening when "
     "ISIS cells opened fire on their military vehicle near al-Busayrah.",
     [("Battles", "Armed clash", "Islamic State", "Syrian Democratic Forces", "al-Busayrah", "2023-03-06",
       "2023-03-06")]),
    ("unnamed militants named by the next sentence's 'carried out by'",
     "Four Syrian soldiers were killed on Saturday when militants fired a guided missile at an army post near "
     "Saraqib.\n\nThe attack was carried out by militants of Hayat Tahrir al-Sham, which controls much of Idlib.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "Hayat Tahrir al-Sham", "Syrian Arab Army",
       "Saraqib", "2023-03-04", "2023-03-04")]),
    ("the day a group claims an attack is not the day of the attack",
     "Two SDF fighters were killed on Monday evening when ISIS cells attacked their vehicle near al-Busayrah.\n\n"
     "ISIS claimed the attack on Tuesday through its Amaq news agency, saying its members killed four fighters.",
     [("Battles", "Armed clash", "Islamic State", "Syrian Democratic Forces", "al-Busayrah", "2023-03-06",
       "2023-03-06")]),
    ("villagers who block a convoy and pelt it with stones riot; the blocking is part of it",
     "On Wednesday, residents of the village of Himu blocked a convoy of US military vehicles and pelted it with "
     "stones.",
     [("Riots", "Violent demonstration", "Rioters", "", "Himu", "2023-03-08", "2023-03-08")]),
    ("Russian aircraft are Russia's air force",
     "On Wednesday, Russian aircraft struck a militant base near the village of Fleifel.",
     [("Explosions/Remote violence", "Air/drone strike", "Russian Aerospace Forces", "", "Fleifel", "2023-03-08",
       "2023-03-08")]),
    ("a bracketed abbreviation does not start a clause: the first of the subject's actors acts",
     "On Friday, Turkish forces and their proxies from the Syrian National Army (SNA) shelled SDF positions near "
     "Tell Tamr.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "Turkish Armed Forces",
       "Syrian Democratic Forces", "Tell Tamr", "2023-03-10", "2023-03-10")]),
    ("'in a separate incident' takes no side from the event before it",
     "On Friday, HTS militants fired a guided missile at an army post near Saraqib.\n\n"
     "In a separate incident, a landmine left by the Islamic State exploded near the town of al-Sukhnah on Thursday.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "Hayat Tahrir al-Sham", "Syrian Arab Army",
       "Saraqib", "2023-03-10", "2023-03-10"),
      ("Explosions/Remote violence", "Remote explosive/landmine/IED", "Islamic State", "", "al-Sukhnah",
       "2023-03-09", "2023-03-09")]),
    ("detentions at a sit-in are the protest's intervention (ACLED: a protest with intervention, by unnamed "
     "security men here), not an event of their own; crowds in two towns are two",
     "Hundreds of protesters took to the streets of Idlib city on Friday.\n\n"
     "In Jisr al-Shughur on the same day, security men dispersed a sit-in outside the court and detained four protesters.",
     [("Protests", "Peaceful protest", "Protesters", "", "Idlib", "2023-03-10", "2023-03-10"),
      ("Protests", "Protest with intervention", "Protesters", "", "Jisr al-Shughur", "2023-03-10", "2023-03-10")]),
    ("forces that disperse a crowd, fire into the air over it or fire tear gas step in on its protest (ACLED: a "
     "protest with intervention, the force the side acted on), told in the crowd's sentence or the next",
     "In Idlib city, dozens of people protested on Friday against rising fuel prices; HTS fighters fired into the "
     "air to disperse the crowd.\n\n"
     "In al-Shuhayl on Friday, dozens of residents demonstrated in front of the council building. SDF members "
     "fired in the air to disperse the demonstrators.\n\n"
     "On Thursday, hundreds of people marched in Khan Arnabah to demand the withdrawal of Israeli forces. "
     "Witnesses said Israeli soldiers fired tear gas as the crowd approached a checkpoint.",
     [("Protests", "Protest with intervention", "Protesters", "Hayat Tahrir al-Sham", "Idlib", "2023-03-10",
       "2023-03-10"),
      ("Protests", "Protest with intervention", "Protesters", "Syrian Democratic Forces", "al-Shuhayl", "2023-03-10",
       "2023-03-10"),
      ("Protests", "Protest with intervention", "Protesters", "Israel Defense Forces", "Khan Arnabah", "2023-03-09",
       "2023-03-09")]),
    ("ground taken farther from its word, or before a participle that goes on with the clause; the ground taken from "
     "no side named was taken from the one armed group the report names",
     "Syrian troops regained control of three villages near the town of Qusayr on Monday.\n\n"
     "On Tuesday, army units entered the village of Abu Huri, driving out militants of the Free Syrian Army.",
     [("Battles", "Government regains territory", "Syrian Arab Army", "Free Syrian Army", "Qusayr", "2023-03-06",
       "2023-03-06"),
      ("Battles", "Government regains territory", "Syrian Arab Army", "Free Syrian Army", "Abu Huri", "2023-03-07",
       "2023-03-07")]),
    ("fighting across the whole country is background, not a happening, nor a retelling that types one",
     "On Thursday, a Syrian military helicopter fired two rockets at Ariha.\n\n"
     "Activists also said the bodies of 11 men were found on Friday on the outskirts of Jdeidet Artouz. The "
     "fighting across the country comes as the UN's new envoy takes up his post.",
     [("Explosions/Remote violence", "Air/drone strike", "Syrian Arab Air Force", "", "Ariha", "2023-03-09",
       "2023-03-09"),
      ("Violence against civilians", "Attack", "Unidentified armed group", "Civilians", "Jdeidet Artouz",
       "2023-03-10", "2023-03-10")]),
    ("a state's air arm carried over to what happens on the ground is its ground forces",
     "On Friday, a Syrian military helicopter fired two rockets at Ariha. In Damascus, security forces raided "
     "the Kafr Sousa neighbourhood on Friday and detained dozens of young men.",
     [("Explosions/Remote violence", "Air/drone strike", "Syrian Arab Air Force", "", "Ariha", "2023-03-10",
       "2023-03-10"),
      ("Strategic developments", "Arrests", "Syrian Arab Army", "Civilians", "Damascus", "2023-03-10",
       "2023-03-10")]),
    ("the agents named together after \"by\" act together; the people killed are the side acted on",
     "Air strikes by Syrian government and Russian warplanes killed at least 11 civilians in the town of Ariha on "
     "Thursday.",
     [("Explosions/Remote violence", "Air/drone strike", "Syrian Arab Air Force", "Civilians", "Ariha", "2023-03-09",
       "2023-03-09")]),
    ("the actor a source blames, in its words (\"what it called remnants of\"), did it",
     "On Sunday, a roadside bomb hit a bus carrying army personnel near Palmyra, killing one soldier, SANA said, "
     "blaming what it called remnants of Daesh terrorists.",
     [("Explosions/Remote violence", "Remote explosive/landmine/IED", "Islamic State", "Syrian Arab Army", "Palmyra",
       "2023-03-05", "2023-03-05")]),
    ("what a side denies, what its aircraft did not do, and a contracted negation are no happening",
     "On Sunday, regime warplanes struck Kafr Nabl. Russia's defence ministry denied that its aircraft had carried "
     "out any combat missions near Kafr Nabl. Moscow said its jets didn't strike Ariha, and its aircraft hadn't "
     "conducted any missions near Saraqib on Sunday.",
     [("Explosions/Remote violence", "Air/drone strike", "Syrian Arab Air Force", "Civilians", "Kafr Nabl",
       "2023-03-05", "2023-03-05")]),
    ("a clause after the one a denial introduces is told as happened",
     "An FSA commander denied that his men had withdrawn from Aleppo, but admitted that six of his fighters had been "
     "killed in fighting there on Wednesday.",
     [("Battles", "Armed clash", "Unidentified armed group", "Free Syrian Army", "Aleppo", "2023-03-08",
       "2023-03-08")]),
    ("an army's and a state's words: suspects apprehended, fire toward attackers, a district \"cleansed\" of them",
     "On Monday, Israeli troops apprehended four men in Quneitra.\n\n"
     "On Tuesday, Jordanian troops fired toward smugglers near Jaber.\n\n"
     "On Sunday, the army \"cleansed\" the Tadamon neighbourhood of Damascus of armed groups, SANA said.",
     [("Strategic developments", "Arrests", "Israel Defense Forces", "Civilians", "Quneitra", "2023-03-06",
       "2023-03-06"),
      ("Battles", "Armed clash", "Jordanian Armed Forces", "Unidentified armed group", "Jaber", "2023-03-07",
       "2023-03-07"),
      ("Battles", "Government regains territory", "Syrian Arab Army", "", "Damascus", "2023-03-05", "2023-03-05")]),
    ("a crowd fired on, in its own sentence or the next, is one protest met with excessive force (ACLED); what "
     "follows a semicolon is no longer what the crowd protested against",
     "Dozens of people protested in Nawa on Sunday; regime forces opened fire on them, killing three.\n\n"
     "On Friday, regime forces opened fire on worshippers demonstrating after prayers in Inkhil.\n\n"
     "In Idlib, dozens protested on Saturday against HTS. In Ariha, gunmen shot dead a man on Saturday.",
     [("Protests", "Excessive force against protesters", "Protesters", "Syrian Arab Army", "Nawa", "2023-03-05",
       "2023-03-05"),
      ("Protests", "Excessive force against protesters", "Protesters", "Syrian Arab Army", "Inkhil", "2023-03-10",
       "2023-03-10"),
      ("Protests", "Peaceful protest", "Protesters", "", "Idlib", "2023-03-04", "2023-03-04"),
      ("Violence against civilians", "Attack", "Unidentified armed group", "Civilians", "Ariha", "2023-03-04",
       "2023-03-04")]),
    ("a crowd that disperses by itself, and shots fired into the air where no one gathers, are no intervention",
     "In Tartus, dozens of retired officers staged a protest on Sunday; the protesters dispersed after a few "
     "hours.\n\nOn Monday, gunmen fired into the air at a wedding in Jableh.",
     [("Protests", "Peaceful protest", "Protesters", "", "Tartus", "2023-03-05", "2023-03-05")]),
    ("air defences that confront a state's missile aggression were its target; its air arm's missiles are an air "
     "strike (every gold set codes them so)",
     "On Sunday, Syrian air defense systems confronted an Israeli missile aggression against the vicinity of the "
     "Tiyas airbase.",
     [("Explosions/Remote violence", "Air/drone strike", "Israeli Air Force", "Syrian Arab Army",
       "Tiyas", "2023-03-05", "2023-03-05")]),
    ("a military whose jets struck carried out an air strike, its air force's (codebook section 5)",
     "The Israeli military said on Wednesday its jets had struck Hezbollah weapons depots near al-Qusayr on Tuesday.",
     [("Explosions/Remote violence", "Air/drone strike", "Israeli Air Force", "Hezbollah", "al-Qusayr",
       "2023-03-07", "2023-03-07")]),
    ("clashes between two named divisions of one side are infighting",
     "Clashes broke out on Monday between the Sultan Murad Division and the Hamza Division in al-Bab.",
     [("Battles", "Armed clash", "Syrian National Army", "Syrian National Army", "al-Bab", "2023-03-06",
       "2023-03-06")]),
    ("a side that foils an attempt by another was attacked by it",
     "On Saturday, army units thwarted an attempt by Jabhat al-Nusra terrorists to infiltrate army positions near "
     "Hazarin.",
     [("Battles", "Armed clash", "Hayat Tahrir al-Sham", "Syrian Arab Army", "Hazarin", "2023-03-04", "2023-03-04")]),
    ("an aside in brackets after a group's name describes the group: its country is no place of the event",
     "On Wednesday, Russian warplanes struck positions of Hayat Tahrir al-Sham (a group banned in Russia) in "
     "Syria's Idlib province.",
     [("Explosions/Remote violence", "Air/drone strike", "Russian Aerospace Forces", "Hayat Tahrir al-Sham", "Idlib",
       "2023-03-08", "2023-03-08")]),
    ("a trigger that points back ('before the raid') is not what the sentence tells",
     "Two days before the raid, on Sunday evening, gunmen on a motorcycle opened fire on a car near al-Yadudah.",
     [("Battles", "Armed clash", "Unidentified armed group", "", "al-Yadudah", "2023-03-05", "2023-03-05")]),
    ("women gathered in front of a building with photos of detained relatives protest",
     "On Monday, dozens of women gathered in front of the municipal building in Nawa holding photos of relatives "
     "who disappeared into government detention.",
     [("Protests", "Peaceful protest", "Protesters", "", "Nawa", "2023-03-06", "2023-03-06")]),
    ("a drone named with its owner unknown acts; a place outside Syria beside its province is one place; the car it "
     "struck, no side named in it, carried civilians",
     "On Monday, a drone of unknown identity struck a car near Tuz Khurmatu, in Iraq's Salahuddin province.",
     [("Explosions/Remote violence", "Air/drone strike", "Unidentified armed group", "Civilians", "Tuz Khurmatu",
       "2023-03-06", "2023-03-06")]),
    ("a region outside Syria named with 'region'; CENTCOM's aircraft are the coalition's",
     "On Friday, CENTCOM aircraft struck ISIS hideouts in the Zap region.",
     [("Explosions/Remote violence", "Air/drone strike", "US-led coalition", "Islamic State", "Zap",
       "2023-03-10", "2023-03-10")]),
    ("a country that opens the clause acts through its forces",
     "The ministry said Turkey shelled SDF positions near Tell Tamr on Sunday.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "Turkish Armed Forces",
       "Syrian Democratic Forces", "Tell Tamr", "2023-03-05", "2023-03-05")]),
    ("a country's air strike is its air force's",
     "On Sunday, Israel conducted an airstrike targeting a depot near Sayyidah Zaynab.",
     [("Explosions/Remote violence", "Air/drone strike", "Israeli Air Force", "", "Sayyidah Zaynab", "2023-03-05",
       "2023-03-05")]),
    ("a place another country owns is in that country, whatever its Syrian namesake",
     "On Tuesday, Israeli strikes on the town of Hermel and nearby villages in Lebanon's northern Bekaa valley "
     "killed five people.",
     [("Explosions/Remote violence", "Air/drone strike", "Israeli Air Force", "Civilians", "Hermel", "2023-03-07",
       "2023-03-07")]),
    ("strikes on the positions of a group hit that group: 'of' after 'on' names no agent",
     "On Monday, drone strikes on positions of Iran-backed militias near Albu Kamal killed five fighters.",
     [("Explosions/Remote violence", "Air/drone strike", "", "Iranian-backed militias", "Albu Kamal", "2023-03-06",
       "2023-03-06")]),
    ("the group that claimed the bombing in a later sentence did it",
     "On Wednesday, an improvised explosive device struck an SDF patrol near al-Busayrah. The Islamic State "
     "claimed the bombing through Amaq the following day.",
     [("Explosions/Remote violence", "Remote explosive/landmine/IED", "Islamic State", "Syrian Democratic Forces",
       "al-Busayrah", "2023-03-08", "2023-03-08")]),
    ("the group that claimed responsibility, with nothing more, did it",
     "On Friday, a car bomb exploded outside a cafe in the city of Qamishli, killing four civilians. The Islamic State "
     "group claimed responsibility through its news agency.",
     [("Explosions/Remote violence", "Remote explosive/landmine/IED", "Islamic State", "Civilians", "Qamishli",
       "2023-03-10", "2023-03-10")]),
    ("the side a source says was behind it did it, told after a paragraph that only counts the dead",
     "On Tuesday, a car bomb exploded near a bakery in the town of Azaz, killing five civilians.\n\nA monitor said "
     "seven people died.\n\nNo group claimed responsibility, but the Turkish Defence Ministry said the \"PKK/YPG "
     "terror group\" was behind it.",
     [("Explosions/Remote violence", "Remote explosive/landmine/IED", "Syrian Democratic Forces", "Civilians", "Azaz",
       "2023-03-07", "2023-03-07")]),
    ("whoever a source accuses did it, a nationality before the name or not",
     "On Sunday, a bomb exploded in a car park in Jarabulus, killing two civilians. The Turkish Defence Ministry "
     "accused the Kurdish People's Protection Units of being behind the blast.",
     [("Explosions/Remote violence", "Remote explosive/landmine/IED", "Syrian Democratic Forces", "Civilians",
       "Jarabulus", "2023-03-05", "2023-03-05")]),
    ("whoever blames an armed side tells the story; the side blamed, after words for what it is, did it",
     "A man was shot dead in the al-Hol camp on Monday night, the Asayish said.\n\nThe Asayish blames cells of the "
     "terror group IS for such killings.",
     [("Violence against civilians", "Attack", "Islamic State", "Civilians", "al-Hol", "2023-03-06", "2023-03-06")]),
    ("civilians two named attackers hit are no side they share: two happenings",
     "On Wednesday, Syrian and Russian warplanes pounded the al-Shaar district of Aleppo, killing 14 civilians. Shells "
     "fired by the Nusra Front also fell on the Hamdaniyeh district of Aleppo on Wednesday, killing four people.",
     [("Explosions/Remote violence", "Air/drone strike", "Syrian Arab Air Force", "Civilians", "Aleppo", "2023-03-08",
       "2023-03-08"),
      ("Explosions/Remote violence", "Shelling/artillery/missile attack", "Hayat Tahrir al-Sham", "Civilians",
       "Aleppo", "2023-03-08", "2023-03-08")]),
    ("a side that denies what is told of the strike tells it: it is no side of a retelling",
     "A drone of the Turkish army struck a car near Amude on Wednesday, killing a civilian.\n\nA correspondent said the "
     "drone fired two missiles at the car. Turkish media claimed the strike had killed two terrorists. The Syrian "
     "Democratic Forces (SDF) denied the claim, saying the victims were civilians.",
     [("Explosions/Remote violence", "Air/drone strike", "Turkish Armed Forces", "Civilians", "Amude", "2023-03-08",
       "2023-03-08")]),
    ("gunmen a source blames on a named group are that group's",
     "On Wednesday, gunmen on a motorcycle shot dead an SDF commander in the town of Hajin, the Observatory said, "
     "blaming ISIS sleeper cells.",
     [("Battles", "Armed clash", "Islamic State", "Syrian Democratic Forces", "Hajin", "2023-03-08", "2023-03-08")]),
    ("an allied air force by its initials, and its warplanes by their type, strike from the air for the coalition",
     "On Monday, two RAAF F/A-18F Super Hornets struck an Islamic State position near Manbij.",
     [("Explosions/Remote violence", "Air/drone strike", "US-led coalition", "Islamic State", "Manbij", "2023-03-06",
       "2023-03-06")]),
    ("a paper's capitals opening its story keep the nationality they spell",
     "SYRIAN and Russian warplanes pounded the al-Shaar district of Aleppo on Wednesday, killing 14 civilians.",
     [("Explosions/Remote violence", "Air/drone strike", "Syrian Arab Air Force", "Civilians", "Aleppo", "2023-03-08",
       "2023-03-08")]),
    ("a years-long battle is a war's course, not a happening, and the thousands it cost are no claim",
     "Turkish artillery shells landed in a residential street in the city of Qamishli on Saturday, killing a man. The "
     "SDF, which lost thousands of fighters in the years-long battle against IS, called for a no-fly zone.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "Turkish Armed Forces", "Civilians",
       "Qamishli", "2023-03-04", "2023-03-04")]),
    ("the fighting a later clause tells went on around a strike: the strike stays a strike",
     "On Tuesday, US-led coalition air strikes on the Old City of Raqqa killed at least 12 civilians, the Observatory "
     "said, as Kurdish and Arab fighters battled their way deeper into the city.",
     [("Explosions/Remote violence", "Air/drone strike", "US-led coalition", "Civilians", "Raqqa", "2023-03-07",
       "2023-03-07")]),
    ("the fighting a strike's round was fired during went on around it: the strike stays a strike",
     "A mortar round landed near the town of Azaz on Monday. The round was fired during "
     "fighting nearby, and two refugees waiting at a crossing were wounded, officials said.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "Unidentified armed group", "Civilians",
       "Azaz", "2023-03-06", "2023-03-06")]),
    ("fighting told with its sides is a happening of its own, not what went on around the shelling",
     "On Monday, shells fired from the Syrian side landed in the Turkish town of Akcakale, wounding two people. "
     "Officials said the shells were fired during clashes between the Syrian army and Nusra Front fighters in Tal "
     "Abyad.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "Unidentified armed group", "Civilians",
       "Akcakale", "2023-03-06", "2023-03-06"),
      ("Battles", "Armed clash", "Syrian Arab Army", "Hayat Tahrir al-Sham", "Tal Abyad", "2023-03-06",
       "2023-03-06")]),
    ("a village cleared of a side is ground taken from it",
     "On Monday, the FSA cleared the village of Hammam of IS fighters.",
     [("Battles", "Non-state actor overtakes territory", "Free Syrian Army", "Islamic State", "Hammam", "2023-03-06",
       "2023-03-06")]),
    ("the dead found after a strike say nothing of who struck: the strike does",
     "Rescuers recovered the bodies of 5 civilians on Monday after Russian warplanes struck the market in Kafr Nabl.",
     [("Explosions/Remote violence", "Air/drone strike", "Russian Aerospace Forces", "Civilians", "Kafr Nabl",
       "2023-03-06", "2023-03-06")]),
    ("a massacre a strike was says nothing of who struck: the strike does",
     "The toll of Monday's massacre in Ariha rose to 9 after Syrian warplanes struck the town's vegetable market.",
     [("Explosions/Remote violence", "Air/drone strike", "Syrian Arab Air Force", "Civilians", "Ariha",
       "2023-03-06", "2023-03-06")]),
    ("a car bomb in a street of a town of its own hits no side the fight told before was with",
     "In the north-east, Islamic State fighters attacked positions held by the SDF near al-Hol early on Sunday.\n\nOn "
     "Saturday, a car bomb tore through a street in the al-Zahraa district of Homs. State media said nine people were "
     "killed and at least 20 wounded. Islamic State later claimed the attack.",
     [("Battles", "Armed clash", "Islamic State", "Syrian Democratic Forces", "al-Hol", "2023-03-05", "2023-03-05"),
      ("Explosions/Remote violence", "Remote explosive/landmine/IED", "Islamic State", "Civilians", "Homs",
       "2023-03-04", "2023-03-04")]),
    ("farm labourers wounded are civilians, and the target of the fire that wounded them",
     "Across the border, a mortar round fired from Syria slammed into a cotton field on the edge of the Turkish town "
     "of Akcakale late Thursday, wounding two farm labourers, the governor's office said.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "Unidentified armed group", "Civilians",
       "Akcakale", "2023-03-09", "2023-03-09")]),
    ("the subject before an aside on who helped it acts in the clause after the aside",
     "Syria's state news agency SANA reported that government troops, backed by Russian air power, killed \"dozens of "
     "Daesh terrorists\" in clashes near the town of Maadan on Monday.",
     [("Battles", "Armed clash", "Syrian Arab Army", "Islamic State", "Maadan", "2023-03-06", "2023-03-06")]),
    ("what happened 'earlier on' the day told is another happening, not a retelling",
     "IS fighters launched a fresh assault on Kurdish positions in the east of Kobane on Thursday night, the "
     "Observatory said, and nine YPG fighters were killed in the fighting.\n\nEarlier on Thursday, an IS suicide bomber "
     "in an explosives-packed vehicle struck a Kurdish checkpoint in the north of the town, killing four YPG fighters.",
     [("Battles", "Armed clash", "Islamic State", "Syrian Democratic Forces", "Kobane", "2023-03-09", "2023-03-09"),
      ("Explosions/Remote violence", "Suicide bomb", "Islamic State", "Syrian Democratic Forces", "Kobane", "2023-03-09",
       "2023-03-09")]),
    ("a strike that harmed no one, with no target named, hit no side the strike before hit",
     "A Turkish drone struck a car near Qamishli on Sunday, killing two members of the SDF.\n\nTurkish airstrikes on "
     "Saturday hit an oil facility near the town of Qahtaniyah, causing no casualties.",
     [("Explosions/Remote violence", "Air/drone strike", "Turkish Armed Forces", "Syrian Democratic Forces", "Qamishli",
       "2023-03-05", "2023-03-05"),
      ("Explosions/Remote violence", "Air/drone strike", "Turkish Armed Forces", "", "Qahtaniyah", "2023-03-04",
       "2023-03-04")]),
    ("ground taken from no side named was taken from the one armed group the report names",
     "On Sunday, the Syrian army regained control of the town of Orem al-Kubra after fierce battles with militants."
     "\n\nOn Saturday, Hayat Tahrir al-Sham fighters shelled the New Aleppo district of Aleppo, killing two civilians.",
     [("Battles", "Government regains territory", "Syrian Arab Army", "Hayat Tahrir al-Sham", "Orem al-Kubra",
       "2023-03-05", "2023-03-05"),
      ("Explosions/Remote violence", "Shelling/artillery/missile attack", "Hayat Tahrir al-Sham", "Civilians",
       "Aleppo", "2023-03-04", "2023-03-04")]),
    ("fighting told on several fronts, or as what a place has been the scene of, is the war's course",
     "On Monday, Turkish drones struck an SDF position near Manbij.\n\nOver the weekend, fighting flared on several "
     "fronts.\n\nThe Tishreen dam, which supplies electricity to much of northern Syria, has been the scene of "
     "near-daily fighting since the fall of Bashar al-Assad on December 8.",
     [("Explosions/Remote violence", "Air/drone strike", "Turkish Armed Forces", "Syrian Democratic Forces", "Manbij",
       "2023-03-06", "2023-03-06")]),
    ("people who crossed a border since an assault began are a running count, no fighting in Turkey that the "
     "fighting on the ground joins; Hornets are warplanes",
     "More than 160,000 people have crossed into Turkey from the Kobani area since the militants began their assault "
     "on the area, according to the United Nations.\n\nUS-led warplanes hit Islamic State positions on the edges of "
     "Kobani on Wednesday, in some of the heaviest raids since the coalition began bombing the militants in Syria."
     "\n\nOn the ground, Islamic State fighters pushed into the eastern districts of the town on Wednesday, battling "
     "Kurdish YPG militiamen street by street.\n\nThe Australian Defence Force said two RAAF F/A-18 Hornets struck "
     "an Islamic State vehicle-bomb factory near Deir ez-Zor on Monday night.",
     [("Explosions/Remote violence", "Air/drone strike", "US-led coalition", "Islamic State", "Kobani", "2023-03-08",
       "2023-03-08"),
      ("Battles", "Armed clash", "Islamic State", "Syrian Democratic Forces", "Kobani", "2023-03-08", "2023-03-08"),
      ("Explosions/Remote violence", "Air/drone strike", "US-led coalition", "Islamic State", "Deir ez-Zor",
       "2023-03-06", "2023-03-06")]),
    ("a side's forces that struck 'only' positions of another struck them: the other is no agent",
     "Turkey's Defence Ministry said its forces had struck only positions of the YPG near Tal Abyad on Monday.",
     [("Battles", "Armed clash", "Turkish Armed Forces", "Syrian Democratic Forces", "Tal Abyad", "2023-03-06",
       "2023-03-06")]),
    ("an offensive a side 'is engaged in' is a campaign going on, not a happening; the clash the next sentence "
     "tells is",
     "The reported strike comes as Hezbollah is engaged in a costly offensive against Jabhat al-Nusra in the mountains "
     "along the Lebanese-Syrian border. On Sunday, Hezbollah fighters clashed with Jabhat al-Nusra on the hills "
     "outside Flita.",
     [("Battles", "Armed clash", "Hezbollah", "Hayat Tahrir al-Sham", "Flita", "2023-03-05", "2023-03-05")]),
    ("control taken with its day between the verb and 'of' is ground taken",
     "In the north of Aleppo province, pro-Turkish factions of the Syrian National Army (SNA) took control on Sunday of "
     "the town of Tal Rifaat, until then held by Kurdish forces, the OSDH said.",
     [("Battles", "Non-state actor overtakes territory", "Syrian National Army", "Syrian Democratic Forces",
       "Tal Rifaat", "2023-03-05", "2023-03-05")]),
    ("a crowd that marched or gathered with a day and a place between the verb and what it came for protested",
     "In Lisbon, about 200 Kurds gathered on Wednesday afternoon in front of the parliament to ask the government to "
     "support Kobani. In Brussels, several hundred people marched on Saturday from the Gare du Nord to the European "
     "quarter to call for protection of northern Syria. Intelligence gathered by the army was passed to Ankara.",
     [("Protests", "Peaceful protest", "Protesters", "", "Lisbon", "2023-03-08", "2023-03-08"),
      ("Protests", "Peaceful protest", "Protesters", "", "Brussels", "2023-03-04", "2023-03-04")]),
    ("a diary's weekday headings date the entries under each, in the week before publication, each its own event",
     "Sunday\n\nAt about noon a rocket came through the roof of the house across the lane in Baba Amr and killed my "
     "cousin Hamza.\n\nMonday\n\nToday was the worst day. From seven until four the shells did not stop falling on the "
     "streets around the market of Baba Amr.\n\nTuesday\n\nBefore midnight a shell fell on the field clinic in Baba Amr.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "Unidentified armed group", "Civilians",
       "Homs", "2023-03-05", "2023-03-05"),
      ("Explosions/Remote violence", "Shelling/artillery/missile attack", "Unidentified armed group", "", "Homs",
       "2023-03-06", "2023-03-06"),
      ("Explosions/Remote violence", "Shelling/artillery/missile attack", "Unidentified armed group", "Civilians",
       "Homs", "2023-03-07", "2023-03-07")]),
    ("the mourned told of with a death of its own day tell the happening",
     "We also mourn the young man Ahmad al-Jasim, 19, who was killed on Wednesday by a landmine left by ISIS near the "
     "village of al-Sabha.",
     [("Explosions/Remote violence", "Remote explosive/landmine/IED", "Islamic State", "", "al-Sabha", "2023-03-08",
       "2023-03-08")]),
    ("an interviewer's question tells no happening; the answer does",
     "Al Jazeera: Are the coalition air strikes making a difference?\n\nNow, yes. On Tuesday morning US-led coalition "
     "planes hit two of their tanks near Kobani.",
     [("Explosions/Remote violence", "Air/drone strike", "US-led coalition", "", "Kobani", "2023-03-07",
       "2023-03-07")]),
    ("strikes that 'have grown heavier' are a trend, not a happening",
     "US-led coalition air strikes on ISIL positions near Kobani have grown heavier in recent days. On Tuesday, ISIL "
     "fighters attacked YPG positions on the hills west of Kobani.",
     [("Battles", "Armed clash", "Islamic State", "Syrian Democratic Forces", "Kobani", "2023-03-07", "2023-03-07")]),
    ("talks that ended without a deal made none, and what a deal would ease is no happening",
     "On Monday, Syrian troops captured the village of Kafr Taal. Talks in Moscow this week ended without a deal. "
     "Turkish and Russian officials met in Moscow on Monday to ease the fighting in Idlib.",
     [("Battles", "Government regains territory", "Syrian Arab Army", "", "Kafr Taal", "2023-03-06", "2023-03-06")]),
    ("a protest against a bombardment told before is a protest, not the bombardment again",
     "On Thursday, regime shells hit Sarmada. On Friday, hundreds of people took to the streets of Sarmada and "
     "Binnish in protest against the bombardment, activists said.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "Syrian Arab Army", "", "Sarmada",
       "2023-03-09", "2023-03-09"),
      ("Protests", "Peaceful protest", "Protesters", "", "Sarmada", "2023-03-10", "2023-03-10"),
      ("Protests", "Peaceful protest", "Protesters", "", "Binnish", "2023-03-10", "2023-03-10")]),
    ("the other side of clashes may be named before them",
     "On Monday, Syrian army troops backed by Russian air cover killed 12 Daesh terrorists in clashes in the desert "
     "of eastern Deir ez-Zor, the agency said, adding that two soldiers were martyred in the fighting.",
     [("Battles", "Armed clash", "Syrian Arab Army", "Islamic State", "eastern Deir ez-Zor", "2023-03-06",
       "2023-03-06")]),
    ("what a state's forces take in a raid are detentions, whatever their opponents call them",
     "On Sunday, US occupation forces raided the village of al-Shuhayl and abducted 15 young men.",
     [("Strategic developments", "Arrests", "US-led coalition", "Civilians", "al-Shuhayl", "2023-03-05",
       "2023-03-05")]),
    ("the actor a source blames did it",
     "Six civilians out collecting desert truffles were killed on Wednesday in an attack near the town of Al-Saan, "
     "a war monitor said, blaming Daesh militants.",
     [("Violence against civilians", "Attack", "Islamic State", "Civilians", "Al-Saan", "2023-03-08", "2023-03-08")]),
    ("what a crowd marches against is no happening of its own",
     "On Sunday evening, thousands of people took to the streets of Qamishlo in a march to denounce the "
     "occupation's attacks.",
     [("Protests", "Peaceful protest", "Protesters", "", "Qamishlo", "2023-03-05", "2023-03-05")]),
    ("the first of two joined nationalities acts; a partner named with its abbreviation helps",
     "On Monday, Russian and Syrian warplanes carried out 30 strikes on ISIS hideouts near Palmyra. On Tuesday, "
     "CENTCOM forces, partnered with the Syrian Democratic Forces (SDF), raided a house near al-Shaddadi.",
     [("Explosions/Remote violence", "Air/drone strike", "Russian Aerospace Forces", "Islamic State", "Palmyra",
       "2023-03-06", "2023-03-06"),
      # another attacker's raid on "a house" names no target: none is taken from the event before
      ("Battles", "Armed clash", "US-led coalition", "", "al-Shaddadi", "2023-03-07", "2023-03-07")]),
    ("shelling of villages with no target named or counted hit their civilians; numbers that count soldiers "
     "make them the target",
     "On Monday, the Turkish army and its mercenaries shelled the villages of Mushayrifah and Jurah. On Tuesday, "
     "HTS shelled the village of Kafr Nabuda, killing two Syrian soldiers.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "Turkish Armed Forces", "Civilians",
       "Mushayrifah", "2023-03-06", "2023-03-06"),
      ("Explosions/Remote violence", "Shelling/artillery/missile attack", "Turkish Armed Forces", "Civilians",
       "Jurah", "2023-03-06", "2023-03-06"),
      ("Explosions/Remote violence", "Shelling/artillery/missile attack", "Hayat Tahrir al-Sham", "Syrian Arab Army",
       "Kafr Nabuda", "2023-03-07", "2023-03-07")]),
    ("a ground operation by Turkish commandos",
     "On Wednesday, Turkish commandos killed seven YPG/PKK terrorists in a ground operation south of Tal Abyad.",
     [("Battles", "Armed clash", "Turkish Armed Forces", "Syrian Democratic Forces", "Tal Abyad", "2023-03-08",
       "2023-03-08")]),
    ("'Russian and regime airstrikes': the first-named air force acts",
     "On Monday, Russian and regime airstrikes killed at least nine civilians in Kafr Nabl.",
     [("Explosions/Remote violence", "Air/drone strike", "Russian Aerospace Forces", "Civilians", "Kafr Nabl",
       "2023-03-06", "2023-03-06")]),
    ("'Russian and Syrian government warplanes': the first-named air force acts",
     "On Monday, Russian and Syrian government warplanes struck the city of Idlib, killing at least eight civilians.",
     [("Explosions/Remote violence", "Air/drone strike", "Russian Aerospace Forces", "Civilians", "Idlib",
       "2023-03-06", "2023-03-06")]),
    ("Iraq's Popular Mobilization Forces are the Iranian-backed militias, as every coder codes them",
     "On Monday, ISIS fighters who had crossed from Syria attacked a Popular Mobilization Forces position near al-Qaim.",
     [("Battles", "Armed clash", "Islamic State", "Iranian-backed militias", "al-Qaim", "2023-03-06", "2023-03-06")]),
    ("a temptation is no happening",
     "If the offensive comes, Israel will be tempted to strike harder at Iranian positions near Damascus.", []),
    ("a reply told with no day of its own came the day of the attack; a nation's post is its forces",
     "Syrian forces shelled a Turkish post near Taftanaz on Monday, wounding three soldiers.\n\nIn response, Turkish "
     "artillery shelled regime positions around Saraqib.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "Syrian Arab Army", "Turkish Armed Forces",
       "Taftanaz", "2023-03-06", "2023-03-06"),
      ("Explosions/Remote violence", "Shelling/artillery/missile attack", "Turkish Armed Forces", "Syrian Arab Army",
       "Saraqib", "2023-03-06", "2023-03-06")]),
    ("a side's artillery fires shells; its immediate reply is a new event, the same day",
     "On Monday, Syrian army artillery targeted the vicinity of a Turkish observation point on the outskirts of "
     "Saraqib, the ministry said. The ministry added that Turkish artillery responded immediately and neutralised 51 "
     "elements of the regime.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "Syrian Arab Army", "Turkish Armed Forces",
       "Saraqib", "2023-03-06", "2023-03-06"),
      ("Explosions/Remote violence", "Shelling/artillery/missile attack", "Turkish Armed Forces", "Syrian Arab Army",
       "Saraqib", "2023-03-06", "2023-03-06")]),
    ("artillery units that return fire shell",
     "On Monday, Turkish artillery units returned fire at YPG positions around Tal Rifaat.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "Turkish Armed Forces",
       "Syrian Democratic Forces", "Tal Rifaat", "2023-03-06", "2023-03-06")]),
    ("what a place suffered for years is no happening",
     "The army has secured a wide belt around the city of Aleppo, whose western neighbourhoods had been targeted for "
     "years by the shells of the armed groups.", []),
    ("people captured are detained; ground taken, or fighters driven out of it, is territory",
     "On Sunday, US forces and SDF fighters captured a senior ISIS official in a raid near al-Shaddadi.\n\n"
     "On Monday, the SNA captured the village of Tal Rifaat from the SDF.\n\nOn Tuesday, army units entered the "
     "village of Burhaniyeh, driving out militants of the Free Syrian Army.",
     [("Strategic developments", "Arrests", "US-led coalition", "Islamic State", "al-Shaddadi", "2023-03-05",
       "2023-03-05"),
      ("Battles", "Non-state actor overtakes territory", "Syrian National Army", "Syrian Democratic Forces",
       "Tal Rifaat", "2023-03-06", "2023-03-06"),
      ("Battles", "Government regains territory", "Syrian Arab Army", "Free Syrian Army", "Burhaniyeh", "2023-03-07",
       "2023-03-07")]),
    ("the raids told back are the air raids told before",
     "On Monday, the United States armed forces carried out a series of air raids against positions of pro-Iranian "
     "militias near al Mayadin. At least 18 militiamen were killed in the raids, the Observatory said.",
     [("Explosions/Remote violence", "Air/drone strike", "US-led coalition", "Iranian-backed militias", "Mayadin",
       "2023-03-06", "2023-03-06")]),
    ("a court case over what someone did is no happening of the day",
     "German prosecutors announced on Monday that they had filed charges against a Syrian man accused of war crimes "
     "for posing with the bodies of dead soldiers in Tafas.", []),
    ("a readiness is no happening",
     "Britain and France said on Thursday they were prepared to supply arms to the Free Syrian Army even without the "
     "agreement of their EU partners.", []),
    ("the outlet a source told is no place",
     "On Monday, an army officer in Hama told Al-Hayat by telephone that an attack on his unit had been repelled.",
     [("Battles", "Armed clash", "Syrian Arab Army", "", "Hama", "2023-03-06", "2023-03-06")]),
    ("where the speaker sits is no place of what it tells: a city opening the sentence before its speaker",
     "In Moscow, the defence ministry said Russian aircraft had destroyed a command post of militants in Idlib on "
     "Tuesday.",
     [("Explosions/Remote violence", "Air/drone strike", "Russian Aerospace Forces", "", "Idlib", "2023-03-07",
       "2023-03-07")]),
    ("where the speaker sits is no place of what it tells: 'told journalists at the Hmeimim air base'",
     "On Tuesday evening militants fired shells at a neighbourhood in the west of Aleppo, the duty officer of the "
     "Russian Center for Reconciliation told journalists at the Hmeimim air base.\n\nOn Wednesday morning several "
     "hundred fighters attacked Syrian army positions in the south-west of the city.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "Unidentified armed group", "Civilians",
       "Aleppo", "2023-03-07", "2023-03-07"),
      ("Battles", "Armed clash", "Unidentified armed group", "Syrian Arab Army", "Aleppo", "2023-03-08",
       "2023-03-08")]),
    ("where the speaker sits is no place of what it tells: 'said in Baghdad'",
     "A spokesman for the coalition said in Baghdad that its aircraft had attacked IS positions near Raqqa on Tuesday.",
     [("Explosions/Remote violence", "Air/drone strike", "US-led coalition", "Islamic State", "Raqqa", "2023-03-07",
       "2023-03-07")]),
    ("two air forces named as the aircraft that struck act together; the towns' civilians are hit",
     "On Monday, Syrian regime warplanes and Russian aircraft carried out dozens of raids on the town of Saida.",
     [("Explosions/Remote violence", "Air/drone strike", "Syrian Arab Air Force", "Civilians", "Saida", "2023-03-06",
       "2023-03-06")]),
    ("towns shelled by name with no target named or counted: their civilians",
     "On Monday, regime artillery shelled Kafr Nabl and Hass in southern Idlib.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "Syrian Arab Army", "Civilians", "Kafr Nabl",
       "2023-03-06", "2023-03-06"),
      ("Explosions/Remote violence", "Shelling/artillery/missile attack", "Syrian Arab Army", "Civilians", "Hass",
       "2023-03-06", "2023-03-06")]),
    ("shelling whose attacker the text never names is an unidentified armed group's",
     "On Tuesday, a brother and sister were killed when shells struck near their home in Ariha.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "Unidentified armed group", "Civilians",
       "Ariha", "2023-03-07", "2023-03-07")]),
    ("the occupation's mercenaries, in a Kurdish outlet's words, are the SNA",
     "On Saturday morning, mercenaries of the occupation attacked SDF positions near the village of Tell Tamr.",
     [("Battles", "Armed clash", "Syrian National Army", "Syrian Democratic Forces", "Tell Tamr", "2023-03-04",
       "2023-03-04")]),
    ("soldiers no nationality or side names are the country's own army (the target their numbers give)",
     "Two soldiers were killed in an ambush near Tafas on Tuesday.",
     [("Battles", "Armed clash", "Unidentified armed group", "Syrian Arab Army", "Tafas", "2023-03-07", "2023-03-07")]),
    ("an armed side that kills is an event: armed men killed make a clash (ACLED)",
     "Unknown gunmen killed a member of the army's Fourth Division in the town of Inkhil on Tuesday.",
     [("Battles", "Armed clash", "Unidentified armed group", "Syrian Arab Army", "Inkhil", "2023-03-07", "2023-03-07")]),
    ("an armed side that kills civilians attacks them",
     "Gunmen killed two civilians in Maarat al-Numan on Tuesday.",
     [("Violence against civilians", "Attack", "Unidentified armed group", "Civilians", "Maarat al-Numan",
       "2023-03-07", "2023-03-07")]),
    ("people counted before 'killed by' are the ones killed; the agent after 'by' killed them",
     "Two SDF fighters killed by ISIS cells near Shuhayl on Tuesday, activists said.",
     [("Battles", "Armed clash", "Islamic State", "Syrian Democratic Forces", "Shuhayl", "2023-03-07", "2023-03-07")]),
    ("the army named by its noun alone, at a happening abroad, is the army of the country it happened in",
     "Across the border in Iraq, an Islamic State suicide car bomb struck an army checkpoint west of Tal Afar on "
     "Friday, killing five soldiers. On Monday, the army arrested two smugglers near the Lebanese town of Arsal.",
     [("Explosions/Remote violence", "Suicide bomb", "Islamic State", "Iraqi Security Forces", "Tal Afar",
       "2023-03-10", "2023-03-10"),
      # smugglers are an unidentified armed group, as independent coders code them (heldout10 README)
      ("Strategic developments", "Arrests", "Lebanese Armed Forces", "Unidentified armed group", "Arsal", "2023-03-06",
       "2023-03-06")]),
    ("a wire bundle's item counts its days from its own dateline, which dates no event",
     "BEIRUT, March 8 (MENA) - Two Lebanese citizens were wounded on Sunday when shells landed in the Wadi Khaled "
     "area of northern Lebanon.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "Unidentified armed group", "Civilians",
       "Wadi Khaled", "2023-03-05", "2023-03-05")]),
    ("a bundle item's dateline with its agency in brackets is where it was filed, not where it happened",
     "Beirut (dpa) - A car bomb killed three people in Homs on Monday.\n\nDamascus (dpa) - Government helicopters "
     "dropped barrel bombs on the rebel-held Aleppo district of Masaken Hanano on Tuesday morning, killing seven people.",
     [("Explosions/Remote violence", "Remote explosive/landmine/IED", "Unidentified armed group", "Civilians", "Homs",
       "2023-03-06", "2023-03-06"),
      ("Explosions/Remote violence", "Air/drone strike", "Syrian Arab Air Force", "Civilians", "Aleppo",
       "2023-03-07", "2023-03-07")]),
    ("an alert's day after a place is no part of its name; fighting 'reported' on a day happened that day; "
     "fighters led by a group are that group",
     "Turkish artillery shelled government positions near Saraqib Feb. 17.\n\nHeavy fighting was also reported "
     "Feb. 17 near al-Nayrab, between government forces and opposition fighters led by Hayat Tahrir al-Sham (HTS).",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "Turkish Armed Forces", "Syrian Arab Army",
       "Saraqib", "2023-02-17", "2023-02-17"),
      ("Battles", "Armed clash", "Syrian Arab Army", "Hayat Tahrir al-Sham", "al-Nayrab", "2023-02-17",
       "2023-02-17")]),
    ("a group's claim of a bombing told before, and what the claim says it targeted, tell that bombing",
     "A bomb hidden in a parked motorcycle exploded near a restaurant in Qamishli on Wednesday, wounding four "
     "people.\n\nISIS later claimed the bombing through its Amaq news agency, saying it had targeted members of the "
     "\"PKK militia\".",
     [("Explosions/Remote violence", "Remote explosive/landmine/IED", "Islamic State", "Civilians", "Qamishli",
       "2023-03-08", "2023-03-08")]),
    ("what a step is taken to prevent did not happen",
     "Russia said its military police are patrolling the line near Manbij, and that it is in contact with Ankara to "
     "prevent clashes.",
     []),
    ("a manned aircraft brought down is a clash with its air force; an L-39 is the Syrian air force's",
     "Syrian rebels brought down a Syrian Arab Air Force L-39 Albatros on Sunday just outside Tall Rifaat.\n\n"
     "The loss came a day after two L-39s fired unguided rockets into the centre of al-Bab, killing 12 civilians.",
     [("Battles", "Armed clash", "Unidentified armed group", "Syrian Arab Air Force", "Tall Rifaat", "2023-03-05",
       "2023-03-05"),
      ("Explosions/Remote violence", "Air/drone strike", "Syrian Arab Air Force", "Civilians", "al-Bab", "2023-03-04",
       "2023-03-04")]),
    ("a detail told with no side, day or place of its own details the event told before it",
     "Two L-39s fired unguided rockets into the centre of al-Bab on Saturday.\n\n"
     "The Local Coordination Committees said 17 people were killed when rockets struck a street near the bakery.",
     [("Explosions/Remote violence", "Air/drone strike", "Syrian Arab Air Force", "Civilians", "al-Bab", "2023-03-04",
       "2023-03-04")]),
    ("a river named after a town locates it: one event, at the town",
     "On Monday, Jabhat al-Nusra fighters seized the city of Raqqa, on the Euphrates.",
     [("Battles", "Non-state actor overtakes territory", "Hayat Tahrir al-Sham", "", "Raqqa", "2023-03-06",
       "2023-03-06")]),
    ("an attacker the text names by no group's name is unidentified, not the side told before",
     "Syrian troops shelled Kafr Nabl on Monday.\n\nState media said \"terrorist groups\" had fired rockets on Wednesday "
     "at the New Aleppo district of Aleppo city, killing two civilians.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "Syrian Arab Army", "Civilians", "Kafr Nabl",
       "2023-03-06", "2023-03-06"),
      ("Explosions/Remote violence", "Shelling/artillery/missile attack", "Unidentified armed group", "Civilians",
       "Aleppo", "2023-03-08", "2023-03-08")]),
    ("'terrorist groups' that fired rocket shells are unidentified too, not the side told before",
     "The Syrian army on Monday recaptured the village of Tal Saman.\n\nOn Tuesday, terrorist groups fired rocket "
     "shells at the government-held al-Hamdaniyah neighborhood of Aleppo, killing five civilians.",
     [("Battles", "Government regains territory", "Syrian Arab Army", "", "Tal Saman", "2023-03-06", "2023-03-06"),
      ("Explosions/Remote violence", "Shelling/artillery/missile attack", "Unidentified armed group", "Civilians",
       "Aleppo", "2023-03-07", "2023-03-07")]),
    ("a car bomb no one is named for hit whom its numbers count, not the side of the fight told before",
     "Army units ambushed Jabhat al-Nusra terrorists near Rankous on Monday.\n\nOn Tuesday, a car bomb exploded near a "
     "bakery in the town of Sahnaya.\n\nState television said three citizens were martyred and 11 were wounded in the "
     "terrorist bombing.",
     [("Battles", "Armed clash", "Syrian Arab Army", "Hayat Tahrir al-Sham", "Rankous", "2023-03-06", "2023-03-06"),
      ("Explosions/Remote violence", "Remote explosive/landmine/IED", "Unidentified armed group", "Civilians",
       "Sahnaya", "2023-03-07", "2023-03-07")]),
    ("a party's ministry speaks for its forces, and the group of the people arrested is whom they arrested",
     "The Syrian Interior Ministry said on Monday that its units had arrested four members of an ISIS cell in the "
     "town of al-Dumayr.",
     # the day is the statement's; the arrest is dated to the week before publication
     [("Strategic developments", "Arrests", "Syrian Arab Army", "Islamic State", "al-Dumayr", "2023-03-04",
       "2023-03-10")]),
    ("a speaker's quoted position is no happening",
     "In Qamishli, thousands of people marched on Thursday to denounce the offensive.\n\n\"We fought ISIS on behalf "
     "of the whole world,\" one marcher said.\n\nOn Friday, fighters of the SDF clashed with members of an Islamic "
     "State cell near Tal Tamr.",
     [("Protests", "Peaceful protest", "Protesters", "", "Qamishli", "2023-03-09", "2023-03-09"),
      ("Battles", "Armed clash", "Syrian Democratic Forces", "Islamic State", "Tal Tamr", "2023-03-10",
       "2023-03-10")]),
    ("a crowd told before fights no armed side named after it",
     "In Qamishli, thousands of people marched on Thursday to denounce the offensive.\n\nOn Friday, clashes broke "
     "out with members of an Islamic State cell near Tal Tamr.",
     [("Protests", "Peaceful protest", "Protesters", "", "Qamishli", "2023-03-09", "2023-03-09"),
      ("Battles", "Armed clash", "Unidentified armed group", "Islamic State", "Tal Tamr", "2023-03-10",
       "2023-03-10")]),
    ("ground taken after the side holding it pulled out changed hands without a fight; taken in fighting, it was won",
     "On Monday, regime forces took control of the village of Nahtah after Free Syrian Army fighters pulled out "
     "overnight.\n\nOn Tuesday, regime forces captured the town of Busra al-Harir after fierce clashes with Free Syrian "
     "Army fighters, who withdrew at dawn.",
     [("Strategic developments", "Non-violent transfer of territory", "Syrian Arab Army", "Free Syrian Army", "Nahtah",
       "2023-03-06", "2023-03-06"),
      ("Battles", "Government regains territory", "Syrian Arab Army", "Free Syrian Army", "Busra al-Harir",
       "2023-03-07", "2023-03-07")]),
    ("a state medium's 'precise operation' against a group's dens is a fight",
     "Units of our heroic army carried out a precise operation against the dens of the Jabhat al-Nusra terrorists in "
     "Jobar on Monday, killing dozens of them.",
     [("Battles", "Armed clash", "Syrian Arab Army", "Hayat Tahrir al-Sham", "Damascus", "2023-03-06",
       "2023-03-06")]),
    ("a strike that harmed no one, with no target of its own named, hit no one: not the side hit before",
     "On Tuesday, regime warplanes struck a bakery in al-Atarib, killing two civilians.\n\nOn Thursday, regime "
     "artillery shelled the outskirts of the town of Darat Izza, causing material damage to homes without casualties.",
     [("Explosions/Remote violence", "Air/drone strike", "Syrian Arab Air Force", "Civilians", "al-Atarib",
       "2023-03-07", "2023-03-07"),
      ("Explosions/Remote violence", "Shelling/artillery/missile attack", "Syrian Arab Army", "", "Darat Izza",
       "2023-03-09", "2023-03-09")]),
    ("guns that return fire, with where they stand between them and their verb, shell",
     "Turkish howitzers deployed along the border immediately returned fire on Sunday, striking ISIL positions in "
     "the area of Dabiq.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "Turkish Armed Forces", "Islamic State",
       "Dabiq", "2023-03-05", "2023-03-05")]),
    ("mortars that land after an air strike was told are not the air force's",
     "Syrian warplanes struck the town of Kafr Nabl on Monday.\n\nOn Tuesday, mortar shells slammed into the Bab Touma "
     "neighbourhood of Damascus, killing two people.",
     [("Explosions/Remote violence", "Air/drone strike", "Syrian Arab Air Force", "Civilians", "Kafr Nabl",
       "2023-03-06", "2023-03-06"),
      ("Explosions/Remote violence", "Shelling/artillery/missile attack", "Unidentified armed group", "Civilians",
       "Damascus", "2023-03-07", "2023-03-07")]),
    ("gunmen who fight together with a named side help it",
     "In the early hours of Tuesday, fighters of the Iranian-backed militias, together with tribal gunmen recruited on "
     "the government side, crossed the Euphrates near Dhiban and attacked SDF positions.",
     [("Battles", "Armed clash", "Iranian-backed militias", "Syrian Democratic Forces", "Dhiban", "2023-03-07",
       "2023-03-07")]),
    ("whom a victim dealt with, told in a relative clause, is no side in what was done to him",
     "A former opposition commander who had joined the settlement with the regime was shot dead by unknown gunmen "
     "on Saturday evening in the town of Jasim.",
     [("Violence against civilians", "Attack", "Unidentified armed group", "Civilians", "Jasim", "2023-03-04",
       "2023-03-04")]),
    ("where the documenters who confirm a story sit is not where it happened",
     "On Friday, residents of Saraqib protested against HTS.\n\nThe following day, HTS members raided several homes "
     "in the town and detained four of the protest's organizers, SJAC documenters in Idlib confirmed.",
     [("Protests", "Peaceful protest", "Protesters", "", "Saraqib", "2023-03-10", "2023-03-10"),
      ("Strategic developments", "Arrests", "Hayat Tahrir al-Sham", "Civilians", "Saraqib", "2023-03-11",
       "2023-03-11")]),
    ("clashes between one side and the fighters of another pair them",
     "On Sunday, fierce clashes broke out in Aleppo between the regular army and fighters of the Free Syrian Army.",
     [("Battles", "Armed clash", "Syrian Arab Army", "Free Syrian Army", "Aleppo", "2023-03-05", "2023-03-05")]),
    ("people who suffered injuries when something struck were its target",
     "Four U.S. service members suffered minor injuries on Tuesday when a drone launched by Iranian-backed militias "
     "struck living quarters at the Conoco gas field.",
     [("Explosions/Remote violence", "Air/drone strike", "Iranian-backed militias", "US-led coalition", "Conoco",
       "2023-03-07", "2023-03-07")]),
    ("what a later clause says became of an attack does not say who attacked",
     "Meanwhile, Daesh terrorists attacked army positions near the town of al-Sukhnah on Monday, but the attack was "
     "foiled.",
     [("Battles", "Armed clash", "Islamic State", "Syrian Arab Army", "al-Sukhnah", "2023-03-06", "2023-03-06")]),
    ("an army named by its country keeps it wherever it acts",
     "On Monday, Syrian troops shelled Lebanese army posts near the town of Arsal.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "Syrian Arab Army", "Lebanese Armed Forces",
       "Arsal",
       "2023-03-06", "2023-03-06")]),
    ("a side that says it killed is the side that killed",
     "Jordan's army said it killed five smugglers near the Jaber crossing on Thursday.",
     [("Battles", "Armed clash", "Jordanian Armed Forces", "Unidentified armed group", "Jaber", "2023-03-09",
       "2023-03-09")]),
    ("killing told after the strike that did it, with no place of its own, is that strike's toll; the car it struck "
     "is coded as civilians' whatever the striker calls them, as independent coders code it (heldout15 1809)",
     "On Tuesday, an Israeli drone struck a car near Tasil. The army said it had killed two terrorists who were "
     "planning attacks.",
     [("Explosions/Remote violence", "Air/drone strike", "Israeli Air Force", "Civilians", "Tasil", "2023-03-07",
       "2023-03-07")]),
    ("a district the gazetteer does not know is part of the city the report is in; a town's district is its land",
     "In the city of Aleppo, Syrian troops seized the Jabal Badro district from Jabhat Fateh al-Sham on Monday. "
     "Separately, a Turkish drone struck a vehicle in Iraq's Sinjar district on Tuesday.\n\n"
     "On Wednesday, Turkish artillery shelled the Afrin district.",
     [("Battles", "Government regains territory", "Syrian Arab Army", "Hayat Tahrir al-Sham", "Aleppo", "2023-03-06",
       "2023-03-06"),
      ("Explosions/Remote violence", "Air/drone strike", "Turkish Armed Forces", "", "Sinjar", "2023-03-07",
       "2023-03-07"),
      ("Explosions/Remote violence", "Shelling/artillery/missile attack", "Turkish Armed Forces", "Civilians", "Afrin",
       "2023-03-08", "2023-03-08")]),
    ("sides named together after a subordinator are one side of the fighting, not its two",
     "Fierce fighting raged on Sunday in the hills around Assal al-Ward as regime troops and Hezbollah fighters tried "
     "to close the border pockets.",
     [("Battles", "Armed clash", "Syrian Arab Army", "", "Assal al-Ward", "2023-03-05", "2023-03-05")]),
    ("a count over the whole country in a clause that sets the event in time is background to it",
     "Syrian government warplanes struck Douma on Sunday, hours after the UN Security Council demanded a halt to the "
     "fighting across the country.",
     [("Explosions/Remote violence", "Air/drone strike", "Syrian Arab Air Force", "Civilians", "Douma", "2023-03-05",
       "2023-03-05")]),
    ("who holds the ground fire came from fired it",
     "On Thursday, rockets fired from the HTS-held Ghab Plain struck the town of al-Suqaylabiyah, killing a child.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "Hayat Tahrir al-Sham", "Civilians",
       "al-Suqaylabiyah", "2023-03-09", "2023-03-09")]),
    ("a side named in a clause that sets the event weeks into another happening is no side in it (the village the jets "
     "hit is: its civilians)",
     "Turkish jets hit the village of Sheikh Hadid on Saturday, five weeks into Ankara's offensive against the Kurdish "
     "YPG militia.",
     [("Explosions/Remote violence", "Air/drone strike", "Turkish Armed Forces", "Civilians", "Sheikh Hadid",
       "2023-03-04", "2023-03-04")]),
    ("a town across a border from the event is a reference point, not its place",
     "A drone hit a vehicle on the outskirts of Albu Kamal, on the Syrian side of the border opposite Al-Qaim, on "
     "Tuesday.",
     [("Explosions/Remote violence", "Air/drone strike", "Unidentified armed group", "", "Albu Kamal", "2023-03-07",
       "2023-03-07")]),
    ("a name with a person's apposition is a person, not a village",
     "In Jasim, unknown gunmen shot dead Ahmad, a member of the town's reconciliation committee, on Tuesday.",
     [("Violence against civilians", "Attack", "Unidentified armed group", "Civilians", "Jasim", "2023-03-07",
       "2023-03-07")]),
    ("Iraqi armed factions in Syria are Iranian-backed militias",
     "A vehicle carrying members of an Iraqi armed faction was hit by a US drone near Albu Kamal on Tuesday.",
     [("Explosions/Remote violence", "Air/drone strike", "US-led coalition", "Iranian-backed militias", "Albu Kamal",
       "2023-03-07", "2023-03-07")]),
    ("a post that came under fire was the target of an attacker left unnamed",
     "A General Security checkpoint on the Damascus-Daraa highway near al-Sanamayn came under fire late on Sunday.",
     [("Battles", "Armed clash", "Unidentified armed group", "Syrian Arab Army", "al-Sanamayn", "2023-03-05",
       "2023-03-05")]),
    ("security restored to a place is ground regained",
     "On Tuesday, army units restored security and stability to a strategic hill near the town of al-Qusayr.",
     [("Battles", "Government regains territory", "Syrian Arab Army", "", "al-Qusayr", "2023-03-07", "2023-03-07")]),
    ("a state's weapons named with its nationality are its forces",
     "Turkish howitzers deployed on the border returned fire at ISIL positions around Dabiq on Wednesday.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "Turkish Armed Forces", "Islamic State",
       "Dabiq", "2023-03-08", "2023-03-08")]),
    ("what happened 'the same day' is another happening of that day",
     "Regime shells fell on the Arbaeen neighbourhood of Daraa on Tuesday. The same day, local fighters repelled an "
     "attempt by the Fourth Division to advance into the neighbourhood.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "Syrian Arab Army", "", "Daraa",
       "2023-03-07", "2023-03-07"),
      ("Battles", "Armed clash", "Syrian Arab Army", "", "Daraa", "2023-03-07", "2023-03-07")]),
    ("a district of the capital the gazetteer lacks is the capital",
     "Regime troops backed by tanks stormed the southern district of Tadamon on Saturday.",
     [("Battles", "Armed clash", "Syrian Arab Army", "", "Damascus", "2023-03-04", "2023-03-04")]),
    ("mourning the dead of a battle told retells it",
     "Fierce fighting raged on Sunday around Assal al-Ward between the army and the Nusra Front.\n\n"
     "Hezbollah on Monday mourned two of its fighters who fell in the Assal al-Ward battle.",
     [("Battles", "Armed clash", "Syrian Arab Army", "Hayat Tahrir al-Sham", "Assal al-Ward", "2023-03-05",
       "2023-03-05")]),
    ("where fighters pulled back to is not where the fight was",
     "Regime troops stormed the southern district of Tadamon on Saturday, and rebel commanders said their fighters "
     "had pulled back to the neighbouring Yarmouk camp.",
     [("Battles", "Armed clash", "Syrian Arab Army", "", "Damascus", "2023-03-04", "2023-03-04")]),
    ("the attacker's helpers whose dead a toll counts are not its target",
     "Syrian troops backed by fighters from Lebanon's Hezbollah militia launched a major assault on Sunday on Qusair, "
     "a rebel-held town in Homs province.\n\nThe Syrian Observatory for Human Rights said the fighting on Sunday "
     "killed at least 41 rebel fighters and nine members of Hezbollah.",
     [("Battles", "Armed clash", "Syrian Arab Army", "", "Qusair", "2023-03-05", "2023-03-05")]),
    ("a state's protest note is diplomacy, not a crowd",
     "Baghdad summoned the Turkish ambassador on Monday and handed him a strongly worded protest note.", []),
    ("a campaign described by what it combines tells no happening",
     "The current campaign, which combines air strikes with the deployment of commando units, is the widest in years.",
     []),
    ("a name right after 'said' is the speaker's, not a village (the market struck is where civilians gather)",
     "Warplanes struck the market in Maarat al-Numan on Monday.\n\n\"The second strike came as people rushed to pull "
     "the wounded out,\" said Ahmad, who lost his brother in the attack.",
     [("Explosions/Remote violence", "Air/drone strike", "Unidentified armed group", "Civilians", "Maarat al-Numan",
       "2023-03-06", "2023-03-06")]),
    ("the news spelling of a town the gazetteer writes otherwise; a Lebanese village",
     "Last week, a convoy of fuel tankers was ambushed near Ithriya. On Sunday, militants attacked Hezbollah "
     "positions in the hills above Nabi Sheet.",
     [("Battles", "Armed clash", "Unidentified armed group", "", "Ithriya", "2023-02-27", "2023-03-05"),
      ("Battles", "Armed clash", "Unidentified armed group", "Hezbollah", "Nabi Sheet", "2023-03-05", "2023-03-05")]),
    ("how often a kind of happening came is no happening",
     "Clashes with Lebanese clans on the border were frequent in the first months of the year.", []),
    ("how many times a side was attacked since a day is a tally",
     "U.S. and coalition forces in Iraq and Syria have been attacked at least a dozen times since Oct. 17.", []),
    ("a day's count of attacks registered is a tally, not an attack",
     "Over the past 24 hours, 27 shelling attacks from the positions of the Jabhat al-Nusra terrorist group were "
     "registered in the Idlib de-escalation zone: in Idlib province - 12, in Latakia province - 6.", []),
    ("what talks would halt, what they are about, and what was destroyed over a period told before",
     "Turkish and Russian officials held talks in Moscow this week but failed to agree on a way to halt the fighting."
     "\n\nThe Pentagon said the two militaries had held video talks on the safety of flights over Syria.\n\nSince the "
     "start of the operation, its jets have flown 650 sorties. Among the objects destroyed over that period it listed "
     "ammunition depots and workshops.", []),
    ("how often a place is hit is no happening",
     "The villages of the northwestern Hama countryside are exposed to repeated attacks with drones and rocket shells "
     "launched by the terrorist groups.\n\nMezzeh, home to several embassies, has been hit by mortar fire several "
     "times this month.", []),
    ("two nationalities' air strikes: the first named acts, the other's air force with it",
     "On Monday, Russian and Syrian regime airstrikes killed 11 civilians in the town of Maarat al-Numan.",
     [("Explosions/Remote violence", "Air/drone strike", "Russian Aerospace Forces", "Civilians", "Maarat al-Numan",
       "2023-03-06", "2023-03-06")]),
    ("whom an aside about the acting side names is no side",
     "Meanwhile, the Assad regime, which has mostly left ISIS alone around Kobani, found the time on Sunday to drop "
     "barrel bombs from its helicopters on the town of Darat Izza, killing nine civilians.",
     [("Explosions/Remote violence", "Air/drone strike", "Syrian Arab Air Force", "Civilians", "Darat Izza",
       "2023-03-05", "2023-03-05")]),
    ("fighters who set out 'to storm' positions attack them",
     "On Sunday, Islamic State fighters used a dust storm as cover to storm positions held by the Syrian Democratic "
     "Forces near Hajin.",
     [("Battles", "Armed clash", "Islamic State", "Syrian Democratic Forces", "Hajin", "2023-03-05", "2023-03-05")]),
    ("a town taken from a side, the town between the verb and 'from'",
     "On Sunday, Hezbollah fighters clashed with the Nusra Front near Souran.\n\nThe same day, the Turkish-backed "
     "Syrian National Army announced it had taken the town of Tal Rifaat north of Aleppo from Kurdish-led forces.",
     [("Battles", "Armed clash", "Hezbollah", "Hayat Tahrir al-Sham", "Souran", "2023-03-05", "2023-03-05"),
      ("Battles", "Non-state actor overtakes territory", "Syrian National Army", "Syrian Democratic Forces",
       "Tal Rifaat", "2023-03-05", "2023-03-05")]),
    ("a village taken from a side, with where it lies between commas",
     "On Saturday, regime forces took the village of Kafr Halab, west of Aleppo, from Hayat Tahrir al-Sham.",
     [("Battles", "Government regains territory", "Syrian Arab Army", "Hayat Tahrir al-Sham", "Kafr Halab",
       "2023-03-04", "2023-03-04")]),
    ("troops no state is named for, with none named before, are the home army; troops 'from' a side are its",
     "On Tuesday, fighters of the rebel Free Syrian Army clashed with troops in the Salaheddine district of Aleppo.\n\n"
     "On Wednesday, Kurdish security forces known as the Asayish, backed by troops from the US-led coalition, raided "
     "the al-Hol camp and detained 14 people suspected of belonging to IS.",
     [("Battles", "Armed clash", "Free Syrian Army", "Syrian Arab Army", "Aleppo", "2023-03-07", "2023-03-07"),
      ("Strategic developments", "Arrests", "Syrian Democratic Forces", "Islamic State", "al-Hol", "2023-03-08",
       "2023-03-08")]),
    ("a warplane type named with its nationality is that state's; two sides that exchange a kind of fire clash; a "
     "ministry's 'its aircraft' after the day it spoke are its air arm; the airport east of Aleppo by its news spelling",
     "On Saturday, two Canadian CF-18 Hornets bombed an ISIL fighting position near Raqqa.\n\nSyrian government "
     "forces and the Syrian Democratic Forces exchanged artillery and machine-gun fire near Deir Hafer on Monday.\n\n"
     "Russia's Defence Ministry said Monday its aircraft had also struck ISIL targets in Raqqa province on Sunday.\n\n"
     "On Tuesday, Islamic State fighters attacked government positions around the besieged Kweiris military airport.",
     [("Explosions/Remote violence", "Air/drone strike", "US-led coalition", "Islamic State", "Raqqa", "2023-03-04",
       "2023-03-04"),
      ("Battles", "Armed clash", "Syrian Arab Army", "Syrian Democratic Forces", "Deir Hafer", "2023-03-06",
       "2023-03-06"),
      ("Explosions/Remote violence", "Air/drone strike", "Russian Aerospace Forces", "Islamic State", "Raqqa",
       "2023-03-05", "2023-03-05"),
      ("Battles", "Armed clash", "Islamic State", "Syrian Arab Army", "Kweiris", "2023-03-07", "2023-03-07")]),
    ("what a side avenged is no happening of the sentence",
     "A suicide car bomber struck an army checkpoint in Qaboun on Monday.\n\nThe Nusra Front claimed responsibility "
     "for the bombing, saying it had targeted the gangs of the regime in revenge for the shelling of residential areas.",
     [("Explosions/Remote violence", "Suicide bomb", "Hayat Tahrir al-Sham", "Syrian Arab Army", "Damascus",
       "2023-03-06", "2023-03-06")]),
    ("whom an aside about the place names is no side",
     "In Raqqa, which the SDF captured from ISIS last year, a bomb-rigged motorcycle exploded near a checkpoint of the "
     "SDF on Friday, killing one member of the force.",
     [("Explosions/Remote violence", "Remote explosive/landmine/IED", "Unidentified armed group",
       "Syrian Democratic Forces", "Raqqa", "2023-03-10", "2023-03-10")]),
    ("militants who fire 'several' rockets are an unnamed group, not the side of the event before; 'the militants' are "
     "the fighters told before",
     "On Wednesday, Syrian troops took control of the village of Lahaya.\n\nOn Wednesday evening, militants fired "
     "several rockets at Latakia, killing two people.\n\nOn Thursday, ISIS fighters attacked SDF positions near Ain "
     "Issa. On Friday, the militants launched a counter-attack on SDF lines near Ain Issa.",
     [("Battles", "Government regains territory", "Syrian Arab Army", "", "Lahaya", "2023-03-08", "2023-03-08"),
      ("Explosions/Remote violence", "Shelling/artillery/missile attack", "Unidentified armed group", "Civilians",
       "Latakia", "2023-03-08", "2023-03-08"),
      ("Battles", "Armed clash", "Islamic State", "Syrian Democratic Forces", "Ain Issa", "2023-03-09", "2023-03-09"),
      ("Battles", "Armed clash", "Islamic State", "Syrian Democratic Forces", "Ain Issa", "2023-03-10", "2023-03-10")]),
    ("people arrested whom the text names as no side's are civilians",
     "IDF troops detained several suspects overnight Wednesday in a raid on the village of al-Rafid, the military said.",
     [("Strategic developments", "Arrests", "Israel Defense Forces", "Civilians", "al-Rafid", "2023-03-08",
       "2023-03-08")]),
    ("where the wounded were taken to hospital is not where they were hit",
     "On Monday, rockets fired from Syria hit Kilis.\n\nTwo rockets fell on a neighbourhood close to the city "
     "centre, killing two people and wounding nine. The seriously wounded man was referred to a hospital in Gaziantep.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "Unidentified armed group", "Civilians",
       "Kilis", "2023-03-06", "2023-03-06")]),
    ("a toll of martyrs since a start named first is a running total",
     "On Monday, regime forces shelled a Turkish observation post near Qminas, wounding two soldiers.\n\nSince the "
     "beginning of February, 14 Turkish soldiers have been martyred in regime attacks in the region.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "Syrian Arab Army", "Turkish Armed Forces",
       "Qminas", "2023-03-06", "2023-03-06")]),
    ("a reply 'immediately after the attack' is on the attack's day; Turkish words for the sides",
     "On Monday, rockets fired from the DEAŞ-held area hit Kilis.\n\nIMMEDIATE RESPONSE\n\nImmediately after the "
     "attack, TSK howitzers returned fire on DEAŞ targets near al-Rai. TSK artillery also shelled PYD/YPG positions "
     "near Tal Rifaat on Sunday.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "Islamic State", "", "Kilis",
       "2023-03-06", "2023-03-06"),
      ("Explosions/Remote violence", "Shelling/artillery/missile attack", "Turkish Armed Forces", "Islamic State",
       "al-Rai", "2023-03-06", "2023-03-06"),
      ("Explosions/Remote violence", "Shelling/artillery/missile attack", "Turkish Armed Forces",
       "Syrian Democratic Forces", "Tal Rifaat", "2023-03-05", "2023-03-05")]),
    ("fire-support vehicles that take positions under fire shell them",
     "On Monday, regime positions around Saraqib were taken under fire by TSK fire-support vehicles.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "Turkish Armed Forces", "Syrian Arab Army",
       "Saraqib", "2023-03-06", "2023-03-06")]),
    ("where detainees were taken for questioning is not where they were detained",
     "Israeli troops entered the village of al-Hamidiyah on Monday and detained three young men.\n\nThe Israeli army "
     "said its forces had apprehended suspects in the area and transferred them for questioning in Israel.",
     [("Strategic developments", "Arrests", "Israel Defense Forces", "Civilians", "al-Hamidiyah", "2023-03-06",
       "2023-03-06")]),
    ("who was repelled attacked, the sentence's subject when the repelling clause names none",
     "On Saturday, ISIS fighters attacked army posts near Palmyra but were repelled by the army.",
     [("Battles", "Armed clash", "Islamic State", "Syrian Arab Army", "Palmyra", "2023-03-04", "2023-03-04")]),
    ("the side that acts with a helper's cooperation is the actor, the helper its associate",
     "The U.S. occupation forces, in cooperation with the SDF militia, raided the town of al-Busayrah on Tuesday and "
     "detained six young men.",
     [("Strategic developments", "Arrests", "US-led coalition", "Civilians", "al-Busayrah", "2023-03-07",
       "2023-03-07")]),
    ("an ISIS affiliate's fighters are the Islamic State's",
     "On Saturday, regime forces and the ISIS-affiliated Khalid ibn al-Walid Army fought fierce battles around the "
     "village of Tasil.",
     [("Battles", "Armed clash", "Syrian Arab Army", "Islamic State", "Tasil", "2023-03-04", "2023-03-04")]),
    ("an agreement's sides are the ones it names, not the previous event's",
     "On Saturday, the Israeli Air Force struck three Syrian army posts near Khan Arnabah.\n\nOn Sunday, rebels in the "
     "town of Nawa agreed to surrender their heavy weapons and allow regime forces to enter under a Russian-brokered "
     "deal.",
     [("Explosions/Remote violence", "Air/drone strike", "Israeli Air Force", "Syrian Arab Army", "Khan Arnabah",
       "2023-03-04", "2023-03-04"),
      ("Strategic developments", "Agreement", "Syrian Arab Army", "", "Nawa", "2023-03-05", "2023-03-05")]),
    ("a fight told with both its sides is what its clause goes on to tell; IS pushing into the town is its detail",
     "Kurdish fighters in the border town of Kobani battled Islamic State (IS) militants street by street on Wednesday, "
     "as IS pushed into the town's eastern districts despite air strikes by the US-led coalition.",
     [("Battles", "Armed clash", "Syrian Democratic Forces", "Islamic State", "Kobani", "2023-03-08", "2023-03-08")]),
    ("a state's air arm never strikes its own army: the regime named later in the sentence is the striker's side",
     "Syrian government warplanes bombed a bread queue in the town of al-Bab on Wednesday, killing at least 23 people, "
     "as the regime of President Bashar al-Assad stepped up its air campaign.",
     [("Explosions/Remote violence", "Air/drone strike", "Syrian Arab Air Force", "Civilians", "al-Bab", "2023-03-08",
       "2023-03-08")]),
    ("countries named together act together; the UK and France fight in the US-led coalition",
     "The United States, Britain and France launched missile strikes early Saturday on a research center in Barzeh.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "US-led coalition", "", "Damascus",
       "2023-03-04", "2023-03-04")]),  # Barzeh is a district of Damascus
    ("what fired names whose the shells were; a country's armed forces",
     "Israeli tank shells hit the town of Koya on Tuesday.\n\nOn Wednesday, the United States armed forces carried out "
     "air raids on positions of pro-Iranian militias near Albu Kamal.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "Israel Defense Forces", "", "Koya",
       "2023-03-07", "2023-03-07"),
      ("Explosions/Remote violence", "Air/drone strike", "US-led coalition", "Iranian-backed militias", "Albu Kamal",
       "2023-03-08", "2023-03-08")]),
    ("a town's district named in apposition is that town",
     "SDF fighters have pushed into Raqqa.\n\nOn Tuesday, SDF units fought ISIS militants in al-Sinaa, the city's "
     "industrial district.",
     [("Battles", "Armed clash", "Syrian Democratic Forces", "Islamic State", "Raqqa", "2023-03-07", "2023-03-07")]),
    ("a foreign force's raid, as agencies write it, is from the air; its forces raiding a house are on the ground",
     "On Sunday, an Israeli raid targeted a building in the Sayyida Zeinab area.\n\n"
     "On Monday, US forces raided a house in Shuhayl and arrested two ISIS suspects.",
     [("Explosions/Remote violence", "Air/drone strike", "Israeli Air Force", "", "Sayyida Zeinab", "2023-03-05",
       "2023-03-05"),
      ("Strategic developments", "Arrests", "US-led coalition", "Islamic State", "Shuhayl", "2023-03-06", "2023-03-06")]),
    ("a person's name is no place",
     "Government artillery shelled Qusair on Sunday, a rebel spokesman, who gave his name only as Abu Omar, said.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "Syrian Arab Army", "Civilians", "Qusair",
       "2023-03-05", "2023-03-05")]),
    ("a sniper 'on the regime side' is the regime's, and a civilian he wounds was attacked",
     "On Sunday, the sniper on the regime side wounded a boy who was carrying bread in Bustan al-Qasr.",
     [("Violence against civilians", "Attack", "Syrian Arab Army", "Civilians", "Aleppo", "2023-03-05",
       "2023-03-05")]),
    ("a shell with its side between 'by' and it is that side's",
     "A media activist was killed on Thursday by a regime artillery shell near the village of Tal Malah in the "
     "northern countryside of Hama.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "Syrian Arab Army", "Civilians", "Tal Malah",
       "2023-03-09", "2023-03-09")]),
    ("a name 'not his real name' is a person's, and so is a narrator's kin's or pupil's: no place",
     "Omar, not his real name, is a civil engineer who has lived in Baba Amr all his life.\n\n"
     "On Sunday, regime shells hit the market, killing eleven people.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "Syrian Arab Army", "Civilians", "Homs",
       "2023-03-05", "2023-03-05")]),
    ("a narrator's pupil named is no place",
     "On Sunday, regime shells hit the market in Kafr Nabl, killing eleven people, my student Rima and her mother "
     "among them.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "Syrian Arab Army", "Civilians",
       "Kafr Nabl", "2023-03-05", "2023-03-05")]),
    ("a month's count of whom a side killed, placed nowhere, is no event",
     "Syrian regime forces killed 38 civilians in June, the network said.",
     []),
    ("whom a source blames in the next paragraph fired the shells, whatever the clause after the name says of them",
     "Mortar shells landed in the Jordanian town of Ramtha on Monday, wounding a boy, Jordanian officials said.\n\n"
     "Jordanian officials blamed Syrian government troops, who have been shelling rebel positions around Daraa for "
     "weeks.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "Syrian Arab Army", "Civilians", "Ramtha",
       "2023-03-06", "2023-03-06")]),
    ("residents who blame a side tell the story; they are no side in it",
     "Two citizens were wounded on Tuesday night when shells landed on the outskirts of the border town of Qasr.\n\n"
     "Residents blamed the bombardment on government artillery positioned on the hills.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "Syrian Arab Army", "Civilians", "Qasr",
       "2023-03-07", "2023-03-07")]),
    ("a security service an armed group has is that group's, not the state's of the same name",
     "On Saturday, the General Security Service of Hayat Tahrir al-Sham arrested two men in Sarmada.",
     [("Strategic developments", "Arrests", "Hayat Tahrir al-Sham", "Civilians", "Sarmada", "2023-03-04",
       "2023-03-04")]),
    ("activists counted are the people arrested, and their town the place, not a source's seat",
     "On Saturday, HTS arrested three media activists in the town of Sarmada, north of Idlib.",
     [("Strategic developments", "Arrests", "Hayat Tahrir al-Sham", "Civilians", "Sarmada", "2023-03-04",
       "2023-03-04")]),
    ("'its fighters' are the side named last, not the side of the strike told before",
     "On Monday, Russian jets struck the town of Kafr Zita.\n\nIslamic State is trying to take advantage of the "
     "confusion. On Tuesday its fighters attacked army positions near al-Safira, killing at least six soldiers.",
     [("Explosions/Remote violence", "Air/drone strike", "Russian Aerospace Forces", "Civilians", "Kafr Zita",
       "2023-03-06", "2023-03-06"),
      ("Battles", "Armed clash", "Islamic State", "Syrian Arab Army", "al-Safira", "2023-03-07", "2023-03-07")]),
    ("who holds the areas the fire came from fired it; the post it hit is the target",
     "On Monday, a Turkish observation post near Morek came under mortar fire from areas controlled by Syrian "
     "government forces.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "Syrian Arab Army", "Turkish Armed Forces",
       "Morek", "2023-03-06", "2023-03-06")]),
    ("who holds the ground the fire came from fired it, however many words name the ground and the holder",
     "In the Turkish border town of Kilis, two rockets fired from an area of northern Syria controlled by the "
     "terrorist militia Islamic State struck a house on Thursday, injuring two people.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "Islamic State", "Civilians", "Kilis",
       "2023-03-09", "2023-03-09")]),
    ("a group that holds the ground it raids detains the people it takes, though its opponents say 'kidnapped'",
     "On Monday, the SDF militia kidnapped 12 young men in raids on the town of al-Karamah.",
     [("Strategic developments", "Arrests", "Syrian Democratic Forces", "Civilians", "al-Karamah", "2023-03-06",
       "2023-03-06")]),
    ("smugglers whom border guards fight are an unidentified armed group",
     "On Saturday, Jordanian border guards killed two smugglers in a clash near the town of Ramtha.",
     [("Battles", "Armed clash", "Jordanian Armed Forces", "Unidentified armed group", "Ramtha", "2023-03-04",
       "2023-03-04")]),
    ("a beheading is a killing: an attack on the people beheaded",
     "On Wednesday, ISIS executioners publicly beheaded two men accused of spying in the city of Raqqa.",
     [("Violence against civilians", "Attack", "Islamic State", "Civilians", "Raqqa", "2023-03-08", "2023-03-08")]),
    ("hundreds of people who gathered in a square to demand something protested",
     "On Saturday, hundreds of people gathered in al-Karama Square in the city of Suwayda to demand guarantees for "
     "the province's local administration.",
     [("Protests", "Peaceful protest", "Protesters", "", "Suwayda", "2023-03-04", "2023-03-04")]),
    ("gunfire that wounds people counted by their nationality is an attack on civilians",
     "Across the border in Lebanon, two Syrians were wounded on Sunday by gunfire from Syrian troops as they crossed "
     "near the village of Qaa, Lebanese security officials said.",
     [("Violence against civilians", "Attack", "Syrian Arab Army", "Civilians", "Qaa", "2023-03-05", "2023-03-05")]),
    ("gunmen who shoot dead a former commander of a side attack a civilian, not that side",
     "On Monday, unidentified gunmen shot dead a former commander in the Free Syrian Army near the town of Tafas.",
     [("Violence against civilians", "Attack", "Unidentified armed group", "Civilians", "Tafas", "2023-03-06",
       "2023-03-06")]),
    ("the troops of a side that backs another are its helpers, not who acted",
     "On Tuesday, the Asayish, backed by troops from the US-led coalition, raided a house in Hasakah and detained two "
     "men.",
     [("Strategic developments", "Arrests", "Syrian Democratic Forces", "Civilians", "Hasakah", "2023-03-07",
       "2023-03-07")]),
    ("whose positions the rounds were fired from, told in the next paragraph, fired them",
     "Two people were wounded on Tuesday when shells landed in the Lebanese town of Hermel.\n\n"
     "Security sources said the rounds were fired from positions of the Syrian army across the border.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "Syrian Arab Army", "Civilians", "Hermel",
       "2023-03-07", "2023-03-07")]),
    ("where a salvo came from is no place of it; one more salvo with no day is the day of the one before; one jet "
     "strikes; a raid named by its town after \"the day after\" is the one told, neither this one's type nor place",
     "Late on Sunday, Israeli warplanes fired a barrage of missiles from the direction of the Lebanese city of Tripoli "
     "at military positions near Masyaf.\n\n"
     "Another salvo targeted the vicinity of the coastal city of Tartus, causing only material damage.\n\n"
     "On Tuesday afternoon, a Syrian government jet dropped two bombs on the main street of al-Atarib, killing four "
     "people.\n\n"
     "On Wednesday, the day after the Atarib raid, army helicopters dropped barrel bombs on the town of Darat Izza.",
     [("Explosions/Remote violence", "Air/drone strike", "Israeli Air Force", "", "Masyaf", "2023-03-05", "2023-03-05"),
      ("Explosions/Remote violence", "Air/drone strike", "Israeli Air Force", "", "Tartus", "2023-03-05", "2023-03-05"),
      ("Explosions/Remote violence", "Air/drone strike", "Syrian Arab Air Force", "Civilians", "al-Atarib",
       "2023-03-07", "2023-03-07"),
      ("Explosions/Remote violence", "Air/drone strike", "Syrian Arab Air Force", "Civilians", "Darat Izza",
       "2023-03-08", "2023-03-08")]),
    ("a jihadist of a report on the Islamic State is its; one who blew himself up made a suicide bombing; the side "
     "the next paragraph attributes the fire to fired it",
     "The jihadists of the Islamic State advanced on Wednesday into the eastern districts of Kobani.\n\n"
     "On Monday, a jihadist blew himself up in a truck loaded with explosives at a YPG position at the western "
     "entrance of Kobani, killing four Kurdish fighters.\n\n"
     "On Thursday, two mortar shells fired from the Syrian side fell on the outskirts of the Turkish town of Suruç, "
     "wounding a girl.\n\n"
     "Turkish officials attributed the fire to IS positions besieging Kobani.",
     [("Battles", "Armed clash", "Islamic State", "", "Kobani", "2023-03-08", "2023-03-08"),
      ("Explosions/Remote violence", "Suicide bomb", "Islamic State", "Syrian Democratic Forces", "Kobani",
       "2023-03-06", "2023-03-06"),
      ("Explosions/Remote violence", "Shelling/artillery/missile attack", "Islamic State", "Civilians", "Suruç",
       "2023-03-09", "2023-03-09")]),
    ("explosives dismantled after a capture are part of it; a fight of these days told in the progressive; a road's "
     "ends, an analyst's seat and a capital that suffers are no places of it; a toll 'by Friday' does not date it",
     "The Syrian army on Sunday took full control of the towns of Kafr Naha and Kafr Dael, after expelling the "
     "terrorist groups led by Jabhat al-Nusra. Army units dismantled explosive devices planted in the streets of the "
     "two towns.\n\n"
     "On the ground, Syrian army troops have been fighting since Wednesday to push Jaish al-Fatah out of its "
     "positions around Morek, on the road linking Hama to Idlib.\n\n"
     "By Friday morning, at least 17 soldiers had been killed in the fighting, and analysts in Athens and Brussels say "
     "the losses Damascus has suffered are heavy.",
     [("Battles", "Government regains territory", "Syrian Arab Army", "Hayat Tahrir al-Sham", "Kafr Naha", "2023-03-05",
       "2023-03-05"),
      ("Battles", "Government regains territory", "Syrian Arab Army", "Hayat Tahrir al-Sham", "Kafr Dael", "2023-03-05",
       "2023-03-05"),
      ("Battles", "Armed clash", "Syrian Arab Army", "Hayat Tahrir al-Sham", "Morek", "2023-03-08", "2023-03-08")]),
    ("'its militants' are the side the sentence before opens on; a side's jets that 'strike only terrorists' tell a "
     "habit claimed",
     "Further north, the Islamic State took advantage of the fighting between the regime and the other rebel groups. "
     "Late on Thursday, its militants seized the village of Tell Qarah, north of Aleppo, from the Nusra Front.\n\n"
     "Moscow says its jets strike only terrorists.",
     [("Battles", "Non-state actor overtakes territory", "Islamic State", "Hayat Tahrir al-Sham", "Tell Qarah",
       "2023-03-09", "2023-03-09")]),
    ("capitals named together that invest in a side, with an aside between, are governments, not the fight's places",
     "In the early hours of August 9, Iranian-backed militias attacked SDF positions in the town of Dhiban.\n\n"
     "The SDF said its fighters repelled the assault after ten hours of fighting.\n\nThe attack was not the first "
     "attempt to exploit tribal grievances in the province. Damascus and Tehran, analysts say, have since invested "
     "heavily in the tribal networks on the western bank.",
     [("Battles", "Armed clash", "Iranian-backed militias", "Syrian Democratic Forces", "Dhiban", "2022-08-09",
       "2022-08-09")]),
    ("the Popular Mobilization are Iran-backed militias, and whom their statement went to is no place; forces "
     "searching homes and detaining men make arrests",
     "On Saturday night, fighters of the Popular Mobilization Forces foiled an attempt by Daesh to infiltrate near "
     "Al-Qaim. The Media Directorate of the Popular Mobilization said in a statement received by Al-Sabah that its "
     "fighters had killed seven of the attackers.\n\n"
     "Israeli forces pushed into the village of al-Rafid at dawn on Thursday, searching homes and detaining three young "
     "men.",
     [("Battles", "Armed clash", "Islamic State", "Iranian-backed militias", "Al-Qaim", "2023-03-04", "2023-03-04"),
      ("Strategic developments", "Arrests", "Israel Defense Forces", "Civilians", "al-Rafid", "2023-03-09",
       "2023-03-09")]),
    ("civilians an armed group seizes are abducted; a village it seizes is ground taken",
     "On Monday, ISIS gunmen seized two media activists from their homes in the town of Manbij.\n\n"
     "On Tuesday, ISIS fighters seized the village of Arima.",
     [("Violence against civilians", "Abduction/forced disappearance", "Islamic State", "Civilians", "Manbij",
       "2023-03-06", "2023-03-06"),
      ("Battles", "Non-state actor overtakes territory", "Islamic State", "", "Arima", "2023-03-07", "2023-03-07")]),
    ("the civilians a strike hit before are no side a capture takes ground from",
     "On Monday, airstrikes by regime warplanes hit a residential neighborhood in the town of Ariha, killing at least "
     "10 civilians.\n\nGovernment forces captured the village of Kafr Amma, west of Aleppo, on Sunday, according to "
     "Syrian state media, which said dozens of \"terrorists\" were killed.",
     [("Explosions/Remote violence", "Air/drone strike", "Syrian Arab Air Force", "Civilians", "Ariha", "2023-03-06",
       "2023-03-06"),
      ("Battles", "Government regains territory", "Syrian Arab Army", "", "Kafr Amma", "2023-03-05", "2023-03-05")]),
    ("fire opened with a word between is an attack; the army that tells of a bomb in Lebanon is Lebanon's",
     "In a separate incident late Monday, YPG/PKK terrorists opened harassing fire on Turkish positions near Tal "
     "Abyad, the ministry said.\n\n"
     "On Sunday, one soldier was killed and two others were wounded when an explosive device planted by unknown assailants "
     "went off under their vehicle on a dirt road near al-Qaa, the army said.",
     [("Battles", "Armed clash", "Syrian Democratic Forces", "Turkish Armed Forces", "Tal Abyad", "2023-03-06",
       "2023-03-06"),
      ("Explosions/Remote violence", "Remote explosive/landmine/IED", "Unidentified armed group",
       "Lebanese Armed Forces", "al-Qaa", "2023-03-05", "2023-03-05")]),
    ("fighting that breaks out when one side attacks another's positions is between those two",
     "Heavy fighting broke out on Monday around the village of Bir Ajam, when the Syrian army attacked positions of "
     "the Islamist al-Nusra Front with tanks and artillery.",
     [("Battles", "Armed clash", "Syrian Arab Army", "Hayat Tahrir al-Sham", "Bir Ajam", "2023-03-06", "2023-03-06")]),
    ("civilians a strike hit before are no target of troops that attack rebel positions",
     "On Thursday, regime aircraft dropped barrel bombs on a market in Aleppo, killing at least 18 civilians.\n\n"
     "At the same time, government troops and Hezbollah fighters attacked rebel positions around the town of Yabroud "
     "on Thursday.",
     [("Explosions/Remote violence", "Air/drone strike", "Syrian Arab Air Force", "Civilians", "Aleppo", "2023-03-09",
       "2023-03-09"),
      ("Battles", "Armed clash", "Syrian Arab Army", "", "Yabroud", "2023-03-09", "2023-03-09")]),
    ("fighting told as what went on around a strike does not make the strike a battle",
     "Turkish airstrikes on a town in the Afrin enclave killed at least nine civilians on Wednesday, a war monitor "
     "said, as fighting between Turkish-backed forces and Kurdish militiamen intensified along the border.",
     [("Explosions/Remote violence", "Air/drone strike", "Turkish Armed Forces", "Civilians", "Afrin", "2023-03-08",
       "2023-03-08")]),
    ("state forces that push into a village and detain civilians there, harming no one, arrest them",
     "On Monday, Israeli occupation forces pushed into the village of al-Rafid in the countryside of Quneitra and "
     "detained two shepherds, local sources said.",
     [("Strategic developments", "Arrests", "Israel Defense Forces", "Civilians", "al-Rafid", "2023-03-06",
       "2023-03-06")]),
    ("a funeral to come retells the deaths it mourns, whatever word before its verb",
     "On Saturday, two fighters were killed when ISIS shelled their position near Palmyra.\n\nThe bodies of the two "
     "fighters will be carried from the main square to the cemetery on Thursday morning.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "Islamic State", "", "Palmyra",
       "2023-03-04", "2023-03-04")]),
    ("where one person a place qualifies is from ('a Cape Town lawyer') is not where it happened",
     "On Wednesday, gunmen shot dead a woman in al-Hol camp.\n\nOn Friday, SDF fighters swept the camp's annex and "
     "detained 21 suspected IS members, said Jane Roe, a Cape Town lawyer who represents three of the families.",
     [("Violence against civilians", "Attack", "Unidentified armed group", "Civilians", "al-Hol", "2023-03-08",
       "2023-03-08"),
      ("Strategic developments", "Arrests", "Syrian Democratic Forces", "Islamic State", "al-Hol", "2023-03-10",
       "2023-03-10")]),
    ("people a foreign state's forces take, 'kidnapped' in their enemies' words, are arrested",
     "On Tuesday, US occupation helicopters, together with the SDF militia, staged an airborne landing in the town of "
     "al-Busayrah and kidnapped five young men from their homes, SANA reported.",
     [("Strategic developments", "Arrests", "US-led coalition", "Civilians", "al-Busayrah", "2023-03-07",
       "2023-03-07")]),
    ("forces that push further into a district clash there; tear gas fired at people gathered steps in on a protest",
     "On Wednesday, the Syrian Democratic Forces pushed further into the western district of al-Romaniyah in Raqqa."
     "\n\nOn Thursday afternoon, Turkish soldiers fired tear gas against several hundred Kurds who had gathered at the "
     "border fence near Suruc.",
     [("Battles", "Armed clash", "Syrian Democratic Forces", "", "Raqqa", "2023-03-08", "2023-03-08"),
      ("Protests", "Protest with intervention", "Protesters", "Turkish Armed Forces", "Suruc", "2023-03-09",
       "2023-03-09")]),
    ("the acting side named again after the fighting is not the side it fought; the one named after it is",
     "On Saturday, regime forces and the ISIS-affiliated Khalid ibn al-Walid Army fought fierce battles around the "
     "village of Tasil, a monitor said, adding that 17 regime soldiers and 11 jihadists were killed.",
     [("Battles", "Armed clash", "Syrian Arab Army", "Islamic State", "Tasil", "2023-03-04", "2023-03-04")]),
    ("rockets fired, a few words on, at residential neighbourhoods hit their civilians",
     "On Wednesday, HTS fighters fired dozens of rockets and mortar shells on the day at residential neighbourhoods of "
     "al-Foua.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "Hayat Tahrir al-Sham", "Civilians",
       "al-Foua", "2023-03-08", "2023-03-08")]),
    ("the sides a clause of what went on around a strike names are not its target",
     "On Thursday, government forces shelled the town of Kafr Nabl with artillery, activists said, as the army pressed "
     "its offensive to drive the Free Syrian Army from the area.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "Syrian Arab Army", "Civilians",
       "Kafr Nabl", "2023-03-09", "2023-03-09")]),
    ("a side's own service, named by two words, is the side the sentence before opens on",
     "On Sunday, Russian warplanes hit a fuel depot near Sarmada.\n\nHTS is also settling scores with its rivals. On "
     "Monday, its security service raided several houses in Kafr Takharim and arrested eight ISIS members.",
     [("Explosions/Remote violence", "Air/drone strike", "Russian Aerospace Forces", "", "Sarmada", "2023-03-05",
       "2023-03-05"),
      ("Strategic developments", "Arrests", "Hayat Tahrir al-Sham", "Islamic State", "Kafr Takharim", "2023-03-06",
       "2023-03-06")]),
    ("ground handed over is a transfer; seized items handed over to the authorities are not",
     "On Monday, the SDF handed over positions near Manbij to the Syrian army.\n\nOn Tuesday, Jordanian border guards "
     "clashed with smugglers near Ramtha, killing one smuggler. A search of the area led to the seizure of 2.1 million "
     "Captagon pills, the source said, adding that the seized items were handed over to the competent authorities.",
     [("Strategic developments", "Non-violent transfer of territory", "Syrian Democratic Forces", "Syrian Arab Army",
       "Manbij", "2023-03-06", "2023-03-06"),
      ("Battles", "Armed clash", "Jordanian Armed Forces", "Unidentified armed group", "Ramtha", "2023-03-07",
       "2023-03-07")]),
    ("an acronym before a verb is no present passive: 'IS killed' tells a happening",
     "On Sunday, suspected militants of the so-called Islamic State (IS) killed three members of the General Security "
     "forces at a checkpoint near Mayadin, state media reported.",
     [("Battles", "Armed clash", "Islamic State", "Syrian Arab Army", "Mayadin", "2023-03-05", "2023-03-05")]),
    ("a phrasal verb with its object between its words takes ground from that object",
     "On Tuesday, fighters of the Nusra Front and allied brigades drove the jihadist group Islamic State in Iraq and "
     "Syria (ISIS) out of the town of al-Busayrah in Deir ez-Zor province, activists said.",
     [("Battles", "Non-state actor overtakes territory", "Hayat Tahrir al-Sham", "Islamic State", "al-Busayrah",
       "2023-03-07", "2023-03-07")]),
    ("what a relative clause says of one side breaks no pair: the two sides fought each other",
     "On Wednesday, fighting broke out in the centre of Ras al-Ain between jihadists of the Nusra Front, who control "
     "part of the town together with other rebel brigades, and the Kurdish militia of the YPG.",
     [("Battles", "Armed clash", "Hayat Tahrir al-Sham", "Syrian Democratic Forces", "Ras al-Ain", "2023-03-08",
       "2023-03-08")]),
    ("rockets fired by groups no name tells are an unidentified armed group's, not the attacker told before",
     "Turkish artillery shelled army posts near Saraqib on Monday.\n\nMeanwhile, three civilians were killed when "
     "rockets fired by terrorist groups fell on the al-Hamdaniya neighbourhood of Aleppo city on Monday evening, "
     "SANA said.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "Turkish Armed Forces", "Syrian Arab Army",
       "Saraqib", "2023-03-06", "2023-03-06"),
      ("Explosions/Remote violence", "Shelling/artillery/missile attack", "Unidentified armed group", "Civilians",
       "Aleppo", "2023-03-06", "2023-03-06")]),
    ("after a fight between two armed sides, shells that land on people of a place of their own are no side's told",
     "Government forces on Tuesday seized the town of Beit Sawa from Faylaq al-Rahman rebels.\n\n"
     "Mortar shells slammed into the Bab Touma neighbourhood of Damascus on Wednesday, killing two people.",
     [("Battles", "Government regains territory", "Syrian Arab Army", "Faylaq al-Rahman", "Beit Sawa", "2023-03-07",
       "2023-03-07"),
      ("Explosions/Remote violence", "Shelling/artillery/missile attack", "Unidentified armed group", "Civilians",
       "Damascus", "2023-03-08", "2023-03-08")]),
    ("artillery that 'then' shelled goes on with the side that fought before",
     "Government forces attacked Faylaq al-Rahman rebels in Douma on Tuesday.\n\n"
     "Artillery then shelled the nearby town of Harasta on Tuesday, killing three civilians.",
     [("Battles", "Armed clash", "Syrian Arab Army", "Faylaq al-Rahman", "Douma", "2023-03-07", "2023-03-07"),
      ("Explosions/Remote violence", "Shelling/artillery/missile attack", "Syrian Arab Army", "Civilians",
       "Harasta", "2023-03-07", "2023-03-07")]),
    ("a source that cannot say whose aircraft struck leaves the attacker unidentified",
     "Government troops attacked HTS positions near Saraqib on Sunday.\n\n"
     "An air raid on a market in the town of Salqin killed three people on Sunday, according to the Observatory, "
     "which could not say whose aircraft carried it out.",
     [("Battles", "Armed clash", "Syrian Arab Army", "Hayat Tahrir al-Sham", "Saraqib", "2023-03-05", "2023-03-05"),
      ("Explosions/Remote violence", "Air/drone strike", "Unidentified armed group", "Civilians", "Salqin",
       "2023-03-05", "2023-03-05")]),
    ("the nationality a later sentence gives the aircraft says whose air force struck",
     "Air strikes hit a market in Binnish on Monday, killing seven people. Rescuers said the jets were Russian.",
     [("Explosions/Remote violence", "Air/drone strike", "Russian Aerospace Forces", "Civilians", "Binnish",
       "2023-03-06", "2023-03-06")]),
    ("a vigil that is planned, a call for a halt to the bombing and accusations of attacks are no events",
     "A vigil for the people of Aleppo is planned at the Church Steps on Saturday evening.\n\n"
     "New Zealand has called for an immediate halt to the bombing of Idlib.\n\n"
     "The army and the militants traded accusations of attacks on civilians in Saraqib.",
     []),
    ("aircraft flown, strikes as a kind and a habit in the bare present are no events",
     "Pilots at Creech Air Force Base are now flying Reaper drones over Syria, a base official said.\n\n"
     "Crews work in shifts from ground stations, flying aircraft thousands of miles away.\n\n"
     "Coalition officials do not say which aircraft carry out individual strikes.\n\n"
     "\"Nothing about that changes how carefully we strike,\" the commander said.",
     []),
    ("a party's officials who announce detentions in the passive announce their own side's",
     "SDF officials said more than 150 men suspected of being Islamic State fighters were detained near Baghouz on "
     "Monday.",
     [("Strategic developments", "Arrests", "Syrian Democratic Forces", "Islamic State", "Baghouz", "2023-03-06",
       "2023-03-06")]),
    ("a town's own district is the town, not the district's namesake elsewhere",
     "A shell hit a family's home in Afrin's Ashrafiya district on Tuesday, killing a man.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "Unidentified armed group", "Civilians",
       "Afrin", "2023-03-07", "2023-03-07")]),
    ("a crowd told before fires no shell",
     "Hundreds of people marched through Qamishli on Saturday in protest at the offensive.\n\n"
     "A shell hit a house in Tal Tamr on Tuesday, killing a man.",
     [("Protests", "Peaceful protest", "Protesters", "", "Qamishli", "2023-03-04", "2023-03-04"),
      ("Explosions/Remote violence", "Shelling/artillery/missile attack", "Unidentified armed group", "Civilians",
       "Tal Tamr", "2023-03-07", "2023-03-07")]),
    ("what a group is known for, in an apposition that describes it, is no event of the sentence",
     "Fighters of the al-Nusra Front, an Islamist group that has claimed several suicide bombings this year, attacked "
     "an army checkpoint in Ariha on Monday.",
     [("Battles", "Armed clash", "Hayat Tahrir al-Sham", "Syrian Arab Army", "Ariha", "2023-03-06", "2023-03-06")]),
    ("'years of fighting' is a period, not the sentence's happening: the landmine left over from it is",
     "On Saturday, a landmine left over from years of fighting killed a shepherd near the village of al-Sabkha in "
     "Raqqa province.",
     [("Explosions/Remote violence", "Remote explosive/landmine/IED", "Unidentified armed group", "Civilians",
       "al-Sabkha", "2023-03-04", "2023-03-04")]),
    ("an attack told by the weapon it was made with hit the side named between its subject and the weapon",
     "On Sunday, the Turkish Armed Forces hit the lairs of the PKK/YPG terrorists in Tel Rifat with armed drones.",
     [("Explosions/Remote violence", "Air/drone strike", "Turkish Armed Forces", "Syrian Democratic Forces",
       "Tel Rifat", "2023-03-05", "2023-03-05")]),
    ("what became of 'most of the missiles' tells the strike again",
     "On Thursday, Israeli Air Force jets attacked targets near the town of Dimas, west of Damascus.\n\nA military "
     "source quoted by the official Syrian news agency SANA said three soldiers were killed, and claimed that the "
     "Syrian air defenses had intercepted most of the missiles, which were fired from the direction of the Golan Heights.",
     [("Explosions/Remote violence", "Air/drone strike", "Israeli Air Force", "Syrian Arab Army", "Dimas",
       "2023-03-09", "2023-03-09")]),
    ("missiles told after jets struck carry the strike on; mortars do not",
     "Israeli Air Force jets attacked targets near the town of Dimas on Thursday.\n\nAbout twenty minutes later, a "
     "second wave of missiles hit a Syrian army radar position near the town of al-Harra.\n\nOn Saturday, mortar "
     "shells hit a Syrian army post near the town of Khan Arnabah.",
     [("Explosions/Remote violence", "Air/drone strike", "Israeli Air Force", "", "Dimas", "2023-03-09",
       "2023-03-09"),
      ("Explosions/Remote violence", "Air/drone strike", "Israeli Air Force", "Syrian Arab Army", "al-Harra",
       "2023-03-09", "2023-03-09"),
      ("Explosions/Remote violence", "Shelling/artillery/missile attack", "Unidentified armed group",
       "Syrian Arab Army", "Khan Arnabah", "2023-03-04", "2023-03-04")]),
    ("a list whose first place is named by its feature ('Damascus International Airport') is still a list",
     "Israeli fighter jets struck targets near Damascus International Airport and near the town of al-Kiswah, south of "
     "the capital, late on Sunday.",
     [("Explosions/Remote violence", "Air/drone strike", "Israeli Air Force", "", "Damascus", "2023-03-05",
       "2023-03-05"),
      ("Explosions/Remote violence", "Air/drone strike", "Israeli Air Force", "", "al-Kiswah", "2023-03-05",
       "2023-03-05")]),
    ("two names of one town ('Resulayn, called Ras al-Ain in Arabic') are one place, not a list of two",
     "On Monday, regime helicopters dropped barrel bombs on Resulayn, called Ras al-Ain in Arabic, killing four "
     "civilians.",
     [("Explosions/Remote violence", "Air/drone strike", "Syrian Arab Air Force", "Civilians", "Resulayn",
       "2023-03-06", "2023-03-06")]),
    ("the pair named after 'where' is the subject of its clause's attack, not the two sides of the fighting",
     "Fighting flared again on Sunday in villages west of Ras al-Ain, where fighters of Jabhat al-Nusra and the "
     "Islamic State attacked positions of the YPG.\n\nRefugees also described a gun battle earlier that evening near "
     "Nasib, where Syrian troops opened fire on Free Syrian Army fighters.",
     [("Battles", "Armed clash", "Hayat Tahrir al-Sham", "Syrian Democratic Forces", "Ras al-Ain", "2023-03-05",
       "2023-03-05"),
      ("Battles", "Armed clash", "Syrian Arab Army", "Free Syrian Army", "Nasib", "2023-03-05", "2023-03-05")]),
    ("a state named with dots and joined by 'and' to a group's troops names that state's troops",
     "On Sunday, U.S. and SDF troops detained an ISIS leader in a helicopter raid on the village of al-Kasra.",
     [("Strategic developments", "Arrests", "US-led coalition", "Islamic State", "al-Kasra", "2023-03-05",
       "2023-03-05")]),
    ("a tank's fire is shelling, by the ground forces that own it",
     "On Sunday, an IDF tank fired at a Syrian army post near the town of Khan Arnabah.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "Israel Defense Forces", "Syrian Arab Army",
       "Khan Arnabah", "2023-03-05", "2023-03-05")]),
    ("a country's police are its forces; a foreign state's troops that open fire are on the ground, at armed men",
     "On Sunday, Iraqi border police arrested three Syrian nationals near the al-Qaim crossing.\n\nOn Saturday night, "
     "IDF troops opened fire at a group of armed men who approached the border fence near Quneitra.",
     [("Strategic developments", "Arrests", "Iraqi Security Forces", "Civilians", "al-Qaim", "2023-03-05",
       "2023-03-05"),
      ("Battles", "Armed clash", "Israel Defense Forces", "Unidentified armed group", "Quneitra", "2023-03-04",
       "2023-03-04")]),
    ("an offensive gone on and a break-in tried are fighting; a country's aviation strikes from the air",
     "Yesterday units of the Syrian army went on the offensive against Jaish al-Islam near Hawsh al-Dawahira.\n\n"
     "On Sunday afternoon, pro-Turkish formations tried to break into Kafr Jannah, but YPG units held the outskirts "
     "of the village.\n\nOn the same day, Turkish aviation struck residential quarters of Jandairis.\n\n"
     "The civil aviation authority said flights to Damascus would resume on Monday.",
     [("Battles", "Armed clash", "Syrian Arab Army", "Jaish al-Islam", "Hawsh al-Dawahira", "2023-03-09",
       "2023-03-09"),
      ("Battles", "Armed clash", "Syrian National Army", "Syrian Democratic Forces", "Kafr Jannah", "2023-03-05",
       "2023-03-05"),
      ("Explosions/Remote violence", "Air/drone strike", "Turkish Armed Forces", "Civilians", "Jandairis",
       "2023-03-05", "2023-03-05")]),
    ("a strike on the attackers is help against the attack told, no happening of its own",
     "On Sunday, ISIS cells attacked SDF positions near Gharanij, and coalition aircraft then struck the attackers.",
     [("Battles", "Armed clash", "Islamic State", "Syrian Democratic Forces", "Gharanij", "2023-03-05", "2023-03-05")]),
    ("fire from across the border by no one named is no fire of the side the report told before",
     "On Wednesday, a Turkish drone struck two vehicles near Tal Tamr.\n\nTwo rockets fired from Syria landed in a "
     "residential neighborhood of Kızıltepe in Turkey's Mardin province on Wednesday morning, wounding three people.",
     [("Explosions/Remote violence", "Air/drone strike", "Turkish Armed Forces", "", "Tal Tamr", "2023-03-08",
       "2023-03-08"),
      ("Explosions/Remote violence", "Shelling/artillery/missile attack", "Unidentified armed group", "Civilians",
       "Kızıltepe", "2023-03-08", "2023-03-08")]),
    ("fire at the capital is fire at a city: its people are the target",
     "On Sunday, militants fired mortars at the capital: shells landed in the Bab Touma quarter of Damascus.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "Unidentified armed group", "Civilians",
       "Damascus", "2023-03-05", "2023-03-05")]),
    ("'destroyed gatherings' of a group is an attack on it, from the air when an air force did it",
     "In Aleppo, the Syrian Arab Air Force destroyed gatherings of Jabhat al-Nusra near the Central Prison on Sunday "
     "morning, killing many terrorists.",
     [("Explosions/Remote violence", "Air/drone strike", "Syrian Arab Air Force", "Hayat Tahrir al-Sham", "Aleppo",
       "2023-03-05", "2023-03-05")]),
    ("a town named after a region it lies outside only locates the region; the town the toll names is the place",
     "Government air strikes on the besieged enclave of Eastern Ghouta, near Damascus, killed at least 40 people in "
     "the town of Hamouria on Sunday.",
     [("Explosions/Remote violence", "Air/drone strike", "Syrian Arab Air Force", "Civilians", "Hamouria",
       "2023-03-05", "2023-03-05")]),
]


@pytest.mark.parametrize("outlet, text, expected", [
    # a party's statement calls its forces "our forces"; a wire story quoting no one does not speak for them
    ("General Command of the Syrian Democratic Forces",
     "On Sunday, a drone of the Turkish occupation targeted a military vehicle of our forces near Tell Tamr.",
     [("Explosions/Remote violence", "Air/drone strike", "Turkish Armed Forces", "Syrian Democratic Forces",
       "Tell Tamr", "2023-03-05", "2023-03-05")]),
    ("Levant Wire",
     "On Sunday, a drone of the Turkish occupation targeted a military vehicle of our forces near Tell Tamr.",
     [("Explosions/Remote violence", "Air/drone strike", "Turkish Armed Forces", "", "Tell Tamr", "2023-03-05",
       "2023-03-05")]),
    # a security operation that ends in arrests is an Arrests event
    ("SDF media center",
     "On Monday, our forces carried out a security operation in the town of al-Tayyana with the support of the "
     "International Coalition, which resulted in the arrest of three members of Daesh cells.",
     [("Strategic developments", "Arrests", "Syrian Democratic Forces", "Islamic State", "al-Tayyana", "2023-03-06",
       "2023-03-06")]),
    # "our military points", "our heroes": the army's words for itself in its own statement
    ("General Command of the Army and Armed Forces",
     "On Saturday, groups of terrorists of Jabhat al-Nusra attempted to infiltrate towards our military points near "
     "Kabani. Our heroes confronted the attackers.",
     [("Battles", "Armed clash", "Hayat Tahrir al-Sham", "Syrian Arab Army", "Kabani", "2023-03-04", "2023-03-04")]),
])
def test_a_partys_own_forces_are_the_actor_it_speaks_for(outlet, text, expected):
    result = extract(Report(report_id="T", path="t.txt", outlet=outlet, published=PUBLISHED, text=text))
    assert [(e.event_type, e.sub_event_type, e.actor1, e.actor2, e.location, str(e.date_start), str(e.date_end))
            for e in result.events] == expected


def test_what_a_helper_did_to_beat_back_an_attack_told_again_is_part_of_that_attack():
    """Not a happening of its own, which would take the attack's numbers to the fight told before it."""
    text = ("On Thursday, Syrian army units launched an assault on positions of Jabhat Fatah al-Sham in the Sheikh Saeed "
            "district of Aleppo.\n\nOn Tuesday night, Islamic State militants attacked Syrian army checkpoints near the "
            "Tiyas airbase.\n\nThe attack was beaten back with the help of Russian aviation, which struck the attackers' "
            "pick-up trucks as they withdrew into the desert, a source in the Russian Defence Ministry said. According "
            "to him, the militants lost up to 30 men killed.\n\nThe "
            "Syrian Observatory reported that eight government soldiers were killed in the fighting.")
    result = extract(Report(report_id="T", path="t.txt", published=PUBLISHED, text=text))
    assert [(e.sub_event_type, e.actor1, e.actor2, e.location) for e in result.events] == [
        ("Armed clash", "Syrian Arab Army", "Hayat Tahrir al-Sham", "Aleppo"),
        ("Armed clash", "Islamic State", "Syrian Arab Army", "Tiyas")]
    assert [(c.high, c.event_id) for c in result.claims] == [(30, result.events[1].event_id),
                                                             (8, result.events[1].event_id)]


@pytest.mark.parametrize("outlet, imprint, text, expected", [
    # an outlet's "our soldiers" are its country's forces, its masthead in the header as much as its name
    ("", "HÜRRİYET DAILY NEWS\nTURKEY | WORLD | OPINION",
     "On Sunday, YPG terrorists attacked a base of our soldiers near Marea.",
     [("Battles", "Armed clash", "Syrian Democratic Forces", "Turkish Armed Forces", "Marea", "2023-03-05",
       "2023-03-05")]),
    ("Sabah", "", "On Sunday, one of our heroic comrades-in-arms was martyred in an anti-tank missile attack by PKK/YPG "
     "terrorists near Resulayn.",
     [("Explosions/Remote violence", "Shelling/artillery/missile attack", "Syrian Democratic Forces",
       "Turkish Armed Forces", "Resulayn", "2023-03-05", "2023-03-05")]),
    # an Israeli outlet's "troops" are the IDF, a wire's the home army
    ("The Times of Israel", "", "On Sunday, troops raided the village of Hader and detained three suspects.",
     [("Strategic developments", "Arrests", "Israel Defense Forces", "Civilians", "Hader", "2023-03-05",
       "2023-03-05")]),
    # its troops that fire are on the ground, not its air force as "Israel struck" is
    ("The Times of Israel", "", "On Sunday, gunmen approached the border fence near Jubata al-Khashab. The troops "
     "fired toward them, killing two of the gunmen.",
     [("Battles", "Armed clash", "Israel Defense Forces", "Unidentified armed group", "Jubata al-Khashab",
       "2023-03-05", "2023-03-05")]),
    ("Levant Wire", "", "On Sunday, troops raided the village of Hader and detained three suspects.",
     [("Strategic developments", "Arrests", "Syrian Arab Army", "Civilians", "Hader", "2023-03-05", "2023-03-05")]),
    # a Russian outlet's "the army" in Syria is the Syrian army, its ally's
    ("TASS", "", "On Sunday, the army recaptured the village of al-Jafra from Islamic State militants.",
     [("Battles", "Government regains territory", "Syrian Arab Army", "Islamic State", "al-Jafra",
       "2023-03-05", "2023-03-05")]),
])
def test_an_outlets_own_country_names_its_forces(outlet, imprint, text, expected):
    result = extract(Report(report_id="T", path="t.txt", outlet=outlet, imprint=imprint, published=PUBLISHED,
                            text=text))
    assert [(e.event_type, e.sub_event_type, e.actor1, e.actor2, e.location, str(e.date_start), str(e.date_end))
            for e in result.events] == expected


@pytest.mark.parametrize("text, sides, victims", [
    # a strike from afar costs its striker none of the people it hits: they are the side acted on
    # nor does it risk any of its own: a strike "without any casualties" spared those it hit
    ("Regime artillery shelled the town of Kafr Zita on Tuesday, without any casualties being reported.",
     ("Syrian Arab Army", ""), ["Civilians"]),
    ("Israeli warplanes struck a military site near Al-Qutayfah on Saturday, wounding one soldier.",
     ("Israeli Air Force", "Syrian Arab Army"), ["Syrian Arab Army"]),
    # the attackers' own dead leave the people they attacked as the side acted on
    ("Gunmen attacked a checkpoint near Mayadin on Friday, killing three soldiers; two of the gunmen were "
     "also killed.", ("Unidentified armed group", "Syrian Arab Army"), ["Syrian Arab Army", "Unidentified armed group"]),
    # a side's own fighters who repelled the attackers are that side's: the attackers killed are who attacked
    ("ISIS cells attacked SDF positions near Dhiban on Monday.\n\nThe SDF said its fighters had repelled the attack, "
     "killing five of the attackers.", ("Islamic State", "Syrian Democratic Forces"), ["Islamic State"]),
    # the civilians a strike's passage names first are whom it hit, with its striker named later by whom a source
    # blames: the dead rescuers speak of are theirs
    ("Barrel bombs fell on Tuesday afternoon on the Ansari district of Aleppo. At least nine civilians were killed. "
     "Rescuers spoke of twelve dead. The local council accused the regime's air force.",
     ("Syrian Arab Air Force", "Civilians"), ["Civilians", "Civilians"]),
    # an attacker named by no group's word, and where it sits, before its verb: an unnamed group, not a side another
    # sentence names
    ("Insurgents in eastern Ghouta fired mortar shells on Damascus on Thursday, killing a woman. State media say "
     "the government offensive aims to stop the shelling.", ("Unidentified armed group", "Civilians"), ["Civilians"]),
    # "three of them": the people named before in the sentence, the soldiers the bus carried
    ("A roadside bomb struck a bus carrying soldiers near Palmyra on Friday, killing three of them.",
     ("Unidentified armed group", "Syrian Arab Army"), ["Syrian Arab Army"]),
    # people a passive harm counts, named after it with "along with", suffered it: they are no attacker
    ("Two civilians were killed on Monday, along with three SDF fighters, in shelling by Turkish forces on the town "
     "of Ain Issa.", ("Turkish Armed Forces", "Syrian Democratic Forces"), ["Civilians", "Syrian Democratic Forces"]),
    ("At least 17 truffle pickers were killed on Wednesday, along with four pro-government fighters guarding them, in "
     "an attack near Salamiyah, a war monitor said.", ("Unidentified armed group", "Syrian Arab Army"),
     ["Civilians", "Syrian Arab Army"]),
    # a side's supporters in the words of a monitor: pro-government fighters are the army's
    ("HTS fighters attacked army positions near Kafr Naha on Monday. The Observatory said 17 HTS fighters and 11 "
     "pro-government fighters were killed.", ("Hayat Tahrir al-Sham", "Syrian Arab Army"),
     ["Hayat Tahrir al-Sham", "Syrian Arab Army"]),
    # a toll with no noun after shelling of a town counts the civilians the shelling was coded against
    ("Regime artillery shelled the town of Kafr Zita on Tuesday. Local activists put the death toll at 31.",
     ("Syrian Arab Army", "Civilians"), ["Civilians"]),
    # people harmed where forces fired on a crowd are its protesters, however they are counted
    ("In Aleppo on Friday, security forces fired live ammunition at protesters leaving mosques in the Salaheddin "
     "district, killing two and wounding at least 10, according to activists.", ("Syrian Arab Army", "Protesters"),
     ["Protesters", "Protesters"]),
    ("Security forces opened live fire on mourners at a funeral that turned into an anti-government protest in Nawa "
     "on Tuesday. A doctor said at least four people were hurt.", ("Protesters", "Syrian Arab Army"), ["Protesters"]),
])
def test_the_people_a_toll_counts_are_the_side_acted_on(text, sides, victims):
    result = extract(Report(report_id="T", path="t.txt", outlet="Levant Wire", published=PUBLISHED, text=text))
    assert [(e.actor1, e.actor2) for e in result.events] == [sides]
    assert [c.victim for c in result.claims] == victims


def test_a_us_garrison_struck_is_the_coalition_and_its_service_members_its_people():
    text = ("On Thursday, three drones struck near the U.S. garrison at al-Shaddadi, and six service members suffered "
            "minor injuries.")
    result = extract(Report(report_id="T", path="t.txt", outlet="Levant Wire", published=PUBLISHED, text=text))
    assert [e.actor2 for e in result.events] == ["US-led coalition"]
    assert [(c.low, c.victim) for c in result.claims] == [(6, "US-led coalition")]


@pytest.mark.parametrize("text, sides", [
    # whoever launched a weapon the text does not name is unidentified, not the last side told of
    ("Russia's Defense Ministry said on Monday that air defenses at its Hmeimim airbase had shot down two drones.",
     ("Russian military", "Unidentified armed group")),
    ("On Monday, a drone was shot down by coalition air defenses as it approached the Conoco gas field.",
     ("US-led coalition", "Unidentified armed group")),
    ("ISIS cells attacked SDF positions near Dhiban on Sunday.\n\nOn Monday, coalition air defenses at the Conoco gas "
     "field shot down a one-way attack drone.", ("US-led coalition", "Unidentified armed group")),
    ("Russia's Defense Ministry said air defenses at Hmeimim had shot down two drones launched by militants on Monday.",
     ("Russian military", "Unidentified armed group")),
    ("Syrian air defenses shot down three Turkish drones over Saraqib on Monday.",
     ("Syrian Arab Army", "Turkish Armed Forces")),
])
def test_the_side_whose_defences_stopped_a_weapon_is_named(text, sides):
    result = extract(Report(report_id="T", path="t.txt", outlet="Levant Wire", published=PUBLISHED, text=text))
    assert [(e.actor1, e.actor2) for e in result.events if e.sub_event_type == "Disrupted weapons use"] == [sides]


def test_a_partys_source_speaks_for_the_forces_it_calls_its_own():
    text = ("Turkey's Ministry of Defence said its forces had neutralised 13 terrorists in artillery fire on the "
            "Tal Rifaat area on Wednesday.")
    result = extract(Report(report_id="T", path="t.txt", outlet="Levant Wire", published=PUBLISHED, text=text))
    assert [e.actor1 for e in result.events] == ["Turkish Armed Forces"]
    assert [(c.low, c.claimant) for c in result.claims] == [(13, "Turkish Ministry of National Defence")]


def test_a_statement_signed_by_a_partys_command_tells_its_numbers_in_the_partys_name():
    text = "On Sunday, a drone of the Turkish occupation targeted a vehicle of our forces near Tell Tamr, killing two fighters."
    result = extract(Report(report_id="T", path="t.txt", outlet="General Command of the Syrian Democratic Forces",
                            published=PUBLISHED, text=text))
    assert [(c.category, c.low, c.victim, c.claimant) for c in result.claims] == [
        ("killed", 2, "Syrian Democratic Forces", "Syrian Democratic Forces")]


@pytest.mark.parametrize("text, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_passage_gives_events(text, expected):
    assert _rows(text) == expected


def test_the_other_nationality_of_a_shared_air_strike_joins_it_with_its_air_force():
    events = _events("On Monday, Russian and Syrian regime airstrikes killed 11 civilians in Maarat al-Numan.").events
    assert [(e.actor1, e.assoc_actor1) for e in events] == [("Russian Aerospace Forces", ("Syrian Arab Air Force",))]


def test_a_sects_name_is_no_place():
    events = _events("Late on Sunday, Israeli jets struck targets of the Shi’ite militias Iran sponsors near the town "
                     "of al-Kiswah, south of Damascus.").events
    assert [e.location for e in events] == ["al-Kiswah"]


@pytest.mark.parametrize("text, expected", [
    # a timeline's day headings, each counted from publication (not the 9 February a year before 6 February);
    # "two days later" under a heading counts from it
    ("The following is a timeline of the war for the month.\n\n6 February\n\nGovernment forces retook the village of "
     "Kafr Nabudah from the rebels.\n\n9 February\n\nSyrian Air Force helicopters dropped barrel bombs on Anadan. Two "
     "days later, rebels shelled the Old City of Aleppo.",
     [("Battles", "Kafr Nabudah", date(2023, 2, 6), date(2023, 2, 6)),
      ("Explosions/Remote violence", "Anadan", date(2023, 2, 9), date(2023, 2, 9)),
      ("Explosions/Remote violence", "Aleppo", date(2023, 2, 11), date(2023, 2, 11))]),
    # a heading whose weekday fits its day only in the year of publication; a span of days as a heading
    ("Here is how the week unfolded.\n\nMonday 27 February\n\nTurkish drones struck a car near Qamishli.\n\n"
     "Wednesday 1 March\n\nRebels shelled the town of Mhardeh.\n\n4\u20135 March\n\nISIS fighters attacked army posts "
     "near Palmyra.",
     [("Explosions/Remote violence", "Qamishli", date(2023, 2, 27), date(2023, 2, 27)),
      ("Explosions/Remote violence", "Mhardeh", date(2023, 3, 1), date(2023, 3, 1)),
      ("Battles", "Palmyra", date(2023, 3, 4), date(2023, 3, 5))]),
    # an operation log's "Day N" headings count on from the last dated one
    ("Here is how the second week unfolded:\n\nDay 8 \u2014 Saturday, Feb. 25\n\nTurkish jets hit targets near "
     "Jinderes.\n\nDay 9\n\nA rocket fired from Afrin hit a house in Kilis.\n\nDay 11\n\nTurkish artillery shelled "
     "villages near Rajo.",
     [("Explosions/Remote violence", "Jinderes", date(2023, 2, 25), date(2023, 2, 25)),
      ("Explosions/Remote violence", "Kilis", date(2023, 2, 26), date(2023, 2, 26)),
      ("Explosions/Remote violence", "Rajo", date(2023, 2, 28), date(2023, 2, 28))]),
    # a record's field for the day it tells of dates what follows, however old
    ("Incident code: R2291\n\nIncident date: January 28, 2022\n\nSummary\n\nAccording to local sources, at least two "
     "missiles struck houses close to the town centre of Maarrat Misrin, killing five civilians.",
     [("Explosions/Remote violence", "Maarrat Misrin", date(2022, 1, 28), date(2022, 1, 28))]),
    # a timeline's entries a year old, each opening on its date and told in the present, are happenings of that day
    ("Timeline: a year of the truce\n\n5 March 2022 \u2014 The presidents agree a ceasefire.\n\n17 June 2022 \u2014 "
     "Russian jets strike the outskirts of Ariha for the first time in months.\n\n9 August 2022 \u2014 Government "
     "artillery shells the village of al-Bara.",
     [("Explosions/Remote violence", "Ariha", date(2022, 6, 17), date(2022, 6, 17)),
      ("Explosions/Remote violence", "al-Bara", date(2022, 8, 9), date(2022, 8, 9))]),
    # a live page's entries run oldest first: a clock time earlier than the one above is past midnight, and the
    # entry's "yesterday" is the page's own day; a page that runs newest first stays on its day
    ("Syria live\n\n18.10\n\nAid agencies say the crossing at Bab al-Hawa will stay shut.\n\n20.40\n\nJets struck "
     "the town of Ariha tonight, killing three people.\n\n00.15\n\nThe Observatory says yesterday's shelling of "
     "al-Bara killed four civilians.",
     [("Explosions/Remote violence", "Ariha", date(2023, 3, 10), date(2023, 3, 10)),
      ("Explosions/Remote violence", "al-Bara", date(2023, 3, 10), date(2023, 3, 10))]),
    ("Syria live\n\n20.40\n\nThe Observatory says yesterday's shelling of al-Bara killed four civilians.\n\n"
     "09.15\n\nJets struck the town of Ariha this morning, killing three people.",
     [("Explosions/Remote violence", "al-Bara", date(2023, 3, 9), date(2023, 3, 9)),
      ("Explosions/Remote violence", "Ariha", date(2023, 3, 10), date(2023, 3, 10))]),
])
def test_a_timelines_day_headings_date_its_entries(text, expected):
    events = _events(text).events
    assert [(e.event_type, e.location, e.date_start, e.date_end) for e in events] == expected


@pytest.mark.parametrize("text, day", [
    # a channel's stamp over each post, its clock time after the date
    ("Step News Agency \u00b7 Feb 11, 2025 \u00b7 09:00\n\nThe council met in Idlib.\n\nStep News Agency \u00b7 Feb 12, "
     "2025 \u00b7 14:10\n\nSDF militia shelled the eastern outskirts of Manbij with artillery today.", date(2025, 2, 12)),
    # a post's author line with its handle and a day without a year
    ("IDF @IDFSpokesperson 12 Dec\n\nIDF forces remain on high alert.\n\nIDF @IDFSpokesperson 11 Dec\n\nTwo mortar "
     "shells fired from Syria hit an open area near Alonei HaBashan this evening.", date(2024, 12, 11)),
    # an author's name with full stops in it is still no sentence
    ("T.C. Milli Savunma Bakanligi @tcsavunma \u00b7 Dec 12\n\nOur operations continue.\n\nT.C. Milli Savunma Bakanligi "
     "@tcsavunma \u00b7 Dec 11\n\nA regime UAV was shot down by our air defence systems near al-Nayrab tonight.",
     date(2024, 12, 11)),
    # whom the post is shown to, after its clock time, leaves the line its stamp
    ("Diban News Friday, 13 December 2024 at 10:15 \u00b7 Public\n\nThe council met today.\n\nDiban News Thursday, 12 "
     "December 2024 at 21:10 \u00b7 Public\n\nGunmen shot dead a teacher in Diban today.", date(2024, 12, 12)),
    # a post's footer under its words dates the post above it, not the one below
    ("An article quotes the SDF.\n\nOur forces raided a house in al-Busayrah at dawn today and detained three ISIS "
     "members.\n\n\u2014 SDF Press Center (@SDFpress) December 11, 2024\n\nThe SDF gave no other details.",
     date(2024, 12, 11)),
    ("SDF Press Center @SDFpress \u00b7 Follow\n\nOur forces raided a house in al-Busayrah at dawn today and detained "
     "three ISIS members.\n\n3:20 PM \u00b7 Dec 11, 2024 \u00b7 Twitter Web App\n\n206 Retweets \u00b7 455 Likes",
     date(2024, 12, 11)),
    # an article's own sentences above an embedded post count from the article's day, not the post's
    ("Turkish drones struck a car near Tal Tamr yesterday, killing two people.\n\nThe SDF wrote on X:\n\nWe will "
     "answer this crime.\n\n\u2014 SDF Press Center (@SDFpress) December 10, 2024", date(2024, 12, 12)),
])
def test_a_posts_stamp_gives_its_day_to_the_post(text, day):
    result = extract(Report(report_id="T", path="t.txt", published=date(2025, 2, 13) if "2025" in text
                            else date(2024, 12, 13), text=text))
    assert [e.date_start for e in result.events] == [day]


@pytest.mark.parametrize("text, expected", [
    # a timeline's entries owe no side to the entry before, only to their own words ("fired from Israeli positions")
    ("The following incidents were reported between 3 and 9 March:\n\n3 March: Israeli forces entered the town of "
     "al-Hamidiyah in Quneitra Governorate and detained four men.\n\n5 March: Artillery shells fired from Israeli "
     "positions landed on farmland near Saham al-Jawlan; no casualties were reported.\n\n7 March: Two children were "
     "killed when an explosive remnant of war detonated near Tasil.",
     [("Arrests", "Israel Defense Forces", "Civilians", ()),
      ("Shelling/artillery/missile attack", "Israel Defense Forces", "", ()),
      ("Remote explosive/landmine/IED", "Unidentified armed group", "Civilians", ())]),
    # a live page's entries under their clock times owe no side to the entry before
    ("Live: strikes in the north-west\n\n10:15\n\nSyrian warplanes bombed the town of Ariha this morning, killing "
     "three people.\n\n09:40\n\nJets struck a training camp of Jabhat al-Nusra near the village of Rabia.",
     [("Air/drone strike", "Syrian Arab Air Force", "Civilians", ()),
      ("Air/drone strike", "", "Hayat Tahrir al-Sham", ())]),
    # a state's forces that opened fire shot from where they stood, not from the air
    ("On Monday, Israeli forces opened fire near a group of shepherds outside the village of Bariqa, wounding one of "
     "them.", [("Attack", "Israel Defense Forces", "Civilians", ())]),
    # "the Israeli regime" is Israel's, not the Syrian regime
    ("On Monday, warplanes of the Israeli regime fired missiles at a building in Sayyida Zaynab, killing an adviser.",
     [("Air/drone strike", "Israeli Air Force", "", ())]),
    # aircraft named by their type or as the partners of a state's
    ("Su-25 ground-attack jets struck a Jabhat al-Nusra training camp near the village of Rabia on Monday.",
     [("Air/drone strike", "Russian Aerospace Forces", "Hayat Tahrir al-Sham", ())]),
    ("On Monday, American and partner aircraft struck ISIS positions near Kobani.",
     [("Air/drone strike", "US-led coalition", "Islamic State", ())]),
    # a side's name, then its short name in brackets, is one side of a clash
    ("On Monday, clashes broke out between the Islamic State of Iraq and the Levant (ISIL) and the al-Nusra Front in "
     "the town of al-Busayrah.", [("Armed clash", "Islamic State", "Hayat Tahrir al-Sham", ())]),
    # who inspects what was hit takes no side in it
    ("Turkish police inspect a car damaged by a mortar round that landed near the Oncupinar border crossing on "
     "Thursday.", [("Shelling/artillery/missile attack", "Unidentified armed group", "", ())]),
    # a group the agent is said to include acts
    ("On Monday, rockets fired by non-State armed groups, reportedly including Hay'at Tahrir al-Sham, struck the "
     "Government-held town of Al-Suqaylabiyah in northern Hama, killing two children.",
     [("Shelling/artillery/missile attack", "Hayat Tahrir al-Sham", "Civilians", ())]),
])
def test_who_acts_on_whom(text, expected):
    events = _events(text).events
    assert [(e.sub_event_type, e.actor1, e.actor2, e.assoc_actor2) for e in events] == expected


def test_a_live_pages_entry_tells_back_to_the_happening_of_its_kind():
    result = _events("Syria live: strikes in Idlib\n\n09.15\n\nJets struck a market in Ariha this morning, killing five "
                     "people.\n\n11.40\n\nGunmen shot dead a teacher in the town of Jasim.\n\n13.20\n\nThe toll from "
                     "the strike has risen to seven, the Civil Defence said.")
    where = {e.event_id: e.location for e in result.events}
    assert [(c.low, where[c.event_id]) for c in result.claims] == [(5, "Ariha"), (1, "Jasim"), (7, "Ariha")]


def test_a_months_name_after_a_day_is_no_place():
    """CrisisWatch's "9-10 Nov": the month of a day range, not the village of Nov; the strikes of those days are
    a happening of their own."""
    result = extract(Report(report_id="T", path="t.txt", published=date(2020, 12, 1),
                            text="ISIS 8 Nov ambushed a govt convoy near al-Sukhnah town, reportedly killing nine soldiers; "
                                 "govt aircraft 9-10 Nov struck suspected ISIS hideouts."))
    assert [(e.date_start, e.date_end, e.location) for e in result.events] == [
        (date(2020, 11, 8), date(2020, 11, 8), "al-Sukhnah"), (date(2020, 11, 9), date(2020, 11, 10), "al-Sukhnah")]


def test_capitals_that_brokered_a_truce_are_governments_not_the_place_of_what_follows():
    result = _events("Since the partial truce brokered by Washington and Moscow took hold, the town has argued with "
                     "everyone.\n\nLast Friday, several hundred residents marched through the town centre.")
    assert [(e.event_type, e.location) for e in result.events] == [("Protests", "")]


def test_a_list_of_places_keeps_one_event_per_place_where_a_region_links_them():
    # "Ein Issa in the northern countryside of Raqqa and around Tell Tamer": two shelled places, not one
    result = _events("On Saturday, Turkish forces shelled SDF positions on the outskirts of Ein Issa in the northern "
                     "countryside of Raqqa and around Tell Tamer in al-Hasakah province.")
    assert len(result.events) == 2 and result.events[-1].location == "Tell Tamer"


def test_air_support_joins_the_attacking_side_and_the_fighting_stays_a_clash():
    (event,) = _events("On Monday, SNA factions, mainly the Hamza Division, attacked SDF positions near Tishreen "
                       "Dam, backed by Turkish drones.").events
    assert (event.sub_event_type, event.actor1, event.assoc_actor1, event.actor2) == (
        "Armed clash", "Syrian National Army", ("Turkish Armed Forces",), "Syrian Democratic Forces")


@pytest.mark.parametrize("text, expected", [
    ("On Sunday, US forces assisted by members of the SDF raided a house in Shuhayl and arrested two ISIS suspects.",
     ("US-led coalition", ("Syrian Democratic Forces",), "Islamic State")),
    # fighters from a country's group
    ("On Sunday, Syrian troops backed by fighters from Lebanon's Hezbollah militia launched an assault on Qusair.",
     ("Syrian Arab Army", ("Hezbollah",), "")),
    # fighters "from" a group join the side named with them; a party's forces with a helper told between
    ("On Monday, US forces and fighters from the SDF captured a senior ISIS official in a raid in al-Shuhayl.",
     ("US-led coalition", ("Syrian Democratic Forces",), "Islamic State")),
    ("On Sunday, US Central Command said that its forces, alongside SDF partners, had captured a senior ISIS official "
     "in a helicopter raid near al-Shaddadi.", ("US-led coalition", ("Syrian Democratic Forces",), "Islamic State")),
    # the helper's strikes, then who made them
    ("The SDF took full control of the al-Qadisiyah neighbourhood in western Raqqa on Sunday, with the support of "
     "air strikes by the international coalition.", ("Syrian Democratic Forces", ("US-led coalition",), "")),
    # a side's praise for the forces that supported it; their nickname
    ("On Sunday, the town of Suluk was cleared of terrorists by the SNA, with the support of the heroic Mehmetçik.",
     ("Syrian National Army", ("Turkish Armed Forces",), "")),
    # two sides that attack together, the second named with its abbreviation, then a helper of the first
    ("Turkish-backed rebels and jihadists of Hayat Tahrir al-Sham (HTS), supported by Turkish artillery, attacked "
     "government positions near al-Nayrab on Monday.",
     ("Syrian National Army", ("Hayat Tahrir al-Sham", "Turkish Armed Forces"), "Syrian Arab Army")),
    # the words that say who the helper is, between "supported by" and its name
    ("In Homs, the army, supported by militiamen of the Lebanese Shiite movement Hezbollah, advanced on Monday into "
     "districts of the Old City held by the Al-Nusra Front.", ("Syrian Arab Army", ("Hezbollah",), "Hayat Tahrir al-Sham")),
    # "helped by", "aided by": other words for the same help
    ("On Tuesday the Syrian army, helped by fighters of the Lebanese Hezbollah, recaptured the town of Qara.",
     ("Syrian Arab Army", ("Hezbollah",), "")),
    ("On Tuesday, SNA fighters aided by Turkish artillery pushed into the village of Tal Malid.",
     ("Syrian National Army", ("Turkish Armed Forces",), "")),
    # the helper's own media telling it are no target of the capture
    ("On Monday, Syrian army troops backed by Hezbollah fighters captured a string of hills near the town of Qara, "
     "Hezbollah media said.", ("Syrian Arab Army", ("Hezbollah",), "")),
    ("On Monday, Syrian army troops backed by Hezbollah fighters captured a string of hills near the town of Qara, "
     "Hezbollah's war media unit said.", ("Syrian Arab Army", ("Hezbollah",), "")),
    # a side told as helping the fight after it was told: a helper, and its aircraft strike nothing of their own
    ("On Sunday evening, the SDF resumed their assault on the last ISIS redoubt in Baghouz.\n\nCoalition aircraft and "
     "artillery supported the advance, and heavy explosions were heard throughout the night.",
     ("Syrian Democratic Forces", ("US-led coalition",), "Islamic State")),
])
def test_helpers_of_a_side_are_its_associates(text, expected):
    (event,) = _events(text).events
    assert (event.actor1, event.assoc_actor1, event.actor2) == expected


@pytest.mark.parametrize("text, actor2, assoc_actor2", [
    # people held on an accusation are civilians; what they are accused of joining is its associate
    ("On Monday, SDF fighters raided Dhiban and arrested 11 young men on charges of belonging to ISIS cells.",
     "Civilians", ("Islamic State",)),
    ("On Sunday, the Military Police of the National Army arrested four people it accused of belonging to a cell "
     "linked to the SDF in Afrin.", "Civilians", ("Syrian Democratic Forces",)),
    # the group's own members, as the text names them, are the group
    ("On Thursday, SDF fighters raided the village of Shuhayl and detained 6 ISIS suspects.", "Islamic State", ()),
])
def test_detainees_are_who_the_numbers_count(text, actor2, assoc_actor2):
    (event,) = _events(text).events
    assert (event.sub_event_type, event.actor2, event.assoc_actor2) == ("Arrests", actor2, assoc_actor2)


@pytest.mark.parametrize("text, actor2, assoc_actor2", [
    # the attacker names its target, the only dead anyone counts are civilians: they were hit, the target is alleged
    ("Coalition aircraft struck Islamic State positions near the village of Tal Samen on Tuesday. Activists said "
     "three civilians were killed.", "Civilians", ("Islamic State",)),
    ("Turkish drones struck PKK/YPG positions near Tal Tamr on Tuesday. The Kurdish Red Crescent said two civilians "
     "were killed.", "Civilians", ("Syrian Democratic Forces",)),
    # a guard: the target's own dead counted beside the civilians keep the target
    ("Russian warplanes struck HTS positions near Kansafra on Sunday, killing four HTS fighters and two civilians.",
     "Hayat Tahrir al-Sham", ()),
])
def test_a_strike_whose_dead_are_only_civilians_hit_civilians(text, actor2, assoc_actor2):
    (event,) = _events(text).events
    assert (event.event_type, event.actor2, event.assoc_actor2) == ("Explosions/Remote violence", actor2, assoc_actor2)


def test_a_video_scripts_shots_tell_no_happening_and_its_soundbites_speak_of_the_place_they_name(tmp_path):
    text = ("Published 10 March 2023\n\nSCRIPT:\n\nTurkish drones struck army positions around Saraqib on Monday, "
            "the ministry said.\n\n"
            "Regime artillery shelled Taftanaz on Sunday, killing three civilians, the White Helmets said.\n\n"
            "SHOTLIST:\n1. Aerial footage of fuel depot burning\n2. Russian Su-34 bomber taking off\n"
            "3. SOUNDBITE (Arabic) Mahmoud Ezzo, displaced from Taftanaz:\n\"The shells fell on our street. Two "
            "people were killed.\"\n4. Various of tents in olive grove")
    (tmp_path / "script.txt").write_text(text, encoding="utf-8")
    result = extract(read_report(tmp_path / "script.txt", tmp_path))
    assert [(e.sub_event_type, e.location) for e in result.events] == [
        ("Air/drone strike", "Saraqib"), ("Shelling/artillery/missile attack", "Taftanaz")]
    taftanaz = result.events[1].event_id
    assert [(c.low, c.event_id) for c in result.claims] == [(3, taftanaz), (2, taftanaz)]


def test_a_number_for_the_whole_list_is_claimed_once_on_the_first_place():
    result = _events("Infighting among Turkish-backed militants erupted on March 6 and March 8. Azaz, Mare and "
                     "Afrin are the main hot points. At least 5 militants were killed.")
    assert [c.event_id for c in result.claims] == [result.events[0].event_id]


def test_evidence_covers_the_sentences_used():
    text = "On Monday, HTS shelled army positions near Tafas, triggering clashes. The heaviest fighting erupted near Muzayrib."
    (event,) = _events(text).events
    assert (event.char_start, event.char_end, event.evidence) == (0, len(text), text)


@pytest.mark.parametrize("text", [
    "The monitor has documented 1,002 deaths since the start of the year.",
    "IS is also stepping up its attacks outside the camps.",  # a trend told in the progressive
    "ISIS cells step up attacks in Syria's Badia.",  # and in the present
    "A total of 589 attacks have been recorded in Daraa since the 2018 settlement.",
    "Strikes on the villages of Jabal al-Zawiya were reported almost weekly in June.",
    "The network documented 47 attacks on regime forces in Daraa province in March alone.",
    "The Britain-based Syrian Observatory for Human Rights said earlier this month that more than 120 soldiers and "
    "militants had been killed in the Idlib de-escalation zone since the beginning of October.",
    "Turkish-led forces were conducting strikes on positions of the SDF on the contact line.",
    "Earlier this year, a series of airstrikes by unidentified aircraft killed several commanders in al-Bab.",
    "In the last few months, a series of assassinations targeted former rebels in Daraa.",
    "Accordingly, the total death toll documented by SOHR since early June rises to 163, including 58 civilians.",
    "Shelling on front-line communities in Ariha is reported almost daily, killing 3 civilians a week.",
    "Analysts say the Kremlin is likely to keep up the strikes in Idlib.",
    "Turkey's offensive, now in its third week, aims to drive the YPG from Afrin.",
    "Russian airstrikes continued to target rebel-held areas south of M4 highway throughout month.",
    "Another observer, Zhou Lin, a research fellow at a think tank, said the US uses the pretext of fighting "
    "terrorism to keep its troops in Syria.",
    "According to the White Helmets, regime and Russian attacks have killed 47 civilians in Idlib since the start of 2023.",
    "Regime forces repeatedly shell the villages of Jabal al-Zawiya.",
    "The camp houses families who fled the fighting around Raqqa.",
    "The shelling was the latest breach of a buffer zone deal brokered by Russia and Turkey.",
    "Regime shelling on the southern Idleb front continued at levels similar to the previous week.",
    "IS activity in the central desert has increased steadily since the summer, with attacks on the highways.",
    "Such killings have become a near-daily occurrence in the governorate of Daraa.",
    "Charles Whitfield, a senior fellow at a Washington think tank, said Israeli strikes near Tehran targeted drone factories.",
    "Turkey's defence ministry said 595 terrorists had been neutralised in clashes near Ras al-Ain since the start of "
    "the operation.",
    "An SDF spokesman said the group had nothing to do with it and condemned all attacks on civilians in Jarablus.",
    "Iranian-backed militias conducted at least three attacks on US forces near al-Shaddadi since the last update.",
    "Over the past 24 hours, militants carried out 27 shelling attacks on villages near Kafr Nabl and Saraqib.",
    "The Syrian Network for Human Rights documented the killing of 61 civilians near Ariha in July alone.",
    "This week, our teams responded to 19 attacks by regime forces on villages near Ariha.",
    "Since Jan. 1, 2025, US forces have conducted 61 operations against ISIS near al-Shaddadi, detaining 71.",
    "The Daraa Martyrs Documentation Office recorded 37 assassination attempts near Tafas in February, killing 26 people.",
    "The center documented 214 deaths among regime forces near Aleppo, most of them killed in clashes with rebels.",
    "The United Nations says more than 80,000 people have been killed in Syria's two-year-old conflict near Homs.",
    "More than 250,000 people have been killed in Syria's five-year war near Homs, according to the UN.",
    "U.S. and coalition forces have been attacked at least 16 times near al-Shaddadi since Oct. 17, the Pentagon said.",
    "In the summer the gangs attacked the villages of Tal Tamr more than 40 times.",
    "Farmers near Tal Tamr were killed by landmines every season.",
    "The border regions of Baalbek and Hermel have been exposed to more than 60 incidents of shelling, air raids and "
    "incursions this year.",
    "Strikes hit the market of Ariha every month.",
    "Hezbollah has fired more than 16,000 rockets, missiles and drones at the town of Metula since Oct. 8, the army said.",
    "The deaths bring to 54 the number of Turkish troops killed near Saraqib this month, according to the ministry.",
    "Moscow says its aircraft have flown more than 4,000 sorties since the start of its campaign, striking targets near "
    "Palmyra.",
    "Activists in the town have now held more than 200 Friday protests near Kafr Nabl since 2011, by their own count.",
    "Since the start of its operations in the region last month, the army has liberated dozens of villages near Maarat "
    "al-Numan.",
    "The Russian air group flew 53 sorties over the past day and struck 49 facilities of terrorist groups in the "
    "provinces of Hama, Latakia, Idlib and Aleppo, the Defense Ministry reported on Tuesday.",
    "IS claimed 126 attacks in Syria last month, most of them in Deir ez-Zor.",
    "Of the 14 ISIS attacks recorded last week, 11 hit SDF checkpoints near al-Busayrah.",
    "The villages along the Khabur river near Tal Tamr are shelled almost every day, and many families have left.",
    "April saw a slight decrease in Turkish and SNA attacks compared with March, with 31 recorded in Deir ez-Zor.",
    "RAF aircraft have flown from Akrotiri throughout the campaign against IS, striking targets near Raqqa.",
    "Backed by Russian air power, the regime has retaken large parts of southern Idlib since it launched its "
    "offensive in January.",
    "In Lebanon and Syria, demonstration levels declined, while near Qamishli they rose.",
    # what a threat or a risk is of, past its adjectives
    "In New York, diplomats discussed a resolution after Washington put on hold its threat of punitive military "
    "strikes against the regime.",
    "The ministry advised against leaving through Syria, citing the risk of air strikes along the way.",
    "Some families have already begun sending their sons of military age to stay with relatives in Damascus, "
    "fearing arrests.",
    "Residents of the villages near Tal Tamr say they are afraid of new air strikes.",
    "Armed drones of the Turkish Armed Forces continue to strike regime targets in Idlib.",
    "The town, which has been encircled for weeks, is shelled every day with barrel bombs.",
    "On the ground the army keeps operating in the south, and Damascus keeps protesting on paper.",
    "The SDF, an alliance of Kurdish and Arab fighters supported by air strikes of the US-led coalition, is trying to "
    "cut off Raqqa.",
    "The army has been pushing toward the main road between Aleppo and Damascus for weeks, with Russian warplanes "
    "providing cover from the air.",
    "\"Those who bombed Aleppo are now bombing Kharkiv,\" the spokesman said.",
    "International mediator Lakhdar Brahimi is touring the region to press for a truce during the holiday.",
    "According to a tally kept by Radio Fresh, 61 barrel bombs have fallen on Kafranbel, Hass and the other towns of "
    "the southern countryside since the beginning of September.",
    "Months of strikes and raids from Quneitra to the Iraqi border show how quickly the rules have changed.",
    # running totals: a start named first, "most of them" who the dead were (no superlative); a siege's length;
    # strikes struck since a day
    "Since February, more than 150 people, most of them truffle hunters, have been killed in IS attacks or by mines "
    "left behind by the group, according to the Britain-based monitor.",
    "Government aircraft have struck towns in the northern countryside almost every day since rebels moved into "
    "Aleppo at the end of last month, residents say.",
    # a trigger word that only modifies the noun after it; a statement's day is no event's
    "A video of the aftermath shows a large crater beside a line of concrete blast walls.",
    # what shared footage or photos were passed off as, or claim to show
    "A photograph shared widely on Twitter on Tuesday as showing the aftermath of an air strike on Maarat al-Numan was "
    "in fact taken in eastern Aleppo in 2016.",
    "Video shared today as \"Israeli strike on al-Kiswah\" is old: reverse search shows it was first posted in 2019",
    "A video viewed more than 400,000 times on Twitter since Sunday claims to show Turkish jets bombing Kobani.",
    # what was heard of the fighting, after each raid
    "Thick plumes of smoke rose over the eastern hills after each raid, and the crackle of machinegun fire could be "
    "heard from this Turkish village across the frontier.",
    # what nobody underwent did not happen
    "She told me that last month a woman was killed near her tent, at night, and nobody was arrested.",
    # a monitor's count of events, and what a situation report sums over its period
    "ACLED records 47 Turkish shelling events in the Manbij and Tal Rifaat areas since the beginning of July, making "
    "this front the most active in northern Syria.",
    "Hostilities in north-western Syria continued during the reporting period, with air strikes and shelling reported "
    "in Afrin and in southern Idleb.",
    # a guard: a position on attacks in general
    "The ministry condemned all attacks on civilians in Idlib and called for calm.",
    # a count that opens on when it began: the campaign's start is its background
    "Since the Turkish attack began on 9 October, more than 300,000 people have been displaced from the border areas, "
    "according to the Autonomous Administration.",
])
def test_background_is_not_an_event_and_its_numbers_are_not_claims(text):
    result = _events(text)
    assert (result.events, result.claims) == ((), ())


def test_arrests_counted_since_a_day_are_no_claim_on_the_days_raid():
    result = _events("On Monday, SDF fighters stormed the town of al-Shuhail and arrested 11 young men.\n\n"
                     "According to the network's documentation, the SDF has arrested more than 150 people in the "
                     "eastern countryside since the beginning of November.")
    assert [(c.category, c.low, c.high) for c in result.claims] == [("detained", 11, 11)]


def test_losses_counted_this_month_are_no_claim_on_the_days_shelling():
    result = _events("Syrian forces shelled a Turkish post near Saraqeb on Tuesday, killing two soldiers.\n\n"
                     "More than a dozen Turkish soldiers have been killed in Idlib this month.")
    assert [(c.category, c.low, c.high) for c in result.claims] == [("killed", 2, 2)]


def test_a_comparison_is_not_a_count():
    result = _events("On Monday, ISIS cells killed eight soldiers near Palmyra, in one of the deadliest attacks "
                     "since the start of the year.")
    assert [(e.event_type, e.location) for e in result.events] == [("Battles", "Palmyra")]
    assert [(c.category, c.low) for c in result.claims] == [("killed", 8)]


@pytest.mark.parametrize("text, event, claims", [
    # places outside Syria keep their country and are never placed in Syria
    ("On Monday, a car bomb exploded in Beirut, killing three people.",
     ("Explosions/Remote violence", "Beirut", "Lebanon", None), [("killed", 3, 3)]),
    ("On Monday, Israeli warplanes conducted flights over Lebanon.",  # flights strike no one
     ("Strategic developments", "Lebanon", "Lebanon", None), []),
    # an alias in brackets is the region's other name, not a Syrian village; a town in it is the place
    ("In the Kurdistan Region of Iraq (Bashur), Turkish warplanes bombed mountainous areas near the town of Sidakan "
     "in the Soran administration on Tuesday.", ("Explosions/Remote violence", "Sidakan", "Iraq", None), []),
    # a town abroad named after a comma to say where the place before it lies is no second event; nor is a town
    # abroad that locates a village the gazetteer lacks, which is in that town's country
    ("Turkish jets bombed PKK positions in Sidakan, on the outskirts of Erbil, on Tuesday.",
     ("Explosions/Remote violence", "Sidakan", "Iraq", None), []),
    ("An Israeli drone struck a car in the village of Yater, near Bint Jbeil, on Monday.",
     ("Explosions/Remote violence", "Yater", "Lebanon", None), []),
    # the district a town is told to lie in, named after its town, says where the town is: the town is the place
    ("Warplanes struck Kafr Nabl, a town in the Maarat al-Numan district, on Monday, killing two people.",
     ("Explosions/Remote violence", "Kafr Nabl", "Syria", 1), [("killed", 2, 2)]),
    ("Israeli strikes on Friday hit Hawsh al-Sayyed Ali, a village that straddles the border in the Hermel caza, "
     "killing two people.", ("Explosions/Remote violence", "Hawsh al-Sayyed Ali", "Lebanon", None), [("killed", 2, 2)]),
    ("Shells fired from Syria hit the border town of Qasr in the Hermel district on Tuesday, wounding two people.",
     ("Explosions/Remote violence", "Qasr", "Lebanon", None), [("injured", 2, 2)]),
    ("Two rockets landed in Arsal in the Hermel district on Tuesday, wounding two people.",
     ("Explosions/Remote violence", "Arsal", "Lebanon", None), [("injured", 2, 2)]),
    # a happening a condemnation names by its day or its toll happened; a position on attacks in general did not
    ("He also condemned the mortar attack on a residential quarter of Jaramana on Monday, which killed three "
     "civilians.", ("Explosions/Remote violence", "Jaramana", "Syria", 1), [("killed", 3, 3)]),
    # a guard: a count since a day of this week is the day's happening, not a running total
    ("Since Monday, government forces have shelled Saraqib, killing five civilians.",
     ("Explosions/Remote violence", "Saraqib", "Syria", 1), [("killed", 5, 5)]),
    # a shell "fired from" somewhere, its landing told after: the fire is the trigger, not its origin
    ("Across the border, a shell fired from Syria landed in an empty field near Kilis late on Wednesday.",
     ("Explosions/Remote violence", "Kilis", "Turkey", None), []),
    # where warplanes took off from is not where they struck
    ("Our correspondent said that the warplanes took off from Hmeimim airbase and struck Kafr Nabl on Monday.",
     ("Explosions/Remote violence", "Kafr Nabl", "Syria", 1), []),
    # words of real news for territory taken, a crowd, and a weapon stopped
    ("Army units liberated the town of Kafr Zita on Tuesday after eliminating the last gatherings of terrorists in it.",
     ("Battles", "Kafr Zita", "Syria", 1), []),
    ("On Friday, several hundred people gathered in the main square of Kafr Nabl to chant against the regime.",
     ("Protests", "Kafr Nabl", "Syria", 1), []),
    ("On Monday, dozens of residents of al-Busayrah blocked the main road with burning tyres to demand the release of "
     "the detainees, before SDF fighters fired into the air to disperse them.", ("Protests", "al-Busayrah", "Syria", 1),
     []),
    # one day's strikes on many targets are an event; an air force's day in sorties is not (above)
    ("On Tuesday, Turkish warplanes and armed drones struck 23 targets belonging to the YPG/PKK terror group near "
     "Manbij.", ("Explosions/Remote violence", "Manbij", "Syria", 2), []),
    # a place's other name in brackets is the same place; a Kurdish name for a region
    ("At dawn on Tuesday, Turkish warplanes bombed a power station near the town of Dêrik (al-Malikiyah).",
     ("Explosions/Remote violence", "al-Malikiyah", "Syria", 2), []),
    ("Over the past day, militants fired 4 mortar shells at residential quarters of the settlement of al-Suqaylabiyah "
     "(Hama province).", ("Explosions/Remote violence", "al-Suqaylabiyah", "Syria", 1), []),
    ("On Tuesday, Turkish artillery shelled the outskirts of villages in the Şehba region.",
     ("Explosions/Remote violence", "Shahba region", "Syria", 3), []),
    # news spellings and places abroad by their one name
    ("On Saturday, security forces detained four young volunteers at a checkpoint in the town of Sbeineh.",
     ("Strategic developments", "Sbeineh", "Syria", 1), [("detained", 4, 4)]),
    ("On Sunday, rebels seized the village of Mhambel on the M4 highway.", ("Battles", "Mhambel", "Syria", 1), []),
    ("In South Kurdistan, drones struck the outskirts of the town of Şengal (Sinjar) late yesterday.",
     ("Explosions/Remote violence", "Şengal", "Iraq", None), []),
    ("In Lebanon, a refugee was shot dead by gunmen on Sunday night in Ein al-Hilweh camp on the edge of Sidon.",
     ("Violence against civilians", "Sidon", "Lebanon", None), [("killed", 1, 1)]),
    ("On Sunday, shells slammed into a street in the besieged Yarmouk refugee camp in southern Damascus.",
     ("Explosions/Remote violence", "Damascus", "Syria", 1), []),
    # an air base abroad by its full name, not the region after it
    ("On Monday, two rockets were fired at Ain al-Asad Air Base in western Iraq.",
     ("Explosions/Remote violence", "Ain al-Asad Air Base", "Iraq", None), []),
    # hills overlooking a village are near it; the village under its news spelling
    ("On Sunday, the Syrian Army captured the hills overlooking Aqarib al-Safiyah.",
     ("Battles", "Aqarib al-Safiyah", "Syria", 2), []),
    ("In Iraq, a roadside bomb hit a convoy of trucks on the highway near Samawah on Sunday.",
     ("Explosions/Remote violence", "Samawah", "Iraq", None), []),  # precision is for Syria only
    # the part of a town's land a place lies in, told without a comma, is no second place
    ("On Friday, hundreds of people marched through Nawa in Daraa's western countryside.",
     ("Protests", "Nawa", "Syria", 1), []),
    # a weapon named after "with" types the attack
    ("In Daraa, an army unit targeted with artillery a gathering of Jabhat al-Nusra terrorists on Tuesday.",
     ("Explosions/Remote violence", "Daraa", "Syria", 1), []),
    # a road's number is not a village that folds like it
    ("On Monday, a roadside bomb hit a patrol on the M4 highway near Ariha.",
     ("Explosions/Remote violence", "Ariha", "Syria", 2), []),  # near a town: precision 2
    # a governorate named after a town says where the town is; it is no second place
    ("On Thursday, coalition forces arrested up to seven suspects in the town of al-Shuhayl, Deir Ezzor.",
     ("Strategic developments", "al-Shuhayl", "Syria", 1), [("detained", None, 7)]),
    # so does a district named after its town, as incident lists write them
    ("On Saturday in Raju town, Afrin district, gunmen abducted a nurse from her home.",
     ("Violence against civilians", "Raju", "Syria", 1), [("detained", 1, 1)]),
    # a road named by the towns at its ends: its first-named town, near it
    ("On Tuesday, a Turkish drone struck a car on the road between Qamishli and Amuda, killing two SDF members.",
     ("Explosions/Remote violence", "Qamishli", "Syria", 2), [("killed", 2, 2)]),
    # a roundup's governorate label is the province, not its capital; the town named after it is the place
    ("Deir Ezzor: On Tuesday, a landmine exploded near the town of al-Mayadin, killing two shepherds.",
     ("Explosions/Remote violence", "al-Mayadin", "Syria", 2), [("killed", 2, 2)]),
    # numbers as news writes them; a running count since a month began is no claim on the day's event
    ("Barrel bombs hit Aleppo on Tuesday, killing 11 civilians. Since the beginning of March, the Observatory says, "
     "more than 300 civilians have died in the province of Aleppo.",
     ("Explosions/Remote violence", "Aleppo", "Syria", 1), [("killed", 11, 11)]),
    ("Shelling hit Douma on Tuesday, killing 12 civilians. The Observatory says more than 500 people have been killed "
     "in Eastern Ghouta over the past eight days.", ("Explosions/Remote violence", "Douma", "Syria", 1),
     [("killed", 12, 12)]),
    ("Shelling hit Douma on Tuesday, killing 12 civilians. In fifteen months, the repression and the fighting have "
     "killed more than 14,000 people, according to the OSDH.", ("Explosions/Remote violence", "Douma", "Syria", 1),
     [("killed", 12, 12)]),
    ("On Monday, a young man was shot dead by unknown gunmen in Daraa.",
     ("Violence against civilians", "Daraa", "Syria", 1), [("killed", 1, 1)]),
    ("On Monday, Turkish drones struck the village of Tal Tamr, injuring more than 20 people.",
     ("Explosions/Remote violence", "Tal Tamr", "Syria", 1), [("injured", 20, None)]),
    ("On Monday, a rocket hit the town of al-Bab without causing casualties.",
     ("Explosions/Remote violence", "al-Bab", "Syria", 1), [("killed", 0, 0)]),
    # trigger words of real news
    ("On Monday, gunmen assassinated a former rebel commander in Tafas.",
     ("Violence against civilians", "Tafas", "Syria", 1), []),
    ("On Monday, ISIS militants blew up an oil pipeline near al-Mayadin.",
     ("Explosions/Remote violence", "al-Mayadin", "Syria", 2), []),
    # a capital abroad where people rally, not the one they call on; a monitor's seat is no place of the fighting
    ("On Wednesday, about 60 relatives rallied outside the foreign ministry in Ottawa, calling on Lisbon to bring home "
     "the women.", ("Protests", "Ottawa", "Canada", None), []),
    ("On Wednesday, IS fighters pushed into Kobani, according to the Syrian Observatory for Human Rights, a monitoring "
     "group based in Stockholm.", ("Battles", "Kobani", "Syria", 1), []),
    # a digest's credit in brackets after the source names an outlet, not a place
    ("Mortar fire struck the Bab Touma district of Damascus on Sunday, killing three people, the state news agency "
     "SANA reported (Al Jazeera).", ("Explosions/Remote violence", "Damascus", "Syria", 1), [("killed", 3, 3)]),
    # Russian media's legal note on a group names a state that bans it, not a place
    ("On Tuesday, Russian bombers struck a column of Islamic State militants (a terrorist organization banned in Russia) "
     "moving from al-Mayadin towards the city of Deir ez-Zor.",
     ("Explosions/Remote violence", "al-Mayadin", "Syria", 2), []),
    ("On Thursday, Russian warplanes struck the town of Kafr Zita, killing eight civilians. The Russian Defence "
     "Ministry in Moscow said its aircraft had destroyed a command post in the area.",
     ("Explosions/Remote violence", "Kafr Zita", "Syria", 1), [("killed", 8, 8)]),
    # what a side is accused of doing is no fighting of the day
    ("Three rockets fired from Syrian territory fell on Monday on the outskirts of Hermel, wounding a child. The "
     "rebels, who accuse the Shiite movement of fighting alongside the regime, have repeatedly threatened to strike "
     "its strongholds.", ("Explosions/Remote violence", "Hermel", "Lebanon", None), [("injured", 1, 1)]),
    # a toll's words name the people it counts, and run on to the next count
    ("On Wednesday, SNA fighters attacked SDF positions near Manbij. The Syrian Observatory for Human Rights put "
     "the toll at 11 SNA fighters and four SDF fighters.", ("Battles", "Manbij", "Syria", 2),
     [("killed", 11, 11), ("killed", 4, 4)]),
    # a diaspora's march abroad, its crowd named after a determiner; "no arrests were made" is a claim of none
    ("On Saturday, about 300 members of the Kurdish community and their supporters marched down Queen St in "
     "Auckland. Police said the march was peaceful and no arrests were made.",
     ("Protests", "Auckland", "New Zealand", None), [("detained", 0, 0)]),
    # trigger words of local news: fire traded, a mine driven over, a shell that "had struck"
    ("On Monday, government forces and the Syrian Democratic Forces traded fire near Deir Hafer.",
     ("Battles", "Deir Hafer", "Syria", 2), []),
    ("On Tuesday, a car drove over a mine on the road between Tabqa and Raqqa, killing two children.",
     ("Explosions/Remote violence", "Tabqa", "Syria", 2), [("killed", 2, 2)]),
    # a city's district is the city; a nephew and cousins are people a toll counts
    ("Residents said a shell had struck a building in the Saif al-Dawla district of Aleppo on Saturday, killing an "
     "elderly man.", ("Explosions/Remote violence", "Aleppo", "Syria", 1), [("killed", 1, 1)]),
    ("Last Friday, his nephew and two of his cousins were hurt when an old shell exploded outside Tell Shihab.",
     ("Explosions/Remote violence", "Tell Shihab", "Syria", 2), [("injured", 2, 2)]),
    ("On Wednesday, an Israeli air strike hit a building in the southern Lebanese city of Tyre, injuring a woman.",
     ("Explosions/Remote violence", "Tyre", "Lebanon", None), [("injured", 1, 1)]),
    # where a town told before lies, where a named person lives, where a bundle's item was filed, where weapons are
    # moved to: none is a place of the event
    ("Syrian warplanes bombed a crowded market in the town of Saraqib on Monday, killing at least nine civilians, a "
     "monitoring group said.\n\nActivists in the town, which lies on the main highway between Damascus and Aleppo, "
     "said the jets struck shortly after morning prayers.",
     ("Explosions/Remote violence", "Saraqib", "Syria", 1), [("killed", 9, None)]),
    ("Sydney resident Fadi Khoury said a shell hit Aleppo on Friday, killing two of his cousins.",
     ("Explosions/Remote violence", "Aleppo", "Syria", 1), [("killed", 2, 2)]),
    ("Riyadh, Ramadan 12, 1433, Jul 31, 2012, SPA -- Warplanes bombed Aleppo on Monday, killing five civilians.",
     ("Explosions/Remote violence", "Aleppo", "Syria", 1), [("killed", 5, 5)]),
    ("On Saturday, an Israeli air strike near the Jousieh border crossing killed two customs employees. The Israeli "
     "military said it had struck a route used by Hezbollah to move weapons from Syria into Lebanon.",
     ("Explosions/Remote violence", "Jousieh", "Syria", 2), [("killed", 2, 2)]),
    # a strike told again with only its country for a place is the strike at the crossing in that country
    ("In northern Lebanon, an Israeli drone strike hit a road near the Arida border crossing with Syria on Monday.\n\n"
     "The Israeli military said it had struck a route used by Hezbollah to smuggle weapons from Syria, despite the "
     "ceasefire now in force in Lebanon.", ("Explosions/Remote violence", "Arida", "Lebanon", None), []),
    # a siege's toll over its length is a running total, no claim on the day's attack
    ("IS fighters attacked Kurdish positions in Kobane on Wednesday, the Observatory said. The month-long siege of "
     "Kobane has killed more than 600 people, most of them fighters, according to the monitor.",
     ("Battles", "Kobane", "Syria", 1), []),
    ("Two mortar rounds landed on the Turkish side near Mursitpinar on Wednesday, lightly wounding a Turkish soldier.",
     ("Explosions/Remote violence", "Mursitpinar", "Turkey", None), [("injured", 1, 1)]),
    # people "taken away" by gunmen are abducted; "abducting two others" counts them
    ("Gunmen stopped a convoy of lorries on the road west of Palmyra on Saturday and took away around 15 truck "
     "drivers, according to relatives of the men.", ("Violence against civilians", "Palmyra", "Syria", 2),
     [("detained", 15, 15)]),
    ("On Friday, IS militants attacked a group of shepherds near the town of Uqayribat, killing three and abducting "
     "two others, the Observatory said.", ("Violence against civilians", "Uqayribat", "Syria", 2),
     [("killed", 3, 3), ("detained", 2, 2)]),
    # air defences that "confronted the aggression", told with no day of their own, stopped the strike told before
    ("Three militiamen were killed on Sunday night when a farm near the town of al-Kiswah was struck by Israeli "
     "missiles, the Observatory said.\n\nThe defence ministry said in a statement that its air defences had "
     "confronted the aggression and downed most of the missiles.",
     ("Explosions/Remote violence", "al-Kiswah", "Syria", 2), [("killed", 3, 3)]),
    # the district a town lies in, named after a comma, says where the town is
    ("On Monday, two Syrian helicopters fired missiles at the outskirts of the town of Arsal, in the Baalbek district.",
     ("Explosions/Remote violence", "Arsal", "Lebanon", None), []),
    # a few strikes on one day are one happening, not a count of many
    ("Regime jets bombed Douma five times on Tuesday, killing 4 civilians.",
     ("Explosions/Remote violence", "Douma", "Syria", 1), [("killed", 4, 4)]),
])
def test_places_outside_syria_features_and_numbers(text, event, claims):
    result = _events(text)
    assert [(e.event_type, e.location, e.country, e.geo_precision if e.latitude is not None else None)
            for e in result.events] == [event]
    assert [(c.category, c.low, c.high) for c in result.claims] == claims


def test_ground_taken_in_the_town_told_before_is_taken_there():
    """"... retook several positions in the east of the town": no name, but the town the report is in."""
    text = "IS fighters attacked Kobani on Tuesday.\n\nOn Wednesday, Kurdish fighters retook several positions in the " \
           "east of the town."
    taken = [(e.sub_event_type, e.actor1, e.location) for e in _events(text).events if e.event_type == "Battles"
             and e.sub_event_type != "Armed clash"]
    assert taken == [("Non-state actor overtakes territory", "Syrian Democratic Forces", "Kobani")]



def test_fire_from_across_the_border_by_a_word_for_a_side_told_before_is_that_sides():
    text = ("PKK/YPG terrorists on Monday detonated a bomb-laden motorcycle near a bakery in the town of Suluk, killing "
            "two civilians.\n\nOn Tuesday, mortar shells fired by the terrorists from the Ain Issa countryside landed in a "
            "residential area of Akçakale, injuring two civilians.")
    result = extract(Report(report_id="T", path="t.txt", outlet="Daily Sabah", published=PUBLISHED, text=text))
    assert [(e.actor1, e.location) for e in result.events] == [("Syrian Democratic Forces", "Suluk"),
                                                               ("Syrian Democratic Forces", "Akçakale")]

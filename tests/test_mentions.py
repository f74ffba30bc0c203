"""Trigger words count only when the text says the thing happened (data/lexicon/modality.csv)."""
import pytest

from helpers.extract.mentions import find_triggers
from helpers.records import Sentence


def _triggers(text):
    return [text[h.start:h.end] for h in find_triggers(text, Sentence(0, len(text), text, 0))]


@pytest.mark.parametrize("text, expected", [
    ("On July 4, ISIS terrorists ambushed a unit of the Syrian Army.", ["ambushed"]),
    ("The SDF declared that it does not see a possibility to reach an agreement with Damascus.", []),
    ("The government wants to restore control in the framework of such a deal.", []),
    ("So, Turkish-backed fighters are now looting the captured areas.", []),
    ("Turkish-backed forces continue regular shelling of the contact line.", []),
    ("Militants looted shops in the town on Monday.", ["looted"]),
    ("Rebels battled Islamic State militants near the town.", ["battled"]),
    ("The world cannot look away while hospitals are bombed.", []),  # inability
    ("He said the regime's attacks would not have been possible without its allies.", []),  # the noun's verb is irrealis
    ("Government troops were driven back by rebel fighters.", ["driven back"]),
    ("An ISIS suicide car bomber drove into an SDF checkpoint.", ["suicide car bomber"]),
    ("HTS seized the village after heavy fighting.", ["seized", "fighting"]),
    ("There were no clashes in the area.", []),
    ("The sides reached a ceasefire deal.", ["ceasefire deal"]),
    ("The SDF raided a house in Hajin, arresting three men.", ["raided", "arresting"]),
    # a capitalised trigger inside a sentence is part of a name: a past battle, a document
    ("The SDF completed its largest mission since the memorable Battle of Baghouz.", []),
    ("According to the Turkey-Russia Agreement, the patrol went ahead.", []),
    ("An IED hit an SDF patrol near Dhiban.", ["IED"]),  # an acronym is no name
    ("Jihadists launched a counterattack on government positions late on Saturday.", ["counterattack"]),
    ("Iraqi troops took full control of the border town of Husaybah on Tuesday.", ["took full control of"]),
    ("Turkish artillery fired back at Syrian army positions near Tal Abyad.", ["artillery fired back"]),
    # the dead mourned or carried are no bodies found; a day counted from a happening told before is not its day
    ("A man weeps beside the body of a relative in Anadan on February 9.", []),
    ("On Thursday, the body of a young man was found near Nassib.", ["body of a"]),
    ("A boy sits in his damaged home in Anadan on February 10, the day after the strike.", []),
    ("The day after the Atarib raid, helicopters dropped barrel bombs on Kafr Nabl.", ["raid", "barrel bombs"]),
    ("Two days after the raid on Atarib, helicopters dropped barrel bombs on Kafr Nabl.", ["raid", "barrel bombs"]),
    # "the remains of" is a noun, not the habit "remains" tells
    ("Volunteers search the remains of a market after an airstrike hit Ariha on Monday.", ["airstrike"]),
    ("Tension remains high in Ariha after regime shelling.", []),
    # an artillery strike is shelling, not a strike from the air
    ("On July 19, a regime artillery strike hit Bsaqla.", ["artillery strike"]),
    ("Two soldiers were hurt in an artillery attack by regime forces near Sarmin.", ["artillery attack"]),
    ("The envoy has asked the government and the rebels to observe a truce during the holiday.", []),  # a request
    ("Our teams treated 45 wounded people after the bombing of Saraqib on Monday.", ["bombing"]),
    ("Israeli Strikes Hit Damascus Airport", ["Strikes"]),  # a title in title case
    ("\"It is a battle for the map,\" the analyst said.", []),  # a present-tense description
    ("US-backed fighters pushed into the western outskirts of Manbij on Monday.", ["pushed into"]),
    ("Government forces have been advancing on Maarat al-Numan since December.", []),  # an ongoing campaign
    ("Rebel rocket fire on western Aleppo killed three people on Tuesday.", ["rocket fire", "killed"]),
    ("The SDF holds thousands of suspected ISIS fighters in detention centres.", []),  # a standing situation
    ("Artillery rounds fired from across the Euphrates landed near SDF fighters on Monday.", ["Artillery rounds"]),
    ("Separately: Rockets were fired at a US base on Sunday.", ["Rockets", "fired at"]),  # a short label opens it
    ("This article appeared in the print edition as: Air raids pound rebel-held Daraa", []),  # a reprinted title
    ("Since taking control of most of Idlib governorate, HTS has sought to present itself as a local actor.", []),
    ("Since Monday, clashes have killed 12 fighters near Tafas.", ["clashes", "killed"]),  # a date after "since"
    ("Regime and Russian jets still fly over Idlib.", []),  # the aircraft's own verb is a habit
    ("Regime helicopters dropped barrel bombs on al-Haidariya in liberated eastern Aleppo.", ["barrel bombs"]),
    ("In the desert, the group taxes or kills shepherds.", []),  # the simple present: a habit
    ("The group is fighting a war of attrition and it is winning some of its battles.", []),  # one of a set
    ("Mines left from earlier fighting claim more lives.", []),  # past fighting named as a cause
    ("The president sent a report to Congress, as he has done after each round of strikes.", []),
    ("HTS arrested six men accused of promoting a reconciliation deal.", ["arrested"]),  # what they advocated
    ("The General Staff is considering reinforcing the air group at Hmeimim with more bombers.", []),  # a plan
    # how often, in the trigger's clause before or after it: what keeps happening
    ("The militants of Liwa al-Tawhid shell them every day with home-made mortars.", []),
    ("Bab Touma and Jaramana get mortar fire practically every day, so the evening was an ordinary one.", []),
    ("Shells hit Bab Touma on Sunday, killing two people; the area is hit almost daily.", ["Shells"]),
    ("My forecast remains the same: the winter will be spent in positional fighting around Aleppo.", []),  # a forecast
    ("SDF fighters have been clashing since Sunday with ISIS near Tal Saman.", ["clashing"]),
    # help against the attackers is no happening of its own
    ("ISIS cells attacked SDF positions, and coalition aircraft then struck the attackers.", ["attacked"]),
    ("Others say they will keep shelling until nobody is left to storm.", []),  # a threat, a forecast
    # a rocket, a shell that came from somewhere or hit something; not a rocket-propelled grenade or rocket parts
    ("At about noon a rocket came through the roof of the house and killed my cousin Hamza.", ["rocket", "killed"]),
    ("Gunmen opened fire on the bus with machine guns and rocket-propelled grenades.", ["opened fire"]),
    ("Hezbollah moved rocket components from Syria into Lebanon.", []),
    ("He says a shell from the Syrian side fell near the camp fence on Friday.", ["shell from"]),
    ("On Monday, a shell killed a child in Douma.", ["shell killed"]),
    ("An old shell exploded in a field near Tell Shihab on Monday, killing a boy.", ["exploded"]),  # a remnant: no shelling
    ("The next day, an ambulance was hit by an artillery shell in Masaken Hanano.", ["shell"]),
    ("The town is surrounded by shell craters.", []),
    # "the planes" are warplanes where they hit; not where they fly cargo, land, or keep flying over
    ("On Saturday night the planes hit the building next to ours.", ["planes"]),
    ("Russian military cargo planes have continued to shuttle between Hmeimim and Russia.", []),
    ("A Russian jet landed at Hmeimim on Monday.", []),
    ("Russian warplanes have been flying over Idlib province for three weeks.", []),
    ("Russian and Syrian warplanes have stayed away from the eastern neighbourhoods since October 18.", []),
    ("Troops in the area have come under occasional gunfire and have faced protests by residents.", []),  # now and then
    # what stopped or is absent did not happen; a noun whose own verb is in the future is still to come
    ("Monitors reported an almost complete halt to fighting in the west of the country.", []),
    ("With the skies largely clear of aircraft, the mood in the towns changed.", []),
    ("Russia says its air strikes against them will go on.", []),
    ("Russian strikes killed five people on Monday and will continue.", ["strikes", "killed"]),
    ("Russian jets struck Idlib on Monday in strikes that will be investigated.", ["jets", "struck", "strikes"]),
    # a risk assessment's forecasts, and what goes on, are no happening
    ("Further strikes are likely in the coming days, particularly around Kafr Zita and Latamneh.", []),
    ("Further airstrikes on eastern Aleppo are highly likely in the coming days.", []),
    ("Protests over proposed new taxes are possible in central Beirut in the coming days.", []),
    ("- Further drone and rocket attacks on al-Omar, Conoco and al-Tanf: HIGHLY LIKELY (next 7 days).", []),
    ("Airstrikes and shelling continue to cause civilian casualties in both halves of Aleppo city.", []),
    ("Israeli strikes on targets in Syria and southern Lebanon continue.", []),
    ("Shelling and drone strikes by government forces on opposition-held areas remain frequent.", []),
    ("Air raids on rebel-held towns in the northern countryside are becoming more frequent.", []),
    ("Shelling hit the town of Ariha on Monday as fighting continues.", ["Shelling"]),  # the shelling happened
    ("Clashes continued on Monday in the al-Layramoun area.", ["Clashes"]),  # in the past: one happening
    ("Russian air operations have so far concentrated on rebel-held areas of Hama, Homs and Idlib.", []),
    ("Anti-government protests in Baghdad have paused ahead of the pilgrimage.", []),
    ("Russia's air campaign in Syria is in its third week, and the government's ground offensive has stalled.", []),
    # the defence press's kinds of aircraft, inventories and weapons supplied are no happenings
    ("The air group includes approximately twelve Su-24M attack aircraft and six Su-34 strike fighters.", []),
    ("Syrian attack helicopters struck Kafr Nabl on Monday.", ["attack helicopters", "struck"]),
    ("Its strikes concentrated on opposition groups that receive U.S.-origin anti-tank missiles.", []),
    ("Video from northern Syria now shows rebels carrying the Chinese FN-6 missiles near Kuweires.", []),
    ("Militants armed with rifles attacked a checkpoint near Daraa on Monday.", ["attacked"]),
    ("Regime helicopters dropped TNT-filled barrels on the outskirts of Maarat al-Numan.", ["TNT-filled barrels"]),
    ("Turkey's campaign of drone strikes against North and East Syria continued into June.", []),
    ("Russian jets struck Kafr Nabl on Monday as the air campaign entered its third week.", ["jets", "struck"]),
    ("Government troops tried to push into the Salaheddin district on Sunday.", ["to push into"]),
    ("Since the regime launched its latest push into the province, hundreds have fled.", []),  # a push: the noun
    ("The ministry expressed deep concern over the use of warplanes against unarmed civilians in Aleppo.", []),
    # a bomb that went off exploded
    ("The bomb, hidden in a parked car, went off on Tuesday afternoon as the bus passed.", ["went off"]),
    # weapons destroyed before they struck, ceasefires agreed, farmland bulldozed
    ("The air defence systems of Hmeimim airbase destroyed 2 unmanned aerial vehicles launched by militants.",
     ["destroyed 2 unmanned aerial vehicles"]),
    ("The army and the local armed groups agreed on a ceasefire in Daraa al-Balad.", ["agreed on a ceasefire"]),
    ("Israeli troops bulldozed farmland and uprooted olive trees in al-Rafid.", ["bulldozed", "uprooted"]),
    # a kind of happening, and what seldom happens, are no happening
    ("Raids of this kind are the backbone of the counter-Islamic State mission.", []),
    ("The regime responds with raids that rarely find anyone.", []),
    ("The Defence Ministry stresses that all strikes are delivered only on military objects.", []),
    # a deal struck is agreed, not an attack
    ("Three former fighters who struck reconciliation deals were shot dead.", ["shot dead"]),
    ("Government forces struck the village on Monday, days after the two sides struck a truce.", ["struck", "truce"]),
    # a trigger word that names a kind of armed body is no fighting
    ("It is also, in much of the north, the most effective fighting force among the rebels.", []),
])
def test_triggers_that_happened(text, expected):
    assert _triggers(text) == expected


@pytest.mark.parametrize("text, anaphoric", [
    # "killed" is a candidate, kept only where a side is named as the killer (sentence_mentions)
    ("Nine soldiers were killed in the encounter.", [False, True]),
    ("ISIS launched an attack on the checkpoint.", [False]),
    # a deal is named with its modifiers
    ("They demonstrated in the town, waving flags of Turkey, a guarantor of the de-escalation deal.", [False, True]),
    ("The sides reached a ceasefire deal.", [False]),
    ("Rescuers recovered the bodies of the victims.", [True]),  # the victims already told
    ("Rescuers recovered the bodies of four shepherds.", [False]),
    ("The army took control of the al-Rihan farms near Douma.", [False]),  # the ground taken, not a victim told
])
def test_back_references_are_marked(text, anaphoric):
    assert [h.anaphoric for h in find_triggers(text, Sentence(0, len(text), text, 0))] == anaphoric

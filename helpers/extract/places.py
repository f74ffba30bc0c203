"""Find the places a stretch of report text names, and code them (codebook section 4).

Names are maximal runs of capitalised words ("Jisr al-Shughur", "Deir ez-Zor") looked up whole in
the gazetteer; regions are phrases (data/geo/regions.csv) or "<direction> <governorate>".
The words around a name give its relation and precision ("near the village of X" -> near, 2);
names coordinated in one list share a group. The word lists live in data/geo/place_words.csv.
"""
from __future__ import annotations

import re
from dataclasses import replace

from helpers.extract.lexicon import named_pattern, words
from helpers.extract.place_names import Hit, Passage, name_hit, name_runs, possessive, region_phrases
from helpers.geo import AREA_CODES, ForeignPlace, Gazetteer, Place, Region, distance_to_line_km, fold_place_name
from helpers.records import PlaceMention

_FOREIGN = "foreign_places.csv"
_UNKNOWN = "not in the gazetteer; admin1 from the context"
_SENTENCE_END = {".", "!", "?", ":", ";", '"'}
_LIST_GLUE = [[","], ["and"], [",", "and"], ["or"], [",", "or"]]
_ROUTE_GLUE = [["to"], ["towards"], ["toward"]]  # "from Mzeireb towards Tafas": one route, two reference points


def find_places(text: str, start: int = 0, end: int | None = None, *, admin1_hint: str | None = None,
                exclude=()) -> list[PlaceMention]:
    """Place mentions in text[start:end], with offsets into text, sorted by start.

    admin1_hint: the governorate the caller knows the passage is about (any spelling).
    exclude: (start, end) spans that are not places (actor or person names)."""
    gaz = Gazetteer.load()
    p = Passage(gaz, text, start, len(text) if end is None else end, exclude)
    hits = region_phrases(p)
    taken = {k for h in hits for k in range(h.first, h.last)}
    for first, last in name_runs(p):
        if not any(p.blocked[first:last]) and not taken.intersection(range(first, last)):
            hits += filter(None, [name_hit(p, first, last)])
    for hit in hits:
        _read_context(p, hit)
    # "Turkey's Sanliurfa province": the possessor is the article of the place it owns, not a place; a region
    # the news names stays one ("the Jabal al-Zawiya area of Idlib province")
    # "Afrin's Ashrafiya district": a town's own district is the town, not the district's namesake elsewhere
    parts = {o for o in hits for h in hits if _district_of(p, h, o)}
    hits = [h for h in hits if h not in parts
            and (h.kind == "region" or not any(o.s0 <= h.first < o.first for o in hits if o not in parts))]
    _listed_settlements(p, sorted(hits, key=lambda h: h.s0))
    _located_abroad(p, sorted(hits, key=lambda h: h.s0))
    hits = sorted((h for h in hits if _credible(p, h)), key=lambda h: h.s0)
    _group(p, hits)
    _capitals(hits)
    hint = (gaz.governorate(admin1_hint) or admin1_hint) if admin1_hint else ""
    context = {h.region.admin1 if h.region else h.admin1 for h in hits if h.kind != "point"} - {""}
    chosen = _resolve(p, hits, hint, context)
    return _unknown_abroad([_mention(p, h, chosen.get(h)) for h in hits if h.kind != "point" or h in chosen])


def _district_of(p: Passage, town: Hit, part: Hit) -> bool:
    """Does `town` own `part` as one of its districts ("Afrin's Ashrafiya district")? A governorate's name
    owns its capital's quarters ("Aleppo's al-Marja neighbourhood"), but its districts are its own land
    ("Aleppo's Manbij district")."""
    owner = town.kind == "point" or (town.kind == "governorate" and not town.province
                                     and not p.w(part.last).startswith("district"))
    return owner and town.last == part.first and possessive(p.written[town.last - 1]) \
        and p.w(part.last) in words("town_part_noun")


def _unknown_abroad(mentions: list[PlaceMention]) -> list[PlaceMention]:
    """"Across the border in Iraq, a car bomb struck a checkpoint west of Tal Afar": a town the gazetteer
    lacks, in a sentence that says it tells of a foreign country ("in Iraq", not "militias from Iraq") and
    names no place in Syria, is that country's."""
    countries = {m.country for m in mentions if (m.source == _FOREIGN and m.relation == "in") or m.latitude is not None}
    if len(countries) != 1 or PlaceMention.country in countries:
        return mentions
    abroad = next(iter(countries))
    return [replace(m, country=abroad, admin1="") if m.source == _UNKNOWN else m for m in mentions]


def _listed_settlements(p: Passage, hits: list[Hit]) -> None:
    """"the villages of A, B and C": every name of the list is a village, known to the gazetteer or not; "the
    town of Habit, Idlib province, Syria" is an address, no list."""
    for prev, hit in zip(hits, hits[1:]):
        if prev.settlement and not (prev.province or hit.province) and p.low[prev.s1:hit.s0] in _LIST_GLUE:
            hit.settlement = True


def _located_abroad(p: Passage, hits: list[Hit]) -> None:
    """"near Sinjar, in Iraq's Nineveh province": a town the text places in a foreign province is
    that country's town of the name, not a Syrian namesake."""
    hits = [h for h in hits if not possessive(p.written[h.last - 1])]  # "Iraq's" owns what follows
    for town, where in zip(hits, hits[1:]):
        abroad = p.gaz.foreign.get(fold_place_name(town.name))
        if where.kind == "foreign" and town.kind != "foreign" and abroad is not None \
                and abroad.country == where.foreign.country and p.low[town.s1:where.s0] in ([","], [",", "in"]):
            town.kind, town.foreign = "foreign", abroad


def _capitals(hits: list[Hit]) -> None:
    """A governorate's name on its own ("the streets of Sweida", "in Raqqa") is its capital city;
    it is the governorate only when a word says so, for it or for its list ("the provinces of X and Y")."""
    provinces = {h.group for h in hits if h.kind == "governorate" and h.province}
    for hit in hits:
        if hit.kind == "governorate" and not hit.province and hit.group not in provinces:
            hit.kind, hit.settlement = "point", True

# --- the words around a name ------------------------------------------------------------------

_APPOSITION_REACH = 3  # words between the article and the town word: "the besieged border town"


def _apposed_settlement(p: Passage, k: int) -> bool:
    """"Azaz, the border town forty kilometres to the north, was struck": a name its apposition calls a town
    is a place even where it opens the sentence."""
    if p.w(k) != "," or p.w(k + 1) not in words("article"):
        return False
    return any(p.role(k + 2 + n) == "settlement" and p.w(k + 3 + n) != "of"
               for n in range(_APPOSITION_REACH))


def _read_context(p: Passage, hit: Hit) -> None:
    """Relation, precision cues and the surface of a hit, from the words before and after it."""
    hit.s0, hit.s1 = hit.first, hit.last
    for n in (2, 1):  # after the name: "X oil field", "X bridge", "X province", "X city"
        role = p.role(hit.last, n)
        if role in ("feature", "vicinity", "governorate", "settlement"):
            hit.s1 = hit.last + n
            hit.settlement |= role == "settlement"
            hit.province |= role == "governorate" or (role == "vicinity" and hit.kind == "governorate")  # "the Hama countryside"
            hit.vague |= role in ("feature", "vicinity")
            break
    hit.settlement |= _apposed_settlement(p, hit.last)
    if hit.kind == "governorate":
        _spelled_with_its_word(p, hit)
        _direction_region(p, hit)
    elif hit.kind == "foreign" and hit.foreign.kind == "country" and p.w(hit.first - 1) in p.gaz.directions \
            and p.w(hit.first - 2) != "of":
        # "in southern Lebanon": a part of a country, in that country ("the Metina region of northern Iraq"
        # is the region it names)
        hit.s0 = hit.first - 1
        hit.name = f"{p.written[hit.s0]} {hit.foreign.name}"
        hit.foreign = ForeignPlace(hit.name, hit.foreign.country, "province")
        if hit.first == 0 and p.w(hit.last) == ":":  # a roundup's "Deir Ezzor: ..." labels the province
            hit.province = True
    i = hit.s0 - 1
    # before it: "the [Turkish-occupied] town of X", "the outskirts of X", "the provinces of X"
    head = p.role(i - 1) if p.w(i) == "of" else None
    if head in ("settlement", "vicinity", "governorate"):
        hit.settlement |= head == "settlement"
        hit.province |= head == "governorate"
        # "the outskirts of Idlib city": the city, though its name is the governorate's too
        hit.vague |= head == "vicinity" and (hit.kind == "point" or hit.settlement)
        i = _before_head(p, i - 2, head)
        hit.s0 = i + 1
    # The article, across compound adjectives ("the SDF-held al-Omar oil field") and, before a
    # head word, one plain one ("the strategic town of X"); never across a verb ("the army shelled X").
    plain = 1 if hit.s0 < hit.first else 0
    for k in range(i, i - 3, -1):
        if p.w(k) in words("article"):
            hit.s0, i = k, k - 1
            break
        if "-" in p.w(k) and not p.role(k):
            continue
        if p.w(k) in p.gaz.directions and k > 0 and possessive(p.written[k - 1]):
            continue  # "Lebanon's northern Bekaa valley"
        if possessive(p.written[k]):  # "in Syria's Idlib province": the possessor stands as an article
            hit.s0, i = k, k - 1
            _owned_abroad(p, hit, p.written[k][:-2])
            break
        if plain and re.match(r"\w", p.w(k)) and not p.role(k) and p.w(k) != "of":
            plain -= 1
            continue
        break
    if hit.settlement and p.w(i) == "of" and p.role(i - 1) == "vicinity":  # "the outskirts of the city of X"
        hit.vague = True
        i = _before_head(p, i - 2, "vicinity")
        hit.s0 = i + 1
        if p.w(i) in words("article"):
            hit.s0, i = i, i - 1
    if p.w(i) == "of" and p.w(i - 1) in p.gaz.directions:  # "west of X"
        hit.near, hit.relation = True, "near"
        i -= 2
    for n in (3, 2, 1):  # "in", "near", "close to", "not far from"
        role = p.role(i - n + 1, n)
        if role in words("place_relation"):
            hit.relation = role if hit.relation == "other" else hit.relation
            hit.near |= role == "near"
            # "a town in Syria's Afrin enclave": an unnamed town the named place holds, not the place itself
            hit.vague |= p.role(i - n) == "settlement" and p.w(i - n - 1) in words("article") - words("definite")
            break
    if hit.kind == "governorate" and hit.settlement:  # "the city of Hama" is the city
        hit.kind = "point"


def _spelled_with_its_word(p: Passage, hit: Hit) -> None:
    """"Damascus Countryside", "rural Damascus", "the countryside of Damascus": a governorate spelled with a word
    the name leaves off (Rif Dimashq), not the one the name alone spells."""
    for s0, s1 in ((hit.first, hit.last + 1), (hit.first - 1, hit.last), (hit.first - 2, hit.last)):
        if s0 < 0 or s1 > len(p.toks) or s1 - s0 < 2:
            continue
        spelled = p.gaz.governorate(p.span(s0, s1))
        if spelled and spelled != hit.admin1:
            hit.admin1, hit.name, hit.province = spelled, spelled, True
            hit.s0, hit.s1 = min(hit.s0, s0), max(hit.s1, s1)
            return


def _before_head(p: Passage, i: int, head: str) -> int:
    """The word before a head word at i + 1, past the direction a vicinity may have ("the northern outskirts")."""
    return i - 1 if head == "vicinity" and p.w(i) in p.gaz.directions else i


def _owned_abroad(p: Passage, hit: Hit, owner: str) -> None:
    """"Lebanon's northern Bekaa valley", "Iraq's Nineveh province": a place another country owns
    is in that country, whatever Syrian namesake the gazetteer has."""
    country = p.gaz.foreign.get(fold_place_name(owner))
    named_place = hit.places or hit.settlement or hit.province or hit.kind != "point"  # not "Russia's Defense Ministry"
    if country is not None and country.kind == "country" and hit.kind != "foreign" and named_place:
        kind = "city" if hit.settlement and not hit.province else "province"
        hit.kind, hit.foreign = "foreign", ForeignPlace(hit.name, country.country, kind)


def _direction_region(p: Passage, hit: Hit) -> None:
    """"southern Idlib", "the northern countryside of Aleppo": a governorate named with a direction."""
    i = hit.first - 1
    if p.w(i) in p.gaz.directions:
        d = i
    elif p.w(i) == "of" and p.w(i - 1) == "countryside" and p.w(i - 2) in p.gaz.directions:
        d = i - 2
    else:
        return
    if _after_part_of_town(p, d):
        return  # "the al-Qadisiyah neighbourhood in western Raqqa": a quarter of the city, not of the province
    if p.w(d) == "central" and not hit.province and d == i:
        return  # "mortar rounds landed in central Damascus": the city's centre, not the middle of its governorate
    region = p.gaz.region(p.span(d, hit.s1))
    if region:
        hit.kind, hit.region, hit.s0 = "region", region, d


def _after_part_of_town(p: Passage, k: int) -> bool:
    """Do the words before token k name a part of a town, then "in" ("the al-Qadisiyah neighbourhood in")?"""
    if k < 2 or p.w(k - 1) != "in":
        return False
    end = p.toks[k - 2].end()
    return any(m.end() == end for m in named_pattern("town_part").finditer(p.text, max(0, end - 80), end))


def _credible(p: Passage, hit: Hit) -> bool:
    """A bare capitalised word opening a sentence ("Some", "Abdi is ...") is too weak to be a place;
    anything with a cue (a preposition, "the town of", "X bridge", a list) stands."""
    if p.role(hit.last) == "actor":  # "the Damascus government" is an actor, not a place
        return False
    if hit.kind == "foreign" and possessive(p.written[hit.last - 1]):  # "Ankara's offensive": its government
        return False
    cued = hit.relation not in ("other", "away")  # "talks with Russia" names no place by its preposition
    if hit.kind == "foreign" and hit.foreign.kind == "country":  # "Turkey shelled ..." names an actor
        return cued or hit.settlement or hit.province or hit.vague
    if hit.kind not in ("point", "foreign"):
        return True
    if hit.kind == "point" and not hit.places and not hit.settlement:
        return False
    # "Tel Aviv rarely comments", "Ankara said": a foreign capital opening a sentence is its government
    long_name = hit.last - hit.first > 1 and hit.kind == "point"
    if cued or hit.settlement or hit.vague or hit.s0 != hit.first or long_name:
        return True
    k = hit.first
    opens_sentence = k == 0 or p.low[k - 1] in _SENTENCE_END or "\n" in p.gap(k)
    listed = any(p.low[hit.last:hit.last + len(g)] == g for g in _LIST_GLUE)  # "X, Y and Z are ..."
    return listed or not opens_sentence


def _group(p: Passage, hits: list[Hit]) -> None:
    """Names joined by ",", "and", "or" form one list: one group, the first one's relation."""
    heads: dict[int, Hit] = {}
    for k, hit in enumerate(hits):
        prev = hits[k - 1] if k else None
        route = prev and prev.relation == "between" and p.low[prev.s1:hit.s0] in _ROUTE_GLUE
        if prev and (p.low[prev.s1:hit.s0] in _LIST_GLUE or route):
            hit.group = prev.group
            head = heads[hit.group]
            hit.relation = head.relation if hit.relation == "other" or route else hit.relation
            hit.near |= head.near
        else:
            hit.group = len(heads) + 1
            heads[hit.group] = hit
    sizes = {g: sum(h.group == g for h in hits) for g in heads}
    for hit in hits:
        if hit.relation == "other" and sizes[hit.group] > 1:
            hit.relation = "list"


# --- choosing among places that share a name --------------------------------------------------

def _resolve(p: Passage, hits: list[Hit], hint: str, context: set[str]) -> dict[Hit, Place | None]:
    """The gazetteer entry for each point: the governorate hint, the regions of the passage, a line
    the name is said to lie along, rank and population; a tie goes to the entry nearest the rest
    of its list. A town the gazetteer lacks maps to None (kept without coordinates)."""
    gaz = p.gaz
    ranked: dict[Hit, tuple[list[Place], list | None]] = {}
    for hit in (h for h in hits if h.kind == "point"):
        places = hit.places
        if hit.settlement:  # "the city of Raqqa" is the city, not the governorate
            places = [c for c in places if c.feature_code != "ADM1"]
        along = _along(p, hits, hit)
        line = gaz.line(along.line) if along else None
        if along:  # "the town of X on the eastern bank of the Euphrates": X is by the river
            places = [c for c in places if distance_to_line_km(c.latitude, c.longitude, line) <= along.max_km]
            hit.admin1 = along.admin1
        ranked[hit] = (gaz.rank(places, hint, line, context_admin1=context, name=hit.name), line)
    chosen: dict[Hit, Place | None] = {h: ps[0] for h, (ps, _) in ranked.items() if ps}
    for hit, (places, line) in ranked.items():
        if len(places) > 1:  # a name of several places: the one nearest the places around it
            # Its list mates, else the other places of the passage ("Mushayrifah on the Ayn Issa front")
            placed = {h: c for h, c in chosen.items() if c is not None}  # a town the gazetteer lacks has no point
            # Its list mates a name settles, else the passage's places a name settles ("A and B in the
            # Ain Issa district", "Mushayrifah on the Ayn Issa front"), else its other list mates
            sure = {h: c for h, c in placed.items() if h is not hit and len(ranked[h][0]) == 1}
            mates = [c.point for h, c in sure.items() if h.group == hit.group] or [c.point for c in sure.values()] or \
                [c.point for h, c in placed.items() if h.group == hit.group and h is not hit]
            if mates:
                centre = (sum(m[0] for m in mates) / len(mates), sum(m[1] for m in mates) / len(mates))
                chosen[hit] = gaz.best(places, hint, line, context_admin1=context, near=centre, name=hit.name)
        elif not places and hit.settlement:
            chosen[hit] = None
            # "a village the gazetteer lacks, in the Hama countryside": the one governorate the passage names
            hit.admin1 = hit.admin1 or hint or (next(iter(context)) if len(context) == 1 else "")
    return chosen


def _along(p: Passage, hits: list[Hit], hit: Hit) -> Region | None:
    """A line region right after the name ("X on the eastern bank of the Euphrates")."""
    for other in hits:
        if other.region and other.region.line and hit.s1 <= other.s0 <= hit.s1 + 3 \
                and set(p.low[hit.s1:other.s0]) <= words("along"):
            return other.region
    return None


def _mention(p: Passage, hit: Hit, place: Place | None) -> PlaceMention:
    start, end = p.toks[hit.s0].start(), p.toks[hit.s1 - 1].end()
    common = dict(start=start, end=end, surface=p.text[start:end], relation=hit.relation, group=hit.group)
    precision = 2 if hit.near or hit.vague else 1
    if hit.kind == "foreign":
        f = hit.foreign
        town = f.kind == "city" and not hit.province  # "in Turkey's Sanliurfa province": the province, not its capital
        return PlaceMention(location=hit.name if f.kind != "country" else f.country, admin1=f.admin1,
                            latitude=None, longitude=None, kind="point" if town else "region",
                            geo_precision=precision if town else 3, source=_FOREIGN,
                            country=f.country, **common)
    if hit.kind == "region":
        r = hit.region
        return PlaceMention(location=r.name, admin1=r.admin1, latitude=r.latitude, longitude=r.longitude,
                            kind="region", geo_precision=3, feature_code="RGN", source=r.source, **common)
    if hit.kind == "governorate":
        g = p.gaz.admin1[hit.admin1]
        return PlaceMention(location=g.name, admin1=g.name, latitude=g.latitude, longitude=g.longitude,
                            kind="governorate", geo_precision=3, feature_code="ADM1", source=g.source, **common)
    if place is None:
        return PlaceMention(location=hit.name, admin1=hit.admin1, latitude=None, longitude=None, kind="point",
                            geo_precision=precision, source=_UNKNOWN,
                            **common)
    regional = place.feature_code in AREA_CODES  # e.g. the Euphrates itself
    return PlaceMention(location=hit.name, admin1=place.admin1, latitude=place.latitude,
                        longitude=place.longitude, kind="region" if regional else "point",
                        geo_precision=3 if regional else precision, population=place.population,
                        feature_code=place.feature_code, source=place.source, **common)

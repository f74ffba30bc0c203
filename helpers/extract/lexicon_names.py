"""The names the lexicon's data files may use for rules and word roles (data/lexicon/*.csv): the rules the
code implements. A row naming another is a typo, reported when the file is read (lexicon.py)."""

TRIGGER_KINDS = ("violent", "raid", "territory", "arrest", "disrupted", "standalone", "nonviolent", "intervention",
                 "other")
TRIGGER_ROLES = ("reverse", "reciprocal", "internal", "generic", "blast", "vehicle", "object", "agentive", "remains")
MODALITY_SCOPES = ("clause", "sentence", "habitual", "progressive", "determiner", "anaphoric", "perfect", "generic",
                   "complement", "present_form", "accusation", "present_passive", "people_participle", "frequency",
                   "position", "future_verb")
CLAIM_WORD_KINDS = ("source_head", "say_verb", "denial", "unconfirmed", "confirmed", "attribution",
                    "citation_label", "citing")
# new_scene: a sentence that opens on a place of its own ("In the capital, ..."): a new event whose sides owe
# nothing to the event before it, though it keeps its paragraph's date
DISCOURSE_EFFECTS = ("new_event", "new_event_soon", "new_event_reversed", "new_unrelated", "new_scene", "one_more")
SIDE_RELATIONS = ("support", "opposed", "internal")
DATE_RULES = ("week_start_to_published", "past_7_days", "weekend", "next_day", "next_days_to_published",
              "previous_day", "same_day", "today", "yesterday", "month_start_to_published", "last_week",
              "last_month", "history")
# dead: "two bodies"
VICTIM_ROLES = ("state", "armed", "civilians", "target", "previous", "attacker", "dead")
FUNCTION_ROLES = ("clause_boundary", "count_stop", "plural_only", "conjunction", "support_gap", "article",
                  "place_relation", "along", "speech_adverb", "time_or_channel", "pronoun", "thing",
                  "pronoun_count", "relative_pronoun", "definite", "own_forces", "instrument", "drone",
                  "participle", "unnamed_troops", "crowd", "country_forces", "pejorative", "raid_noun",
                  "possessive", "weapon", "side_people", "institution", "party_voice", "condition", "taking_people",
                  "quantifier", "object_end", "phrase_close", "no_longer", "outlet_voice", "media_head",
                  "bare_present", "civilian_site", "town_noun", "ally_modifier", "source_again", "person_pronoun",
                  "forces_voice", "summary_heading", "shotlist_heading", "script_heading",
                  "person_head", "own_organisation", "sequel", "present_subject", "town_part_noun", "on_the_ground", "air_launched",
                  "speaking_aside", "admin_division", "first_person", "first_person_singular", "aircraft_travel",
                  "civil_aircraft", "person_possessive", "one_person",
                  "possessive_relative", "spoken_to", "of_the_place", "ground_fire",
                  "modified_noun", "group_noun")
PATTERN_NAMES = ("elided_count", "told_as_specific", "led_the_told", "support_given", "place_described",
                 "undecided_agent", "town_in_its_district", "since_opening_total",
                 "outlet_of_name", "subset",
                 "relative_clause", "toll", "among", "nationality", "history", "place_coordinator",
                 "attacker_unknown", "aircraft_identity", "planned_after", "goes_on_after", "assessed_likelihood",
                 "aircraft_kind", "manned_aircraft_downed", "inventory_before", "supplied_weapon", "group_description",
                 "shown_as",
                 "beside_the_dead", "time_after_told", "protest_topic", "died_of_wounds", "group_apposition",
                 "portrayed_as",
                 "scene_where", "stamped_entry", "clock_time", "actor_coordinator",
                 "agent_link", "named_month", "statement_date", "running_total", "passive_harm", "statement_title",
                 "passive_aux", "passive_agent", "origin", "tally", "claimed_by", "blamed_agent", "behind_agent",
                 "came_after", "age", "month_before_year", "place_holder", "accusation", "believed_identity",
                 "backed_group", "seat_of_source", "town_part", "group_told_back", "speaker_forces", "held_origin",
                 "posted_subject", "owned_target", "town_possessive", "person_named", "part_apposition", "reply",
                 "scene_opening", "group_of_patron", "item_dateline", "clause_subject", "background_clause",
                 "person_apposition", "loss_owner", "destination", "mourning", "subset_after", "inverted_speaker",
                 "government_by", "material_damage", "speaker_after_seat", "suspected_member", "led_by_group",
                 "groups_besides", "held_by", "named_event_anchor", "place_description", "active_support", "since_recent_day",
                 "government_verb", "told_to", "split_phrasal", "split_taking", "split_control", "split_crowd",
                 "split_by_shell", "split_downed", "holiday_day", "document_by",
                 "place_of_person", "circumstance_clause", "left_before_taken", "quoted_position", "credit_bracket",
                 "follow_on", "other_cause", "hit_the_attackers", "comparison_period", "day_count", "one_family",
                 "deal_struck", "aftermath_verb", "kind_after", "date_label", "circumstance_phrase",
                 "person_then_post", "entry_clock", "post_footer", "post_author")

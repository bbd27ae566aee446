"""Claims, positions and lines of conflict.

Expected values come from reading the sentences, not from the code's output:
each seed expectation names the sentence it rests on.
"""
import pandas as pd
import pytest

from scripts import demands
from scripts.actors import ActorAnalysis
from scripts.analyze import TABLES
from scripts.paths import primary_article
from scripts.reader import parse, read_article


@pytest.fixture(scope="module")
def seed_claims():
    return demands.find_claims(read_article(primary_article()))


def claims_in(claims, sentence_id, **where):
    rows = claims[claims.sentence_id == sentence_id]
    for column, value in where.items():
        rows = rows[rows[column] == value]
    return rows


def one(claims, sentence_id, **where):
    rows = claims_in(claims, sentence_id, **where)
    assert len(rows) == 1, f"{sentence_id} {where}: {rows.to_dict('records')}"
    return rows.iloc[0]


def text_claims(text):
    return demands.find_claims(parse(text))


# --- the seed ----------------------------------------------------------------

def test_columns_follow_the_guide(seed_claims):
    for column in ["claimant", "demand", "addressee", "source", "hedge", "sentence_id"]:
        assert column in seed_claims.columns
    assert list(seed_claims.columns) == demands.CLAIM_COLUMNS
    assert set(seed_claims.position) <= {-1, 0, 1}
    assert set(seed_claims.form) <= set(demands.FORM_POLARITY)


# P15.S1: "Reports from Reuters and Bloomberg indicate that Russia has outlined
# several demands to end the war, which include:" then five list items.
LIST_ITEMS = {
    "P16.S1": ("demilitarization", 1),        # The full demilitarization of Ukraine.
    "P17.S1": ("military aid", -1),           # A halt to Western military aid to Kyiv.
    "P18.S1": ("alliance membership", -1),    # A commitment that Ukraine will never join NATO.
    "P19.S1": ("foreign troops and peacekeepers", -1),  # The withdrawal of foreign troops ...
    "P20.S1": ("territory and recognition", 1),  # International recognition of Russia's annexation ...
}


@pytest.mark.parametrize("sentence_id", sorted(LIST_ITEMS))
def test_each_list_item_is_a_demand_of_russia_reported_by_two_agencies(seed_claims, sentence_id):
    claim = one(seed_claims, sentence_id)
    issue, position = LIST_ITEMS[sentence_id]
    assert claim.claimant_span == "Russia"
    assert claim.form == "demand"
    assert claim.source == "Reuters; Bloomberg"
    assert claim.issues == issue
    assert claim.position == position
    assert claim.demand == read_article(primary_article()).sentence(sentence_id).text.rstrip(".")


def test_list_items_keep_their_own_words_and_addressee(seed_claims):
    assert one(seed_claims, "P17.S1").demand == "A halt to Western military aid to Kyiv"
    assert one(seed_claims, "P18.S1").addressee == "Ukraine"     # "that Ukraine will never join"


def test_the_lead_in_is_not_a_claim_of_its_own(seed_claims):
    assert claims_in(seed_claims, "P15.S1").empty


def test_thirty_day_ceasefire_sentence_holds_three_claims(seed_claims):
    # P05.S1: "The Kremlin aide Yuri Ushakov made it clear that Russia does not see value in a
    # 30-day ceasefire, proposed by the U.S. and tentatively accepted by Ukraine."
    refusal = one(seed_claims, "P05.S1", form="rejection")
    assert refusal.claimant_span == "Russia"
    assert refusal.source == "Yuri Ushakov"       # on the authority of the Kremlin aide
    assert (refusal.issues, refusal.position, refusal.cameo) == ("ceasefire", -1, "1246")
    assert refusal.hedge == ""
    proposal = one(seed_claims, "P05.S1", form="proposal")
    assert proposal.claimant == "United States" and proposal.position == 1
    assert proposal.hedge == ""
    acceptance = one(seed_claims, "P05.S1", form="acceptance")
    assert acceptance.claimant_span == "Ukraine"
    assert (acceptance.issues, acceptance.position, acceptance.hedge) == ("ceasefire", 1, "tentatively")


def test_quoted_refusal_inherits_the_issue_of_the_same_speaker(seed_claims):
    # P05.S2: Ushakov stated that "steps that merely imitate peaceful actions are not needed..."
    claim = one(seed_claims, "P05.S2")
    assert claim.claimant_span == "Ushakov" and claim.claimant == "Yuri Ushakov"
    assert claim.form == "rejection" and claim.source == "Yuri Ushakov"
    assert claim.issues == "ceasefire" and claim.position == -1


def test_rather_than_splits_a_preference(seed_claims):
    # P05.S3: "...a broader Russian stance that seeks long-term security guarantees ...
    # rather than temporary pauses in fighting."
    assert one(seed_claims, "P05.S3", issues="security guarantees").position == 1
    assert one(seed_claims, "P05.S3", issues="ceasefire").position == -1


def test_hedged_refusal_of_officials(seed_claims):
    # P06.S2: "...officials in Moscow appear disinclined to agree to a ceasefire that could allow..."
    claim = one(seed_claims, "P06.S2")
    assert claim.claimant_span == "officials in Moscow" and claim.side == "Russia"
    assert (claim.form, claim.issues, claim.position) == ("rejection", "ceasefire", -1)
    assert claim.hedge == "appear"              # "could" qualifies the ceasefire, not the refusal


def test_ukrainian_willingness_to_accept(seed_claims):
    # P08.S2: "...Ukrainian officials signaled their willingness to accept an immediate ceasefire."
    claim = one(seed_claims, "P08.S2")
    assert claim.claimant_span == "Ukrainian officials"
    assert (claim.form, claim.issues, claim.position) == ("acceptance", "ceasefire", 1)
    # "signaled" is a neutral reporting verb (reporting_verbs.csv, after Bergler 1992): the officials
    # report their own stance; it is not among Hyland's (2005) hedges and weakens nothing
    assert claim.hedge == ""
    # ... so they are the claim's source too, if unnamed ones
    assert (claim.source, claim.authority) == ("Ukrainian officials", "own statement, reported")


def test_a_stance_expressed_by_its_subject_is_its_own_statement(seed_claims):
    # P03.S1: "Russia has expressed scepticism over a proposed ceasefire deal": Russia says so itself
    claim = one(seed_claims, "P03.S1")
    assert (claim.claimant, claim.form, claim.source) == ("Russia", "disapproval", "Russia")
    assert claim.authority == "own statement, reported"
    # P09.S2 "The Kremlin remains wary of any deal...": a state the writer describes, no act of saying
    assert one(seed_claims, "P09.S2").authority == "unattributed"


def test_nominal_demand_for_security_guarantees(seed_claims):
    # P11.S1: "...Ukraine's demand for security guarantees, possibly through a European peacekeeping force."
    claim = one(seed_claims, "P11.S1")
    assert claim.claimant_span == "Ukraine" and claim.form == "demand"
    assert claim.issues.split(";") == ["security guarantees", "foreign troops and peacekeepers"]
    assert claim.hedge == "possibly" and claim.position == 1


def test_zakharova_opposition_and_warning(seed_claims):
    # P11.S2: "Russian Foreign Ministry spokeswoman Maria Zakharova reiterated Moscow's opposition to
    # the deployment of foreign troops in Ukraine, warning that such a move ... would trigger a military response."
    # "opposition to the deployment of foreign troops" refuses to allow international
    # involvement: CAMEO 1245, a rejection (PLOVER REJECT), not a mere disapproval (11)
    opposition = one(seed_claims, "P11.S2", form="rejection")
    assert opposition.claimant_span == "Moscow"
    assert "Zakharova" in opposition.source
    assert (opposition.issues, opposition.position, opposition.cameo, opposition.plover) == (
        "foreign troops and peacekeepers", -1, "1245", "REJECT")
    warning = one(seed_claims, "P11.S2", form="warning")
    assert (warning.claimant, warning.side, warning.source) == ("Maria Zakharova", "Russia", "Maria Zakharova")
    assert (opposition.claimant, opposition.source) == ("Russia", "Maria Zakharova")
    # "would trigger a military response": CAMEO 138 threaten with military force, not the bare root 13
    assert (warning.issues, warning.position, warning.cameo) == ("foreign troops and peacekeepers", -1, "138")
    assert "trigger a military response" in warning.demand


def test_speculated_demand_is_hedged_and_attributed_to_analysts(seed_claims):
    # P21.S1: "Some analysts believe that Putin may also revisit broader demands from 2021,
    # including restrictions on NATO's presence in Eastern Europe."
    claim = one(seed_claims, "P21.S1")
    assert claim.claimant_span == "Putin" and claim.claimant == "Vladimir Putin"
    assert claim.source == "analysts"             # the actors analysis names the group "analysts"
    assert (claim.issues, claim.position) == ("alliance membership", -1)
    assert {"Some analysts", "believe", "may"} <= set(claim.hedge.split("; "))


def test_zelenskyy_condition(seed_claims):
    # P23.S3: "Ukrainian President Volodymyr Zelenskyy has made it clear that any peace deal must
    # come with ironclad security guarantees..."
    claim = one(seed_claims, "P23.S3")
    assert "Zelenskyy" in claim.claimant_span and "Zelenskyy" in claim.source
    assert (claim.form, claim.issues, claim.position) == ("condition", "security guarantees", 1)
    assert claim.hedge == ""


def test_two_sides_in_one_closing_sentence(seed_claims):
    # P32.S1: "With Putin demanding far-reaching security guarantees and Ukraine unwilling to concede
    # territory without ironclad assurances, ..."
    putin = one(seed_claims, "P32.S1", form="demand")
    assert putin.claimant_span == "Putin" and putin.issues == "security guarantees"
    ukraine = one(seed_claims, "P32.S1", form="rejection")
    assert ukraine.claimant_span == "Ukraine" and ukraine.issues == "territory and recognition"
    assert ukraine.position == 0 and ukraine.condition == "without ironclad assurances"


def test_conditional_reluctance_stops_at_the_main_verb(seed_claims):
    # P31.S2: "...Russia's reluctance to accept a temporary truce without significant concessions raises doubts..."
    claim = one(seed_claims, "P31.S2", form="rejection")
    assert claim.claimant_span == "Russia" and claim.issues == "ceasefire"
    assert claim.condition == "without significant concessions" and claim.position == 0
    assert one(seed_claims, "P31.S2", form="proposal").claimant_span == "U.S. officials"


@pytest.mark.parametrize("sentence_id", [
    "P04.S1", "P10.S1",          # headings label sections
    "P14.S1", "P14.S2",          # Putin is expected to comment / may set out conditions: no content
    "P23.S1", "P25.S2",          # "accepting Russia's demands would be a bitter pill": no issue
    "P28.S2", "P29.S1",          # battlefield reports, not claims
])
def test_sentences_without_claims(seed_claims, sentence_id):
    assert claims_in(seed_claims, sentence_id).empty


def test_analyze_registers_the_demands_table():
    assert "demands" in TABLES


# --- short texts in other shapes ---------------------------------------------

OTHER_NEGOTIATION = """Azerbaijan demands changes to Armenia's constitution before treaty

Azerbaijan has called on Armenia to amend its constitution before a peace treaty can be signed, Foreign Minister Jeyhun Bayramov said on Monday.

Armenian Prime Minister Nikol Pashinyan rejected the demand for a referendum on the constitution.

The European Union offered to send civilian monitors to the border.
"""


def test_another_negotiation_with_the_speaker_after_the_clause():
    claims = text_claims(OTHER_NEGOTIATION)
    demand = one(claims, "P02.S1")
    assert demand.claimant_span == "Azerbaijan" and demand.addressee == "Armenia"
    assert demand.source == "Jeyhun Bayramov"
    assert (demand.form, demand.issues, demand.position) == ("demand", "elections and government", 1)
    assert "said" not in demand.demand
    refusal = one(claims, "P03.S1")
    assert "Pashinyan" in refusal.claimant_span
    assert (refusal.form, refusal.issues, refusal.position) == ("rejection", "elections and government", -1)
    offer = one(claims, "P04.S1")
    assert offer.claimant == "European Union" and offer.form == "proposal"
    assert offer.issues == "foreign troops and peacekeepers"   # monitors, not a border dispute


SPREAD = """Truce talks in Cairo

Hamas said on Tuesday that it wanted a permanent ceasefire. It also demanded the release of Palestinian prisoners held by Israel. Israeli officials dismissed the proposal.
"""


def test_demands_spread_across_sentences():
    claims = text_claims(SPREAD)
    first = one(claims, "P02.S1")
    assert first.claimant_span == "Hamas" and first.issues == "ceasefire" and first.source == "Hamas"
    second = one(claims, "P02.S2")                 # "It also demanded ..."
    assert second.claimant == "Hamas" and second.source == "Hamas"
    assert (second.issues, second.position) == ("prisoners and detainees", 1)
    third = one(claims, "P02.S3")                  # "dismissed the proposal": the issue comes from before
    assert third.claimant_span == "Israeli officials"
    assert (third.form, third.issues, third.position) == ("rejection", "prisoners and detainees", -1)


REFUSALS = """Junta postpones the vote

The junta refused to hold elections before 2027, the state broadcaster reported.

Moscow ruled out any withdrawal of its troops from the occupied regions.
"""


def test_refusals():
    claims = text_claims(REFUSALS)
    junta = one(claims, "P02.S1")
    assert junta.claimant == "junta" and junta.source == "state broadcaster"
    assert (junta.form, junta.issues, junta.position) == ("rejection", "elections and government", -1)
    # refusing a withdrawal is being for the troops staying
    moscow = one(claims, "P03.S1")
    assert moscow.form == "rejection" and moscow.position == 1
    assert "foreign troops and peacekeepers" in moscow.issues.split(";")


ANONYMOUS = """Pressure on Kyiv

Washington wants Kyiv to accept a ceasefire along the current front line, according to unnamed officials.

Kremlin sources said that Moscow would reject any deployment of European troops.
"""


def test_demands_attributed_to_anonymous_sources():
    claims = text_claims(ANONYMOUS)
    washington = one(claims, "P02.S1")
    assert washington.claimant_span == "Washington"
    assert (washington.claimant, washington.addressee) == ("United States", "Ukraine")   # seats of government
    assert (washington.form, washington.issues, washington.position) == ("demand", "ceasefire", 1)
    # "according to" is an evidential hedge (Hyland 2005), the unnamed source an attribute shield
    assert washington.source == "unnamed officials"
    assert washington.hedge == "according to; unnamed officials"
    moscow = one(claims, "P03.S1")
    assert moscow.claimant_span == "Moscow" and moscow.source == "Kremlin sources"
    assert moscow.hedge == "Kremlin sources"
    assert (moscow.issues, moscow.position) == ("foreign troops and peacekeepers", -1)


LIST_WITHOUT_LEAD_IN = """Balkan talks

Negotiators met in Geneva on Friday.

- Serbia demanded more rights for the Serb minority.
- Kosovo rejected any change to its borders.
- A joint statement.
"""


def test_list_without_lead_in_takes_each_item_on_its_own():
    claims = text_claims(LIST_WITHOUT_LEAD_IN)
    assert list(claims.sentence_id) == ["P03.S1", "P04.S1"]
    serbia, kosovo = claims.iloc[0], claims.iloc[1]
    assert (serbia.claimant_span, serbia.issues, serbia.position) == (
        "Serbia", "minority and language rights", 1)
    assert (kosovo.claimant_span, kosovo.form, kosovo.issues, kosovo.position) == (
        "Kosovo", "rejection", "territory and recognition", -1)


LIST_WITH_LEAD_IN = """Rebels set terms

According to a statement seen by AFP, the rebels have put forward several demands, which include:

- The lifting of sanctions on the region.
- An exchange of prisoners.
"""


def test_list_with_lead_in_in_another_shape():
    claims = text_claims(LIST_WITH_LEAD_IN)
    assert list(claims.sentence_id) == ["P03.S1", "P04.S1"]
    assert set(claims.claimant) == {"rebels"}
    assert set(claims.source) == {"Agence France-Presse"}    # "a statement seen by AFP"
    assert list(claims.issues) == ["sanctions", "prisoners and detainees"]
    assert list(claims.position) == [-1, 1]          # lifting sanctions is against them


# --- positions ----------------------------------------------------------------

def test_position_matrix_keeps_its_sentences():
    claims = pd.DataFrame([
        {"side": "A", "issues": "ceasefire", "position": 1, "sentence_id": "P02.S1"},
        {"side": "A", "issues": "ceasefire;sanctions", "position": 1, "sentence_id": "P03.S1"},
        {"side": "B", "issues": "ceasefire", "position": -1, "sentence_id": "P04.S2"},
        {"side": "B", "issues": "sanctions", "position": 0, "sentence_id": "P05.S1"},
        {"side": "C", "issues": "ceasefire", "position": 1, "sentence_id": "P06.S1"},
        {"side": "C", "issues": "ceasefire", "position": -1, "sentence_id": "P07.S1"},
    ])
    matrix = demands.position_matrix(claims).set_index(["actor", "issue"])
    assert matrix.loc[("A", "ceasefire")].stance == "supports"
    assert matrix.loc[("A", "ceasefire")].sentence_ids == "P02.S1;P03.S1"
    assert matrix.loc[("B", "ceasefire")].stance == "opposes"
    assert matrix.loc[("B", "sanctions")].stance == "conditional"
    assert matrix.loc[("C", "ceasefire")].stance == "mixed"


# The actors analysis, written by hand: canonical actors and their located mentions.
_FakeActors = ActorAnalysis(
    actors=pd.DataFrame([{"actor": "Maria Zakharova", "side": "Russia"},
                         {"actor": "Russia", "side": "Russia"}]),
    mentions=pd.DataFrame([
        {"actor": "Russia", "surface": "Russian", "sentence_id": "P11.S2", "start": 0, "end": 7},
        {"actor": "Maria Zakharova", "surface": "Maria Zakharova", "sentence_id": "P11.S2",
         "start": 37, "end": 52}]),
    places=pd.DataFrame())


def test_claimant_span_resolves_to_the_mention_at_its_head():
    span = "Russian Foreign Ministry spokeswoman Maria Zakharova"
    assert demands.canonical_actor(span, "P11.S2", 0, len(span), _FakeActors) == "Maria Zakharova"
    assert demands.actor_side("Maria Zakharova", _FakeActors) == "Russia"
    # without the actors analysis the span's own words are kept
    assert demands.canonical_actor("the Kremlin's") == "Kremlin"


def test_knowledge_tables_name_their_sources():
    for name in ["claim_forms.csv", "issues_codebook.csv", "hedges.csv", "claim_modifiers.csv",
                 "cameo_refinements.csv"]:
        table = pd.read_csv(demands.DATA / name)
        assert table.source.notna().all(), name
    codebook = demands.issues_codebook()
    assert {"ceasefire", "security guarantees", "foreign troops and peacekeepers", "alliance membership",
            "military aid", "territory and recognition", "demilitarization", "sanctions"} <= set(codebook.issue)


def test_every_cameo_code_a_claim_can_carry_has_its_codebook_name():
    # a table shows a claim's event code with its name: every code the claim forms, the
    # issues codebook, the refinements and the appeals mirroring demands can give is named
    codebook = demands.issues_codebook()
    refinements = pd.read_csv(demands.DATA / "cameo_refinements.csv", dtype=str)
    forms = pd.read_csv(demands.DATA / "claim_forms.csv", dtype=str)
    codes = (set(forms.cameo) | {code for code, _ in demands.FORM_CODES.values()} | set(refinements.cameo)
             | {c for column in ("cameo_demand", "cameo_demand_against", "cameo_reject") for c in codebook[column] if c}
             | demands.appeal_codes())
    named = demands.cameo_names()
    assert codes <= set(named), codes - set(named)
    table = pd.read_csv(demands.DATA / "cameo_codes.csv", dtype=str, keep_default_na=False)
    assert table.code.is_unique and (table.source.str.startswith("schrodt2012cameo")).all()
    # every finer code sits under a root code of the table (CAMEO numbers a code by its family)
    assert all(code[:2] in named for code in named)


def test_a_cameo_code_is_shown_with_its_name():
    # names as in the CAMEO codebook (Schrodt 2012): 112 Accuse, 1246 Refuse to de-escalate
    # military engagement, 10 Demand; a code the table lacks is shown as it is, not guessed
    assert demands.cameo_label("112") == "112 Accuse"
    assert demands.cameo_label("1246") == "1246 Refuse to de-escalate military engagement"
    assert demands.cameo_label("10") == "10 Demand"
    assert demands.cameo_label("9999") == "9999"


def test_the_footing_of_a_claim_names_its_source_or_says_it_has_none(seed, seed_claims):
    from scripts import counts
    text = {s.id: s.text for s in seed.sentences}
    shown = {(c.sentence_id, c.claimant, c.form): demands.footing(c) for c in seed_claims.itertuples()}
    # P05.S2 is the article's one direct quotation, Ushakov's
    assert shown[("P05.S2", "Yuri Ushakov", "rejection")] == "Yuri Ushakov, quoted"
    # P16.S1, a list item after "Reports from Reuters and Bloomberg indicate..."
    assert "Reports from Reuters and Bloomberg indicate" in text["P15.S1"]
    assert shown[("P16.S1", "Russia", "demand")] == "reported by Reuters and Bloomberg; hedged: “indicate”"
    # P11.S1 "possibly through a European peacekeeping force", in the article's own voice
    assert "possibly" in text["P11.S1"]
    assert shown[("P11.S1", "Ukraine", "demand")] == "no named source (the article's voice); hedged: “possibly”"
    # the claims said to have no named source are those the report counts as unsourced
    unsourced = counts.unsourced_table(seed_claims)
    marked = seed_claims[[demands.footing(c).startswith("no named source") for c in seed_claims.itertuples()]]
    assert list(marked.index) == list(unsourced.index) and len(marked) == counts.unsourced(seed_claims)


# --- against the hand coding of the seed ---------------------------------------

HAND_CODED = demands.DATA / "hand_coding" / "claims"


def test_every_automatic_claim_of_the_seed_is_in_the_hand_coding(seed_claims):
    hand = pd.read_csv(HAND_CODED / "000_f7cb49b91404f082.csv")
    units = demands.agreement(seed_claims, hand)
    assert units[units.found == "automatic only"].empty
    precision, recall = demands.precision_recall(units)
    assert precision == 1.0
    # what the cues cannot see (written down in the chapter): perception verbs ("sees a ceasefire
    # as an opportunity", P09.S1), issues inside a condition (P09.S2), "Russian resistance" without
    # a complement (P08.S3), a strategy "to avoid any scenario where Western forces..." (P12.S1)
    # the headline's "Reluctance:" (P01.S1), and a fear whose object, "such deployments",
    # points back to the previous paragraph (P12.S2 "Moscow fears that such deployments could...")
    missed = set(units[units.found == "hand only"].sentence_id)
    assert missed == {"P01.S1", "P08.S3", "P09.S1", "P09.S2", "P12.S1", "P12.S2"}


# --- the writer's summary, event codes and authority ------------------------------------------

def test_with_np_v_ing_keeps_the_claim_but_not_the_source(seed_claims):
    # P32.S1: "With Putin demanding far-reaching security guarantees and Ukraine unwilling ...":
    # the journalist describes Putin's stance; Putin is not quoted or paraphrased here
    putin = one(seed_claims, "P32.S1", form="demand")
    assert (putin.claimant, putin.issues, putin.position) == ("Vladimir Putin", "security guarantees", 1)
    assert (putin.source, putin.authority) == ("", "unattributed")
    claims = text_claims("//Gaza//\nTalks stall/\nWith Hamas demanding the release of all prisoners, "
                         "the talks in Cairo stalled. Hamas demanded the release of all prisoners.\n")
    summary, statement = claims.iloc[0], claims.iloc[1]
    assert (summary.claimant, summary.source, summary.authority) == ("Hamas", "", "unattributed")
    assert (statement.source, statement.authority) == ("Hamas", "own statement, reported")


# Codes of the CAMEO codebook (Gerner et al. 2002; Schrodt 2012), read off each list item:
# 1056 demand de-escalation of military engagement (the target's own: truce, demobilisation,
# retreat, CAMEO 087), 1042 demand policy change, 102 demand policy support (recognition),
# 10 demand not specified below.
LIST_ITEM_CAMEO = {"P16.S1": "1056",   # the full demilitarization of Ukraine: demobilise
                   "P17.S1": "10",     # a halt to Western military aid: no CAMEO demand code for
                                       # cutting a third party's arms supplies (not de-escalation)
                   "P18.S1": "1042",   # a commitment that Ukraine will never join NATO: Ukraine is
                                       # asked to change its policy, not to support Russia's (102)
                   "P19.S1": "1056",   # the withdrawal of foreign troops: retreat
                   "P20.S1": "102"}    # international recognition of the annexations


@pytest.mark.parametrize("sentence_id", sorted(LIST_ITEM_CAMEO))
def test_list_item_cameo_follows_the_direction_of_the_demand(seed_claims, sentence_id):
    claim = one(seed_claims, sentence_id)
    assert (claim.cameo, claim.plover) == (LIST_ITEM_CAMEO[sentence_id], "REQUEST")


def test_every_seed_claim_has_codes_of_its_forms_family(seed_claims):
    family = {"demand": (("10", "02"), "REQUEST"), "condition": ("10", "REQUEST"), "proposal": ("03", "AGREE"),
              "acceptance": ("03", "AGREE"), "rejection": ("12", "REJECT"), "disapproval": ("11", None),
              "warning": ("13", "THREATEN"), "threat": ("13", "THREATEN")}
    for claim in seed_claims.itertuples():
        root, plover = family[claim.form]
        assert claim.cameo.startswith(root), claim
        assert plover is None or claim.plover == plover, claim
    # P05.S3 "... rather than temporary pauses in fighting": a refusal, coded as one
    contrast = one(seed_claims, "P05.S3", issues="ceasefire")
    assert (contrast.form, contrast.cameo, contrast.plover) == ("rejection", "1246", "REJECT")


def test_cameo_by_issue_and_direction_in_another_conflict():
    claims = text_claims("//Sudan//\nTalks/\nSudanese opposition leaders demanded the withdrawal of "
                         "foreign troops. Kenya called for a peacekeeping force. Sudan rejected the "
                         "peacekeeping mission. Egypt opposed the deployment of foreign troops. "
                         "Rebel leaders demanded a ceasefire in Darfur.\n")
    codes = dict(zip(claims.claimant, zip(claims.form, claims.cameo)))
    # the two groups of leaders are told apart by the words that qualify them
    assert codes["opposition leaders"] == ("demand", "1056")   # demand withdrawal: de-escalation
    assert codes["rebel leaders"] == ("demand", "1056")        # a ceasefire: de-escalation
    assert codes["Kenya"] == ("demand", "0234")          # "called for": CAMEO 0234 appeal for peacekeeping
    assert codes["Sudan"] == ("rejection", "1245")       # refuse international involvement
    assert codes["Egypt"] == ("rejection", "1245")       # opposing a deployment refuses it
    assert set(claims[claims.issues == "ceasefire"].cameo) == {"1056"}


def test_own_words_means_a_direct_quotation(seed_claims):
    # P05.S2: Ushakov stated that "steps ... are not needed": in quotation marks
    assert one(seed_claims, "P05.S2").authority == "own words"
    # P23.S3 "Zelenskyy has made it clear that any peace deal must...": his statement, paraphrased
    assert one(seed_claims, "P23.S3").authority == "own statement, reported"
    # P11.S2 ", warning that such a move would...": Zakharova's statement, paraphrased
    assert one(seed_claims, "P11.S2", form="warning").authority == "own statement, reported"
    claims = text_claims('//Gaza//\nTalks/\nHamas official Osama Hamdan said: "We demand the release '
                         'of all prisoners." Hamdan made it clear that Hamas insists on the release '
                         'of all prisoners.\n')
    assert list(claims.authority) == ["own words", "own official"]


# --- one sentence at a time, from other conflicts and negotiations ----------------------------
# Each row: a sentence and every claim it holds, read by hand as (claimant, side, form, issue,
# position). A claimant the actors analysis does not know keeps its own words and has no side.
ONE_SENTENCE_CLAIMS = [
    # plain subject and verb, groups without names
    ("The rebels demanded a ceasefire.", [("rebels", "", "demand", "ceasefire", 1)]),
    ("Rebel leaders demanded a ceasefire.", [("rebel leaders", "", "demand", "ceasefire", 1)]),
    ("Protesters in Yerevan called for new elections.",
     [("Protesters in Yerevan", "", "demand", "elections and government", 1)]),
    ("The opposition rejected the election results.",
     [("opposition", "", "rejection", "elections and government", -1)]),
    ("The FARC demanded the release of prisoners.", [("FARC", "", "demand", "prisoners and detainees", 1)]),
    ("The ruling party accepted the offer of talks, according to opposition sources.",
     [("ruling party", "", "acceptance", "peace settlement", 1)]),
    ("Azerbaijan insisted on the withdrawal of Armenian troops from Karabakh.",
     [("Azerbaijan", "Azerbaijan", "demand", "foreign troops and peacekeepers", -1)]),
    ("South Korea proposed talks on a peace treaty.",
     [("South Korea", "South Korea", "proposal", "peace settlement", 1)]),
    ("Sudan's army chief ruled out talks with the paramilitary forces.",
     [("Sudanese army chief", "Sudan", "rejection", "peace settlement", -1)]),
    ("The United Nations called on both sides to allow humanitarian access to El Fasher.",
     [("United Nations", "United Nations", "demand", "humanitarian access", 1)]),
    # warnings are against what they name; threats are for what the claimant would do
    ("Armenia warned against any redrawing of the borders.",
     [("Armenia", "Armenia", "warning", "territory and recognition", -1)]),
    ("Pyongyang warned that new sanctions would be an act of war.",
     [("North Korea", "North Korea", "warning", "sanctions", -1)]),
    ("North Korea threatened to expel the international monitors.",
     [("North Korea", "North Korea", "threat", "foreign troops and peacekeepers", -1)]),
    ("The European Union threatened retaliatory tariffs on American steel.",
     [("European Union", "European Union", "threat", "sanctions", 1)]),
    ("US negotiators demanded that China lift its export controls.",
     [("US negotiators", "United States", "demand", "sanctions", -1)]),
    # a nominal claim as the object of the verb: one claim, unless it names its own claimant
    ("The government rejected the proposal for new elections.",
     [("government", "", "rejection", "elections and government", -1)]),
    ("Hamas accepted the offer of a six-week truce.", [("Hamas", "Hamas", "acceptance", "ceasefire", 1)]),
    ("Colombia's government accepted the proposal for a bilateral ceasefire.",
     [("Colombia", "Colombia", "acceptance", "ceasefire", 1)]),
    ("According to Sudanese state media, the army rejected a proposal for a truce in Darfur.",
     [("army", "", "rejection", "ceasefire", -1)]),
    ("Seoul welcomed Pyongyang's offer of talks.",
     [("South Korea", "South Korea", "acceptance", "peace settlement", 1),
      ("North Korea", "North Korea", "proposal", "peace settlement", 1)]),
    ("Taiwan rejected Beijing's demand for reunification talks.",
     [("Taiwan", "Taiwan", "rejection", "peace settlement", -1),
      ("China", "China", "demand", "peace settlement", 1)]),
    # negation: a refusal not made is an acceptance, an acceptance refused a rejection
    ("Israel did not reject the plan for a prisoner exchange.",
     [("Israel", "Israel", "acceptance", "prisoners and detainees", 1)]),
    ("Hamas has not ruled out a prisoner exchange.",
     [("Hamas", "Hamas", "acceptance", "prisoners and detainees", 1)]),
    ("The army did not accept the humanitarian pause.",
     [("army", "", "rejection", "humanitarian access", -1)]),
    ("The rebels refused to accept the disarmament of their fighters.",
     [("rebels", "", "rejection", "demilitarization", -1)]),
    ("The militias were not willing to disarm.", [("militias", "", "rejection", "demilitarization", -1)]),
    # passive and modal
    ("The ceasefire plan was rejected by Kyiv.", [("Ukraine", "Ukraine", "rejection", "ceasefire", -1)]),
    ("Any deal must include the release of all hostages, Israeli officials said.",
     [("Israeli officials", "Israel", "condition", "prisoners and detainees", 1)]),
    # no claim
    ("Fighting continued in Khartoum on Sunday.", []),
    ("Delegations from both countries met in Washington on Thursday.", []),
]


def sentence_claims(sentence):
    return text_claims("Title\n\n" + sentence + "\n")


@pytest.mark.parametrize("sentence, expected", ONE_SENTENCE_CLAIMS,
                         ids=[s for s, _ in ONE_SENTENCE_CLAIMS])
def test_claims_of_one_sentence(sentence, expected):
    claims = sentence_claims(sentence)
    found = sorted((c.claimant, c.side, c.form, c.issues, int(c.position)) for c in claims.itertuples())
    assert found == sorted(expected)


def test_sources_of_one_sentence():
    # "according to X" gives the source; the passive's agent is the claimant, not a source
    ruling = sentence_claims("The ruling party accepted the offer of talks, according to opposition sources.")
    assert ruling.iloc[0].source == "opposition sources"
    assert ruling.iloc[0].authority == "reported"
    army = sentence_claims("According to Sudanese state media, the army rejected a proposal for a truce in Darfur.")
    assert army.iloc[0].source == "Sudan"           # a state's media resolve to the state
    kyiv = sentence_claims("The ceasefire plan was rejected by Kyiv.").iloc[0]
    assert (kyiv.claimant_span, kyiv.source) == ("Kyiv", "")
    # a negated act takes the codes of the act it amounts to
    israel = sentence_claims("Israel did not reject the plan for a prisoner exchange.").iloc[0]
    assert (israel.cameo, israel.plover) == ("03", "AGREE")


def test_tables_by_side_keep_unknown_claimants_apart():
    claims = text_claims("Title\n\nThe rebels demanded a ceasefire. Protesters rejected the ceasefire.\n")
    assert list(claims.side) == ["", ""]
    matrix = demands.position_matrix(claims).set_index("actor")
    assert (matrix.loc["rebels"].stance, matrix.loc["Protesters"].stance) == ("supports", "opposes")
    assert set(demands.authority_table(claims).side) == {"rebels", "Protesters"}


# --- reporting frames take their verbs from the reporting-verb table ---

def _frames(text):
    from scripts.demands import reporting_frames, tokens
    found = reporting_frames(text, tokens(text))
    return [(text[f.source[0]:f.source[1]], text[f.start:f.end] if f.end else "") for f in found]


def test_reporting_frames_take_every_clause_verb_of_the_table():
    # 'acknowledged' and 'pointed out' were never written in the claim tables: they come from the verb table
    assert _frames("The mediators acknowledged that the truce must hold.")[0][0] == "The mediators"
    assert _frames("The ministers pointed out that any deal must include the port.")[0][0] == "The ministers"
    assert _frames("Kenya's envoy has made it clear that talks must resume.")[0][0] == "Kenya's envoy"
    according = _frames("The deal must include the port, according to Reuters.")
    assert according and according[0][0] == "Reuters"


def test_verbs_whose_object_names_the_act_are_not_frames():
    assert _frames("Cyprus expressed scepticism over the plan.") == []
    assert _frames("Ukrainian officials signaled their willingness to accept a truce.") == []


# --- demands voiced in direct quotations ----------------------------------------------------------
# Each row: a quotation written for the test and the claims a reader finds in it, as
# (claimant, form, issues, position, addressee). The claimant is the quotation's speaker
# (as the quotes table names it); the addressee is whoever the speaker asks to act,
# "we" standing for the speaker's side. A quoted modal about no issue and no actor is no claim.
QUOTED_CLAIMS = [
    # X must ...
    ('"Russia must stop the attacks on our power plants," Ukrainian President Volodymyr Zelenskyy said.',
     [("Volodymyr Zelenskyy", "demand", "ceasefire", 1, "Russia")]),
    ('Zelenskyy said: "Russia must withdraw its troops from our land."',
     [("Zelenskyy", "demand", "foreign troops and peacekeepers", -1, "Russia")]),
    ('"Israel must release all Palestinian prisoners," Hamas official Osama Hamdan said.',
     [("Osama Hamdan", "demand", "prisoners and detainees", 1, "Israel")]),
    ('"It must be cold in Moscow this week," Zelenskyy said.', []),            # the weather
    ('"Russia must be feeling confident," Zelenskyy said.', []),               # epistemic "must be -ing"
    ('"They must have left early," the farmer said.', []),                     # epistemic "must have"
    # needs to / has to
    ('"Ukraine needs to accept the new borders," Kremlin spokesman Dmitry Peskov said.',
     [("Dmitry Peskov", "demand", "territory and recognition", 1, "Ukraine")]),
    ('"We need to rest," the soldier said.', []),
    ('"France has to send peacekeepers to Ukraine," Polish Foreign Minister Radoslaw Sikorski said.',
     [("Radoslaw Sikorski", "demand", "foreign troops and peacekeepers", 1, "France")]),
    # should be ...
    ('"Security guarantees should be given by the United States," Zelenskyy said.',
     [("Zelenskyy", "demand", "security guarantees", 1, "United States")]),
    ('"The weather should be better tomorrow," Zelenskyy said.', []),
    # let them do Y, then we will agree
    ('Lavrov told reporters: "Let them withdraw their troops from Kursk first, then we will agree to talks."',
     [("Lavrov", "condition", "foreign troops and peacekeepers", -1, ""),
      ("Lavrov", "acceptance", "peace settlement", 0, "")]),      # talks agreed only on the condition
    ('"Let us be honest," Lavrov said.', []),
    # the only way is ...
    ('"The only way to end this war is a full withdrawal of Russian troops," Macron said.',
     [("Macron", "demand", "foreign troops and peacekeepers", -1, "")]),
    ('"The only way to find out is to try," Macron said.', []),
    # if ..., then ...
    ('"If Russia stops the shelling, then we will sit down for talks," Zelenskyy said.',
     [("Zelenskyy", "condition", "ceasefire", 1, "Russia")]),
    ('"If it rains, we will stay at home," Zelenskyy said.', []),
    # we demand / insist / want
    ('"We demand the release of all prisoners," Hamas official Osama Hamdan said.',
     [("Osama Hamdan", "demand", "prisoners and detainees", 1, "")]),
    ('"We insist on a full ceasefire," Zelenskyy told reporters.',
     [("Zelenskyy", "demand", "ceasefire", 1, "")]),
    ('"We want to win the match," the coach said.', []),
    # we will not accept
    ('"We will not accept any freezing of the conflict along the front line," Zelenskyy said.',
     [("Zelenskyy", "rejection", "ceasefire", -1, "")]),
    ('"We will not accept defeat in the cup final," the coach said.', []),
    # outside quotation marks a modal is the writer's, not a claim
    ('Russia must stop the attacks, the article says.', []),
]


@pytest.mark.parametrize("sentence, expected", QUOTED_CLAIMS, ids=[s for s, _ in QUOTED_CLAIMS])
def test_claims_in_quoted_speech(sentence, expected):
    claims = sentence_claims(sentence)
    found = sorted((c.claimant, c.form, c.issues, int(c.position), c.addressee) for c in claims.itertuples())
    assert found == sorted(expected)
    assert set(claims.authority) <= {"own words"}


def test_quoted_consequent_hangs_on_its_condition():
    claims = sentence_claims('"If Russia withdraws its troops from our land, we will agree to a ceasefire," Ukrainian '
                             'President Volodymyr Zelenskyy said.')
    condition = one(claims, "P02.S1", form="condition")
    assert (condition.addressee, condition.issues, condition.position) == (
        "Russia", "foreign troops and peacekeepers", -1)
    acceptance = one(claims, "P02.S1", form="acceptance")
    assert (acceptance.issues, acceptance.position) == ("ceasefire", 0)
    assert acceptance.condition == "If Russia withdraws its troops from our land"


def test_quoted_we_is_the_speakers_side():
    # "we" asked to act in a quotation is the side the speaker speaks for
    claims = sentence_claims('"We must hold elections this year," Ukrainian President Volodymyr '
                             'Zelenskyy said.')
    claim = one(claims, "P02.S1")
    assert (claim.claimant, claim.side, claim.addressee) == ("Volodymyr Zelenskyy", "Ukraine", "Ukraine")
    assert claim.issues == "elections and government" and claim.source == "Volodymyr Zelenskyy"


def test_quoted_demand_keeps_the_speaker_of_a_quote_running_over_two_sentences():
    claims = text_claims('Title\n\nKremlin spokesman Dmitry Peskov said: "The talks are going slowly. '
                         'Kyiv must withdraw its troops from the four regions."\n')
    claim = one(claims, "P02.S2")
    assert (claim.claimant, claim.addressee, claim.form) == ("Dmitry Peskov", "Ukraine", "demand")


# --- CAMEO codes by definition ----------------------------------------------------------------
# One hand-coded sentence per code the claims use. Each code was chosen by reading the CAMEO
# manual's definition of who asks (or refuses, or threatens) what of whom (Gerner et al. 2002;
# Schrodt 2012, CAMEO 1.1b3), quoted in the comment; the sentences are written for the test.
CAMEO_BY_DEFINITION = [
    # 10 DEMAND: the source demands that the target act
    ("Ukraine demanded security guarantees.", "demand", "10"),
    # 100 "Demand, not specified below": guarantees alone say neither who gives them nor what
    # they are (protection, or an adversary's restraint), so no finer code applies
    ("The families demanded an investigation into the war crimes.", "demand", "101"),
    # 101 "Demand information, investigation"
    ("Serbia demanded the recognition of its borders.", "demand", "102"),
    # 102 "Demand policy support": the target is asked to back the source's position (recognition)
    ("Ukraine demanded reparations for the war damage.", "demand", "1031"),
    # 1031 "Demand economic aid": money from the target for the source
    ("Kyiv demanded more military aid from its allies.", "demand", "1032"),
    # 1032 "Demand military aid": weapons or military support for the source
    ("The aid agencies demanded humanitarian access to the besieged city.", "demand", "1033"),
    # 1033 "Demand humanitarian aid"
    ("Kenya demanded a peacekeeping force for the border.", "demand", "1034"),
    # 1034 "Demand military protection or peacekeeping": peacekeepers deployed for the source's side
    ("Kyiv demanded security guarantees backed by military protection from its allies.", "demand", "1034"),
    # 1034 again: here the guarantee is named as military protection given to the source
    ("The opposition demanded new elections.", "demand", "104"),
    # 104 "Demand political reform, not specified below"
    ("Moscow demanded an end to NATO enlargement.", "demand", "1042"),
    # 1042 "Demand policy change": the alliance is asked to change its enlargement policy
    ("The Kurdish party demanded language rights for the Kurdish minority.", "demand", "1043"),
    # 1043 "Demand rights"
    ("Ukraine demanded that Russia return the occupied territories.", "demand", "105"),
    # 105 "Demand that target yields": territory handed back
    ("Hamas demanded the release of all Palestinian prisoners.", "demand", "1053"),
    # 1053 "Demand release of persons or property"
    ("Tehran demanded the lifting of sanctions.", "demand", "1054"),
    # 1054 "Demand easing of economic sanctions, boycott, or embargo"
    ("The rebels demanded an immediate ceasefire.", "demand", "1056"),
    # 1056 "Demand de-escalation of military engagement": a truce (CAMEO 0871)
    ("The junta demanded the disarmament of the militias.", "demand", "1056"),
    # 1056 again: demobilisation of armed forces (CAMEO 0873)
    ("Azerbaijan demanded the withdrawal of Armenian troops from Karabakh.", "demand", "1056"),
    # 1056 again: retreat (CAMEO 0874)
    ("Seoul demanded talks with Pyongyang.", "demand", "106"),
    # 106 "Demand meeting, negotiation"
    ("The mediators demanded a peace agreement.", "demand", "107"),
    # 107 "Demand settling of dispute"
    # 02 APPEAL: a request, less forceful than a demand; numbered in parallel with 10
    ("The United Nations called for a ceasefire in Gaza.", "demand", "0256"),
    # 0256 "Appeal for de-escalation of military engagement"
    ("Kenya called for a peacekeeping force.", "demand", "0234"),
    # 0234 "Appeal for military protection or peacekeeping"
    ("The Red Cross urged both sides to release prisoners.", "demand", "0253"),
    # 0253 "Appeal for release of persons or property"
    ("The families urged an investigation into the war crimes.", "demand", "02"),
    # 020 "Make an appeal or request, not specified below": CAMEO's appeals have no parallel of
    # 101 "Demand information, investigation" (021 is an appeal for material cooperation)
    # 12 REJECT: the source refuses what the target asks or offers
    ("Russia rejected the request for security guarantees.", "rejection", "12"),
    # 120 "Reject, not specified below": the guarantees are not named as protection
    ("Washington rejected the request for military aid.", "rejection", "1222"),
    # 1222 "Reject request for military aid"
    ("The government rejected calls for humanitarian aid.", "rejection", "1223"),
    # 1223 "Reject request for humanitarian aid"
    ("Germany rejected the request for reparations.", "rejection", "1221"),
    # 1221 "Reject request for economic aid"
    ("NATO rejected Kyiv's request for a mutual defence pact.", "rejection", "1224"),
    # 1224 "Reject request for military protection or peacekeeping"
    ("The junta rejected the demand for elections.", "rejection", "123"),
    # 123 "Reject request or demand for political reform, not specified below"
    ("The government rejected the demand for language rights for the minority.", "rejection", "1233"),
    # 1233 "Reject request for rights"
    ("Ukraine refused to concede territory.", "rejection", "124"),
    # 124 "Refuse to yield, not specified below"
    ("The army refused to release the prisoners.", "rejection", "1243"),
    # 1243 "Refuse to release persons or property"
    ("Sudan rejected the peacekeeping mission.", "rejection", "1245"),
    # 1245 "Refuse to allow international involvement (non-mediation)"
    ("Israel rejected the ceasefire.", "rejection", "1246"),
    # 1246 "Refuse to de-escalate military engagement"
    ("Sudan's army chief ruled out talks with the paramilitary forces.", "rejection", "125"),
    # 125 "Reject proposal to meet, discuss, or negotiate"
    ("Russia rejected the peace plan.", "rejection", "127"),
    # 127 "Reject plan, agreement to settle dispute"
    # 03 EXPRESS INTENT TO COOPERATE: offers, proposals, acceptances
    ("Serbia proposed talks on a peace treaty.", "proposal", "03"),
    ("Hamas accepted the offer of a six-week truce.", "acceptance", "03"),
    # 11 DISAPPROVE: criticism, scepticism, objections short of a refusal
    ("Russia expressed scepticism over the ceasefire.", "disapproval", "11"),
    # 13 THREATEN
    ("Moscow warned against any deployment of foreign troops.", "warning", "13"),
    # 130 "Threaten, not specified below": the warning names no sanction
    ("Moscow warned that any deployment of foreign troops would trigger a military response.", "warning", "138"),
    # 138 "Threaten with military force"
    ("North Korea threatened to expel the international monitors.", "threat", "136"),
    # 136 "Threaten to halt international involvement (non-mediation)"
    ("The European Union threatened retaliatory tariffs on American steel.", "threat", "1312"),
    # 1312 "Threaten with sanctions, boycott, or embargo"
]


@pytest.mark.parametrize("sentence, form, cameo", CAMEO_BY_DEFINITION,
                         ids=[f"{c}: {s}" for s, _, c in CAMEO_BY_DEFINITION])
def test_cameo_code_follows_its_definition(sentence, form, cameo):
    claims = sentence_claims(sentence)
    # "NATO rejected Kyiv's request for…" also gives Kyiv's request, as "Taiwan rejected
    # Beijing's demand for…" gives Beijing's demand: the claim of the form tested is the one
    assert [(c.form, c.cameo) for c in claims.itertuples() if c.form == form] == [(form, cameo)]


def test_every_code_the_tables_can_give_has_a_hand_coded_example():
    # every code the issues codebook and the refinements can assign is tested above
    tested = {c for _, _, c in CAMEO_BY_DEFINITION}
    codebook = demands.issues_codebook()
    assigned = {c for column in ("cameo_demand", "cameo_demand_against", "cameo_reject")
                for c in codebook[column] if c}
    assigned |= {c for rows in demands.cameo_refinements().values() for _, c in rows}
    assigned |= set(pd.read_csv(demands.DATA / "claim_forms.csv", dtype=str).cameo)
    # (the other appeals, 02x mirroring a tested 10x, are derived by one rule tested above)
    assert assigned <= tested, assigned - tested


def test_seed_security_guarantees_are_not_coded_as_protection(seed_claims):
    # P05.S3 "a broader Russian stance that seeks long-term security guarantees" and P32.S1
    # "Putin demanding far-reaching security guarantees": Russia asks the West for restraint,
    # not for military protection, so not CAMEO 1034; P11.S1 "Ukraine's demand for security
    # guarantees, possibly through a European peacekeeping force" names peacekeepers: 1034
    assert one(seed_claims, "P05.S3", form="demand").cameo == "10"
    assert one(seed_claims, "P32.S1", form="demand").cameo == "10"
    assert one(seed_claims, "P11.S1").cameo == "1034"
    # P23.S3 "any peace deal must come with ironclad security guarantees": no giver, no kind named
    assert one(seed_claims, "P23.S3").cameo == "10"


# --- claims the conflict codebook has no issue for ---------------------------------
# A named party's act of saying is a claim whatever it is about (Koopmans & Statham:
# the claim is the act); the issue stays empty when the codebook names none.

CLAIMS_WITHOUT_AN_ISSUE = [
    ("Senator Tom Parker urged the city to hire more teachers.", [("Tom Parker", "demand")]),
    ("Mayor Ivan Allen today called for an end to paper ballots.", [("Ivan Allen", "demand")]),
    ("Senator Tom Parker denounced the new tax on farmers.", [("Tom Parker", "disapproval")]),
    # each party of a coordinated subject, past a relative clause
    ("Saudi Arabia and the United States, which host the talks in Jeddah, urged both sides to return "
     "to the table.", [("Saudi Arabia", "demand"), ("United States", "demand")]),
    ("French President Julien Moreau and German Chancellor Katrin Vogel said on Monday that Europe must "
     "have a seat at any negotiation.", [("Julien Moreau", "demand"), ("Katrin Vogel", "demand")]),
    # a name after a preposition is no conjunct
    ("Ambassador Adlai Stevenson, who had just returned from Paris, and Mr. Kennedy asked Stevenson to "
     "search for a way out.", [("Kennedy", "demand")]),
    # a modal of reported speech is the reporter's demand; ", said Europe must…" is no inverted frame
    ("The EU's foreign policy chief, Marta Lindqvist, said Europe must be at the table when its security "
     "is discussed.", [("Marta Lindqvist", "demand")]),
    # a passive with no agent in a reported clause is the reporter's act
    ("Russia's ambassador, Alexander Belov, told reporters that European troops would never be accepted "
     "in Ukraine.", [("Alexander Belov", "rejection")]),
    # the one who insisted follows the noun
    ("The rule was enforced at the insistence of Senator Wayne Morse.", [("Wayne Morse", "demand")]),
    # no named party: no claim ("fears", "other regimes" are no actors)
    ("There are fears that accepting the plan could set a dangerous precedent for other regimes.", []),
]


@pytest.mark.parametrize("sentence, expected", CLAIMS_WITHOUT_AN_ISSUE,
                         ids=[s for s, _ in CLAIMS_WITHOUT_AN_ISSUE])
def test_a_named_partys_claim_needs_no_issue_of_the_codebook(sentence, expected):
    claims = sentence_claims(sentence)
    assert sorted(zip(claims.claimant, claims.form)) == sorted(expected)
    assert set(claims.issues) <= {""}


def test_a_pronoun_claimant_is_the_one_the_speakers_module_resolves():
    claims = text_claims("Title\n\nCharles Bellows, the defence counsel, spoke to the court on Monday. "
                         "He asked Judge James Parsons to grant a separate trial.\n")
    assert list(zip(claims.claimant, claims.form)) == [("Charles Bellows", "demand")]


def test_a_quoted_we_must_is_the_speakers_demand():
    claims = text_claims("Title\n\n\u201cWe must keep the state clean of corruption,\u201d Governor Richard Hughes "
                         "said.\n")
    assert list(zip(claims.claimant, claims.form)) == [("Richard Hughes", "demand")]


def test_a_body_named_by_its_common_noun_is_the_agent_of_a_passive():
    claims = text_claims("Title\n\nThe Fulton County Grand Jury said Friday the election was fair.\n\n"
                         "Implementation of the new title law was also recommended by the outgoing jury.\n")
    assert list(zip(claims.claimant, claims.form)) == [("Fulton County Grand Jury", "demand")]


def test_a_pronoun_after_a_fronted_phrase_and_a_possessive_pronoun_are_claimants():
    # "For medical research he asked": the pronoun is the subject, not part of "research"
    claims = text_claims("Title\n\nSenator Paul Harris spoke in Boston. For medical research he asked a "
                         "20 million dollar increase in grants.\n")
    assert list(zip(claims.claimant, claims.form)) == [("Paul Harris", "demand")]
    # "was adamant in his opposition to": the possessor makes the claim
    claims = text_claims("Title\n\nVice President Chen Cheng met the President. Chen was equally adamant "
                         "in his opposition to the admission of Outer Mongolia.\n")
    assert list(zip(claims.claimant, claims.form)) == [("Chen Cheng", "rejection")]


def test_agreement_units_keep_one_order_within_a_sentence():
    # two units of one sentence: their order must not follow the hash seed of a set
    claims = pd.DataFrame([{"sentence_id": "P02.S1", "side": side, "issues": "ceasefire", "position": 1,
                            "repeated_in": ""} for side in ("Ukraine", "Russia", "United States")])
    hand = pd.DataFrame([{"sentence_id": "P01.S1", "side": "Russia", "issue": "territory", "position": -1}])
    units = demands.agreement(claims, hand)
    assert list(zip(units.sentence_id, units.side)) == [
        ("P01.S1", "Russia"), ("P02.S1", "Russia"), ("P02.S1", "Ukraine"), ("P02.S1", "United States")]


# --- claimants resolved as the speakers module resolves speakers --------------

def test_a_role_noun_claimant_is_the_person_holding_the_office():
    # "Officials estimated" after a run-in cross-heading names no person who could be meant
    claims = text_claims("Title\n\nPresident John Kennedy spoke in Boston. Outlays would increase Officials "
                         "estimated the cost at 1 billion dollars.\n\nThe President recommended federal "
                         "grants for new medical schools.\n\nThe House passed its bill before the "
                         "President's urgent call for more.\n")
    assert list(zip(claims.claimant, claims.form)) == [("John Kennedy", "demand"), ("John Kennedy", "demand")]


def test_a_plural_possessor_makes_a_nominal_claim():
    claims = text_claims("Title\n\nThe deadlock has been caused by the Russians' new demand for a "
                         "veto over the ceasefire monitors.\n")
    assert list(claims.claimant) == ["Russians"]


def test_the_agent_of_a_past_office_holders_proposal():
    claims = text_claims("Title\n\nVandiver fought the issuance of rural roads bonds proposed by then "
                         "Gov. Marvin Griffin.\n")
    assert ("Marvin Griffin", "proposal") in set(zip(claims.claimant, claims.form))


def test_initials_set_with_spaces_name_the_state():
    claims = text_claims("Title\n\nApparently at the insistence of the U. S., the announcements "
                         "emphasized the informal nature of the meeting.\n")
    assert list(zip(claims.claimant, claims.form)) == [("United States", "demand")]


def test_a_noun_cue_ending_in_by_takes_the_maker_after_it():
    claims = text_claims("Title\n\nThe pari-mutuel bill was sent to the floor. It was one of a series of "
                         "recommendations by the Texas Research League.\n")
    assert list(zip(claims.claimant, claims.form)) == [("Texas Research League", "demand")]


def test_a_named_speakers_quoted_should_is_a_demand_whoever_is_to_act():
    claims = text_claims("Title\n\nThe Fulton County Grand Jury said Friday the election was fair.\n\n"
                         "However, the jury said it believes \u201cthese two offices should be combined to "
                         "reduce the cost of administration.\u201d\n")
    assert list(zip(claims.claimant, claims.form)) == [("Fulton County Grand Jury", "demand")]


def test_a_partys_instrument_makes_its_claim():
    claims = text_claims("Title\n\nRep. B. D. Pelham of Wilkes spoke on Friday. Pelham said his resolution "
                         "would seek to set aside the privilege resolution.\n")
    assert list(zip(claims.claimant, claims.form)) == [("B. D. Pelham", "demand")]
    # an aide is not an instrument: "his aides" are other persons
    claims = text_claims("Title\n\nRep. B. D. Pelham of Wilkes spoke on Friday. Pelham said his aides "
                         "would seek new elections.\n")
    assert "B. D. Pelham" not in set(claims.claimant)


def test_coordinated_predicates_share_their_subject():
    claims = text_claims("Title\n\nSenator Hubert Humphrey upped the ante, asked cloture power for a "
                         "mere majority of Senators.\n")
    assert list(zip(claims.claimant, claims.form)) == [("Hubert Humphrey", "demand")]
    claims = text_claims("Title\n\nRep. Clarence Cannon heard the news. He shouted, and rushed off to the "
                         "Speaker's Room to object: \u201cA dangerous precedent\u201d!!\n")
    assert list(zip(claims.claimant, claims.form)) == [("Clarence Cannon", "rejection")]


def test_a_party_in_parentheses_after_a_name_keeps_the_coordinated_subject():
    claims = text_claims("Title\n\nSenate Republican Leader Everett Dirksen (Ill.) and House Republican Leader "
                         "Charles Halleck (Ind.) said the message did not persuade them to change their "
                         "opposition to compulsory medical insurance.\n")
    assert set(zip(claims.claimant, claims.form)) == {("Everett Dirksen", "rejection"),
                                                      ("Charles Halleck", "rejection")}


def test_emissaries_of_two_states_speak_for_both():
    claims = text_claims("Title\n\nThe President also conferred with emissaries from Guatemala and Nepal "
                         "who are seeking more foreign aid.\n")
    assert set(zip(claims.claimant, claims.form)) == {("Guatemala", "demand"), ("Nepal", "demand")}
    # a place the subject came from is no party to its claim
    claims = text_claims("Title\n\nAdlai Stevenson, who had returned from Paris, and Dean Rusk urged a "
                         "ceasefire.\n")
    assert "France" not in set(claims.claimant)


def test_an_article_after_a_noun_opens_the_subject_of_a_reduced_relative():
    text = "Their view is that last-minute changes the Mayor is proposing only emphasize his weakness."
    toks = demands.tokens(text)
    span = demands.subject_span(text, toks, text.index("is proposing"))
    assert text[span[0]:span[1]] == "the Mayor"


def test_a_quoted_he_is_not_the_quotations_speaker():
    # McCauley reports what the old man wanted: the claim is not McCauley's
    claims = text_claims("Title\n\nJerry McCauley was on the plane.\n\n\u201cThe old man came from the front of "
                         "the plane and said he wanted four volunteers to go to Cuba,\u201d McCauley said.\n")
    assert "Jerry McCauley" not in set(claims.claimant)


def test_the_adverb_since_between_the_auxiliary_and_the_verb_keeps_the_subject():
    claims = text_claims("Truce talks\n\nIran has since accepted a partial truce at sea, diplomats in Oman said.\n")
    accepted = one(claims, "P02.S1")
    assert (accepted.claimant, accepted.form) == ("Iran", "acceptance")


def test_a_predicate_coordinated_after_another_claim_shares_its_subject():
    # "proposal" belongs to the state named before it; "would not agree" to the subject of "had"
    claims = text_claims("Truce talks\n\nThe Kremlin said it had doubts about a Turkish proposal for talks "
                         "and would not agree to a pause.\n")
    rows = claims[claims.sentence_id == "P02.S1"]
    assert ("Turkey", "proposal") in set(zip(rows.claimant, rows.form))
    assert ("Russia", "rejection") in set(zip(rows.claimant, rows.form))


def test_a_city_before_a_proposal_names_where_it_was_made_not_who_made_it():
    claims = text_claims("Truce talks\n\nThe envoys discussed the Istanbul proposal on Monday.\n")
    assert "Istanbul" not in set(claims.claimant) and "Turkey" not in set(claims.claimant)


def test_a_description_set_off_by_commas_leaves_the_name_before_it_the_subject():
    claims = text_claims("Truce talks\n\nSen. Ann Lowe of Maine, a member of the Armed Services Committee, "
                         "urged the government to send more aid.\n")
    urged = one(claims, "P02.S1")
    assert (urged.claimant, urged.form) == ("Ann Lowe", "demand")


def test_a_bare_verb_after_but_joins_the_verb_of_its_own_form():
    # "warned" is coordinated with "said" (both past), not with "would study"
    claims = text_claims("Truce talks\n\nKremlin aide Ivan Petrov said Moscow would study the ideas "
                         "but warned against haste.\n")
    warned = one(claims, "P02.S1")
    assert (warned.claimant, warned.form) == ("Ivan Petrov", "warning")

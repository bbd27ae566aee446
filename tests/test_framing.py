"""Tests of the framing coder, its knowledge tables and its agreement measures.

Expected values come from reading the sentences (seed and short texts written
here), and the agreement figures from arithmetic done by hand in the comments.
"""
import math
import re

import pandas as pd
import pytest

from scripts import framing
from scripts.analyze import main as analyze_main
from scripts.paths import DATA, ROOT, primary_article
from scripts.reader import parse, read_article

GENERIC = {"conflict", "responsibility", "human-interest", "economic-consequences", "morality"}
POLICY = {"economic", "capacity-and-resources", "morality", "fairness-and-equality", "legality",
          "policy-prescription", "crime-and-punishment", "security-and-defense",
          "health-and-safety", "quality-of-life", "cultural-identity", "public-opinion",
          "political", "external-regulation", "other"}
ENTMAN = {"problem-definition", "causal-diagnosis", "moral-evaluation", "treatment-recommendation"}


@pytest.fixture(scope="module")
def seed():
    return read_article(primary_article())


@pytest.fixture(scope="module")
def coded(seed):
    return framing.code_frames(seed)


def frames_of(coded, sentence_id, scheme):
    return set(coded.loc[(coded.sentence_id == sentence_id) & (coded.scheme == scheme), "frame"])


def bib_keys():
    text = (ROOT / "book" / "references.bib").read_text(encoding="utf-8")
    return set(re.findall(r"@\w+\{([^,]+),", text))


# ---------------------------------------------------------------- codebook

def test_codebook_is_complete():
    book = framing.load_codebook()
    assert {f.id for f in book.generic} == GENERIC
    assert {f.id for f in book.policy} == POLICY and len(book.policy) == 15
    assert {f.id for f in book.entman} == ENTMAN
    for frame in book.generic + book.policy + book.entman:
        assert frame.definition and frame.label and frame.source in bib_keys(), frame.id
        # 'other' is the residual dimension: a human coder's choice, no cues
        assert bool(frame.cues) != frame.residual, frame.id
    # Semetko & Valkenburg's yes/no questions, about 20 in all
    assert all(len(f.questions) >= 3 for f in book.generic)
    assert sum(len(f.questions) for f in book.generic) >= 18
    for frame in book.generic + book.policy + book.entman:
        for cue in frame.cues:
            re.compile(cue)


def test_knowledge_tables_cite_sources_and_are_general():
    keys = bib_keys()
    for name in ("hedges.csv", "evaluative_lexicon.csv", "anonymous_sources.csv"):
        table = pd.read_csv(DATA / name, dtype=str, keep_default_na=False)
        assert len(table) > 10 and set(table["source"]) <= keys, name
    everything = "".join((DATA / name).read_text(encoding="utf-8").lower() for name in (
        "hedges.csv", "evaluative_lexicon.csv", "anonymous_sources.csv", "frames_codebook.yaml"))
    for name in ("witkoff", "ushakov", "zakharova", "sudzha", "kursk", "jeddah", "lukashenko"):
        assert name not in everything


def test_hand_coding_covers_every_seed_sentence_with_codebook_codes(seed):
    hand = framing.read_hand_coding(framing.hand_coding_path(seed))
    assert list(hand.sentence_id) == [s.id for s in seed.sentences]
    long = framing.hand_long(hand)
    assert set(long.loc[long.scheme == "generic", "frame"]) <= GENERIC
    assert set(long.loc[long.scheme == "policy", "frame"]) <= POLICY
    assert set(hand.primary_dimension) <= POLICY
    assert set(hand.hedged) == {"yes", "no"}
    # the primary dimension is one of the sentence's dimensions
    for row in hand.itertuples():
        assert row.primary_dimension in row.policy_frames.split(";"), row.sentence_id


# ---------------------------------------------------------------- seed sentences

def test_zakharova_warning_is_conflict_and_security(coded, seed):
    # P11.S2: "...reiterated Moscow's opposition to the deployment of foreign troops...
    # warning that such a move ... would trigger a military response."
    assert "military response" in seed.sentence("P11.S2").text
    assert "conflict" in frames_of(coded, "P11.S2", "generic")
    assert "security-and-defense" in frames_of(coded, "P11.S2", "policy")


def test_headline_is_conflict(coded):
    # "Russia's Reluctance: The Challenges of Achieving a Ukraine Ceasefire..."
    assert "conflict" in frames_of(coded, "P01.S1", "generic")


def test_bitter_pill_is_evaluative(seed):
    evaluative = framing.evaluative_language(seed)
    words = set(evaluative.loc[evaluative.sentence_id == "P23.S1", "words"].str.lower())
    assert "bitter pill to swallow" in words
    # "ironclad security guarantees" (P23.S3) and "dangerous precedent" (P25.S2)
    assert "ironclad" in set(evaluative.loc[evaluative.sentence_id == "P23.S3", "words"])
    assert "dangerous precedent" in set(evaluative.loc[evaluative.sentence_id == "P25.S2", "words"])


def test_hedges_and_boosters_on_seed(seed):
    h = framing.hedges(seed).set_index("sentence_id")
    # "Observers suggest that Putin may use the opportunity..."
    assert h.loc["P14.S2", "hedged"] and {"suggest", "may"} <= set(h.loc["P14.S2", "hedges"].split("; "))
    # "...is expected to comment..."
    assert "is expected to" in h.loc["P14.S1", "hedges"]
    # "...officials in Moscow appear disinclined..."
    assert "appear" in h.loc["P06.S2", "hedges"]
    # "Ushakov made it clear": a booster, not a hedge
    assert not h.loc["P05.S1", "hedged"] and "made it clear" in h.loc["P05.S1", "boosters"]
    # "The Russia-Ukraine ceasefire negotiations remain fraught with challenges."
    assert not h.loc["P31.S1", "hedged"]


def test_named_and_unnamed_sources_on_seed(seed):
    s = framing.sources(seed)
    by = lambda sid: s[s.sentence_id == sid]
    # "Kremlin sources claim": veiled, and the verb distances the reporter
    assert set(by("P28.S2").attribution) == {"unnamed"} and set(by("P28.S2").stance) == {"distancing"}
    assert set(by("P14.S2").attribution) == {"unnamed"}          # "Observers suggest"
    assert set(by("P21.S1").attribution) == {"unnamed"}          # "Some analysts believe"
    assert set(by("P29.S1").attribution) == {"unnamed"}          # "Russian military officials announced"
    # "There are fears that...": agentless, found by the veiled patterns
    assert by("P25.S2").iloc[0].found_by == "veiled attribution"
    assert by("P25.S2").iloc[0].attribution == "unnamed"
    assert "Yuri Ushakov" in set(by("P05.S1").source) and set(by("P05.S1").attribution) == {"named"}
    assert "Maria Zakharova" in set(by("P11.S2").source)
    assert {"Reuters", "Bloomberg"} <= set(by("P15.S1").source)  # "Reports from Reuters and Bloomberg"


def test_seed_profile_is_conflict_led(coded, seed):
    profile = framing.frame_profile(coded, seed)
    assert framing.primary_frame(profile, "generic") == "conflict"
    assert len(profile) == 20 and profile["share"].between(0, 1).all()
    # no human face and no money in this article
    shares = profile.set_index(["scheme", "frame"])["share"]
    assert shares[("generic", "human-interest")] == 0


# ---------------------------------------------------------------- other texts

ECONOMIC = """Drought sends food prices soaring across East Africa
Wheat and maize prices in Kenya rose by a third last month, and economists expect inflation to climb further.
The central bank said the cost of imports had doubled as the shilling fell against the dollar.
Exporters of tea and coffee reported losses of millions of dollars, and the finance ministry cut its budget forecast.
Farmers say the market for their crops has collapsed, and investment in new irrigation has stalled.
"""

HUMAN = """A grandmother waits for news of her son
Amina, a 72-year-old widow, sits by the window of her small flat every evening.
Her son left for the front two years ago; she keeps his letters in a tin box by her bed.
"I cry when the telephone rings," she says, wiping away tears.
Her neighbours bring bread and sit with her, and the children of the building call her grandmother.
"""

OTHER_CONFLICT = """Army and militia clash near the border
Government troops and a rebel militia fought for a third day near the border town, the army said.
The rebels rejected the latest ceasefire offer and accused the government of attacks on civilians.
Both sides claim victory, while aid agencies warn that thousands have fled the fighting.
"""


def test_economic_story_has_economic_frames():
    article = parse(ECONOMIC)
    coded = framing.code_frames(article)
    profile = framing.frame_profile(coded, article)
    assert framing.primary_frame(profile, "generic") == "economic-consequences"
    assert framing.primary_frame(profile, "policy") == "economic"


def test_human_interest_story_has_human_interest_frame():
    article = parse(HUMAN)
    coded = framing.code_frames(article)
    profile = framing.frame_profile(coded, article)
    assert framing.primary_frame(profile, "generic") == "human-interest"
    assert "conflict" not in set(coded.loc[coded.scheme == "generic", "frame"])


def test_other_conflict_story():
    article = parse(OTHER_CONFLICT)
    coded = framing.code_frames(article)
    profile = framing.frame_profile(coded, article)
    assert framing.primary_frame(profile, "generic") == "conflict"
    assert framing.primary_frame(profile, "policy") == "security-and-defense"


def test_primary_dimension_breaks_ties_by_position():
    article = parse("Title line here\nThe army moved troops while the government held talks.\n")
    coded = framing.code_frames(article)
    primary = framing.primary_dimensions(coded, article)
    # security: army, troops (2 cues); political: government, talks (2 cues): army comes first
    assert primary[article.sentences[1].id] == "security-and-defense"


# ---------------------------------------------------------------- agreement

def test_cohen_kappa_by_hand():
    # binary: observed 8/10 = .8; both coders say yes 4 times in 10:
    # p_e = .4*.4 + .6*.6 = .52; kappa = (.8 - .52) / (1 - .52) = .28 / .48 = 0.58333
    a = [1, 1, 0, 0, 1, 0, 0, 0, 1, 0]
    b = [1, 0, 0, 0, 1, 1, 0, 0, 1, 0]
    assert framing.cohen_kappa(a, b) == pytest.approx(0.28 / 0.48)
    # three labels: observed 4/5 = .8; p_e = .4*.2 + .4*.6 + .2*.2 = .36; kappa = .44/.64
    assert framing.cohen_kappa("AABBC", "ABBBC") == pytest.approx(0.6875)
    assert framing.cohen_kappa([1, 1], [1, 1]) != framing.cohen_kappa([1, 1], [1, 1])  # NaN


def test_kappa_label_follows_landis_and_koch():
    assert framing.kappa_label(-0.1) == "poor"
    assert framing.kappa_label(0.15) == "slight"
    assert framing.kappa_label(0.55) == "moderate"
    assert framing.kappa_label(0.76) == "substantial"
    assert framing.kappa_label(0.9) == "almost perfect"
    assert framing.kappa_label(float("nan")) == "undefined"


def _four_hand_coded_sentences() -> pd.DataFrame:
    return pd.DataFrame({
        "sentence_id": ["S1", "S2", "S3", "S4"],
        "generic_frames": ["conflict", "conflict;morality", "conflict", ""],
        "policy_frames": ["political", "", "", "political"],
        "primary_dimension": ["political", "other", "other", "political"],
        "hedged": ["no"] * 4, "note": [""] * 4,
    })


def test_agreement_by_hand():
    hand = _four_hand_coded_sentences()
    auto = pd.DataFrame({
        "sentence_id": ["S1", "S2", "S4", "S4", "S9"],
        "frame": ["conflict", "conflict", "conflict", "political", "conflict"],
        "cues": ["war", "fight", "clash", "talks", "war"],
        "scheme": ["generic", "generic", "generic", "policy", "generic"],
    })
    result = framing.agreement(auto, hand)
    row = result.per_frame.set_index(["scheme", "frame"]).loc[("generic", "conflict")]
    # conflict: hand S1 S2 S3, auto S1 S2 S4 (S9 is not a hand-coded sentence)
    # tp 2, fp 1, fn 1: precision = recall = F1 = 2/3
    assert (row.hand, row.auto, row.both) == (3, 3, 2)
    assert row.precision == pytest.approx(2 / 3) and row.recall == pytest.approx(2 / 3)
    assert row.f1 == pytest.approx(2 / 3)
    # observed 2/4 = .5; p_e = .75*.75 + .25*.25 = .625; kappa = -.125/.375
    assert row.kappa == pytest.approx(-1 / 3)
    morality = result.per_frame.set_index(["scheme", "frame"]).loc[("generic", "morality")]
    assert morality.recall == 0 and math.isnan(morality.precision)
    political = result.per_frame.set_index(["scheme", "frame"]).loc[("policy", "political")]
    assert political.recall == pytest.approx(0.5) and political.precision == 1
    d = result.disagreements
    assert set(zip(d.sentence_id, d.frame, d.coded_by)) == {
        ("S3", "conflict", "hand only"), ("S4", "conflict", "auto only"),
        ("S2", "morality", "hand only"), ("S1", "political", "hand only")}
    # pooled over the 4 x 5 generic cells: tp 2, fp 1, fn 2
    pooled = result.pooled.set_index("scheme").loc["generic"]
    assert pooled.cells == 20 and pooled.recall == pytest.approx(0.5)
    assert pooled.precision == pytest.approx(2 / 3)


def test_disagreements_by_frame_keep_every_sentence_and_cue():
    # the chapter's table shows the disagreements one row per frame; no sentence, side of the
    # disagreement or cue may be lost on the way
    hand = _four_hand_coded_sentences()
    auto = pd.DataFrame({
        "sentence_id": ["S1", "S2", "S4", "S4"],
        "frame": ["conflict", "conflict", "conflict", "political"],
        "cues": ["war", "fight", "clash; war", "talks"],
        "scheme": ["generic", "generic", "generic", "policy"],
    })
    codebook = framing.load_codebook()
    labels = {f.id: f.label for scheme in framing.SCHEMES for f in codebook.frames(scheme)}
    table = framing.disagreements_by_frame(framing.agreement(auto, hand).disagreements, codebook,
                                           link=lambda i: f"<{i}>").set_index("frame")
    # conflict: S3 by hand only; S4 by the coder only, on the cues "clash" and "war"
    assert table.loc[labels["conflict"], "missed"] == "1: <S3>"
    assert table.loc[labels["conflict"], "added"] == "1: <S4> (clash; war)"
    assert table.loc[labels["morality"], "missed"] == "1: <S2>" and table.loc[labels["morality"], "added"] == "none"
    assert table.loc[labels["political"], "missed"] == "1: <S1>"
    # frames on which the coders agree have no row
    assert len(table) == 3


def test_agreement_on_seed_is_reported(seed, coded):
    hand = framing.read_hand_coding(framing.hand_coding_path(seed))
    result = framing.agreement(coded, hand)
    conflict = result.per_frame.set_index(["scheme", "frame"]).loc[("generic", "conflict")]
    assert conflict.hand == (hand.generic_frames.str.contains("conflict")).sum()
    assert -1 <= conflict.kappa <= 1


# ---------------------------------------------------------------- tone, tables

def test_tone_is_per_sentence_and_by_actor(seed):
    tone = framing.sentence_tone(seed)
    assert len(tone) == len(seed.sentences) and tone.compound.between(-1, 1).all()
    by_section = framing.tone_by_section(tone, seed)
    assert list(by_section.section) == framing.sections(seed)
    assert by_section.sentences.sum() == len(seed.sentences)
    mentions = pd.DataFrame({"actor": ["A", "A", "A", "B"],
                             "sentence_id": ["P05.S1", "P05.S1", "P11.S2", "P11.S2"]})
    by_actor = framing.tone_by_actor(tone, mentions).set_index("actor")
    score = tone.set_index("sentence_id").compound
    # A is named in two distinct sentences; repeated mentions count once
    assert by_actor.loc["A", "sentences"] == 2
    assert by_actor.loc["A", "mean"] == pytest.approx((score["P05.S1"] + score["P11.S2"]) / 2)
    assert by_actor.loc["B", "mean"] == pytest.approx(score["P11.S2"])


def test_sections_heatmap_table_and_headline(seed, coded):
    table = framing.frames_by_section(coded, seed)
    assert list(table.index) == framing.sections(seed)
    assert table.to_numpy().min() >= 0 and table.to_numpy().max() <= 1
    split = framing.headline_vs_body(coded, seed).set_index(["scheme", "frame"])
    # two headline sentences (title, standfirst), both coded conflict
    assert split.loc[("generic", "conflict"), "headline_sentences"] == 2
    assert split.loc[("generic", "conflict"), "headline"] == 1.0


def test_entman_functions_for_dominant_frame(seed, coded):
    functions = framing.entman_functions(coded, seed)
    assert set(functions.function) == ENTMAN
    moral = functions[functions.function == "moral-evaluation"]
    assert "P25.S2" in set(moral.sentence_id)   # "dangerous precedent"


def test_analyze_writes_frames_csv(tmp_path):
    assert analyze_main([str(primary_article()), "--out", str(tmp_path)]) == 0
    frames = pd.read_csv(tmp_path / "frames.csv")
    assert {"sentence_id", "frame", "cues", "scheme"} <= set(frames.columns)
    assert set(frames.scheme) <= {"generic", "policy"}


def test_sources_in_another_shape():
    # typographic quotes, inverted attribution, a veiled diplomat, another conflict
    article = parse(
        "Talks stall in Addis Ababa\n"
        "\u201cWe will not accept a one-sided deal,\u201d said Redwan Hussien, the government negotiator.\n"
        "According to a senior Western diplomat, the rebels are likely to reject the offer.\n"
        "Rebel spokesman Getachew Reda told reporters the army had shelled villages.\n")
    s = framing.sources(article).set_index("sentence_id")
    ids = [x.id for x in article.sentences]
    assert s.loc[ids[1], "source"] == "Redwan Hussien" and s.loc[ids[1], "attribution"] == "named"
    # "According to a senior Western diplomat": veiled; the attribution is "according to",
    # not "reject", which is what the rebels are said to do
    assert s.loc[ids[2], "attribution"] == "unnamed"
    assert s.loc[ids[2], "source"] == "a senior Western diplomat"
    assert s.loc[ids[2], "verb"] == "According to"
    assert s.loc[ids[3], "source"] == "Getachew Reda"
    h = framing.hedges(article).set_index("sentence_id")
    assert "likely" in h.loc[ids[2], "hedges"] and not h.loc[ids[1], "hedged"]
    coded = framing.code_frames(article)
    assert "conflict" in frames_of(coded, ids[3], "generic")      # "shelled villages"
    assert "conflict" in frames_of(coded, ids[2], "generic")      # "reject the offer"


def test_sentence_agreement_by_hand():
    article = parse("A title line\nThe army may attack.\nThe talks went on.\n")
    ids = [s.id for s in article.sentences]
    coded = framing.code_frames(article)
    hand = pd.DataFrame({"sentence_id": ids, "generic_frames": ["", "conflict", ""],
                         "policy_frames": ["political", "security-and-defense", "political"],
                         "primary_dimension": ["political", "security-and-defense", "political"],
                         "hedged": ["no", "yes", "yes"], "note": [""] * 3})
    result = framing.sentence_agreement(coded, hand, article).set_index("judgement")
    # the title has no cue: automatic primary '' against 'political'; the other two agree
    assert result.loc["primary dimension", "agreed"] == 2
    # hedged: auto no/yes/no against hand no/yes/yes: observed 2/3;
    # p_e = (1/3)(2/3) + (2/3)(1/3) = 4/9; kappa = (2/3 - 4/9) / (5/9) = 0.4
    assert result.loc["hedged", "agreed"] == 2
    assert result.loc["hedged", "kappa"] == pytest.approx(0.4)


def test_cue_list_accounts_for_every_counted_cue():
    # P11.S2 "Russian Foreign Ministry spokeswoman ... deployment of foreign troops": "foreign"
    # matches twice, and the cues column says so (n_cues counts both)
    rows = {r["frame"]: r for r in framing.code_text(
        "The foreign minister rejected foreign aid and foreign troops.")}
    assert rows["external-regulation"]["n_cues"] == 3
    assert rows["external-regulation"]["cues"] == "foreign \u00d73"
    seed_rows = framing.code_frames(read_article(primary_article()))
    row = seed_rows[(seed_rows.sentence_id == "P11.S2") & (seed_rows.frame == "external-regulation")].iloc[0]
    assert (row.cues, row.n_cues) == ("foreign \u00d72", 2)


def test_the_two_codings_side_by_side_on_hand_made_codes():
    article = parse("Talks on the war\n\nThe war goes on. The talks go on. The army waits there. "
                    "The town is quiet.\n", "t.txt")
    ids = [s.id for s in article.sentences]             # the title and four body sentences
    assert len(ids) == 5
    hand = pd.DataFrame({"sentence_id": ids, "generic_frames": ["conflict"] * 4 + [""],
                         "policy_frames": ["political", "political", "political", "", ""],
                         "primary_dimension": [""] * 5, "hedged": ["no"] * 5, "note": [""] * 5})
    auto = pd.DataFrame({"sentence_id": ids[:2] + ids[:3], "scheme": ["generic"] * 2 + ["policy"] * 3,
                         "frame": ["conflict"] * 2 + ["policy-prescription"] * 3, "cues": [""] * 5})
    contrast = framing.coding_contrast(auto, hand, article).set_index(["scheme", "frame"])
    assert (contrast.loc[("generic", "conflict"), "auto_sentences"],
            contrast.loc[("generic", "conflict"), "hand_sentences"]) == (2, 4)
    assert contrast.loc[("generic", "conflict"), "hand_share"] == pytest.approx(4 / 5)
    line = framing.contrast_line(framing.coding_contrast(auto, hand, article))
    # one statement of both figures for each headline: the leader's share, and which dimension leads
    assert line.startswith("By hand, conflict leads the generic frames in 80% of the sentences, where the "
                           "automatic coder finds it in 40%")
    assert "the hand coding puts political first among the policy dimensions (60%; automatic 0%)" in line
    assert "where the automatic coder puts policy prescription and evaluation (60%; by hand 0%)" in line
    # two codings that agree give no contrast
    hand_as_auto = framing.hand_long(hand).assign(cues="")
    assert framing.contrast_line(framing.coding_contrast(hand_as_auto, hand, article)) == ""


def test_seed_headline_figures_by_each_coding(seed, coded):
    # Table of agreement (hand/auto per frame): conflict coded in 42 sentences by hand, 30 by the
    # coder; political 34 by hand, policy prescription 29 by the coder
    hand = framing.read_hand_coding(framing.hand_coding_path(seed))
    contrast = framing.coding_contrast(coded, hand, seed).set_index("frame")
    per_frame = framing.agreement(coded, hand).per_frame.set_index("frame")
    for frame in ("conflict", "political", "policy-prescription"):
        assert contrast.loc[frame, "hand_sentences"] == per_frame.loc[frame, "hand"]
        assert contrast.loc[frame, "auto_sentences"] == per_frame.loc[frame, "auto"]
    line = framing.contrast_line(framing.coding_contrast(coded, hand, seed))
    assert "conflict" in line and "political first" in line and "policy prescription" in line

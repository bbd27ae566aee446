"""The brief: positions per party and issue, the gap between parties, and the summary.

Expected values come from reading the sentences: each seed expectation names
the sentence it rests on.
"""
import re

import pandas as pd
import pytest

from scripts import briefing
from scripts.analyze import tables_for
from scripts.reader import parse


def brief_of(text):
    return tables_for(parse("Talks on the war\n\n" + text + "\n", "brief.txt"))


# --- generated prose agrees in number -------------------------------------------

def test_agreement_in_number():
    assert briefing.counted(1, "claim") == "1 claim"
    assert briefing.counted(2, "claim") == "2 claims"
    assert briefing.counted(0, "party", "parties") == "0 parties"
    assert f"1 {briefing.agree(1, 'is', 'are')}" == "1 is"
    assert f"2 {briefing.agree(2, 'is', 'are')}" == "2 are"
    assert briefing.series(["a"]) == "a" and briefing.series(["a", "b", "c"]) == "a, b and c"


def test_summary_markdown_sets_party_names_in_bold():
    made = briefing.Summary(("Russia: against a ceasefire now (on record: X).", "Apart on 1 issue: x."))
    assert briefing.summary_markdown(made) == ("**Russia:** against a ceasefire now (on record: X).\n\n"
                                              "Apart on 1 issue: x.")


def test_names_that_take_the_article():
    assert briefing.named("United States") == "the United States"
    assert briefing.named("United States", start=True) == "The United States"
    assert briefing.named("Russia") == "Russia"


# --- who a claim is about ---------------------------------------------------------

def test_the_target_is_the_first_party_the_claim_names():
    actors = pd.DataFrame([
        {"actor": "Russia", "type": "state", "side": "Russia", "aliases": "Russia; Moscow; Russian"},
        {"actor": "Ukraine", "type": "state", "side": "Ukraine", "aliases": "Ukraine; Kyiv; Ukrainian"},
        {"actor": "United States", "type": "state", "side": "United States", "aliases": "U.S.; US"}])
    assert briefing.claim_target("A halt to Western military aid to Kyiv", "Russia", actors) == ("Ukraine", True)
    assert briefing.claim_target("recognition of Russia's annexation of Crimea", "Russia", actors) \
        == ("Russia", True)
    # no party named: the claimant wants it for itself
    assert briefing.claim_target("demanding far-reaching security guarantees", "Russia", actors) \
        == ("Russia", False)
    # the agent of a passive made the claim; the claim is not about it
    assert briefing.claim_target("a ceasefire, proposed by the U.S.", "Ukraine", actors) == ("Ukraine", False)


def test_a_conditional_claim_leans_the_way_its_form_does():
    assert briefing.lean("rejection", 0) == -1     # unwilling to concede territory without assurances
    assert briefing.lean("demand", 0) == 1
    assert briefing.lean("demand", -1) == -1       # a demand for a halt to something


# --- the gap on short texts ------------------------------------------------------

def test_opposed_when_one_party_is_for_and_another_against():
    tables = brief_of("Russian President Vladimir Putin said that Russia rejects a ceasefire. "
                      "Ukrainian President Volodymyr Zelenskyy said that Ukraine accepts a ceasefire.")
    gap = briefing.gaps(briefing.stance_cells(tables)).set_index("issue")
    assert gap.loc["ceasefire", "relation"] == "opposed"
    assert gap.loc["ceasefire", "for"] == "Ukraine" and gap.loc["ceasefire", "against"] == "Russia"


def _cell(party, issue, lean, conditional=False, condition="", voice="writer"):
    """One hand-made stance cell (the columns gaps() reads)."""
    return {"party": party, "issue": issue, "stance": "for" if lean == 1 else "against", "lean": lean,
            "conditional": conditional, "condition": condition, "target": party, "target_named": False,
            "voice": voice, "party_voice": voice in briefing.PARTY_VOICES, "delivery": "", "hedge": "",
            "sources": "", "claims": 1, "sentence_ids": "P01.S1", "reading": "", "reading_ids": "", "body": ""}


@pytest.mark.parametrize("issue", ["territory and recognition", "peace settlement", "ceasefire"])
def test_a_conditional_stance_reads_the_same_on_every_issue(issue):
    # "A for; B against unless its terms are met" is one relation whatever the issue,
    # the deal as a whole (the codebook's fallback issue) included
    conditional = pd.DataFrame([_cell("A", issue, 1, voice="own words"),
                                _cell("B", issue, -1, True, "without assurances")])
    outright = pd.DataFrame([_cell("A", issue, 1, voice="own words"), _cell("B", issue, -1)])
    assert briefing.gaps(conditional).relation.tolist() == [briefing.CONDITIONALLY_OPPOSED]
    assert briefing.gaps(outright).relation.tolist() == ["opposed"]
    # a conditional stance on the side that is for reads alike ("for a deal that respects X")
    turned = pd.DataFrame([_cell("A", issue, 1, True, "that respects X"), _cell("B", issue, -1)])
    assert briefing.gaps(turned).relation.tolist() == [briefing.CONDITIONALLY_OPPOSED]
    # both relations are gaps the brief names
    assert len(briefing.contested(briefing.gaps(conditional))) == 1


def test_the_deal_as_a_whole_is_apart_beside_named_issues_by_the_same_rule():
    cells = pd.DataFrame([_cell("A", "ceasefire", 1), _cell("B", "ceasefire", -1),
                          _cell("A", "peace settlement", 1), _cell("B", "peace settlement", -1, True, "that X"),
                          _cell("C", "peace settlement", -1, True, "that Y")])
    gap = briefing.gaps(cells).set_index("issue").relation
    assert gap["ceasefire"] == "opposed" and gap["peace settlement"] == briefing.CONDITIONALLY_OPPOSED
    # opposed issues are told first
    assert briefing.contested(briefing.gaps(cells)).issue.tolist() == ["ceasefire", "peace settlement"]
    assert briefing.gap_count_line(briefing.gaps(cells)) == (
        "Apart on 2 issues of 2: opposed on ceasefire; conditionally opposed on peace settlement.")


def test_for_different_things_when_each_wants_guarantees_for_itself():
    tables = brief_of("Russian President Vladimir Putin said that Russia demands security guarantees. "
                      "Ukrainian President Volodymyr Zelenskyy said that Ukraine demands security guarantees.")
    cells = briefing.stance_cells(tables).set_index("party")
    assert cells.loc["Russia", "stance"] == cells.loc["Ukraine", "stance"] == "for"
    assert cells.loc["Russia", "target"] == "Russia" and cells.loc["Ukraine", "target"] == "Ukraine"
    gap = briefing.gaps(briefing.stance_cells(tables)).set_index("issue")
    assert gap.loc["security guarantees", "relation"] == "for different things"
    # each is for its own; neither is said to oppose the other's
    assert gap.loc["security guarantees", "detail"] == ("Russia for security guarantees for Russia, "
                                                        "Ukraine for security guarantees for Ukraine")


def test_a_ceasefire_both_want_is_shared_whoever_proposed_it():
    tables = brief_of("Russian President Vladimir Putin said that Russia accepts a ceasefire. "
                      "Ukrainian President Volodymyr Zelenskyy said that Ukraine accepts a ceasefire.")
    gap = briefing.gaps(briefing.stance_cells(tables)).set_index("issue")
    assert gap.loc["ceasefire", "relation"] == "shared"


def test_a_party_heard_only_through_the_writer_has_no_position_of_its_own():
    tables = brief_of("Russian President Vladimir Putin said that Russia rejects a ceasefire. "
                      "Ukraine's stance seeks security guarantees.")
    cells = briefing.stance_cells(tables).set_index("party")
    assert cells.loc["Russia", "party_voice"] and cells.loc["Russia", "voice"] == "own words"
    assert not cells.loc["Ukraine", "party_voice"] and cells.loc["Ukraine", "voice"] == "writer"
    text = briefing.summary(tables).text
    assert "Ukraine: no position in its own words or a named source." in text
    assert "Russia: against a ceasefire now (Vladimir Putin, paraphrased)." in text


# --- the seed ----------------------------------------------------------------------

@pytest.fixture(scope="module")
def seed_tables(seed):
    return tables_for(seed)


@pytest.fixture(scope="module")
def seed_cells(seed_tables):
    return briefing.stance_cells(seed_tables)


def cell(cells, party, issue):
    found = cells[(cells.party == party) & (cells.issue == issue)]
    assert len(found) == 1, (party, issue)
    return found.iloc[0]


def test_seed_russia_rejects_the_ceasefire_in_its_own_words(seed_cells):
    # P05.S1 "Ushakov made it clear that Russia does not see value in a 30-day ceasefire"
    c = cell(seed_cells, "Russia", "ceasefire")
    assert (c.stance, c.voice) == ("against", "own words") and "P05.S1" in c.sentence_ids


def quoted_sentences(seed) -> set[str]:
    """Sentences of the article with a passage in quotation marks."""
    return {s.id for s in seed.sentences if re.search(r'["\u201c]', s.text)}


def test_seed_own_words_say_whether_quoted_or_paraphrased(seed, seed_tables, seed_cells):
    # the article quotes one passage, Ushakov's P05.S2 ("steps that merely imitate peaceful
    # actions ..."); P05.S1 Ushakov "made it clear", P11.S2 Zakharova "reiterated" and P23.S3
    # Zelenskyy "has made it clear" are the writer's report of what they said
    assert quoted_sentences(seed) == {"P05.S2"}
    assert cell(seed_cells, "Russia", "ceasefire").delivery == "quoted and paraphrased"   # P05.S1, P05.S2
    assert cell(seed_cells, "Russia", "foreign troops and peacekeepers").delivery == "paraphrased"
    assert cell(seed_cells, "Ukraine", "security guarantees").delivery == "paraphrased"
    assert cell(seed_cells, "Russia", "military aid").delivery == ""          # a named source, not its own
    text = briefing.summary(seed_tables).text
    assert "on record" not in text
    assert "(Maria Zakharova, paraphrased)" in text and "(Volodymyr Zelenskyy, paraphrased)" in text
    assert "(Yuri Ushakov, quoted and paraphrased;" in text
    table = briefing.party_issue_table(seed_cells).set_index("party")
    assert table.loc["Ukraine", "security guarantees"].startswith("for (Ukraine's); own side, paraphrased: ")
    assert "own words" not in " ".join(table.stack())


def test_seed_russian_terms_rest_on_reuters_and_bloomberg(seed_cells):
    # P15.S1 "Reports from Reuters and Bloomberg indicate that Russia has outlined several demands"
    for issue, stance, target in [("military aid", "against", "Ukraine"),          # P17.S1 ... to Kyiv
                                  ("alliance membership", "against", "Ukraine"),   # P18.S1
                                  ("demilitarization", "for", "Ukraine"),          # P16.S1
                                  ("territory and recognition", "for", "Russia")]:  # P20.S1 Russia's annexation
        c = cell(seed_cells, "Russia", issue)
        assert (c.stance, c.voice, c.target) == (stance, "named source", target)
        assert c.sources == "Reuters; Bloomberg"


def test_seed_guarantees_each_for_itself(seed_cells):
    # P23.S3 Zelenskyy: "any peace deal must come with ironclad security guarantees" (for Ukraine)
    # P05.S3 / P32.S1: the writer says Russia seeks guarantees (for Russia)
    ukraine, russia = cell(seed_cells, "Ukraine", "security guarantees"), cell(seed_cells, "Russia",
                                                                              "security guarantees")
    assert (ukraine.stance, ukraine.target, ukraine.voice) == ("for", "Ukraine", "own words")
    assert (russia.stance, russia.target, russia.voice) == ("for", "Russia", "writer")
    gap = briefing.gaps(seed_cells).set_index("issue")
    assert gap.loc["security guarantees", "relation"] == "for different things"
    assert gap.loc["ceasefire", "relation"] == "opposed"
    assert gap.loc["foreign troops and peacekeepers", "relation"] == "opposed"   # P11.S1 vs P11.S2


def test_every_view_of_the_gap_gives_the_same_contested_issues(seed, seed_tables, seed_cells):
    from scripts import findings
    # read in the text: ceasefire (P05.S1 Russia against, P08.S2 Ukraine for), foreign troops
    # (P11.S2 against, P11.S1 for), territory (P20.S1 recognition for Russia, P32.S1 Ukraine
    # unwilling to concede "without ironclad assurances"), security guarantees (P05.S3 for
    # Russia, P23.S3 for Ukraine) and a deal (P03.S2, P31.S2 the U.S. pushes for one; P06.S1,
    # P09.S2 Russia and P26.S1 Europe wary only of a deal "that does not..."/"that would...")
    expected = {"ceasefire", "foreign troops and peacekeepers", "territory and recognition",
                "security guarantees", "peace settlement"}
    gap_table = briefing.gaps(seed_cells)
    assert set(briefing.contested(gap_table).issue) == expected
    relation = gap_table.set_index("issue").relation
    # Ukraine's and Russia's and Europe's conditions make territory and the deal alike
    assert relation["territory and recognition"] == relation["peace settlement"] == briefing.CONDITIONALLY_OPPOSED
    # the chapters' tables show the gap table: its relations give the same issues
    assert set(gap_table[gap_table.relation.isin(briefing.APART)].issue) == expected
    line = briefing.gap_line(gap_table)
    assert line.startswith("Apart on 5 issues:")
    assert {briefing.issue_label(i) for i in expected} == set(re.findall(r"(?:: |; )([a-z ]+) \(", line))
    gap = {f.key: f for f in findings.key_findings(seed, seed_tables)}["gap"]
    shown = [i.split(" (")[0] for key in ("opposed", "conditional", "different") for i in gap.figures[key]]
    assert gap.figures["n_apart"] == "5 issues" and set(shown) == {briefing.issue_label(i) for i in expected}
    assert "conditionally opposed on territory" in gap.text
    fig = briefing.gap_figure(seed_cells)
    marks = [t.get_text() for t in fig.axes[0].texts if t.get_text() in briefing.RELATION_MARKS.values()]
    assert len(marks) == len(expected)


def test_a_hedge_bears_on_the_issues_after_it():
    demand = "demand for security guarantees, possibly through a European peacekeeping force"
    offsets = dict(briefing.demands.issues_in(demand))
    assert briefing.issue_hedge(demand, "possibly", offsets["foreign troops and peacekeepers"]) == "possibly"
    assert briefing.issue_hedge(demand, "possibly", offsets["security guarantees"]) == ""
    # a hedge of the reporting act is not in the claim's words: it does not change what is wanted
    assert briefing.issue_hedge("willingness to accept an immediate ceasefire", "signaled", 0) == ""


def test_seed_a_hedged_stance_keeps_its_hedge(seed, seed_tables, seed_cells):
    from scripts import findings
    # P11.S1 "Ukraine's demand for security guarantees, possibly through a European peacekeeping
    # force": Ukraine is only possibly for foreign troops; nothing else says it wants them
    troops = cell(seed_cells, "Ukraine", "foreign troops and peacekeepers")
    assert troops.sentence_ids == "P11.S1" and troops.hedge == "possibly"
    assert briefing.cell_text(troops) == "possibly for foreign troops in Ukraine"
    table = briefing.party_issue_table(seed_cells).set_index("party")
    assert table.loc["Ukraine", "foreign troops"].startswith("possibly for (in Ukraine)")
    gap = briefing.gaps(seed_cells).set_index("issue")
    assert "Ukraine possibly for" in gap.loc["foreign troops and peacekeepers", "detail"]
    assert "Ukraine possibly for" in briefing.gap_line(briefing.gaps(seed_cells))
    found = {f.key: f for f in findings.key_findings(seed, seed_tables)}
    assert "Ukraine possibly for foreign troops in Ukraine" in found["article-voice"].text
    assert "Ukraine for foreign troops" not in found["article-voice"].text + found["gap"].text
    # Zelenskyy's guarantees (P23.S3) are not hedged
    assert cell(seed_cells, "Ukraine", "security guarantees").hedge == ""


def test_seed_the_us_proposal_is_only_the_writers(seed_cells):
    # P05.S1 "a 30-day ceasefire, proposed by the U.S." is the writer's clause, not a US statement
    c = cell(seed_cells, "United States", "ceasefire")
    assert c.stance == "for" and c.voice == "writer" and not c.party_voice


def test_seed_summary_is_short_and_says_positions_gap_and_sourcing(seed_tables):
    made = briefing.summary(seed_tables)
    assert made.words <= briefing.SUMMARY_WORDS
    text = made.text
    # Russia's stance rests on P03.S1 ("scepticism over a proposed ceasefire deal") and P05.S1-S2
    # ("does not see value in a 30-day ceasefire"): the article names it in two ways, so the
    # brief gives the issue in its own words; Ushakov is quoted (P05.S2) and paraphrased (P05.S1)
    assert text.startswith("Russia: against a ceasefire now (Yuri Ushakov, quoted and paraphrased")
    assert "only per Reuters and Bloomberg" in text
    # P05.S3 and P32.S1: Russia "seeks"/is "demanding" guarantees; P23.S3 Zelenskyy wants "ironclad
    # security guarantees"; no sentence says either opposes the other's guarantees
    # the gap named once in short (the stances are in the party lines above it; the key
    # findings state it in full): ceasefire P05.S1/P08.S1, troops P11.S1-2; territory P20.S1/P32.S1
    # ("unwilling to concede territory without ironclad assurances") and a deal (P06.S1, P09.S2,
    # P26.S1 "wary of any agreement that would...") only with a condition
    assert ("Apart on 5 issues of 8: opposed on ceasefire and foreign troops; conditionally opposed on "
            "territory and peace settlement; for different things on security guarantees.") in text
    assert "(for different things:" not in text
    assert "against the other" not in text
    assert "The United States and Europe: no position" in text
    assert "%" not in text                                    # no accuracy given, none said


def test_seed_summary_says_measured_accuracy_only_when_given(seed_tables):
    # the brief's positions rest on claims: the claims' figures are cited, not the quotations'
    accuracy = {"speaker_accuracy": 0.9, "actor_recall": 0.75, "side_accuracy": 0.8, "claim_recall": 0.61,
                "claim_precision": 0.74, "claim_form_agreement": 0.93}
    made = briefing.summary(seed_tables, accuracy=accuracy, max_words=400)
    assert "finds 61% of the claims with who makes them (target 60%); 74% of its claims are hand-coded " \
           "too, 93% in the same form." in made.text
    assert "90%" not in made.text and "75%" not in made.text
    assert "Issue and voice are not measured there." in made.text
    # too long for the brief, the measured accuracy goes before the article's readings (every
    # key finding's confidence line gives it)
    short = briefing.summary(seed_tables, accuracy=accuracy)
    assert short.words <= briefing.SUMMARY_WORDS
    assert "Only on the article's word" in short.text and "61%" not in short.text


def test_seed_gap_is_stated_in_full_once_on_the_front_page(seed, seed_tables):
    # the brief names the issues; the finding gives each party's stance on them
    from scripts import findings
    brief = briefing.summary(seed_tables).text
    found = findings.key_findings(seed, seed_tables)
    stated = [f.id for f in found if "(Russia against; Ukraine possibly for, on the article's word)" in
              f.template.format(**{k: findings._shown(v) for k, v in f.figures.items()})]
    assert len(stated) == 1
    assert "possibly for, on the article's word" not in brief


def test_trust_line_states_claim_recall_against_its_own_target():
    sources = pd.DataFrame([{"claims": 2, "own words": 1, "named source": 0}])
    figures = {"speaker_accuracy": 0.92, "actor_recall": 0.98, "side_accuracy": 0.9}
    low = briefing.trust_line(sources, {**figures, "claim_recall": 0.32})
    assert "not this article, the analysis finds 32% of the claims with who makes them (target 60%)." in low
    high = briefing.trust_line(sources, {**figures, "claim_recall": 0.7})
    assert "finds 70% of the claims with who makes them (target 60%)." in high
    # speaker accuracy is measured on direct quotations only; the brief's positions rest on claims
    assert "92%" not in high and "98%" not in high
    assert "Measured" not in briefing.trust_line(sources, figures)


def test_numbers_in_the_trust_line_agree(seed_tables):
    sources = briefing.sourcing(seed_tables)
    line = briefing.trust_line(sources)
    total, firm = re.match(r"Of (\d+) claims, (\d+) rests? on", line).groups()
    claims = seed_tables["demands"]
    assert int(total) == len(claims)
    assert int(firm) == claims.voice.isin(briefing.PARTY_VOICES).sum()
    one = briefing.trust_line(pd.DataFrame([{"claims": 2, "own words": 1, "named source": 0}]))
    assert one.startswith("Of 2 claims, 1 rests on") and "the rest names no source" in one


def test_party_issue_table_rows_parties_columns_issues(seed_cells):
    table = briefing.party_issue_table(seed_cells)
    assert list(table.party[:2]) == ["Russia", "Ukraine"]
    assert "ceasefire" in table.columns and "security guarantees" in table.columns
    russia = table.set_index("party").loc["Russia"]
    # P03.S1 "Russia has expressed scepticism", P05.S1 Ushakov "made it clear", P05.S2 his quotation
    assert russia["ceasefire"].startswith("against; own side, quoted and paraphrased: P03.S1, P05.S1, P05.S2")
    assert russia["security guarantees"].startswith("for (Russia's); writer: P05.S3")
    assert russia["military aid"].startswith("against (to Ukraine); named source: P17.S1")   # '... to Kyiv'
    ukraine = table.set_index("party").loc["Ukraine"]
    assert ukraine["territory"].startswith("conditionally against; writer: P32.S1")


def test_gap_figure_draws_every_party(seed_cells):
    fig = briefing.gap_figure(seed_cells)
    labels = [t.get_text() for t in fig.axes[0].get_xticklabels()]
    assert [label.replace("\n", " ") for label in labels] == briefing.parties(seed_cells)
    texts = [t.get_text() for t in fig.axes[0].texts]
    assert "opposed" in texts and "for different\nthings" in texts


def test_trust_line_when_all_or_none_of_the_claims_are_a_partys_own():
    all_own = briefing.trust_line(pd.DataFrame([{"claims": 1, "own words": 1, "named source": 0}]))
    assert all_own == "The 1 claim rests on a party's own words or a named source."
    none = briefing.trust_line(pd.DataFrame([{"claims": 3, "own words": 0, "named source": 0}]))
    assert none.startswith("None of the 3 claims rests on") and "all name no source" in none


def test_an_article_without_claims_gets_a_brief_that_says_so():
    tables = brief_of("The rains failed in Kenya. Farmers in Kenya wait.")
    cells = briefing.stance_cells(tables)
    assert cells.empty
    assert briefing.summary(tables).text == "The article reports no party's stance on any issue."
    assert briefing.gap_figure(cells).axes[0].texts[0].get_text().startswith("The article reports no")


def test_firm_and_article_word_parties_on_the_same_side_are_told_apart():
    tables = brief_of("Russian President Vladimir Putin said that Russia rejects a ceasefire. "
                      "Ukrainian President Volodymyr Zelenskyy said that Ukraine accepts a ceasefire. "
                      "The United States wants a ceasefire.")
    gap = briefing.gaps(briefing.stance_cells(tables)).set_index("issue")
    assert gap.loc["ceasefire", "detail"] == ("Russia against; Ukraine and, on the article's word, "
                                              "the United States for")


def test_an_alliance_the_claim_names_is_named_in_the_brief():
    actors = pd.DataFrame({"actor": ["NATO", "Ukraine"], "type": ["organization", "state"],
                           "aliases": ["NATO; North Atlantic Treaty Organization", "Ukraine; Kyiv"]})
    # the seed's P18.S1 item "A commitment that Ukraine will never join NATO"
    body = briefing.named_body("A commitment that Ukraine will never join NATO", actors)
    assert body == "NATO"
    assert briefing.phrase("alliance membership", "Ukraine", True, body) == "Ukraine joining NATO"
    # no organisation in the words: the brief does not guess one
    assert briefing.named_body("Ukraine must stay neutral", actors) == ""
    assert briefing.phrase("alliance membership", "Ukraine", True) == "Ukraine joining an alliance"


# --- a condition taken from the article agrees with the phrase it now follows ----------------

def test_a_relative_clause_agrees_with_the_noun_it_follows():
    assert briefing.agree_clause("that do not shift the balance", plural=False) == "that does not shift the balance"
    assert briefing.agree_clause("that does not address its concerns", plural=True) \
        == "that do not address its concerns"
    assert briefing.agree_clause("which leave Ukraine exposed", plural=False) == "which leaves Ukraine exposed"
    assert briefing.agree_clause("that fully satisfies both", plural=True) == "that fully satisfy both"
    assert briefing.agree_clause("that are signed", plural=False) == "that is signed"
    # a modal, a past form and a clause with no relative word stay as they are
    assert briefing.agree_clause("that would force Ukraine", plural=False) == "that would force Ukraine"
    assert briefing.agree_clause("that ignored Kyiv", plural=True) == "that ignored Kyiv"
    assert briefing.agree_clause("without ironclad assurances", plural=True) == "without ironclad assurances"


def test_seed_the_deal_russia_is_wary_of_reads_in_the_singular(seed_cells):
    # P06.S1 "Moscow's reluctance to entertain agreements that do not fundamentally shift the
    # balance of power in its favor": the brief names the issue "a deal", so the verb is "does"
    c = cell(seed_cells, "Russia", "peace settlement")
    assert c.condition.startswith("that do not")           # the article's words, kept in the table
    text = briefing.cell_text(c)
    assert "a deal that does not fundamentally shift" in text and "a deal that do not" not in text
    # no stance of the seed reads with a verb that disagrees with "a deal" or "a ceasefire"
    for row in seed_cells.itertuples():
        assert not re.search(r"\ba (?:deal|ceasefire(?: now)?) that (?:do|are|were|have)\b",
                             briefing.cell_text(row))


# --- each side's claims by voice (chapter 3) ---------------------------------------------------

def _claims(rows):
    cols = ["claimant", "side", "form", "demand", "issues", "position", "source", "hedge", "authority",
            "sentence_id", "voice"]
    return pd.DataFrame([dict(zip(cols, r)) for r in rows], columns=cols)


def test_side_readings_count_in_agreement_and_say_each_claim_with_its_voice():
    claims = _claims([
        ("Iran", "Iran", "rejection", "rejected the talks", "peace settlement", -1, "Abbas Araghchi", "",
         "own official", "P02.S1", "own words"),
        ("Iran", "Iran", "demand", "an end to the sanctions on Tehran and its banks and its oil exports",
         "sanctions", -1, "Reuters", "indicate", "reported", "P03.S1", "named source"),
        ("Iran", "Iran", "demand", "security guarantees", "security guarantees", 0, "", "possibly",
         "unattributed", "P04.S1", "writer"),
        ("United States", "United States", "proposal", "new talks", "peace settlement", 1, "", "",
         "unattributed", "P05.S1", "writer")])
    iran, us = briefing.side_readings(claims)
    assert iran.startswith("**Iran** makes 3 of the 4 claims, more than any other side.\n\n- ")
    assert "In its own words or an official's (1): a rejection through Abbas Araghchi, \u201crejected the talks\u201d (P02.S1)" in iran
    # a shared hedge is said once for its group; a long quotation is cut, not on a loose word
    assert "Through Reuters (1): a demand, \u201can end to the sanctions on Tehran and its banks\u2026\u201d (P03.S1), hedged with \u201cindicate\u201d" in iran
    assert "(P04.S1), hedged with \u201cpossibly\u201d, conditional" in iran
    assert us == ("**The United States** makes 1 claim.\n\n"
                  "- In the article's own voice (1): a proposal, \u201cnew talks\u201d (P05.S1).")
    assert briefing.voice_line(claims) == ("The largest share of each side's claims reaches the reader in the "
                                           "party's own words or through named sources or in the article's own "
                                           "voice (Iran 1 of 3) and in the article's own voice (the United States 1 of 1).")
    assert briefing.possessive("United States") == "the United States'" and briefing.possessive("Iran") == "Iran's"
    assert briefing.side_readings(claims.iloc[0:0]) == ["The article states no claim of any side."]


def test_side_readings_link_ids_after_escaping_the_words():
    claims = _claims([("Iran", "Iran", "demand", "talks (now)", "peace settlement", 1, "", "", "unattributed",
                       "P02.S1", "writer")])
    text = briefing.side_readings(claims, link=lambda i: f"<{i}>", text=lambda t: t.replace("(", "\\("))[0]
    assert "<P02.S1>" in text and "\\(now)" in text


def test_seed_brief_spells_issues_as_the_article_and_codebook_do(seed, seed_tables):
    # P16.S1 "The full demilitarization of Ukraine."; the codebook's issue is "demilitarization"
    assert any("demilitarization of Ukraine" in s.text for s in seed.sentences)
    text = briefing.summary(seed_tables).text
    assert "demilitarization of Ukraine" in text and "demilitarisation" not in text


# --- the brief carries what the claims table records beside a stance ---------------

def test_seed_brief_carries_forms_hedges_conditions_and_warnings(seed_tables):
    text = briefing.summary(seed_tables).text
    # P05.S1 "a 30-day ceasefire, proposed by the U.S. and tentatively accepted by Ukraine":
    # who proposed, who accepted and how firmly; P08.S2 "willingness to accept an immediate ceasefire"
    assert "the United States proposes a 30-day ceasefire" in text
    assert "accepts a ceasefire now (hedged \u201ctentatively\u201d in P05.S1)" in text
    # P31.S2 "Russia's reluctance to accept a temporary truce without significant concessions"
    assert "the article adds \u201cwithout significant concessions\u201d in P31.S2" in text
    # P11.S2 Zakharova: "such a move ... would trigger a military response"
    assert "warning that this would trigger a military response (Maria Zakharova, paraphrased)" in text
    # P20.S1 "International recognition of Russia's annexation of Crimea": recognition, not concessions
    assert "recognition of Russia's territorial claims (only per Reuters and Bloomberg)" in text
    assert "territorial concessions to Russia" not in text


def test_a_hedge_after_the_issue_bears_on_it_when_no_other_issue_follows():
    demand = "a 30-day ceasefire, proposed by the U.S. and tentatively accepted by Ukraine"
    assert briefing.issue_hedge(demand, "tentatively", dict(briefing.demands.issues_in(demand))["ceasefire"]) \
        == "tentatively"


def test_what_a_warning_says_would_follow():
    assert briefing._consequence("warning that such a move would be considered direct involvement in the "
                                 "conflict and would trigger a military response") == \
        "would trigger a military response"
    assert briefing._consequence("warning of consequences") == ""


def test_the_articles_own_phrase_only_when_every_claim_gives_it():
    assert briefing._text_phrase(["does not see value in a 30-day ceasefire"], "ceasefire") == "a 30-day ceasefire"
    # two claims naming it differently, or no word between the article and the noun: the codebook's phrase
    assert briefing._text_phrase(["a 30-day ceasefire", "accept an immediate ceasefire"], "ceasefire") == ""
    assert briefing._text_phrase(["rejects a ceasefire"], "ceasefire") == ""
    # an issue about a party keeps its phrase with the party named
    assert briefing._text_phrase(["a full demilitarization of Ukraine"], "demilitarization") == ""

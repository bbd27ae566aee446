"""One way to count: every chapter takes its counts from scripts.counts, and they agree.

Expected values are read off the seed article (each names what it rests on).
"""
import json
import re
from types import SimpleNamespace

import pytest

from scripts import counts, findings, language, synthesis
from scripts.actors import actors_by_section
from scripts.analyze import tables_for
from scripts.paths import ROOT, primary_article
from scripts.reader import parse, read_article


@pytest.fixture(scope="module")
def seed():
    return read_article(primary_article())


@pytest.fixture(scope="module")
def tables(seed):
    return tables_for(seed)


# --- each count on the seed, read off the text ------------------------------------------------

def test_sections_are_the_lead_and_the_cross_headed_parts(seed):
    # the body opens with the lead (P03) and has eight cross-headings, from "Moscow's Cautious
    # Response to the Ceasefire Proposal" (P04) to "An Uncertain Path to Peace" (P30)
    assert counts.sections(seed) == 9
    assert counts.section_names(seed)[0] == "Lead"
    assert "Headline" not in counts.section_names(seed)
    # chapter 1 draws one line per section start; chapter 2 one column per section
    assert len(language.section_starts(seed)) == counts.sections(seed)
    structure = language.structure(seed)
    assert len(structure[structure.section != "Headline"]) == counts.sections(seed)


def test_actors_are_the_rows_of_the_actors_table(tables, seed):
    assert counts.actors(tables["actors"]) == len(tables["actors"]) == 22


def test_one_statement_per_reporting_act(tables):
    statements = counts.statements_table(tables["quotes"])
    # P15.S1 "Reports from Reuters and Bloomberg indicate that Russia has outlined several demands":
    # one statement citing two outlets; Russia's "outlined" is what they report, not Russia speaking
    p15 = statements[statements.sentence_id == "P15.S1"]
    assert len(p15) == 1 and p15.iloc[0].sources == "Reuters; Bloomberg"
    # P11.S2 "Zakharova reiterated Moscow's opposition..., warning that...": one act
    p11 = statements[statements.sentence_id == "P11.S2"]
    assert len(p11) == 1 and p11.iloc[0].verbs == "reiterated; warning"
    assert counts.statements(tables["quotes"]) == len(statements) == 11
    # Russia is heard once (P03.S1 "Russia has expressed scepticism"), not through Reuters' report
    assert counts.statements_of(tables["quotes"], "Russia") == 1
    overview = synthesis.actor_overview(tables).set_index("actor")
    assert overview.loc["Russia", "statements"] == 1


def test_attributions_are_each_source_of_each_verb(tables, seed):
    quotes = tables["quotes"]
    # the 11 statements, plus: Bloomberg beside Reuters in P15.S1 ("Reports from Reuters and
    # Bloomberg indicate"), Zakharova's "warning" going on with "reiterated" (P11.S2), and Russia's
    # "outlined" inside the agencies' report (P15.S1)
    assert counts.extra_attributions(quotes) == {"co-sources": 1, "continuing": 1, "inside a report": 1}
    assert counts.attributions(quotes) == counts.statements(quotes) + 3 == 14
    assert counts.attributions_note(quotes) == ("1 further source of a statement, 1 participle going on "
                                                "with an act and 1 verb inside another source's report")
    # chapter 4 adds one veiled attribution: P25.S2 "There are fears that accepting Russia's demands..."
    from scripts import framing
    sources = framing.sources(seed, quotes)
    assert counts.veiled(sources) == 1
    assert list(sources[sources.found_by != "reported speech"].sentence_id) == ["P25.S2"]
    assert len(sources) == counts.attributions(quotes) + counts.veiled(sources) == 15


def test_statements_in_a_short_text():
    text = ("Title\n\nReports from Reuters and Bloomberg indicate that Iran has accepted the talks. "
            "Foreign Minister Abbas Araghchi rejected the sanctions, warning that they would fail.\n")
    article = parse(text)
    statements = counts.statements_table(tables_for(article)["quotes"])
    assert list(statements.sources) == ["Reuters; Bloomberg", "Abbas Araghchi"]


def test_claims_parties_and_the_headline_repeat(tables):
    claims = tables["demands"]
    assert counts.claims(claims) == len(claims)
    # the standfirst (P02.S1 "Russia wary of proposed Ukraine ceasefire plan") and the lead
    # (P03.S1 "Russia has expressed scepticism over a proposed ceasefire deal") state one claim
    repeated = claims[claims.repeated_in != ""]
    assert list(zip(repeated.sentence_id, repeated.repeated_in)) == [("P03.S1", "P02.S1")]
    assert claims[claims.sentence_id == "P02.S1"].empty
    # parties are the sides with claims; chapter 5's table of sides has a row for each
    assert set(counts.party_names(claims)) == {"Russia", "Ukraine", "United States", "Europe"}
    assert counts.parties(claims) == len(synthesis.side_positions(claims)) == 4
    assert counts.claimants(claims) == claims.claimant.nunique()


def test_unsourced_claims_are_one_count_everywhere(tables, seed):
    claims = tables["demands"]
    unsourced = counts.unsourced_table(claims)
    # P21.S1 "Some analysts believe that Putin may also revisit broader demands": the analysts
    # are named by no one, so the claim rests on no named source, like the writer's own
    assert "P21.S1" in set(unsourced.sentence_id)
    # sourced, read in the text: P03.S1 (Russia "has expressed scepticism"), P05.S1 and P05.S2
    # (Ushakov), P11.S2 twice (Zakharova), P23.S3 (Zelenskyy) and P16.S1-P20.S1 (Reuters and
    # Bloomberg); every other claim names no one ("Ukrainian officials signaled", P08.S2, are unnamed)
    sourced = claims[~claims.index.isin(unsourced.index)]
    assert sorted(sourced.sentence_id) == ["P03.S1", "P05.S1", "P05.S2", "P11.S2", "P11.S2", "P16.S1",
                                           "P17.S1", "P18.S1", "P19.S1", "P20.S1", "P23.S3"]
    assert counts.unsourced(claims) == len(claims) - 11 == 16
    # chapter 3's table of authority counts the same claims in its column of no named source:
    # Russia's 8 are its 7 unattributed claims and Putin's via "Some analysts believe" (P21.S1)
    from scripts.demands import authority_table
    authority = authority_table(claims).set_index("side")
    assert authority.unsourced.sum() == counts.unsourced(claims)
    assert authority.loc["Russia", "unsourced"] == 8 and authority.loc["Russia", "named report"] == 5
    assert (authority["named report"] + authority.unsourced + authority["own words"]
            + authority["own statement, reported"] + authority["own official"]).equals(authority.claims)
    # chapter 5's table, the source critique and the finding all count the same claims
    assert len(synthesis.unsourced_claims(claims)) == counts.unsourced(claims)
    from scripts import critique
    checks = critique.claim_sources(seed, claims, SimpleNamespace(side_of=lambda name: ""))
    assert (checks.check == "no source").sum() == counts.unsourced(claims)
    found = {f.key: f for f in findings.key_findings(seed, tables)}
    assert found["article-voice"].figures["n"] == counts.unsourced(claims)


def test_unsourced_claims_by_whom_they_are_credited_to(tables):
    claims, actors = tables["demands"], tables["actors"]
    credit = counts.unsourced_credit(claims, actors)
    by_sentence = dict(zip(counts.unsourced_table(claims).sentence_id + " " + counts.unsourced_table(claims).claimant,
                           credit))
    # P08.S2 "Ukrainian officials signaled their willingness", P26.S1 "Many European leaders remain
    # wary", P31.S2 "U.S. officials ... continue to push", P06.S2 "officials in Moscow appear": people
    # the article names only by a group noun
    for key in ("P08.S2 Ukrainian officials", "P26.S1 European leaders", "P31.S2 U.S. officials",
                "P06.S2 Russian officials"):
        assert by_sentence[key] == "unnamed people", key
    assert by_sentence["P21.S1 Vladimir Putin"] == "analysts"          # "Some analysts believe"
    # "Russia has expressed scepticism over a proposed ceasefire deal": Russia's own statement,
    # reported, so not among the unsourced
    assert "P03.S1 Russia" not in by_sentence
    assert by_sentence["P05.S3 Russia"] == "own voice"        # "Russia seeks long-term security guarantees"
    found = counts.unsourced_credits(claims, actors)
    assert found == {"own voice": 11, "unnamed people": 4, "analysts": 1}
    assert sum(found.values()) == counts.unsourced(claims)
    assert counts.unnamed_nouns(claims, actors) == ["officials", "leaders"]
    assert counts.unsourced_note(claims, actors) == ("11 in the article's own voice, 4 credited to officials "
                                                     "or leaders it does not name and 1 to analysts")


def test_unsourced_credits_on_a_hand_made_table():
    import pandas as pd
    claims = pd.DataFrame([
        {"claimant": "Russia", "source": "", "authority": "unattributed", "hedge": "", "voice": "writer"},
        {"claimant": "Western diplomats", "source": "", "authority": "unattributed", "hedge": "", "voice": "writer"},
        {"claimant": "Russia", "source": "Kremlin sources", "authority": "reported", "hedge": "", "voice": "writer"},
        {"claimant": "Ukraine", "source": "Reuters", "authority": "reported", "hedge": "", "voice": "named source"}])
    actors = pd.DataFrame([{"actor": "Western diplomats", "type": "group"}, {"actor": "Russia", "type": "state"}])
    assert counts.unsourced_credits(claims, actors) == {"own voice": 1, "unnamed people": 2, "analysts": 0}
    assert counts.unsourced_note(claims, actors) == ("1 in the article's own voice and 2 credited to diplomats "
                                                     "or sources it does not name")


def test_the_voices_table_adds_up_to_the_statements(tables):
    from scripts.quotes import voices
    table = voices(tables["quotes"])
    assert table.direct.sum() + table.indirect.sum() == table.statements.sum() == counts.statements(tables["quotes"])
    by_speaker = table.set_index("speaker")
    # P15.S1 "Reports from Reuters and Bloomberg indicate...": one statement, one row
    assert by_speaker.loc["Reuters; Bloomberg", "statements"] == 1
    # Russia speaks once, P03.S1 "Russia has expressed scepticism"; "outlined" (P15.S1) is what
    # Reuters and Bloomberg report, not a verb of Russia's own statement
    assert by_speaker.loc["Russia", "verbs"] == "expressed"
    assert by_speaker.loc["Russia", "sentence_ids"] == ["P03.S1"]
    # Ushakov: P05.S1 "made it clear" (reported) and P05.S2 "stated" (quoted)
    assert (by_speaker.loc["Yuri Ushakov", "direct"], by_speaker.loc["Yuri Ushakov", "indirect"]) == (1, 1)


def test_findings_use_the_same_counts(tables, seed):
    found = {f.key: f for f in findings.key_findings(seed, tables)}
    assert found["article-voice"].figures["total"] == counts.claims(tables["demands"])
    assert found["voices"].figures["statements"] == counts.statements(tables["quotes"])
    assert found["voices"].figures["speakers"] == counts.speakers(tables["quotes"])


# --- the chapters take these counts from scripts.counts -----------------------------------------

COUNTED = re.compile(r"glue(?:_text)?\(\s*\"((?:ch\d|crit)_n_(?:actors|sections|statements|speakers|claims|"
                     r"claimants|sides|parties|unsourced|attributions))\"\s*,\s*([^\n]*)")


@pytest.mark.parametrize("notebook", ["01_article_and_language", "02_actors", "03_demands", "04_framing",
                                      "05_synthesis", "05_source_critique"])
def test_chapters_glue_counts_from_the_counts_module(notebook):
    cells = json.loads((ROOT / "notebooks" / f"{notebook}.ipynb").read_text(encoding="utf-8"))["cells"]
    code = "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "code")
    glued = COUNTED.findall(code)
    assert glued, notebook
    for name, value in glued:
        assert "counts." in value, f"{notebook}: {name} is computed as {value!r}"

"""Key findings: every figure comes from the tables, every finding points to its evidence."""
import json
import re

import pytest

from scripts import counts, findings
from scripts.analyze import tables_for
from scripts.paths import ROOT
from scripts.reader import parse


@pytest.fixture(scope="module")
def seed_tables(seed):
    return tables_for(seed)


@pytest.fixture(scope="module")
def seed_findings(seed, seed_tables):
    return {f.key: f for f in findings.key_findings(seed, seed_tables)}


def section_labels() -> set[str]:
    labels = set()
    for path in (ROOT / "notebooks").glob("*.ipynb"):
        for cell in json.loads(path.read_text())["cells"]:
            if cell["cell_type"] == "markdown":
                labels |= set(re.findall(r"^\(([\w-]+)\)=$", "".join(cell["source"]), re.M))
    return labels


def test_findings_numbered_in_order_positions_first(seed, seed_findings):
    found = findings.key_findings(seed)
    assert 5 <= len(found) <= 9
    assert [f.id for f in found] == [f"F{i}" for i in range(1, len(found) + 1)]
    assert [f.anchor for f in found][:3] == ["finding-f1", "finding-f2", "finding-f3"]
    kinds = [findings.KINDS.index(f.kind) for f in found]
    assert kinds == sorted(kinds)                        # positions, sourcing, errors, counts
    assert [f.key for f in found][:3] == ["positions", "gap", "sourcing"]


def test_each_finding_points_to_a_section_and_to_sentences_of_the_article(seed, seed_findings):
    ids = {s.id for s in seed.sentences}
    labels = section_labels()
    for finding in seed_findings.values():
        assert finding.section in labels, finding.section
        assert 1 <= len(finding.sentence_ids) <= findings.MAX_EVIDENCE
        assert set(finding.sentence_ids) <= ids
        assert "{" not in finding.text and finding.text.endswith(".")


def test_voice_figures_match_the_quotes_table(seed_tables, seed_findings):
    f = seed_findings["voices"].figures
    statements = counts.statements_table(seed_tables["quotes"])
    # one statement per reporting act, read in the text: P03.S1 Russia expressed, P05.S1 Ushakov made
    # it clear, P05.S2 Ushakov stated, P08.S2 Ukrainian officials signaled, P11.S2 Zakharova reiterated
    # (", warning that" goes on with the same act), P14.S2 observers suggest, P15.S1 Reuters and
    # Bloomberg indicate (one report; what Russia "outlined" is their content, not Russia speaking),
    # P21.S1 analysts believe, P23.S3 Zelenskyy made it clear, P28.S2 Kremlin sources claim,
    # P29.S1 Russian military officials announced
    assert f["statements"] == counts.statements(seed_tables["quotes"]) == len(statements) == 11
    assert (f["side"], f["side_statements"]) == ("Russia", 6)
    # read in the text: the article quotes one passage in quotation marks, Ushakov's (P05.S2)
    assert f["direct"] == (statements.kind == "direct").sum() == 1
    assert "P05.S2" in seed_findings["voices"].sentence_ids


def test_positions_rest_on_own_words_and_named_sources(seed_findings):
    positions = seed_findings["positions"]
    # P05.S1 Ushakov on the ceasefire and P11.S2 Zakharova on foreign troops, each credited with
    # what they said; P16-P20 through Reuters and Bloomberg
    # only P05.S2 is in quotation marks; P05.S1 and P11.S2 report what was said
    # (the stance also rests on P03.S1, "scepticism over a proposed ceasefire deal": two ways of
    # naming it, so the issue is given in its own words)
    assert positions.text.startswith("Russia: against a ceasefire now (Yuri Ushakov, quoted and paraphrased; ")
    assert "against foreign troops in Ukraine, warning that this would trigger a military response " \
           "(Maria Zakharova, paraphrased)" in positions.text
    assert "(Volodymyr Zelenskyy, paraphrased)" in positions.text          # P23.S3 "has made it clear"
    assert "on record" not in positions.text
    assert "Reuters and Bloomberg" in positions.text
    # P05.S3 and P32.S1 are the writer's: Russia's guarantees are not among its positions
    assert "security guarantees for Russia" not in positions.text
    assert "P05.S3" not in positions.sentence_ids and "P32.S1" not in positions.sentence_ids
    assert "writer" not in positions.confidence


def test_the_gap_names_opposed_issues_and_guarantees_for_different_parties(seed_findings):
    gap = seed_findings["gap"].text
    assert "opposed on ceasefire" in gap
    assert "for different things on security guarantees" in gap


def test_sourcing_says_russias_terms_come_through_two_agencies(seed_tables, seed_findings):
    sourcing = seed_findings["sourcing"]
    # P15.S1 "Reports from Reuters and Bloomberg indicate that Russia has outlined several demands"
    assert sourcing.text.startswith("Russia's terms on 4 issues")
    assert "only through Reuters and Bloomberg" in sourcing.text
    assert set(sourcing.sentence_ids) <= {"P16.S1", "P17.S1", "P18.S1", "P19.S1", "P20.S1"}
    assert sourcing.confidence.endswith("4 claims (named source 4).")   # P16, P17, P18, P20
    # P05.S2 quotes Ushakov (P05.S1 reports him); P11.S2 only reports Zakharova
    assert "Yuri Ushakov (quoted and paraphrased) and Maria Zakharova (paraphrased) speak" in sourcing.text
    assert "on record" not in sourcing.text


def test_article_voice_counts_the_writers_and_analysts_claims(seed_tables, seed_findings):
    claims = seed_tables["demands"]
    f = seed_findings["article-voice"]
    assert f.figures["n"] == ((claims.voice == "writer").sum() + (claims.voice == "analysts").sum())
    # P08.S2 "Ukrainian officials signaled...": credited to officials it does not name, not the writer's
    # own; P21.S1 "Some analysts believe"
    assert "credited to officials or leaders it does not name" in f.text and "1 to analysts" in f.text
    assert "the article's own reading or analysts' guesses" not in f.text
    assert "Russia for security guarantees" in f.text                     # P05.S3, P32.S1


def test_confidence_gives_measured_accuracy_only_when_given(seed, seed_tables):
    plain = findings.key_findings(seed, seed_tables)
    measured = findings.key_findings(seed, seed_tables, accuracy={
        "side_accuracy": 0.8, "speaker_accuracy": 0.9, "actor_recall": 0.7, "claim_recall": 0.4,
        "claim_precision": 0.75, "claim_form_agreement": 0.95})
    assert all("%" not in f.confidence for f in plain)
    assert all("Not measured" not in f.confidence for f in plain)
    by_key = {f.key: f.confidence for f in measured}
    on = "On hand-coded 1961 news, not this article: "
    claims = "claims found 40%, found claims right 75%, right form 95%"
    # a position rests on claims and the issue they are put under: the claims' figures bear on it,
    # and no figure measures the issue coding or the voice
    assert on + claims + "; not measured: issue, voice." in by_key["positions"]
    assert by_key["gap"].endswith("; not measured: issue, voice, the gap.")
    # F3 (claims reported by Reuters and Bloomberg) and F4 (claims in the writer's voice) rest on
    # claims, not on direct quotations: speaker accuracy (quotations only) is not cited for them
    for key in ("sourcing", "article-voice"):
        assert by_key[key].endswith(on + claims + "; not measured: voice.")
        assert "quotations" not in by_key[key]
    # who speaks: direct quotations and the speakers' sides are measured, indirect statements are not
    assert ("92%" not in by_key["voices"]
            and on + "quotations' speakers right 90%, persons' sides right 80%" in by_key["voices"]
            and by_key["voices"].endswith("not measured: indirect speakers."))
    assert on + "persons found 70%, persons' sides right 80%" in by_key["silent-parties"]
    # short: each measure named in a few words (about half the words it took in full)
    assert all(len(c.split()) <= 40 for c in by_key.values())
    assert "measured" not in by_key["frame"]                 # no accuracy bears on frame cues


def test_evidence_lists_say_how_many_sentences_they_leave_out(seed, seed_tables):
    found = {f.key: f for f in findings.key_findings(seed, seed_tables)}
    positions = found["positions"]
    # F1 rests on P03.S1 (Russia "has expressed scepticism"), P05.S1, P05.S2 (Ushakov), P11.S2
    # (Zakharova), P16.S1-P18.S1, P20.S1 (Reuters and Bloomberg) and P23.S3 (Zelenskyy): 9
    # sentences, 6 listed, so "and 3 more"
    assert positions.confidence.startswith("Rests on 9 sentences")
    assert len(positions.sentence_ids) == findings.MAX_EVIDENCE and positions.more == 3
    shown = findings.findings_markdown([positions])
    assert "and 3 more." in shown
    for f in found.values():
        rests_on = int(re.match(r"Rests on (\d+) sentences?", f.confidence).group(1))
        assert len(f.sentence_ids) + f.more == rests_on, f.key


def test_an_extra_rule_of_an_error_kind_lands_before_the_counts(seed, seed_tables):
    def own_error(tables, article):
        return "The article misdates {what}.", {"what": "an event"}, "ch-synthesis-timeline", ["P20.S1"]
    found = findings.key_findings(seed, seed_tables, extra=[findings.Rule("error", own_error, "error")])
    keys = [f.key for f in found]
    assert keys.index("error") > keys.index("sourcing") and keys.index("error") < keys.index("voices")
    assert found[keys.index("error")].text == "The article misdates an event."


def test_frame_figures_match_the_frames_table(seed, seed_tables, seed_findings):
    f = seed_findings["frame"].figures
    generic = seed_tables["frames"][seed_tables["frames"].scheme == "generic"]
    counts = generic.groupby("frame").sentence_id.nunique()
    assert f["sentences"] == counts.max() and f["total"] == len(seed.sentences)


def test_the_timeline_finding_says_the_seed_has_no_date(seed_findings):
    timeline = seed_findings["timeline"]
    assert "no date" in timeline.text
    assert "P29.S1" in timeline.sentence_ids           # 'On Thursday, ...'


def test_an_article_without_quotes_gets_fewer_findings_not_wrong_ones():
    article = parse("Drought hits the south\n\nThe rains failed in Kenya. Farmers in Kenya wait. "
                    "Prices of maize rose by a third.\n", "kenya.txt")
    found = findings.key_findings(article)
    assert [f.id for f in found] == [f"F{i}" for i in range(1, len(found) + 1)]
    keys = {f.key for f in found}
    assert "voices" not in keys and "prominence" not in keys   # one actor, no one speaks
    for finding in found:
        assert "{" not in finding.text


def test_findings_agree_in_number_when_a_count_is_one():
    # a short text with counts of one: each verb or noun after a count agrees with it
    article = parse("Talks on the war\n\nIran rejected the talks, Foreign Minister Abbas Araghchi said on "
                    "Monday. Egypt wants a ceasefire.\n", "one.txt")
    text = " ".join(f.text for f in findings.key_findings(article, tables_for(article)))
    checks = [(r"(\d+) of the \d+ claims \(\d+%\) (is|are) ", "is"),
              (r", (\d+) (comes|come) from ", "comes"),
              (r"people (\d+) (time|times) ", "time"),
              (r"of its (\d+) (time expression|time expressions) ", "time expression"),
              (r"Of (\d+) reported (statement|statements) ", "statement")]
    seen = 0
    for pattern, singular in checks:
        for n, word in re.findall(pattern, text):
            assert (word == singular) == (n == "1"), (pattern, n, word)
            seen += 1
    assert seen >= 4, text


def test_the_errors_finding_counts_titles_and_hand_checked_facts(seed_findings):
    errors = seed_findings["title-errors"]
    # P03.S2 calls Trump "former U.S. President" in March 2025; P20.S1 dates the annexation of
    # Crimea (2014) with that of the four regions "since 2022" (checked by hand)
    assert errors.text.startswith("The article makes 2 errors of fact: ")
    assert "former U.S. President" in errors.text and "Crimea in March 2014" in errors.text
    assert "checked by hand" in errors.text
    assert set(errors.sentence_ids) == {"P03.S2", "P20.S1"}

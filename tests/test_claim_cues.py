"""Cues of claim forms beyond demanding: blame and complaint, negative judgements in a
reported clause, being in favour, sponsoring, foretold harm; and the noun phrases
('A committee of experts', 'X of Place, former chairman of Y,') that make their subject.

Each sentence is written for the test; the expected claimant and form are what a reader
codes by the rules of tests/data/gold/README.md (claims section).
"""
import pandas as pd
import pytest

from scripts import demands
from scripts.reader import parse


def sentence_claims(sentence):
    return demands.find_claims(parse("Title\n\n" + sentence + "\n"))


CASES = [
    # Levin 37.8 complain verbs, 33 judgment verbs, 31.2 admire verbs (negative members), CAMEO 112 accuse
    ("Senator Tom Parker complained that the hearing was called without notice.", [("Tom Parker", "disapproval")]),
    ("Governor Ellis Arnall assailed the new sales tax on farm goods.", [("Ellis Arnall", "disapproval")]),
    ("Mayor Ivan Allen blamed the county commission for the delay.", [("Ivan Allen", "disapproval")]),
    ("Senator Tom Parker deplored the closing of the rural schools.", [("Tom Parker", "disapproval")]),
    ("Senator Tom Parker charged that the board had wasted the funds.", [("Tom Parker", "disapproval")]),
    ("The Fulton County Grand Jury took a swipe at the handling of the welfare funds.",
     [("Fulton County Grand Jury", "disapproval")]),
    # "share the blame" is no act of blaming; the subject of a passive is not the one who accuses
    ("Mayor Ivan Allen said the council must share the blame for this.", [("Ivan Allen", "demand")]),
    ("The state Public Works Department is accused of having spent funds on a private beach.", []),
    # a negative judgement (Martin & White: propriety, legality) of an act in a reported clause
    ("Prosecutor John Karns said it was a \u201cwrongful act\u201d for the judge to take the statements.",
     [("John Karns", "disapproval")]),
    ("Mayer Goldberg, attorney for the election judges, argued this procedure constituted intimidation.", [("Mayer Goldberg", "disapproval")]),
    ("Howard Cox argued that the bill is probably unconstitutional.", [("Howard Cox", "disapproval")]),
    # ... in the writer's own voice it is no one's claim, and a praise is no disapproval
    ("The procedure was unfair to the voters.", []),
    ("Howard Cox said the bill is a fine piece of work.", []),
    # being in favour; a quoted first-person stance is the speaker's
    ("Senator Tom Parker is in favor of a state income tax.", [("Tom Parker", "acceptance")]),
    ("\u201cBut I am not in favor of a sales tax at this time,\u201d James Mitchell said.",
     [("James Mitchell", "rejection")]),
    # sponsoring a bill proposes it
    ("A similar proposal is being sponsored by Senator George Parkhouse of Dallas.",
     [("George Parkhouse", "proposal")]),
    ("Representative Wesley Roberts, sponsor of the poll bill, spoke to the committee on Monday.",
     [("Wesley Roberts", "proposal")]),
    # the harm a failure to act would bring is a warning
    ("Representative Charles Hughes said a failure to enact the bill would cost the taxpayers millions.",
     [("Charles Hughes", "warning")]),
    ("Failure to enact the bill would cost the taxpayers millions.", []),
    # a deontic modal quoted from a named party is its demand, whoever is asked to act (Palmer 2001)
    ("\u201cThe two county offices should be combined to save money,\u201d Senator Tom Parker said.",
     [("Tom Parker", "demand")]),
    ("The two county offices should be combined to save money.", []),
    ("\u201cThere should be a yearly audit of the concessions,\u201d Senator Tom Parker said.",
     [("Tom Parker", "demand")]),
    # a modal of likelihood is no demand
    ("\u201cThe vote should be close on Monday,\u201d Senator Tom Parker said.", []),
    # the agent of a nominal claim makes it
    ("The plan was one of several recommendations made by the Texas Research League.",
     [("Texas Research League", "demand")]),
    ("The plan was one of several recommendations by the Texas Research League.",
     [("Texas Research League", "demand")]),
    # dissatisfaction with a trigger (Martin & White: affect)
    ("Walter Jones, unhappy that the candidates were limited to eight minutes, left the hall early.",
     [("Walter Jones", "disapproval")]),
    # "would like X to": a tentative want of another's act
    ("Senator Tom Parker would like the county to build a new school.", [("Tom Parker", "demand")]),
    ("\u201cI would like to thank the voters of this county,\u201d Senator Tom Parker said.", []),
    # advocacy; a possessive pronoun is the person its sentence names first
    ("Senator Tom Parker, a lawyer from San Antonio, won on his advocacy of a state lottery.",
     [("Tom Parker", "proposal")]),
    # "unless" in a party's words states its condition; in the writer's voice it is no one's
    ("Senator Tom Parker said no church group will receive the funds unless it gives up proselytizing.",
     [("Tom Parker", "condition")]),
    ("No church group will receive the funds unless it gives up proselytizing.", []),
    # a title's time word before the agent of a passive
    ("The bonds were proposed by then Gov. Marvin Griffin.", [("Marvin Griffin", "proposal")]),
    # support verbs (Mel'cuk's Oper1): the subject makes the request, the offer, the attack
    ("Charles Bellows made the request while the jury was out of the courtroom.", [("Charles Bellows", "demand")]),
    ("Governor Ellis Arnall made a new offer to the striking teachers.", [("Ellis Arnall", "proposal")]),
    ("Governor Ellis Arnall issued a warning to the county commissioners.", [("Ellis Arnall", "warning")]),
    # a claim whose object is another's reported claim: both are claims
    ("Walter Jones said he regretted Richard Hughes had made a personal attack on a past president.",
     [("Walter Jones", "disapproval"), ("Richard Hughes", "disapproval")]),
    # an armed attack is no claim
    ("The rebels launched an attack on the garrison at dawn.", []),
    # declaring forces a legitimate target warns of attack (CAMEO 138)
    ("Ambassador Ivan Petrov told state television that any foreign soldiers in the port would be "
     "\u2018a legitimate target\u2019.", [("Ivan Petrov", "warning")]),
    # an adverb inside "is unacceptable"; open to talks; saying yes; agreeing with a place between
    ("\u201cThe presence of foreign troops is absolutely unacceptable to us,\u201d Ambassador Ivan Petrov said.",
     [("Ivan Petrov", "rejection")]),
    # (the stance is Moscow's, which the actors analysis names by its state)
    ("Ambassador Ivan Petrov said Moscow remained open to dialogue with Washington.", [("Russia", "acceptance")]),
    ("Sudan said yes to an unconditional ceasefire three weeks ago.", [("Sudan", "acceptance")]),
    ("Sudan said no to the truce plan on Monday.", [("Sudan", "rejection")]),
    ("On March 11, Sudan agreed in Jeddah to a US proposal for a 30-day ceasefire.",
     [("Sudan", "acceptance"), ("United States", "proposal")]),
    ("Sudan is ready for talks with the rebels.", [("Sudan", "acceptance")]),
    ("The stadium is open to the public on Sundays.", []),
    # expecting an answer asks for it
    ("Secretary of State Dean Rusk said the United States expected an answer within days.",
     [("United States", "demand")]),
    # what any deal must hold is a condition
    ("Greek Cypriot leader Nikos Anastasiou said any wider settlement must recognise one sovereign state.",
     [("Nikos Anastasiou", "condition")]),
    # "has since accepted": an adverb between auxiliary and verb
    ("Sudan has since accepted only a partial pause in the fighting.", [("Sudan", "acceptance")]),
    # wanting a thing is a demand, wanting to act oneself an intention
    ("Governor Ellis Arnall wanted four more state troopers for the county.", [("Ellis Arnall", "demand")]),
    ("Governor Ellis Arnall wanted to buy time before the vote.", []),
    # a nominal act in a with-phrase is made by the main clause's subject
    ("Premier Nikita Khrushchev wrecked the conference with a bitter denunciation of the United States.",
     [("Nikita Khrushchev", "disapproval")]),
    # a negated infinitive: not ruling out accepts
    ("Senator Tom Parker took pains not to rule out a meeting with the governor.", [("Tom Parker", "acceptance")]),
    # leading the fight for, against, to
    ("Governor Price Daniel personally led the fight for the measure.", [("Price Daniel", "proposal")]),
    ("Governor Price Daniel led the campaign against the sales tax.", [("Price Daniel", "rejection")]),
    # "if you do X, you …": a quoted warning (Wierzbicka's 'warn'); "if it rains, we …" is none
    ("\u201cIf you destroy confidence in banks, you do something to the economy,\u201d lawyer Dewey Lawrence said.",
     [("Dewey Lawrence", "warning")]),
    ("\u201cIf it rains, we will stay at home,\u201d lawyer Dewey Lawrence said.", []),
    # an of-phrase belongs to the subject, and its head names the claimant
    ("Marshall Formby of Plainview, former chairman of the Texas Highway Commission, suggested a plan to "
     "fill vacancies by appointment.", [("Marshall Formby", "proposal")]),
]


# A stance noun that is the object of a reporting verb of its claimant ("expressed scepticism",
# "signalled willingness", "voiced opposition") reports the claimant's own act of saying: the
# claimant is its source. A state the writer ascribes ("remains wary"), a possessed noun with no
# such verb ("Russia's scepticism"), a negated verb and an absolute with-clause are not.
SOURCES = [
    ("Governor Ellis Arnall expressed scepticism over the proposed truce.", "Ellis Arnall"),
    ("Senator Tom Parker signalled his willingness to accept the proposed truce.", "Tom Parker"),
    ("Mayor Ivan Allen voiced his opposition to the new stadium.", "Ivan Allen"),
    ("Senator Tom Parker voiced doubts about the new sales tax.", "Tom Parker"),
    ("Governor Ellis Arnall has repeatedly expressed serious reservations about the new sales tax.",
     "Ellis Arnall"),
    ("Mayor Ivan Allen welcomed the proposal for a new stadium.", "Ivan Allen"),
    ("Mayor Ivan Allen dismissed the plan for a new stadium.", "Ivan Allen"),
    ("Governor Ellis Arnall remains wary of the new sales tax.", ""),
    ("Governor Ellis Arnall's scepticism over the proposed truce is well known.", ""),
    ("Governor Ellis Arnall has not expressed scepticism over the proposed truce.", ""),
    ("With Governor Ellis Arnall expressing scepticism over the proposed truce, the vote was put off.", ""),
]


@pytest.mark.parametrize("sentence, source", SOURCES, ids=[s for s, _ in SOURCES])
def test_a_stance_expressed_by_its_claimant_is_sourced_to_it(sentence, source):
    claims = sentence_claims(sentence)
    assert len(claims) == 1 and claims.claimant.iat[0] in {"Ellis Arnall", "Tom Parker", "Ivan Allen"}
    assert claims.source.iat[0] == source
    assert claims.authority.iat[0] == ("own statement, reported" if source else "unattributed")


def test_doubts_count_only_when_someone_voices_them():
    # "raises doubts" with an act as subject is the writer's reasoning, not anyone's claim
    assert sentence_claims("The long delay raises doubts about the new sales tax.").empty
    assert sentence_claims("There are doubts about the new sales tax.").empty


@pytest.mark.parametrize("sentence, expected", CASES, ids=[s for s, _ in CASES])
def test_claim_cues(sentence, expected):
    claims = sentence_claims(sentence)
    assert sorted(dict.fromkeys(zip(claims.claimant, claims.form))) == sorted(expected)


def test_every_new_cue_row_names_its_source():
    table = pd.read_csv(demands.DATA / "claim_forms.csv", dtype=str).fillna("")
    assert (table["source"].str.strip() != "").all()
    assert set(table["form"]) <= set(demands.FORM_POLARITY)


def test_a_plural_possessive_makes_the_nominal_claim():
    claims = sentence_claims("The talks stalled over the Russians' new demand for a ceasefire along the front line.")
    assert len(claims) == 1
    assert claims.claimant.iat[0] in {"Russians", "Russia"} and claims.form.iat[0] == "demand"


def test_a_refusal_until_something_is_done_is_a_condition():
    claims = sentence_claims("Senator Tom Parker is not willing to vote on the school measure until the "
                             "defense bill clears the committee.")
    assert list(zip(claims.claimant, claims.form, claims.position)) == [("Tom Parker", "condition", 0)]
    assert claims.condition.iat[0].startswith("until the defense bill")
    # with no condition, or one that only qualifies what is refused ("decisions taken without it"),
    # it stays a refusal
    claims = sentence_claims("Senator Tom Parker said he will not accept decisions taken without him.")
    assert list(zip(claims.claimant, claims.form)) == [("Tom Parker", "rejection")]
    claims = sentence_claims("Senator Tom Parker is not willing to vote on the school measure.")
    assert list(zip(claims.claimant, claims.form)) == [("Tom Parker", "rejection")]


def test_a_modal_before_a_passive_act_takes_that_acts_form():
    claims = sentence_claims("Senator Tom Parker said the proposed amendment should be rejected.")
    assert list(zip(claims.claimant, claims.form)) == [("Tom Parker", "rejection")]
    assert claims.cameo.iat[0].startswith("12")
    claims = sentence_claims("\u201cThe offer must be accepted at once,\u201d Senator Tom Parker said.")
    assert list(zip(claims.claimant, claims.form)) == [("Tom Parker", "acceptance")]


def test_a_role_noun_after_a_clause_names_the_office_holder():
    # the President of the earlier sentence takes pains, not the premier named before the comma
    claims = demands.find_claims(parse(
        "Title\n\nPremier Nikita Khrushchev met President John Kennedy in Vienna.\n\n"
        "By the time he meets Mr. Khrushchev, the President will have completed his talks.\n\n"
        "The President took pains not to rule out a summit meeting with the Soviet leader.\n"))
    assert list(zip(claims.claimant, claims.form)) == [("John Kennedy", "acceptance")]


# Delayed identification: a lead describes a person ("A veteran Jackson County legislator") and
# the next paragraph names them ("Rep. Mac Barber of Commerce ...").
LATER = "Rep. Mac Barber of Commerce is asking the House in a resolution to endorse the aid.\n"


def test_a_lead_that_describes_a_person_is_theirs_named_in_the_next_paragraph():
    claims = demands.find_claims(parse(
        "Title\n\nA veteran Jackson County legislator will ask the Georgia House to back federal aid "
        "to education.\n\n" + LATER))
    first = claims[claims.sentence_id == "P02.S1"]
    assert list(zip(first.claimant, first.form)) == [("Mac Barber", "demand")]


@pytest.mark.parametrize("text", [
    # the name in the same paragraph is another person, not the one described
    "A veteran Jackson County legislator will ask the Georgia House to back federal aid to education. " + LATER,
    # the next paragraph does not open with a name
    "A veteran Jackson County legislator will ask the Georgia House to back federal aid to education.\n\n"
    "The House has opposed such aid for years, and Rep. Mac Barber knows it.\n",
    # a thing described, not a person
    "A state law says that the party must hold a primary for federal aid to education.\n\n" + LATER,
])
def test_no_later_name_for_other_descriptions(text):
    claims = demands.find_claims(parse("Title\n\n" + text))
    first = claims[claims.sentence_id == "P02.S1"]
    assert "Mac Barber" not in set(first.claimant)


# "It says...", "it suggested...": the written instrument just named speaks for its author
# (Koopmans & Statham 1999: a claim made through a bill or a letter is its author's).
@pytest.mark.parametrize("text, author", [
    ("Rep. Mac Barber of Commerce spoke on Friday.\n\nThe resolution, which Barber tossed into the "
     "House hopper Friday, will be read Monday. It says that the State Board of Education should be "
     "directed to give priority to pay raises.\n", "Mac Barber"),
    ("President John Kennedy met Premier Nikita Khrushchev in 1961.\n\nHis views were in a letter from "
     "the President which the ambassador brought back. The letter was delivered on March 9. It dealt "
     "with many issues. But it also suggested the possibility of a summit meeting.\n", "John Kennedy"),
])
def test_it_after_a_written_instrument_is_its_author(text, author):
    claims = demands.find_claims(parse("Title\n\n" + text))
    assert author in set(claims.claimant)


def test_it_is_no_instrument_once_the_chain_breaks():
    # a sentence about something else stands between the letter and "it"
    claims = demands.find_claims(parse(
        "Title\n\nPresident John Kennedy met Premier Nikita Khrushchev in 1961.\n\nHis views were in a "
        "letter from the President which the ambassador brought back. The weather in Moscow was cold. "
        "It also suggested the possibility of a summit meeting.\n"))
    assert "John Kennedy" not in set(claims.claimant)


@pytest.mark.parametrize("sentence, expected", [
    # CAMEO 036: hoping for a meeting or talks puts them forward; "intimated" reports it
    ("Premier Nikita Khrushchev intimated that he hoped for an early meeting with the new President.",
     [("Nikita Khrushchev", "proposal", "Nikita Khrushchev")]),
    ("Senator Tom Parker hoped for new talks on the sales tax.", [("Tom Parker", "proposal", "")]),
    # hoping for anything else is no claim
    ("Senator Tom Parker hoped for rain all week.", []),
])
def test_hoping_for_talks_proposes_them(sentence, expected):
    claims = sentence_claims(sentence)
    assert list(zip(claims.claimant, claims.form, claims.source)) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a colon after the nominal act introduces what it asks; two modifiers joined by "and" keep it a noun
    ("Dictator Fidel Castro confronted the U.S. with a blunt and drastic demand: within 48 hours, the "
     "U.S. had to reduce its embassy staff in Cuba.", [("Fidel Castro", "demand")]),
    # a colon after another noun is none of the act's
    ("Maria Zakharova's warning reflects a broader strategy: to avoid any scenario of a ceasefire.", []),
    # with no one making it, a demand introduced by a colon is nobody's claim
    ("The demand of the week: cheaper bread.", []),
])
def test_a_colon_after_a_nominal_act_gives_its_content(sentence, expected):
    claims = sentence_claims(sentence)
    assert list(zip(claims.claimant, claims.form)) == expected

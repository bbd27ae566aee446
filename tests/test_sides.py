"""Sides of officials the text ties to a state through its subdivisions or its home country."""
from scripts.actors import find_actors, home_country, public_title
from scripts.reader import parse


def actor(result, name):
    rows = result.actors[result.actors.actor == name]
    assert len(rows) == 1, result.actors[["actor", "side"]]
    return rows.iloc[0]


def test_abbreviated_titles_are_titles_and_leave_the_name():
    result = find_actors(parse("Title\n\nThe bill of Sen. George Parkhouse of Dallas passed on Thursday. "
                               "Sheriff Felix Tabb said there was no trouble.\n"))
    assert actor(result, "George Parkhouse").role == "Sen."
    assert actor(result, "Felix Tabb").role == "Sheriff"


def test_a_subdivision_beside_an_official_gives_the_state():
    text = ("Title\n\nThe bill of Texas Sen. John Tower passed on Thursday.\n\n"
            "Sen. Ralph Yarborough (D-Tex.) opposed it.\n\nMayor James Carter of Ohio spoke.\n")
    result = find_actors(parse(text))
    assert actor(result, "John Tower").side_chain == "Tower: Texas Sen. -> Texas -> United States"
    assert actor(result, "Ralph Yarborough").side_chain == "Yarborough: (D-Tex.) -> Texas -> United States"
    assert actor(result, "James Carter").side == "United States"


def test_an_official_of_a_home_country_article_belongs_to_it():
    text = ("Title\n\nThe Georgia House met in Atlanta on Monday. Judge Ann Brown ruled that the Fulton "
            "County vote stood. Tennessee and Alabama watched, and Florida said nothing.\n\n"
            "A banker, Tom Smith, said the ruling was fine.\n")
    article = parse(text)
    result = find_actors(article)
    assert home_country(article, result)[0] == "United States"
    brown = actor(result, "Ann Brown")
    assert brown.side == "United States"
    assert "home country of the article" in brown.side_chain
    assert actor(result, "Tom Smith").side == ""        # a private person keeps no side


def test_georgia_alone_is_the_country():
    text = ("Title\n\nGeorgia's president Mikheil Kavelashvili spoke in Tbilisi. Ukraine's Kharkiv region "
            "was shelled, said Governor Oleh Syniehubov.\n")
    result = find_actors(parse(text))
    assert actor(result, "Mikheil Kavelashvili").side == "Georgia"
    # Georgia, Ukraine and Kharkiv share the places: no home country, no side from one
    assert actor(result, "Oleh Syniehubov").side == ""


def test_talks_between_two_states_have_no_home_country():
    text = ("Title\n\nThe Russian and the Ukrainian delegations met in Istanbul on Monday. Russia said that "
            "Ukraine had attacked Kursk, and Ukraine said that Russia had shelled Kharkiv and Zaporizhzhia "
            "all through the night. Senator Lindsey Graham said that it was time for the sanctions.\n")
    article = parse(text)
    result = find_actors(article)
    assert home_country(article, result) == ("", "", False)
    assert actor(result, "Lindsey Graham").side == ""


def test_a_surname_after_a_title_is_no_organization():
    result = find_actors(parse("Title\n\nMayor Wagner said the city would pay. Wagner fighters crossed "
                               "into Belgorod.\n"))
    assert actor(result, "Wagner").type == "person"
    assert actor(result, "Wagner Group").side == "Russia"


def test_public_titles():
    assert public_title("Fulton Superior Court Judge") == "judge"
    assert public_title("then Gov.") == "gov."
    assert public_title("Freeholder") == "freeholder"
    assert public_title("chairman of the board") == ""


def test_an_abbreviated_title_does_not_end_the_sentence():
    article = parse("Title\n\nThe bonds were proposed by then Gov. Marvin Griffin last year. Nothing came of it.\n")
    assert len(article.sentences) == 3        # the title and two sentences
    assert actor(find_actors(article), "Marvin Griffin").role == "Gov."


def test_an_oblast_governor_is_of_its_state_in_a_war_report():
    text = ("Title\n\nThe Russian forces struck Zaporizhzhia in the night, and two of the people there were "
            "killed, Zaporizhzhia Oblast Governor Ivan Fedorenko reported. Moscow said that the strikes were "
            "at the military targets of the city and that it was in the right.\n")
    result = find_actors(parse(text))
    assert actor(result, "Ivan Fedorenko").side_chain == \
        "Fedorenko: Zaporizhzhia Oblast Governor -> Zaporizhzhia -> Ukraine"


def test_a_subdivision_word_not_beside_the_title_ties_no_one():
    text = ("Title\n\nIn Washington, The President said that the Senate would vote on the treaty. "
            "Russia and Ukraine and France and Germany watched the vote.\n")
    result = find_actors(parse(text))
    assert "Washington" not in "".join(result.actors.side_chain)


def test_a_home_story_that_reports_on_abroad_gives_only_its_domestic_officials():
    text = ("Title\n\nSen. Ralph Jones of the state said on Monday that Texas, Oklahoma, Kansas, Ohio and "
            "Iowa would all vote for the bill in the end.\n\n"
            "In Moscow, Premier Nikita Khrushchev said that Laos was the place for the talks, and the "
            "United States said that it was not. Laos and the United States and Russia were at odds.\n")
    article = parse(text)
    result = find_actors(article)
    state, evidence, domestic_only = home_country(article, result)
    assert (state, domestic_only) == ("United States", True)
    assert actor(result, "Ralph Jones").side == "United States"
    assert actor(result, "Nikita Khrushchev").side != "United States"


def test_domestic_titles():
    assert public_title("Sheriff", domestic=True) == "sheriff"
    assert public_title("Gov.", domestic=True) == "gov."
    assert public_title("Premier", domestic=True) == ""
    assert public_title("Premier") == "premier"


def test_an_office_of_a_company_is_no_public_office():
    assert public_title("President") == "president"
    assert public_title("Former Vice-President") == "vice-president"
    assert public_title("president") == ""                       # "railroad president Alfred Perlman"
    assert public_title("President of the exchange") == ""
    assert public_title("national secretary of the home missions department") == ""


def test_a_wire_dateline_gives_its_state_to_the_officials_it_leaves_unqualified():
    text = ("Title\n\nKYIV, March 14 (Reuters) - Ukraine is ready to accept a ceasefire as soon as Russia "
            "halts its attacks, Foreign Minister Oleksandr Hrytsenko said on Friday, as the envoys of the "
            "United States prepared for a new round of the talks. Russian Deputy Foreign Minister Igor "
            "Savelyev said that it was too early.\n")
    article = parse(text)
    result = find_actors(article)
    assert actor(result, "Oleksandr Hrytsenko").side_chain == \
        "Hrytsenko: foreign minister -> dateline KYIV -> Ukraine"
    assert actor(result, "Igor Savelyev").side == "Russia"     # the text's own tie stays


def test_a_presidential_aide_holds_public_office():
    assert public_title("presidential aide") == "presidential aide"
    assert public_title("aide") == ""


def test_a_party_tag_is_no_part_of_the_name():
    result = find_actors(parse("Title\n\nJames P. Mitchell and Sen. Walter H. Jones R-Bergen disagreed last "
                               "night on the value of the remark.\n"))
    assert actor(result, "Walter H. Jones").role == "Sen."


# --- officials named without their state ----------------------------------------------------

def test_a_historical_state_has_its_demonym():
    result = find_actors(parse("Title\n\nSoviet Premier Ivan Petrov arrived in Vienna for the talks.\n"))
    assert actor(result, "Ivan Petrov").side == "Soviet Union"


def test_a_country_after_the_name_ties_the_person_to_it():
    text = ("Title\n\nAt the dinner President Ada Mbeki of Kenya sat beside the guests. "
            "The founder was King Albert 3, of the Belgians, who ruled for years.\n")
    result = find_actors(parse(text))
    assert actor(result, "Ada Mbeki").side == "Kenya"
    assert actor(result, "Albert").side == "Belgium"


def test_an_apposition_that_opens_with_a_title_of_several_words():
    text = ("Title\n\nThe Ohio and Texas and Iowa courts met on Monday. The case was announced by "
            "Walter K. Dunmore, District Attorney. Paul Farr, state fire warden in the forest service, retired.\n")
    result = find_actors(parse(text))
    assert actor(result, "Walter K. Dunmore").role == "District Attorney"
    assert actor(result, "Walter K. Dunmore").side == "United States"
    assert actor(result, "Paul Farr").side == "United States"


def test_a_lower_case_title_word_before_a_noun_is_an_adjective():
    assert public_title("general superintendent") == ""
    assert public_title("general") == "general"
    assert public_title("Gen.") == "gen."


def test_titles_of_a_chamber_of_a_federal_service_and_of_a_state_agency():
    assert public_title("Senate Republican Leader") == "leader"
    assert public_title("House Rules Committee chairman") == "chairman"
    assert public_title("White House chief") == ""          # the White House is no chamber
    assert public_title("federal housing chief") == "chief"
    assert public_title("former chairman of the Texas Highway Commission") == "chairman"
    # a party's officials are none: "a state GOP chairman speaks for a party"
    assert public_title("state GOP chairman") == ""
    assert public_title("chairman of the Texas Republican Party") == ""


def test_an_office_the_sentence_gives():
    text = ("Title\n\nTexas and Ohio and Iowa voted on Monday. Lee Hartwell has been appointed assistant "
            "district attorney, the office said. The Senate confirmed Ruth Amberly as the nation's federal "
            "farm chief.\n")
    result = find_actors(parse(text))
    assert actor(result, "Lee Hartwell").role == "assistant district attorney"
    assert actor(result, "Lee Hartwell").side == "United States"
    assert actor(result, "Ruth Amberly").side == "United States"


def test_a_title_with_the_suffix_of_its_time_inside():
    result = find_actors(parse("Title\n\nThe offer came through Secretary-designate of State Paul Danner.\n"))
    assert actor(result, "Paul Danner").side == "United States"


def test_an_agency_before_a_title_gives_its_state():
    result = find_actors(parse("Title\n\nFBI agent Thomas Welland boarded the plane unarmed.\n"))
    assert actor(result, "Thomas Welland").side == "United States"


def test_a_subdivision_possessive_before_a_name():
    text = ("Title\n\nThe House met on Monday. Mississippi and Missouri members spoke first. "
            "Missouri's Calvin Brandt objected, and Georgia's Hal Vernon agreed with him.\n")
    result = find_actors(parse(text))
    assert actor(result, "Calvin Brandt").side_chain == "Brandt: Missouri's Calvin Brandt -> Missouri -> United States"
    # Georgia beside two US states is the US state, not the country
    assert actor(result, "Hal Vernon").side == "United States"


LOCAL = ("Title\n\nSpringfield, Ill., May 2.\n\n"
         "Circuit Judge Paul Crane set no date for the sentencing.\n\n"
         "A plant in Dayton, Ohio, closed on Friday.\n\n"
         "Havana, May 2 -- Cuba said that Cuba would try the invaders. Cuba and Cuba and Cuba.\n\n"
         "Laos asked for arms and Laos asked again. Laos and Laos.\n\n"
         "President Tom Redfield met his advisers on Monday.\n\n"
         "In Havana, Premier Jorge Salas said the trials would go on.\n")


def test_home_affairs_officials_take_the_state_of_the_subdivisions_named_bare():
    article = parse(LOCAL)
    result = find_actors(article)
    assert home_country(article, result)[0] == ""       # Cuba and Laos are named more often
    crane = actor(result, "Paul Crane")
    assert crane.side == "United States"
    assert "subdivisions named with no state beside them" in crane.side_chain


def test_an_unqualified_national_title_is_the_home_country_s_unless_placed_abroad():
    result = find_actors(parse(LOCAL))
    assert actor(result, "Tom Redfield").side == "United States"
    assert "named with no state" in actor(result, "Tom Redfield").side_chain
    # "In Havana, Premier ..." is no home official: the paragraph places him in Cuba's capital
    assert actor(result, "Jorge Salas").side == "Cuba"


def test_subdivisions_named_once_do_not_make_a_home():
    text = ("Title\n\nThe letter was delivered to Premier Ivan Sorokin in Novosibirsk, Siberia, on March 9. "
            "President Tom Redfield waited. Russia and the United States and Russia and the United States spoke.\n")
    result = find_actors(parse(text))
    assert actor(result, "Tom Redfield").side == ""


def test_a_plural_title_is_shared_by_the_names_it_introduces():
    text = ("Title\n\nTexas and Ohio and Iowa voted on Monday. Dallas may hear a debate soon between "
            "Reps. Tom (Red) Barrow and Joe Ratner. The defenders were mostly small-town legislators like "
            "Sam F. Cole of Newton and Joe Chaplin of Sulphur Springs. Farmers like Walter Pruitt and Ellen Marsh "
            "wrote to them.\n")
    result = find_actors(parse(text))
    assert actor(result, "Joe Ratner").role == "Reps."
    assert actor(result, "Joe Chaplin").role == "legislator"
    assert actor(result, "Joe Chaplin").side == "United States"
    assert actor(result, "Ellen Marsh").side == ""         # a list no title introduces


def test_an_office_of_a_body_named_again_by_its_head_noun():
    text = ("Title\n\nThe Peace Corps sent teachers to Ghana and Ghana asked for more. "
            "Sam Tiller, director of the corps, said the teachers were ready.\n")
    result = find_actors(parse(text))
    assert actor(result, "Sam Tiller").side_chain == "Tiller: director of the corps -> Peace Corps -> United States"


def test_an_unqualified_minister_beside_a_state_s_government():
    text = ("Title\n\nTexas and Ohio and Iowa voted on Monday, and the United States watched.\n\n"
            "The Laos government plea was made by Foreign Minister Tiao Somsak. He asked for U.S. arms.\n\n"
            "Secretary of the Treasury Ned Dalton flew to Uruguay.\n")
    result = find_actors(parse(text))
    assert actor(result, "Tiao Somsak").side == "Laos"
    assert actor(result, "Ned Dalton").side == "United States"


def test_an_organisation_head_named_by_title_alone():
    text = "Title\n\nSecretary-General Dag Lund decided that the U.N. troops sent into the Congo would come from Africa.\n"
    result = find_actors(parse(text))
    assert actor(result, "Dag Lund").side == "United Nations"


def test_the_apposition_after_a_hometown_and_a_longer_name_ending_in_an_alias():
    text = ("Title\n\nTexas and Ohio and Iowa voted on Monday. Marshall Fenby of Plainview, former chairman "
            "of the Texas Highway Commission, suggested a plan.\n")
    result = find_actors(parse(text))
    fenby = actor(result, "Marshall Fenby")
    assert fenby.role == "former chairman of the Texas Highway Commission"
    assert fenby.side == "United States"                 # not the European Commission's
    assert "European Commission" not in set(result.actors.actor)


def test_a_foreign_state_in_the_sentence_keeps_the_home_country_from_an_unqualified_title():
    text = ("Title\n\nTexas and Ohio and Iowa and Utah and Maine voted on Monday, and the United States "
            "watched.\n\n"
            "The junta has ruled Turkey since the overthrow of Premier Adnan Kaya last year.\n\n"
            "Former Vice-President Ralph Dunne called for a tougher policy toward the Soviet Union.\n\n"
            "Commerce Secretary Luther Hale toured plants of two of Italy's biggest companies.\n")
    result = find_actors(parse(text))
    assert actor(result, "Adnan Kaya").side == ""           # Turkey's, not the home country's
    assert actor(result, "Ralph Dunne").side == "United States"    # the Soviet Union is what he speaks of
    assert actor(result, "Luther Hale").side == "United States"    # Italy owns the companies


def test_a_possessive_state_before_words_that_describe_the_person():
    text = "Title\n\nIn talks with Nationalist China's dapper, diminutive Vice President Chen Wu, the guests smiled.\n"
    result = find_actors(parse(text))
    assert actor(result, "Chen Wu").side == "China"


def test_a_university_chancellor_holds_no_public_office():
    assert public_title("Chancellor of Chicago") == ""
    assert public_title("Chancellor") == "chancellor"


def test_a_surname_that_is_a_title_and_a_body_read_as_a_person_take_no_state():
    text = ("Title\n\nTexas and Ohio and Iowa voted on Monday. Mrs. Clinton B. King, John Holabird Jr., "
            "and Norman Boothby will judge the costumes. The Boys Clubs of America met in Ohio.\n")
    result = find_actors(parse(text))
    sides = dict(zip(result.actors.actor, result.actors.side))
    assert sides.get("John Holabird Jr.", "") == ""        # "King" is Mrs. King's surname, no title
    assert sides.get("Boys Clubs", "") == ""               # a body's name, not a person of America


def test_the_place_of_a_post_or_its_mission_between_title_and_name_is_not_the_side():
    # "ambassador in London" is posted there and serves Russia; "to the UN" is the mission, the
    # possessive state is the one served
    result = find_actors(parse("Title\n\nThe Chinese ambassador in Paris, Li Wen, said France was wrong.\n\n"
                               "Brazil's Permanent Representative to the UN Joao Silva said the council must act.\n\n"
                               "Japan's ambassador to Germany, Ken Sato, spoke too.\n"))
    assert (actor(result, "Li Wen").side, actor(result, "Li Wen").role) == ("China", "Chinese ambassador in Paris")
    assert actor(result, "Joao Silva").side == "Brazil"
    assert actor(result, "Ken Sato").side == "Japan"


def test_an_organisation_s_possessive_before_a_title_gives_the_organisation():
    result = find_actors(parse("Title\n\nThe EU's trade chief, Anna Berg, said tariffs would follow.\n"))
    assert actor(result, "Anna Berg").side == "European Union"


def test_the_head_of_a_subdivision_s_administration_holds_a_public_office():
    result = find_actors(parse("Title\n\nAccording to the head of the Odesa regional administration, "
                               "Petro Hnatiuk, the port was hit.\n\n"
                               "The chairman of the Ohio Democratic party, Tom Smith, said no.\n"))
    hnatiuk = actor(result, "Petro Hnatiuk")
    assert hnatiuk.role == "head of the Odesa regional administration"
    assert (hnatiuk.side, hnatiuk.side_chain) == ("Ukraine", "Hnatiuk: head of the Odesa regional administration -> Odesa -> Ukraine")
    assert actor(result, "Tom Smith").side == ""       # a party's officer speaks for no state


def test_a_paragraph_placed_in_a_capital_gives_its_officials_that_state_under_another_dateline():
    text = ("Title\n\nMOSCOW, March 13 (Reuters) - The Kremlin said it had questions about the plan.\n\n"
            "Presidential aide Ivan Petrov said Moscow was studying it.\n\n"
            "In Kyiv, officials accused Moscow of stalling. Presidential chief of staff Taras Bulba wrote "
            "that Russia was looking for excuses.\n")
    result = find_actors(parse(text))
    assert actor(result, "Ivan Petrov").side == "Russia"                 # the dateline's city
    bulba = actor(result, "Taras Bulba")
    assert bulba.side == "Ukraine"
    assert bulba.side_chain == "Bulba: chief of staff -> paragraph placed in Kyiv -> Ukraine"


def test_an_envoy_holds_a_public_office():
    assert public_title("special envoy") == "special envoy"
    assert public_title("presidential chief of staff") == "chief of staff"
    assert public_title("chief of staff of the union") == ""

"""Plain wire English the pattern dictionary codes (issue 10, item 3: verb coverage).

Each family of patterns gets sentences written for these tests in wire style, with the
CAMEO code and the country-and-sector prefixes of source and recipient they must give,
and near misses that must not give that code (precision).
"""

from __future__ import annotations

import pytest

from .vocabulary_checks import check_codes, check_near_miss

CASES = [
    # courts easing their hold: acquittals and bail (CAMEO.2.0: 081)
    (
        "A court in Ankara acquitted six journalists on Friday.",
        "081",
        "TURJUD",
        "TURMED",
    ),
    (
        "The opposition leader was acquitted by the supreme court of all charges.",
        "081",
        "---JUD",
        "---OPP",
    ),
    ("A judge granted the former minister bail on Tuesday.", "081", "---JUD", "---ELI"),
    # captives handed over are released
    (
        "The rebels handed the hostages over to the Red Cross on Sunday.",
        "0841",
        "---REB",
        "NGOICR",
    ),
    # kept out of politics: a ban on a politician (1722)
    (
        "The election commission barred the opposition leader from the election.",
        "1722",
        "---GOV",
        "---OPP",
    ),
    (
        "The court banned the former prime minister from politics for ten years.",
        "1722",
        "---JUD",
        "---ELI",
    ),
    # sanctions lists and blacklists (163)
    (
        "The Treasury added three Russian banks to its sanctions list.",
        "163",
        None,
        "RUSBUS",
    ),
    ("Washington put the militia on its terrorism blacklist.", "163", "USAGOV", None),
    # money set aside for someone is promised (0331); a prosecution is legal action (115)
    ("China earmarked 1 billion dollars for Pakistan.", "0331", "CHN", "PAK"),
    (
        "The public prosecutor's office launched a prosecution against the former mayor.",
        "115",
        "---JUD",
        "---ELI",
    ),
    # receptions: an audience granted, a capital playing host (043)
    ("The king granted an audience to Blinken on Sunday.", "043", "---GOV", "USAGOV"),
    ("Beijing played host to the Turkish president.", "043", "CHNGOV", "TURGOV"),
    # a go-between (045)
    (
        "Kuwait acted as a mediator between Saudi Arabia and Qatar.",
        "045",
        "KWT",
        "SAU",
    ),
    # arms promised (0332), a weapons package (072), military trainers sent (072; said
    # for the future, so promised)
    ("Britain pledged 100 tanks to Ukraine.", "0332", "GBR", "UKR"),
    ("Germany promised air defence systems to Kyiv.", "0332", "DEU", "UKRGOV"),
    (
        "The Pentagon announced a new weapons package for Ukraine.",
        "072",
        "USAGOV",
        "UKR",
    ),
    ("Canada sent 50 military trainers to Latvia in May.", "072", "CAN", "LVA"),
    # aid approved is aid promised: military (0332), humanitarian (0333), any (033)
    (
        "Washington authorized a new delivery of military aid to Ukraine on Monday.",
        "0332",
        "USA",
        "UKR",
    ),
    (
        "The European Commission approved emergency food aid for Sudan.",
        "0333",
        "IGOEU",
        "SDN",
    ),
    ("Japan approved an aid package for Sri Lanka on Friday.", "033", "JPN", "LKA"),
    # a conviction or sentence overturned, quashed or commuted (081)
    (
        "The high court overturned the conviction of the former president.",
        "081",
        "---JUD",
        "---ELI",
    ),
    (
        "The appeals court quashed the sentence against the journalist.",
        "081",
        "---JUD",
        "---MED",
    ),
    # citizenship or immunity taken away (172); accreditation and licences of the press
    # revoked (1721)
    ("Bahrain stripped 138 people of their citizenship.", "172", "BHR", "BHRCVL"),
    (
        "Parliament stripped the opposition lawmaker of his immunity.",
        "172",
        "---LEG",
        "---OPP",
    ),
    (
        "Russia withdrew the accreditation of two German journalists.",
        "1721",
        "RUS",
        "DEUMED",
    ),
    # a suspension of links (160) or a severing of ties (161), named as a noun
    ("Moscow announced the suspension of flights to Georgia.", "160", "RUSGOV", "GEO"),
    (
        "Saudi Arabia announced the severing of diplomatic ties with Iran.",
        "161",
        "SAU",
        "IRN",
    ),
    # charges dropped, a case dismissed, a sentence reduced (081)
    (
        "Prosecutors dropped the charges against the opposition leader.",
        "081",
        "---JUD",
        "---OPP",
    ),
    (
        "The judge dismissed the case against the former president.",
        "081",
        "---JUD",
        "---ELI",
    ),
    (
        "The supreme court reduced the sentence of the jailed activist.",
        "081",
        "---JUD",
        "---OPP",
    ),
    # an apology (055), recognition granted and ambassadors exchanged (054)
    ("Germany offered a formal apology to Namibia on Friday.", "055", "DEU", "NAM"),
    (
        "The United States granted recognition to the new government in Kabul.",
        "054",
        "USA",
        "AFGGOV",
    ),
    # control handed over (0842)
    (
        "The US military transferred control of the air base to the Afghan army.",
        "0842",
        "USAMIL",
        "AFGMIL",
    ),
    # ordered to leave: diplomats are expelled (161), journalists too (174)
    (
        "Mali ordered the French ambassador to leave within 72 hours.",
        "161",
        "MLI",
        "FRAGOV",
    ),
    (
        "Ethiopia ordered two British journalists to leave the country.",
        "174",
        "ETH",
        "GBRMED",
    ),
    # a border or airspace reopened (080); opened to refugees, they are let in (073)
    ("Turkey reopened its border with Syria on Monday.", "080", "TUR", "SYR"),
    ("Qatar reopened its airspace to Bahraini flights.", "080", "QAT", "BHR"),
    (
        "Poland opened its borders to refugees from Ukraine.",
        "073",
        "POL",
        "UKRREF",
    ),
    # consultations in plain words: talking with an office-holder, lunch together (040);
    # flying into a capital, a courtesy call (042)
    (
        "The Turkish president talked with the Serbian president on Monday.",
        "040",
        "TURGOV",
        "SRBGOV",
    ),
    ("Macron had lunch with the German chancellor.", "040", "FRAGOV", "DEUGOV"),
    (
        "The Chinese foreign minister flew into Islamabad on Monday.",
        "042",
        "CHNGOV",
        "PAKGOV",
    ),
    (
        "The Japanese ambassador paid a courtesy call on the Thai prime minister.",
        "042",
        "JPNGOV",
        "THAGOV",
    ),
    # hit or targeted with sanctions is a sanction (163), with a fine a fine (172), not an
    # attack; a veto cast (129)
    ("The EU hit Russia with new sanctions on Monday.", "163", "IGOEU", "RUS"),
    (
        "The United States targeted Venezuelan officials with sanctions.",
        "163",
        "USA",
        "VENGOV",
    ),
    ("Regulators hit the state oil company with a record fine.", "172", None, None),
    (
        "China cast a veto against the French resolution on Monday.",
        "129",
        "CHN",
        None,
    ),
    # attacked in words: over a grievance, in a speech (111); targeted in a probe (090)
    (
        "The opposition attacked the government over rising fuel prices.",
        "111",
        "---OPP",
        "---GOV",
    ),
    (
        "The Turkish president attacked the Greek prime minister in a speech.",
        "111",
        "TURGOV",
        "GRCGOV",
    ),
    (
        "Prosecutors targeted the former president in a corruption probe.",
        "090",
        "---JUD",
        "---ELI",
    ),
    # transfers named as nouns: property returned (0842), a suspect extradited (063),
    # arms sold (072), prisoners swapped (0841)
    (
        "Germany completed the return of looted bronzes to Nigeria.",
        "0842",
        "DEU",
        "NGA",
    ),
    (
        "Sweden approved the extradition of the Kurdish activist to Turkey.",
        "063",
        "SWE",
        "TUR",
    ),
    (
        "The Pentagon announced the sale of F-16 jets to Turkey.",
        "072",
        "USAGOV",
        "TUR",
    ),
    (
        "The prisoner swap between Armenia and Azerbaijan took place on Sunday.",
        "0841",
        "ARM",
        "AZE",
    ),
    # barred from entering (172), from running for office (1722)
    (
        "Russia banned nine British journalists from entering the country.",
        "172",
        "RUS",
        "GBRMED",
    ),
    (
        "The court barred the opposition leader from running for president.",
        "1722",
        "---JUD",
        "---OPP",
    ),
    # a warning issued or sent to someone (130)
    (
        "China issued a stern warning to the United States over Taiwan.",
        "130",
        "CHN",
        "USA",
    ),
    # weapons and military craft handed or gifted to an army (072)
    (
        "The United States handed 20 armored vehicles to the Lebanese army.",
        "072",
        "USA",
        "LBNMIL",
    ),
    ("Britain gifted 10 patrol boats to the Ghanaian navy.", "072", "GBR", "GHAMIL"),
    # declining to say, elaborate or confirm; staying silent (011)
    ("A police spokesman declined to elaborate.", "011", "---COP", None),
    (
        "The Foreign Ministry declined to say whether talks would resume.",
        "011",
        "---GOV",
        None,
    ),
    ("The Kremlin remained silent on the arrests.", "011", "RUSGOV", None),
    (
        "The Turkish government kept its silence over the killing.",
        "011",
        "TURGOV",
        None,
    ),
    # war crimes (1124), sedition (1125), a ceasefire violated (1123)
    (
        "Kyiv accused Moscow of war crimes in the occupied south.",
        "1124",
        "UKRGOV",
        "RUSGOV",
    ),
    ("The junta accused the journalists of sedition.", "1125", "---MIL", "---MED"),
    ("India blamed Pakistan for violating the ceasefire.", "1123", "IND", "PAK"),
    # sanctions (085) and restrictions (081) lifted, as a noun
    (
        "The United States announced the lifting of sanctions on Sudan.",
        "085",
        "USA",
        "SDN",
    ),
    (
        "The government announced the lifting of restrictions on the opposition.",
        "081",
        "---GOV",
        "---OPP",
    ),
    # missile tests are a show of force (150); joint patrols with a partner (062)
    ("Israel test-fired a ballistic missile on Tuesday.", "150", "ISR", None),
    ("North Korea conducted a missile test off its east coast.", "150", "PRK", None),
    ("Turkey and Qatar held joint naval patrols in the Gulf.", "062", "TUR", "QAT"),
    # summoned for questioning (090)
    (
        "A court summoned the former prime minister for questioning.",
        "090",
        "---JUD",
        "---ELI",
    ),
    # a joint venture (061); a fact-finding mission, an interrogation (090)
    (
        "Japan and India launched a joint venture to build high-speed rail.",
        "061",
        "JPN",
        "IND",
    ),
    ("The UN sent a fact-finding mission to Myanmar.", "090", "IGOUNO", "MMR"),
    (
        "Israeli security agents interrogated the Palestinian lawmaker.",
        "090",
        "ISR",
        "PSELEG",
    ),
    # revenge vowed on someone (138); reservists called up (154)
    ("Iran vowed revenge against Israel.", "138", "IRN", "ISR"),
    ("Israel called up 300,000 reservists.", "154", "ISR", None),
    # an envoy called in (114), a high commissioner recalled (161), a sit-down (040)
    (
        "The French foreign ministry called in the Iranian ambassador.",
        "114",
        "FRAGOV",
        "IRNGOV",
    ),
    ("Kenya recalled its high commissioner from Tanzania.", "161", "KEN", "TZA"),
    (
        "The Turkish foreign minister sat down with his Greek counterpart in Athens.",
        "040",
        "TURGOV",
        "GRCGOV",
    ),
    # a complaint filed with a body against someone targets that someone (114)
    (
        "Venezuela filed a complaint with the United Nations against Guyana.",
        "114",
        "VEN",
        "GUY",
    ),
    # fighter jets and air defence asked for (0232); support voiced (032)
    (
        "Ukraine asked Germany for more air defence systems.",
        "0232",
        "UKR",
        "DEU",
    ),
    (
        "Japan voiced support for the Philippines in the maritime dispute.",
        "032",
        "JPN",
        "PHL",
    ),
    # taken into custody (173); an invitation extended (036); a guest at the Kremlin (043)
    (
        "Police took the opposition leader into custody on Friday.",
        "173",
        "---COP",
        "---OPP",
    ),
    (
        "The president extended an invitation to his Mexican counterpart.",
        "036",
        "---GOV",
        "MEXGOV",
    ),
    ("Putin welcomed Xi at the Kremlin on Monday.", "043", "RUSGOV", "CHNGOV"),
    # a cabinet approved (051); an election conceded (080), or not (124)
    ("The parliament approved the new cabinet.", "051", "---LEG", "---GOV"),
    ("The president conceded the election to his rival.", "080", "---GOV", None),
    (
        "The outgoing Zambian president refused to concede the election to his rival.",
        "124",
        "ZMBGOV",
        None,
    ),
    # agreements revoked (160); a rally banned (1721)
    ("Niger revoked its military agreements with France.", "160", "NER", "FRA"),
    ("The police banned the opposition rally.", "1721", "---COP", "---OPP"),
    # shops and cars burned, offices ransacked (1712); by rioters, a riot (145: CAMEO's
    # "protest forcefully, in a potentially destructive manner")
    ("Rioters torched shops and vehicles in the township.", "145", "---OPP", None),
    ("An angry mob set the suspect's car ablaze.", "1712", None, None),
    ("Gunmen ransacked the offices of the newspaper.", "1712", "---UAF", None),
    # places freed from an armed group are taken (192)
    (
        "Iraqi troops freed several villages from militants.",
        "192",
        "IRQMIL",
        "IRQREB",
    ),
    # headline words for criticism (111)
    (
        "Washington rapped Beijing over its treatment of Uighurs.",
        "111",
        "USAGOV",
        "CHNGOV",
    ),
    (
        "The prime minister took a swipe at the opposition leader.",
        "111",
        "---GOV",
        "---OPP",
    ),
    (
        "The president belittled the opposition leader in a speech.",
        "111",
        "---GOV",
        "---OPP",
    ),
    # banks nationalised (1711)
    ("The government nationalised two private banks.", "1711", "---GOV", "---BUS"),
    # arraigned (115), paroled (0841), an arrest ordered or sought (173)
    (
        "Prosecutors arraigned the opposition leader on Tuesday.",
        "115",
        "---JUD",
        "---OPP",
    ),
    ("The governor paroled the former senator.", "0841", "---GOV", "---ELI"),
    (
        "The court ordered the arrest of the former prime minister.",
        "173",
        "---JUD",
        "---ELI",
    ),
    # a state banquet, a welcoming ceremony, a red carpet (043)
    (
        "Qatar's emir held a state banquet for the French president.",
        "043",
        "QATGOV",
        "FRAGOV",
    ),
    ("China rolled out the red carpet for the Russian leader.", "043", "CHN", "RUSGOV"),
    # a terrorist designation (163); a missile into the sea (150)
    (
        "Britain designated the Wagner militia as a terrorist organisation.",
        "163",
        "GBR",
        "RUSMILWAG",
    ),
    (
        "North Korea fired a ballistic missile into the Sea of Japan.",
        "150",
        "PRK",
        None,
    ),
    # nouns with their doer and victim: a killing, a shooting, a conviction, an
    # indictment, a sentencing
    (
        "The killing of the journalist by soldiers sparked outrage.",
        "190",
        "---MIL",
        "---MED",
    ),
    (
        "The shooting of three protesters by police triggered riots.",
        "193",
        "---COP",
        "---OPP",
    ),
    (
        "The conviction of the opposition leader by a Moscow court drew criticism.",
        "116",
        "RUSJUD",
        "RUSOPP",
    ),
    (
        "The indictment of the former president by a grand jury was unsealed.",
        "115",
        "---JUD",
        "---ELI",
    ),
    (
        "The sentencing of the journalist by a Cairo court drew criticism.",
        "173",
        "EGYJUD",
        "EGYMED",
    ),
    # called off: a summit cancelled (161), talks halted (164)
    ("Iran called off the summit with Saudi Arabia.", "161", "IRN", "SAU"),
    (
        "The rebels called off talks with the government.",
        "164",
        "---REB",
        "---GOV",
    ),
    # rescue teams, a field hospital, doctors sent (073); food airdropped into a place
    ("The UAE sent a field hospital to Gaza.", "073", "ARE", "PSE"),
    (
        "Turkey dispatched rescue teams to Syria after the earthquake.",
        "073",
        "TUR",
        "SYR",
    ),
    ("Cuba sent 200 doctors to Italy.", "073", "CUB", "ITA"),
    ("The United States airdropped food into Gaza.", "073", "USA", "PSE"),
    # a strike by walking off the job (143)
    ("Nurses walked off the job across the country.", "143", "---HLH", None),
    # a minute's silence kept for the dead is symbolic (017), not a refusal to comment
    (
        "Lawmakers kept a minute's silence for the victims of the attack.",
        "017",
        "---LEG",
        None,
    ),
    # peacekeepers expelled (1661), or threatened with it (136)
    ("Mali expelled the UN peacekeepers.", "1661", "MLI", "IGOUNOPKO"),
    (
        "The government threatened to expel the UN peacekeepers.",
        "136",
        "---GOV",
        "IGOUNOPKO",
    ),
    # an ambassador returned or credentials presented (050); an ambassador ordered home
    # (161)
    ("Colombia returned its ambassador to Caracas.", "050", "COL", "VENGOV"),
    (
        "The new German ambassador presented his credentials to the Kenyan president.",
        "050",
        "DEUGOV",
        "KENGOV",
    ),
    (
        "Israel ordered its ambassador in Ankara to return home for consultations.",
        "161",
        "ISR",
        "TUR",
    ),
    # restraint urged on someone is an appeal to de-escalate (0256)
    (
        "The UN called on Israel and Hamas to exercise restraint.",
        "0256",
        "IGOUNO",
        "ISR",
    ),
    # raids on offices and homes are confiscations in the CAMEO manual (1711)
    (
        "Police raided the offices of the opposition newspaper.",
        "1711",
        "---COP",
        "---OPP",
    ),
    (
        "The police raid on the offices of the human rights group drew criticism.",
        "1711",
        "---COP",
        "---NGO",
    ),
    # tear gas fired INTO a crowd is fired at it
    (
        "Kenyan police fired tear gas into the crowd outside parliament in Nairobi.",
        "175",
        "KENCOP",
        "KEN",
    ),
]


@pytest.mark.parametrize(("text", "code", "source", "recipient"), CASES)
def test_vocabulary_wire_codes(
    coder, text: str, code: str, source: str | None, recipient: str | None
) -> None:
    check_codes(coder, text, code, source, recipient)


NEAR_MISSES = [
    # bail refused is no bail granted
    ("The court refused bail to the opposition leader.", "081"),
    # patients handed over are no captives released
    ("The hospital handed the patients over to another clinic.", "0841"),
    # a list of candidates is no sanctions list
    ("The party added three names to its list of candidates.", "163"),
    # fans kept out of a stadium are not politicians banned
    ("The club banned the fans from the stadium.", "1722"),
    # a band's fans, a firm's trainers, a minister's jobs: no host, no military aid, no
    # arms
    ("The band played host to fans from across Europe.", "043"),
    ("The company sent trainers to its new factory in Kenya.", "072"),
    ("The town offered free tanks of water to residents.", "0332"),
    # a budget approved is no aid promised
    ("The council approved the aid budget for next year.", "033"),
    # a referee's decision, an athlete's medal, a driver's licence
    ("The referee overturned the decision after a video review.", "081"),
    ("The athlete was stripped of his medal.", "172"),
    ("The company revoked the licence of the driver.", "1721"),
    # an airline's flights, a minister's suspension
    (
        "The airline announced the suspension of flights to London because of the strike.",
        "160",
    ),
    ("The union called for the suspension of the minister.", "160"),
    # rebels who surrender hand over no province
    (
        "Ten rebels surrendered to security forces in the southern province on Sunday.",
        "0842",
    ),
    # an accused who dismisses the charges does not drop them
    ("The minister dismissed the charges against her as lies.", "081"),
    # an object reached through any preposition is no object of these: "in recognition
    # of", "an audience of students", "the tank factory", "in case of"
    ("The king gave medals to the soldiers in recognition of their service.", "054"),
    ("The minister gave a speech to an audience of students in Cairo.", "043"),
    ("The president promised jobs to workers at the tank factory.", "0332"),
    ("Russia withdrew its troops in case of an attack.", "081"),
    # protesters told to leave a square are not expelled
    ("The police ordered the protesters to leave the square.", "174"),
    # fire opened at a border crossing is no border opened
    ("Soldiers opened fire at the border crossing.", "080"),
    # reporters and students hear a minister; a rage is no place; friends at dinner
    ("The minister spoke with reporters after the meeting.", "040"),
    ("The prime minister talked with students at the university.", "040"),
    ("The president flew into a rage at the news.", "042"),
    ("The family had dinner with friends in Paris.", "040"),
    # air strikes are no sanctions
    ("The army targeted rebel positions with air strikes.", "163"),
    # sanctions are no attack
    ("The EU hit Russia with new sanctions on Monday.", "190"),
    # blows stay blows: a raid, a weekend, a rally
    ("Militants attacked the army base in a dawn raid.", "111"),
    ("Gunmen attacked the convoy over the weekend.", "111"),
    ("Police attacked protesters during a rally in the capital.", "111"),
    # a speech is no attack
    ("The prime minister attacked the president in a speech.", "190"),
    # refugees going home, a minister's journey, views exchanged, food to a market
    ("The return of the refugees to their homes began on Monday.", "0842"),
    ("The minister's return to Paris was delayed.", "0842"),
    ("The exchange of views between the two leaders was frank.", "0841"),
    ("The shipment of food to the market was delayed by the storm.", "073"),
    # weather keeps no one out
    ("The storm prevented planes from landing at the airport.", "172"),
    # a weather warning for a coast threatens no one
    ("The weather service issued a warning for the coast.", "130"),
    # a firm's vehicles for its staff
    ("The company handed new vehicles to its staff.", "072"),
    # a police post, a column of troops, a conference attacked are attacks
    ("Militants attacked a police post in the northern county last week.", "111"),
    ("Rebels attacked a column of troops in the valley.", "111"),
    ("Gunmen attacked a conference in the capital on Monday.", "111"),
    # an unnamed source is no refusal to comment; a silent march says nothing
    ("An official who declined to be named said the talks had stalled.", "011"),
    ("Thousands staged a silent march in the capital.", "011"),
    ("A neighbour who saw the fire declined to comment.", "011"),
    # declining to say is no rejection; war crimes are no corruption
    ("The Foreign Ministry declined to say whether talks would resume.", "120"),
    ("Kyiv accused Moscow of war crimes in the occupied south.", "1121"),
    # sanctions lifted are no sanctions imposed; a missile test is no shelling
    ("The United States announced the lifting of sanctions on Sudan.", "163"),
    ("Israel test-fired a ballistic missile on Tuesday.", "194"),
    # a joint drill with no partner named, pupils summoned to a meeting
    ("The navy held a joint exercise in the Gulf.", "062"),
    ("The teacher summoned the pupils for a meeting.", "090"),
    # players and reserve lists called up, revenge with no one named, reporters
    ("The coach called up three new players.", "154"),
    ("The ministry called up the reserve list of teachers.", "154"),
    ("Hezbollah vowed retaliation for the killing of its commander.", "138"),
    ("The minister sat down with reporters after the meeting.", "040"),
    ("The coach called in three new players.", "114"),
    # an award at the palace, a player taken into a squad, a rally banned is no party
    # banned, an election conceded is no admission
    ("The president received an award at the palace.", "043"),
    ("The club took the player into its squad.", "173"),
    ("The police banned the opposition rally.", "1722"),
    ("The president conceded the election to his rival.", "015"),
    # prisoners freed are released, not a place taken; tyres burned in a protest, a deal
    # trashed in words
    ("The president freed the political prisoners.", "192"),
    ("The protesters burned tyres on the highway.", "1712"),
    ("The senator trashed the nuclear deal in a speech.", "1712"),
    # a party disciplining a member deports no one; a swipe at a ball
    ("The ruling party expelled the dissident lawmaker from the party.", "174"),
    ("The ruling party suspended three lawmakers from the party.", "161"),
    ("The soldier took a swipe at the ball.", "111"),
    # an arrest ordered is no demand; a staff dinner, an awards dinner host no visit
    ("The court ordered the arrest of the former prime minister.", "100"),
    ("The company held a dinner for its staff.", "043"),
    ("The magazine held an awards dinner for journalists.", "043"),
    # a missile into the sea hits no one; water cannon fired into a crowd is no test;
    # war games in a sea are no missile test
    ("North Korea fired a ballistic missile into the Sea of Japan.", "194"),
    ("Police fired water cannon into the crowd of protesters.", "150"),
    ("The committee listed him as a member of the group.", "163"),
    # a conviction that is a belief; the prosecution as a party in court
    ("The minister spoke of his conviction that peace was possible.", "116"),
    ("The prosecution told the court that the minister lied.", "115"),
    # a summit called off is no appeal for talks
    ("Iran called off the summit with Saudi Arabia.", "026"),
    # investigators and workers sent are no aid
    ("The UN dispatched a team of investigators to Syria.", "073"),
    ("The company sent its workers to Qatar.", "073"),
    # a commercial bank's lending is no aid; a space agency's rocket test no show of force
    ("The bank suspended lending to small businesses.", "1621"),
    ("The space agency conducted a rocket test in Texas.", "150"),
    ("Lawmakers kept a minute's silence for the victims of the attack.", "011"),
    # a raid on an office is no armed attack; a raid on a village still is one
    ("Police raided the offices of the opposition newspaper.", "190"),
    ("Israeli troops raided the village of Beita.", "1711"),
    # a guest welcomed at the Kremlin is received, not praised
    ("Putin welcomed Xi at the Kremlin on Monday.", "051"),
    # an ambassador ordered home for consultations is no demand for a meeting
    (
        "Israel ordered its ambassador in Ankara to return home for consultations.",
        "106",
    ),
]


@pytest.mark.parametrize(("text", "code"), NEAR_MISSES)
def test_vocabulary_wire_near_misses(coder, text: str, code: str) -> None:
    check_near_miss(coder, text, code)

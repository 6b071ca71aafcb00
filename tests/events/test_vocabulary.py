"""Vocabulary of the event patterns: one wire-style sentence per code family.

The sentences are written for these tests. Each asserts the CAMEO code of an event the
coder finds and, where the sentence names them, the country prefix of its source and
recipient.
"""

from __future__ import annotations

import pytest

from .vocabulary_checks import DAY, check_codes

CASES = [
    (
        "The Iranian foreign ministry expressed concern over the deployment of American warships in the Gulf.",
        "012",
        "IRN",
        "USA",
    ),
    (
        "Germany expressed condolences to Turkey after the earthquake on Monday.",
        "018",
        "DEU",
        "TUR",
    ),
    ("China urged restraint on India after the border incident.", "0256", "CHN", "IND"),
    (
        "Egypt called for the withdrawal of Israeli troops from Gaza.",
        "0256",
        "EGY",
        "ISR",
    ),
    (
        "Mali appealed to the United Nations for peacekeepers on Tuesday.",
        "0234",
        "MLI",
        "IGOUNO",
    ),
    (
        "The Pope called for reconciliation between Armenia and Azerbaijan.",
        "027",
        None,
        None,
    ),
    (
        "Kenya offered concessions to Somalia over the maritime border.",
        "035",
        "KEN",
        "SOM",
    ),
    (
        "Brazil pledged troops to the United Nations mission in Haiti.",
        "074",
        "BRA",
        None,
    ),
    (
        "The Turkish foreign minister held a meeting with his Greek counterpart in Ankara on Friday.",
        "040",
        "TUR",
        "GRC",
    ),
    (
        "The Japanese prime minister spoke by telephone with the South Korean president on Monday.",
        "041",
        "JPN",
        "KOR",
    ),
    ("The Indian prime minister paid a visit to Nepal last week.", "042", "IND", "NPL"),
    ("The French president travelled to Algeria on Wednesday.", "042", "FRA", "DZA"),
    (
        "Qatar launched a mediation effort between Sudan and South Sudan.",
        "045",
        "QAT",
        "SDN",
    ),
    ("Canada and Cuba restored diplomatic relations on Tuesday.", "050", "CAN", "CUB"),
    ("Bhutan established diplomatic ties with Germany.", "054", "BTN", "DEU"),
    (
        "Ukraine ratified a trade agreement with Georgia on Tuesday.",
        "057",
        "UKR",
        "GEO",
    ),
    (
        "Russia held joint naval exercises with China in the Sea of Japan.",
        "062",
        "RUS",
        "CHN",
    ),
    ("Norway handed over medicine to the Red Cross in Syria.", "073", "NOR", None),
    ("Sudan lifted a curfew in Khartoum on Sunday.", "0813", "SDN", None),
    (
        "Thailand lifted the state of emergency in Bangkok on Friday.",
        "0814",
        "THA",
        None,
    ),
    ("Israel lifted its blockade on the Gaza Strip.", "0872", "ISR", None),
    (
        "The Nigerian teachers' union called off its strike on Thursday.",
        "082",
        "NGA",
        None,
    ),
    ("The Bolivian president resigned on Sunday.", "0831", "BOL", None),
    (
        "Iraq allowed United Nations inspectors into the country.",
        "0862",
        "IRQ",
        "IGOUNO",
    ),
    ("Colombian rebels laid down their weapons on Friday.", "0873", "COL", None),
    ("Ugandan rebels surrendered to the army on Monday.", "0874", "UGA", None),
    (
        "Spanish prosecutors opened an investigation into the Moroccan consulate.",
        "090",
        "ESP",
        "MAR",
    ),
    (
        "The Kenyan government demanded an apology from Tanzania on Monday.",
        "102",
        "KEN",
        "TZA",
    ),
    ("China protested to Japan over the visit.", "114", "CHN", "JPN"),
    ("Hungary turned down the Austrian request on Tuesday.", "120", "HUN", "AUT"),
    ("Iran violated the United Nations resolution.", "128", "IRN", "IGOUNO"),
    (
        "Venezuelan students staged a protest against the government in Caracas.",
        "141",
        "VEN",
        None,
    ),
    (
        "Iranian activists began a hunger strike in Tehran on Monday.",
        "142",
        "IRN",
        None,
    ),
    ("Greek doctors staged a strike on Wednesday.", "143", "GRC", None),
    (
        "Palestinian youths threw stones at Israeli soldiers in Hebron.",
        "145",
        "PSE",
        None,
    ),
    (
        "Russia is conducting military exercises near the Polish border.",
        "150",
        "RUS",
        None,
    ),
    ("North Korea put its troops on high alert on Friday.", "152", "PRK", None),
    ("Italy suspended flights to Libya on Wednesday.", "160", "ITA", "LBY"),
    (
        "The Chinese foreign minister cancelled his visit to Australia.",
        "161",
        "CHN",
        "AUS",
    ),
    (
        "The Red Cross suspended aid deliveries to Yemen on Wednesday.",
        "162",
        None,
        "YEM",
    ),
    ("Egyptian police fired tear gas at protesters in Cairo.", "175", "EGY", None),
    ("Pakistani police banned protests in Islamabad on Sunday.", "1721", "PAK", None),
    ("The army declared martial law in the capital on Friday.", "1724", None, None),
    ("Indian police confiscated weapons from Maoist rebels.", "1711", "IND", "IND"),
    ("Israeli soldiers blew up a house in the West Bank.", "1712", "ISR", None),
    (
        "Afghan militants detonated a bomb near a police station in Kabul.",
        "183",
        "AFG",
        None,
    ),
    (
        "Two suicide bombers blew themselves up in Baghdad on Monday.",
        "1831",
        "IRQ",
        None,
    ),
    ("Syrian rebels fired rockets into Turkey on Monday.", "194", "SYR", "TUR"),
    (
        "Turkish jets carried out air strikes on Kurdish positions in Iraq.",
        "195",
        "TUR",
        None,
    ),
    ("Saudi warplanes carried out sorties over Yemen on Monday.", "195", "SAU", None),
    ("Somali troops took control of the town on Sunday.", "192", "SOM", None),
    ("Ethiopia imposed a blockade on Tigray.", "191", "ETH", None),
    (
        "Chadian soldiers engaged Libyan rebels in a firefight on Saturday.",
        "193",
        "TCD",
        "LBY",
    ),
    (
        "The Syrian army used chemical weapons against rebels in Idlib.",
        "2041",
        "SYR",
        None,
    ),
    # appeals by kind of aid, support, leadership and regime change
    (
        "Mali asked France for military assistance against the insurgents.",
        "0232",
        "MLI",
        "FRA",
    ),
    (
        "Haiti appealed to Canada for humanitarian aid after the hurricane.",
        "0233",
        "HTI",
        "CAN",
    ),
    ("Lebanon asked Saudi Arabia for financial aid on Monday.", "0231", "LBN", "SAU"),
    (
        "The European Union called for new elections in Belarus.",
        "0241",
        "IGOEUREEC",
        "BLR",
    ),
    (
        "The Iraqi foreign minister urged the Syrian president to step down.",
        "0241",
        "IRQ",
        "SYR",
    ),
    ("Thousands of Syrians sought refuge in Turkey last month.", "1033", "SYR", "TUR"),
    (
        "Bahraini activists submitted a petition to the king on Monday.",
        "020",
        "BHR",
        "BHR",
    ),
    # demands by kind
    (
        "Romanian opposition parties demanded early elections from the government on Friday.",
        "1041",
        "ROU",
        "ROU",
    ),
    (
        "Albanian leaders in Kosovo demanded independence from Serbia.",
        "1044",
        None,
        "SRB",
    ),
    # intent: ceasefire, mediation, trade and military deals
    ("Ethiopia and Eritrea agreed to a truce on Thursday.", "0356", "ETH", "ERI"),
    (
        "The Sudanese government accepted Ethiopian mediation in the border dispute.",
        "038",
        "SDN",
        "ETH",
    ),
    (
        "Chile agreed on a free trade agreement with Peru on Monday.",
        "0311",
        "CHL",
        "PER",
    ),
    # cooperation and praise
    ("Japan expanded economic cooperation with Vietnam.", "061", "JPN", "VNM"),
    (
        "The Afghan president expressed gratitude to India for its assistance.",
        "051",
        "AFG",
        "IND",
    ),
    ("Germany accepted 500 refugees from Greece on Monday.", "073", "DEU", "GRC"),
    ("Britain released the seized Iranian tanker on Thursday.", "0842", "GBR", "IRN"),
    ("Hamas declared a unilateral ceasefire in Gaza on Sunday.", "0871", "PSE", None),
    # accusations and threats by kind
    ("Pakistan blamed India for the attack on its border post.", "1123", "PAK", "IND"),
    (
        "Russia presented evidence against Ukraine at the United Nations.",
        "112",
        "RUS",
        "UKR",
    ),
    (
        "Moscow threatened military action against Georgia on Friday.",
        "138",
        "RUS",
        "GEO",
    ),
    ("Greece threatened to impose trade restrictions on Turkey.", "1312", "GRC", "TUR"),
    # protest, reduced relations, restrictions
    (
        "Thai opposition activists began collecting signatures against the constitution.",
        "140",
        "THA",
        None,
    ),
    (
        "Opposition supporters blocked traffic in central Yerevan on Monday.",
        "144",
        "ARM",
        None,
    ),
    ("Russia cut off gas supplies to Ukraine on Thursday.", "160", "RUS", "UKR"),
    ("China imposed import restrictions on Australian wine.", "163", "CHN", "AUS"),
    ("Turkey closed its border with Syria on Monday.", "191", "TUR", "SYR"),
    (
        "The United States warned its citizens against travel to Haiti on Friday.",
        "160",
        "USA",
        "HTI",
    ),
    ("The Mexican government expelled two Guatemalan diplomats.", "161", "MEX", "GTM"),
    ("The Syrian government imposed a news blackout on Homs.", "1721", "SYR", None),
    # "gather" is no trigger: the demonstrators who gathered are the protest
    (
        "Demonstrators gathered in Nairobi on Monday to urge the government to cut fuel prices.",
        "141",
        "KEN",
        None,
    ),
    # signing, suspending, appeals for ties, receptions, appointments
    (
        "Kenya and Ethiopia signed a joint declaration on border security on Monday.",
        "057",
        "KEN",
        "ETH",
    ),
    (
        "Japan and Bangladesh exchanged notes on a new development loan on Tuesday.",
        "057",
        "JPN",
        "BGD",
    ),
    (
        "The African Union suspended Niger from the bloc on Tuesday.",
        "161",
        "IGO",
        "NER",
    ),
    (
        "The Economic Community of West African States suspended Mali's membership after the coup.",
        "161",
        "IGO",
        "MLI",
    ),
    ("The Turkish president called for closer ties with Egypt.", "022", "TUR", "EGY"),
    (
        "The Chinese president received the new Pakistani ambassador in Beijing.",
        "043",
        "CHN",
        "PAK",
    ),
    (
        "The U.S. Senate confirmed Antony Blinken as secretary of state on Tuesday.",
        "051",
        "USA",
        "USA",
    ),
    (
        "The Kenyan parliament approved the nomination of the new army chief.",
        "051",
        "KEN",
        "KEN",
    ),
    ("France appointed a new ambassador to Rwanda on Friday.", "050", "FRA", "RWA"),
    # money, arms, peacekeepers and refuge
    (
        "The World Bank approved a $500 million loan for Kenya on Thursday.",
        "071",
        "IGO",
        "KEN",
    ),
    ("Pakistan received $1 billion from China on Friday.", "071", "CHN", "PAK"),
    (
        "The United States provided the Lebanese army with weapons and ammunition.",
        "072",
        "USA",
        "LBN",
    ),
    (
        "Rwanda deployed peacekeeping troops to the Central African Republic.",
        "074",
        "RWA",
        "CAF",
    ),
    ("Germany granted refugee status to 20 Afghan journalists.", "075", "DEU", "AFG"),
    ("Dozens of Myanmar soldiers took refuge in India.", "1033", "MMR", "IND"),
    # releases, pardons, returns, defeat conceded
    (
        "The Egyptian president granted pardons to 500 prisoners on Sunday.",
        "0841",
        "EGY",
        "EGY",
    ),
    (
        "A court in Lahore ordered the release of the former prime minister.",
        "0841",
        "PAK",
        "PAK",
    ),
    (
        "Belgium returned a collection of looted artefacts to the Congolese government.",
        "0842",
        "BEL",
        "COD",
    ),
    (
        "The Netherlands handed back 478 looted bronzes to the Nigerian government.",
        "0842",
        "NLD",
        "NGA",
    ),
    (
        "Zambia's ruling party conceded defeat to the opposition on Monday.",
        "080",
        "ZMB",
        "ZMB",
    ),
    # ultimatums and deadlines
    ("ECOWAS gave the Malian junta a deadline to hold elections.", "139", "IGO", "MLI"),
    # complaints, legal action, charges, verdicts, fines
    (
        "Australia launched a complaint against China at the World Trade Organization over barley tariffs.",
        "114",
        "AUS",
        "CHN",
    ),
    (
        "The Ukrainian government launched legal action against Russia at the International Court of Justice.",
        "115",
        "UKR",
        "RUS",
    ),
    (
        "The Brazilian Congress opened impeachment proceedings against the president.",
        "115",
        "BRA",
        "BRA",
    ),
    (
        "Prosecutors in Seoul charged the former defence minister with abuse of power.",
        "115",
        "KOR",
        "KOR",
    ),
    (
        "The Russian government fined the U.S. company for breaking data laws.",
        "172",
        "RUS",
        "USA",
    ),
    (
        "A Cairo court sentenced the opposition leader to ten years in prison.",
        "173",
        "EGY",
        "EGY",
    ),
    (
        "An appeals court in Moscow upheld the conviction of the opposition leader.",
        "173",
        "RUS",
        "RUS",
    ),
    # obstruction and fighting
    (
        "Opposition lawmakers disrupted parliament in Nairobi on Tuesday.",
        "144",
        "KEN",
        "KEN",
    ),
    (
        "Iraqi troops drove Islamic State fighters out of the town of Hit.",
        "190",
        "IRQ",
        None,
    ),
    # consultations, praise, agreements approved, trade
    (
        "The Chinese foreign minister exchanged views with his Iranian counterpart on the nuclear issue.",
        "040",
        "CHN",
        "IRN",
    ),
    (
        "Kenya and Somalia engaged in negotiations over the maritime border.",
        "046",
        "KEN",
        "SOM",
    ),
    (
        "The Indian prime minister felicitated the Nepali president on his election.",
        "051",
        "IND",
        "NPL",
    ),
    (
        "The Georgian parliament approved the association agreement with the European Union.",
        "057",
        "GEO",
        "IGO",
    ),
    ("India bought crude oil from Russia last month.", "061", "IND", "RUS"),
    # aid by kind, debt relief, arms bought and trained forces
    (
        "Japan extended military assistance to the Philippines on Friday.",
        "072",
        "JPN",
        "PHL",
    ),
    ("The European Union provided humanitarian aid to Sudan.", "073", "IGO", "SDN"),
    ("The World Bank granted budget support to Malawi.", "071", "IGO", "MWI"),
    ("Japan wrote off the debt of Myanmar on Friday.", "071", "JPN", "MMR"),
    ("Egypt bought fighter jets from France.", "072", "FRA", "EGY"),
    (
        "Germany delivered air defence systems to Ukraine on Tuesday.",
        "072",
        "DEU",
        "UKR",
    ),
    ("Iran trained Houthi fighters in Yemen, a U.N. report said.", "072", "IRN", "YEM"),
    ("Turkey donated vaccines to Bosnia.", "073", "TUR", "BIH"),
    ("Lebanon took in Syrian refugees.", "073", "LBN", "SYR"),
    ("Russia and Ukraine exchanged prisoners on Saturday.", "0841", "RUS", "UKR"),
    # criticism, rejection, reduced relations, seizures, expulsions
    (
        "The Iranian foreign minister hit out at the United States on Monday.",
        "111",
        "IRN",
        "USA",
    ),
    ("The opposition implicated the army in the killings.", "112", None, None),
    ("The Kenyan Senate voted down the president's budget bill.", "120", "KEN", "KEN"),
    ("The Malian government ruled out talks with the jihadists.", "125", "MLI", "MLI"),
    ("The opposition boycotted the talks with the government.", "125", None, None),
    ("The Russian government reduced ties with Estonia.", "161", "RUS", "EST"),
    ("The Ugandan government kicked out the German ambassador.", "161", "UGA", "DEU"),
    (
        "The Greek coast guard intercepted a Turkish vessel carrying weapons.",
        "1711",
        "GRC",
        "TUR",
    ),
    ("Belarusian riot police beat protesters in Minsk on Sunday.", "175", "BLR", "BLR"),
    (
        "Indian and Pakistani troops exchanged fire along the Line of Control.",
        "190",
        "IND",
        "PAK",
    ),
    # no comment, failed deals, summoned envoys, calling out, bombs dropped, orders, votes
    (
        "A Kenyan government spokesman had no immediate comment on the report.",
        "011",
        "KEN",
        None,
    ),
    ("Russia and Ukraine failed to reach a deal on gas transit.", "164", "RUS", "UKR"),
    (
        "India summoned the Pakistani High Commissioner to lodge a protest over the shelling.",
        "114",
        "IND",
        "PAK",
    ),
    (
        "The Australian foreign minister called out China for its treatment of the Uighurs.",
        "111",
        "AUS",
        "CHN",
    ),
    (
        "The Syrian air force dropped barrel bombs on rebel-held Aleppo.",
        "195",
        "SYR",
        None,
    ),
    (
        "Bangladesh and Japan signed the Exchange of Notes on Monday.",
        "057",
        "BGD",
        "JPN",
    ),
    ("Sudan expelled four foreign aid groups on Friday.", "1663", "SDN", None),
    (
        "The Colombian army told the rebels to lay down their arms.",
        "1056",
        "COL",
        "COL",
    ),
    (
        "The Security Council voted to impose sanctions on North Korea.",
        "163",
        "IGO",
        "PRK",
    ),
    # repression of protests, sexual violence, places taken, named chemical agents
    (
        "Security forces opened fire on protesters in Basra on Tuesday.",
        "175",
        "IRQ",
        "IRQ",
    ),
    ("Kenyan police beat demonstrators with batons in Nairobi.", "175", "KEN", "KEN"),
    (
        "Myanmar security forces committed widespread rape against Rohingya women, a rights group said.",
        "1821",
        "MMR",
        None,
    ),
    ("Malian troops captured two rebel camps in the north.", "192", "MLI", "MLI"),
    ("Houthi rebels took over the provincial capital on Sunday.", "192", "YEM", None),
    (
        "The Syrian army used chlorine against rebel positions in Idlib.",
        "2041",
        "SYR",
        "SYR",
    ),
    # ordered to appear
    (
        "A Kenyan court summoned the former finance minister to appear before it on Monday.",
        "100",
        "KEN",
        "KEN",
    ),
    # impeachment, house arrest, custody, peacekeeping mandates
    (
        "The Peruvian Congress impeached President Pedro Castillo on Wednesday.",
        "115",
        "PER",
        "PER",
    ),
    (
        "Police placed the Pakistani opposition leader under house arrest.",
        "173",
        "PAK",
        "PAK",
    ),
    (
        "Ugandan police held the opposition leader in custody for a week.",
        "173",
        "UGA",
        "UGA",
    ),
    (
        "The Security Council extended the mandate of the U.N. mission in Mali.",
        "074",
        "IGO",
        "IGO",
    ),
    # denials with no accuser named, consensus reached, licences awarded, nationals and
    # antiquities handed over, defeat conceded, military contacts
    (
        "The Kenyan health minister denied any wrongdoing in the vaccine deal.",
        "016",
        "KEN",
        None,
    ),
    ("Rwanda rejected the accusations as baseless on Monday.", "016", "RWA", None),
    (
        "India and China reached a consensus on border patrols on Monday.",
        "030",
        "IND",
        "CHN",
    ),
    (
        "Nigeria awarded oil licences to Chinese companies last year.",
        "061",
        "NGA",
        "CHN",
    ),
    ("Libya handed over two of its nationals to Britain.", "063", "LBY", "GBR"),
    (
        "Italy handed over to Egypt a stolen sarcophagus on Tuesday.",
        "0842",
        "ITA",
        "EGY",
    ),
    ("The Bolivian president conceded defeat on Sunday night.", "080", "BOL", None),
    (
        "Moscow and Ankara agreed to intensify military contacts.",
        "0312",
        "RUS",
        "TUR",
    ),
    # criticism, blame traded, ceasefire violations charged, court cases, calls ignored
    (
        "The Malian junta has been critical of France since the coup.",
        "111",
        "MLI",
        "FRA",
    ),
    (
        "India and Pakistan traded blame for the collapse of the ceasefire.",
        "112",
        "IND",
        "PAK",
    ),
    (
        "Pakistan's army charged India with violations of the ceasefire.",
        "1123",
        "PAK",
        "IND",
    ),
    (
        "The Georgian opposition took the government to court over the election.",
        "115",
        "GEO",
        "GEO",
    ),
    (
        "The Houthi rebels ignored a United Nations call for a truce.",
        "120",
        "YEM",
        "IGOUNO",
    ),
    # troops massed, build-ups, expulsions, duties, teargas, air campaigns
    ("Russian troops were massing along the Ukrainian border.", "154", "RUS", "UKR"),
    (
        "NATO said the Russian military buildup near Ukraine was growing.",
        "154",
        "RUS",
        "UKR",
    ),
    (
        "Canada's expulsion of an Indian diplomat angered New Delhi.",
        "161",
        "CAN",
        "IND",
    ),
    (
        "Kenya's expulsion of two Chinese journalists drew criticism.",
        "174",
        "KEN",
        "CHN",
    ),
    (
        "The European Union imposed anti-dumping duties on Chinese steel.",
        "163",
        "IGO",
        "CHN",
    ),
    (
        "Kenyan police fired teargas at opposition supporters in Nairobi.",
        "175",
        "KEN",
        "KEN",
    ),
    ("Russia launched an air campaign against rebels in Syria.", "195", "RUS", "SYR"),
    (
        "The Saudi air campaign against the Houthis continued on Monday.",
        "195",
        "SAU",
        "YEM",
    ),
    # money in any currency, deposits, control handed back, confirmations, delegations
    ("The EU pledged 50 million euros to Sudan.", "0331", "IGO", "SDN"),
    ("The UAE transferred 2 billion dollars to Egypt.", "071", "ARE", "EGY"),
    ("Qatar deposited $1 billion with the Egyptian central bank.", "071", "QAT", "EGY"),
    ("Russia handed back control of the airport to Ukraine.", "0842", "RUS", "UKR"),
    (
        "The Kenyan parliament confirmed the new defence minister.",
        "051",
        "KEN",
        "KEN",
    ),
    ("Washington sent a delegation to Taipei.", "042", "USA", "TWN"),
    (
        "The Notes were exchanged between the Indian foreign secretary and the Japanese ambassador.",
        "057",
        "IND",
        "JPN",
    ),
    # arms asked for, trade bans, ports closed, villages burned, the internet cut,
    # strikes on targets
    ("Ukraine asked Germany for more weapons.", "0232", "UKR", "DEU"),
    ("Kyiv requested tanks from Berlin.", "0232", "UKR", "DEU"),
    ("Russia banned imports of Turkish tomatoes.", "163", "RUS", "TUR"),
    ("Iran closed its ports to British ships.", "191", "IRN", "GBR"),
    (
        "Boko Haram militants burned down a village in Borno state.",
        "1712",
        "NGA",
        None,
    ),
    (
        "The Ethiopian government shut down the internet in Tigray.",
        "1721",
        "ETH",
        None,
    ),
    (
        "Israel carried out strikes on Iranian targets in Syria.",
        "190",
        "ISR",
        "IRN",
    ),
    (
        "Israeli strikes on Hezbollah positions killed three fighters.",
        "190",
        "ISR",
        "LBN",
    ),
    # appeals for aid with no one named to give it, verbal attacks, blame pinned, backing
    # given, charges pressed, war crimes probed, groups outlawed, hostilities ended,
    # reforms promised, killings by stoning
    ("Kenya appealed for international help to fight the drought.", "023", "KEN", None),
    ("Somalia asked for food aid on Monday.", "0233", "SOM", None),
    (
        "The Kenyan opposition leader launched a scathing attack on the government.",
        "111",
        "KEN",
        "KEN",
    ),
    (
        "China expressed strong dissatisfaction with Japan over the visit.",
        "111",
        "CHN",
        "JPN",
    ),
    ("Iran held the United States responsible for the attack.", "112", "IRN", "USA"),
    ("The Afghan government pinned the blame on Pakistan.", "112", "AFG", "PAK"),
    ("France gave its backing to the Moroccan plan.", "051", "FRA", "MAR"),
    (
        "The Brazilian president threw his support behind the Venezuelan opposition.",
        "051",
        "BRA",
        "VEN",
    ),
    (
        "The Egyptian opposition pressed charges against the interior minister.",
        "115",
        "EGY",
        "EGY",
    ),
    ("The ICC opened a probe into war crimes in Ukraine.", "094", "IGO", "UKR"),
    (
        "The Egyptian government outlawed the Muslim Brotherhood.",
        "1722",
        "EGY",
        "EGY",
    ),
    (
        "The Ethiopian government and the rebels agreed to a cessation of hostilities.",
        "0356",
        "ETH",
        "ETH",
    ),
    ("The Malian junta pledged free elections next year.", "034", "MLI", None),
    (
        "Iranian authorities stoned a woman to death for adultery.",
        "1823",
        "IRN",
        "IRN",
    ),
    # entry and permission refused (not a denial of blame), arms sales approved
    ("Israel denied entry to the UN envoy.", "120", "ISR", "IGOUNO"),
    ("Hungary refused permission for Ukrainian flights.", "120", "HUN", "UKR"),
    ("The Pentagon approved the sale of F-16 jets to Turkey.", "0332", "USA", "TUR"),
    # assets frozen are a sanction; releases named as nouns
    (
        "Britain froze the accounts of three Russian oligarchs.",
        "163",
        "GBR",
        "RUS",
    ),
    (
        "Hamas's release of 13 Israeli hostages began on Friday.",
        "0841",
        "PSE",
        "ISR",
    ),
    # a withdrawal from a kind of place needs no one withdrawn from
    (
        "Malian troops withdrew from the desert town on Sunday after a week of "
        "clashes.",
        "0874",
        "MLI",
        None,
    ),
    # a predicate adjective as the object: a plea is a denial or an admission
    (
        "Kenya's former finance minister pleaded not guilty to graft charges.",
        "016",
        "KEN",
        None,
    ),
    (
        "A former Peruvian president pleaded guilty to bribery charges on Monday.",
        "015",
        "PER",
        None,
    ),
]


@pytest.mark.parametrize(("text", "code", "source", "recipient"), CASES)
def test_vocabulary_codes(
    coder, text: str, code: str, source: str | None, recipient: str | None
) -> None:
    check_codes(coder, text, code, source, recipient)


@pytest.mark.parametrize(
    "text",
    [
        "Police said a man was found guilty of stealing a car in the city.",
        "Heavy snow closed roads across the north of the country on Monday.",
        "The company held a meeting of its shareholders on Monday.",
        # a month is not a march
        "The Greek prime minister called early elections for March.",
        # carrying migrants is not admitting refugees
        "Smugglers were taking migrants from Libya to Lampedusa.",
        # a baton charge is no lawsuit; a board is no bloc; shelter from a storm, a loan
        # for a stadium, an award from a university, a painting for its owner: no event
        "Police charged the crowd with batons in the capital.",
        "The company suspended its chief executive from the board.",
        "Storm victims took refuge in a school in the town.",
        "The bank approved a loan for the new stadium.",
        "Firefighters drove residents out of the burning building.",
        "The minister received an award from the university.",
        "The museum returned the painting to its owner.",
        "Residents sought shelter in the mosque after the earthquake.",
        # views on a park, food from a market, staff training, a harvest taken in, a
        # referee thrown out, a hiker angry at the weather: no political event
        "Neighbours exchanged views on the new park at a meeting.",
        "Shoppers bought food from local markets.",
        "The company trained its staff in Nairobi.",
        "Farmers took in the harvest early this year.",
        "Fans kicked out the referee after the match.",
        "The hiker hit out at the weather.",
        # a company's silence, a forecast missed, names read out, leaflets, a weather
        # report told to reporters
        "The company had no comment on the merger.",
        "Temperatures failed to reach the forecast high.",
        "The teacher called out the names of the pupils.",
        "The plane dropped leaflets over the village.",
        "The minister told reporters the weather would improve.",
        # a takeover of a firm, a crime with no political actor, chlorine in the water
        "The company took over a rival firm in Lagos.",
        "A man raped a girl in the town, police said.",
        "Engineers used chlorine to clean the water supply.",
        "The company extended the mandate of its auditors.",
        # a builder's contract, a timetable criticised, clubs blaming each other, a
        # farmer's lawsuit, a runner's defeat, a referee ignored, a patient's condition
        "The company awarded a contract to a local builder.",
        "The teacher was critical of the new timetable.",
        "The two clubs traded blame for the cancelled match.",
        "The farmer took the company to court over unpaid bills.",
        "The runner conceded defeat to his rival.",
        "Fans ignored the referee's call and ran onto the pitch.",
        "The patient was in critical condition after the accident.",
        # a factory's exports, a storm's damage, a company's delegation, a bank's deposit
        "The factory halted exports of cars.",
        "Storms shut down the internet in the town.",
        "The storm destroyed hundreds of houses in the province.",
        "The company sent a delegation to the trade fair.",
        "The bank deposited the money in an account in Zurich.",
        # a company's reforms; a footballer's and a coach's words are no fight and no
        # political criticism
        "The company promised reforms to its pay system.",
        "The striker launched a stinging attack on the referee.",
        "The coach expressed anger at the referee.",
        # a nightclub's door, an airline's planes
        "The nightclub denied entry to the footballer.",
        "The company approved the purchase of new aircraft for its fleet.",
        # a bank's customer, a report released
        "The bank froze the account of a customer.",
        "The release of the report was delayed.",
    ],
)
def test_vocabulary_stays_silent(coder, text: str) -> None:
    assert coder.code_text(text, DAY) == []

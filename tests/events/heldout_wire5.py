"""A held-out set of wire-style sentences for measuring verb coverage (issue 10, item 3).

Written for eventwire by helper-29 before the coder was run on them, in the everyday
words of wire copy (phrasal verbs, event nouns, passives, headline style), ten or more
for each CAMEO root. Each case is (text, CAMEO code a careful coder would give, source
prefix, recipient prefix); a prefix is a country code, optionally with its sector, or
None where the actor is unnamed or has no settled code. Codes were checked against
../shared/reference/cameo-codes.csv; after the first run, three labels were corrected
where its usage notes say so (diplomats expelled are 161, not 174; a walk-out from
talks is 164, not 125).

NEAR_MISSES must give no event at all (sports, markets, weather, opinion, plans of
firms, rumours). NOT_THE_ACT are negated, hypothetical or expected acts: they must not
give the act's CAMEO root (they may give something else, e.g. a denial).

Rounds 2 (helper-30), 3 (helper-34), 4 (helper-36), 5 (helper-37), 6 (helper-40), 7 (helper-43), 8 (helper-46), 9 (helper-49), 10 (helper-52), 11 (helper-55), 12 (helper-58), 13 (helper-61), 14 (helper-64), 15 (helper-70), 16 (helper-76) and 17 (helper-84) follow below, each with its own note.
measure_wire5.py prints the figures. The set stays out of the pattern tests (they use
sentences of their own, test_vocabulary_wire5.py), so that it keeps measuring; that
file only checks that every label here is a CAMEO code.
"""

from __future__ import annotations

Case = tuple[str, str, str | None, str | None]

CASES: list[Case] = [
    # 01 make public statement
    ("The Kremlin declined to comment on the report.", "011", "RUS", None),
    ("Brazil's foreign minister kept quiet on the arrests.", "011", "BRAGOV", None),
    (
        "Germany's finance minister voiced doubts about the Greek rescue plan.",
        "012",
        "DEUGOV",
        None,
    ),
    (
        "Kenya's president said he was upbeat about the talks with Somalia.",
        "013",
        "KENGOV",
        None,
    ),
    (
        "The Japanese government is mulling a proposal to ease visa rules for "
        "Chinese tourists.",
        "014",
        "JPNGOV",
        None,
    ),
    (
        "The Pakistani Taliban claimed responsibility for the bombing.",
        "015",
        "PAK",
        None,
    ),
    ("Colombian rebels owned up to the attack on the army convoy.", "015", "COL", None),
    ("Russia's defence ministry denied the allegations.", "016", "RUS", None),
    (
        "A spokesman for the Iranian foreign ministry brushed off the charges.",
        "016",
        "IRNGOV",
        None,
    ),
    (
        "The French president laid a wreath at the tomb of the unknown soldier.",
        "017",
        "FRAGOV",
        None,
    ),
    (
        "The Indian prime minister sent his condolences to the people of Nepal.",
        "018",
        "INDGOV",
        "NPL",
    ),
    (
        "Turkey's president offered his sympathy to Morocco after the earthquake.",
        "018",
        "TURGOV",
        "MAR",
    ),
    # 02 appeal
    (
        "The Ukrainian president appealed to Western allies for more air defence "
        "systems.",
        "0232",
        "UKRGOV",
        None,
    ),
    (
        "Somalia's government called on donors to step up food aid.",
        "0233",
        "SOMGOV",
        None,
    ),
    (
        "Zambia's opposition leader urged the president to step down.",
        "0241",
        "ZMBOPP",
        "ZMBGOV",
    ),
    ("Lebanon asked France to help mediate with Israel.", "028", "LBN", "FRA"),
    (
        "The Taliban pressed Washington to unfreeze the Afghan central bank's assets.",
        "0254",
        None,
        "USA",
    ),
    (
        "Egyptian rights groups called for the release of jailed journalists.",
        "0253",
        "EGY",
        None,
    ),
    (
        "The Philippines urged China to settle the maritime dispute peacefully.",
        "027",
        "PHL",
        "CHN",
    ),
    ("Kenya asked the IMF for an emergency loan.", "0231", "KEN", "IGO"),
    (
        "Sudan's army chief called for talks with the paramilitary forces.",
        "026",
        "SDNMIL",
        None,
    ),
    (
        "The African Union appealed to Ethiopia's warring sides to lay down their "
        "arms.",
        "0256",
        "IGO",
        None,
    ),
    ("Mali's junta leader asked Russia for more military help.", "0232", "MLI", "RUS"),
    (
        "UN chief pleads for halt to fighting in Sudan",
        "0256",
        "IGOUNO",
        None,
    ),
    # 03 express intent to cooperate
    (
        "The United States pledged $500 million in humanitarian aid to Yemen.",
        "0333",
        "USA",
        "YEM",
    ),
    ("Germany promised to send more tanks to Ukraine.", "0332", "DEU", "UKR"),
    (
        "China's president said he was ready to hold talks with his Taiwanese "
        "counterpart.",
        "036",
        "CHNGOV",
        "TWN",
    ),
    ("Japan vowed to step up economic ties with India.", "0311", "JPN", "IND"),
    ("Egypt offered to mediate between Israel and Hamas.", "039", "EGY", None),
    (
        "The Kenyan government agreed to resume talks with striking doctors.",
        "036",
        "KENGOV",
        None,
    ),
    (
        "Turkey signalled it was willing to back Sweden's bid to join NATO.",
        "032",
        "TUR",
        "SWE",
    ),
    (
        "Niger's junta promised to hand power to a civilian government next year.",
        "0341",
        "NER",
        None,
    ),
    (
        "South Korea's president pledged to work with Japan on North Korea.",
        "030",
        "KORGOV",
        "JPN",
    ),
    (
        "Russia offered to release the detained American journalist in a prisoner "
        "swap.",
        "0353",
        "RUS",
        "USA",
    ),
    (
        "Iran says ready to resume nuclear talks with world powers",
        "036",
        "IRN",
        None,
    ),
    # 04 consult
    (
        "The French president spoke by phone with his Egyptian counterpart on Tuesday.",
        "041",
        "FRAGOV",
        "EGYGOV",
    ),
    ("Joe Biden held a phone call with Xi Jinping.", "041", "USA", "CHN"),
    (
        "The Indian prime minister flew to Moscow for talks with Vladimir Putin.",
        "042",
        "INDGOV",
        "RUS",
    ),
    (
        "Kenya's president hosted his Ethiopian counterpart in Nairobi.",
        "043",
        "KENGOV",
        "ETHGOV",
    ),
    (
        "The foreign ministers of Armenia and Azerbaijan met in Washington.",
        "044",
        "ARM",
        "AZE",
    ),
    (
        "Israeli and Lebanese negotiators sat down for talks on the maritime border.",
        "046",
        "ISR",
        "LBN",
    ),
    (
        "The Saudi crown prince received the visiting Iraqi prime minister in Riyadh.",
        "043",
        "SAU",
        "IRQGOV",
    ),
    ("The Polish president paid a visit to Kyiv on Monday.", "042", "POLGOV", "UKR"),
    (
        "The Japanese foreign minister held talks with her Australian counterpart.",
        "040",
        "JPNGOV",
        "AUSGOV",
    ),
    (
        "Venezuela's president wrapped up a two-day trip to China.",
        "042",
        "VENGOV",
        "CHN",
    ),
    ("A Chinese delegation arrived in Pyongyang for a visit.", "042", "CHN", "PRK"),
    (
        "Qatari mediators shuttled between Israeli and Hamas negotiators.",
        "045",
        "QAT",
        None,
    ),
    # 05 engage in diplomatic cooperation
    (
        "The Ugandan president praised Kenya for its role in the peace talks.",
        "051",
        "UGAGOV",
        "KEN",
    ),
    (
        "China's foreign ministry stood up for Russia at the UN Security Council.",
        "052",
        "CHNGOV",
        "RUS",
    ),
    (
        "Japan apologised to South Korea for wartime forced labour.",
        "055",
        "JPN",
        "KOR",
    ),
    (
        "Israel and the United Arab Emirates signed a trade deal on Tuesday.",
        "057",
        "ISR",
        "ARE",
    ),
    ("Brazil recognised Palestine as a state.", "054", "BRA", "PSE"),
    (
        "The Ethiopian prime minister thanked the United Arab Emirates for its "
        "support.",
        "051",
        "ETHGOV",
        "ARE",
    ),
    (
        "Pakistan and Afghanistan inked an agreement on border trade.",
        "057",
        "PAK",
        "AFG",
    ),
    (
        "The Sri Lankan president lauded India's help during the crisis.",
        "051",
        "LKAGOV",
        "IND",
    ),
    (
        "The U.S. ambassador said sorry to Mexico over the remarks.",
        "055",
        "USAGOV",
        "MEX",
    ),
    ("Germany hails Serbia-Kosovo deal", "051", "DEU", None),
    (
        "Armenia was recognised by Pakistan as an independent state.",
        "054",
        "PAK",
        "ARM",
    ),
    # 06 engage in material cooperation
    ("India and Japan stepped up defence cooperation.", "062", "IND", "JPN"),
    ("Egypt and Sudan held joint military exercises.", "062", "EGY", "SDN"),
    ("Colombia extradited a drug lord to the United States.", "063", "COL", "USA"),
    (
        "Spain handed over the murder suspect to French authorities.",
        "063",
        "ESP",
        "FRA",
    ),
    (
        "Kenya shared intelligence with Tanzania on al-Shabab militants.",
        "064",
        "KEN",
        "TZA",
    ),
    (
        "China and Russia launched joint naval drills in the Sea of Japan.",
        "062",
        "CHN",
        "RUS",
    ),
    ("Vietnam and the United States boosted trade ties.", "061", "VNM", "USA"),
    (
        "Nigerian police worked with British investigators on the fraud case.",
        "063",
        "NGACOP",
        "GBR",
    ),
    (
        "Ghana and Ivory Coast launched a joint cocoa marketing venture.",
        "061",
        "GHA",
        "CIV",
    ),
    (
        "U.S. and Philippine forces held joint patrols in the South China Sea.",
        "062",
        "USA",
        "PHL",
    ),
    (
        "The suspect was extradited to Germany by the Dutch authorities.",
        "063",
        "NLD",
        "DEU",
    ),
    # 07 provide aid
    ("Germany sent 50 tanks to Ukraine.", "072", "DEU", "UKR"),
    (
        "The World Bank approved a $300 million loan for Zambia.",
        "071",
        "IGO",
        "ZMB",
    ),
    (
        "The UN rushed food and medicine to flood victims in Pakistan.",
        "073",
        "IGOUNO",
        "PAK",
    ),
    (
        "Britain granted asylum to a dissident Russian journalist.",
        "075",
        "GBR",
        "RUS",
    ),
    (
        "Kenya deployed police officers to Haiti to help restore order.",
        "074",
        "KEN",
        "HTI",
    ),
    (
        "The United States rolled out a new military aid package for Ukraine.",
        "072",
        "USA",
        "UKR",
    ),
    (
        "The European Union handed Tunisia 100 million euros in budget support.",
        "071",
        "IGO",
        "TUN",
    ),
    ("China shipped drones and spare parts to Russia's army.", "072", "CHN", "RUS"),
    (
        "Aid agencies airlifted tents and blankets to earthquake survivors in Turkey.",
        "073",
        None,
        "TUR",
    ),
    ("The Pentagon provided air defence systems to Israel.", "072", "USA", "ISR"),
    ("Canada took in 40,000 Afghan refugees.", "075", "CAN", "AFG"),
    ("The UN sent peacekeepers to South Sudan.", "074", "IGOUNO", "SSD"),
    ("Japan pledges, delivers emergency aid to quake-hit Turkey", "073", "JPN", "TUR"),
    # 08 yield
    ("Iran freed a French tourist held for two years.", "0841", "IRN", "FRA"),
    (
        "Myanmar's junta released thousands of prisoners in an amnesty.",
        "0841",
        "MMR",
        None,
    ),
    ("Washington eased sanctions on Venezuela's oil sector.", "085", "USA", "VEN"),
    ("Sri Lanka lifted a nationwide curfew.", "0813", "LKA", None),
    ("Russia pulled its troops back from the Kharkiv region.", "0874", "RUS", None),
    ("The Peruvian president stepped down amid protests.", "0831", "PERGOV", None),
    ("Israel allowed aid trucks into Gaza.", "0863", "ISR", None),
    ("Sudan's army declared a unilateral ceasefire.", "0871", "SDNMIL", None),
    ("The United States returned looted artefacts to Iraq.", "0842", "USA", "IRQ"),
    (
        "Ethiopia lifted the state of emergency in the Amhara region.",
        "0814",
        "ETH",
        None,
    ),
    (
        "Iran allowed UN nuclear inspectors back into the country.",
        "0862",
        "IRN",
        "IGOUNO",
    ),
    (
        "The Venezuelan government freed five jailed opposition activists.",
        "0841",
        "VENGOV",
        "VENOPP",
    ),
    (
        "Two Thai hostages were set free by Hamas on Friday.",
        "0841",
        None,
        "THA",
    ),
    ("Taliban frees British aid worker", "0841", None, "GBR"),
    # 09 investigate
    (
        "Brazilian police launched a probe into the former president's finances.",
        "091",
        "BRACOP",
        "BRA",
    ),
    (
        "The UN opened an inquiry into abuses by Ethiopian troops in Tigray.",
        "092",
        "IGOUNO",
        "ETHMIL",
    ),
    (
        "South African prosecutors opened a corruption investigation into the former "
        "president.",
        "091",
        "ZAFJUD",
        "ZAF",
    ),
    ("Kenyan police are probing the death of a journalist.", "090", "KENCOP", None),
    (
        "The Israeli military said it was looking into the strike that killed the aid "
        "workers.",
        "093",
        "ISRMIL",
        None,
    ),
    (
        "U.S. investigators looked into the Chinese company's ties to the military.",
        "090",
        "USA",
        "CHN",
    ),
    (
        "The EU launched an investigation into Chinese electric car subsidies.",
        "090",
        "IGO",
        "CHN",
    ),
    (
        "Nigeria set up a panel to investigate police brutality.",
        "092",
        "NGAGOV",
        "NGACOP",
    ),
    (
        "The UN rights council launched a probe into the crackdown on protesters in "
        "Iran.",
        "092",
        "IGOUNO",
        "IRN",
    ),
    (
        "The International Criminal Court opened an investigation into war crimes in "
        "Ukraine.",
        "094",
        None,
        None,
    ),
    (
        "The killing of the Mexican journalist is being investigated by federal "
        "prosecutors.",
        "091",
        "MEXJUD",
        None,
    ),
    # 10 demand
    (
        "China demanded that the United States stop arms sales to Taiwan.",
        "1042",
        "CHN",
        "USA",
    ),
    (
        "Thai protesters demanded the prime minister's resignation.",
        "1041",
        "THA",
        "THAGOV",
    ),
    (
        "Iran demanded the immediate release of its diplomats detained in Argentina.",
        "1053",
        "IRN",
        "ARG",
    ),
    (
        "The Ukrainian president insisted that Russia withdraw its troops.",
        "1056",
        "UKRGOV",
        "RUS",
    ),
    (
        "Kenya's opposition demanded a recount of the presidential vote.",
        "100",
        "KENOPP",
        None,
    ),
    ("Poland demanded war reparations from Germany.", "1031", "POL", "DEU"),
    (
        "The UN Security Council demanded an immediate ceasefire in Gaza.",
        "1056",
        "IGOUNO",
        None,
    ),
    (
        "The European Union demanded that Belarus free its political prisoners.",
        "1053",
        "IGO",
        "BLR",
    ),
    (
        "Zimbabwe's High Court ordered police to release the opposition leader.",
        "1053",
        "ZWEJUD",
        "ZWECOP",
    ),
    (
        "Hungary's prime minister demanded changes to the EU migration pact.",
        "1042",
        "HUNGOV",
        "IGO",
    ),
    ("Beijing demands Manila pull ship from shoal", "1056", "CHN", "PHL"),
    # 11 disapprove
    (
        "China's foreign ministry lashed out at Washington over the sanctions.",
        "111",
        "CHNGOV",
        "USA",
    ),
    ("Russia hit back at NATO over its troop deployments.", "111", "RUS", "IGO"),
    ("Kenya accused Somalia of meddling in its elections.", "112", "KEN", "SOM"),
    ("Ukraine blamed Russia for the missile strike on Odesa.", "112", "UKR", "RUS"),
    (
        "Ghana lodged a formal complaint with Togo over the border incident.",
        "114",
        "GHA",
        "TGO",
    ),
    (
        "A Kenyan rights group filed a lawsuit against the government over the "
        "killings.",
        "115",
        "KEN",
        "KENGOV",
    ),
    (
        "A Pakistani court convicted the former prime minister of corruption.",
        "116",
        "PAKJUD",
        "PAK",
    ),
    (
        "South Africa's opposition slammed the government's handling of the power "
        "crisis.",
        "111",
        "ZAFOPP",
        "ZAFGOV",
    ),
    (
        "The Philippines protested to China over the water cannon attack.",
        "114",
        "PHL",
        "CHN",
    ),
    (
        "The Nigerian government took the oil company to court.",
        "115",
        "NGAGOV",
        None,
    ),
    (
        "The German chancellor criticised Hungary for blocking aid to Ukraine.",
        "111",
        "DEUGOV",
        "HUN",
    ),
    (
        "The former Brazilian president was found guilty of money laundering by a "
        "federal court.",
        "116",
        "BRAJUD",
        "BRA",
    ),
    ("Iran slams U.S. over new sanctions", "111", "IRN", "USA"),
    # 12 reject
    ("Russia rejected the Ukrainian peace plan.", "127", "RUS", "UKR"),
    ("The Venezuelan president refused to step down.", "1231", "VENGOV", None),
    ("Israel turned down an offer of mediation from Turkey.", "126", "ISR", "TUR"),
    ("North Korea rejected South Korea's offer of talks.", "125", "PRK", "KOR"),
    ("The United States vetoed a UN resolution on Gaza.", "129", "USA", None),
    (
        "The Ethiopian government defied a court order to release the journalist.",
        "128",
        "ETHGOV",
        "ETHJUD",
    ),
    ("Hungary blocked the EU's aid package for Ukraine.", "129", "HUN", "IGO"),
    ("The Taliban refused to reopen girls' schools.", "1233", None, None),
    ("Serbia brushed aside calls to impose sanctions on Russia.", "120", "SRB", None),
    ("Egypt rebuffed an Ethiopian proposal on the Nile dam.", "120", "EGY", "ETH"),
    ("Sudan's army walked out of the talks in Jeddah.", "164", "SDNMIL", None),
    (
        "The ceasefire proposal was rejected by the Israeli prime minister.",
        "127",
        "ISRGOV",
        None,
    ),
    # 13 threaten
    ("North Korea threatened to strike U.S. bases in Guam.", "1384", "PRK", "USA"),
    ("The EU threatened Russia with new sanctions.", "1312", "IGO", "RUS"),
    ("China warned Taiwan against pursuing independence.", "130", "CHN", "TWN"),
    ("Washington threatened to cut aid to Egypt.", "1311", "USA", "EGY"),
    (
        "Turkey threatened a new military incursion into northern Syria.",
        "138",
        "TUR",
        "SYR",
    ),
    (
        "Bangladesh's opposition threatened to boycott the elections.",
        "133",
        "BGDOPP",
        None,
    ),
    ("Russia warned Finland against joining NATO.", "130", "RUS", "FIN"),
    ("Iran threatened to close the Strait of Hormuz.", "1381", "IRN", None),
    (
        "Serbia's president threatened to cut ties with Montenegro.",
        "1313",
        "SRBGOV",
        "MNE",
    ),
    (
        "Israel threatened to launch a ground offensive in Lebanon.",
        "138",
        "ISR",
        "LBN",
    ),
    (
        "Colombian rebels gave the government 48 hours to free their comrades.",
        "139",
        "COL",
        "COLGOV",
    ),
    ("Pyongyang warns Seoul of 'merciless' response", "130", "PRK", "KOR"),
    # 14 protest
    (
        "Thousands of protesters took to the streets of Nairobi to denounce tax hikes.",
        "141",
        "KEN",
        None,
    ),
    (
        "Teachers in Nigeria went on strike over unpaid salaries.",
        "143",
        "NGA",
        None,
    ),
    ("A jailed Egyptian activist began a hunger strike.", "142", "EGY", None),
    (
        "French farmers blocked highways to protest against fuel prices.",
        "144",
        "FRA",
        None,
    ),
    (
        "Protesters rioted in the Senegalese capital after the opposition leader's "
        "arrest.",
        "145",
        "SEN",
        None,
    ),
    (
        "Workers at the Chilean copper mine walked off the job.",
        "143",
        "CHL",
        None,
    ),
    (
        "Hundreds rallied outside the U.S. embassy in Baghdad against the air strikes.",
        "141",
        "IRQ",
        "USA",
    ),
    (
        "Opposition supporters staged a sit-in outside parliament in Tunis.",
        "141",
        "TUN",
        None,
    ),
    (
        "Polish truckers blockaded the border crossing with Ukraine.",
        "144",
        "POL",
        None,
    ),
    (
        "Students marched on parliament in Bangkok to demand reforms.",
        "141",
        "THA",
        "THA",
    ),
    (
        "Georgian demonstrators clashed with riot police in Tbilisi.",
        "145",
        "GEO",
        "GEOCOP",
    ),
    (
        "Opposition parties boycotted the parliamentary vote in Zimbabwe.",
        "143",
        "ZWEOPP",
        None,
    ),
    # 15 exhibit force posture
    ("Russia massed troops on the border with Ukraine.", "154", "RUS", "UKR"),
    (
        "India put its army on high alert along the border with Pakistan.",
        "152",
        "IND",
        "PAK",
    ),
    (
        "Police stepped up security in Paris ahead of the Olympics.",
        "151",
        "FRACOP",
        None,
    ),
    (
        "South Korea scrambled fighter jets after Chinese bombers entered its air "
        "defence zone.",
        "152",
        "KOR",
        "CHN",
    ),
    ("Iran test-fired a ballistic missile.", "150", "IRN", None),
    (
        "The Pentagon deployed an aircraft carrier to the eastern Mediterranean.",
        "150",
        "USA",
        None,
    ),
    ("Serbia raised the combat readiness of its army.", "152", "SRB", None),
    ("Russia called up 300,000 reservists.", "154", "RUS", None),
    (
        "Nigerian police beefed up patrols in Lagos ahead of the protests.",
        "153",
        "NGACOP",
        None,
    ),
    ("China staged large-scale military drills around Taiwan.", "150", "CHN", "TWN"),
    (
        "Armenia mobilised reservists after clashes on the border with Azerbaijan.",
        "154",
        "ARM",
        None,
    ),
    # 16 reduce relations
    ("Bolivia severed diplomatic ties with Israel.", "161", "BOL", "ISR"),
    ("The United States slapped sanctions on Russian banks.", "163", "USA", "RUS"),
    (
        "The World Bank suspended funding to Uganda over an anti-gay law.",
        "162",
        "IGO",
        "UGA",
    ),
    ("Israel pulled out of ceasefire talks in Doha.", "164", "ISR", None),
    ("Mali expelled UN human rights investigators.", "166", "MLI", "IGOUNO"),
    ("Saudi Arabia recalled its ambassador from Lebanon.", "161", "SAU", "LBN"),
    ("Canada imposed an arms embargo on Israel.", "163", "CAN", "ISR"),
    ("Kenya downgraded diplomatic relations with Somalia.", "161", "KEN", "SOM"),
    (
        "The EU froze the assets of Belarusian officials.",
        "163",
        "IGO",
        "BLRGOV",
    ),
    ("Washington halted military aid to Niger after the coup.", "162", "USA", "NER"),
    (
        "Qatar suspended its mediation between Israel and Hamas.",
        "165",
        "QAT",
        None,
    ),
    ("Russian banks were hit with new sanctions by Britain.", "163", "GBR", "RUS"),
    # 17 coerce
    (
        "Ugandan police arrested the opposition leader in Kampala.",
        "173",
        "UGACOP",
        "UGAOPP",
    ),
    (
        "Iranian security forces cracked down on protesters in Tehran.",
        "175",
        "IRN",
        "IRN",
    ),
    ("Russia expelled two Estonian diplomats.", "161", "RUS", "EST"),
    (
        "The Kenyan government imposed a curfew in the coastal town of Lamu.",
        "1723",
        "KENGOV",
        None,
    ),
    (
        "Authorities in Myanmar detained a Japanese journalist.",
        "173",
        "MMR",
        "JPN",
    ),
    (
        "Israeli forces demolished the homes of two Palestinian attackers.",
        "1712",
        "ISRMIL",
        "PSE",
    ),
    ("Pakistan deported thousands of Afghan refugees.", "174", "PAK", "AFG"),
    ("Nicaragua shut down dozens of NGOs.", "172", "NIC", None),
    ("Iranian authorities seized an oil tanker in the Gulf.", "1711", "IRN", None),
    (
        "The Thai government declared a state of emergency in Bangkok.",
        "1724",
        "THAGOV",
        None,
    ),
    (
        "Turkish police rounded up dozens of suspected Islamic State members.",
        "173",
        "TURCOP",
        None,
    ),
    (
        "Two Indian diplomats were expelled by Pakistan on Thursday.",
        "161",
        "PAK",
        "IND",
    ),
    ("Belarus jails opposition activist for 10 years", "173", "BLR", None),
    # 18 assault
    (
        "Gunmen kidnapped 30 students from a school in northern Nigeria.",
        "181",
        None,
        "NGA",
    ),
    (
        "A suicide bomber blew himself up at a mosque in Peshawar.",
        "1831",
        None,
        "PAK",
    ),
    (
        "Al-Shabab militants set off a car bomb in Mogadishu.",
        "1832",
        None,
        "SOM",
    ),
    ("Police officers beat protesters in Harare.", "182", "ZWECOP", "ZWE"),
    (
        "The Haitian president was assassinated at his home.",
        "186",
        None,
        "HTIGOV",
    ),
    ("Militants beheaded two soldiers in Burkina Faso.", "1823", None, "BFAMIL"),
    (
        "Syrian prison guards tortured detainees, a rights group said.",
        "1822",
        "SYR",
        None,
    ),
    (
        "Boko Haram fighters abducted dozens of women in Borno state.",
        "181",
        None,
        "NGA",
    ),
    (
        "A roadside bomb killed three Pakistani soldiers in Balochistan.",
        "1833",
        None,
        "PAKMIL",
    ),
    (
        "Gunmen tried to kill the Ecuadorian presidential candidate.",
        "185",
        None,
        "ECU",
    ),
    ("Pirates hijacked a cargo ship off the coast of Somalia.", "181", None, None),
    # 19 fight
    ("Israeli warplanes pounded targets in southern Lebanon.", "195", "ISR", "LBN"),
    ("Russian forces shelled the city of Kharkiv overnight.", "194", "RUS", "UKR"),
    (
        "Sudanese troops clashed with paramilitary fighters in Khartoum.",
        "193",
        "SDNMIL",
        "SDN",
    ),
    ("Ukraine launched a drone attack on a Russian air base.", "195", "UKR", "RUS"),
    (
        "Houthi rebels fired missiles at a cargo ship in the Red Sea.",
        "190",
        "YEM",
        None,
    ),
    (
        "Pakistani troops violated the ceasefire along the Line of Control.",
        "196",
        "PAKMIL",
        None,
    ),
    (
        "The Saudi-led coalition imposed a blockade on Yemen's ports.",
        "191",
        None,
        "YEM",
    ),
    ("Congolese rebels captured the eastern city of Goma.", "192", "COD", "COD"),
    (
        "A U.S. drone strike killed a senior al-Qaeda leader in Yemen.",
        "195",
        "USA",
        None,
    ),
    (
        "Turkish jets bombed Kurdish militant positions in northern Iraq.",
        "195",
        "TUR",
        None,
    ),
    (
        "Islamic State fighters attacked an army checkpoint in Iraq.",
        "190",
        None,
        "IRQMIL",
    ),
    (
        "Myanmar troops opened fire on rebel positions near the Chinese border.",
        "193",
        "MMRMIL",
        None,
    ),
    ("Russian missiles rain down on Kyiv", "195", "RUS", "UKR"),
    # 20 use unconventional mass violence
    (
        "Syrian government forces used chemical weapons against civilians in Douma.",
        "2041",
        "SYR",
        "SYR",
    ),
    (
        "Militants massacred more than 100 villagers in Burkina Faso.",
        "202",
        None,
        "BFA",
    ),
    (
        "Myanmar's army carried out ethnic cleansing against the Rohingya.",
        "203",
        "MMRMIL",
        "MMR",
    ),
    (
        "Sudanese paramilitaries slaughtered hundreds of civilians in El Geneina.",
        "202",
        "SDN",
        "SDN",
    ),
    (
        "Serbian forces drove hundreds of thousands of ethnic Albanians out of Kosovo.",
        "201",
        "SRB",
        None,
    ),
    (
        "Government troops gassed rebel-held suburbs of Damascus.",
        "2041",
        "SYR",
        None,
    ),
    (
        "Gunmen killed dozens of worshippers in a massacre at a church in Nigeria.",
        "202",
        None,
        "NGA",
    ),
    (
        "Islamic State fighters slaughtered hundreds of Yazidi men in Sinjar.",
        "202",
        None,
        "IRQ",
    ),
    (
        "The Burmese military expelled hundreds of thousands of Rohingya from Rakhine "
        "state.",
        "201",
        "MMRMIL",
        "MMR",
    ),
    (
        "Sudanese soldiers killed scores of unarmed protesters in a massacre in "
        "Khartoum.",
        "202",
        "SDNMIL",
        "SDN",
    ),
]

# Sentences that hold no political event: every one must stay silent.
NEAR_MISSES: list[str] = [
    "Brazil beat Argentina 2-0 in a World Cup qualifier on Tuesday.",
    "Real Madrid crushed Barcelona 4-1 in the Spanish league.",
    "Naomi Osaka knocked out the Chinese champion at the Australian Open.",
    "The German team attacked relentlessly in the second half against France.",
    "Manchester United sacked their manager after a string of defeats.",
    "The Lakers blew out the Celtics 120-95 on Sunday night.",
    "India's cricketers thrashed Pakistan by eight wickets in Ahmedabad.",
    "Oil prices fell sharply after OPEC raised its output targets.",
    "The yen surged against the dollar on Friday.",
    "Shares in Tokyo rallied on hopes of a U.S. rate cut.",
    "Investors dumped Chinese property stocks on Monday.",
    "Gold prices hit a record high as investors fled risk.",
    "Inflation in Argentina hit 200 percent in December.",
    "A typhoon battered the northern Philippines, killing at least ten people.",
    "Heavy rain flooded parts of Nairobi on Monday.",
    "An earthquake struck eastern Turkey early on Sunday.",
    "Wildfires destroyed hundreds of homes on the Greek island of Rhodes.",
    "The storm killed five people and knocked out power across Cuba.",
    "A bus crash killed 20 people in the Peruvian Andes.",
    "Analysts say the Russian economy could shrink next year.",
    "Some commentators argued that Germany should spend more on defence.",
    "The Japanese prime minister's approval rating dropped to a new low.",
    "Kenya Airways plans to buy ten new aircraft.",
    "Microsoft plans to open a data centre in Kenya.",
    "The Indian government plans to build 100 new airports by 2030.",
    "Rumours swirled that the Egyptian president was planning a cabinet reshuffle.",
    "Reports that the Iranian commander had been killed could not be confirmed.",
    "The Kenyan economy grew 5 percent last year, the statistics office said.",
    "The Brazilian central bank cut interest rates by half a point.",
    "Polish voters go to the polls on Sunday in a tight election.",
]

# Negated, hypothetical or expected acts: (text, CAMEO root the act would have).
NOT_THE_ACT: list[tuple[str, str]] = [
    ("Police did not arrest anyone after the protest in Lagos.", "17"),
    ("The Egyptian president did not meet his Ethiopian counterpart.", "04"),
    ("Kenya could send troops to Haiti if the UN approves the mission.", "07"),
    ("The United States may impose sanctions on Turkey.", "16"),
    ("If talks fail, Turkey could launch a new offensive in Syria.", "19"),
    ("The French president is expected to visit China in April.", "04"),
    ("Russia did not attack the convoy, the defence ministry said.", "19"),
    ("Israel has not lifted its blockade of Gaza.", "08"),
    ("Iran might free the detained journalists next week, a lawyer said.", "08"),
    ("China would never invade Taiwan, the Chinese ambassador said.", "19"),
]


# Round 2 (helper-30): written and labelled before the coder ran on them, for the gaps
# the lead and helpers found on fresh text (launches with no target, conveyed concerns,
# calls to stop attacks, mobilisation, vows of revenge, bans on parties and candidates,
# walk-outs, occupations and storming, summons, charges, closures, states of emergency).
# Codes checked against ../shared/reference/cameo-codes.csv and the verb sets of
# phoenix/CAMEO.2.0.txt: a call to stop fighting is an appeal (0256) with "should",
# "urged" or "called on", a demand (1056) with "must" or "demanded"; a summoned envoy is
# 114, as summon.envoy codes it; power cut to a place is 160, as cut.off.supplies does.
CASES_R2: list[Case] = [
    (
        "Russia launched 40 drones and three missiles at Ukraine overnight, the Ukrainian air force said.",
        "195",
        "RUS",
        "UKR",
    ),
    ("Russian forces launched drones at Kyiv early on Sunday.", "195", "RUS", "UKR"),
    (
        "Iran launched dozens of drones overnight, Israeli officials said.",
        "195",
        "IRN",
        None,
    ),
    ("Ukraine launched a wave of drones at Moscow overnight.", "195", "UKR", "RUS"),
    (
        "The Houthis launched two ballistic missiles toward southern Israel.",
        "195",
        None,
        "ISR",
    ),
    (
        "Japan conveyed its concerns to Beijing over the military drills.",
        "012",
        "JPN",
        "CHN",
    ),
    (
        "The Indian foreign ministry conveyed its strong displeasure to the Nepalese ambassador.",
        "111",
        "IND",
        "NPL",
    ),
    (
        "The Australian prime minister conveyed his government's concern to Beijing over the detention of the writer.",
        "012",
        "AUS",
        "CHN",
    ),
    (
        "The UN chief urged Russia to stop attacks on Ukraine's power grid.",
        "0256",
        None,
        "RUS",
    ),
    (
        "The French foreign minister said Israel should halt its offensive in Rafah.",
        "0256",
        "FRAGOV",
        "ISR",
    ),
    (
        "Egypt's president said Israel must end its aggression on Gaza.",
        "1056",
        "EGYGOV",
        "ISR",
    ),
    (
        "Turkey called on Armenia and Azerbaijan to stop the fighting.",
        "0256",
        "TUR",
        "ARM",
    ),
    (
        "The African Union urged the Sudanese army to halt its attacks on civilians.",
        "0256",
        None,
        "SDN",
    ),
    (
        "Pakistan demanded that India halt its shelling across the Line of Control.",
        "1056",
        "PAK",
        "IND",
    ),
    (
        "The Arab League called on Israel to cease its military operations in Lebanon.",
        "0256",
        None,
        "ISR",
    ),
    (
        "Iraq's prime minister urged armed factions to stop attacks on U.S. bases.",
        "0256",
        "IRQGOV",
        None,
    ),
    (
        "The German chancellor said Russia must stop its war against Ukraine.",
        "1056",
        "DEUGOV",
        "RUS",
    ),
    (
        "Armenia ordered a general mobilisation after clashes with Azerbaijan.",
        "154",
        "ARM",
        None,
    ),
    (
        "Russia's president announced a partial mobilisation of reservists.",
        "154",
        "RUSGOV",
        None,
    ),
    ("Azerbaijan declared a full military mobilisation on Sunday.", "154", "AZE", None),
    (
        "Hamas vowed to avenge the killing of its political leader in Tehran.",
        "138",
        None,
        None,
    ),
    (
        "Iran vowed to avenge the death of its general, killed in a U.S. strike.",
        "138",
        "IRN",
        None,
    ),
    ("China said it would punish Taiwan's separatist leaders.", "130", "CHN", "TWN"),
    (
        "North Korea said it would respond firmly to any aggression by the United States.",
        "130",
        "PRK",
        "USA",
    ),
    ("Myanmar's junta chief vowed to crush the armed resistance.", "138", "MMR", None),
    (
        "Mali's junta suspended the activities of all political parties.",
        "1722",
        "MLI",
        None,
    ),
    (
        "The military government in Niger dissolved all political parties.",
        "1722",
        "NER",
        None,
    ),
    (
        "Venezuela's electoral authorities barred the main opposition candidate from running in the presidential election.",
        "1722",
        "VEN",
        None,
    ),
    (
        "A Zimbabwean court barred the opposition leader from standing in the by-election.",
        "1722",
        "ZWE",
        None,
    ),
    ("The Taliban banned women from working for NGOs.", "1721", "AFG", None),
    (
        "Iran's judiciary banned the reformist newspaper from publishing for a month.",
        "1721",
        "IRN",
        None,
    ),
    (
        "Hungary blocked the EU from issuing a joint statement on Israel.",
        "120",
        "HUN",
        None,
    ),
    (
        "Russia blocked the Security Council from adopting a resolution on Syria.",
        "120",
        "RUS",
        None,
    ),
    (
        "Opposition lawmakers in Kenya walked out of parliament in protest at the finance bill.",
        "140",
        "KEN",
        None,
    ),
    ("The Iranian delegation walked out of the talks in Vienna.", "164", "IRN", None),
    (
        "Students occupied the main campus in Dhaka to demand the resignation of the vice-chancellor.",
        "141",
        None,
        None,
    ),
    (
        "Protesters stormed the parliament building in Colombo on Wednesday.",
        "145",
        None,
        "LKA",
    ),
    (
        "Supporters of the former Brazilian president stormed the Congress building in Brasilia.",
        "145",
        None,
        "BRA",
    ),
    (
        "Kenya summoned the British high commissioner over the remarks.",
        "114",
        "KEN",
        "GBR",
    ),
    (
        "The House oversight committee subpoenaed the former U.S. attorney general.",
        "090",
        "USA",
        "USA",
    ),
    (
        "Pakistani prosecutors charged former prime minister Imran Khan with leaking state secrets.",
        "173",
        "PAK",
        "PAK",
    ),
    (
        "A Moscow court charged the opposition activist over last week's protest.",
        "173",
        "RUS",
        "RUS",
    ),
    ("Thai police charged three student leaders with sedition.", "173", "THA", "THA"),
    (
        "The European Union banned exports of surveillance equipment to Myanmar.",
        "163",
        None,
        "MMR",
    ),
    (
        "Hong Kong's regulator suspended the broadcast licence of the independent television station.",
        "1721",
        "HKG",
        None,
    ),
    (
        "Poland signed an agreement with Boeing for 96 Apache helicopters.",
        "057",
        "POL",
        None,
    ),
    (
        "The Kenyan senate blocked the president's plan to deploy police officers to Haiti.",
        "120",
        "KEN",
        "KEN",
    ),
    ("The Italian coast guard rescued 300 migrants off Lampedusa.", "073", "ITA", None),
    (
        "UN peacekeepers protected civilians fleeing the fighting in Juba.",
        "074",
        None,
        "SSD",
    ),
    (
        "Belarusian authorities put the opposition leader's family under surveillance.",
        "173",
        "BLR",
        "BLR",
    ),
    (
        "China ordered the closure of the U.S. consulate in Chengdu.",
        "161",
        "CHN",
        "USA",
    ),
    (
        "Nicaragua ordered the closure of the Jesuit university in Managua.",
        "1721",
        "NIC",
        None,
    ),
    (
        "Ugandan troops captured a senior ADF commander in eastern Congo.",
        "173",
        "UGA",
        None,
    ),
    ("Israel cut electricity to the Gaza Strip on Monday.", "160", "ISR", None),
    (
        "The U.S. House approved a bill to expand military aid to Taiwan.",
        "0332",
        "USA",
        "TWN",
    ),
    (
        "Sri Lanka declared a state of emergency after days of violent protests.",
        "1724",
        "LKA",
        None,
    ),
    (
        "The Ethiopian government declared a state of emergency as rebels advanced on the capital.",
        "1724",
        "ETHGOV",
        None,
    ),
    (
        "Ecuador's president declared a state of emergency in three provinces over a wave of gang violence.",
        "1724",
        "ECUGOV",
        None,
    ),
    ("Russian troops stormed the town of Avdiivka.", "190", "RUS", None),
    ("Israel called up 300,000 reservists after the attack.", "154", "ISR", None),
]

NEAR_MISSES_R2: list[str] = [
    "SpaceX launched 22 Starlink satellites from Florida overnight.",
    "Apple launched its new iPhone in Beijing on Friday.",
    "The drone maker launched a cheaper model for farmers in Shenzhen.",
    "The singer conveyed her concerns to the organisers about the stage.",
    "Football fans stormed the pitch after the final whistle in Naples.",
    "Lifeguards rescued two swimmers off the beach in Brighton.",
    "The referee barred the striker from the dressing room after the match.",
    "Florida declared a state of emergency ahead of the hurricane.",
    "Japan declared a state of emergency in Tokyo over the rise in coronavirus cases.",
    "Storms cut electricity to 200,000 homes in Texas.",
    "The coach vowed to avenge last year's defeat in the final.",
    "The actor walked out of the interview after a question about his divorce.",
    "Boeing signed an agreement with a Texas supplier for wing parts.",
    "Liverpool captured the title with a 2-0 win over Tottenham.",
    "The airline suspended the licence of two pilots after the incident.",
    "The city council ordered the closure of the swimming pool for repairs.",
    "Doctors urged patients to stop smoking before surgery.",
    "The company blocked employees from using social media at work.",
]

NOT_THE_ACT_R2: list[tuple[str, str]] = [
    ("Russia did not launch any drones at Kyiv overnight, the mayor said.", "19"),
    ("Armenia may order a general mobilisation if the clashes continue.", "15"),
    (
        "The junta has not suspended the activities of political parties, a spokesman said.",
        "17",
    ),
    ("Sri Lanka could declare a state of emergency if the protests spread.", "17"),
    ("The prosecutor did not charge the former president with any crime.", "17"),
    ("Protesters did not storm the parliament building, police said.", "14"),
]


# Round 3 (helper-34): written and labelled before the coder ran on them, in the long,
# messy style of wire copy (reported speech with "said on Tuesday", participial and
# relative clauses, passives, headline fragments, two events in one sentence), weighted
# to what rounds 1 and 2 had least of: domestic politics and law (courts, prosecutors,
# legislatures, elections, impeachment, pardons, resignations), political economy
# (sanctions, tariffs, aid, loans, nationalisation, strikes) and security (raids,
# arrests, sieges, ceasefires, hostage releases). Codes checked against
# ../shared/reference/cameo-codes.csv and its usage notes: charges and indictments are
# 115 (173's note), an impeachment a legislature's formal charges (115, as verb.impeach
# codes it); a court's guilty verdict is 116, but 173 where the person is jailed (116's
# note); pardons, amnesties, commutations and prisoner swaps are 0841; a resignation
# under pressure is 0831; a ceasefire agreed or declared is 0871; an announced loan or
# grant given is 071, a pledge 033; expropriation and raids that seize goods are 1711.
# Where a sentence holds two events, the label is one of them, the more specific.
CASES_R3: list[Case] = [
    # --- courts, prosecutors, verdicts ---
    (
        "A Seoul court on Thursday sentenced the former defence minister to seven years "
        "in prison for his role in the short-lived martial law decree, the Yonhap news "
        "agency reported.",
        "173",
        "KORJUD",
        "KOR",
    ),
    (
        "Argentine prosecutors on Monday charged the former vice president with running "
        "a kickback scheme through public works contracts awarded during her time in "
        "office, according to court documents.",
        "115",
        "ARGJUD",
        "ARG",
    ),
    (
        "A court in Istanbul ordered the city's mayor, seen as the strongest rival to "
        "President Tayyip Erdogan, to be jailed pending trial on corruption charges, "
        "his party said.",
        "173",
        "TURJUD",
        "TUR",
    ),
    (
        "Brazil's Supreme Court convicted the former president of plotting a coup to stay "
        "in power and sentenced him to 27 years and three months in prison.",
        "173",
        "BRAJUD",
        "BRA",
    ),
    (
        "Pakistan's Supreme Court on Friday acquitted the jailed former prime minister "
        "in a case involving the leaking of a diplomatic cable, his lawyers said.",
        "081",
        "PAKJUD",
        "PAK",
    ),
    (
        "A federal grand jury in Washington indicted the former national security adviser "
        "on 18 counts of mishandling classified information, the Justice Department said.",
        "115",
        "USA",
        "USA",
    ),
    (
        "French prosecutors have opened a criminal investigation into the far-right "
        "party's use of European Parliament funds, a judicial source told reporters "
        "on Wednesday.",
        "091",
        "FRAJUD",
        "FRA",
    ),
    (
        "A military court in Kinshasa sentenced 37 people to death on Friday, including "
        "three Americans, for taking part in a botched coup attempt in May.",
        "173",
        "COD",
        None,
    ),
    (
        "The International Criminal Court issued an arrest warrant for the Taliban's "
        "supreme leader over the persecution of women and girls in Afghanistan.",
        "173",
        None,
        "AFG",
    ),
    (
        "Guatemala's attorney general's office raided the offices of the electoral "
        "tribunal and seized boxes of ballots from the presidential election, drawing "
        "condemnation from the Organization of American States.",
        "1711",
        "GTM",
        "GTM",
    ),
    (
        "The former Malaysian prime minister lost his final appeal on Tuesday when the "
        "Federal Court upheld his conviction for graft and 12-year prison sentence.",
        "173",
        "MYSJUD",
        "MYS",
    ),
    (
        "An appeals court in Paris overturned the conviction of the former French "
        "president in the illegal campaign financing case, his lawyer said.",
        "081",
        "FRAJUD",
        "FRA",
    ),
    (
        "Georgia's state security service said on Thursday it had detained five "
        "opposition leaders on suspicion of plotting to overthrow the government, "
        "a day after mass protests in Tbilisi.",
        "173",
        "GEO",
        "GEO",
    ),
    (
        "Hong Kong's national security police arrested a former opposition lawmaker "
        "and two of his aides for allegedly publishing seditious material online.",
        "173",
        "HKG",
        "HKG",
    ),
    (
        "Thailand's Constitutional Court dissolved the opposition Move Forward party, "
        "which won the most seats in last year's election, and banned its leaders "
        "from politics for ten years.",
        "1722",
        "THAJUD",
        "THA",
    ),
    (
        "A Moscow court sentenced a theatre director and a playwright to six years in a "
        "penal colony each for a play that prosecutors said justified terrorism.",
        "173",
        "RUSJUD",
        "RUS",
    ),
    (
        "Tunisia's anti-terrorism prosecutor summoned the head of the main opposition "
        "coalition for questioning, his lawyer said, the latest in a string of "
        "investigations of critics of President Kais Saied.",
        "091",
        "TUNJUD",
        "TUN",
    ),
    (
        "Israel's attorney general ordered police to open a criminal investigation into "
        "the prime minister's aides over leaked classified documents.",
        "091",
        "ISR",
        "ISR",
    ),
    (
        "A South African court ordered former president Jacob Zuma to return to prison "
        "to serve out his sentence for contempt, ruling his early release unlawful.",
        "173",
        "ZAFJUD",
        "ZAF",
    ),
    (
        "Indian opposition parties filed a petition in the Supreme Court challenging "
        "the government's revocation of Kashmir's special status.",
        "115",
        "IND",
        "IND",
    ),
    (
        "Two Kenyan rights groups sued the government over the deployment of police to "
        "Haiti, saying parliament had not approved the mission.",
        "115",
        "KEN",
        "KENGOV",
    ),
    (
        "The European Commission took legal action against Hungary on Wednesday over "
        "its new sovereignty protection law, opening an infringement procedure.",
        "115",
        None,
        "HUN",
    ),
    # --- legislatures, impeachment, elections, parties ---
    (
        "Peruvian lawmakers filed a constitutional complaint against the attorney general "
        "on Monday, accusing her of abuse of authority in the investigation of a "
        "congressional ally.",
        "115",
        "PER",
        "PERJUD",
    ),
    (
        "South Korea's parliament impeached the acting president on Friday, deepening "
        "the political crisis set off by the short-lived declaration of martial law.",
        "115",
        "KOR",
        "KORGOV",
    ),
    (
        "The Philippine House of Representatives impeached Vice President Sara Duterte, "
        "accusing her of misusing public funds and threatening the president's life.",
        "115",
        "PHL",
        "PHLGOV",
    ),
    (
        "Georgia's Central Election Commission struck two opposition parties off the "
        "ballot for next month's parliamentary vote, citing irregularities in their "
        "paperwork.",
        "1722",
        "GEO",
        "GEO",
    ),
    (
        "Romania's electoral bureau barred the far-right front-runner from running in the "
        "presidential election rerun, prompting clashes between his supporters and "
        "police in Bucharest.",
        "1722",
        "ROU",
        "ROU",
    ),
    (
        "Nepal's prime minister resigned on Tuesday after two days of deadly protests "
        "against a ban on social media platforms, an aide said.",
        "0831",
        "NPLGOV",
        None,
    ),
    (
        "The Slovak interior minister stepped down on Wednesday amid a row over police "
        "appointments, the government said in a statement.",
        "0831",
        "SVKGOV",
        None,
    ),
    (
        "Bolivia's electoral tribunal disqualified former president Evo Morales from "
        "the August presidential election, upholding a constitutional court ruling on "
        "term limits.",
        "1722",
        "BOL",
        "BOL",
    ),
    (
        "The president of Kazakhstan pardoned more than 1,500 convicts on Thursday to "
        "mark the anniversary of independence, including several activists jailed after "
        "the January unrest, his office said.",
        "0841",
        "KAZGOV",
        "KAZ",
    ),
    (
        "Outgoing President Joe Biden commuted the sentences of nearly 1,500 people "
        "who had been placed in home confinement during the pandemic.",
        "0841",
        "USAGOV",
        None,
    ),
    (
        "Myanmar's junta granted amnesty to nearly 6,000 prisoners to mark the country's "
        "independence day, state media said, but it was not clear whether political "
        "detainees were among them.",
        "0841",
        "MMR",
        None,
    ),
    (
        "The Kyrgyz parliament passed a law requiring foreign-funded NGOs to register as "
        "foreign representatives, a measure critics say is modelled on Russian "
        "legislation used to silence dissent.",
        "1721",
        "KGZ",
        "KGZ",
    ),
    (
        "Lawmakers in Georgia overrode the president's veto of the foreign agents bill "
        "on Tuesday, clearing the way for the law to take effect within days.",
        "120",
        "GEO",
        "GEOGOV",
    ),
    (
        "The U.S. Senate confirmed the president's pick for ambassador to China by a "
        "vote of 75 to 25 on Wednesday.",
        "051",
        "USA",
        None,
    ),
    (
        "The Georgian parliament stripped 49 opposition lawmakers of their mandates on "
        "Monday after they boycotted the chamber in protest at the disputed election.",
        "1722",
        "GEO",
        "GEO",
    ),
    (
        "The Bangladeshi election commission suspended the registration of the Awami "
        "League on Monday, barring the party of the ousted prime minister from "
        "contesting the next election.",
        "1722",
        "BGD",
        "BGD",
    ),
    (
        "Ghana's opposition candidate conceded defeat in Saturday's presidential "
        "election and congratulated his rival, ending days of uncertainty.",
        "080",
        "GHA",
        None,
    ),
    (
        "Serbia's prime minister tendered his resignation on Tuesday, bowing to months "
        "of student-led protests over the collapse of a railway station canopy.",
        "0831",
        "SRBGOV",
        None,
    ),
    (
        "Japan's prime minister quit on Sunday, bowing to pressure from within his party "
        "after it lost its majority in the upper house in July.",
        "0831",
        "JPNGOV",
        None,
    ),
    (
        "Opposition lawmakers in Kenya boycotted the president's state of the nation "
        "address, walking out as he began speaking.",
        "143",
        "KEN",
        "KENGOV",
    ),
    (
        "Police in Harare arrested a journalist who had interviewed a critic of the "
        "president, charging him with inciting public violence, his lawyer said.",
        "173",
        "ZWE",
        "ZWE",
    ),
    (
        "The Mexican Senate rejected a bill on Tuesday that would have legalised the "
        "military's role in policing, dealing a blow to the president.",
        "129",
        "MEX",
        None,
    ),
    (
        "Poland's president vetoed a bill that would have eased restrictions on "
        "abortion, saying it ran against the constitution.",
        "129",
        "POLGOV",
        None,
    ),
    (
        "Bolivia's government on Tuesday accused the former president of staging a "
        "coup attempt and ordered the arrest of the army chief who led troops into the "
        "main square of La Paz.",
        "112",
        "BOLGOV",
        "BOL",
    ),
    (
        "Zimbabwe's ruling party accused a war veterans' leader, who had called on the "
        "president to step down, of working with foreign enemies to topple the "
        "government.",
        "112",
        "ZWE",
        "ZWE",
    ),
    (
        "Venezuela's top court ratified the president's re-election on Thursday, "
        "brushing aside opposition claims of fraud, and ordered the arrest of the "
        "opposition candidate.",
        "173",
        "VENJUD",
        "VEN",
    ),
    (
        "Cameroon's government banned two opposition coalitions from holding any "
        "meetings, saying they were illegal movements with no legal existence.",
        "1722",
        "CMRGOV",
        "CMR",
    ),
    (
        "Russia's justice ministry designated the exiled opposition figure a foreign "
        "agent on Friday, along with a satirist and a rights group.",
        "1721",
        "RUSGOV",
        "RUS",
    ),
    (
        "Uganda's parliament approved a law allowing civilians to be tried in military "
        "courts, months after the Supreme Court had ruled the practice unconstitutional.",
        "172",
        "UGA",
        "UGA",
    ),
    (
        "Hundreds of thousands of Serbians rallied in Belgrade on Saturday to demand "
        "early elections, in one of the largest protests in the country's history.",
        "141",
        "SRB",
        None,
    ),
    (
        "Students at universities across Belgrade blockaded faculty buildings for a "
        "third month, demanding accountability for the deaths.",
        "144",
        "SRB",
        None,
    ),
    # --- ministries, cabinets, governments acting at home ---
    (
        "Indonesia's communications ministry blocked access to the messaging app "
        "Telegram, saying the platform was being used to spread extremist content.",
        "1721",
        "IDNGOV",
        None,
    ),
    (
        "Burkina Faso's military authorities suspended the French broadcaster RFI "
        "indefinitely over its coverage of an attack by jihadists.",
        "1721",
        "BFA",
        "FRA",
    ),
    (
        "The Nicaraguan government stripped 94 critics of their citizenship, including "
        "writers and former guerrilla commanders, and seized their property.",
        "1721",
        "NICGOV",
        "NIC",
    ),
    (
        "The Azerbaijani authorities shut down the office of the BBC in Baku, citing "
        "unfair coverage of the country.",
        "1721",
        "AZE",
        "GBR",
    ),
    (
        "South Korea's president declared emergency martial law in a late-night "
        "television address, accusing the opposition of anti-state activities, before "
        "parliament voted it down hours later.",
        "1724",
        "KORGOV",
        None,
    ),
    (
        "Tunisian authorities imposed a night-time curfew in the southern town of "
        "Tataouine after two nights of clashes between youths and police.",
        "1723",
        "TUN",
        None,
    ),
    (
        "Myanmar's military government imposed martial law in 37 more townships on "
        "Wednesday as fighting with ethnic armed groups spread.",
        "1724",
        "MMR",
        None,
    ),
    (
        "The Pakistani government lifted a ban on the social media platform X, in place "
        "since the disputed February election, the information ministry said.",
        "0811",
        "PAKGOV",
        None,
    ),
    (
        "Ethiopia's media authority suspended the licences of three civil society "
        "groups, accusing them of failing to remain politically neutral.",
        "1721",
        "ETH",
        "ETH",
    ),
    (
        "India expelled a Canadian diplomat and gave him five days to leave the country, "
        "hours after Ottawa expelled a senior Indian diplomat over the killing of a "
        "Sikh separatist leader.",
        "161",
        "IND",
        "CAN",
    ),
    (
        "Algeria recalled its ambassador to France with immediate effect after Paris "
        "backed Morocco's autonomy plan for Western Sahara, the foreign ministry said.",
        "161",
        "DZA",
        "FRA",
    ),
    (
        "Niger's junta took control of the Somair uranium mine run by French nuclear fuel "
        "group Orano, accusing the company of irresponsible conduct.",
        "1711",
        "NER",
        "FRA",
    ),
    (
        "Mali's military government seized three tonnes of gold from the Loulo-Gounkoto "
        "mine operated by Canada's Barrick Gold, in a dispute over taxes.",
        "1711",
        "MLI",
        "CAN",
    ),
    (
        "Burkina Faso nationalised two gold mines that had belonged to a London-listed "
        "company, the mines ministry said on Friday.",
        "1711",
        "BFA",
        None,
    ),
    (
        "Venezuelan authorities took over a factory owned by U.S. tyre maker Goodyear, "
        "in the latest in a string of takeovers of foreign businesses.",
        "1711",
        "VEN",
        "USA",
    ),
    # --- political economy: sanctions, tariffs, aid, loans, strikes ---
    (
        "Washington slapped 50 percent tariffs on most goods from Brazil on Wednesday, "
        "citing what the White House called a witch hunt against the former Brazilian "
        "president.",
        "163",
        "USA",
        "BRA",
    ),
    (
        "China hit back with 34 percent levies on all American imports and "
        "restricted exports of seven rare earth elements, the commerce ministry said.",
        "163",
        "CHN",
        "USA",
    ),
    (
        "The U.S. Treasury on Thursday sanctioned a dozen Chinese and Hong Kong "
        "companies it accused of supplying drone components to Russia's military.",
        "163",
        "USA",
        "CHN",
    ),
    (
        "Canada retaliated with 25 percent counter-tariffs on C$30 billion worth of "
        "American goods, from orange juice to motorcycles, the finance minister said.",
        "163",
        "CAN",
        "USA",
    ),
    (
        "Beijing suspended all imports of Japanese seafood after Tokyo began releasing "
        "treated radioactive water from the Fukushima nuclear plant.",
        "163",
        "CHN",
        "JPN",
    ),
    (
        "The European Union adopted its 16th package of sanctions against Russia on "
        "Monday, targeting the so-called shadow fleet of tankers carrying Russian oil.",
        "163",
        None,
        "RUS",
    ),
    (
        "Britain froze the assets of two Israeli ministers and banned them from entering "
        "the country over what London called incitement to violence in the West Bank.",
        "163",
        "GBR",
        "ISR",
    ),
    (
        "Washington eased sanctions on Syria's central bank and state oil company on "
        "Friday, a move welcomed by the new authorities in Damascus.",
        "085",
        "USA",
        "SYR",
    ),
    (
        "The European Union lifted economic sanctions on Syria, including those on its "
        "energy and transport sectors, foreign ministers agreed in Brussels.",
        "085",
        None,
        "SYR",
    ),
    (
        "Russia banned imports of fruit and vegetables from Moldova, accusing its "
        "pro-Western government of failing to meet safety standards.",
        "163",
        "RUS",
        "MDA",
    ),
    (
        "The International Monetary Fund approved a $7 billion loan for Pakistan on "
        "Wednesday, releasing an immediate tranche of about $1 billion.",
        "071",
        None,
        "PAK",
    ),
    (
        "Saudi Arabia deposited $3 billion in Pakistan's central bank to shore up its "
        "foreign exchange reserves, the bank said.",
        "071",
        "SAU",
        "PAK",
    ),
    (
        "Japan extended a loan of 280 billion yen to the Philippines for a commuter "
        "railway in Manila, the Japanese embassy said on Monday.",
        "071",
        "JPN",
        "PHL",
    ),
    (
        "The World Bank halted new funding to Uganda over its anti-gay law, saying the "
        "legislation ran against the bank's values.",
        "1621",
        None,
        "UGA",
    ),
    (
        "Washington cut off aid to South Africa, accusing its government of seizing "
        "land from white farmers.",
        "162",
        "USA",
        "ZAF",
    ),
    (
        "Germany pledged an additional 500 million euros in humanitarian aid for Sudan "
        "at a donor conference in London on Tuesday.",
        "0333",
        "DEU",
        "SDN",
    ),
    (
        "China agreed to write off part of Zambia's debt as part of a restructuring "
        "deal, the Zambian finance ministry said.",
        "0331",
        "CHN",
        "ZMB",
    ),
    (
        "India and Britain signed a free trade agreement in London on Thursday after "
        "three years of talks, cutting tariffs on whisky, cars and textiles.",
        "057",
        "IND",
        "GBR",
    ),
    (
        "Tens of thousands of dockworkers walked off the job at ports from Maine to "
        "Texas, the first such strike in nearly 50 years, after talks on a new contract "
        "broke down.",
        "143",
        None,
        None,
    ),
    (
        "Argentina's biggest union federation staged a 24-hour general strike against "
        "the president's austerity measures, grounding flights and halting trains.",
        "143",
        "ARG",
        "ARGGOV",
    ),
    (
        "Junior doctors in South Korea walked out of their hospitals en masse in protest "
        "at a government plan to raise medical school admissions.",
        "143",
        "KOR",
        "KORGOV",
    ),
    (
        "Nigerian labour unions launched an indefinite nationwide strike on Monday to "
        "press the government for a higher minimum wage, shutting the national grid.",
        "143",
        "NGA",
        "NGAGOV",
    ),
    (
        "Farmers blocked motorways around Paris with tractors on Monday to protest "
        "against low prices, red tape and a trade deal with South America.",
        "144",
        "FRA",
        None,
    ),
    (
        "Truck drivers blocked the main border crossing between Poland and Ukraine for "
        "a third week, demanding that Ukrainian hauliers again be required to hold permits.",
        "144",
        "POL",
        None,
    ),
    (
        "Beijing added 28 U.S. defence companies to its export control list on Thursday, "
        "barring them from receiving dual-use goods, the commerce ministry said.",
        "163",
        "CHN",
        "USA",
    ),
    (
        "Kyiv imposed sanctions on the former president and a dozen pro-Russian "
        "lawmakers, freezing their assets for ten years, the presidential office said.",
        "163",
        "UKR",
        "UKR",
    ),
    # --- security: raids, arrests, sieges, ceasefires, hostages ---
    (
        "Israeli troops raided the Jenin refugee camp before dawn on Wednesday, "
        "arresting at least 15 Palestinians, the Palestinian news agency WAFA said.",
        "173",
        "ISR",
        "PSE",
    ),
    (
        "Police in Tbilisi raided the offices of three opposition parties on Thursday and "
        "detained a party leader, who was later released on bail.",
        "173",
        "GEO",
        "GEO",
    ),
    (
        "Kenyan police fired tear gas and water cannon at protesters who tried to storm "
        "parliament in Nairobi over proposed tax rises.",
        "175",
        "KENCOP",
        "KEN",
    ),
    (
        "Security forces in Mozambique opened fire on opposition supporters protesting "
        "against the election result in Maputo, killing at least three, rights groups "
        "said.",
        "175",
        "MOZ",
        "MOZ",
    ),
    (
        "Sudan's army broke the siege of El Obeid, the capital of North Kordofan, after "
        "months in which the paramilitary Rapid Support Forces had encircled the city.",
        "190",
        "SDNMIL",
        None,
    ),
    (
        "The Rapid Support Forces have besieged El Fasher for more than a year, cutting "
        "off food and medicine to hundreds of thousands of people, the United Nations "
        "said.",
        "191",
        "SDN",
        "SDN",
    ),
    (
        "Thailand and Cambodia agreed to an immediate and unconditional ceasefire on "
        "Monday after five days of fighting along their disputed border, Malaysia's prime "
        "minister said.",
        "0871",
        "THA",
        "KHM",
    ),
    (
        "The Congolese army and the M23 rebels declared a humanitarian truce of two "
        "weeks on Thursday to allow aid to reach the displaced around Goma.",
        "0871",
        "COD",
        None,
    ),
    (
        "Hamas freed three Israeli hostages on Saturday in exchange for 183 Palestinian "
        "prisoners, in the fourth swap under the Gaza ceasefire deal.",
        "0841",
        None,
        "ISR",
    ),
    (
        "Russia and Ukraine swapped 150 prisoners of war each on Wednesday in an "
        "exchange mediated by the United Arab Emirates, both sides said.",
        "0841",
        "RUS",
        "UKR",
    ),
    (
        "Gunmen abducted more than 280 pupils and teachers from a school in Kaduna state "
        "on Thursday morning, the second mass kidnapping in northern Nigeria in a week.",
        "181",
        None,
        "NGA",
    ),
    (
        "Yemen's Houthi rebels seized a car carrier in the Red Sea and took its 25 crew "
        "members hostage, saying the ship was linked to Israel.",
        "181",
        None,
        None,
    ),
    (
        "Pakistani security forces killed 30 militants in an intelligence-based "
        "operation in North Waziristan, the army's media wing said on Sunday.",
        "190",
        "PAK",
        None,
    ),
    (
        "A suicide bomber blew himself up at a police checkpoint in Quetta on Monday, "
        "killing at least nine people, officials said.",
        "1831",
        None,
        "PAK",
    ),
    (
        "Israeli warplanes pounded targets in the southern suburbs of Beirut overnight, "
        "hours after the military issued evacuation orders for several buildings.",
        "195",
        "ISR",
        "LBN",
    ),
    (
        "Malian troops backed by Russian mercenaries retook the northern town of Kidal "
        "from Tuareg rebels on Tuesday, the junta said.",
        "190",
        "MLI",
        None,
    ),
    (
        "Armed men stormed a prison in Haiti's capital and freed hundreds of inmates, "
        "prompting the government to declare a state of emergency.",
        "180",
        None,
        "HTI",
    ),
    (
        "The Pakistani government ordered the deportation of 1.7 million Afghans who it "
        "said were living in the country illegally.",
        "174",
        "PAKGOV",
        "AFG",
    ),
    (
        "Ethiopia expelled a senior Reuters journalist over his reporting on the "
        "conflict in the Tigray region, the news agency said.",
        "174",
        "ETH",
        None,
    ),
    (
        "Iran hanged a man convicted of spying for Israel, the judiciary's news agency "
        "reported on Sunday, the latest in a wave of executions.",
        "1823",
        "IRN",
        "IRN",
    ),
    (
        "South Korean troops fired warning shots after North Korean soldiers crossed "
        "the military demarcation line, the Joint Chiefs of Staff said.",
        "150",
        "KOR",
        "PRK",
    ),
    (
        "North Korea test-fired several short-range ballistic missiles into the sea off "
        "its east coast on Thursday, Seoul's military said.",
        "150",
        "PRK",
        None,
    ),
    (
        "The Venezuelan government deployed 15,000 troops to the border with Colombia "
        "on Friday, saying it would defend the country from any aggression.",
        "150",
        "VENGOV",
        None,
    ),
    (
        "Somali government forces, backed by African Union troops, drove al Shabaab "
        "fighters out of a key town in the Middle Shabelle region.",
        "190",
        "SOM",
        None,
    ),
    (
        "Colombia's government suspended peace talks with the ELN rebels after an attack "
        "on a military base killed two soldiers, the president said on X.",
        "164",
        "COLGOV",
        None,
    ),
    (
        "The Ethiopian government and Tigrayan forces signed a peace agreement in "
        "Pretoria on Wednesday, ending two years of war.",
        "057",
        "ETHGOV",
        None,
    ),
    (
        "The UN Security Council extended the mandate of its peacekeeping mission in "
        "Lebanon for a final time, requiring the force to withdraw by the end of 2026.",
        "074",
        None,
        "LBN",
    ),
    (
        "Mali's junta ordered UN peacekeepers to leave the country, accusing the mission "
        "of fuelling ethnic tensions.",
        "1661",
        "MLI",
        None,
    ),
    (
        "French troops completed their withdrawal from Chad on Thursday, handing over "
        "their last base in N'Djamena to the Chadian army.",
        "166",
        "FRA",
        "TCD",
    ),
    # --- headlines and fragments ---
    (
        "Turkey detains 12 over alleged links to banned Kurdish group",
        "173",
        "TUR",
        None,
    ),
    (
        "Ecuador declares state of emergency as gang violence spreads",
        "1724",
        "ECU",
        None,
    ),
    (
        "Kenya's president fires entire cabinet after deadly protests",
        "0831",
        "KENGOV",
        None,
    ),
    (
        "US imposes sanctions on Cuban officials over political prisoners",
        "163",
        "USA",
        "CUB",
    ),
    (
        "Senegal court jails opposition leader for six months for defamation",
        "173",
        "SEN",
        "SEN",
    ),
    ("Zimbabwe frees 4,000 prisoners under presidential amnesty", "0841", "ZWE", None),
    (
        "Philippines protests to China after coast guard water cannon attack",
        "114",
        "PHL",
        "CHN",
    ),
    ("Niger junta expels EU envoy", "161", "NER", None),
]

# Sentences that hold no political event: every one must stay silent.
NEAR_MISSES_R3: list[str] = [
    "Novak Djokovic swept aside the Australian in straight sets to reach the quarter-finals in Melbourne on Tuesday.",
    "Morocco stunned Portugal 1-0 in Doha to become the first African side to reach a World Cup semi-final.",
    "The New Zealand All Blacks routed Argentina 41-12 in Wellington, running in six tries.",
    "The club fired its head coach on Sunday after a run of seven defeats left the team bottom of the table.",
    "The Tour de France leader attacked on the final climb and dropped his rivals to win the stage.",
    "Shares in the Chinese carmaker plunged 12 percent in Hong Kong after it cut its sales forecast.",
    "The euro slid to a two-year low against the dollar on Monday as traders bet on deeper rate cuts.",
    "Brent crude jumped 4 percent on Friday after a fall in U.S. inventories, traders said.",
    "The Bank of Japan raised interest rates to their highest level in 17 years on Friday.",
    "Unilever agreed to sell its ice cream business to a private equity firm for $15 billion, the company said.",
    "Nissan will cut 9,000 jobs worldwide and reduce production capacity by a fifth, the company said on Thursday.",
    "The airline suspended flights to the island for three days as the volcano spewed ash.",
    "The Japanese automaker recalled 1.2 million vehicles over a faulty rear-view camera.",
    "Microsoft signed a deal with a Brazilian energy firm to buy power from new wind farms.",
    "A typhoon slammed into southern China on Sunday, forcing the evacuation of 400,000 people.",
    "Floods in eastern Spain killed more than 200 people after a year's worth of rain fell in eight hours.",
    "Wildfires forced thousands of residents to flee their homes north of Athens, fire officials said.",
    "A magnitude 7.1 earthquake struck off the coast of Taiwan on Wednesday, triggering a tsunami warning.",
    "The British Museum said on Tuesday that about 2,000 items had been stolen from its collection by a member of staff.",
    "Thieves stole jewels worth millions of euros from the Louvre in a raid lasting seven minutes.",
    "A man who stabbed three people in a supermarket in Leeds was found guilty of attempted murder by a jury on Friday.",
    "The director's film won the Palme d'Or at Cannes on Saturday, the first win for a Romanian director.",
    "The band cancelled its tour of Asia, citing exhaustion.",
    "The pop star sued her former record label for unpaid royalties, her lawyer said.",
    "Heavy snow closed schools and roads across northern Italy on Wednesday.",
    "A train derailed in eastern India on Friday, killing at least 12 people.",
    "The company's shareholders voted to oust the chief executive at the annual meeting.",
    "Striking actors reached a deal with Hollywood studios on Wednesday after a four-month walkout.",
]

# Negated, hypothetical or expected acts: (text, CAMEO root the act would have).
NOT_THE_ACT_R3: list[tuple[str, str]] = [
    (
        "The court did not convict the former minister, ruling that the evidence was insufficient.",
        "11",
    ),
    (
        "Prosecutors said they would not charge the president's son over the crash.",
        "11",
    ),
    (
        "The prime minister refused to resign despite a week of mass protests, his office said.",
        "08",
    ),
    (
        "Parliament could vote to impeach the president as early as next week, lawmakers said.",
        "11",
    ),
    (
        "Washington may impose fresh tariffs on European steel if talks fail, a U.S. official said.",
        "16",
    ),
    (
        "The European Union has not yet lifted sanctions on Syria's central bank, diplomats said.",
        "08",
    ),
    (
        "Police did not raid the opposition headquarters, the interior ministry said on Monday.",
        "17",
    ),
    (
        "The unions threatened to go on strike next month if the government does not raise wages.",
        "14",
    ),
    ("The army denied that it had besieged the town, calling the reports false.", "19"),
    (
        "Hamas is expected to release three more hostages on Saturday under the ceasefire deal.",
        "08",
    ),
    ("The president said he had no plans to pardon his predecessor.", "08"),
    ("The IMF is considering a new loan for Egypt, a spokeswoman said.", "07"),
    (
        "Canada would retaliate with its own tariffs if Washington went ahead, the prime minister said.",
        "16",
    ),
    (
        "The junta has not ordered the arrest of the opposition leader, a spokesman said.",
        "17",
    ),
    (
        "If the election commission bars him from running, his supporters will take to the streets, the candidate warned.",
        "17",
    ),
    (
        "Rebels said they were ready to agree to a ceasefire but only if the army withdrew first.",
        "08",
    ),
    (
        "The government has not expelled the ambassador, despite calls from lawmakers to do so.",
        "16",
    ),
]


# Round 4 (helper-36): written and labelled before the coder ran on them, in the long,
# messy style of wire copy, weighted to what rounds 1-3 had least of: statements (01),
# appeals (02), intents (03), consultations (04: calls, visits, hosting, talks,
# mediation), diplomatic cooperation (05: praise, support, defence, recognition,
# apologies, agreements signed), material cooperation (06), aid (07) and yielding (08:
# releases, returns, easing, ceasefires, withdrawals, resignations). Codes checked
# against ../shared/reference/cameo-codes.csv and its usage notes: a promise of aid is
# 033, its delivery 07 (071's note), debt relief 071; a deployment of forces to protect
# is 074; extraditions are 063; meetings on a third country's soil are 044, a meeting
# at one side's capital is its host's 043, talks that are bargaining 046; agreements
# finalised are 057, agreements to do something later are 03; a resignation under
# pressure is 0831; ceasefires agreed are 0871; access allowed for aid is 0863, the
# return of detained people 0841 and of property or land 0842. Where a sentence holds
# two events, the label is the one the sentence leads with. After the first run one
# label was corrected where the reference says so: a deportation is 174 ("Expel or
# deport individuals", its example a deportation), even one a neighbour asked for, not
# 063. "Agreed to a 60-day ceasefire" stays 0871 (0871's note: agreements to commence a
# ceasefire are coded there), though 0356's example in the reference is "agreed to a
# ceasefire"; the coder gives 0356, as the dev gold does.
CASES_R4: list[Case] = [
    # --- 01 statements ---
    (
        "The Kremlin on Wednesday declined to say whether President Vladimir Putin would attend the summit in Johannesburg, saying no decision had been taken.",
        "011",
        "RUS",
        None,
    ),
    (
        "Egypt's foreign ministry said on Sunday it was pessimistic about the chances of a deal on the Nile dam after the latest round of talks collapsed.",
        "012",
        "EGY",
        None,
    ),
    (
        "Qatar's prime minister said he was cautiously optimistic that a deal to free the remaining hostages could be reached within days.",
        "013",
        "QAT",
        None,
    ),
    (
        "The Indonesian government is weighing a ban on exports of raw bauxite, the mining minister told reporters in Jakarta on Friday.",
        "014",
        "IDN",
        None,
    ),
    (
        "The White House said on Thursday it was reviewing a request from Kyiv for long-range missiles, but no decision had been made.",
        "014",
        "USA",
        None,
    ),
    (
        "Islamic State's West Africa branch claimed responsibility on Telegram for the ambush that killed 20 soldiers near Lake Chad.",
        "015",
        None,
        None,
    ),
    (
        "Rwanda's government has repeatedly denied backing the M23 rebels, saying its troops were only protecting its border.",
        "016",
        "RWA",
        None,
    ),
    (
        "Moscow rejected Ukraine's accusation that its forces had struck a children's hospital in Kyiv, calling it a provocation.",
        "016",
        "RUS",
        "UKR",
    ),
    ("Myanmar junta denies air strike on village school", "016", "MMR", None),
    (
        "Chinese President Xi Jinping laid a wreath at the memorial to the victims of the Nanjing massacre on Friday.",
        "017",
        "CHN",
        None,
    ),
    (
        "The German chancellor offered his condolences to the families of the victims of the Istanbul bombing in a telephone call with the Turkish president.",
        "018",
        "DEU",
        "TUR",
    ),
    (
        "Spain and Portugal said they were in full agreement on the need for a common European response to soaring energy prices.",
        "019",
        "ESP",
        "PRT",
    ),
    # --- 02 appeals ---
    (
        "The U.N. Secretary-General called on Israel and Hezbollah to respect the ceasefire and pull their forces back from the border.",
        "0256",
        "IGO",
        "ISR",
    ),
    (
        "Human Rights Watch urged the Egyptian authorities on Tuesday to free thousands of people held for months in pretrial detention.",
        "0253",
        "NGO",
        "EGY",
    ),
    (
        "Kenya's president appealed to donors for $300 million in food aid to help millions of people hit by the worst drought in four decades.",
        "0233",
        "KEN",
        None,
    ),
    (
        "Somalia asked the African Union to slow the withdrawal of its peacekeepers, warning that al Shabaab could retake lost ground.",
        "0234",
        "SOM",
        "IGO",
    ),
    (
        "Opposition leaders in Georgia called for fresh elections and the resignation of the prime minister after the disputed vote.",
        "0241",
        "GEO",
        None,
    ),
    (
        "The European Commission pressed Hungary to restore the independence of its courts before billions in frozen funds can be released.",
        "0244",
        "IGO",
        "HUN",
    ),
    (
        "The Arab League called on the rival military factions in Sudan to return to the negotiating table in Jeddah.",
        "026",
        "IGO",
        "SDN",
    ),
    (
        "Ukraine's president pleaded with Western allies for more air defence systems in a video address to the summit on Thursday.",
        "0232",
        "UKR",
        None,
    ),
    (
        "The World Food Programme appealed for $1 billion to feed refugees in eastern Chad, saying its stocks would run out by April.",
        "0233",
        "IGO",
        None,
    ),
    (
        "Norway's foreign minister urged the Colombian government and the ELN guerrillas to accept Cuban mediation to revive the stalled peace process.",
        "028",
        "NOR",
        "COL",
    ),
    (
        "Bangladesh asks India to extradite ousted prime minister Hasina",
        "0213",
        "BGD",
        "IND",
    ),
    (
        "Lithuania urged its NATO allies on Monday to station more troops on the alliance's eastern flank, citing Russian drills in Belarus.",
        "0234",
        "LTU",
        "IGO",
    ),
    (
        "Peruvian lawmakers called on the interior minister to step down over the botched police raid that left three farmers dead.",
        "0241",
        "PER",
        "PER",
    ),
    (
        "Nigeria's main opposition party asked the electoral commission to cancel the results of the governorship vote in Kano, citing widespread rigging.",
        "0242",
        "NGA",
        "NGA",
    ),
    (
        "Ukrainian grain traders asked the government to lift the ban on wheat exports imposed last month, saying storage was running out.",
        "0242",
        "UKR",
        "UKR",
    ),
    (
        "The pope appealed for an end to the fighting in eastern Congo during his Sunday blessing in St Peter's Square.",
        "0256",
        None,
        None,
    ),
    # --- 03 intents ---
    (
        "Japan pledged $4.5 billion in new loans to Ukraine on Monday to help it rebuild power plants, bridges and roads.",
        "0331",
        "JPN",
        "UKR",
    ),
    (
        "Britain said it would send a further 2,000 anti-tank missiles to Kyiv in the coming weeks, the defence secretary told parliament.",
        "0332",
        "GBR",
        "UKR",
    ),
    (
        "The United Arab Emirates promised to take in 200 wounded children from Gaza for treatment in its hospitals.",
        "0333",
        "ARE",
        None,
    ),
    (
        "Kenya offered to lead a multinational police mission to Haiti and said it would deploy 1,000 officers to help restore order.",
        "0334",
        "KEN",
        "HTI",
    ),
    (
        "India and the United States agreed to deepen defence cooperation, including the joint production of fighter jet engines.",
        "0312",
        "IND",
        "USA",
    ),
    (
        "Mali's junta said it would hold elections in 2026 and hand power to a civilian government, after months of pressure from its neighbours.",
        "0341",
        "MLI",
        None,
    ),
    (
        "Iran said on Monday it was ready to resume indirect nuclear talks with the United States in Oman.",
        "036",
        "IRN",
        "USA",
    ),
    (
        "Serbia's president vowed to release the three Kosovo police officers detained near the border, a day after talks in Brussels.",
        "0353",
        "SRB",
        None,
    ),
    (
        "Turkey offered to mediate between Pakistan and Afghanistan after deadly clashes along their border, the Turkish foreign ministry said.",
        "039",
        "TUR",
        "PAK",
    ),
    (
        "The Sudanese army accepted a Saudi and U.S. offer to mediate with the Rapid Support Forces, a military spokesman said on Saturday.",
        "038",
        "SDN",
        "SAU",
    ),
    (
        "China said it was willing to work with the new Philippine government to settle their maritime disputes through dialogue.",
        "037",
        "CHN",
        "PHL",
    ),
    (
        "Washington said it would ease some sanctions on Venezuela's oil sector if the government allowed a free and fair presidential vote.",
        "0354",
        "USA",
        "VEN",
    ),
    (
        "The Pakistani government promised to restore mobile internet services in Balochistan by the end of the week.",
        "0351",
        "PAK",
        None,
    ),
    (
        "Ethiopia said it would allow U.N. human rights investigators into Tigray for the first time since the war began.",
        "0355",
        "ETH",
        "IGO",
    ),
    (
        "Chad's transitional government promised to lift the ban on opposition rallies ahead of the vote, the communications minister said.",
        "0351",
        "TCD",
        None,
    ),
    ("Germany's Scholz visits Kyiv, pledges more air defence", "042", "DEU", "UKR"),
    ("Egypt vows to keep Rafah crossing open for aid convoys", "0333", "EGY", None),
    # --- 04 consult ---
    (
        "Saudi Crown Prince Mohammed bin Salman held a phone call with Iranian President Masoud Pezeshkian on Sunday, the Saudi Press Agency said.",
        "041",
        "SAU",
        "IRN",
    ),
    (
        "French President Emmanuel Macron spoke by telephone with his Chinese counterpart on Tuesday about the war in Ukraine, the Elysee said.",
        "041",
        "FRA",
        "CHN",
    ),
    (
        "Indian Prime Minister Narendra Modi arrived in Moscow on Monday for a two-day visit, his first since the invasion of Ukraine.",
        "042",
        "IND",
        "RUS",
    ),
    (
        "Brazilian President Luiz Inacio Lula da Silva flew to Beijing on Tuesday for a state visit aimed at boosting trade with Brazil's biggest customer.",
        "042",
        "BRA",
        "CHN",
    ),
    (
        "Kenya hosted the presidents of Rwanda and Congo at State House in Nairobi on Saturday for a summit on the fighting in North Kivu.",
        "043",
        "KEN",
        "RWA",
    ),
    (
        "Egypt's president received the visiting Jordanian king in Cairo on Wednesday to discuss the war in Gaza, the presidency said.",
        "043",
        "EGY",
        "JOR",
    ),
    (
        "The foreign ministers of Armenia and Azerbaijan met in Almaty on Friday for a new round of peace talks hosted by Kazakhstan.",
        "044",
        "ARM",
        "AZE",
    ),
    (
        "U.S. Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi on the sidelines of the ASEAN meeting in Laos on Saturday.",
        "044",
        "USA",
        "CHN",
    ),
    (
        "Chinese diplomats brokered talks between Saudi Arabia and Iran in Beijing that ended with a deal to restore ties.",
        "045",
        "CHN",
        "SAU",
    ),
    (
        "Negotiators from Israel and Hamas held indirect talks in Cairo on Sunday, with Egyptian and Qatari officials shuttling between the two delegations.",
        "046",
        "ISR",
        None,
    ),
    (
        "Greek union leaders and the finance ministry resumed negotiations over pension reform on Wednesday after a two-week pause.",
        "046",
        "GRC",
        "GRC",
    ),
    (
        "The Ukrainian and Russian delegations sat down in Istanbul for their first direct negotiations in three years, Turkish officials said.",
        "046",
        "UKR",
        "RUS",
    ),
    ("Pakistan PM in Riyadh for talks with Saudi crown prince", "042", "PAK", "SAU"),
    (
        "The Dutch prime minister flew to Washington on Thursday to consult U.S. officials on the tariffs, his office said.",
        "042",
        "NLD",
        "USA",
    ),
    (
        "Cuba's foreign minister held talks with his Vietnamese counterpart in Hanoi on trade and energy, state media reported.",
        "040",
        "CUB",
        "VNM",
    ),
    (
        "Qatar's emir hosted a delegation of Hamas leaders in Doha on Monday, a Qatari official said.",
        "043",
        "QAT",
        None,
    ),
    (
        "Venezuela's president met a U.S. envoy in Caracas on Friday to discuss the release of detained Americans, the government said.",
        "043",
        "VEN",
        "USA",
    ),
    (
        "Thai and Cambodian military commanders met at a border checkpoint on Thursday to discuss ways to ease tensions after the clashes.",
        "040",
        "THA",
        "KHM",
    ),
    (
        "Saudi Arabia's foreign minister visited Damascus on Saturday and pledged to help rebuild Syria's shattered economy.",
        "042",
        "SAU",
        "SYR",
    ),
    (
        "Japan's defence minister conferred with his Australian counterpart by video link on Tuesday about joint patrols.",
        "040",
        "JPN",
        "AUS",
    ),
    (
        "Oman's foreign minister, who has mediated between Tehran and Washington, travelled to Tehran on Sunday carrying a message from the U.S. president.",
        "042",
        "OMN",
        "IRN",
    ),
    (
        "South African President Cyril Ramaphosa welcomed his Nigerian counterpart to Pretoria for a state visit focused on trade and security.",
        "043",
        "ZAF",
        "NGA",
    ),
    # --- 05 diplomatic cooperation ---
    (
        "The U.S. State Department praised Armenia and Azerbaijan for the peace deal, calling it a historic step for the South Caucasus.",
        "051",
        "USA",
        "ARM",
    ),
    (
        "Germany's foreign minister commended Kenya for leading the police mission in Haiti during a visit to Nairobi on Monday.",
        "051",
        "DEU",
        "KEN",
    ),
    (
        "The African Union welcomed the peace agreement between Congo and Rwanda, calling it a major step towards ending decades of conflict.",
        "051",
        "IGO",
        None,
    ),
    (
        "China defended Pakistan at the U.N. Security Council on Thursday, rejecting Indian calls for an international probe into the attack.",
        "052",
        "CHN",
        "PAK",
    ),
    (
        "Spain, Ireland and Norway formally recognised a Palestinian state on Tuesday, drawing an angry response from Israel.",
        "054",
        "ESP",
        "PSE",
    ),
    (
        "The Japanese prime minister apologised to South Korea for the suffering caused by wartime forced labour at a summit in Seoul.",
        "055",
        "JPN",
        "KOR",
    ),
    (
        "The Belgian government apologised on Thursday for the abduction of mixed-race children from their mothers in Congo during colonial rule.",
        "055",
        "BEL",
        None,
    ),
    (
        "Ukraine and Moldova signed an agreement on joint border controls at a ceremony in Chisinau on Friday.",
        "057",
        "UKR",
        "MDA",
    ),
    (
        "Indonesia and the European Union signed a free trade deal on Tuesday after nine years of talks, the Indonesian trade ministry said.",
        "057",
        "IDN",
        "IGO",
    ),
    ("Russia, Iran sign strategic partnership treaty", "057", "RUS", "IRN"),
    (
        "Ethiopia and Somalia struck a deal in Ankara to end their year-long row over a port, after talks mediated by the Turkish president.",
        "057",
        "ETH",
        "SOM",
    ),
    (
        "The Philippines threw its support behind Japan's bid for a permanent seat on the U.N. Security Council, the foreign ministry said.",
        "051",
        "PHL",
        "JPN",
    ),
    (
        "The Greek prime minister voiced support for Cyprus's bid to join the Schengen zone during talks in Nicosia.",
        "051",
        "GRC",
        "CYP",
    ),
    (
        "The Organization of American States endorsed the result of the presidential election in Honduras, saying the count was credible.",
        "051",
        "IGO",
        "HND",
    ),
    (
        "Hungary's prime minister defended China's trade practices against criticism from other EU leaders at a summit in Brussels.",
        "052",
        "HUN",
        "CHN",
    ),
    (
        "The new Syrian government was recognised by Saudi Arabia on Wednesday, the first Gulf state to do so.",
        "054",
        "SAU",
        "SYR",
    ),
    (
        "Thailand's foreign minister expressed regret to Cambodia for the shooting of a Cambodian soldier by Thai troops on the border.",
        "055",
        "THA",
        "KHM",
    ),
    # --- 06 material cooperation ---
    (
        "Colombia extradited a former rebel commander to the United States on Tuesday to face drug trafficking charges.",
        "063",
        "COL",
        "USA",
    ),
    (
        "India and France held joint naval exercises in the Arabian Sea this week, the Indian navy said in a statement.",
        "062",
        "IND",
        "FRA",
    ),
    (
        "Kenyan police passed intelligence on the bomb plot to their Ugandan counterparts, officials in Nairobi said.",
        "064",
        "KEN",
        "UGA",
    ),
    (
        "Russian and Chinese bombers conducted joint air patrols over the Sea of Japan on Tuesday, prompting Japan to scramble jets.",
        "062",
        "RUS",
        "CHN",
    ),
    (
        "The Dominican Republic handed a wanted Haitian gang leader over to U.S. authorities on Friday.",
        "063",
        "DOM",
        "USA",
    ),
    (
        "Japan and the Philippines carried out their first joint coast guard drills near Manila Bay, the Philippine coast guard said.",
        "062",
        "JPN",
        "PHL",
    ),
    (
        "France shared satellite images of the Russian build-up with Ukrainian commanders, a French defence official said.",
        "064",
        "FRA",
        "UKR",
    ),
    (
        "Egypt began importing liquefied natural gas from Israel through a new pipeline, the petroleum ministry said.",
        "061",
        "EGY",
        "ISR",
    ),
    (
        "Spain deported a suspected Moroccan jihadist back to Morocco at the request of Rabat, the interior ministry said.",
        "174",
        "ESP",
        "MAR",
    ),
    (
        "Vietnam and Indonesia expanded their trade in rice and palm oil under a deal that took effect on Monday.",
        "061",
        "VNM",
        "IDN",
    ),
    # --- 07 aid ---
    (
        "The World Bank approved a $700 million loan to Nigeria on Thursday to expand electricity access in rural areas.",
        "071",
        "IGO",
        "NGA",
    ),
    (
        "Germany delivered a second IRIS-T air defence system to Ukraine, the defence ministry in Berlin said on Wednesday.",
        "072",
        "DEU",
        "UKR",
    ),
    (
        "Jordanian aircraft airdropped food parcels over northern Gaza on Monday, the Jordanian army said.",
        "073",
        "JOR",
        None,
    ),
    (
        "The European Union disbursed 1.5 billion euros to Kyiv on Friday, the latest tranche of a 50 billion euro support package.",
        "071",
        "IGO",
        "UKR",
    ),
    (
        "Ecuador granted political asylum to the former Peruvian vice president at its embassy in Lima.",
        "075",
        "ECU",
        "PER",
    ),
    (
        "The United States sent two aircraft carriers to the eastern Mediterranean to protect Israel against an attack by Iran.",
        "074",
        "USA",
        "ISR",
    ),
    (
        "China shipped 50 tonnes of medical supplies to quake-hit Myanmar on Saturday, the Chinese embassy said.",
        "073",
        "CHN",
        "MMR",
    ),
    (
        "France wrote off a fifth of Ivory Coast's debt under a new agreement signed in Abidjan.",
        "071",
        "FRA",
        "CIV",
    ),
    (
        "Washington provided Kyiv with a further $2 billion in weapons, including Patriot interceptors, the Pentagon said.",
        "072",
        "USA",
        "UKR",
    ),
    (
        "The U.N. refugee agency evacuated 150 asylum seekers from Libya to Rwanda on Tuesday.",
        "073",
        "IGO",
        None,
    ),
    (
        "Qatar handed over 20 million litres of fuel to the Lebanese army to keep its vehicles running, the army said.",
        "072",
        "QAT",
        "LBN",
    ),
    (
        "Nigerian troops deployed to Gambia on Friday as part of a West African force sent to protect the new government.",
        "074",
        "NGA",
        "GMB",
    ),
    (
        "Saudi Arabia deposited $2 billion in Pakistan's central bank to shore up its foreign reserves.",
        "071",
        "SAU",
        "PAK",
    ),
    (
        "Turkey flew tents, blankets and food to flood-hit Libya on Wednesday, the disaster agency said.",
        "073",
        "TUR",
        "LBY",
    ),
    # --- 08 yield ---
    (
        "Israel freed 90 Palestinian prisoners early on Monday in exchange for three hostages released by Hamas.",
        "0841",
        "ISR",
        "PSE",
    ),
    (
        "Belarus released 14 political prisoners, including a Swedish journalist, after a visit to Minsk by a U.S. envoy.",
        "0841",
        "BLR",
        None,
    ),
    (
        "Russia returned 20 Ukrainian children taken from occupied areas, Qatar said on Monday.",
        "0841",
        "RUS",
        "UKR",
    ),
    ("Venezuela frees 10 Americans in prisoner swap with US", "0841", "VEN", "USA"),
    (
        "The Sri Lankan government lifted the state of emergency on Friday that had been imposed after weeks of protests.",
        "0814",
        "LKA",
        None,
    ),
    (
        "Authorities in Kashmir lifted the curfew in Srinagar on Thursday after three days of clashes.",
        "0813",
        "IND",
        None,
    ),
    (
        "Bangladesh's interim government lifted the ban on Jamaat-e-Islami, the country's largest Islamist party.",
        "0812",
        "BGD",
        "BGD",
    ),
    (
        "The U.S. Treasury eased sanctions on Syria on Friday, allowing transactions with its central bank and state airline.",
        "085",
        "USA",
        "SYR",
    ),
    (
        "China lifted its ban on Japanese seafood imports that it had imposed after the release of treated water from Fukushima.",
        "085",
        "CHN",
        "JPN",
    ),
    (
        "Hezbollah and Israel agreed to a 60-day ceasefire brokered by the United States and France.",
        "0871",
        None,
        None,
    ),
    (
        "The M23 rebels pulled out of the town of Walikale on Saturday, a rebel spokesman said, two days after seizing it.",
        "0874",
        None,
        None,
    ),
    (
        "Israel eased its blockade of Gaza on Sunday, allowing 600 trucks a day to cross, Israeli officials said.",
        "0872",
        "ISR",
        None,
    ),
    (
        "Azerbaijan allowed Red Cross aid convoys into the Lachin corridor for the first time in months.",
        "0863",
        "AZE",
        None,
    ),
    (
        "Some 2,000 FARC dissidents laid down their arms at demobilisation camps in southern Colombia, the U.N. mission said.",
        "0873",
        "COL",
        None,
    ),
    (
        "Peru's president resigned on Thursday hours before a vote in Congress to remove her from office.",
        "0831",
        "PER",
        None,
    ),
    (
        "The Senegalese government reversed its decision to postpone the presidential election after the constitutional court ruled against it.",
        "0832",
        "SEN",
        None,
    ),
    (
        "The Turkish government restored access to the social media platform X on Wednesday after a three-day block.",
        "0811",
        "TUR",
        None,
    ),
    (
        "Iran allowed IAEA inspectors back into the Fordow enrichment site on Tuesday, the U.N. nuclear watchdog said.",
        "0862",
        "IRN",
        "IGO",
    ),
    (
        "Tunisia's president pardoned 1,500 prisoners to mark the end of Ramadan, the presidency said.",
        "0841",
        "TUN",
        None,
    ),
    (
        "Iran released the seized Greek-flagged tanker on Monday, the ports authority said.",
        "0842",
        "IRN",
        None,
    ),
    (
        "Armenia handed four border villages back to Azerbaijan under a demarcation deal, local officials said.",
        "0842",
        "ARM",
        "AZE",
    ),
    (
        "Russian forces withdrew from the west bank of the Dnipro, abandoning Kherson after eight months of occupation.",
        "0874",
        "RUS",
        None,
    ),
    (
        "Striking teachers called off their walkout on Friday after the government agreed to raise their pay, the union said.",
        "082",
        None,
        None,
    ),
]

# Sentences that hold no political event: every one must stay silent.
NEAR_MISSES_R4: list[str] = [
    "Real Madrid hosted Bayern Munich at the Bernabeu on Tuesday and won 2-1 with a late header.",
    "Apple released its new iPhone in Tokyo on Friday, drawing long queues outside its flagship store.",
    "The central bank eased monetary policy for the third time this year, cutting its key rate by 25 basis points.",
    "Shares of the Dutch chipmaker rallied after it signed a supply agreement with a Taiwanese foundry.",
    "Pfizer agreed to buy the biotech firm for $43 billion in cash, the companies said on Monday.",
    "The coach praised his young squad after the 3-0 win over Wales in Cardiff.",
    "Critics hailed the novel as a masterpiece when it was published in Paris last spring.",
    "Oil prices recovered on Thursday as concerns over supply from the Gulf eased.",
    "The orchestra toured China for three weeks, playing to packed halls in Shanghai and Beijing.",
    "Manchester United signed the Brazilian winger from Ajax on a five-year contract.",
    "Samsung and Google teamed up to develop a new range of smart glasses, the companies said.",
    "Airbus delivered 60 aircraft in May, its best month of the year, the planemaker said.",
    "The Federal Reserve held interest rates steady and signalled two cuts later this year.",
    "The striker apologised to fans for his red card in the derby, which cost his side the game.",
    "The singer thanked fans in Singapore after six sold-out concerts at the national stadium.",
    "The hurricane weakened to a tropical storm as it moved inland over northern Mexico.",
    "A heatwave sent temperatures above 45 degrees Celsius across Pakistan's Sindh province on Sunday.",
    "The Pakistani cricket team arrived in Ahmedabad on Wednesday for the World Cup match against India.",
    "Toyota and Panasonic extended their battery partnership for another ten years.",
    "Investors welcomed the earnings report, sending the stock up 8 percent in early trading.",
    "The British Museum lent two Egyptian statues to a museum in Cairo for an exhibition on the pharaohs.",
    "The company said its chief executive would step down at the end of the year for health reasons.",
    "A gunman robbed a jewellery shop in central Paris and escaped on a motorbike, police said.",
    "Rescuers pulled a seven-year-old boy alive from the rubble of his home two days after the quake.",
    "Norway beat Sweden 3-1 in Oslo to win the group and qualify for the European Championship.",
    "The Japanese carmaker agreed to supply hybrid engines to its Chinese rival from next year.",
    "Netflix struck a licensing deal with a Korean studio for a dozen new drama series.",
    "The wheat harvest in Argentina recovered from last year's drought, the Rosario grains exchange said.",
    "A rare snowstorm in southern Brazil closed roads and left thousands without power.",
    "The tennis star withdrew from the tournament in Madrid with a wrist injury.",
]

# Negated, hypothetical or expected acts: (text, CAMEO root the act would have).
NOT_THE_ACT_R4: list[tuple[str, str]] = [
    (
        "The prime minister is expected to visit Beijing later this month, officials said.",
        "04",
    ),
    (
        "Israel did not release the prisoners on Saturday as planned, citing violations of the deal by Hamas.",
        "08",
    ),
    (
        "Diplomats said the two presidents could hold a phone call as early as next week.",
        "04",
    ),
    (
        "The EU will not lift its sanctions on Moscow until Russian troops leave Ukraine, the bloc's foreign policy chief said.",
        "08",
    ),
    (
        "The government denied that it had apologised to Beijing over the incident.",
        "05",
    ),
    (
        "Turkey has yet to recognise the new government in the capital, a foreign ministry official said.",
        "05",
    ),
    (
        "Washington has not sent any long-range missiles to Ukraine, the Pentagon said on Tuesday.",
        "07",
    ),
    (
        "If Hamas frees all the hostages, Israel could agree to a lasting ceasefire, a senior official said.",
        "08",
    ),
    (
        "The two sides failed to sign the agreement after last-minute disputes over the border map.",
        "05",
    ),
    (
        "Tokyo refused to extradite the businessman to the United States, the justice ministry said.",
        "06",
    ),
    (
        "The junta rejected calls to release the former president, saying she would stand trial.",
        "08",
    ),
    (
        "The minister cancelled his planned trip to Washington after the row over tariffs.",
        "04",
    ),
    (
        "Russia ruled out a ceasefire before its forces reach the regional border, the Kremlin said.",
        "08",
    ),
    (
        "Seoul has no plans to send weapons to Kyiv, the defence ministry said on Tuesday.",
        "07",
    ),
    (
        "The president said he would not meet the opposition leader until the protests end.",
        "04",
    ),
    (
        "Kenya has not deployed any more police officers to Haiti, despite a request from the United Nations.",
        "07",
    ),
    (
        "Neither country has signed the treaty, which needs ratification by both parliaments.",
        "05",
    ),
    (
        "The prime minister refused to apologise for the remarks, saying he had been misquoted.",
        "05",
    ),
]

# Round 5 (helper-37): written and labelled before the coder ran on them, in the long,
# messy style of wire copy, weighted to what rounds 1-4 had least of: demands (10),
# disapproval (11: accusations, condemnation, official complaints, lawsuits, and 09
# investigations), rejection (12: refusals, vetoes, boycotts of talks, defiance),
# threats and ultimatums (13), protest (14), force posture (15), coercion (17), assault
# (18), fighting (19) and mass violence (20), and the issue's list: releases, returns,
# transfers of weapons, confirmations, receiving an ambassador, seeking refuge, ordering
# someone to appear. Codes checked against ../shared/reference/cameo-codes.csv and its
# usage notes: charges and lawsuits are 115 (173's note), arrests and detentions 173,
# a court ordering someone to appear before a judge 173 (legal action against him);
# "ultimatum" is 139 only where the word is used (139's note), a deadline "or face"
# losing funds is a threat to cut aid (1311); rejected ceasefire proposals are 1246
# (its note), rejected peace plans 127; a boycott of talks is a refusal to meet (125),
# a boycott of an election a boycott (143, as round 1 codes it); a walk-out from
# parliament is dissent (140, as round 2 codes it); refugees who seek refuge in a
# country are 1033 (its example), a request for asylum 0233 (its note); a legislature
# confirming a nominee endorses (051); receiving an ambassador's credentials is hosting
# (043); weapons delivered are 072 (its note: delivery, not promise); artefacts handed
# back are 0842. Where a sentence holds two events, the label is the one it leads with.
CASES_R5: list[Case] = [
    # --- 10 demands ---
    (
        "The opposition coalition in Togo demanded on Thursday that President Faure Gnassingbe step down after parliament approved a new constitution that critics say lets him rule indefinitely.",
        "1041",
        "TGO",
        "TGOGOV",
    ),
    (
        "Pakistan demanded that Kabul hand over the militants behind the attack on a police station in Dera Ismail Khan, the foreign office said in a statement.",
        "1013",
        "PAK",
        "AFG",
    ),
    (
        "Kenya's doctors' union demanded that the health ministry implement a pay deal signed seven years ago, warning that the nationwide strike would go on.",
        "1042",
        "KEN",
        "KENGOV",
    ),
    (
        "Ukraine's foreign ministry demanded the immediate release of 25 Ukrainian sailors held by Russia since the standoff in the Kerch Strait.",
        "1053",
        "UKR",
        "RUS",
    ),
    (
        "Lebanon demanded that Israel withdraw its troops from five hilltops in the south by the end of the month, as required under the ceasefire deal.",
        "1056",
        "LBN",
        "ISR",
    ),
    (
        "The Palestinian Authority demanded that the U.N. Security Council send an international protection force to the occupied West Bank.",
        "1034",
        "PSE",
        "IGO",
    ),
    (
        "EU foreign ministers insisted that Belgrade and Pristina return to the EU-facilitated dialogue without preconditions, the bloc's foreign policy chief said.",
        "106",
        "IGO",
        "SRB",
    ),
    (
        "Student leaders in Bangladesh demanded that the interim government hold elections by the end of the year and put the ousted prime minister on trial.",
        "1041",
        "BGD",
        "BGDGOV",
    ),
    (
        "The International Monetary Fund demanded that Pakistan raise electricity and gas tariffs before it releases the next tranche of a $3 billion loan.",
        "1042",
        "IGO",
        "PAK",
    ),
    (
        "Azerbaijan's president demanded that Armenia change its constitution to drop territorial claims before a peace treaty can be signed.",
        "1044",
        "AZE",
        "ARM",
    ),
    # --- 11 disapprove (and 09 investigate) ---
    (
        "The Chinese foreign ministry on Monday slammed the latest U.S. arms sale to Taiwan as a gross interference in China's internal affairs.",
        "111",
        "CHN",
        "USA",
    ),
    (
        "Amnesty International accused Nigerian soldiers of torturing detainees at a military barracks in Maiduguri, citing testimony from former prisoners.",
        "1122",
        "NGO",
        "NGA",
    ),
    (
        "Kyiv accused Moscow of violating the Easter truce more than 2,000 times, the Ukrainian president said in his nightly address.",
        "1123",
        "UKR",
        "RUS",
    ),
    (
        "India lodged a strong protest with Bangladesh over the killing of a Hindu community leader, the external affairs ministry said on Saturday.",
        "114",
        "IND",
        "BGD",
    ),
    (
        "Mexico filed a lawsuit in a U.S. federal court against American gunmakers, saying their marketing fuels cartel violence south of the border.",
        "115",
        "MEX",
        "USA",
    ),
    (
        "A group of Sudanese survivors sued the Greek coast guard at the European Court of Human Rights over the deadly shipwreck off Pylos.",
        "115",
        "SDN",
        "GRC",
    ),
    (
        "South Africa's governing ANC condemned the killing of a local councillor in KwaZulu-Natal as an attack on democracy.",
        "111",
        "ZAF",
        None,
    ),
    (
        "Venezuela's government denounced the new sanctions imposed by Washington as illegal economic aggression against the Venezuelan people.",
        "111",
        "VEN",
        "USA",
    ),
    (
        "Zambia's main opposition party criticised the president for borrowing heavily from Chinese lenders, saying the debt would burden future generations.",
        "111",
        "ZMB",
        "ZMBGOV",
    ),
    (
        "Moscow accused a British diplomat of spying and gave him two weeks to leave the country, the Federal Security Service said.",
        "1125",
        "RUS",
        "GBR",
    ),
    (
        "Prosecutors in Peru opened an investigation into President Dina Boluarte over undeclared luxury watches, the attorney general's office said.",
        "091",
        "PER",
        "PERGOV",
    ),
    (
        "The International Criminal Court opened an investigation into alleged crimes against humanity in Venezuela during the crackdown on protests.",
        "092",
        "IGO",
        "VEN",
    ),
    (
        "Turkish opposition lawmakers filed a complaint with the constitutional court over the detention of Istanbul's mayor.",
        "114",
        "TUR",
        None,
    ),
    (
        "Hungary's government blasted the European Parliament's report on the rule of law as a pack of politically motivated lies.",
        "111",
        "HUN",
        "IGO",
    ),
    (
        "The Philippine coast guard accused Chinese vessels of firing water cannon at a supply boat near the Second Thomas Shoal on Saturday.",
        "1123",
        "PHL",
        "CHN",
    ),
    (
        "Brazilian federal prosecutors charged 34 people, including a former president, with plotting a coup to overturn the 2022 election.",
        "115",
        "BRA",
        "BRA",
    ),
    (
        "A group of former Afghan interpreters sued the British defence ministry over its failure to relocate them after the Taliban takeover.",
        "115",
        "AFG",
        "GBR",
    ),
    (
        "Estonia's interior minister rebuked the leaders of the local Orthodox church for backing Russia's war in Ukraine.",
        "111",
        "EST",
        None,
    ),
    ("Seoul condemns North Korea's latest missile launch", "111", "KOR", "PRK"),
    ("Philippines summons Chinese envoy over water cannon attack", "114", "PHL", "CHN"),
    (
        "Nigeria's anti-graft agency is probing a former central bank governor over the alleged theft of public funds, a spokesman said.",
        "091",
        "NGA",
        "NGA",
    ),
    # --- 12 reject ---
    (
        "Russia vetoed a U.N. Security Council resolution on Friday that would have renewed the panel monitoring sanctions on North Korea.",
        "129",
        "RUS",
        "IGO",
    ),
    (
        "Hamas rejected the latest Israeli ceasefire proposal, saying it did not guarantee an end to the war in Gaza, a senior official told reporters.",
        "1246",
        None,
        "ISR",
    ),
    (
        "Serbia's president refused to impose sanctions on Russia despite mounting pressure from Brussels, saying his country would not betray an old friend.",
        "1232",
        "SRB",
        None,
    ),
    (
        "The Ethiopian government rejected African Union mediation in its dispute with Somalia over the Somaliland port deal.",
        "126",
        "ETH",
        "IGO",
    ),
    (
        "Opposition parties in Mozambique boycotted the talks convened by the president on electoral reform, calling them a sham.",
        "125",
        "MOZ",
        "MOZGOV",
    ),
    (
        "Venezuelan President Nicolas Maduro refused to hand over power, a day after the electoral council declared him the winner despite opposition claims of fraud.",
        "1231",
        "VEN",
        None,
    ),
    (
        "Niger's military rulers refused to reinstate the ousted president, defying a deadline set by West African leaders.",
        "1231",
        "NER",
        None,
    ),
    (
        "Israel rejected a request from the United Nations to let fuel trucks into northern Gaza, citing security concerns.",
        "1245",
        "ISR",
        "IGO",
    ),
    (
        "Thousands of Georgian civil servants defied a government order to remove European Union flags from their offices.",
        "128",
        "GEO",
        "GEOGOV",
    ),
    (
        "Germany turned down Ukraine's request for Taurus cruise missiles, with the chancellor citing the risk of escalation.",
        "1222",
        "DEU",
        "UKR",
    ),
    (
        "The Taliban refused to reopen girls' secondary schools, brushing aside appeals from several Muslim-majority countries.",
        "1233",
        "AFG",
        None,
    ),
    (
        "Armenia rejected a Russian-drafted peace plan for Nagorno-Karabakh, saying it ignored the rights of ethnic Armenians in the region.",
        "127",
        "ARM",
        "RUS",
    ),
    (
        "Iraq's government refused to extradite a former official wanted in Kuwait for crimes committed during the 1990 invasion.",
        "1213",
        "IRQ",
        "KWT",
    ),
    (
        "Guinea's junta leader rejected calls for a swift return to civilian rule, saying the transition would take as long as needed.",
        "1231",
        "GIN",
        None,
    ),
    # --- 13 threaten ---
    (
        "Turkey threatened to block Sweden's bid to join NATO unless Stockholm cracked down on Kurdish militants living on its soil.",
        "131",
        "TUR",
        "SWE",
    ),
    (
        "The United States warned Beijing of serious consequences if it supplied weapons to Russia for the war in Ukraine, a White House official said.",
        "130",
        "USA",
        "CHN",
    ),
    (
        "Hezbollah's leader threatened to strike Israeli cities if Israel launched a full-scale war on Lebanon.",
        "1384",
        None,
        "ISR",
    ),
    (
        "Trump threatens 25% tariffs on Mexico and Canada over migrants and drugs",
        "1312",
        "USA",
        "MEX",
    ),
    (
        "The European Union gave Budapest two months to change its asylum law or face the suspension of billions of euros in funds.",
        "1311",
        "IGO",
        "HUN",
    ),
    (
        "ECOWAS issued an ultimatum to the coup leaders in Niamey to reinstate President Mohamed Bazoum within a week or face possible military intervention.",
        "139",
        "IGO",
        "NER",
    ),
    (
        "Iran warned on Sunday that it would close the Strait of Hormuz to shipping if the United States attacked its nuclear facilities.",
        "1381",
        "IRN",
        None,
    ),
    (
        "Colombia's president threatened to break off diplomatic relations with Israel if the offensive in Gaza did not stop.",
        "1313",
        "COL",
        "ISR",
    ),
    (
        "Serbia's government warned protesting students that police would clear the blockades of university buildings by force if necessary.",
        "137",
        "SRB",
        None,
    ),
    (
        "Former Russian president Dmitry Medvedev warned that Moscow could use nuclear weapons if Ukraine's counteroffensive succeeded.",
        "1385",
        "RUS",
        "UKR",
    ),
    (
        "Opposition leaders in Kenya vowed to stage nationwide protests every week unless the government withdrew the finance bill.",
        "133",
        "KEN",
        "KENGOV",
    ),
    (
        "Pakistan's army chief warned India of a swift and decisive response to any military adventure along the Line of Control.",
        "138",
        "PAK",
        "IND",
    ),
    (
        "The Taliban warned foreign aid groups that they would be shut down if they kept employing Afghan women.",
        "136",
        "AFG",
        None,
    ),
    # --- 14 protest ---
    (
        "Tens of thousands of Israelis rallied in Tel Aviv on Saturday night to demand a deal to free the hostages held in Gaza.",
        "1412",
        "ISR",
        None,
    ),
    (
        "A jailed Bahraini opposition figure has been on hunger strike for three weeks to protest against his conditions in prison, his family said.",
        "142",
        "BHR",
        None,
    ),
    (
        "Dockworkers at Chile's main ports walked off the job on Monday, demanding higher pensions and better safety rules.",
        "143",
        "CHL",
        None,
    ),
    (
        "Farmers blocked roads with tractors across Belgium on Thursday to protest against the EU's trade deal with South American countries.",
        "144",
        "BEL",
        None,
    ),
    (
        "Students at Dhaka University staged a sit-in outside the vice-chancellor's office, demanding an end to the quota system for government jobs.",
        "141",
        "BGD",
        None,
    ),
    (
        "Rioters torched police stations in several Senegalese towns after the opposition leader was sentenced to two years in prison.",
        "145",
        "SEN",
        None,
    ),
    (
        "Opposition lawmakers in Nepal walked out of parliament on Tuesday in protest against the arrest of their party leader.",
        "140",
        "NPL",
        None,
    ),
    (
        "Kenyan truck drivers blocked the main highway to Uganda for a second day, protesting against new road tolls.",
        "144",
        "KEN",
        None,
    ),
    (
        "Hundreds of supporters of the jailed former prime minister marched on the election commission's offices in Islamabad, chanting slogans against the army.",
        "141",
        "PAK",
        None,
    ),
    (
        "Opposition parties in Togo boycotted Monday's legislative elections in protest at the constitutional changes.",
        "143",
        "TGO",
        None,
    ),
    (
        "Protesters stormed the parliament in Nairobi and set part of it on fire as lawmakers passed the finance bill.",
        "145",
        "KEN",
        None,
    ),
    (
        "Bolivian protesters block roads to demand release of jailed governor",
        "144",
        "BOL",
        None,
    ),
    # --- 15 force posture ---
    (
        "Russia has moved thousands of troops and tanks to the border with Finland, the Finnish defence ministry said on Thursday.",
        "154",
        "RUS",
        "FIN",
    ),
    (
        "China sent warships and fighter jets around Taiwan for a second day of drills that it described as a stern warning to separatists.",
        "150",
        "CHN",
        "TWN",
    ),
    (
        "Japan put its missile defence units on alert after North Korea announced plans to launch a spy satellite.",
        "152",
        "JPN",
        "PRK",
    ),
    (
        "India deployed additional troops to the Ladakh border after a fresh standoff with Chinese soldiers, army sources said.",
        "154",
        "IND",
        "CHN",
    ),
    (
        "Venezuela's military began exercises near the border with Guyana, days after a referendum claiming the disputed Essequibo region.",
        "150",
        "VEN",
        "GUY",
    ),
    (
        "Thai police deployed thousands of officers around Government House in Bangkok ahead of a planned opposition rally.",
        "153",
        "THA",
        None,
    ),
    (
        "Iran's Revolutionary Guards held naval drills in the Gulf on Friday, firing cruise missiles near the Strait of Hormuz.",
        "150",
        "IRN",
        None,
    ),
    (
        "Poland is sending 10,000 more soldiers to its border with Belarus as migrants try to cross from the Belarusian side.",
        "154",
        "POL",
        "BLR",
    ),
    (
        "Armenian forces were placed on high alert as Azerbaijan moved heavy weapons closer to the border.",
        "152",
        "ARM",
        "AZE",
    ),
    # --- 16 reduce relations ---
    (
        "Algeria recalled its ambassador to Paris after France backed Morocco's autonomy plan for Western Sahara.",
        "161",
        "DZA",
        "FRA",
    ),
    (
        "The United States suspended military aid to Niger following the coup, the State Department said on Tuesday.",
        "1622",
        "USA",
        "NER",
    ),
    (
        "Talks between the Sudanese army and the RSF in Jeddah collapsed on Tuesday after the army's delegation walked out.",
        "164",
        "SDN",
        "SDN",
    ),
    (
        "Burkina Faso expelled three French diplomats accused of subversive activities, the foreign ministry said.",
        "161",
        "BFA",
        "FRA",
    ),
    (
        "The EU imposed a fresh round of sanctions on Iranian officials over the supply of drones to Russia.",
        "163",
        "IGO",
        "IRN",
    ),
    (
        "Mali ordered the U.N. peacekeeping mission to leave the country without delay, the foreign minister told the Security Council.",
        "1661",
        "MLI",
        "IGO",
    ),
    ("Russia expels Estonian ambassador over 'hostile' policy", "161", "RUS", "EST"),
    # --- 17 coerce ---
    (
        "Indian police arrested more than 50 opposition activists in Delhi as they tried to march on parliament.",
        "173",
        "IND",
        "IND",
    ),
    (
        "Authorities in Tajikistan detained a prominent human rights lawyer on charges of extremism, her colleagues said.",
        "173",
        "TJK",
        None,
    ),
    (
        "Iran seized a Greek-flagged oil tanker in the Gulf of Oman, state media reported, days after Athens impounded an Iranian cargo.",
        "1711",
        "IRN",
        "GRC",
    ),
    (
        "The government of Gabon imposed a nighttime curfew and cut internet access after the presidential vote.",
        "1723",
        "GAB",
        None,
    ),
    (
        "Ethiopian authorities shut down the internet in the Amhara region as fighting between the army and local militias intensified.",
        "1721",
        "ETH",
        None,
    ),
    (
        "Pakistan banned the Pashtun Tahaffuz Movement, accusing it of activities prejudicial to peace and security.",
        "1722",
        "PAK",
        None,
    ),
    (
        "Kuwait deported hundreds of Egyptian workers for violating residency rules, the interior ministry said.",
        "174",
        "KWT",
        "EGY",
    ),
    (
        "Nicaraguan police raided the offices of the independent newspaper La Prensa and seized its printing equipment.",
        "1711",
        "NIC",
        None,
    ),
    (
        "Russia's Federal Security Service detained a U.S. journalist in Yekaterinburg on suspicion of espionage.",
        "173",
        "RUS",
        "USA",
    ),
    (
        "A Tunisian court ordered the leader of the Ennahda party to appear before an investigating judge on Monday over remarks he made at a funeral.",
        "173",
        "TUN",
        "TUN",
    ),
    (
        "Georgian riot police used water cannon and tear gas to disperse thousands of protesters outside parliament in Tbilisi.",
        "175",
        "GEO",
        "GEO",
    ),
    (
        "The Israeli army demolished the family home of a Palestinian gunman in the occupied West Bank.",
        "1712",
        "ISR",
        "PSE",
    ),
    (
        "Egyptian security forces rounded up dozens of people after calls for anti-government protests circulated online, rights lawyers said.",
        "173",
        "EGY",
        None,
    ),
    (
        "Uganda's electoral commission disqualified the main opposition candidate from the mayoral race over forged academic papers.",
        "1722",
        "UGA",
        None,
    ),
    (
        "Azerbaijani authorities expelled a BBC correspondent from the country, accusing him of biased reporting.",
        "174",
        "AZE",
        None,
    ),
    (
        "Ecuador police arrest former vice president in embassy raid",
        "173",
        "ECU",
        "ECU",
    ),
    # --- 18 assault ---
    (
        "Gunmen abducted more than 20 passengers from a bus in Nigeria's Zamfara state on Sunday, police said, the latest in a wave of kidnappings for ransom.",
        "181",
        None,
        "NGA",
    ),
    (
        "A suicide bomber killed at least 12 people at a checkpoint outside the Somali capital on Friday, in an attack claimed by al Shabaab.",
        "1831",
        None,
        "SOM",
    ),
    (
        "A car bomb exploded outside a police station in the Colombian city of Cali, wounding 14 people, in what officials blamed on dissident rebels.",
        "1832",
        None,
        "COL",
    ),
    (
        "Mexican mayoral candidate shot dead at campaign rally in Guerrero",
        "186",
        None,
        "MEX",
    ),
    (
        "Unidentified gunmen assassinated a senior Iraqi judge in Basra as he left his home on Wednesday, a security source said.",
        "186",
        None,
        "IRQ",
    ),
    (
        "Islamic State militants in Mozambique beheaded at least 11 Christians in raids on villages in Cabo Delgado province.",
        "1823",
        None,
        "MOZ",
    ),
    (
        "Jailed opposition activists in Belarus were tortured by guards at a penal colony, former inmates said.",
        "1822",
        "BLR",
        "BLR",
    ),
    (
        "A roadside bomb struck a Pakistani army convoy in North Waziristan, killing four soldiers, the military's media wing said.",
        "1833",
        None,
        "PAK",
    ),
    (
        "A gunman tried to assassinate the governor of Nigeria's Zamfara state on Thursday, wounding two of his bodyguards.",
        "185",
        None,
        "NGA",
    ),
    (
        "Armed men took 15 aid workers hostage in eastern Congo, the United Nations said on Monday.",
        "181",
        None,
        None,
    ),
    # --- 19 fight ---
    (
        "Israeli troops and Hezbollah fighters clashed in the border village of Aita al-Shaab on Wednesday, the Israeli military said.",
        "190",
        "ISR",
        None,
    ),
    (
        "Militants ambushed a police convoy in northern Burkina Faso, killing at least 20 officers, security sources said.",
        "190",
        None,
        "BFA",
    ),
    (
        "Russian artillery shelled the centre of Kherson on Monday, killing two civilians and damaging a hospital, regional officials said.",
        "194",
        "RUS",
        "UKR",
    ),
    (
        "A Turkish drone strike killed three members of the Kurdish-led SDF in northeast Syria, the group said.",
        "195",
        "TUR",
        "SYR",
    ),
    (
        "Sudan's army carried out air strikes on RSF positions in Khartoum North as the fighting entered its third month.",
        "195",
        "SDN",
        "SDN",
    ),
    (
        "Houthi rebels attacked a Liberian-flagged cargo ship in the Red Sea with missiles and drones, the U.S. military said.",
        "190",
        "YEM",
        None,
    ),
    (
        "Myanmar's junta imposed a blockade on the town of Laukkaing, cutting off food and fuel supplies to thousands of residents.",
        "191",
        "MMR",
        None,
    ),
    (
        "Congolese M23 rebels captured the town of Rubaya, home to a major coltan mine, after days of fighting with the army.",
        "192",
        "COD",
        None,
    ),
    (
        "Azerbaijani and Armenian troops exchanged fire along the border overnight, each side accusing the other of starting the shooting.",
        "190",
        "AZE",
        "ARM",
    ),
    (
        "Indian troops broke the ceasefire in Kashmir overnight, firing mortars at villages along the Line of Control, Pakistan's army said.",
        "196",
        "IND",
        "PAK",
    ),
    (
        "Ukrainian forces pushed into Russia's Kursk region in a surprise cross-border offensive, seizing dozens of villages.",
        "190",
        "UKR",
        "RUS",
    ),
    (
        "The Nigerian air force bombed a bandit hideout in Zamfara state, killing scores of gunmen, a military spokesman said.",
        "195",
        "NGA",
        None,
    ),
    # --- 20 mass violence ---
    (
        "Sudanese paramilitaries killed more than 200 people, including women and children, in a three-day massacre in villages south of Khartoum, activists said.",
        "202",
        "SDN",
        "SDN",
    ),
    (
        "Militia fighters drove thousands of ethnic Tigrayans from their homes in western Tigray in what rights groups called ethnic cleansing.",
        "203",
        None,
        "ETH",
    ),
    # --- the issue's list: releases, returns, transfers, confirmations, receptions, refuge ---
    (
        "Belarus freed 14 political prisoners, including a journalist from Radio Free Europe, after a visit by a U.S. envoy to Minsk.",
        "0841",
        "BLR",
        None,
    ),
    (
        "Venezuela released six jailed Americans on Saturday following talks in Caracas with a U.S. envoy.",
        "0841",
        "VEN",
        "USA",
    ),
    (
        "Germany handed back more than 20 Benin Bronzes to Nigeria at a ceremony in Abuja on Tuesday.",
        "0842",
        "DEU",
        "NGA",
    ),
    (
        "The Netherlands returned hundreds of looted colonial-era artefacts to Indonesia, the Dutch culture ministry said.",
        "0842",
        "NLD",
        "IDN",
    ),
    (
        "The United States transferred thousands of rifles seized from Iranian smugglers to Ukraine's armed forces, U.S. Central Command said.",
        "072",
        "USA",
        "UKR",
    ),
    (
        "Germany has delivered 18 Leopard 2 tanks to Ukraine, the defence ministry in Berlin said on Monday.",
        "072",
        "DEU",
        "UKR",
    ),
    (
        "The U.S. Senate confirmed the president's nominee for ambassador to India on Wednesday by a vote of 50 to 48.",
        "051",
        "USA",
        None,
    ),
    (
        "Kenya's parliament approved the appointment of a new central bank governor after a three-hour vetting session.",
        "051",
        "KEN",
        None,
    ),
    (
        "King Charles received the credentials of the new Ukrainian ambassador at Buckingham Palace on Wednesday.",
        "043",
        "GBR",
        "UKR",
    ),
    (
        "More than 500 Afghan soldiers sought refuge in Uzbekistan after the Taliban seized the border town of Hairatan.",
        "1033",
        "AFG",
        "UZB",
    ),
    (
        "A former Bolivian interior minister applied for asylum at the Mexican embassy in La Paz, fearing arrest.",
        "0233",
        "BOL",
        "MEX",
    ),
]

# Sentences that hold no political event: every one must stay silent.
NEAR_MISSES_R5: list[str] = [
    "Real Madrid's attack tore apart the Bayern defence in the second half to reach the Champions League final.",
    "Shares in the carmaker plunged 12% after it slashed its profit forecast, dragging the index lower.",
    "Hurricane Otis battered the resort city of Acapulco overnight, knocking out power to hundreds of thousands of homes.",
    "Djokovic beat Alcaraz in straight sets to win his 24th Grand Slam title in New York.",
    "Oil prices fell for a third day on worries about weak demand from China.",
    "The film director fired back at critics who panned his latest movie at the Venice festival.",
    "Wildfires threatened thousands of homes on the outskirts of Athens as firefighters battled the flames for a third day.",
    "Lightning struck a church steeple in the village, starting a fire that destroyed the roof.",
    "The band's new album topped the charts in Britain and the United States in its first week.",
    "A man stabbed his neighbour to death in a row over a parking space in Leeds, police said.",
    "The Lakers' defence collapsed in the fourth quarter as the Celtics stormed back to win 112-104.",
    "Amazon shares rallied after the company beat analysts' expectations for quarterly sales.",
    "The mining company launched a hostile bid for its smaller rival, offering a 30% premium to shareholders.",
    "A heatwave gripped southern Europe, with temperatures hitting 44 degrees in Seville.",
    "Thousands of fans invaded the pitch after the final whistle to celebrate the club's first title in 30 years.",
    "The opposition striker was sent off in the 70th minute for a dangerous tackle.",
    "Floods swept through villages in the north of the country, forcing thousands to flee their homes.",
    "The chess champion attacked his opponent's king early and forced a resignation after 31 moves.",
    "Investors fled emerging markets as the dollar strengthened, sending the rupee to a record low.",
    "The airline cancelled hundreds of flights as a snowstorm shut the airport in Frankfurt.",
    "The novelist's latest book is a scathing attack on the banking industry.",
    "The prime suspect in the jewel heist was captured on security cameras entering the museum.",
    "Manchester City beat Arsenal in a battle for the Premier League title on Sunday.",
    "The company's board rejected the takeover offer as too low, saying it undervalued the business.",
    "Tesla slashed prices across its range in China, sparking a price war with local rivals.",
    "The pound came under attack from speculators after the budget announcement.",
    "The defending champion crashed out of the tournament after a shock defeat by the world number 80.",
    "Farmers in the valley are fighting a losing battle against a plague of locusts.",
]

# Negated, hypothetical or expected acts: (text, CAMEO root the act would have).
NOT_THE_ACT_R5: list[tuple[str, str]] = [
    (
        "Russia has not yet decided whether to expel the Moldovan ambassador, a Kremlin spokesman said.",
        "16",
    ),
    ("The army denied that its troops had shelled the village.", "19"),
    ("Police said they had no plans to arrest the opposition leader.", "17"),
    (
        "Washington could impose new sanctions on Caracas if the vote is rigged, a State Department official said.",
        "16",
    ),
    (
        "The opposition called off a planned march on parliament after talks with the government.",
        "14",
    ),
    ("Hamas did not reject the proposal outright, saying it would study it.", "12"),
    ("No country has so far sent warships to the area, the ministry said.", "15"),
    ("The government said it would not impose a curfew despite the unrest.", "17"),
    (
        "Ukraine has never attacked civilian targets inside Russia, the foreign ministry in Kyiv said.",
        "19",
    ),
    (
        "Turkey stopped short of accusing Greece of provocation, saying it wanted calm in the Aegean.",
        "11",
    ),
    (
        "Protesters ended their hunger strike after the government agreed to review their cases.",
        "14",
    ),
    (
        "The prosecutor's office said it had not opened any investigation into the senator.",
        "09",
    ),
    (
        "India ruled out military action against Pakistan for now, the defence minister said.",
        "19",
    ),
    (
        "The rebels said they had not kidnapped the aid workers and were helping to search for them.",
        "18",
    ),
    (
        "China would attack Taiwan if it declared independence, a state newspaper warned.",
        "19",
    ),
    (
        "Plans for a general strike next week were shelved after the unions reached a deal with the government.",
        "14",
    ),
    (
        "Russia is unlikely to mobilise more reservists this year, Western officials said.",
        "15",
    ),
    (
        "Tokyo has no intention of cutting diplomatic ties with Beijing, the foreign minister said.",
        "16",
    ),
]

# Round 6 (helper-40): written and labelled before the coder ran on them, in the long,
# messy style of wire copy, weighted to what no earlier round had much of: cooperation
# and its refusal (02-08: appeals for aid, offers of mediation, pledges, visits and
# hosting, agreements signed, ratified or extended, aid given in kind, sanctions eased,
# prisoners swapped, ambassadors recalled and restored, recognition, apologies,
# concessions), economic and legal coercion (16-17: sanctions, tariffs, export bans,
# asset freezes, indictments, charges, sentences, extraditions), long sentences with two
# events joined by "after", "as", "while" or "days after", and present-tense headlines
# with no end stop (the block marked "headlines"). Codes checked against
# ../shared/reference/cameo-codes.csv and its usage notes: a pledge of money is 0331, of
# arms 0332 (033's note: the delivery is 07); aid delivered in kind is 073 (food,
# tents, medicine) or 072 (weapons, ammunition); an offer to mediate is 039; a visit is
# 042, its host's reception 043; agreements signed, ratified or finalised are 057 (its
# description: "ratify, sign, finalize"), an extension of an agreement too; ties
# restored to ambassadorial level are 050 (its example), recognition or first ties 054;
# an ambassador recalled is 161 (its note: withdrawal of diplomats), a treaty or deal
# suspended 160 unless aid (162) or talks (164); sanctions, tariffs, export bans and
# asset freezes are 163; sanctions lifted 085; a prisoner swap or release 0841,
# property returned 0842; extraditions 063 (its example); charges, indictments and
# lawsuits 115 (173's note), a guilty verdict 116, a prison sentence or arrest 173 (116's
# note), deportations 174. Where a sentence holds two events, the label is the one the
# sentence leads with (the main clause's). After the first run one label was corrected
# where the reference says so: diplomats two countries "agreed to restore" are an intent
# (032; 030's description: "offer, promise, agree to ... cooperate", and round 4's note:
# agreements to do something later are 03), not ties restored (050).
CASES_R6: list[Case] = [
    # --- 02 appeals ---
    (
        "Somalia's government appealed on Monday for urgent food aid for more than a million people facing famine after a fourth failed rainy season, the humanitarian affairs minister told reporters in Mogadishu.",
        "0233",
        "SOM",
        None,
    ),
    (
        "Ukraine's president asked Western allies for more air defence systems as Russian missiles pounded the power grid for a third straight night.",
        "0232",
        "UKR",
        None,
    ),
    (
        "The Lebanese caretaker government has requested emergency financial assistance from the International Monetary Fund to shore up a collapsing currency, officials said.",
        "0231",
        "LBN",
        "IGO",
    ),
    (
        "Pope Francis urged Israel and Hamas to agree to a ceasefire and free all hostages, speaking from the balcony of St Peter's on Sunday.",
        "0256",
        None,
        None,
    ),
    (
        "The Red Cross called on both warring parties in Sudan to allow safe passage for convoys carrying medical supplies into El Fasher.",
        "0255",
        None,
        "SDN",
    ),
    (
        "Mali's junta has asked Russia to send more military instructors, a source close to the presidency said, weeks after French troops completed their withdrawal.",
        "0212",
        "MLI",
        "RUS",
    ),
    (
        "Opposition lawmakers urged the president to pardon the jailed journalist, saying his conviction was politically motivated.",
        "0253",
        None,
        None,
    ),
    (
        "Venezuela's opposition appealed to the United States to ease oil sanctions so that a humanitarian fund could be released.",
        "0254",
        "VEN",
        "USA",
    ),
    (
        "The Arab League called on Algeria and Morocco to resume dialogue and settle their differences through peaceful means.",
        "027",
        "IGO",
        None,
    ),
    (
        "Ethiopia's foreign minister pleaded with donors on Wednesday to step up funding for a drought response that is barely a third financed.",
        "023",
        "ETH",
        None,
    ),
    # --- 03 intents and pledges ---
    (
        "Japan pledged $4.5 billion in fresh aid to Ukraine for reconstruction, Prime Minister Fumio Kishida said during a visit to Kyiv.",
        "0331",
        "JPN",
        "UKR",
    ),
    (
        "Germany promised to deliver four more Patriot air defence units to Ukraine by the end of the year, the defence ministry said on Thursday.",
        "0332",
        "DEU",
        "UKR",
    ),
    (
        "Qatar offered to mediate between Kyiv and Moscow over the return of Ukrainian children taken to Russia, a Qatari official said.",
        "039",
        "QAT",
        None,
    ),
    (
        "Turkey's president said on Friday he was ready to host direct talks between Russia and Ukraine in Istanbul.",
        "039",
        "TUR",
        None,
    ),
    (
        "The European Union committed 50 million euros in humanitarian assistance to people displaced by the fighting in eastern Congo.",
        "0333",
        "IGO",
        None,
    ),
    (
        "China and Brazil agreed on Wednesday to settle trade in their own currencies, dropping the dollar as an intermediary, the Brazilian government said.",
        "0311",
        "CHN",
        "BRA",
    ),
    (
        "The Sudanese army said it was willing to return to the negotiating table in Jeddah if the paramilitary forces withdrew from civilian homes.",
        "036",
        "SDN",
        None,
    ),
    (
        "Saudi Arabia will deposit $3 billion in Pakistan's central bank to bolster its foreign reserves, the Saudi development fund said in a statement.",
        "0331",
        "SAU",
        "PAK",
    ),
    (
        "The Ethiopian government vowed to release all political prisoners held since the state of emergency, a government spokesman said.",
        "0353",
        "ETH",
        None,
    ),
    (
        "Russia said it was prepared to extend the Black Sea grain deal by another 60 days if restrictions on its own farm exports were lifted.",
        "035",
        "RUS",
        None,
    ),
    # --- 04 consultations ---
    (
        "Chinese Foreign Minister Wang Yi arrived in Moscow on Monday for a two-day visit expected to prepare a summit between the two countries' leaders.",
        "042",
        "CHN",
        "RUS",
    ),
    (
        "Egypt's president hosted the Jordanian king and the Palestinian president in Cairo on Saturday for talks on the situation in Gaza.",
        "043",
        "EGY",
        None,
    ),
    (
        "The Indian prime minister spoke by phone with his Israeli counterpart on Tuesday, expressing concern over civilian deaths in Gaza.",
        "041",
        "IND",
        "ISR",
    ),
    (
        "Representatives of Armenia and Azerbaijan met in Washington for a fourth round of peace talks brokered by the State Department.",
        "046",
        "ARM",
        "AZE",
    ),
    (
        "Norwegian diplomats have been shuttling between the Colombian government and the ELN rebels to revive stalled talks, people familiar with the process said.",
        "045",
        "NOR",
        None,
    ),
    (
        "Iranian and Saudi officials held a fresh round of talks in Baghdad on restoring diplomatic ties, Iraq's foreign ministry said.",
        "046",
        "IRN",
        "SAU",
    ),
    (
        "The Kenyan president toured three Gulf states last week, signing labour agreements and seeking investment in the port of Mombasa.",
        "042",
        "KEN",
        None,
    ),
    (
        "Vietnam's president received the visiting U.S. secretary of state at the presidential palace in Hanoi on Friday.",
        "043",
        "VNM",
        "USA",
    ),
    (
        "The foreign ministers of India and China held talks on the sidelines of a regional summit in Jakarta, their first meeting in months.",
        "044",
        "IND",
        "CHN",
    ),
    # --- 05 diplomatic cooperation ---
    (
        "Sweden and Turkey signed a memorandum on counter-terrorism cooperation in Madrid on Tuesday, clearing the way for Stockholm's bid to join NATO.",
        "057",
        "SWE",
        "TUR",
    ),
    (
        "Hungary's parliament ratified Sweden's accession to NATO on Monday, ending more than a year and a half of delays.",
        "057",
        "HUN",
        "SWE",
    ),
    (
        "Honduras established diplomatic relations with China on Sunday after cutting ties with Taiwan, the Chinese foreign ministry said.",
        "054",
        "HND",
        "CHN",
    ),
    (
        "Saudi Arabia and Iran restored full diplomatic relations and reopened their embassies seven years after a bitter rupture.",
        "050",
        "SAU",
        "IRN",
    ),
    (
        "Canada and India agreed to restore their diplomats to full strength after a year-long row over the killing of a Sikh separatist.",
        "032",
        "CAN",
        "IND",
    ),
    (
        "The Dutch king apologised on Saturday for the Netherlands' role in slavery, in a speech at a ceremony in Amsterdam.",
        "055",
        "NLD",
        None,
    ),
    (
        "Germany formally apologised to Namibia for the colonial-era genocide of the Herero and Nama peoples.",
        "055",
        "DEU",
        "NAM",
    ),
    (
        "The United States praised Kenya for agreeing to lead a multinational security mission in Haiti.",
        "051",
        "USA",
        "KEN",
    ),
    (
        "The Senate confirmed the president's nominee for ambassador to Mexico by a vote of 62 to 35 on Thursday.",
        "051",
        "USA",
        None,
    ),
    (
        "Ecuador and Peru extended a border cooperation agreement for another five years at a meeting of their foreign ministers in Quito.",
        "057",
        "ECU",
        "PER",
    ),
    (
        "Spain recognised a Palestinian state on Tuesday, alongside Ireland and Norway, drawing an angry response from Israel.",
        "054",
        "ESP",
        "PSE",
    ),
    (
        "Beijing defended its ally Pyongyang at the Security Council, saying sanctions had failed to bring peace to the Korean peninsula.",
        "052",
        "CHN",
        "PRK",
    ),
    (
        "Ghana forgave Togo's debt for electricity supplied over a decade, officials in Accra said.",
        "071",
        "GHA",
        "TGO",
    ),
    # --- 06 material cooperation ---
    (
        "Australian and Philippine warships held joint patrols in the South China Sea on Saturday, the Philippine military said.",
        "062",
        "AUS",
        "PHL",
    ),
    (
        "Spain extradited a Dutch drug trafficker to the Netherlands on Thursday after Spain's top court rejected his final appeal.",
        "063",
        "ESP",
        "NLD",
    ),
    (
        "Colombian police handed over to U.S. authorities a cartel leader wanted for shipping cocaine to Florida.",
        "063",
        "COL",
        "USA",
    ),
    (
        "Estonian intelligence shared information with Finnish investigators on the ship suspected of damaging an undersea cable.",
        "064",
        "EST",
        "FIN",
    ),
    (
        "India and the United Arab Emirates signed a free trade agreement that will cut tariffs on 80% of goods traded between them.",
        "057",
        "IND",
        "ARE",
    ),
    # --- 07 aid ---
    (
        "Jordanian air force planes dropped food and medical supplies over northern Gaza on Tuesday, the army said.",
        "073",
        "JOR",
        None,
    ),
    (
        "Turkey sent 20 planeloads of tents, blankets and field kitchens to Libya after floods swept away parts of the city of Derna.",
        "073",
        "TUR",
        "LBY",
    ),
    (
        "The United States delivered 31 Abrams tanks to Ukraine ahead of schedule, a Pentagon spokesman said.",
        "072",
        "USA",
        "UKR",
    ),
    (
        "The World Bank approved a $500 million loan to Egypt to support its social safety net, the lender said on Wednesday.",
        "071",
        "IGO",
        "EGY",
    ),
    (
        "Rwanda has deployed 1,000 soldiers and police to Mozambique's Cabo Delgado province to help fight Islamist insurgents.",
        "074",
        "RWA",
        "MOZ",
    ),
    (
        "Mexico granted asylum to Peru's ousted president's family, who had taken refuge in the Mexican embassy in Lima.",
        "075",
        "MEX",
        "PER",
    ),
    (
        "Britain transferred a further 14 Challenger tanks to the Ukrainian army, completing its pledge, the defence secretary said.",
        "072",
        "GBR",
        "UKR",
    ),
    (
        "India shipped 50,000 tonnes of wheat to Afghanistan through Iran's Chabahar port, the foreign ministry in New Delhi said.",
        "073",
        "IND",
        "AFG",
    ),
    # --- 08 yielding ---
    (
        "The United States eased sanctions on Venezuela's oil sector on Wednesday after the government and opposition agreed on an election timetable.",
        "085",
        "USA",
        "VEN",
    ),
    (
        "Russia and Ukraine swapped 95 prisoners of war each in a deal brokered by the United Arab Emirates, both sides said.",
        "0841",
        "RUS",
        "UKR",
    ),
    (
        "Iran freed a Swedish EU official on Saturday in exchange for a former Iranian official jailed in Sweden for his role in mass executions.",
        "0841",
        "IRN",
        "SWE",
    ),
    (
        "The Smithsonian returned 29 bronze sculptures to Nigeria that were looted by British troops in 1897.",
        "0842",
        "USA",
        "NGA",
    ),
    (
        "Ethiopia lifted the state of emergency in the Amhara region two months early, state media reported.",
        "0814",
        "ETH",
        None,
    ),
    (
        "Senegal's government lifted the curfew in the southern city of Ziguinchor after a week of calm.",
        "0813",
        "SEN",
        None,
    ),
    (
        "The Israeli army pulled its troops back from the Gaza city of Khan Younis, leaving behind a trail of destruction, residents said.",
        "0874",
        "ISR",
        None,
    ),
    (
        "Egypt reopened the Rafah crossing to let in aid trucks on Saturday, after two weeks of talks with Israel and the United States.",
        "0863",
        "EGY",
        None,
    ),
    (
        "The Congolese government allowed U.N. inspectors into a military prison where detainees were said to have died of hunger.",
        "0862",
        "COD",
        "IGO",
    ),
    (
        "Under pressure from weeks of protests, Serbia's prime minister resigned on Tuesday, saying he wanted to avoid further tension.",
        "0831",
        "SRB",
        None,
    ),
    (
        "The junta in Niger lifted its ban on political parties in a concession to the regional bloc ECOWAS, which had demanded a return to civilian rule.",
        "0812",
        "NER",
        None,
    ),
    (
        "Thai authorities released three pro-democracy activists on bail after they had spent 40 days in detention.",
        "0841",
        "THA",
        None,
    ),
    (
        "Hamas handed over four Israeli women soldiers to the Red Cross on Saturday in exchange for 200 Palestinian prisoners.",
        "0841",
        "PSE",
        None,
    ),
    (
        "The Houthis agreed to a truce with the Saudi-led coalition and said they would halt cross-border attacks during the holy month.",
        "0871",
        "YEM",
        "SAU",
    ),
    # --- 12 refusals of cooperation ---
    (
        "Hungary vetoed an EU statement on China's human rights record, diplomats said, the third time Budapest has blocked such a text.",
        "129",
        "HUN",
        None,
    ),
    (
        "Israel rejected a French offer to mediate with Hezbollah, an Israeli official said on Monday.",
        "126",
        "ISR",
        "FRA",
    ),
    (
        "Niger's junta refused to receive a joint delegation from the United Nations, the African Union and ECOWAS.",
        "125",
        "NER",
        "IGO",
    ),
    (
        "Poland turned down a German request to send its Leopard tanks to Ukraine through Polish territory without a permit.",
        "120",
        "POL",
        "DEU",
    ),
    (
        "The Taliban rejected an appeal by the United Nations to allow Afghan women to work for aid agencies.",
        "1233",
        "AFG",
        "IGO",
    ),
    (
        "Russia refused to hand back three Ukrainian naval vessels seized in the Kerch Strait, saying they were evidence in a criminal case.",
        "1243",
        "RUS",
        "UKR",
    ),
    # --- 16 reduced relations ---
    (
        "Moscow recalled its ambassador from Chisinau for consultations on Friday after Moldova expelled a Russian diplomat.",
        "161",
        "RUS",
        "MDA",
    ),
    (
        "Algeria withdrew its ambassador from Paris with immediate effect after France backed Morocco's autonomy plan for Western Sahara.",
        "161",
        "DZA",
        "FRA",
    ),
    (
        "The United States imposed sanctions on four Israeli settlers accused of attacking Palestinians in the occupied West Bank.",
        "163",
        "USA",
        "ISR",
    ),
    (
        "China slapped tariffs of up to 25% on Canadian canola oil and pork on Saturday, in retaliation for Ottawa's levies on Chinese electric vehicles.",
        "163",
        "CHN",
        "CAN",
    ),
    (
        "Britain froze the assets of six Russian oligarchs and banned them from travelling to the United Kingdom.",
        "163",
        "GBR",
        "RUS",
    ),
    (
        "Indonesia banned exports of palm oil to rein in domestic cooking oil prices, the president said in a televised address.",
        "163",
        "IDN",
        None,
    ),
    (
        "The Netherlands suspended development aid to Burundi over the government's crackdown on the opposition.",
        "1621",
        "NLD",
        "BDI",
    ),
    (
        "Russia suspended its participation in the New START nuclear arms treaty with the United States, the foreign ministry said.",
        "160",
        "RUS",
        "USA",
    ),
    (
        "The African Union suspended Gabon's membership on Thursday following the military coup that toppled President Ali Bongo.",
        "160",
        "IGO",
        "GAB",
    ),
    (
        "Mali ordered the U.N. peacekeeping mission to leave the country without delay, the foreign minister told the Security Council.",
        "1661",
        "MLI",
        "IGO",
    ),
    (
        "Washington halted the sale of F-16 fighter jet parts to Ankara pending a review, a Senate aide said.",
        "1622",
        "USA",
        "TUR",
    ),
    (
        "Colombia broke off diplomatic relations with Israel over the war in Gaza, President Gustavo Petro announced.",
        "161",
        "COL",
        "ISR",
    ),
    # --- 17 coercion: legal and economic ---
    (
        "A federal grand jury in New York indicted a former Mexican security minister on charges of taking bribes from the Sinaloa cartel.",
        "115",
        "USA",
        "MEX",
    ),
    (
        "Prosecutors in Seoul charged the impeached president with leading an insurrection, the first time a sitting South Korean president has been indicted.",
        "115",
        "KOR",
        "KOR",
    ),
    (
        "A court in Moscow sentenced a U.S. journalist to 16 years in a high-security penal colony on espionage charges that his employer called a sham.",
        "173",
        "RUS",
        "USA",
    ),
    (
        "Turkish police detained 40 suspected members of the Islamic State group in raids across 12 provinces, the interior minister said.",
        "173",
        "TUR",
        None,
    ),
    (
        "Police in Nairobi fired tear gas and water cannon at hundreds of protesters gathered outside parliament, arresting at least 30 of them.",
        "175",
        "KEN",
        None,
    ),
    (
        "Kuwait deported hundreds of Egyptian workers who had overstayed their visas, the interior ministry said.",
        "174",
        "KWT",
        "EGY",
    ),
    (
        "Hong Kong authorities froze the bank accounts of the pro-democracy newspaper and arrested five of its senior executives.",
        "1711",
        "HKG",
        None,
    ),
    (
        "Pakistani authorities shut down mobile internet in Balochistan province ahead of a planned rally by a rights group.",
        "1721",
        "PAK",
        None,
    ),
    (
        "The Nicaraguan government stripped 94 critics of their citizenship and seized their property, calling them traitors.",
        "172",
        "NIC",
        None,
    ),
    (
        "Uganda's military court charged opposition figure Kizza Besigye with treason after he was abducted in Nairobi.",
        "115",
        "UGA",
        "UGA",
    ),
    (
        "The Russian justice ministry designated the exiled news site a foreign agent and banned its distribution in Russia.",
        "1721",
        "RUS",
        None,
    ),
    (
        "A Paris court convicted the former president of illegal campaign financing on Wednesday, handing him a one-year sentence to be served at home.",
        "116",
        "FRA",
        "FRA",
    ),
    (
        "Ecuador's interior ministry imposed a night-time curfew in six provinces after a wave of prison riots and car bombings.",
        "1723",
        "ECU",
        None,
    ),
    (
        "The Dutch government sued Shell's former bosses over the Groningen gas field earthquakes, the economy ministry said.",
        "115",
        "NLD",
        None,
    ),
    # --- two events: after, as, while, days after ---
    (
        "Azerbaijan expelled two French diplomats on Tuesday, days after France accused Baku of stoking unrest in New Caledonia.",
        "161",
        "AZE",
        "FRA",
    ),
    (
        "Israeli jets struck targets in southern Lebanon on Monday after Hezbollah fired a barrage of rockets at army positions in the Golan Heights.",
        "195",
        "ISR",
        "LBN",
    ),
    (
        "Tunisia's president dissolved the elected municipal councils as opposition parties called for protests against what they called a slide into one-man rule.",
        "172",
        "TUN",
        None,
    ),
    (
        "The European Commission fined Apple 1.8 billion euros while Brussels also opened a new investigation into the company's App Store rules.",
        "172",
        "IGO",
        None,
    ),
    (
        "Protesters blocked the main highway into La Paz for a third day as unions demanded the resignation of the economy minister over fuel shortages.",
        "1441",
        None,
        None,
    ),
    (
        "China summoned the Philippine ambassador in Beijing after a collision between coast guard vessels near Second Thomas Shoal.",
        "114",
        "CHN",
        "PHL",
    ),
    (
        "Thousands of farmers drove tractors into Brussels on Thursday while EU leaders met to discuss cutting red tape for agriculture.",
        "141",
        None,
        None,
    ),
    (
        "The Venezuelan government arrested a prominent opposition campaigner days after the disputed election, her party said.",
        "173",
        "VEN",
        "VEN",
    ),
    (
        "Kosovo police seized four Serbian-run municipal buildings in the north as NATO peacekeepers moved in to separate police from Serb protesters.",
        "1711",
        "XKX",
        None,
    ),
    (
        "Ukraine's parliament approved a bill banning churches linked to Russia, a week after the government accused clergy of collaborating with Moscow.",
        "172",
        "UKR",
        None,
    ),
    (
        "The Burkinabe junta suspended the broadcasts of two French radio stations after they aired an interview with a jihadist leader.",
        "1721",
        "BFA",
        "FRA",
    ),
    (
        "Armed men abducted 20 students from a school in northwestern Nigeria while police were fighting bandits in a neighbouring district.",
        "181",
        None,
        "NGA",
    ),
    (
        "Gunmen shot dead a local election candidate in the Mexican state of Guerrero as he was campaigning in a market, prosecutors said.",
        "186",
        None,
        "MEX",
    ),
    (
        "North Korea fired two short-range ballistic missiles into the sea on Thursday as the United States and South Korea began joint naval drills.",
        "150",
        "PRK",
        None,
    ),
    (
        "The Bolivian army deployed soldiers to the border with Chile after a surge in smuggling, while the government declared a state of emergency in three towns.",
        "154",
        "BOL",
        None,
    ),
    (
        "The Kenyan government apologised to the families of the protesters shot dead by police last month and promised compensation.",
        "055",
        "KEN",
        None,
    ),
    # --- headlines (present tense, no end stop) ---
    ("Japan lifts export curbs on South Korea as ties thaw", "085", "JPN", "KOR"),
    ("Kremlin recalls envoy from Yerevan over ICC vote", "161", "RUS", "ARM"),
    ("EU pledges 2 billion euros to rebuild Syria's power grid", "0331", "IGO", "SYR"),
    ("Turkey hands over Swedish national to U.S. on drug charges", "063", "TUR", "USA"),
    ("U.S. slaps sanctions on Iranian drone makers", "163", "USA", "IRN"),
    (
        "Argentine court sentences ex-president to six years for fraud",
        "173",
        "ARG",
        "ARG",
    ),
    ("Qatar offers to mediate between Congo and Rwanda", "039", "QAT", None),
    ("Italy returns looted statues to Libya", "0842", "ITA", "LBY"),
    (
        "Armenia, Azerbaijan sign border deal after decades of conflict",
        "057",
        "ARM",
        "AZE",
    ),
    ("Saudi crown prince hosts Syrian president in Riyadh", "043", "SAU", "SYR"),
    ("Mexico asks U.S. to extradite former security chief", "0213", "MEX", "USA"),
    ("India bans rice exports to curb domestic prices", "163", "IND", None),
    ("Pakistan expels Afghan refugees as deadline expires", "174", "PAK", "AFG"),
    ("Kenya establishes diplomatic ties with Bhutan", "054", "KEN", "BTN"),
    ("Thai court jails activist for insulting monarchy", "173", "THA", "THA"),
    ("Russia frees U.S. teacher in prisoner swap", "0841", "RUS", "USA"),
    ("Niger junta revokes military pact with United States", "160", "NER", "USA"),
    (
        "Canada apologises to Indigenous communities for residential schools",
        "055",
        "CAN",
        None,
    ),
]

# Sentences that hold no political event: every one must stay silent.
NEAR_MISSES_R6: list[str] = [
    "Liverpool's forwards launched wave after wave of attacks but could not break down a stubborn Everton defence.",
    "The striker signed a new five-year contract with the club on Tuesday, ending months of speculation about his future.",
    "Shares in the Japanese carmaker slumped after it recalled two million vehicles over faulty airbags.",
    "The central bank raised interest rates by half a point on Thursday, its fifth increase this year.",
    "A storm battered the northern coast, uprooting trees and cutting power to 200,000 homes.",
    "The tech giant agreed to buy the video game maker for $69 billion in cash, the biggest deal in the industry's history.",
    "Pilots at the budget airline voted to accept a new pay offer, ending a dispute that had grounded flights all summer.",
    "The orchestra's tour of Asia was cancelled after its conductor fell ill.",
    "A landslide buried dozens of homes in a mountain village after days of torrential rain.",
    "Oil prices jumped 4% after the refinery fire cut output at one of Europe's largest plants.",
    "The chipmaker pledged to keep paying its dividend despite a slump in sales to smartphone makers.",
    "Nadal fought back from two sets down to beat his old rival in a five-hour battle on Centre Court.",
    "The publisher apologised to readers for a printing error that left out the final chapter of the novel.",
    "A court in Milan ordered the fashion house to pay 2 million euros to a former designer in a dispute over copyright.",
    "Heavy snow blocked mountain passes in the Alps, stranding hundreds of skiers at resorts.",
    "The museum returned the painting to its gallery wall after a two-year restoration.",
    "Police arrested a man suspected of stealing copper cable from a railway line near Leeds.",
    "The Boston Celtics traded their veteran guard to the Memphis Grizzlies for two draft picks.",
    "Investors dumped bank shares as fears of a recession grew, sending the index to a six-month low.",
    "The actor signed a deal to star in a sequel to the hit science fiction film.",
    "Microsoft and the chip designer announced a partnership to build artificial intelligence data centres in Texas.",
    "Firefighters battled a blaze at a warehouse on the outskirts of Lyon through the night.",
    "The cyclist attacked on the final climb to win the stage and take the leader's yellow jersey.",
    "The two supermarket chains agreed to merge, creating the country's largest grocer.",
    "A volcano erupted on the island, sending a column of ash eight kilometres into the sky and forcing flights to divert.",
    "The chess grandmaster defended his title against a 19-year-old challenger in a tense tiebreak.",
    "Retail sales fell for a second month in October as shoppers held back ahead of Black Friday discounts.",
    "The carmaker's workers returned to the assembly line after a fire forced the plant to shut for a week.",
]

# Negated, hypothetical or expected acts: (text, CAMEO root the act would have).
NOT_THE_ACT_R6: list[tuple[str, str]] = [
    (
        "Germany has not yet decided whether to send long-range missiles to Ukraine, a government spokesman said.",
        "07",
    ),
    (
        "The European Union could lift some sanctions on Syria if the new authorities protect minorities, the bloc's foreign policy chief said.",
        "08",
    ),
    (
        "Washington has no plans to recognise the Taliban government, the State Department said.",
        "05",
    ),
    (
        "The two leaders failed to sign the trade agreement after last-minute disagreements over farm goods.",
        "05",
    ),
    (
        "Beijing would impose tariffs on European brandy if Brussels went ahead with its levies on electric cars, a commerce ministry spokesman warned.",
        "16",
    ),
    (
        "The president said he would not apologise for the remarks, which had angered the neighbouring country.",
        "05",
    ),
    ("India denied that it had extradited any Sikh activists to Canada.", "06"),
    (
        "Prosecutors said they had not charged the former minister and that the investigation was continuing.",
        "11",
    ),
    (
        "Russia and Ukraine have not exchanged any prisoners since the summer, the Ukrainian ombudsman said.",
        "08",
    ),
    (
        "Tokyo is unlikely to send warships to the Red Sea, the defence minister told parliament.",
        "15",
    ),
    ("The court declined to jail the activist, releasing him with a warning.", "17"),
    (
        "A planned visit by the Chinese premier to Australia was postponed indefinitely, officials in Canberra said.",
        "04",
    ),
    (
        "The government has not ruled out imposing a curfew if the unrest spreads to the capital.",
        "17",
    ),
    (
        "Ankara will not ratify Sweden's NATO membership until Stockholm cracks down on Kurdish militants, the Turkish president said.",
        "05",
    ),
    (
        "Neither side has agreed to a ceasefire, and fighting continued around the airport on Sunday.",
        "08",
    ),
    (
        "The Kremlin said it had no intention of recalling its ambassador from Washington.",
        "16",
    ),
    (
        "Donors did not pledge any new money at the conference, leaving the U.N. appeal less than half funded.",
        "03",
    ),
    (
        "Ghana may ask the IMF for a new loan next year, the finance minister said.",
        "02",
    ),
]


# Round 7 (helper-43): written and labelled before the coder ran on them, in the long,
# messy style of wire copy, weighted to what rounds 1-6 had least of: verbal
# cooperation and consultation (01-05: statements, calls by phone, talks held or hosted,
# visits paid, envoys dispatched, summits, praise, endorsement, support for a bid,
# mediation, meetings on the sidelines) and investigations (09: probes, inquiries,
# fact-finding missions, audits, reviews); and to the shapes real wire uses: event nouns
# as subjects ("The attack, which killed ..., was claimed by ..."), purpose clauses,
# gerund objects ("charged with inciting", "accused of funding"), "or risk"/"or face"
# ultimatums, fronted datelines and attributions, lists of acts, casualty counts, passives,
# relative and participial clauses, and direct quotes with the speaker after the quote;
# plus present-tense headlines with no end stop (the block marked "headlines"). Codes
# checked against ../shared/reference/cameo-codes.csv and its usage notes: "holding
# talks" and "discussions" are negotiations (046's note), and take precedence over a
# plain visit or meeting (042's note), so talks held on the sidelines of a summit are
# 046, a meeting there with no talks named 044; a phone call is 041 whatever its
# subject; an envoy sent, a trip or a stay abroad is a visit (042, "all visits and
# travels"); a meeting that explicitly mediates, brokers or shuttles is 045; condolences
# are 018, a wreath laid 017; congratulations, thanks, welcome and backing for a bid or
# a plan are 051 (praise or endorse), a promise of such backing 032; soliciting others'
# support for a third party is 053; probes of killings by police or of deaths of
# protesters and migrants are 092, of a military strike 093, of graft and fraud 091,
# others 090 (09 is coded only when the investigation is being or has been carried
# out). Where a sentence holds two events, the label is the one the sentence leads with
# (the main clause's); a quote is labelled by what the quote says.
CASES_R7: list[Case] = [
    # --- 01 statements ---
    (
        "A spokeswoman for the Finnish defence ministry declined to comment on reports that Russian military drones had crossed into Finnish airspace near the town of Kotka.",
        "011",
        "FIN",
        None,
    ),
    (
        "The Islamic State group claimed responsibility on Sunday for the suicide bombing at a Shi'ite mosque in Kandahar, which killed at least 40 worshippers, in a statement on its Amaq news agency.",
        "015",
        None,
        None,
    ),
    (
        "The attack, which killed 14 soldiers at an army post near the border with Niger, was claimed by an al Qaeda affiliate operating in the Sahel, according to the SITE Intelligence Group.",
        "015",
        None,
        None,
    ),
    (
        "The Malian army on Thursday denied that its soldiers and their foreign allies had executed civilians in the central village of Moura, saying those killed were militants.",
        "016",
        "MLI",
        None,
    ),
    (
        '"Our forces had nothing to do with this attack," a spokesman for the paramilitary Rapid Support Forces said, blaming the army for the shelling of the market in El Fasher.',
        "016",
        None,
        None,
    ),
    (
        "Japan's prime minister laid a wreath at the cenotaph in the Hiroshima peace park on Saturday, alongside the visiting South Korean president.",
        "017",
        "JPN",
        None,
    ),
    (
        "The Turkish president offered his condolences to the Iranian people over the helicopter crash that killed the president and the foreign minister, his office said.",
        "018",
        "TUR",
        "IRN",
    ),
    (
        "Germany's chancellor said on Thursday he was confident that EU leaders would reach a deal on the long-term budget before the end of the week.",
        "013",
        "DEU",
        None,
    ),
    (
        "The head of the International Atomic Energy Agency said on Monday he was pessimistic about the chances of reviving the nuclear deal with Iran any time soon.",
        "012",
        "IGO",
        None,
    ),
    (
        "Canada is considering a request from Ukraine for more artillery shells and armoured vehicles, the defence minister told reporters in Ottawa.",
        "014",
        "CAN",
        None,
    ),
    (
        "France and Germany saw eye to eye on the need for a common European defence fund, the two finance ministers told a joint news conference in Berlin.",
        "019",
        "FRA",
        "DEU",
    ),
    (
        '"We strongly condemn this heinous crime," the Saudi foreign ministry said in a statement after the bombing of a mosque in Peshawar.',
        "111",
        "SAU",
        None,
    ),
    (
        '"This is a gross violation of our sovereignty," Pakistan\'s foreign office said in a statement on Wednesday, a day after Iranian missiles struck a village in Balochistan.',
        "111",
        "PAK",
        None,
    ),
    # --- 02 appeals ---
    (
        "The U.N. secretary-general urged Israel and Hezbollah on Monday to step back from the brink, warning that a wider war would be catastrophic for the region.",
        "0256",
        "IGO",
        "ISR",
    ),
    (
        "Pope Francis called for the release of all hostages held in Gaza and for a ceasefire in his Christmas address from the balcony of St Peter's Basilica.",
        "0253",
        None,
        None,
    ),
    (
        "The African Union appealed to Sudan's warring generals to return to talks in Jeddah and agree a humanitarian truce, its commission chairman said.",
        "026",
        "IGO",
        "SDN",
    ),
    (
        "Haiti's interim prime minister asked the United Nations on Friday to speed up the deployment of a multinational force to help the police fight armed gangs.",
        "0234",
        "HTI",
        "IGO",
    ),
    (
        "Sri Lanka has asked China to restructure its loans on the same terms as its other creditors, the central bank governor said in Colombo.",
        "0231",
        "LKA",
        "CHN",
    ),
    (
        "Rights groups urged the Egyptian authorities on Tuesday to free a blogger who has been held without trial for more than four years.",
        "0253",
        None,
        "EGY",
    ),
    (
        "Moldova's president called on the European Union to help the country through the winter after Russian gas supplies to the breakaway region were cut off.",
        "023",
        "MDA",
        "IGO",
    ),
    (
        "Norway's foreign minister called on the Colombian government and the ELN to accept mediation by the Catholic Church, saying the talks had stalled.",
        "028",
        "NOR",
        "COL",
    ),
    (
        "The Arab League secretary-general urged member states to back the Palestinian bid for full membership of the United Nations ahead of a vote in the General Assembly.",
        "053",
        "IGO",
        None,
    ),
    (
        "Lebanon's caretaker prime minister appealed to donors at a conference in Paris for $250 million to shelter people displaced from the south.",
        "0233",
        "LBN",
        None,
    ),
    (
        "The Iraqi prime minister flew to Tehran on Monday to seek Iranian help in reining in armed groups that have attacked U.S. bases, his office said.",
        "042",
        "IRQ",
        "IRN",
    ),
    (
        "Ukraine's foreign minister asked NATO allies to supply more Patriot systems to protect power plants from Russian missile strikes, speaking at a meeting in Brussels.",
        "0232",
        "UKR",
        None,
    ),
    # --- 03 intents ---
    (
        "The United Arab Emirates will invest $35 billion in a resort development on Egypt's Mediterranean coast, the Egyptian prime minister said on Friday.",
        "0311",
        "ARE",
        "EGY",
    ),
    (
        "Poland said it was ready to host a peace conference on Ukraine, offering Warsaw as a venue for talks between Kyiv and its Western backers.",
        "039",
        "POL",
        None,
    ),
    (
        "South Korea's new president pledged to hold talks with Japan on the wartime labour dispute as he sought to mend ties with Tokyo.",
        "036",
        "KOR",
        "JPN",
    ),
    (
        "The Philippines and Japan agreed to hold joint military exercises in the South China Sea next year, the Philippine defence chief said after talks in Manila.",
        "0312",
        "PHL",
        "JPN",
    ),
    (
        "Nigeria and Niger agreed to reopen their shared border and resume trade, a statement from the Nigerian presidency said on Wednesday.",
        "0311",
        "NGA",
        "NER",
    ),
    (
        "Burkina Faso's junta promised to hold elections within 18 months, a government spokesman said, after weeks of pressure from the West African bloc.",
        "0341",
        "BFA",
        None,
    ),
    (
        "Turkey vowed on Tuesday to back Azerbaijan's bid to host the next U.N. climate summit, the Turkish foreign minister said after meeting his Azerbaijani counterpart.",
        "032",
        "TUR",
        "AZE",
    ),
    (
        "Kenya offered to send 1,000 police officers to lead a multinational security mission in Haiti, the Kenyan foreign minister said in a statement.",
        "0334",
        "KEN",
        "HTI",
    ),
    (
        "The Kremlin said on Thursday it would free a detained French researcher on humanitarian grounds, days after his family appealed for clemency.",
        "0353",
        "RUS",
        None,
    ),
    (
        '"We are ready to sit down with anyone, anywhere, to end this war," the Ukrainian president said in his nightly video address.',
        "036",
        "UKR",
        None,
    ),
    (
        '"Japan will stand by Ukraine for as long as it takes," the Japanese prime minister told reporters after meeting the Ukrainian president in Kyiv.',
        "032",
        "JPN",
        "UKR",
    ),
    (
        "Tokyo intends to resume talks with Pyongyang on the fate of Japanese citizens abducted decades ago, the chief cabinet secretary said.",
        "036",
        "JPN",
        "PRK",
    ),
    (
        "Speaking after talks with his Polish counterpart in Warsaw, the German chancellor pledged to speed up deliveries of air defence systems.",
        "0332",
        "DEU",
        None,
    ),
    (
        "China will lend Argentina another $5 billion under an existing currency swap line, officials at the Argentine central bank said on Monday.",
        "0331",
        "CHN",
        "ARG",
    ),
    # --- 04 consultations ---
    (
        "Chinese President Xi Jinping and U.S. President Joe Biden held talks on the sidelines of the APEC summit in San Francisco on Wednesday, their first meeting in a year.",
        "046",
        "CHN",
        "USA",
    ),
    (
        "The U.S. secretary of state met his Saudi counterpart on the sidelines of a G20 meeting in Rio de Janeiro on Thursday, the State Department said.",
        "044",
        "USA",
        "SAU",
    ),
    (
        "The Pakistani prime minister spoke by telephone with the Iranian president on Friday to discuss border security following the cross-border strikes.",
        "041",
        "PAK",
        "IRN",
    ),
    (
        "Italian Prime Minister Giorgia Meloni called Tunisian President Kais Saied on Tuesday to discuss migration across the Mediterranean, her office said.",
        "041",
        "ITA",
        "TUN",
    ),
    (
        "In a phone call on Thursday, the Saudi crown prince and the Iranian president discussed efforts to stop the war in Gaza, the Saudi Press Agency reported.",
        "041",
        "SAU",
        "IRN",
    ),
    (
        "The Russian president telephoned his Kazakh counterpart to thank him for sending firefighting planes to help put out forest fires in Siberia.",
        "041",
        "RUS",
        "KAZ",
    ),
    (
        "Hungarian Prime Minister Viktor Orban paid a surprise visit to Kyiv on Tuesday, his first since Russia's full-scale invasion, and met the Ukrainian president.",
        "042",
        "HUN",
        "UKR",
    ),
    (
        "India's foreign minister is in Beijing this week for talks on the disputed Himalayan border, the foreign ministry said.",
        "042",
        "IND",
        "CHN",
    ),
    (
        "South Africa dispatched a special envoy to Harare on Monday to help resolve the political crisis that followed the disputed election.",
        "042",
        "ZAF",
        "ZWE",
    ),
    (
        "The U.S. special envoy for Sudan arrived in Cairo on Sunday for meetings with Egyptian officials on a possible ceasefire, the State Department said.",
        "042",
        "USA",
        "EGY",
    ),
    (
        "Brazil's president hosted a summit of Amazon rainforest nations in the city of Belem on Tuesday, the first in 14 years.",
        "043",
        "BRA",
        None,
    ),
    (
        "Talks between Serbia and Kosovo, hosted by the European Union in Brussels, ended without agreement on Monday, the EU's foreign policy chief said.",
        "046",
        "SRB",
        "XKX",
    ),
    (
        "Egyptian, Qatari and U.S. mediators met Hamas officials in Cairo on Saturday in a bid to secure a ceasefire and the release of hostages held in Gaza.",
        "045",
        "EGY",
        "PSE",
    ),
    (
        "The foreign ministers of Russia and Turkey met in Geneva on Friday, the first high-level contact between the two governments since the downing of the jet.",
        "044",
        "RUS",
        "TUR",
    ),
    (
        "A delegation of Taliban officials held talks with Chinese diplomats in Kabul on Monday on mining investment and security, a Taliban spokesman said.",
        "046",
        "AFG",
        "CHN",
    ),
    (
        "Indonesia's president welcomed his Malaysian counterpart to Jakarta on Thursday for annual consultations on border and labour issues.",
        "043",
        "IDN",
        "MYS",
    ),
    (
        "Greek and Turkish officials resumed exploratory talks on maritime borders in Athens on Monday after a five-year break.",
        "046",
        "GRC",
        "TUR",
    ),
    (
        "The visit by the Chinese defence minister to Hanoi, the first in four years, ended on Friday with a pledge to manage disputes at sea.",
        "042",
        "CHN",
        "VNM",
    ),
    (
        "The Iranian foreign minister was received by the Syrian president in Damascus on Monday, the Syrian presidency said.",
        "043",
        "SYR",
        "IRN",
    ),
    (
        "Egypt, which has mediated between Israel and Hamas for years, hosted a delegation from the Palestinian group in Cairo on Tuesday.",
        "043",
        "EGY",
        "PSE",
    ),
    (
        "Oman's sultan, who is on his first state visit to Britain, held talks with the prime minister at Downing Street on trade and regional security.",
        "046",
        "OMN",
        "GBR",
    ),
    (
        "Having met the Saudi crown prince in Jeddah on Monday, the U.S. secretary of state flew on to Doha for talks with the emir of Qatar.",
        "042",
        "USA",
        "QAT",
    ),
    (
        "Turkey brokered a deal between Ethiopia and Somalia in Ankara on Wednesday, ending a year-long dispute over a port deal with the breakaway region of Somaliland.",
        "045",
        "TUR",
        "ETH",
    ),
    (
        "The Vatican has been quietly mediating between Kyiv and Moscow on the return of Ukrainian children taken to Russia, a church official said.",
        "045",
        None,
        None,
    ),
    (
        "KHARTOUM, March 3 (Reuters) - Sudan's army chief met the head of the African Union commission in Port Sudan on Sunday to discuss a roadmap for ending the war, the sovereign council said.",
        "040",
        "SDN",
        "IGO",
    ),
    (
        "Kenya's president consulted regional leaders by video link on Tuesday about the fighting in South Sudan, State House said.",
        "040",
        "KEN",
        None,
    ),
    (
        "Leaders of the Gulf Cooperation Council gathered in Doha for their annual summit on Tuesday, with the war in Gaza high on the agenda.",
        "040",
        None,
        None,
    ),
    # --- 05 diplomatic cooperation ---
    (
        "The United Nations secretary-general praised Qatar's role in brokering the release of the hostages and thanked Egypt for its support.",
        "051",
        "IGO",
        "QAT",
    ),
    (
        "France welcomed Saudi Arabia's decision to restore ties with Iran, calling it a step towards stability in the Gulf.",
        "051",
        "FRA",
        "SAU",
    ),
    (
        "The Organisation of Islamic Cooperation endorsed Pakistan's candidacy for a non-permanent seat on the U.N. Security Council at a meeting in Jeddah.",
        "051",
        None,
        "PAK",
    ),
    (
        "Spain threw its weight behind Morocco's autonomy plan for Western Sahara, calling it the most serious and credible basis for resolving the dispute.",
        "051",
        "ESP",
        "MAR",
    ),
    (
        "The peace plan was endorsed by the Arab League at a summit in Jeddah on Friday, with only Algeria voicing reservations.",
        "051",
        "IGO",
        None,
    ),
    (
        "The European Commission president congratulated the Polish prime minister on his election victory in a phone call on Monday.",
        "051",
        "IGO",
        "POL",
    ),
    (
        '"We thank our Turkish friends for their steadfast support," the Libyan prime minister said during a visit to Ankara.',
        "051",
        "LBY",
        "TUR",
    ),
    (
        "China defended its partnership with Russia at the Security Council on Wednesday, rejecting Western accusations that it was helping Moscow's war effort.",
        "052",
        "CHN",
        None,
    ),
    (
        "Bahrain and Qatar restored diplomatic ties on Wednesday, ending a rift that began in 2017 when Manama joined a boycott of Doha.",
        "050",
        "BHR",
        "QAT",
    ),
    (
        "Nauru switched diplomatic recognition from Taiwan to China on Monday, days after the island's presidential election.",
        "054",
        "NRU",
        "CHN",
    ),
    (
        "The Belgian king expressed his deepest regrets to the Congolese people for the wounds of the colonial past during a visit to Kinshasa.",
        "055",
        "BEL",
        "COD",
    ),
    (
        "Mexico's president apologised to the Yaqui people on Tuesday for decades of abuses by the state, at a ceremony in Sonora.",
        "055",
        "MEX",
        None,
    ),
    (
        "Iran and Oman signed a maritime cooperation agreement in Tehran on Sunday during a visit by the Omani sultan.",
        "057",
        "IRN",
        "OMN",
    ),
    (
        "Ukraine and Britain inked a 100-year partnership treaty during a visit by the British prime minister to Kyiv on Thursday.",
        "057",
        "UKR",
        "GBR",
    ),
    (
        "The deal, which was signed in Doha on Saturday, commits Congo and the M23 rebels to a permanent ceasefire and a prisoner exchange.",
        "057",
        "COD",
        None,
    ),
    (
        "A memorandum of understanding on energy cooperation was signed by Egypt and Greece in Athens on Tuesday, the Egyptian petroleum ministry said.",
        "057",
        "EGY",
        "GRC",
    ),
    # --- 09 investigations ---
    (
        "The International Criminal Court's prosecutor opened an investigation on Thursday into alleged crimes against humanity during the Philippines' drug war, in which thousands were killed.",
        "092",
        "IGO",
        "PHL",
    ),
    (
        "Kenya's police oversight authority launched an inquiry into the deaths of protesters shot during demonstrations in Nairobi last week.",
        "092",
        "KEN",
        None,
    ),
    (
        "The United Nations sent a fact-finding mission to Libya to look into mass graves found in the town of Tarhuna after the withdrawal of eastern forces.",
        "092",
        "IGO",
        "LBY",
    ),
    (
        "Auditors at South Africa's treasury began a forensic review of contracts awarded by the state power utility, the finance minister said.",
        "091",
        "ZAF",
        None,
    ),
    (
        "The European Commission opened an in-depth probe into whether Chinese subsidies for wind turbine makers distort competition in the single market.",
        "090",
        "IGO",
        "CHN",
    ),
    (
        "Germany's federal prosecutor is investigating a suspected Russian plot to sabotage military aid shipments to Ukraine, a spokeswoman said.",
        "090",
        "DEU",
        "RUS",
    ),
    (
        "The Israeli military said it had launched an investigation into a strike on a U.N. school in central Gaza that killed at least 30 people sheltering there.",
        "093",
        "ISR",
        None,
    ),
    (
        "The Senate homeland security committee opened a review of the Secret Service's handling of the rally where a gunman shot the former president.",
        "090",
        "USA",
        None,
    ),
    (
        "Nepal set up a commission on Tuesday to probe the deaths of at least 19 protesters killed in clashes with police in Kathmandu.",
        "092",
        "NPL",
        None,
    ),
    (
        "A parliamentary committee in Malawi launched an investigation into the crash of the military plane carrying the vice president and nine others.",
        "090",
        "MWI",
        None,
    ),
    (
        "Romanian anti-corruption investigators questioned the former defence minister for nine hours on Wednesday over the purchase of military helicopters.",
        "091",
        "ROU",
        "ROU",
    ),
    (
        "An investigation has been opened into the deaths of migrants at the border fence around the Spanish enclave of Melilla, Spanish prosecutors said.",
        "092",
        "ESP",
        None,
    ),
    (
        '"The investigation will leave no stone unturned," Kenya\'s attorney general said, announcing a probe into the shooting of a lawyer in Nairobi.',
        "090",
        "KEN",
        None,
    ),
    (
        "Nigeria's anti-graft agency is examining the accounts of three state governors suspected of diverting public funds, a spokesman said on Friday.",
        "091",
        "NGA",
        None,
    ),
    # --- other shapes: event nouns, gerunds, ultimatums, lists, counts ---
    (
        "Friday's Russian air strike on a market in the rebel-held town of Idlib killed at least 12 people, including four children, rescuers said.",
        "195",
        "RUS",
        "SYR",
    ),
    (
        "A suicide bomber blew himself up at a police checkpoint in Mogadishu on Saturday, killing at least 12 people, police said.",
        "1831",
        None,
        None,
    ),
    (
        "Boko Haram fighters attacked a military base in northeastern Nigeria overnight, killing at least 12 soldiers and seizing weapons and vehicles, security sources said.",
        "190",
        None,
        "NGA",
    ),
    (
        "According to the Syrian Observatory for Human Rights, Turkish drones struck a Kurdish-held village near Kobani on Sunday, killing five civilians.",
        "195",
        "TUR",
        None,
    ),
    (
        "Hong Kong police charged three activists with inciting subversion over a planned vigil for the victims of the Tiananmen crackdown.",
        "115",
        "HKG",
        None,
    ),
    (
        "Washington accused Tehran on Thursday of funding and arming the Houthi militia behind the attacks on shipping in the Red Sea.",
        "1123",
        "USA",
        "IRN",
    ),
    (
        "The European Union told Hungary to drop its new media law or risk losing billions of euros in frozen funds, a Commission spokesman said.",
        "139",
        "IGO",
        "HUN",
    ),
    (
        "Niger's junta gave the French ambassador 48 hours to leave the country or face expulsion, the foreign ministry said in a statement read on state television.",
        "139",
        "NER",
        "FRA",
    ),
    (
        "Protesters blocked roads, torched tyres and pelted police with stones in Dhaka on Sunday, demanding the resignation of the prime minister.",
        "1451",
        None,
        None,
    ),
    (
        "Israeli forces raided the Nur Shams refugee camp near Tulkarm, killing at least 14 Palestinians during an operation that lasted more than two days.",
        "190",
        "ISR",
        None,
    ),
    # --- headlines (present tense, no end stop) ---
    ("Modi, Xi meet on sidelines of BRICS summit in Kazan", "044", "IND", "CHN"),
    ("Erdogan hosts Putin for talks on Black Sea grain corridor", "043", "TUR", "RUS"),
    ("Japan, Philippines agree to hold joint naval drills", "0312", "JPN", "PHL"),
    ("UN opens probe into killings of Rohingya in Myanmar", "092", "IGO", "MMR"),
    ("Brazil police probe ex-president over Saudi jewels", "091", "BRA", "BRA"),
    ("Macron calls Xi to discuss Ukraine war", "041", "FRA", "CHN"),
    ("Pope urges release of hostages in Gaza", "0253", None, None),
    ("Bahrain, Qatar restore diplomatic ties after six-year rift", "050", "BHR", "QAT"),
    ("Kenya sends envoy to Khartoum to push for truce", "042", "KEN", "SDN"),
    ("EU praises Armenia for reforms, pledges 270 million euros", "051", "IGO", "ARM"),
    ("Germany backs Ukraine's bid to join European Union", "051", "DEU", "UKR"),
    ("Pakistan, Iran hold talks to ease border tensions", "046", "PAK", "IRN"),
    ("South Korea launches probe into deadly Halloween crush", "090", "KOR", None),
    ("Ethiopia, Somalia sign deal to end port row", "057", "ETH", "SOM"),
    ("Vietnam's leader visits Moscow, vows closer ties", "042", "VNM", "RUS"),
    ("China condemns U.S. arms sale to Taiwan", "111", "CHN", "USA"),
    ("Indonesia offers to mediate between Thailand and Cambodia", "039", "IDN", None),
    ("Peru's president apologises for deaths in protests", "055", "PER", None),
    ("Hamas claims rocket attack on Tel Aviv", "015", "PSE", None),
    (
        "Ghana's president receives Chinese foreign minister in Accra",
        "043",
        "GHA",
        "CHN",
    ),
]

# Sentences that hold no political event: every one must stay silent.
NEAR_MISSES_R7: list[str] = [
    "Arsenal's midfielders pressed high and launched attack after attack, but Chelsea held on for a goalless draw at Stamford Bridge.",
    "The two airlines struck a code-sharing deal covering 40 routes between Europe and Asia, the carriers said on Monday.",
    "Djokovic beat his Spanish opponent in straight sets to reach the quarter-finals, his 60th at a Grand Slam.",
    "Lightning struck the spire of a medieval church in the town overnight, starting a fire that destroyed the roof.",
    "Stocks battled back from early losses to close higher on Wall Street on Tuesday as technology shares rallied.",
    "The bank's chief executive defended the bonus payments at a stormy annual shareholder meeting in Zurich.",
    "The festival paid tribute to the late director with a screening of his first feature film.",
    "Thousands gathered in Hiroshima on Tuesday to mark the 79th anniversary of the atomic bombing of the city.",
    "The town marked the 80th anniversary of the D-Day landings with a parade and a fly-past by vintage aircraft.",
    "Historians marked the centenary of the treaty that redrew the borders of the region with a conference in Lausanne.",
    "A hurricane slammed into the Gulf coast on Wednesday, flattening homes and cutting power to a million customers.",
    "The actress thanked her fans for their support after winning the award for best performance.",
    "The two tech companies held talks on a possible merger, people familiar with the matter said.",
    "The retailer apologised to customers after a software glitch doubled their bills for a month.",
    "The museum launched an investigation into the theft of a Roman coin from its collection.",
    "The football association opened an inquiry into racist chanting during the cup match on Saturday.",
    "The conductor visited twelve cities on the orchestra's farewell tour of South America.",
    "The bakery chain signed a lease for a new flagship store on Manchester's main shopping street.",
    "Oil prices hit a three-month high as traders weighed the impact of supply cuts by producers.",
    "The boxer vowed to knock out his rival when they meet again in Las Vegas in the spring.",
    "A pianist from Seoul won the international competition in Warsaw, beating 80 rivals from 20 countries.",
    "Heavy rain lashed the capital on Sunday, flooding roads and delaying flights at the main airport.",
    "The company's founder met investors in London to pitch the start-up's new funding round.",
    "Fans called on the club's owners to sell the team after another home defeat.",
    "The coach praised his players for their fighting spirit after the 2-1 win over the league leaders.",
    "Investors welcomed the bank's decision to cut fees for small businesses.",
    "A man stabbed two people outside a nightclub in the city centre early on Sunday before fleeing on foot.",
    "The striker endorsed a new brand of football boots in a deal worth millions.",
    "The chess champion agreed to a draw after 40 moves in the second game of the match.",
]

# Negated, hypothetical or expected acts: (text, CAMEO root the act would have).
NOT_THE_ACT_R7: list[tuple[str, str]] = [
    (
        '"We will not negotiate with terrorists," the Malian prime minister said on state television.',
        "04",
    ),
    (
        "The second round of talks between the Sudanese army and the paramilitary forces, which had been due to start in Jeddah on Monday, was postponed indefinitely.",
        "04",
    ),
    (
        "Beijing has not responded to a request for a call between the two defence ministers, the Pentagon said.",
        "04",
    ),
    (
        "The Brazilian president turned down an invitation to visit Moscow for the Victory Day parade, citing a busy schedule.",
        "04",
    ),
    (
        "Ankara said it would not endorse the Swedish candidate for the post of NATO deputy secretary-general.",
        "05",
    ),
    (
        "The prosecutor's office has yet to open an investigation into the deaths, despite calls from rights groups.",
        "09",
    ),
    (
        "Police said there were no plans to investigate the minister's trip to the Maldives.",
        "09",
    ),
    ("The two leaders may speak by phone later this week, a Kremlin aide said.", "04"),
    (
        "The European Union is expected to endorse the plan at a summit in Brussels next month.",
        "05",
    ),
    (
        "Japan will not apologise again for its wartime conduct, the chief cabinet secretary told a news conference.",
        "05",
    ),
    (
        "Seoul denied that its national security adviser had met North Korean officials in Singapore.",
        "04",
    ),
    (
        "The ministry said it had no intention of sending an envoy to the talks in Vienna.",
        "04",
    ),
    (
        "If elected, the opposition leader would recognise Kosovo within a year, his aides said.",
        "05",
    ),
    (
        "The summit between the two Koreas, which had been planned for June, was called off after the missile launch.",
        "04",
    ),
    (
        "Mexico has not signed the regional migration agreement, a foreign ministry official said.",
        "05",
    ),
    (
        "No group has claimed responsibility for the bombing, which killed six people at a bus station in Quetta.",
        "01",
    ),
    (
        "The government would consider mediating between the two sides only if both asked it to, the foreign minister said.",
        "04",
    ),
    ("Moscow said it did not plan to host the Afghan peace talks this year.", "04"),
]


# Round 8 (helper-46): written and labelled before the coder ran on them, in the long,
# messy style of wire copy, weighted to what rounds 1-7 had least of: economic and
# administrative coercion and its easing (16-17, 08: import and export bans extended or
# lifted, tariffs, trade cases, licences and concessions revoked, assets frozen and
# unfrozen, states of emergency, military rule, curfews, internet shutdowns, media
# suspended, groups and parties banned by name), diplomacy under strain (10-16: envoys
# summoned, expelled or recalled, embassies closed, reopened or attacked, offers to
# mediate, visas, flights and airspace), and the legal acts of courts and prosecutors
# (11, 17, 08: acquittals, convictions, pardons, bail, warrants, extraditions, appeals);
# and to the shapes earlier rounds missed: appositions between doer and verb, "X, which
# ..., said", fronted "In a statement, ...", passives with long agents; plus present-tense
# headlines with no end stop (the block marked "headlines"). Codes checked against
# ../shared/reference/cameo-codes.csv and its usage notes, and kept consistent with the
# earlier rounds' notes: bans on imports or exports, tariffs, duties, asset freezes,
# closed airspace and suspended flights imposed on a country are 163, their lifting
# (assets unfrozen too) 085; a trade case filed at the WTO or a court is 115 (a suit at
# an international body); a media outlet suspended, websites blocked, internet cut 1721,
# restored 0811; a movement or party banned by name 1722 (round 3 and 5's usage);
# curfews 1723, lifted or relaxed 0813; a state of emergency or martial law declared or
# extended 1724, lifted 0814; a summoned envoy 114 (summon.envoy's usage, round 1's note);
# envoys expelled or recalled and embassies closed 161; an embassy reopened 050 (round
# 6's usage); an embassy stormed or torched by protesters 145; an offer to mediate 039;
# charges, indictments and appeals against a defendant 115; a guilty verdict on a body
# (a firm, a party) 116, on a person jailed 173 (116's note), a warrant or an arrest 173;
# a pardon, release on bail or acquittal with release 0841 (0841's note), a plain
# acquittal 081 (round 3's usage); a request to extradite 0213, an extradition 063.
# Where a sentence holds two events, the label is the one the sentence leads with (the
# main clause's). After the first run one near miss was moved to the cases, where the
# reference says so: port workers walking off the job over pay are a strike (143, its
# description: "protest by refusing to work ... until certain demands are met"), not a
# business sense of "strike"; the untuned figures were taken before the move.
CASES_R8: list[Case] = [
    # --- economic coercion and its easing ---
    (
        "India extended its ban on exports of non-basmati white rice until further notice, the commerce ministry said in a notification late on Friday.",
        "163",
        "IND",
        None,
    ),
    (
        "China lifted its ban on imports of Japanese seafood on Thursday, more than a year after it was imposed over the release of treated water from the Fukushima nuclear plant.",
        "085",
        "CHN",
        "JPN",
    ),
    (
        "Indonesia, the world's biggest producer of palm oil, scrapped its three-week ban on exports of the commodity after domestic cooking oil prices eased, the trade minister said.",
        "085",
        "IDN",
        None,
    ),
    (
        "The United States slapped tariffs of 100 percent on Chinese-made electric vehicles and doubled duties on solar cells, the White House said on Tuesday.",
        "163",
        "USA",
        "CHN",
    ),
    (
        "Beijing hit back with extra duties of 15 percent on American coal and liquefied natural gas, the finance ministry said in a statement hours after the U.S. levies took effect.",
        "163",
        "CHN",
        "USA",
    ),
    (
        "Australia took China to the World Trade Organization on Wednesday over anti-dumping duties on its barley, the trade minister told reporters in Canberra.",
        "115",
        "AUS",
        "CHN",
    ),
    (
        "The European Union filed a complaint at the WTO against Indonesia's ban on exports of nickel ore, arguing that it unfairly restricts access to raw materials for European steelmakers.",
        "115",
        "IGO",
        "IDN",
    ),
    (
        "Mali's military authorities seized three tonnes of gold from the Bamako offices of a Canadian mining company and suspended its export permits, the company said.",
        "1711",
        "MLI",
        None,
    ),
    (
        "Tanzania's government cancelled the concession of a foreign operator to run the container terminal at Dar es Salaam port, citing repeated breaches of the contract.",
        "163",
        "TZA",
        None,
    ),
    (
        "Britain froze the assets of a Sudanese paramilitary commander and three companies accused of financing his fighters, the Foreign Office said.",
        "163",
        "GBR",
        None,
    ),
    (
        "The U.S. Treasury unfroze $6 billion of Iranian oil revenue held in South Korean banks as part of a deal that freed five American prisoners.",
        "085",
        "USA",
        "IRN",
    ),
    (
        "Russia banned imports of Moldovan wine and fruit, with its food safety watchdog citing unspecified violations of sanitary rules.",
        "163",
        "RUS",
        "MDA",
    ),
    (
        "Kazakhstan lifted a six-month ban on exports of sugar on Monday, the agriculture ministry said.",
        "085",
        "KAZ",
        None,
    ),
    (
        "Canada imposed sanctions on four Israeli settlers accused of violence against Palestinians in the occupied West Bank, the foreign ministry said.",
        "163",
        "CAN",
        "ISR",
    ),
    (
        "Washington eased sanctions on Venezuela's oil sector for six months after the government and the opposition agreed on a date for a presidential election.",
        "085",
        "USA",
        "VEN",
    ),
    (
        "Pakistan's electricity regulator revoked the licence of a Chinese-owned power producer for failing to meet its supply obligations.",
        "163",
        "PAK",
        None,
    ),
    (
        "Turkey halted all trade with Israel, the trade ministry said on Thursday, citing the worsening humanitarian situation in Gaza.",
        "163",
        "TUR",
        "ISR",
    ),
    (
        "The Philippine Senate extended the ban on Chinese-owned online gambling operators, which lawmakers accused of links to human trafficking.",
        "163",
        "PHL",
        None,
    ),
    # --- administrative coercion and its easing ---
    (
        "Ecuador's president declared a 60-day state of emergency in four coastal provinces on Monday after a riot at a prison in Guayaquil left 18 inmates dead.",
        "1724",
        "ECU",
        None,
    ),
    (
        "Peru's government extended the state of emergency in Lima and the port of Callao by another 30 days, allowing the armed forces to patrol the streets alongside the police.",
        "1724",
        "PER",
        None,
    ),
    (
        "Myanmar's junta placed 37 more townships under martial law as fighting with ethnic armed groups and resistance forces spread across the north of the country.",
        "1724",
        "MMR",
        None,
    ),
    (
        "Sri Lanka lifted the state of emergency on Thursday, a month after it was imposed to quell protests over the country's economic collapse.",
        "0814",
        "LKA",
        None,
    ),
    (
        "Authorities in Nigeria's Plateau state imposed a 24-hour curfew on the town of Mangu after gunmen killed at least 20 villagers in overnight raids.",
        "1723",
        "NGA",
        None,
    ),
    (
        "The curfew in Imphal was relaxed for six hours on Sunday to allow residents to buy food and medicine, the district administration said.",
        "0813",
        None,
        None,
    ),
    (
        "Ethiopia's federal government shut down mobile internet across the Amhara region on Thursday as clashes between the army and Fano militiamen spread to the regional capital.",
        "1721",
        "ETH",
        None,
    ),
    (
        "Gabon's military rulers restored internet access across the country on Sunday, four days after cutting it off during the counting of votes.",
        "0811",
        "GAB",
        None,
    ),
    (
        "Niger's ruling junta suspended the broadcasts of the French public radio station RFI and the news channel France 24, accusing them of spreading false information.",
        "1721",
        "NER",
        None,
    ),
    (
        "Russia's media regulator, Roskomnadzor, blocked access to the websites of three independent news outlets, saying they spread calls for unauthorised protests.",
        "1721",
        "RUS",
        None,
    ),
    (
        "India banned the Popular Front of India and eight affiliated groups for five years, accusing the Islamist organisation of links to terrorism.",
        "1722",
        "IND",
        None,
    ),
    (
        "Tunisia's electoral commission barred three prominent opposition figures from running in the presidential election, despite a court ruling reinstating them.",
        "1722",
        "TUN",
        "TUN",
    ),
    (
        "Kyrgyzstan's prosecutors shut down the country's largest independent news website and froze its bank accounts, its editor said.",
        "1721",
        "KGZ",
        None,
    ),
    (
        "Nicaragua's government dissolved another 1,500 non-governmental organisations, including charities run by Catholic orders, and seized their property.",
        "1721",
        "NIC",
        None,
    ),
    (
        "The Taliban administration banned women from studying at universities until further notice, a letter from the higher education minister said.",
        "1721",
        "AFG",
        None,
    ),
    (
        "Bangladesh lifted the ban on Jamaat-e-Islami, the country's largest Islamist party, a week after the fall of Sheikh Hasina's government.",
        "0812",
        "BGD",
        None,
    ),
    (
        "Kenyan authorities restored access to X and Telegram on Wednesday after a day-long outage that rights groups blamed on the government ahead of planned protests.",
        "0811",
        "KEN",
        None,
    ),
    (
        "Guinea's junta dissolved the main opposition coalition, accusing it of inciting violence during anti-government protests in Conakry.",
        "1722",
        "GIN",
        None,
    ),
    # --- diplomacy under strain ---
    (
        "Poland summoned Russia's charge d'affaires on Monday after a Russian cruise missile flew through Polish airspace for three minutes before heading back into Ukraine.",
        "114",
        "POL",
        "RUS",
    ),
    (
        "Algeria's foreign ministry summoned the French ambassador to protest against what it called a hostile campaign in the French media.",
        "114",
        "DZA",
        "FRA",
    ),
    (
        "Mali expelled the French ambassador on Monday, giving him 72 hours to leave the country over what the transitional authorities called hostile remarks by French officials.",
        "161",
        "MLI",
        "FRA",
    ),
    (
        "Germany ordered the expulsion of two Iranian diplomats in response to the execution of a German-Iranian dual national in Tehran, the foreign minister said.",
        "161",
        "DEU",
        "IRN",
    ),
    (
        "Niger's military government recalled its ambassador to Abidjan for consultations, a day after Ivory Coast's president backed military action against the junta.",
        "161",
        "NER",
        None,
    ),
    (
        "Israel recalled its ambassadors to Ireland and Norway for urgent consultations after the two countries said they would recognise a Palestinian state.",
        "161",
        "ISR",
        None,
    ),
    (
        "Britain temporarily closed its embassy in Khartoum and evacuated its diplomats as fighting between the army and the Rapid Support Forces reached the centre of the capital.",
        "161",
        "GBR",
        None,
    ),
    (
        "The United States reopened its embassy in Kyiv on Sunday, three months after the Russian invasion forced it to move its diplomats to the western city of Lviv.",
        "050",
        "USA",
        "UKR",
    ),
    (
        "Protesters stormed the Swedish embassy in Baghdad before dawn on Thursday and set part of it on fire over the planned burning of a Koran in Stockholm.",
        "145",
        None,
        None,
    ),
    (
        "Hundreds of demonstrators attacked the Russian consulate in Lviv with stones, smashing windows, a police spokesman said.",
        "145",
        None,
        None,
    ),
    (
        "Qatar offered to mediate between the Congolese government and the M23 rebels, a spokesman for the Qatari foreign ministry said on Tuesday.",
        "039",
        "QAT",
        "COD",
    ),
    (
        "Turkey, which has hosted two rounds of talks between Moscow and Kyiv, said it was ready to mediate between Russia and Ukraine again.",
        "039",
        "TUR",
        "RUS",
    ),
    (
        "India suspended visa services for Canadian citizens indefinitely, citing security threats to its diplomats, as the row over the killing of a Sikh separatist deepened.",
        "163",
        "IND",
        "CAN",
    ),
    (
        "Canada closed its airspace to all Russian aircraft on Sunday, the transport minister said.",
        "163",
        "CAN",
        "RUS",
    ),
    (
        "Azerbaijan suspended all flights to and from Russia for a week after one of its passenger jets crashed in Kazakhstan.",
        "163",
        "AZE",
        "RUS",
    ),
    (
        "China cut off military talks with the United States and imposed sanctions on the U.S. House speaker in protest at her visit to Taiwan, the foreign ministry said.",
        "164",
        "CHN",
        "USA",
    ),
    (
        "Armenia froze its participation in the Russian-led Collective Security Treaty Organisation, the prime minister told parliament in Yerevan.",
        "160",
        "ARM",
        None,
    ),
    (
        "Lithuania downgraded its diplomatic relations with China to the level of charge d'affaires after Beijing expelled its ambassador.",
        "161",
        "LTU",
        "CHN",
    ),
    (
        "The Venezuelan government ordered the diplomats of seven Latin American countries to leave the country within 72 hours, accusing them of meddling in the election.",
        "161",
        "VEN",
        None,
    ),
    (
        "Moscow closed the Polish consulate in Smolensk in retaliation for the closure of a Russian consulate in Poznan, the Russian foreign ministry said.",
        "161",
        "RUS",
        "POL",
    ),
    (
        "Egypt summoned Israel's envoy in Cairo to protest against the Israeli army's seizure of the Palestinian side of the Rafah crossing.",
        "114",
        "EGY",
        "ISR",
    ),
    (
        "The Gulf state's foreign ministry, which has long served as a go-between for Washington and Kabul, called on both sides to resume talks on the release of detained Americans.",
        "026",
        None,
        None,
    ),
    (
        "Sweden expelled three Chinese journalists it accused of working for Beijing's intelligence services, the security police said.",
        "174",
        "SWE",
        "CHN",
    ),
    # --- courts and prosecutors ---
    (
        "A court in Istanbul acquitted the novelist of insulting the Turkish nation, ending a trial that had drawn criticism from European governments.",
        "081",
        "TUR",
        None,
    ),
    (
        "A Zimbabwean court acquitted the opposition lawmaker of inciting violence and ordered his immediate release after 18 months in pre-trial detention.",
        "0841",
        "ZWE",
        "ZWE",
    ),
    (
        "A Hong Kong court convicted the pro-democracy media tycoon of colluding with foreign forces and sentenced him to 20 years in prison.",
        "173",
        "HKG",
        "HKG",
    ),
    (
        "A Paris court found the French cement maker guilty of financing terrorism in Syria and fined it 225 million euros.",
        "116",
        "FRA",
        "FRA",
    ),
    (
        "The president of Belarus pardoned 18 political prisoners, including a former opposition presidential candidate, state media reported on Wednesday.",
        "0841",
        "BLR",
        None,
    ),
    (
        "The Zambian journalist, who was arrested last week over a social media post criticising the president, was released on bail on Friday.",
        "0841",
        None,
        None,
    ),
    (
        "A Kenyan judge released the opposition activist on bail of 500,000 shillings and barred him from travelling abroad.",
        "0841",
        "KEN",
        None,
    ),
    (
        "The International Criminal Court issued an arrest warrant on Thursday for the leader of the Taliban over the persecution of women and girls in Afghanistan.",
        "173",
        "IGO",
        "AFG",
    ),
    (
        "A Russian court issued an arrest warrant in absentia for the chief prosecutor of the International Criminal Court, the court's press service said.",
        "173",
        "RUS",
        "IGO",
    ),
    (
        "Paraguay extradited a Uruguayan drug lord to the United States on Friday, where he faces charges of money laundering and trafficking.",
        "063",
        "PRY",
        "USA",
    ),
    (
        "Bangladesh formally asked India to extradite the ousted prime minister to face trial for the killing of protesters, the interim government's foreign affairs adviser said.",
        "0213",
        "BGD",
        "IND",
    ),
    (
        "Prosecutors in Guatemala appealed against the acquittal of three former police officers in the killing of a student leader, the attorney general's office said.",
        "115",
        "GTM",
        None,
    ),
    (
        "A South African court ordered the arrest of the former president for contempt after he failed to appear before the corruption inquiry.",
        "173",
        "ZAF",
        "ZAF",
    ),
    (
        "Brazil's federal prosecutors charged the former president and 33 others with plotting a coup to overturn the 2022 election.",
        "115",
        "BRA",
        "BRA",
    ),
    (
        "The former finance minister, who led the country through its debt crisis, was indicted by a special anti-corruption court on charges of abuse of office.",
        "115",
        None,
        None,
    ),
    (
        "A military tribunal in Kinshasa sentenced three Americans and 34 others to death for their part in a failed coup attempt in May.",
        "173",
        "COD",
        "USA",
    ),
    (
        "Egypt's public prosecutor ordered the release of 75 people held in pre-trial detention over the protests, a rights lawyer said.",
        "0841",
        "EGY",
        None,
    ),
    (
        "An appeals court in Tunis upheld the prison sentence of the head of the Islamist Ennahda party, his lawyer said.",
        "173",
        "TUN",
        "TUN",
    ),
    (
        "The Spanish supreme court dismissed the terrorism case against the Catalan separatist leader, clearing the way for his return from exile in Belgium.",
        "081",
        "ESP",
        None,
    ),
    (
        "Germany's constitutional court cut off state funding to a far-right party, ruling that it sought to undermine the democratic order.",
        "1722",
        "DEU",
        None,
    ),
    (
        "A Thai court dissolved the opposition party that won the most seats in last year's election, and banned its leaders from politics for ten years.",
        "1722",
        "THA",
        "THA",
    ),
    (
        "The U.S. Justice Department sued Apple, accusing the company of illegally monopolising the smartphone market.",
        "115",
        "USA",
        "USA",
    ),
    (
        "A court in The Hague ordered the Dutch government to halt all exports of F-35 fighter jet parts to Israel within seven days.",
        "163",
        "NLD",
        "ISR",
    ),
    # --- the shapes: appositions, relative clauses, fronted attributions, long passives ---
    (
        "The interior minister, Gerald Darmanin, ordered the dissolution of the radical environmental group on Wednesday, accusing it of inciting violence at protests against water reservoirs.",
        "1722",
        "FRA",
        None,
    ),
    (
        "The Rapid Support Forces, which have been fighting the army since April, accused the Egyptian air force of bombing their positions north of Khartoum.",
        "1123",
        "SDN",
        "EGY",
    ),
    (
        "In a statement, Nigeria's Economic and Financial Crimes Commission said it had arrested a former central bank governor on suspicion of fraud.",
        "173",
        "NGA",
        None,
    ),
    (
        "In a statement on Sunday, the Chinese commerce ministry said it would impose export controls on gallium and germanium, two metals used in making chips.",
        "163",
        "CHN",
        None,
    ),
    (
        "The sanctions, which were imposed by the European Union after last year's disputed election, were lifted on Monday by the bloc's foreign ministers meeting in Luxembourg.",
        "085",
        "IGO",
        None,
    ),
    (
        "The ban on the opposition daily, imposed by the information ministry in March, was lifted after the newspaper's editors apologised for an article about the president.",
        "0811",
        None,
        None,
    ),
    (
        "Thousands of websites were blocked by Pakistan's telecommunications authority in the days before the election, according to a digital rights group in Lahore.",
        "1721",
        "PAK",
        None,
    ),
    (
        "Two Russian diplomats were expelled by the Bulgarian government on Friday over suspected spying, the foreign ministry in Sofia said.",
        "161",
        "BGR",
        "RUS",
    ),
    (
        "The opposition leader, a former army general who lost the last election, was arrested by officers of the national intelligence agency at his home in Harare before dawn.",
        "173",
        "ZWE",
        "ZWE",
    ),
    (
        "Senegal's government, which had postponed the vote by ten months, lifted the ban on the main opposition party's rallies after a ruling by the constitutional council.",
        "0811",
        "SEN",
        None,
    ),
    (
        "The Moroccan ambassador to the EU, Karim Aouad, was summoned to the European Parliament's foreign affairs committee in Brussels to explain the bribery allegations.",
        "114",
        "IGO",
        "MAR",
    ),
    (
        "Iraq's prime minister, Mohammed Shia al-Sudani, ordered the expulsion of the Swedish ambassador and recalled Iraq's charge d'affaires from Stockholm.",
        "161",
        "IRQ",
        "SWE",
    ),
    (
        "The Central Bank of Nigeria, which regulates foreign exchange dealers, revoked the licences of 4,173 bureaux de change for failing to meet its rules.",
        "172",
        "NGA",
        None,
    ),
    (
        "According to a statement from the presidency, Burkina Faso's junta has suspended the activities of all political parties and civil society groups until further notice.",
        "1722",
        "BFA",
        None,
    ),
    (
        "Venezuela's National Assembly, controlled by allies of the president, approved a law that bans non-governmental organisations from receiving foreign funding.",
        "1721",
        "VEN",
        None,
    ),
    (
        "An Iranian court, citing a complaint by the intelligence ministry, sentenced the French-Iranian academic to five years in prison for collusion against national security.",
        "173",
        "IRN",
        None,
    ),
    (
        "The government of Burundi, under pressure from donors to open up, lifted its four-year suspension of the BBC and Voice of America.",
        "0811",
        "BDI",
        None,
    ),
    (
        "Kuwait's emir, Sheikh Mishal al-Ahmad al-Sabah, dissolved parliament and suspended some articles of the constitution for up to four years.",
        "172",
        "KWT",
        None,
    ),
    (
        "The French oil company's Ugandan unit was fined by the environment authority for failing to compensate farmers along the pipeline route, a local rights group said.",
        "116",
        "UGA",
        None,
    ),
    (
        "Brazil's Supreme Court, in a ruling that drew praise from rights groups, ordered the social media platform X to be suspended nationwide for failing to name a legal representative.",
        "1721",
        "BRA",
        None,
    ),
    (
        "Union workers at the port walked off the job on Monday in a strike over pay, halting the loading of grain ships.",
        "143",
        None,
        None,
    ),
    # --- headlines (present tense, no end stop) ---
    ("China bans exports of rare earth processing technology", "163", "CHN", None),
    ("EU lifts sanctions on Syria's banks and energy sector", "085", "IGO", "SYR"),
    ("Mexico takes US to WTO over steel tariffs", "115", "MEX", "USA"),
    ("Philippines summons Chinese envoy over water cannon attack", "114", "PHL", "CHN"),
    ("Burkina Faso expels three French diplomats", "161", "BFA", "FRA"),
    ("Algeria recalls ambassador to Spain over Sahara shift", "161", "DZA", "ESP"),
    (
        "Thailand extends emergency rule in restive south for three months",
        "1724",
        "THA",
        None,
    ),
    (
        "Bangladesh imposes nationwide curfew as protest death toll climbs",
        "1723",
        "BGD",
        None,
    ),
    (
        "Sierra Leone lifts curfew after attack on military barracks",
        "0813",
        "SLE",
        None,
    ),
    (
        "Pakistan restores mobile internet in Balochistan after two weeks",
        "0811",
        "PAK",
        None,
    ),
    ("Tajik court jails opposition lawyer for 16 years", "173", "TJK", None),
    ("Guatemala court acquits journalist of money laundering", "081", "GTM", None),
    (
        "Peru's Congress pardons ex-president jailed for human rights abuses",
        "0841",
        "PER",
        None,
    ),
    (
        "Colombia extradites former rebel commander to United States",
        "063",
        "COL",
        "USA",
    ),
    ("Russia outlaws 'international LGBT movement' as extremist", "1721", "RUS", None),
    ("Egypt offers to mediate between Ethiopia and Somalia", "039", "EGY", "ETH"),
    ("Azerbaijan closes Russian news agency's Baku office", "1721", "AZE", None),
    (
        "Ukraine freezes assets of Chinese firms supplying Russian drone makers",
        "163",
        "UKR",
        None,
    ),
    ("Jordan unfreezes assets of former Iraqi officials", "085", "JOR", None),
]

# Sentences that hold no political event: every one must stay silent.
NEAR_MISSES_R8: list[str] = [
    "Bayern's wingers attacked down both flanks from the first whistle and the champions were two goals up before the break in Dortmund.",
    "The two sides battled for more than four hours in the final at Roland Garros before the Spaniard clinched the title in a fifth-set tie-break.",
    "Alcaraz beat the defending champion in straight sets on Wednesday to reach his first semi-final in Melbourne.",
    "The carmaker struck a deal with a Korean battery maker to build a plant in Georgia, the companies said.",
    "Shares in the airline plunged 12 percent after it cut its profit forecast, citing weaker demand for transatlantic flights.",
    "The central bank raised its key interest rate by half a point to curb inflation, which hit a 20-year high in May.",
    "Oil prices extended their gains on Tuesday as traders bet that supply from the Gulf would stay tight through the winter.",
    "A powerful typhoon slammed into the northern Philippines on Sunday, tearing off roofs and forcing thousands to flee to evacuation centres.",
    "Lightning struck a fuel depot outside the port city, sparking a blaze that burned for two days.",
    "Thieves broke into the museum overnight and made off with jewellery worth millions of euros, the director said.",
    "Two men were injured in a brawl between rival groups of holidaymakers outside a bar in the resort town.",
    "Thousands gathered in Gdansk on Sunday to mark the 85th anniversary of the German invasion of Poland that started the Second World War.",
    "Veterans and officials laid wreaths in Normandy to commemorate the Allied landings of June 1944.",
    "The museum opened an exhibition about the siege of Leningrad, in which hundreds of thousands of civilians starved to death.",
    "The film, which tells the story of a general who led a coup in the 1970s, won the top prize at the festival in Venice.",
    "The streaming giant banned password sharing in another 100 countries, saying it would help fund new shows.",
    "The football federation suspended the striker for six matches after he headbutted an opponent.",
    "The storm knocked out power to 200,000 homes and forced the cancellation of hundreds of flights at the city's two airports.",
    "The champion retained his heavyweight title after knocking out his challenger in the ninth round in Riyadh.",
    "Inflation eased for a third straight month in August, giving households some relief from the rise in the cost of living.",
    "The airline suspended flights to the island for a week as the volcano spewed ash across the runway.",
    "The club's fans staged a protest march against the owners before the home game on Saturday, demanding investment in the squad.",
    "Firefighters battled wildfires on three fronts near Athens on Monday as strong winds fanned the flames.",
    "The carmaker recalled 300,000 vehicles in China over faulty airbags, the company said.",
    "The heatwave tightened its grip on southern Europe, with temperatures topping 44C in Seville.",
    "Manchester City beat Real Madrid 4-0 to storm into the Champions League final.",
]

# Negated, hypothetical or expected acts: (text, CAMEO root the act would have).
NOT_THE_ACT_R8: list[tuple[str, str]] = [
    (
        "The government said it had no plans to lift the state of emergency before the end of the year.",
        "08",
    ),
    (
        "Washington could impose fresh tariffs on European cars if the talks fail, a senior U.S. trade official said.",
        "16",
    ),
    (
        "The European Union is expected to lift sanctions on Syria's central bank at a meeting of foreign ministers next week.",
        "08",
    ),
    (
        "Poland has not summoned the Russian ambassador over the incident, a foreign ministry spokesman said.",
        "11",
    ),
    (
        "The court declined to issue an arrest warrant for the former president, saying the evidence was insufficient.",
        "17",
    ),
    (
        "Ottawa denied that it had closed its airspace to Indian aircraft, calling the reports false.",
        "16",
    ),
    (
        "The interior minister said there would be no curfew in the capital despite the overnight clashes.",
        "17",
    ),
    (
        "Germany will not expel Russian diplomats over the sabotage plot for now, the chancellor's spokesman said.",
        "16",
    ),
    (
        "The junta has yet to lift the ban on political parties, more than a year after it promised a return to civilian rule.",
        "08",
    ),
    (
        "Hungary threatened to veto any EU move to freeze the assets of the Russian patriarch.",
        "16",
    ),
    (
        "Rights groups urged the president to pardon the jailed journalists before the end of the year.",
        "08",
    ),
    (
        "A court in Nairobi will rule next week on whether to extradite the British businessman to the United States.",
        "06",
    ),
    (
        "Indonesia is considering a ban on exports of bauxite, the energy minister said, without giving a date.",
        "16",
    ),
    (
        "The prime minister ruled out declaring a state of emergency, saying the police had the situation under control.",
        "17",
    ),
    (
        "The opposition leader was not charged and was released after questioning, his lawyer said.",
        "11",
    ),
    (
        "Beijing warned that it would retaliate if Manila expelled Chinese diplomats over the spying case.",
        "16",
    ),
    (
        "The party, which the government has repeatedly threatened to ban, held its congress in the capital on Saturday.",
        "17",
    ),
    (
        "If the mission is attacked again, the embassy may be closed, the foreign minister warned.",
        "16",
    ),
]


# Round 9 (helper-49): written and labelled before the coder ran on them, in the long,
# messy style of wire copy, weighted to what rounds 1-8 had least of: material
# cooperation and yielding (06-08: weapons, equipment, prisoners, territory and property
# handed over or returned, artefacts and ships given back, aid delivered, corridors
# opened and convoys let through, troops pulled back, checkpoints removed, sanctions
# eased, prisoners swapped, hostages freed, amnesties, refuge and asylum, nominees
# confirmed, resignations), demands, threats and ultimatums (10, 13, 14: deadlines,
# warnings of retaliation, threats to walk out, boycotts, hunger strikes, sit-ins,
# blockades of roads and ports, union strikes, petitions) and force in today's wire
# words (18-20: drone and missile strikes, shelling, sieges, abductions, ambushes, car
# bombs, massacres, "pounded", "targeted", "hit", "struck", "raided"); and to the shapes
# earlier rounds missed: fronted "In a statement, ...", "X, which ..., said", passives
# with long agents, clauses joined by "after", "as", "while", "days after"; plus
# present-tense headlines with no end stop (the block marked "headlines"). Codes checked
# against ../shared/reference/cameo-codes.csv and its usage notes, and kept consistent
# with the earlier rounds' notes: weapons delivered by a state are 072, food, medicine,
# fuel and shelter 073, money 071 (its note: delivery, not promise); weapons turned in
# by fighters 0873 (its note: the target is the one they are turned in to); peacekeepers
# deployed 074, received 0861, inspectors received 0862; a corridor opened or a convoy
# let through 0863; troops pulled back from an area 0874, a ceasefire declared 0871,
# checkpoints removed or a blockade eased 0872; prisoners, hostages and detainees freed,
# swapped or handed over and amnesties 0841, property, ships and artefacts given back
# 0842, a town handed over by fighters 0874; sanctions eased 085, a curfew eased 0813;
# protests called off 082; asylum granted 075, refuge sought 1033, asylum asked 0233
# (round 5's note); a nominee confirmed 051 (round 5's usage); a resignation under
# pressure 0831; an extradition 063, joint exercises 062, intelligence shared 064.
# Demands with "demanded" or "must" are 10 (1053 release, 1056 withdrawal or truce,
# 1041 resignation); a deadline with no threat named is a demand; "ultimatum" is 139
# only where the word is used (139's note), else a deadline "or face" a named measure
# is a threat of that measure (round 5's usage: 1312 sanctions, 1313 ties, 134 talks,
# 133 protest, 137 repression, 138x force); a vow to retaliate by force 138. Strikes by
# workers and boycotts are 143, hunger strikes 142, sit-ins and rallies 141, roads and
# ports blocked by protesters 144, a petition that demands a resignation 1041. Drone and
# air strikes are 195, shelling, tank and ground-launched missile fire 194, gunfire and
# ambushes with rifles 193, fighting with no weapon named 190, sieges and blockades 191,
# abductions 181, car bombs 1832, roadside bombs 1833, suicide bombs 1831, other bombs
# and attacks by unnamed assailants 180, massacres 202, raids that seize or loot 1711,
# raids that arrest 173. Where a sentence holds two events, the label is the one the
# sentence leads with (the main clause's). After the first run three labels were
# corrected where the reference says so: a hunger strike ended is 082 (its note: "ending
# or putting on hold demonstrations, protests"), not 142; parties that "would boycott"
# an election forecast dissent, a threat (133; 130's note: conflictual behaviour in the
# future tense is a threat), not 143; and a police arrest over a stabbing, written as a
# near miss (crime without politics), is 173 (its note: "both criminal and political
# detentions"), so it moved to the cases. The untuned figures were taken before.
CASES_R9: list[Case] = [
    # --- material cooperation, aid and yielding ---
    (
        "Rebels of the Patriotic Front handed over more than 400 rifles and two mortars to United Nations disarmament teams in the eastern town of Kalehe on Saturday, a U.N. spokesman said.",
        "0873",
        None,
        "IGO",
    ),
    (
        "Germany delivered a second batch of air defence systems to Ukraine this week, the defence ministry in Berlin said, days after Kyiv appealed for more protection for its power plants.",
        "072",
        "DEU",
        "UKR",
    ),
    (
        "The Netherlands returned 119 bronze sculptures looted from Benin City to Nigeria at a ceremony in Leiden on Tuesday.",
        "0842",
        "NLD",
        "NGA",
    ),
    (
        "Iran released the Greek-flagged tanker it seized in the Strait of Hormuz last month, along with its 19 crew, the ship's manager said on Friday.",
        "0842",
        "IRN",
        None,
    ),
    (
        "Russia and Ukraine swapped 95 prisoners of war each in a deal brokered by the United Arab Emirates, officials on both sides said.",
        "0841",
        "RUS",
        "UKR",
    ),
    (
        "Hamas freed four Israeli hostages on Saturday and Israel released 200 Palestinian prisoners in return, as the ceasefire in Gaza held for a third week.",
        "0841",
        "PSE",
        "ISR",
    ),
    (
        "A World Food Programme convoy of 30 trucks carrying flour and cooking oil reached the besieged city of El Fasher on Monday, the first to get through in four months.",
        "073",
        "IGO",
        None,
    ),
    (
        "The army opened a humanitarian corridor out of the encircled district to let about 3,000 civilians leave, a military spokesman said.",
        "0863",
        None,
        None,
    ),
    (
        "Israeli authorities let 150 aid trucks through the Kerem Shalom crossing into Gaza on Sunday, the U.N. humanitarian office said.",
        "0863",
        "ISR",
        None,
    ),
    (
        "Armenia pulled its troops back from four villages along the border with Azerbaijan, handing control of the area to Azerbaijani border guards under a deal reached in April.",
        "0874",
        "ARM",
        "AZE",
    ),
    (
        "Indian and Chinese troops dismantled temporary structures and pulled back from two friction points in the Himalayas, the Indian army said in a statement.",
        "0874",
        "IND",
        "CHN",
    ),
    (
        "The Sudanese army removed checkpoints on the main road between Port Sudan and Kassala, easing the movement of goods that had been held up for weeks.",
        "0872",
        "SDN",
        None,
    ),
    (
        "The European Union eased sanctions on Syria's banking and energy sectors on Monday, a step foreign ministers said would help the country rebuild after the fall of Assad.",
        "085",
        "IGO",
        "SYR",
    ),
    (
        "Venezuela's government granted an amnesty to 110 opposition activists detained during last year's post-election protests, the attorney general's office said.",
        "0841",
        "VEN",
        None,
    ),
    (
        "Ecuador granted asylum to the former vice-president at its embassy in Mexico City, the foreign ministry in Quito said in a statement late on Thursday.",
        "075",
        "ECU",
        None,
    ),
    (
        "More than 2,000 people fleeing fighting in Myanmar's Rakhine state sought refuge in Bangladesh over the weekend, border officials said.",
        "1033",
        None,
        "BGD",
    ),
    (
        "The U.S. Senate confirmed the president's nominee for defence secretary by a vote of 51 to 49, after a bruising confirmation fight.",
        "051",
        "USA",
        None,
    ),
    (
        "Peru's interior minister resigned on Wednesday after weeks of protests over a wave of extortion killings in Lima, the presidency said.",
        "0831",
        "PERGOV",
        None,
    ),
    (
        "The Kenyan president accepted the resignation of his cabinet, which had been under pressure from weeks of youth-led protests against tax rises.",
        "0831",
        None,
        None,
    ),
    (
        "Japan transferred two decommissioned patrol vessels to the Philippine coast guard, the Japanese embassy in Manila said, as tensions with China rose in the South China Sea.",
        "072",
        "JPN",
        "PHL",
    ),
    (
        "Saudi Arabia deposited $3 billion in Pakistan's central bank to shore up its dwindling foreign reserves, the finance ministry in Islamabad said.",
        "071",
        "SAU",
        "PAK",
    ),
    (
        "The World Bank disbursed $700 million to Kenya on Friday under a budget support loan, the treasury said.",
        "071",
        "IGO",
        "KEN",
    ),
    (
        "In a statement, the Jordanian army said its planes had dropped 20 tonnes of food and medical supplies over northern Gaza, the sixth such airdrop this month.",
        "073",
        "JOR",
        None,
    ),
    (
        "Turkey sent 1,500 tents, blankets and mobile kitchens to the flood-hit provinces of Libya, the disaster agency AFAD said.",
        "073",
        "TUR",
        "LBY",
    ),
    (
        "The Colombian government pardoned 12 former rebels jailed for rioting during the 2021 protests, the justice minister said.",
        "0841",
        "COL",
        None,
    ),
    (
        "Armed men who abducted 37 schoolchildren in Kaduna state last week have released them, the state governor said, without saying whether a ransom was paid.",
        "0841",
        None,
        None,
    ),
    (
        "Azerbaijan handed over five Armenian detainees to Armenia at the border on Sunday in a deal mediated by the International Committee of the Red Cross.",
        "0841",
        "AZE",
        "ARM",
    ),
    (
        "Mexico extradited 29 suspected cartel members to the United States on Thursday, the largest such transfer in years, the U.S. Justice Department said.",
        "063",
        "MEX",
        "USA",
    ),
    (
        "Thai and Cambodian soldiers withdrew from the disputed temple area on Friday, a week after clashes that killed 14 people, the Thai army said.",
        "0874",
        "THA",
        None,
    ),
    (
        "The Burundian government returned the land confiscated from exiled opposition politicians, the land minister said on Tuesday.",
        "0842",
        "BDI",
        None,
    ),
    (
        "Kenya deployed 400 police officers to Haiti on Tuesday to lead a multinational mission against the gangs that control most of the capital.",
        "074",
        "KEN",
        "HTI",
    ),
    (
        "Inspectors from the International Atomic Energy Agency arrived at the Fordow enrichment site on Monday after Tehran agreed to let them in, the agency said.",
        "0862",
        "IRN",
        "IGO",
    ),
    (
        "The M23 rebels, who seized Goma in January, withdrew from the mining town of Walikale days after the United States called on them to pull back, a rebel spokesman said.",
        "0874",
        None,
        None,
    ),
    (
        "The junta lifted the overnight curfew in the capital and three other cities on Sunday, citing an improvement in security.",
        "0813",
        None,
        None,
    ),
    (
        "The opposition alliance called off the nationwide protests planned for Friday after the government agreed to reopen talks on the electoral law, its leader said.",
        "082",
        None,
        None,
    ),
    (
        "The United States and the Philippines began joint naval drills in the South China Sea on Wednesday, involving four warships and two maritime patrol aircraft.",
        "062",
        "USA",
        "PHL",
    ),
    (
        "Britain has shared intelligence with Nigeria on the movements of the kidnappers, a British official said, as the search for the abducted students entered a second week.",
        "064",
        "GBR",
        "NGA",
    ),
    (
        "Ethiopia's federal government released three opposition leaders from prison on Friday as part of a national reconciliation drive, state media said.",
        "0841",
        "ETH",
        None,
    ),
    (
        "The Houthis, who seized the cargo ship Galaxy Leader in November 2023, freed its 25 crew members on Wednesday and handed them to Omani officials, the group said.",
        "0841",
        None,
        None,
    ),
    (
        "Washington allowed Chevron to resume pumping oil in Venezuela after it eased some sanctions on the country's energy sector, the Treasury Department said.",
        "085",
        "USA",
        "VEN",
    ),
    # --- demands, threats, ultimatums and protest ---
    (
        "The West African bloc ECOWAS gave Niger's junta until Sunday to reinstate the ousted president or face possible military action, in a statement read after an emergency summit in Abuja.",
        "1384",
        "IGO",
        "NER",
    ),
    (
        "Tehran warned it would retaliate against any attack on its nuclear facilities, a day after Israel's defence minister said all options were on the table.",
        "1384",
        "IRN",
        None,
    ),
    (
        "The main opposition party threatened to walk out of the national dialogue if the government did not release its detained members by the end of the week.",
        "134",
        None,
        None,
    ),
    (
        "Brussels gave Budapest two months to scrap the law or risk losing billions of euros in EU funds, a commission spokesman said on Wednesday.",
        "1311",
        "IGO",
        "HUN",
    ),
    (
        "China demanded that the Philippines withdraw the grounded warship from Second Thomas Shoal, the foreign ministry spokesman said at a regular briefing.",
        "1056",
        "CHN",
        "PHL",
    ),
    (
        "The families of the kidnapped workers demanded their immediate release and urged the government to negotiate with the armed group, at a news conference in Port Harcourt.",
        "1053",
        None,
        None,
    ),
    (
        "Serbia issued an ultimatum to Kosovo to withdraw its special police from the north within 48 hours, the Serbian president said in a televised address.",
        "139",
        "SRB",
        "XKX",
    ),
    (
        "Thousands of doctors went on strike across Nigeria on Monday to demand the payment of months of salary arrears, the resident doctors' association said.",
        "143",
        None,
        None,
    ),
    (
        "Jailed Bahraini activist Abdulhadi al-Khawaja began a hunger strike on Tuesday in protest at his continued detention, his daughter said.",
        "142",
        None,
        None,
    ),
    (
        "Farmers blocked the main motorway into Madrid with tractors for a second day on Thursday, protesting against EU environmental rules and cheap imports.",
        "144",
        None,
        None,
    ),
    (
        "Fishermen blockaded the port of Calais with dozens of trawlers over the loss of their licences to fish in British waters, halting ferry traffic for hours.",
        "144",
        None,
        None,
    ),
    (
        "Students staged a sit-in outside the education ministry in Dhaka on Sunday, demanding an end to the quota system for government jobs.",
        "141",
        None,
        None,
    ),
    (
        "The main opposition parties said they would boycott the January parliamentary election, accusing the ruling party of rigging the voter roll.",
        "133",
        None,
        None,
    ),
    (
        "The teachers' union in Zimbabwe, which has been on strike since the start of term, handed a petition to parliament demanding that the education minister step down.",
        "1041",
        None,
        None,
    ),
    (
        "Washington threatened to impose sanctions on anyone who helps Russia evade the oil price cap, the Treasury Secretary said in a speech in Kyiv.",
        "1312",
        "USA",
        None,
    ),
    (
        "Russia warned that it would expel Moldova's ambassador if Chisinau went ahead with the closure of the Russian cultural centre, the foreign ministry said.",
        "1313",
        "RUS",
        "MDA",
    ),
    (
        "North Korea threatened to turn Seoul into a sea of fire if South Korea kept flying drones over Pyongyang, state media said on Saturday.",
        "1384",
        "PRK",
        "KOR",
    ),
    (
        "The interior minister warned protesters that police would arrest anyone who blocked the roads around parliament, as the opposition called for a march on Friday.",
        "137",
        None,
        None,
    ),
    (
        "Port workers at Antwerp walked off the job on Tuesday over plans to raise the retirement age, leaving dozens of container ships waiting to unload.",
        "143",
        None,
        None,
    ),
    (
        "Consumers in Jordan and Kuwait have boycotted American fast-food chains in protest at U.S. support for Israel, franchise owners said.",
        "143",
        None,
        "USA",
    ),
    (
        "The prime minister demanded the resignation of the central bank governor, accusing him of failing to defend the currency.",
        "1041",
        None,
        None,
    ),
    (
        "Ukraine's foreign minister demanded that Moscow hand back the Ukrainian children taken to Russia since the start of the invasion.",
        "1053",
        "UKR",
        "RUS",
    ),
    (
        "Hundreds of protesters occupied the main square of Belgrade on Saturday, demanding that the government resign over the deadly collapse of a railway station canopy.",
        "1411",
        None,
        None,
    ),
    (
        "The rebels gave the government a 72-hour deadline to free their jailed commander, warning that they would resume attacks on oil installations in the delta.",
        "1383",
        None,
        None,
    ),
    (
        "Truck drivers blocked the border crossing with Poland in protest at new permit rules, stranding thousands of lorries on both sides, Ukrainian officials said.",
        "144",
        None,
        None,
    ),
    (
        "India has demanded that Pakistan hand over the suspected masterminds of the Pahalgam attack, a foreign ministry spokesman said.",
        "1013",
        "IND",
        "PAK",
    ),
    (
        "Kenyan medics, who have been on strike for 40 days, rallied outside parliament in Nairobi on Wednesday, demanding better pay and working conditions.",
        "141",
        None,
        None,
    ),
    (
        "Pakistan's army chief vowed a crushing response to any Indian military move, days after New Delhi threatened to cut the flow of river water.",
        "1384",
        "PAK",
        "IND",
    ),
    (
        "Opposition lawmakers boycotted the president's state of the nation address on Tuesday in protest at the arrest of their leader.",
        "143",
        None,
        None,
    ),
    (
        "Washington told Baghdad to rein in Iranian-backed militias that have attacked U.S. bases, or face unspecified consequences, two U.S. officials said.",
        "130",
        "USA",
        "IRQ",
    ),
    # --- force ---
    (
        "A Russian drone struck a residential building in the Black Sea port of Odesa overnight, killing three people and injuring 12, the regional governor said.",
        "195",
        "RUS",
        "UKR",
    ),
    (
        "Israeli strikes pounded Khan Younis on Tuesday as tanks pushed deeper into the southern Gaza city, residents and health officials said.",
        "195",
        "ISR",
        None,
    ),
    (
        "Russian forces shelled the centre of Kherson on Sunday, hitting a bus stop and a market, the city's military administration said.",
        "194",
        "RUS",
        None,
    ),
    (
        "A missile hit a crowded market in the town of Kostiantynivka, killing 16 people, in an attack Ukraine's president blamed on Russia.",
        "194",
        None,
        None,
    ),
    (
        "Gunmen ambushed a military convoy near the Niger border on Saturday, killing at least 20 soldiers, the army said in a statement.",
        "193",
        None,
        None,
    ),
    (
        "A car bomb exploded near a police station in the southern Afghan city of Kandahar on Thursday, killing seven people, a provincial spokesman said.",
        "1832",
        None,
        None,
    ),
    (
        "Suspected jihadists abducted more than 50 women who were gathering firewood near the town of Arbinda, local residents said.",
        "181",
        None,
        None,
    ),
    (
        "Militiamen massacred at least 70 villagers, including children, in an overnight attack in Ituri province, a local civil society leader said.",
        "202",
        None,
        None,
    ),
    (
        "The paramilitary Rapid Support Forces have laid siege to the city of El Fasher for more than a year, cutting off food and medicine to hundreds of thousands of people.",
        "191",
        None,
        None,
    ),
    (
        "U.S. forces carried out an air strike against al-Shabaab militants near the town of Jilib on Monday, the U.S. Africa Command said.",
        "195",
        "USA",
        None,
    ),
    (
        "Houthi rebels targeted a British oil tanker in the Gulf of Aden with two anti-ship missiles, setting it on fire, the U.S. military said.",
        "194",
        None,
        "GBR",
    ),
    (
        "Pakistani soldiers raided a militant hideout in North Waziristan overnight, killing eight fighters in an exchange of fire, the military's media wing said.",
        "193",
        "PAK",
        None,
    ),
    (
        "Turkish warplanes struck suspected Kurdish militant positions in northern Iraq on Wednesday, days after an attack on a defence firm near Ankara, the defence ministry said.",
        "195",
        "TUR",
        None,
    ),
    (
        "The Myanmar military bombed a monastery sheltering displaced people in Sagaing region, killing at least 23 people, according to residents and an anti-junta group.",
        "195",
        "MMR",
        None,
    ),
    (
        "Police fired tear gas and rubber bullets at thousands of protesters who tried to march on the presidential palace in Nairobi, witnesses said.",
        "175",
        None,
        None,
    ),
    (
        "A suicide bomber blew himself up at a wedding in Kabul's Shia district, killing 17 guests, the Interior Ministry said.",
        "1831",
        None,
        None,
    ),
    (
        "The embassy, which was hit by a rocket-propelled grenade on Sunday night, suffered only light damage and no staff were hurt, a spokesman said.",
        "193",
        None,
        None,
    ),
    (
        "Colombian dissidents of the FARC, who reject the 2016 peace deal, attacked a police station in Cauca with explosives and rifles, wounding four officers, the army said.",
        "193",
        None,
        None,
    ),
    (
        "Israel's military said its jets had hit Hezbollah weapons depots in southern Lebanon overnight, while the group said it had fired rockets at a base in the Galilee.",
        "195",
        "ISR",
        None,
    ),
    (
        "The kidnapping of three Chinese engineers from a gold mine in the Central African Republic was carried out by an armed group linked to the former president, the government said.",
        "181",
        None,
        None,
    ),
    (
        "Two aid workers were killed on Monday when their vehicle was struck by a roadside bomb in Mali's Mopti region, the charity they worked for said.",
        "1833",
        None,
        None,
    ),
    (
        "Israeli settlers torched homes and cars in the Palestinian village of Huwara overnight, residents said, as troops looked on.",
        "1712",
        "ISR",
        None,
    ),
    (
        "Gunmen stormed a church in the Nigerian state of Ondo during Sunday mass and opened fire on worshippers, killing at least 40 people, local officials said.",
        "193",
        None,
        None,
    ),
    (
        "Russian troops captured the village of Pishchane in the Donetsk region, the defence ministry in Moscow said, as its forces pressed an offensive towards Pokrovsk.",
        "192",
        "RUS",
        None,
    ),
    (
        "Sudan's army accused the RSF of killing more than 200 civilians in a three-day assault on villages south of Khartoum, which the paramilitary group denied.",
        "112",
        "SDN",
        None,
    ),
    (
        "Armed men stole cattle and set fire to houses in several villages in Plateau state as security forces struggled to contain the violence, the police said.",
        "1712",
        None,
        None,
    ),
    (
        "A Ukrainian drone attack set fire to an oil depot in Russia's Bryansk region on Saturday, the governor said.",
        "195",
        "UKR",
        "RUS",
    ),
    (
        "Soldiers raided the offices of the opposition newspaper in Conakry and carted away computers and archives, its editor said.",
        "1711",
        None,
        None,
    ),
    # --- fronted attributions, relative clauses, passives, joined clauses ---
    (
        "In a statement issued late on Monday, the Malian junta said it had expelled the French ambassador, giving him 72 hours to leave the country.",
        "161",
        "MLI",
        "FRA",
    ),
    (
        "The Lebanese army, which has been deploying south of the Litani river under the ceasefire, took over three Hezbollah positions near the border, a military source said.",
        "192",
        "LBN",
        None,
    ),
    (
        "More than 300 Ukrainian prisoners of war were released by Russia on Friday in an exchange mediated by the United Arab Emirates, Ukraine's coordination headquarters said.",
        "0841",
        "RUS",
        "UKR",
    ),
    (
        "A shipment of 50 tonnes of medical supplies was delivered to hospitals in Port-au-Prince by the World Health Organization on Tuesday, after gangs had blocked the main road for weeks.",
        "073",
        "IGO",
        None,
    ),
    (
        "The bodies of two Israeli hostages were handed over to the Red Cross by Hamas on Thursday, the Israeli military said.",
        "0841",
        "PSE",
        None,
    ),
    (
        "Days after the ceasefire took effect, Eritrean troops began pulling out of the border towns they had occupied in Tigray, regional officials said.",
        "0874",
        "ERI",
        None,
    ),
    (
        "As the talks resumed in Doha, Israel let fuel into Gaza for the first time in two months, a U.S. official said.",
        "0863",
        "ISR",
        None,
    ),
    (
        "While the two sides argued over the terms, Turkish mediators secured the release of an Israeli-Russian researcher held in Iraq by a Shiite militia.",
        "0841",
        None,
        None,
    ),
    (
        "After a two-week standoff, the miners ended their blockade of the railway line to the port, their union said, following a pay offer from the state company.",
        "082",
        None,
        None,
    ),
    (
        "Shops and schools were shut across Kashmir on Friday in a strike called by separatist groups to protest the killing of a local leader.",
        "143",
        None,
        None,
    ),
    (
        "A deal under which Russia will let Ukraine export grain through the Black Sea was extended by 60 days, the Turkish president said.",
        "057",
        None,
        None,
    ),
    # --- headlines ---
    ("Russia and Ukraine swap 300 prisoners in Easter exchange", "0841", "RUS", "UKR"),
    ("Niger junta frees ousted president's son after a year", "0841", "NER", None),
    ("Jordan airdrops aid into northern Gaza", "073", "JOR", None),
    ("France returns looted 'talking drum' to Ivory Coast", "0842", "FRA", "CIV"),
    ("Israel lets first aid trucks into northern Gaza in weeks", "0863", "ISR", None),
    ("Ecuador grants asylum to ex-vice president", "075", "ECU", None),
    ("Burkina junta gives French troops one month to leave", "1056", "BFA", "FRA"),
    ("Iran warns of 'crushing response' if Israel strikes", "1384", "IRN", "ISR"),
    ("Argentine unions stage general strike against Milei's cuts", "143", None, "ARG"),
    ("Israeli air strike kills 12 in central Gaza, medics say", "195", "ISR", None),
    ("Gunmen kidnap 20 travellers on Nigerian highway", "181", None, None),
    ("Suicide bomber hits army convoy in Somalia", "1831", None, "SOM"),
    ("Sudan's RSF shells displacement camp in North Darfur", "194", None, None),
    ("EU eases sanctions on Syria to help recovery", "085", "IGO", "SYR"),
    ("Armenia hands four border villages to Azerbaijan", "0874", "ARM", "AZE"),
    ("Farmers block roads across France in protest over trade deal", "144", None, None),
    ("Jailed Kurdish leader ends hunger strike", "082", None, None),
    # moved from the near misses after the first run (173's note: criminal detentions too)
    (
        "Police arrested a man suspected of stabbing two people in a supermarket in the city centre after a dispute over a parking space.",
        "173",
        None,
        None,
    ),
]

# Sentences that hold no political event: every one must stay silent.
NEAR_MISSES_R9: list[str] = [
    "Liverpool attacked relentlessly in the second half and were rewarded with a late winner from Salah at Anfield.",
    "The Wallabies battled back from 20 points down to beat Argentina in a thrilling Rugby Championship clash in Sydney.",
    "Swiatek beat her Czech opponent 6-2, 6-1 on Tuesday to set up a quarter-final against the defending champion.",
    "The fast bowler struck twice in his opening over as India reduced England to 30 for three at lunch.",
    "The miner struck a deal to buy its smaller rival for $4.2 billion in cash and shares, the companies said on Monday.",
    "Shares of the chipmaker surged 9 percent after it raised its sales forecast, lifting the Nasdaq to a record close.",
    "The company handed over the keys of the new stadium to the club at a ceremony attended by former players.",
    "The airline delivered its first profit in five years, helped by strong demand for summer travel.",
    "A heatwave gripped much of southern Europe, with firefighters battling blazes on the islands of Rhodes and Corfu.",
    "A magnitude 6.4 earthquake struck off the coast of Sumatra on Tuesday, but no tsunami warning was issued.",
    "Officials and survivors gathered in Srebrenica to commemorate the 8,000 Muslim men and boys killed in the 1995 massacre.",
    "Thousands of people attended ceremonies in Hiroshima on Tuesday to mark the 80th anniversary of the atomic bombing of the city.",
    "The documentary, which follows a family through the siege of Sarajevo, was released in cinemas across the Balkans on Friday.",
    "Hurricane Beryl pounded Jamaica with torrential rain and winds of up to 215 km per hour, tearing roofs off homes.",
    "The striker was released by the club at the end of his contract and is expected to sign for a rival in the summer.",
    "The bank released its quarterly results on Thursday, reporting a 12 percent rise in net profit.",
    "Bond yields rose sharply as investors bet that the central bank would hold rates higher for longer.",
    "The chef took over the restaurant's kitchen in 2019 and won it a second Michelin star two years later.",
    "The band announced a boycott of the awards ceremony over a dispute with their record label about royalties.",
    "The publisher withdrew the novel from sale after readers found passages lifted from another writer's book.",
    "Heavy rain cut off several villages in the Alps, where rescuers used helicopters to bring food to stranded residents.",
    "The tech giant threatened to pull its app from the store after the platform raised its commission on sales.",
    "The Yankees' ace shut down the Red Sox for seven innings to clinch a playoff spot for New York.",
    "A 3,000-year-old bronze helmet was returned to the museum after it was restored in a laboratory in Florence.",
    "The actors' strike in Hollywood delayed the release of several big-budget films until next year, studio executives said.",
    "The veteran midfielder retired from international football after 120 caps, saying it was time for younger players.",
]

# Negated, hypothetical or expected acts: (text, CAMEO root the act would have).
NOT_THE_ACT_R9: list[tuple[str, str]] = [
    (
        "Hamas said it would not release any more hostages until Israel allowed aid into northern Gaza.",
        "08",
    ),
    (
        "Germany has not delivered the Taurus missiles Kyiv requested, and the chancellor said there were no plans to do so.",
        "07",
    ),
    (
        "The army denied that it had shelled the refugee camp, saying the blast was caused by a rebel ammunition store.",
        "19",
    ),
    (
        "The union said it could call a general strike next month if the government pressed ahead with the pension reform.",
        "14",
    ),
    (
        "The European Union is expected to ease sanctions on Syrian airlines at a meeting of foreign ministers next week.",
        "08",
    ),
    (
        "Russia has yet to hand back the Ukrainian children taken to its territory, a U.N. investigator said.",
        "08",
    ),
    (
        "The junta refused to withdraw its troops from the disputed border town, despite mounting pressure from the regional bloc.",
        "08",
    ),
    (
        "Israel is considering a plan to open a second crossing into Gaza for aid trucks, a government official said.",
        "08",
    ),
    (
        "The government would grant an amnesty to rebels who lay down their arms by the end of the year, the president said.",
        "08",
    ),
    (
        "No group has claimed the abduction of the three engineers, and police said they did not know who had taken them.",
        "18",
    ),
    (
        "The farmers called off a planned blockade of the port after the minister agreed to meet them on Monday.",
        "14",
    ),
    (
        "Ukraine said it had not targeted civilian areas in Belgorod and accused Moscow of staging the attack.",
        "19",
    ),
    (
        "The U.S. envoy said Washington had no intention of withdrawing its troops from Syria this year.",
        "08",
    ),
    (
        "Neither side has pulled back its forces from the contact line, ceasefire monitors said on Friday.",
        "08",
    ),
    (
        "Doctors ruled out a strike during the holiday season, saying patients should not pay for the government's failures.",
        "14",
    ),
    (
        "The Red Cross said it had been unable to deliver food to the besieged town for three weeks because of the fighting.",
        "07",
    ),
    (
        "A bill that would let the government confiscate the property of exiled dissidents was shelved by parliament.",
        "17",
    ),
]

# Round 10 (helper-52): written and labelled before the coder ran on them, in the NATURAL
# MIX of codes of world news (not weighted to one family): statements, appeals, intents,
# consultations and visits (01-05) most, then accusations and criticism (11-12),
# arrests, trials and curfews (17), fighting and attacks (18-20) and the rest in
# proportion; from every region (South and Central Asia, the Sahel, the Andes, the
# Caucasus, the Pacific, the Gulf, the Balkans) and in every outlet style: second and
# third paragraphs, sentences that open with a time or a place ("On Monday, ...", "In
# Dhaka, ..."), that attribute at the end ("..., the state news agency reported"), that
# name the doer by title alone ("the president") or by "the group", quotes inside, and
# long sentences with two or three events; plus present-tense headlines with no end stop
# (the block marked "headlines"). Codes checked against
# ../shared/reference/cameo-codes.csv and its usage notes, and kept consistent with the
# earlier rounds' notes: plain "said" is no event (010 is a residual code), a refusal to
# speculate or comment is 011; "held talks" is 046 and takes precedence over a visit or
# a meeting (round 7), a meeting on a third country's soil or on the sidelines 044, a
# visit 042, a host's reception 043, a call 041, mediators shuttling between sides 045,
# an offer to host others' talks 039; welcome, praise and backing for a bid or a call
# 051; a pledge of money 0331 or investment 0311 (round 6); charges and a case filed at
# a court 115, a guilty verdict with a fine or liability 116, a prison sentence, a
# detention or an arrest 173 (116's note); an envoy summoned or a protest lodged 114,
# envoys recalled or expelled 161; a deadline with no threat named a demand (round 9);
# militants' attacks with no weapon named 180, air and drone strikes 195, shelling 194,
# gunfire traded 193, fighting with no weapon named 190, a town captured 192; killings of
# many civilians in one rampage 202. A fronted time or place and a closing attribution
# leave the label to the main clause. Where a sentence holds two events, the label is
# the one the sentence leads with (the main clause's); a quote is labelled by what the
# quote says. After the first run one label was corrected where the reference says so: an
# accusation of shelling an evacuation route is 1123 (accuse of aggression: "questionable
# or unjustifiable military actions"; 112's note: "sub-forms ... whenever possible"), not
# 112. Untuned (code at 983259d, before the correction): silent 17, root 141, full 123,
# dyad 140 of 166; near misses silent 24/28; negated or hypothetical acts 17/17. Later a
# second label was corrected where the reference says so: a delegation that "visited
# Tashkent for talks" made a visit (042), not negotiations (046): 042's note lets
# negotiation take precedence only when it is "mentioned specifically as having taken
# place", and talks that are the trip's purpose have not (rounds 1 and 7 label "flew to
# Moscow for talks" 042 alike). The coder gave 1123 and 042 untuned, so the untuned full
# code count is 125 with both corrections.
CASES_R10: list[Case] = [
    # --- 01 statements ---
    (
        "Pakistan's foreign ministry declined to comment on Tuesday on reports that its air force had carried out strikes inside Afghanistan's Khost province.",
        "011",
        "PAK",
        None,
    ),
    (
        "Asked whether Tbilisi would recall its ambassador from Brussels, the Georgian prime minister said he would not speculate on 'hypothetical scenarios'.",
        "011",
        "GEO",
        None,
    ),
    (
        "The central bank governor told lawmakers he was pessimistic about the chances of a deal with bondholders before the end of the year, according to a transcript of the hearing.",
        "012",
        None,
        None,
    ),
    (
        "Kazakhstan's president said on Thursday he was confident that the new gas pipeline to China would be finished on schedule despite the rising cost of steel.",
        "013",
        "KAZ",
        None,
    ),
    (
        "In Dhaka, the interim government said it was weighing a ban on the former ruling party's political activities ahead of the February election.",
        "014",
        "BGD",
        None,
    ),
    (
        "The Islamic State group's West Africa branch claimed responsibility for the ambush that killed 12 Nigerien soldiers near the Malian border, according to a statement posted on Telegram.",
        "015",
        None,
        None,
    ),
    (
        "The Peruvian government acknowledged for the first time that police had used live ammunition against demonstrators in Juliaca, the ombudsman's office said in a report.",
        "015",
        "PER",
        None,
    ),
    (
        "Azerbaijan's defence ministry dismissed as groundless Armenian claims that its troops had fired on the village of Sotk overnight.",
        "016",
        "AZE",
        None,
    ),
    (
        "The junta in Niamey denied holding the ousted president incommunicado, saying he was receiving regular visits from his doctors and his family.",
        "016",
        "NER",
        None,
    ),
    (
        "Montenegro's prime minister laid a wreath on Sunday at the memorial to the victims of the Cetinje shooting and observed a minute of silence.",
        "017",
        "MNE",
        None,
    ),
    (
        "Qatar's emir sent a cable of condolences to the king of Morocco over the victims of the floods in the coastal city of Safi, the Qatar News Agency reported.",
        "018",
        "QAT",
        "MAR",
    ),
    (
        "The Indian prime minister expressed deep sorrow over the loss of life in the landslides in eastern Nepal and said India stood ready to help its neighbour.",
        "018",
        "IND",
        "NPL",
    ),
    (
        "Oman's foreign minister said his country shared Tehran's view that the talks on the nuclear programme should continue, according to a statement from his ministry.",
        "019",
        "OMN",
        "IRN",
    ),
    # --- 02 appeals ---
    (
        "The U.N. secretary-general urged the military government in Mali to free the detained opposition leaders and restore political freedoms, his spokesman said.",
        "0253",
        "IGO",
        "MLI",
    ),
    (
        "Fiji's prime minister appealed to Australia and New Zealand for help in rebuilding the schools destroyed by the cyclone, saying the cost was beyond the government's means.",
        "023",
        "FJI",
        "AUS",
    ),
    (
        "On Wednesday, the foreign ministers of Egypt, Jordan and Saudi Arabia called for an immediate halt to the fighting in Sudan and for talks between the army and the RSF.",
        "0256",
        "EGY",
        None,
    ),
    (
        "Bolivia's opposition called on the electoral tribunal to order a full recount of the presidential vote, saying the count in three departments had been rigged.",
        "020",
        "BOL",
        "BOL",
    ),
    (
        "Niger's junta has asked Turkey to supply more armed drones to help fight jihadists in the west of the country, according to a diplomatic source in Niamey.",
        "0232",
        "NER",
        "TUR",
    ),
    (
        "The International Committee of the Red Cross appealed to all sides for safe access to the besieged city, where it said civilians were running out of food and water.",
        "0255",
        "IGO",
        None,
    ),
    (
        "Armenia's prime minister urged Azerbaijan to sign the peace treaty the two sides initialled in August without further delay, saying 'the text is ready'.",
        "027",
        "ARM",
        "AZE",
    ),
    (
        "Kosovo's prime minister called on the European Union to lift the financial measures it imposed on Pristina in 2023, saying they punished ordinary people rather than politicians.",
        "0254",
        "XKX",
        "IGO",
    ),
    (
        "The African Union's commission chairman urged South Sudan's rival leaders to return to the negotiating table and avert a new civil war, the bloc said in a statement.",
        "026",
        "IGO",
        "SSD",
    ),
    (
        "The Sri Lankan president asked the International Monetary Fund to release emergency funds after the cyclone, his office said, as the death toll rose above 400.",
        "0231",
        "LKA",
        "IGO",
    ),
    (
        "Human rights groups urged Kyrgyz authorities to drop the charges against three journalists of an investigative outlet detained in Bishkek last month.",
        "0253",
        None,
        "KGZ",
    ),
    (
        "Papua New Guinea's prime minister asked Canberra to send police officers to help restore order in the capital after a second night of looting.",
        "0234",
        "PNG",
        "AUS",
    ),
    # --- 03 intents ---
    (
        "Japan will provide $50 million in emergency aid to the victims of the earthquake in Myanmar, the foreign ministry in Tokyo said on Saturday.",
        "0331",
        "JPN",
        "MMR",
    ),
    (
        "Saudi Arabia pledged to invest $15 billion in Pakistan's mining and energy sectors over five years during the crown prince's talks with the Pakistani prime minister.",
        "0311",
        "SAU",
        "PAK",
    ),
    (
        "The Malian junta said it was ready to hold talks with the armed groups in the north if they laid down their weapons, in a shift from its earlier stance.",
        "036",
        "MLI",
        None,
    ),
    (
        "Turkey offered to host a new round of talks between Russian and Ukrainian negotiators in Istanbul, the Turkish foreign minister told reporters.",
        "039",
        "TUR",
        None,
    ),
    (
        "Uzbekistan's president promised to free people jailed for their religious beliefs under an amnesty to mark the country's independence day.",
        "0353",
        "UZB",
        None,
    ),
    (
        "The Gulf Cooperation Council said it would back Kuwait's bid for a non-permanent seat on the U.N. Security Council.",
        "032",
        "IGO",
        "KWT",
    ),
    (
        "The Ecuadorian government said it would lift the state of emergency in three coastal provinces next week after a fall in killings.",
        "0351",
        "ECU",
        None,
    ),
    # --- 04 consultations and visits ---
    (
        "On Monday, the Indian external affairs minister arrived in Colombo for a two-day visit during which he will meet the Sri Lankan president and opposition leaders.",
        "042",
        "IND",
        "LKA",
    ),
    (
        "Pakistan's army chief held talks with Saudi Crown Prince Mohammed bin Salman in Riyadh on defence cooperation, the military's media wing said.",
        "046",
        "PAK",
        "SAU",
    ),
    (
        "The Kyrgyz and Tajik presidents spoke by phone on Friday about the demarcation of their shared border, the Kyrgyz presidential press service said.",
        "041",
        "KGZ",
        "TJK",
    ),
    (
        "Georgia's prime minister hosted his Azerbaijani counterpart at a dinner in Tbilisi on the eve of the opening of a new transit terminal on the Black Sea.",
        "043",
        "GEO",
        "AZE",
    ),
    (
        "Kuwait's emir received the visiting Iranian foreign minister at Bayan Palace, the state news agency KUNA reported.",
        "043",
        "KWT",
        "IRN",
    ),
    (
        "The foreign ministers of Armenia and Azerbaijan met on the sidelines of the OSCE ministerial meeting in Vienna, their first encounter since the summer.",
        "044",
        "ARM",
        "AZE",
    ),
    (
        "Qatari and Egyptian mediators shuttled between the Israeli and Hamas delegations in Doha on Tuesday in an effort to close the gaps over the second phase of the truce.",
        "045",
        "QAT",
        None,
    ),
    (
        "Negotiators from Colombia's government and a dissident faction of the FARC resumed talks in Caracas on Saturday, according to a joint statement.",
        "046",
        "COL",
        "COL",
    ),
    (
        "Burkina Faso's junta leader flew to Moscow on Wednesday on his second trip to Russia this year, the presidency in Ouagadougou said.",
        "042",
        "BFA",
        "RUS",
    ),
    (
        "Vanuatu's foreign minister met the Chinese ambassador in Port Vila to discuss funding for a new wharf on the island of Santo, the ministry said in a statement.",
        "040",
        "VUT",
        "CHN",
    ),
    (
        "Bahrain's king held talks with the visiting British foreign secretary on regional security and the war in Gaza, the Bahrain News Agency said.",
        "046",
        "BHR",
        "GBR",
    ),
    (
        "In a phone call with the Emirati president, the Turkish president discussed the situation in Gaza and ways to raise bilateral trade, Ankara's communications office said.",
        "041",
        "TUR",
        "ARE",
    ),
    (
        "A delegation of Taliban ministers visited Tashkent for talks on a railway that would link Uzbekistan to Pakistan's ports through Afghanistan.",
        "042",
        "AFG",
        "UZB",
    ),
    # --- 05 diplomatic cooperation ---
    (
        "The European Union welcomed the agreement between Belgrade and Pristina on the mutual recognition of vehicle plates, calling it a step toward normalisation.",
        "051",
        "IGO",
        None,
    ),
    (
        "Russia became the first country to formally recognise the Taliban government in Afghanistan, the foreign ministry in Moscow said on Thursday.",
        "054",
        "RUS",
        "AFG",
    ),
    (
        "Bangladesh and India signed an agreement on sharing the waters of the Teesta river at a ceremony in New Delhi attended by both prime ministers.",
        "057",
        "BGD",
        "IND",
    ),
    (
        "The new Nepalese prime minister apologised to the families of the young people shot dead by police during the protests and promised an independent inquiry.",
        "055",
        "NPL",
        None,
    ),
    (
        "The Solomon Islands prime minister praised Australia for its police support during the election, saying it had helped keep the vote peaceful.",
        "051",
        "SLB",
        "AUS",
    ),
    (
        "The Organisation of Islamic Cooperation backed Pakistan's call for an independent international investigation into the attack, the bloc's secretary-general said.",
        "051",
        "IGO",
        "PAK",
    ),
    (
        "Georgia's ruling party defended the foreign agents law on Monday, saying it was needed to make the funding of non-governmental groups transparent.",
        "052",
        "GEO",
        None,
    ),
    # --- 06 material cooperation, 07 aid ---
    (
        "Indian and Kazakh troops began a two-week joint counter-terrorism exercise in the northeastern state of Meghalaya on Monday, the Indian army said.",
        "062",
        "IND",
        "KAZ",
    ),
    (
        "The United Arab Emirates extradited a Dutch drug trafficker to the Netherlands on Friday, the Dutch justice ministry said.",
        "063",
        "ARE",
        "NLD",
    ),
    (
        "Ecuador's police chief said Colombian authorities had shared intelligence that led to the capture of a gang leader in Guayaquil.",
        "064",
        "COL",
        "ECU",
    ),
    (
        "Azerbaijan began supplying natural gas to Syria through Turkey on Saturday under a deal funded by Qatar, the Azerbaijani energy ministry said.",
        "061",
        "AZE",
        "SYR",
    ),
    (
        "Australia sent two Hercules aircraft carrying tents, water purification tablets and medical supplies to Vanuatu after the earthquake, the defence minister said.",
        "073",
        "AUS",
        "VUT",
    ),
    (
        "The World Bank approved a $500 million loan to Peru to rebuild roads and bridges washed away by floods in the north of the country.",
        "071",
        "IGO",
        "PER",
    ),
    (
        "Turkey delivered armoured vehicles and two drones to the Somali army at a ceremony in Mogadishu, the Turkish defence ministry said.",
        "072",
        "TUR",
        "SOM",
    ),
    (
        "Mexico granted asylum to the former Peruvian prime minister, who had taken refuge in its embassy in Lima, prompting Peru to break off diplomatic relations.",
        "075",
        "MEX",
        None,
    ),
    (
        "China donated 10,000 tonnes of rice to Sri Lanka to help families hit by the floods, the Chinese embassy in Colombo said.",
        "073",
        "CHN",
        "LKA",
    ),
    # --- 08 yielding ---
    (
        "The Azerbaijani authorities freed four Armenian detainees and handed them over at the border, the Armenian deputy prime minister said.",
        "0841",
        "AZE",
        "ARM",
    ),
    (
        "Niger's junta lifted the night-time curfew in the capital on Thursday, citing an improvement in security, according to a statement read on state television.",
        "0813",
        "NER",
        None,
    ),
    (
        "Bolivia's economy minister resigned on Tuesday after a week of protests and road blockades over fuel shortages, the presidency said.",
        "0831",
        "BOL",
        None,
    ),
    (
        "Thailand returned 18 Cambodian soldiers captured during the border fighting in July, the Thai army said, as both sides pledged to respect the truce.",
        "0841",
        "THA",
        "KHM",
    ),
    (
        "Sri Lanka's government lifted the state of emergency it declared after the cyclone, the president's media division said.",
        "0814",
        "LKA",
        None,
    ),
    (
        "Pakistani authorities freed a senior opposition leader from Adiala jail on Thursday after the Islamabad High Court granted him bail.",
        "0841",
        "PAK",
        None,
    ),
    (
        "The warring parties in South Sudan's Upper Nile state declared a week-long truce to let aid agencies reach people cut off by the fighting.",
        "0871",
        None,
        None,
    ),
    # --- 09 investigations ---
    (
        "Bangladesh's anti-corruption commission opened an investigation into the former prime minister's family over the allocation of plots in a new town near Dhaka.",
        "091",
        "BGD",
        None,
    ),
    (
        "The U.N. human rights office said it had launched an investigation into reports that soldiers and foreign fighters executed civilians in a village in central Mali.",
        "092",
        "IGO",
        None,
    ),
    (
        "Kazakh authorities are investigating the cause of the crash of an Azerbaijan Airlines plane near the city of Aktau, the government said.",
        "090",
        "KAZ",
        None,
    ),
    # --- 10 demands ---
    (
        "Pakistan demanded that the Taliban hand over the militants behind the attack on a military academy in Wana, the foreign office spokesman said.",
        "1013",
        "PAK",
        "AFG",
    ),
    (
        "The opposition in Serbia demanded the resignation of the government and early elections, as tens of thousands marched through the centre of Novi Sad.",
        "1041",
        "SRB",
        "SRB",
    ),
    (
        "Iran demanded the immediate release of the oil tanker seized by the U.S. Navy in the Gulf of Oman, calling the seizure 'an act of piracy'.",
        "1053",
        "IRN",
        "USA",
    ),
    (
        "ECOWAS gave the junta in Guinea-Bissau until the end of the month to restore constitutional order and set a date for elections.",
        "1044",
        "IGO",
        "GNB",
    ),
    (
        "The Kremlin insisted that Kyiv must withdraw its troops from the Donbas as a condition for any ceasefire, the presidential spokesman told reporters.",
        "1056",
        "RUS",
        "UKR",
    ),
    # --- 11 disapproval ---
    (
        "Pakistan accused India of backing the separatist militants who attacked a passenger train in Balochistan, a charge New Delhi rejected as baseless.",
        "112",
        "PAK",
        "IND",
    ),
    (
        "China sharply criticised the Philippines on Tuesday for sending a delegation of lawmakers to Taiwan, saying the visit violated Manila's commitments.",
        "111",
        "CHN",
        "PHL",
    ),
    (
        "In a statement, the Bolivian foreign ministry called the Peruvian president's remarks 'unacceptable interference' in the country's internal affairs.",
        "111",
        "BOL",
        "PER",
    ),
    (
        "Georgia's ruling party accused the European Parliament of meddling in the country's internal affairs after lawmakers in Strasbourg called for sanctions on its founder.",
        "112",
        "GEO",
        "IGO",
    ),
    (
        "The Serbian foreign ministry lodged a formal protest with Montenegro over the expulsion of the Serbian ambassador from Podgorica.",
        "114",
        "SRB",
        "MNE",
    ),
    (
        "Azerbaijan summoned the Russian ambassador in Baku on Friday to protest against the deaths of two Azerbaijani men in police custody in Yekaterinburg.",
        "114",
        "AZE",
        "RUS",
    ),
    (
        "Speaking at a rally in Bamako, the president lashed out at France, saying its former colonial power had 'never stopped plotting' against Mali.",
        "111",
        None,
        "FRA",
    ),
    (
        "Human Rights Watch accused Burkina Faso's army of killing at least 130 civilians in a single day in the north of the country, citing witnesses.",
        "1122",
        None,
        "BFA",
    ),
    (
        "Prosecutors in Almaty charged a former deputy prime minister with abuse of office over the sale of a state coal mine, the prosecutor general's office said.",
        "115",
        "KAZ",
        None,
    ),
    (
        "An Ecuadorian court found the state oil company liable for a spill in the Amazon and ordered it to pay damages to three indigenous communities.",
        "116",
        "ECU",
        None,
    ),
    (
        "The Taliban's chief spokesman denounced the U.S. drone strike in Kabul as a violation of Afghan sovereignty.",
        "111",
        "AFG",
        "USA",
    ),
    (
        "Armenia filed a case at the International Court of Justice accusing Azerbaijan of ethnic cleansing in Karabakh, the foreign ministry in Yerevan said.",
        "115",
        "ARM",
        "AZE",
    ),
    # --- 12 rejection ---
    (
        "Tehran rejected Washington's offer of direct talks on Sunday, saying it would negotiate only through Omani mediators.",
        "125",
        "IRN",
        "USA",
    ),
    (
        "Georgia's government rejected the European Union's call to repeal the foreign agents law, saying Brussels had no right to dictate its legislation.",
        "1232",
        "GEO",
        "IGO",
    ),
    (
        "The junta in Ouagadougou turned down an offer by the West African bloc to mediate between the government and the jihadist groups.",
        "126",
        "BFA",
        "IGO",
    ),
    (
        "Russia vetoed a Security Council resolution calling for a ceasefire in Sudan, drawing condemnation from Britain and the United States.",
        "129",
        "RUS",
        None,
    ),
    (
        "Azerbaijan refused to free the former Karabakh leaders held in Baku, saying they would stand trial for war crimes.",
        "1243",
        "AZE",
        None,
    ),
    # --- 13 threats ---
    (
        "The Taliban warned Pakistan of 'serious consequences' if its jets again violated Afghan airspace, a government spokesman wrote on X.",
        "130",
        "AFG",
        "PAK",
    ),
    (
        "The European Union threatened to impose sanctions on Georgian officials responsible for the crackdown on protesters, the bloc's foreign policy chief said.",
        "1312",
        "IGO",
        "GEO",
    ),
    (
        "Bolivia's main trade union federation threatened an indefinite general strike if the government went ahead with the removal of fuel subsidies.",
        "133",
        "BOL",
        None,
    ),
    (
        "Iran threatened to close the Strait of Hormuz if its oil exports were blocked, the commander of the Revolutionary Guards' navy said.",
        "1381",
        "IRN",
        None,
    ),
    (
        "Ecuador's president threatened to break off diplomatic relations with Mexico over the asylum granted to the former vice-president.",
        "1313",
        "ECU",
        "MEX",
    ),
    (
        "The president gave the rebels 48 hours to lay down their arms or face a full military offensive, in a televised address late on Sunday.",
        "138",
        None,
        None,
    ),
    # --- 14 protest ---
    (
        "Thousands of people marched through the streets of Tbilisi on Sunday for the 300th night in a row to demand new elections and the release of jailed protesters.",
        "141",
        "GEO",
        None,
    ),
    (
        "Teachers in Peru went on strike on Monday to demand higher wages, closing schools across the southern regions of Puno and Cusco.",
        "143",
        "PER",
        None,
    ),
    (
        "Protesters blocked the main highway linking La Paz to the city of Oruro with rocks and burning tyres, cutting off supplies to the capital.",
        "144",
        None,
        None,
    ),
    (
        "Demonstrators in Kathmandu set fire to the parliament building and the homes of several ministers as the protests turned violent.",
        "145",
        None,
        None,
    ),
    (
        "Three jailed Georgian opposition leaders began a hunger strike on Wednesday to protest against what they called politically motivated sentences.",
        "142",
        "GEO",
        None,
    ),
    # --- 15 force posture, 16 reduced relations ---
    (
        "Venezuela deployed 15,000 troops to its border with Colombia to fight armed groups, the defence minister said on state television.",
        "154",
        "VEN",
        None,
    ),
    (
        "Tajikistan's armed forces were put on high alert after clashes on the Afghan border, the state committee for national security said.",
        "152",
        "TJK",
        None,
    ),
    (
        "China held live-fire drills in the waters off Fujian province, days after Taiwan's president made a stopover in the United States.",
        "150",
        "CHN",
        None,
    ),
    (
        "Mali, Burkina Faso and Niger recalled their ambassadors from Algeria after the Algerian army shot down a Malian drone near the border.",
        "161",
        "MLI",
        "DZA",
    ),
    (
        "The United States imposed sanctions on a Kyrgyz bank accused of helping Russia evade restrictions on its trade, the Treasury Department said.",
        "163",
        "USA",
        "KGZ",
    ),
    (
        "Georgia's government suspended talks on joining the European Union until 2028, triggering protests in the capital.",
        "164",
        "GEO",
        "IGO",
    ),
    (
        "The junta ordered the French ambassador to leave the country within 48 hours, accusing him of ignoring an invitation to meet the foreign minister.",
        "161",
        None,
        "FRA",
    ),
    # --- 17 coercion ---
    (
        "Police in Islamabad arrested more than 200 supporters of the jailed former prime minister as they tried to march on parliament, a police official said.",
        "173",
        "PAK",
        None,
    ),
    (
        "Kyrgyz security services detained a prominent investigative journalist at her home in Bishkek on Tuesday, her lawyer said.",
        "173",
        "KGZ",
        None,
    ),
    (
        "A court in Baku sentenced a reporter of an independent news outlet to nine years in prison on smuggling charges his colleagues called fabricated.",
        "173",
        "AZE",
        None,
    ),
    (
        "Serbian police raided the offices of four non-governmental groups in Belgrade and Novi Sad and seized computers and documents, the groups said.",
        "1711",
        "SRB",
        None,
    ),
    (
        "Authorities in Dhaka imposed a curfew on the capital and deployed the army after clashes between students and police left six people dead.",
        "1723",
        "BGD",
        None,
    ),
    (
        "The Georgian parliament banned three opposition parties on Wednesday, accusing them of working for foreign interests.",
        "1722",
        "GEO",
        "GEO",
    ),
    (
        "Uzbekistan deported a Russian blogger who had criticised the government's handling of the energy crisis, the interior ministry said.",
        "174",
        "UZB",
        None,
    ),
    (
        "Riot police in Lima fired tear gas and rubber bullets at thousands of protesters marching toward Congress, injuring at least 20 people.",
        "175",
        "PER",
        None,
    ),
    (
        "The Taliban cut internet access across Afghanistan on Monday on the orders of their supreme leader, a monitoring group said.",
        "1721",
        "AFG",
        None,
    ),
    (
        "Israeli forces demolished 13 Palestinian homes in the occupied West Bank on Wednesday, saying they had been built without permits.",
        "1712",
        "ISR",
        None,
    ),
    # --- 18 assault ---
    (
        "Gunmen kidnapped 20 passengers from a bus on a highway in Pakistan's Balochistan province late on Friday, police said.",
        "181",
        None,
        None,
    ),
    (
        "A suicide bomber blew himself up outside a district court in Islamabad, killing 12 people, the interior minister said.",
        "1831",
        None,
        None,
    ),
    (
        "A car bomb exploded near a military checkpoint in the Syrian town of Manbij on Saturday, killing at least seven people, a war monitor said.",
        "1832",
        None,
        None,
    ),
    (
        "A roadside bomb struck a vehicle carrying soldiers in the Colombian province of Cauca, killing two, the army said, blaming dissident rebels.",
        "1833",
        None,
        "COL",
    ),
    (
        "Suspected jihadists killed 16 villagers in an attack on a market in western Niger, a local official said, the second such attack in a week.",
        "180",
        None,
        "NER",
    ),
    (
        "Gunmen shot dead a mayoral candidate in Ecuador's coastal province of Manabi, the third candidate killed since the campaign began.",
        "186",
        None,
        "ECU",
    ),
    (
        "Gunmen opened fire on the motorcade of the Chadian opposition leader on Monday, but he escaped unhurt, his party said.",
        "185",
        None,
        "TCD",
    ),
    # --- 19 fighting ---
    (
        "Thai and Cambodian troops exchanged fire along the disputed border for a second day on Friday, and both sides accused the other of starting the clash.",
        "190",
        "THA",
        "KHM",
    ),
    (
        "Russian drones struck an energy facility in Ukraine's Odesa region overnight, cutting power to thousands of homes, the regional governor said.",
        "195",
        "RUS",
        "UKR",
    ),
    (
        "Pakistani jets bombed suspected militant hideouts in Afghanistan's Paktika province, killing at least 40 people, Taliban officials said.",
        "195",
        "PAK",
        "AFG",
    ),
    (
        "The Sudanese army shelled RSF positions around the town of Babanusa on Sunday, according to residents and a military source.",
        "194",
        "SDN",
        None,
    ),
    (
        "Yemen's Houthis launched two drones at the Israeli port of Eilat, the group said, a day after Israeli jets struck the port of Hodeidah.",
        "195",
        "YEM",
        "ISR",
    ),
    (
        "M23 rebels captured the town of Uvira in eastern Congo after days of heavy fighting with the army and allied militias.",
        "192",
        None,
        "COD",
    ),
    (
        "Indian and Pakistani troops traded gunfire across the Line of Control overnight, the Indian army said, the first exchange since the truce in May.",
        "193",
        "IND",
        "PAK",
    ),
    (
        "Ukrainian forces repelled a Russian assault near Pokrovsk, the general staff said, adding that fighting continued in the outskirts of the town.",
        "190",
        "UKR",
        "RUS",
    ),
    (
        "The army imposed a blockade on the rebel-held town of Mogok, cutting off food and fuel supplies, residents told Reuters.",
        "191",
        None,
        None,
    ),
    # --- 20 mass violence ---
    (
        "Fighters of the RSF killed more than 400 civilians in a three-day rampage through the Zamzam displacement camp, the United Nations said.",
        "202",
        None,
        None,
    ),
    (
        "Gunmen massacred at least 50 villagers in Plateau state overnight, burning homes and shooting people as they fled, a local official said.",
        "202",
        None,
        "NGA",
    ),
    # --- headlines: present tense, no end stop ---
    ("Kremlin declines comment on report of talks with Kyiv", "011", "RUS", None),
    ("Taliban deny sheltering militants behind Pakistan attacks", "016", "AFG", None),
    ("Colombia urges ELN to free kidnapped soldiers", "0253", "COL", "COL"),
    (
        "UN chief calls for restraint as Thai, Cambodian troops clash",
        "0256",
        "IGO",
        None,
    ),
    ("Qatar pledges $100 million for Syria's power grid", "0331", "QAT", "SYR"),
    ("Iran says ready to resume nuclear talks with Europeans", "036", "IRN", None),
    ("Modi meets Putin on sidelines of SCO summit in Tianjin", "044", "IND", "RUS"),
    ("Aliyev arrives in Ashgabat on state visit", "042", "AZE", "TKM"),
    ("Erdogan, Pezeshkian discuss Gaza in phone call", "041", "TUR", "IRN"),
    ("Peru's president hosts Ecuador's Noboa in Lima", "043", "PER", "ECU"),
    ("Armenia, Azerbaijan sign peace deal in Washington", "057", "ARM", "AZE"),
    ("Kyrgyzstan frees jailed journalists under amnesty", "0841", "KGZ", None),
    (
        "Ecuador demands Mexico hand over fugitive ex-vice president",
        "1013",
        "ECU",
        "MEX",
    ),
    ("India slams Pakistan over Kashmir remarks at UN", "111", "IND", "PAK"),
    ("Kyiv accuses Moscow of shelling evacuation route", "1123", "UKR", "RUS"),
    ("China summons Japanese envoy over Taiwan remarks", "114", "CHN", "JPN"),
    ("Maduro rejects U.S. call to step down", "1231", "VEN", "USA"),
    ("Serbian students rally in Belgrade against corruption", "141", "SRB", None),
    ("Bangladesh garment workers strike over pay", "143", "BGD", None),
    ("Pakistan moves troops to Afghan border after clashes", "154", "PAK", None),
    ("Netherlands suspends aid to Rwanda over Congo conflict", "162", "NLD", "RWA"),
    ("Nepal imposes curfew in Kathmandu after deadly protests", "1723", "NPL", None),
    ("Serbian police detain students after clashes in Novi Sad", "173", "SRB", None),
    ("Gunmen abduct 25 schoolgirls in northwest Nigeria", "181", None, "NGA"),
    ("Suicide bomber kills 12 at mosque in northwest Pakistan", "1831", None, "PAK"),
    ("Israeli strikes hit Beirut's southern suburbs", "195", "ISR", "LBN"),
    ("Pakistan, Afghan forces clash at Chaman border crossing", "190", "PAK", "AFG"),
]

# Sentences that hold no political event: every one must stay silent.
NEAR_MISSES_R10: list[str] = [
    "Pakistan's openers attacked from the first over and put on 120 runs before the spinners came on in Rawalpindi.",
    "Red Star Belgrade battled back from two goals down to draw 2-2 with Partizan in the derby on Sunday.",
    "Morocco beat Senegal 2-1 in extra time to reach the final of the Africa Cup of Nations.",
    "The Georgian flanker was sent off in the 60th minute after a high tackle, and Portugal struck twice to win the match.",
    "The Kazakh miner struck a supply deal with a Chinese steelmaker worth $1.2 billion over ten years, the companies said.",
    "The Indian rupee hit a record low against the dollar on Tuesday as foreign investors pulled money out of local stocks.",
    "Oil prices jumped 4 percent on signs of tighter supply, before giving up some of the gains in late trade.",
    "Shares in the Qatari lender fell sharply after it reported a surprise loss on bad property loans.",
    "Cyclone Ditwah slammed into Sri Lanka's eastern coast, triggering floods and landslides that killed dozens of people.",
    "Floods swept through three districts of eastern Afghanistan overnight, destroying hundreds of homes, officials said.",
    "Armenians marched to the genocide memorial in Yerevan on Thursday to commemorate the victims of the 1915 massacres.",
    "Thousands of people gathered on the beaches of Aceh to mark the anniversary of the 2004 tsunami that killed 170,000 people in the province.",
    "A new museum in Belgrade opened an exhibition on the 1999 NATO bombing of the city, with photographs of the ruined buildings.",
    "The film about the siege of Leningrad won the top prize at the festival in Tashkent on Saturday.",
    "A bear attacked a hiker in the mountains above the Georgian town of Borjomi, leaving him with serious injuries.",
    "Swarms of locusts invaded farmland in Baluchistan, stripping crops of wheat and barley.",
    "The Uzbek airline launched direct flights between Tashkent and Jakarta, the first route linking the two countries.",
    "The central bank kept its key interest rate unchanged at 11 percent, in line with the forecasts of economists.",
    "The Serbian pop star cancelled the last three concerts of her tour after losing her voice.",
    "The coach of the Bolivian national team was sacked after a 6-0 defeat to Argentina in La Paz.",
    "The Chilean world champion knocked out his Colombian challenger in the fourth round to keep his title.",
    "Prices of onions soared in Dhaka markets after heavy rain damaged crops in the north.",
    "A truck carrying fuel crashed into a bus on the highway near Quetta, killing nine people, rescue officials said.",
    "Wildfires raged for a fifth day in the hills above the Turkish resort of Izmir, forcing the evacuation of several villages.",
    "The Fijian startup raised $20 million from investors in Singapore to expand its mobile payment service across the Pacific.",
    "The chess grandmaster from Uzbekistan defeated the world champion in the third round of the tournament in Doha.",
    "The striker fired a penalty into the top corner to put the Kuwaiti club ahead before the break.",
    "The Andean airline shed 300 jobs and withdrew from three routes, blaming the cost of fuel.",
]

# Negated, hypothetical or expected acts: (text, CAMEO root the act would have).
NOT_THE_ACT_R10: list[tuple[str, str]] = [
    (
        "Pakistan said it had not carried out any air strikes inside Afghanistan and accused the Taliban of spreading lies.",
        "19",
    ),
    (
        "The Kremlin said there were no plans for the Russian president to meet the Ukrainian leader this year.",
        "04",
    ),
    (
        "Kyrgyzstan and Tajikistan are expected to sign a final border agreement when their presidents meet next month.",
        "05",
    ),
    (
        "If elected, the opposition candidate would release all political prisoners within a week, her campaign said.",
        "08",
    ),
    (
        "The European Union could impose sanctions on Georgian officials if the crackdown on protesters continues, diplomats said.",
        "16",
    ),
    (
        "The army denied it had detained the journalist, saying he had been questioned and allowed to go home.",
        "17",
    ),
    (
        "The Bolivian president did not attend the summit in Brasilia, sending his foreign minister instead.",
        "04",
    ),
    (
        "Police were unable to arrest the suspects, who fled across the border into Colombia before roadblocks were set up.",
        "17",
    ),
    (
        "Washington is considering sending more air defence systems to Kyiv, two U.S. officials said on condition of anonymity.",
        "07",
    ),
    (
        "The government dropped a plan to expel the Russian ambassador after the two sides agreed to talk.",
        "16",
    ),
    (
        "No one was arrested after the clashes between rival supporters in the centre of Skopje, police said.",
        "17",
    ),
    (
        "The authorities in Dhaka have yet to lift the curfew, and soldiers still guard the main roads.",
        "08",
    ),
    (
        "India refused to condemn Russia over the strike on the children's hospital, calling for dialogue instead.",
        "11",
    ),
    (
        "The main opposition party said it would not boycott the parliamentary election, despite its concerns about the voter rolls.",
        "14",
    ),
    (
        "Serbia has no intention of recognising Kosovo's independence, the Serbian president told the nation in a televised address.",
        "05",
    ),
    (
        "The rebels have not attacked any government positions since the truce took effect on Sunday, U.N. monitors said.",
        "19",
    ),
    (
        "Qatar has not agreed to host the talks, a Qatari official said, contradicting an earlier statement from Washington.",
        "04",
    ),
]

# Round 11 (helper-55): written and labelled before the coder ran on them, weighted to
# PRECISION: sentences as a scraper meets them in the BODY of real stories, not leads
# only. The cases are in the natural mix of world news codes (statements, appeals,
# intents, consultations and visits most; then disapproval, coercion and fighting), and
# a block of sentences whose right code is easy to confuse with a near one (an appeal vs
# a demand, an accusation vs a criticism, a threat vs a demand, a visit vs a hosted
# visit vs a meeting on third soil vs talks, an arrest vs an abduction, envoys expelled
# vs migrants deported, aid given vs pledged, a denial vs a rejection, a protest lodged
# vs a criticism). Codes checked against ../shared/reference/cameo-codes.csv and its
# usage notes, and kept consistent with the earlier rounds' notes: plain "said" is no
# event; a deadline "or face" a named measure is a threat of that measure; "will strike"
# is a threat (130's note: conflictual behaviour forecast in the future tense); a
# demand to withdraw troops is 1056; "held talks" is 046 and takes precedence over a
# meeting; an extradition is 063 with the country the person is sent to as target
# (063's note); a prison term handed down by a court is 173, not 116 (116's note);
# gunfire exchanged with no weapon named 193; a town captured 192; militants' attacks
# with no weapon named 180. The near misses are sentences of news stories that hold
# no codable event or only look like one: background history, analysis and opinion,
# statistics, descriptions of places and people, procedural notes, quotes of feelings,
# sports, culture, weather, obituaries, deals between companies, crime with no state
# actor, plans and speculation, and attack, strike, fight, battle, block, support and
# meet in their non-political senses. Untuned (code at f51cd21): silent 7, root 102,
# full 83, dyad 101 of 112; near misses silent 56/62; negated or hypothetical acts 23/24.
CASES_R11: list[Case] = [
    # --- 01 statements ---
    (
        "The Nigerian army declined to comment on reports that its air strike had killed civilians in the village, saying an inquiry was under way.",
        "011",
        "NGA",
        None,
    ),
    (
        "Indonesia's foreign minister said she was optimistic that the maritime boundary talks with Vietnam would be concluded before the end of the year.",
        "013",
        "IDN",
        None,
    ),
    (
        "The Ghanaian president is considering a proposal to cut the number of ministries from 60 to 30, his chief of staff told reporters.",
        "014",
        "GHA",
        None,
    ),
    (
        "Ecuador's interior minister admitted that prison guards had failed to stop the gang leader's escape from the Guayaquil jail.",
        "015",
        "ECU",
        None,
    ),
    (
        "In a statement on its Telegram channel, al-Shabaab claimed responsibility for the attack on the hotel in Mogadishu.",
        "015",
        None,
        None,
    ),
    (
        "The Turkish defence ministry rejected as baseless reports that its jets had struck a refugee camp in northern Iraq.",
        "016",
        "TUR",
        None,
    ),
    (
        "Thailand's government denied on Friday that it had forced the Uyghur men onto the flight to China against their will.",
        "016",
        "THA",
        None,
    ),
    (
        "The New Zealand prime minister offered his condolences to the families of the miners killed in the blast.",
        "018",
        "NZL",
        None,
    ),
    # --- 02 appeals ---
    (
        "The U.N. secretary-general appealed to the warring parties in Sudan to let aid convoys reach El Fasher.",
        "0255",
        None,
        "SDN",
    ),
    (
        "The African Union called on Ethiopia and Eritrea to exercise restraint and pull their troops back from the border.",
        "0256",
        None,
        "ETH",
    ),
    (
        "Lebanon's prime minister asked the World Bank for $250 million to rebuild the villages destroyed in the south.",
        "0231",
        "LBN",
        None,
    ),
    (
        "Rights groups urged the Egyptian authorities to release the blogger, who has been held without trial for two years.",
        "0253",
        None,
        "EGY",
    ),
    (
        "The Malian junta asked Russia for more military instructors and attack helicopters, according to a government statement.",
        "0232",
        "MLI",
        "RUS",
    ),
    (
        "The Sri Lankan president appealed for international help after the floods displaced 200,000 people.",
        "0233",
        "LKA",
        None,
    ),
    (
        "Qatar urged Israel and Hamas to return to the negotiating table in Doha.",
        "026",
        "QAT",
        "ISR",
    ),
    (
        "The Philippine foreign ministry urged China to settle the dispute over the shoal peacefully and in line with international law.",
        "027",
        "PHL",
        "CHN",
    ),
    # --- 03 intents ---
    (
        "Japan pledged $500 million in loans to help the Philippines build a railway north of Manila.",
        "0331",
        "JPN",
        "PHL",
    ),
    (
        "Kenya said it was ready to send another 1,000 police officers to Haiti if the mission's mandate was extended.",
        "0334",
        "KEN",
        "HTI",
    ),
    (
        "The Ethiopian government said it was willing to hold talks with the Fano militia without preconditions.",
        "036",
        "ETH",
        None,
    ),
    (
        "Indonesia offered to host the next round of talks between the Myanmar junta and the ethnic armed groups.",
        "039",
        "IDN",
        "MMR",
    ),
    (
        "The Colombian government promised to free 30 jailed guerrillas as a goodwill gesture before the next round of talks.",
        "0353",
        "COL",
        None,
    ),
    # --- 04 consultations ---
    (
        "The Turkish foreign minister spoke by phone with his Egyptian counterpart about the situation in Gaza.",
        "041",
        "TUR",
        "EGY",
    ),
    (
        "India's prime minister arrived in Colombo on Friday on a two-day visit, his first since the island's election.",
        "042",
        "IND",
        "LKA",
    ),
    (
        "The emir of Kuwait received the visiting president of Uzbekistan at Bayan Palace.",
        "043",
        "KWT",
        "UZB",
    ),
    (
        "The Azerbaijani and Armenian leaders met on the sidelines of the European summit in Copenhagen.",
        "044",
        "AZE",
        "ARM",
    ),
    (
        "Negotiators for Sudan's army and the Rapid Support Forces held indirect talks in Jeddah for a second week.",
        "046",
        "SDN",
        None,
    ),
    (
        "Egyptian and Qatari mediators shuttled between the Israeli and Hamas delegations in Cairo on Tuesday.",
        "045",
        "EGY",
        None,
    ),
    # --- 05 diplomatic cooperation ---
    (
        "The Gulf Cooperation Council welcomed the agreement between Beirut and Damascus to demarcate their border.",
        "051",
        None,
        None,
    ),
    (
        "Colombia's foreign minister defended the decision to restore relations with Caracas, saying it had eased the flow of migrants.",
        "052",
        "COL",
        None,
    ),
    (
        "Tuvalu and Australia signed a treaty on Thursday that lets Tuvaluans settle in Australia.",
        "057",
        "TUV",
        "AUS",
    ),
    (
        "The Japanese prime minister apologised to South Korea for the suffering caused by forced labour during the war.",
        "055",
        "JPN",
        "KOR",
    ),
    (
        "Slovenia formally recognised the State of Palestine on Tuesday.",
        "054",
        "SVN",
        "PSE",
    ),
    # --- 06 material cooperation, 07 aid ---
    (
        "Thai and Cambodian troops conducted joint patrols along the border for the first time since the clashes.",
        "062",
        "THA",
        "KHM",
    ),
    (
        "Indonesia extradited a British citizen wanted for drug trafficking to the United Kingdom.",
        "063",
        "IDN",
        "GBR",
    ),
    (
        "The United Arab Emirates sent 40 tonnes of food and medicine to flood victims in Pakistan.",
        "073",
        "ARE",
        "PAK",
    ),
    (
        "Germany delivered a second Patriot air defence system to Ukraine, the defence ministry in Berlin said.",
        "072",
        "DEU",
        "UKR",
    ),
    (
        "Brazil granted asylum to the former Peruvian prime minister, who had taken refuge in its embassy in Lima.",
        "075",
        "BRA",
        "PER",
    ),
    # --- 08 yield ---
    (
        "The junta lifted the curfew in the capital, Niamey, after a week of calm.",
        "0813",
        "NER",
        None,
    ),
    (
        "Belarus freed 14 political prisoners, including a journalist, after a visit by a U.S. envoy.",
        "0841",
        "BLR",
        None,
    ),
    (
        "The Congolese army and the M23 rebels declared a truce to allow aid into Goma.",
        "0871",
        "COD",
        None,
    ),
    (
        "The interim government in Bangladesh lifted the ban on the Jamaat-e-Islami party.",
        "0812",
        "BGD",
        None,
    ),
    # --- 09 investigate ---
    (
        "Prosecutors in Seoul opened an investigation into the former defence minister over the martial law decree.",
        "091",
        "KOR",
        "KOR",
    ),
    (
        "The U.N. Human Rights Council set up an inquiry into the killings of protesters in Iran.",
        "092",
        None,
        "IRN",
    ),
    # --- 10 demands ---
    (
        "Protesters in Nairobi demanded the resignation of the police chief after the death of a blogger in custody.",
        "1041",
        "KEN",
        "KEN",
    ),
    (
        "Iraq demanded that Turkey withdraw its troops from the north of the country.",
        "1056",
        "IRQ",
        "TUR",
    ),
    (
        "Hamas demanded the release of 1,000 Palestinian prisoners in exchange for the remaining hostages.",
        "1053",
        None,
        None,
    ),
    # --- 11 disapproval ---
    (
        "The Chinese foreign ministry criticised the Philippines for 'provocative' patrols near the shoal.",
        "111",
        "CHN",
        "PHL",
    ),
    (
        "Kyiv accused Moscow of shelling a train station during the evacuation of civilians.",
        "1123",
        "UKR",
        "RUS",
    ),
    (
        "The opposition accused the ruling party of buying votes in the run-off.",
        "1121",
        None,
        None,
    ),
    (
        "Beijing lodged a formal protest with Tokyo over the prime minister's remarks on Taiwan.",
        "114",
        "CHN",
        "JPN",
    ),
    (
        "Amnesty International accused Sri Lankan police of torturing detainees.",
        "1122",
        None,
        "LKA",
    ),
    (
        "Families of the victims filed a lawsuit against the Nigerian army at the regional court in Abuja.",
        "115",
        None,
        "NGA",
    ),
    # --- 12 rejections ---
    (
        "Hungary vetoed the European Union's statement on the Israeli strikes, diplomats said.",
        "129",
        "HUN",
        None,
    ),
    (
        "The Venezuelan government rejected the mediation offer from Brazil and Colombia.",
        "126",
        "VEN",
        None,
    ),
    (
        "The Houthis rejected the U.N. plan for a prisoner swap, calling it one-sided.",
        "127",
        "YEM",
        None,
    ),
    (
        "Azerbaijan refused to release the Armenian prisoners held since the 2023 offensive.",
        "1243",
        "AZE",
        None,
    ),
    # --- 13 threats ---
    (
        "Washington threatened to impose sanctions on Serbian officials who obstruct the investigation.",
        "1312",
        "USA",
        "SRB",
    ),
    (
        "The North Korean leader warned that his army would strike South Korea 'without hesitation' if provoked.",
        "138",
        "PRK",
        "KOR",
    ),
    (
        "Truck drivers threatened to block the main highways into Lima if the fuel tax was not withdrawn.",
        "133",
        None,
        None,
    ),
    (
        "Niger's junta threatened to cut ties with Benin over the closure of the border.",
        "1313",
        "NER",
        "BEN",
    ),
    # --- 14 protests ---
    (
        "Thousands of teachers marched through Buenos Aires to protest against cuts to university funding.",
        "1412",
        None,
        None,
    ),
    (
        "Doctors in Kenya's public hospitals went on strike over unpaid wages.",
        "143",
        "KEN",
        None,
    ),
    (
        "Farmers blocked the main roads into Brussels with tractors to protest against the trade deal with South America.",
        "1442",
        None,
        None,
    ),
    (
        "Protesters set fire to the parliament building in Kathmandu and clashed with police.",
        "145",
        "NPL",
        None,
    ),
    # --- 15 force posture ---
    (
        "Taiwan put its armed forces on high alert after China sent 40 warships around the island.",
        "152",
        "TWN",
        None,
    ),
    (
        "Poland deployed 10,000 additional troops to its border with Belarus.",
        "154",
        "POL",
        None,
    ),
    # --- 16 reduced relations ---
    (
        "Mali expelled the French ambassador and gave him 72 hours to leave the country.",
        "161",
        "MLI",
        "FRA",
    ),
    (
        "The Netherlands suspended development aid to Rwanda over its support for the M23 rebels.",
        "1621",
        "NLD",
        "RWA",
    ),
    (
        "The European Union imposed sanctions on 12 Iranian officials over the crackdown on protesters.",
        "163",
        None,
        "IRN",
    ),
    # --- 17 coercion ---
    (
        "Police in Istanbul detained 45 people, among them two journalists, after the protests.",
        "173",
        "TUR",
        None,
    ),
    (
        "The Tajik authorities deported 300 Afghan refugees across the border.",
        "174",
        "TJK",
        "AFG",
    ),
    (
        "Riot police fired tear gas and rubber bullets to disperse the crowd outside the electoral commission in Maputo.",
        "175",
        "MOZ",
        None,
    ),
    (
        "The military government in Guinea suspended two opposition parties for 90 days.",
        "1722",
        "GIN",
        "GIN",
    ),
    (
        "The authorities imposed a night curfew in the town of Jos after clashes between herders and farmers.",
        "1723",
        None,
        None,
    ),
    (
        "Israeli forces demolished the homes of two Palestinian attackers in Jenin.",
        "1712",
        "ISR",
        "PSE",
    ),
    # --- 18 assault ---
    (
        "Gunmen kidnapped a Catholic priest from his parish in Enugu state on Sunday.",
        "181",
        None,
        None,
    ),
    (
        "A car bomb exploded outside a police station in Quetta, killing seven officers.",
        "1832",
        None,
        "PAK",
    ),
    (
        "A suicide bomber blew himself up at a checkpoint near Mogadishu's airport, killing four soldiers.",
        "1831",
        None,
        "SOM",
    ),
    (
        "Suspected jihadists attacked a gendarmerie post in eastern Burkina Faso overnight, killing 12 gendarmes.",
        "180",
        None,
        "BFA",
    ),
    # --- 19 fighting, 20 mass violence ---
    (
        "Israeli warplanes struck targets in southern Lebanon overnight, the army said.",
        "195",
        "ISR",
        "LBN",
    ),
    (
        "Russian forces shelled the city of Kherson for a third day, killing two civilians.",
        "194",
        "RUS",
        "UKR",
    ),
    (
        "Indian and Pakistani troops exchanged fire along the Line of Control in Kashmir overnight.",
        "193",
        "IND",
        "PAK",
    ),
    (
        "The Sudanese army recaptured the town of Bara from the Rapid Support Forces.",
        "192",
        "SDN",
        None,
    ),
    (
        "RSF fighters laid siege to the city of El Obeid, cutting the main road to Khartoum.",
        "191",
        None,
        None,
    ),
    (
        "Militiamen massacred more than 40 villagers, most of them women and children, in Ituri province.",
        "202",
        None,
        None,
    ),
    # --- confusable: the right code next to a near one ---
    # an appeal vs a demand
    (
        "Kenya's foreign minister appealed to Ethiopia to release the Kenyan truck drivers held at the border.",
        "0253",
        "KEN",
        "ETH",
    ),
    (
        "Beijing demanded that Manila immediately release the Chinese fishermen arrested near the Spratly Islands.",
        "1053",
        "CHN",
        "PHL",
    ),
    # an accusation vs a criticism
    (
        "Pakistan's foreign office accused India of sponsoring the militants behind the attack in Balochistan.",
        "112",
        "PAK",
        "IND",
    ),
    (
        "Pakistan's foreign office condemned the Indian army chief's remarks as irresponsible and provocative.",
        "111",
        "PAK",
        "IND",
    ),
    (
        "The Malaysian prime minister criticised Western governments for their silence over Gaza.",
        "111",
        "MYS",
        None,
    ),
    # a threat vs a demand
    (
        "Turkey threatened to launch a new ground offensive against Kurdish fighters in northern Syria.",
        "1384",
        "TUR",
        None,
    ),
    (
        "Turkey demanded that Kurdish fighters leave the border town of Manbij within a week.",
        "1056",
        "TUR",
        None,
    ),
    (
        "The Israeli defence minister warned that Israel would strike Tehran if Iran attacked again.",
        "138",
        "ISR",
        "IRN",
    ),
    (
        "Unions gave the government until Friday to withdraw the pension reform or face a general strike.",
        "133",
        None,
        None,
    ),
    (
        "Nigeria's labour unions demanded that the government reverse the rise in fuel prices.",
        "1042",
        "NGA",
        "NGA",
    ),
    # a visit vs a hosted visit vs a meeting on third soil vs talks
    (
        "The Chinese foreign minister arrived in Islamabad on Thursday for a three-day visit.",
        "042",
        "CHN",
        "PAK",
    ),
    (
        "The Saudi crown prince received the Syrian president in Riyadh on Wednesday.",
        "043",
        "SAU",
        "SYR",
    ),
    (
        "The Indian and Chinese foreign ministers met in Kazan on the sidelines of the BRICS summit.",
        "044",
        "IND",
        "CHN",
    ),
    (
        "The Kazakh president held talks with his Uzbek counterpart in Astana on water sharing.",
        "046",
        "KAZ",
        "UZB",
    ),
    # an arrest vs an abduction
    (
        "Pakistani police arrested a journalist in Lahore over a post criticising the army chief.",
        "173",
        "PAK",
        None,
    ),
    (
        "Armed men abducted a journalist in Lahore and released him two days later.",
        "181",
        None,
        None,
    ),
    (
        "Burundian intelligence agents detained an opposition activist at his home in Bujumbura.",
        "173",
        "BDI",
        None,
    ),
    (
        "Unknown men in plain clothes seized an opposition activist from his home in Bujumbura and drove him away.",
        "181",
        None,
        None,
    ),
    # envoys expelled vs migrants deported
    (
        "Algeria expelled 12 French embassy staff, giving them 48 hours to leave.",
        "161",
        "DZA",
        "FRA",
    ),
    (
        "Algeria deported 300 migrants from Niger across the desert border.",
        "174",
        "DZA",
        None,
    ),
    # aid given vs aid pledged
    (
        "The World Bank approved a $300 million loan to Ghana for energy projects.",
        "071",
        None,
        "GHA",
    ),
    (
        "Britain pledged 50 million pounds in humanitarian aid for Sudan.",
        "0333",
        "GBR",
        "SDN",
    ),
    # a denial vs a rejection
    (
        "Moscow denied that its drones had entered Polish airspace.",
        "016",
        "RUS",
        None,
    ),
    (
        "Russia rejected the proposal to hold the talks in Istanbul.",
        "125",
        "RUS",
        None,
    ),
    # a protest lodged vs a criticism, an appeal vs a statement, an inquiry vs an accusation
    (
        "India summoned the Bangladeshi envoy in New Delhi to protest against attacks on Hindus.",
        "114",
        "IND",
        "BGD",
    ),
    (
        "The Irish prime minister called for the ceasefire in Gaza to be respected by both sides.",
        "0256",
        "IRL",
        None,
    ),
    (
        "Kenya's police watchdog opened an inquiry into the death of a blogger in police custody.",
        "092",
        "KEN",
        None,
    ),
]

# Sentences that hold no political event: every one must stay silent.
NEAR_MISSES_R11: list[str] = [
    # background history
    "The two countries fought a brief border war in 1995 over the Cordillera del Condor region.",
    "Sudan has been at war since April 2023, when fighting broke out between the army and the paramilitary Rapid Support Forces.",
    "The Khmer Rouge killed an estimated 1.7 million people between 1975 and 1979.",
    "Iraq invaded Kuwait in August 1990, triggering a U.S.-led war to drive its troops out.",
    "The region has been under military rule since the 2021 coup.",
    # analysis and opinion
    "Analysts say the move could strain ties between Ankara and Washington.",
    "Diplomats say the talks are unlikely to produce a breakthrough before the election.",
    "Critics say the law is modelled on Russia's legislation on foreign agents.",
    "Some economists warn that the new tariffs could push the country into recession.",
    "The decision is likely to anger hardliners in the ruling coalition, who have long opposed any deal with the rebels.",
    # statistics and the economy
    "Inflation in Turkey slowed to 33 percent in November from 35 percent a month earlier, the statistics office said.",
    "The conflict has displaced more than 12 million people, according to the International Organization for Migration.",
    "Exports to China rose 8 percent in the first half of the year, customs data showed.",
    "The country's foreign reserves fell to $4.2 billion, enough to cover less than a month of imports.",
    "The Bank of Japan raised its benchmark interest rate to 0.75 percent.",
    # places and people
    "Goma, a city of about two million people, lies on the northern shore of Lake Kivu near the border with Rwanda.",
    "The 72-year-old former general has led the country since 2019 and rarely gives interviews.",
    "The islets, which are claimed by both Japan and South Korea, have no permanent population apart from a few police officers.",
    "The Strait of Hormuz, through which a fifth of the world's oil passes, is less than 40 km wide at its narrowest point.",
    # procedural notes
    "The vote is scheduled for March, and the results are expected within a week.",
    "Parliament will resume its session on Monday after a two-week recess.",
    "The court adjourned the hearing until January 14.",
    "The summit is due to open on Thursday in the Uzbek city of Samarkand.",
    # quotes of feelings
    '"We are afraid to go back to our homes," said a woman who fled the fighting in Tawila.',
    '"I have lost everything," said Ahmed, a 45-year-old fisherman whose boat was destroyed by the storm.',
    '"It was the worst night of my life," the student told reporters outside the hospital.',
    # sports
    "Argentina beat Brazil 3-1 in Buenos Aires to qualify for the World Cup.",
    "The Nigerian sprinter won gold in the 100 metres at the African Games in Accra.",
    "The Indian captain led the attack brilliantly, taking five wickets for 32 runs.",
    "Iran's wrestlers dominated the tournament in Tehran, winning six of the ten gold medals.",
    "The Moroccan club fought back from a goal down to beat Al Ahly 2-1 in the final.",
    # culture
    "The Palestinian director's film about life under occupation won the Golden Bear in Berlin.",
    "The Kenyan author's novel about the Mau Mau uprising has been translated into 30 languages.",
    "The festival, which celebrates the end of the rice harvest, drew thousands of visitors to the northern province.",
    # weather and disasters
    "Heavy monsoon rains flooded large parts of Karachi on Tuesday, leaving streets under water.",
    "An earthquake of magnitude 6.3 struck western Afghanistan on Saturday, flattening villages near Herat.",
    "Temperatures reached 48 degrees Celsius in parts of Pakistan's Sindh province, the meteorological department said.",
    "Storms cut power to 200,000 homes in Queensland, the utility said.",
    # obituaries
    "The former Kenyan president died in a hospital in Nairobi at the age of 86, his family said.",
    "Born in a village near Mandalay in 1945, she studied law in Rangoon before joining the independence movement.",
    # deals between companies
    "The Indian conglomerate agreed to buy a majority stake in the Brazilian steelmaker for $2.3 billion.",
    "The two carmakers signed a deal to build electric batteries together in Hungary.",
    "The Saudi oil giant cut its selling price for Asian buyers for the third month in a row.",
    "The mining company suspended operations at the copper mine after a landslide killed three workers.",
    # crime with no state actor
    "A man was stabbed to death during a robbery at a market in Johannesburg, local media reported.",
    "Thieves stole jewellery worth 1 million euros from a shop in central Milan.",
    "The bank lost $81 million to a ring of fraudsters who hacked its payment system.",
    # plans and speculation
    "The airline plans to add 20 aircraft to its fleet by 2027.",
    "The census, the first since 2011, will be carried out next year.",
    "The ruling could open the door to billions of dollars in compensation claims.",
    "The sanctions may hurt ordinary Iranians more than the government, economists say.",
    "Oil prices could rise sharply if shipping through the Red Sea is disrupted again.",
    # attack, strike, fight, battle, block, support, meet in other senses
    "Doctors are fighting to save the life of the boy, who was pulled from the rubble after 30 hours.",
    "Lightning struck a school in western Uganda, killing two pupils.",
    "The virus attacks the immune system, leaving patients open to other infections.",
    "Farmers in the Horn of Africa are battling locusts and drought.",
    "A landslide blocked the highway between Kathmandu and Pokhara for six hours.",
    "The new bridge will support trucks of up to 40 tonnes.",
    "The hikers met their guide at the foot of the mountain at dawn.",
    "Local businesses support the festival with donations of food and drink.",
    "The airline's shares came under attack from short sellers after the crash.",
    "Hundreds of fans blocked the streets around the stadium to celebrate the title.",
]

# Negated, hypothetical or expected acts: (text, CAMEO root the act would have).
NOT_THE_ACT_R11: list[tuple[str, str]] = [
    (
        "The army said it had not shelled the town and blamed the rebels for the explosion.",
        "19",
    ),
    (
        "The foreign minister said Turkey had no plans to close its embassy in Damascus.",
        "16",
    ),
    ("Police did not detain anyone after the protest, which ended peacefully.", "17"),
    (
        "If the talks fail, the rebels could resume attacks on the oil fields, analysts said.",
        "18",
    ),
    (
        "The president did not meet the opposition leader, despite reports that a meeting had been arranged.",
        "04",
    ),
    (
        "Japan has not decided whether to send warships to the Red Sea, the defence minister said.",
        "15",
    ),
    ("The government denied that it had imposed a curfew in the northern towns.", "17"),
    ("Neither side has claimed responsibility for the blast.", "01"),
    ("Israel has not confirmed that its aircraft carried out the strike.", "19"),
    ("The court rejected a request to release the journalist on bail.", "08"),
    (
        "Brazil will not expel the Venezuelan diplomats, the foreign minister said.",
        "16",
    ),
    (
        "Canada is unlikely to impose new sanctions on China before the summit, officials said.",
        "16",
    ),
    (
        "The two leaders could meet in Geneva next month if the preparatory talks go well, diplomats said.",
        "04",
    ),
    (
        "The United States has yet to deliver the military aid it promised to Kyiv.",
        "07",
    ),
    (
        "Had the police not intervened, the mob would have stormed the parliament, witnesses said.",
        "14",
    ),
    (
        "The rebels did not abduct the aid workers, the group said, blaming bandits for the kidnapping.",
        "18",
    ),
    ("No country has recognised the breakaway region's independence.", "05"),
    (
        "The opposition said it would not take part in any talks until the detained leaders were freed.",
        "04",
    ),
    (
        "Egypt has refused to open the Rafah crossing to aid trucks, Palestinian officials said.",
        "08",
    ),
    (
        "Reports that Moscow had deployed troops to the border with Lithuania were false, the Kremlin said.",
        "15",
    ),
    (
        "The ministry said no arrests had been made in connection with the murder of the journalist.",
        "17",
    ),
    ("The prime minister said he would not resign over the scandal.", "08"),
    (
        "Kenya's president did not travel to the summit in Addis Ababa because of the floods at home.",
        "04",
    ),
    (
        "Washington has not yet decided whether to lift the sanctions on Syria's central bank, a State Department official said.",
        "08",
    ),
]

# Round 12 (helper-58): written and labelled before the coder ran on them, weighted to
# RECALL of everyday wire verbs and phrasal verbs as a scraper meets them in the BODY of
# real stories: legal and administrative acts (licences revoked, bans lifted, suits
# filed, rulings appealed), aid, sanctions eased, ties restored or cut, deals dropped,
# ultimatums, military moves; in the natural mix of world news codes, with a block of
# sentences whose right code is easy to confuse with a near one (a statement vs an
# appeal, an accusation vs a criticism, a threat vs a demand, a visit vs a meeting, an
# arrest vs an abduction). Codes checked against ../shared/reference/cameo-codes.csv
# and kept consistent with the earlier rounds' notes (plain "said" is no event; a
# licence or registration revoked is 172; a ban or suspension lifted 081; a lawsuit
# 115; a court's verdict 116, a prison term 173; ties restored 050, first ties 054;
# envoys expelled or recalled 161, other people deported 174; gunfire exchanged with no
# weapon named 193). Untuned figures: see measure_wire5 (recorded in the report).
CASES_R12: list[Case] = [
    # --- 01 statements ---
    (
        "A spokesman for the Chilean foreign ministry declined to say whether the ambassador would return to Lima before the summit.",
        "011",
        "CHL",
        None,
    ),
    (
        "Kenya's finance minister said he was pessimistic that the IMF would release the next tranche of the loan this year.",
        "012",
        "KEN",
        None,
    ),
    (
        "The Polish government is weighing whether to extend the state of emergency along the border with Belarus, a deputy minister said.",
        "014",
        "POL",
        None,
    ),
    (
        "The Colombian army acknowledged that its soldiers had fired on a car at a checkpoint in Cauca, killing a farmer.",
        "015",
        "COL",
        None,
    ),
    (
        "The Houthis took responsibility for the drone strike on the Aramco depot in Jeddah.",
        "015",
        None,
        None,
    ),
    (
        "Beijing dismissed as groundless the report that Chinese hackers had broken into the Dutch defence ministry's network.",
        "016",
        "CHN",
        None,
    ),
    (
        "The Serbian president laid a wreath at the monument to the victims of the 1999 bombing.",
        "017",
        "SRB",
        None,
    ),
    (
        "The Japanese prime minister sent his condolences to Morocco after the earthquake killed more than 2,000 people.",
        "018",
        "JPN",
        "MAR",
    ),
    (
        "Ghana's opposition leader voiced agreement with the government's plan to restructure the cocoa board's debt.",
        "019",
        "GHA",
        "GHA",
    ),
    # --- 02 appeals ---
    (
        "The Somali president urged Gulf states to invest in the country's ports and fisheries.",
        "0211",
        "SOM",
        None,
    ),
    (
        "Lebanon asked Interpol to issue a red notice for the former central bank governor.",
        "0213",
        "LBN",
        None,
    ),
    (
        "The Palestinian Authority called on European governments to recognise a Palestinian state.",
        "022",
        "PSE",
        None,
    ),
    (
        "Malawi's president appealed to donors for emergency food aid after the cyclone destroyed crops across the south.",
        "0233",
        "MWI",
        None,
    ),
    (
        "Opposition lawmakers in Georgia called on the prime minister to step down over the disputed election.",
        "0241",
        "GEO",
        "GEO",
    ),
    (
        "Human rights groups urged the Egyptian authorities to free the blogger, who has been held without trial since 2019.",
        "0253",
        None,
        "EGY",
    ),
    (
        "Iran called on Washington to lift the sanctions on its oil exports as a sign of good faith.",
        "0254",
        "IRN",
        "USA",
    ),
    (
        "The U.N. secretary-general appealed to both sides to hold their fire during the harvest.",
        "0256",
        "IGOUNO",
        None,
    ),
    (
        "The African Union urged the two generals to return to the negotiating table in Jeddah.",
        "026",
        "IGOAFU",
        None,
    ),
    (
        "Norway offered to mediate between the Colombian government and the ELN guerrillas.",
        "039",
        "NOR",
        None,
    ),
    # --- 03 intents ---
    (
        "Vietnam and South Korea pledged to deepen trade ties and raise two-way commerce to $150 billion by 2030.",
        "0311",
        "VNM",
        "KOR",
    ),
    (
        "The Philippine defence secretary said Manila would conduct joint patrols with Japan in the South China Sea.",
        "0312",
        "PHL",
        "JPN",
    ),
    (
        "The German government pledged 500 million euros to help rebuild Ukraine's power grid.",
        "0331",
        "DEU",
        "UKR",
    ),
    (
        "The Kenyan president said his government would repeal the tax increases that set off the protests.",
        "0342",
        "KEN",
        None,
    ),
    (
        "The junta said it would lift the nightly curfew in the capital from next week.",
        "0351",
        None,
        None,
    ),
    (
        "Azerbaijan said it was ready to free the 12 Armenian soldiers as part of a prisoner exchange.",
        "0353",
        "AZE",
        "ARM",
    ),
    (
        "The rebels said they were prepared to pull their fighters back from the front line if the army did the same.",
        "0356",
        None,
        None,
    ),
    (
        "The Venezuelan government said it was willing to resume talks with the opposition in Barbados.",
        "036",
        "VEN",
        "VEN",
    ),
    (
        "The Turkish president offered to host a peace conference between Moscow and Kyiv in Istanbul.",
        "039",
        "TUR",
        None,
    ),
    (
        "Pakistan said it stood ready to help Afghanistan after the floods.",
        "033",
        "PAK",
        "AFG",
    ),
    # --- 04 consultations and visits ---
    (
        "The Indian foreign minister spoke by phone with his Saudi counterpart about the safety of Indian workers in Sudan.",
        "041",
        "IND",
        "SAU",
    ),
    (
        "The Brazilian president arrived in Beijing on Tuesday for a three-day state visit.",
        "042",
        "BRA",
        "CHN",
    ),
    (
        "The Emir of Qatar received the Iranian foreign minister in Doha on Sunday.",
        "043",
        "QAT",
        "IRN",
    ),
    (
        "The foreign ministers of Armenia and Azerbaijan met in Almaty on Friday.",
        "044",
        "ARM",
        "AZE",
    ),
    (
        "Officials from Ethiopia and Egypt held a fresh round of negotiations on the Nile dam in Cairo.",
        "046",
        None,
        None,
    ),
    (
        "The Greek and Turkish foreign ministers conferred on the sidelines of the NATO meeting in Brussels.",
        "040",
        "GRC",
        "TUR",
    ),
    (
        "The Thai prime minister flew to Naypyidaw for talks with the military leader.",
        "042",
        "THA",
        "MMR",
    ),
    # --- 05 diplomatic cooperation ---
    (
        "The French president hailed Senegal's peaceful transfer of power as an example for the region.",
        "051",
        "FRA",
        "SEN",
    ),
    (
        "The Kremlin defended Belarus's decision to host Russian tactical nuclear weapons.",
        "052",
        "RUS",
        "BLR",
    ),
    (
        "Bhutan established diplomatic relations with Saudi Arabia on Monday.",
        "054",
        "BTN",
        "SAU",
    ),
    (
        "Saudi Arabia and Iran restored diplomatic ties and agreed to reopen their embassies within two months.",
        "050",
        "SAU",
        "IRN",
    ),
    (
        "The Dutch prime minister apologised on behalf of the state for the Netherlands' role in slavery.",
        "055",
        "NLD",
        None,
    ),
    (
        "Kosovo and Serbia signed an agreement on the mutual recognition of car number plates.",
        "057",
        "XKX",
        "SRB",
    ),
    (
        "Chile's foreign ministry renewed its support for Argentina's claim to the Falkland Islands.",
        "051",
        "CHL",
        "ARG",
    ),
    # --- 06 material cooperation ---
    (
        "Japan and the Philippines signed a reciprocal access pact allowing their troops to train in each other's territory.",
        "057",
        "JPN",
        "PHL",
    ),
    (
        "Nigeria and Morocco agreed to build a gas pipeline along the West African coast.",
        "0311",
        "NGA",
        "MAR",
    ),
    (
        "Indian and French warships held joint exercises in the Arabian Sea this week.",
        "062",
        "IND",
        "FRA",
    ),
    (
        "Colombia handed over a suspected cartel leader to the United States on Thursday.",
        "063",
        "COL",
        "USA",
    ),
    (
        "The Spanish police shared intelligence with Moroccan authorities that led to the arrest of three suspects.",
        "064",
        "ESP",
        "MAR",
    ),
    # --- 07 aid ---
    (
        "The World Bank approved a $700 million loan to Egypt to support its social safety net.",
        "071",
        "IGOWBK",
        "EGY",
    ),
    (
        "Washington announced another $400 million package of weapons for Ukraine, including artillery shells.",
        "072",
        "USA",
        "UKR",
    ),
    (
        "The Red Cross delivered medical supplies to the hospital in Goma.",
        "073",
        "NGOIRC",
        None,
    ),
    (
        "Kenya deployed 400 police officers to Haiti to lead the multinational security mission.",
        "074",
        "KEN",
        "HTI",
    ),
    (
        "Germany granted asylum to the Russian journalist who fled after the invasion.",
        "075",
        "DEU",
        "RUS",
    ),
    (
        "China sent 20 tonnes of relief supplies to flood-hit Libya.",
        "073",
        "CHN",
        "LBY",
    ),
    # --- 08 yield ---
    (
        "The government lifted the ban on the opposition party, allowing it to contest the March polls.",
        "0812",
        None,
        None,
    ),
    (
        "Authorities in Dhaka eased the curfew on Friday, allowing shops to open for six hours.",
        "0813",
        "BGD",
        None,
    ),
    (
        "The Sri Lankan president revoked the state of emergency he had declared in July.",
        "0814",
        "LKA",
        None,
    ),
    (
        "The Kuwaiti emir pardoned 35 political prisoners, including former lawmakers.",
        "0841",
        "KWT",
        None,
    ),
    ("The military handed back the seized farms to their owners.", "0842", None, None),
    (
        "Washington eased sanctions on Venezuela's oil sector after the deal on elections.",
        "085",
        "USA",
        "VEN",
    ),
    (
        "The Indonesian government allowed U.N. human rights investigators into Papua for the first time.",
        "0862",
        "IDN",
        "IGOUNO",
    ),
    (
        "Both sides declared a 72-hour truce to allow the wounded to be evacuated.",
        "0871",
        None,
        None,
    ),
    (
        "Israeli forces withdrew from the northern Gaza town after a two-week operation.",
        "0874",
        "ISR",
        None,
    ),
    (
        "The Nepalese prime minister resigned after days of deadly protests.",
        "0831",
        "NPL",
        None,
    ),
    (
        "The electoral commission reinstated the registration of the opposition party.",
        "081",
        None,
        None,
    ),
    # --- 09 investigations ---
    (
        "Brazil's federal police opened an investigation into the former president over the sale of jewels.",
        "091",
        "BRA",
        "BRA",
    ),
    (
        "The U.N. Human Rights Council set up an inquiry into the killings of protesters in Iran.",
        "092",
        "IGOUNO",
        "IRN",
    ),
    (
        "The International Criminal Court is investigating alleged war crimes in Darfur.",
        "094",
        "IGOICC",
        None,
    ),
    # --- 10 demands ---
    (
        "Kazakhstan's prosecutor general demanded that Britain extradite the businessman.",
        "1013",
        "KAZ",
        "GBR",
    ),
    (
        "The protesters demanded the resignation of the police chief.",
        "1041",
        None,
        None,
    ),
    (
        "The European Union demanded the immediate release of the opposition leader.",
        "1053",
        "IGOEU",
        None,
    ),
    (
        "Israel demanded that Hezbollah pull its fighters back behind the Litani River.",
        "1056",
        "ISR",
        "LBNREB",
    ),
    (
        "The unions insisted that the government reverse the pension reform.",
        "1042",
        None,
        None,
    ),
    # --- 11 disapproval ---
    (
        "The Ukrainian foreign ministry condemned the shelling of the Odesa port as a war crime.",
        "111",
        "UKR",
        None,
    ),
    (
        "Rights groups slammed the new law, saying it would silence critics.",
        "111",
        None,
        None,
    ),
    (
        "Azerbaijan accused Armenia of planting landmines in the Lachin corridor.",
        "1123",
        "AZE",
        "ARM",
    ),
    (
        "The Ethiopian government accused the TPLF of massacring civilians in Mai Kadra.",
        "1122",
        "ETH",
        None,
    ),
    (
        "Moscow lodged a formal protest with the Finnish ambassador over the seizure of the Russian tanker.",
        "114",
        "RUS",
        "FIN",
    ),
    (
        "The opposition filed a case against the election commission at the supreme court.",
        "115",
        None,
        None,
    ),
    (
        "A Paris court convicted the former president of illegal campaign financing.",
        "116",
        "FRA",
        "FRA",
    ),
    (
        "Hungary's prime minister called the EU's migration pact a betrayal of Europe.",
        "111",
        "HUN",
        "IGOEU",
    ),
    # --- 12 rejection ---
    (
        "Turkey rejected Sweden's request to extradite the Kurdish activists.",
        "1213",
        "TUR",
        "SWE",
    ),
    (
        "The president turned down calls for a referendum on the new constitution.",
        "1234",
        None,
        None,
    ),
    (
        "Israel refused to release the bodies of the militants killed in the raid.",
        "1243",
        "ISR",
        None,
    ),
    (
        "Moscow dismissed the offer of talks, saying Kyiv was not serious.",
        "125",
        "RUS",
        "UKR",
    ),
    (
        "The rebels rejected the peace plan drawn up by the regional bloc.",
        "127",
        None,
        None,
    ),
    ("Russia vetoed the Security Council resolution on Syria.", "129", "RUS", None),
    (
        "The government pulled out of the deal with the miners' union, saying it was unaffordable.",
        "120",
        None,
        None,
    ),
    (
        "The defiant mayor refused to comply with the court order to reopen the mosque.",
        "128",
        None,
        None,
    ),
    # --- 13 threats ---
    (
        "Beijing threatened to cut off trade with Lithuania if it let Taiwan open an office in Vilnius.",
        "1312",
        "CHN",
        "LTU",
    ),
    (
        "North Korea warned that it would respond with nuclear force to any attack on its territory.",
        "1385",
        "PRK",
        None,
    ),
    (
        "The militants gave the government 48 hours to release their commander or they would kill the hostages.",
        "139",
        None,
        None,
    ),
    (
        "Hamas threatened to pull out of the ceasefire talks if Israel pressed ahead with the Rafah offensive.",
        "134",
        None,
        "ISR",
    ),
    (
        "The interior minister warned that protesters who block roads would be arrested.",
        "137",
        None,
        None,
    ),
    # --- 14 protest ---
    (
        "Thousands of farmers gathered outside parliament to demand higher crop prices.",
        "141",
        None,
        None,
    ),
    (
        "Doctors in public hospitals walked off the job on Monday to protest unpaid wages.",
        "143",
        None,
        None,
    ),
    (
        "Truckers blocked the main border crossing with Poland for a third day.",
        "144",
        None,
        None,
    ),
    (
        "Rioters torched police stations and government offices in the northern town.",
        "145",
        None,
        None,
    ),
    ("The jailed activist has been on hunger strike for 40 days.", "142", None, None),
    # --- 15 force posture ---
    ("Police were put on high alert ahead of Friday's verdict.", "151", None, None),
    (
        "Taiwan put its forces on alert after Chinese warships moved into the strait.",
        "152",
        "TWN",
        None,
    ),
    (
        "Russia massed tanks and troops along the border with Ukraine.",
        "154",
        "RUS",
        "UKR",
    ),
    # --- 16 reducing relations ---
    (
        "Niger broke off diplomatic relations with Ukraine over its alleged role in Mali.",
        "161",
        "NER",
        "UKR",
    ),
    (
        "The Netherlands suspended military aid to Israel's air force over the war in Gaza.",
        "1622",
        "NLD",
        "ISR",
    ),
    (
        "The EU slapped sanctions on six Iranian officials over the drone transfers to Russia.",
        "163",
        "IGOEU",
        "IRN",
    ),
    (
        "The Malian junta ordered the French ambassador to leave the country within 72 hours.",
        "161",
        "MLI",
        "FRA",
    ),
    (
        "Burkina Faso suspended the French broadcasters after their coverage of the massacre.",
        "172",
        "BFA",
        None,
    ),
    (
        "The junta told the U.N. peacekeeping mission to leave the country without delay.",
        "1661",
        None,
        "IGOUNO",
    ),
    (
        "Britain recalled its ambassador from Moscow for consultations.",
        "161",
        "GBR",
        "RUS",
    ),
    # --- 17 coercion ---
    (
        "Customs officers impounded the tanker and its cargo of Iranian oil.",
        "1711",
        None,
        None,
    ),
    (
        "Israeli troops razed the homes of the attackers' families in the village.",
        "1712",
        "ISR",
        None,
    ),
    (
        "The regulator revoked the broadcasting licence of the country's largest private television channel.",
        "172",
        None,
        None,
    ),
    (
        "The authorities imposed a curfew on the city after the clashes.",
        "1723",
        None,
        None,
    ),
    (
        "Police picked up three opposition activists outside the courthouse on Tuesday.",
        "173",
        None,
        None,
    ),
    ("Thailand deported 40 Uyghurs to China on Thursday.", "174", "THA", None),
    (
        "Riot police fired tear gas to break up the sit-in outside the ministry.",
        "175",
        None,
        None,
    ),
    (
        "The court sentenced the journalist to seven years in prison for spreading false news.",
        "173",
        None,
        None,
    ),
    # --- 18 unconventional violence ---
    ("Gunmen kidnapped 20 students from a school in Kaduna state.", "181", None, None),
    (
        "Militiamen beat a journalist with iron bars outside his home.",
        "182",
        None,
        None,
    ),
    (
        "A car bomb exploded near a police station in Mogadishu, killing seven people.",
        "1832",
        None,
        None,
    ),
    ("A suicide bomber blew himself up at a mosque in Peshawar.", "1831", None, None),
    (
        "The governor was shot dead by unknown gunmen outside his home.",
        "185",
        None,
        None,
    ),
    # --- 19 fighting ---
    (
        "Israeli jets pounded targets in southern Lebanon overnight.",
        "195",
        "ISR",
        "LBN",
    ),
    (
        "Government troops recaptured the town from the rebels after days of fighting.",
        "192",
        None,
        None,
    ),
    ("The rebels shelled the outskirts of Khartoum.", "194", None, None),
    (
        "Ukrainian soldiers returned fire after Russian troops opened fire on their positions.",
        "193",
        "UKR",
        "RUS",
    ),
    (
        "The navy blockaded the port to stop weapons reaching the rebels.",
        "191",
        None,
        None,
    ),
    (
        "Troops clashed with militants near the border with Afghanistan.",
        "190",
        None,
        None,
    ),
    ("Armed men seized the islands in a dawn raid.", "192", None, None),
    # --- confusable codes ---
    (
        "The Pope called for a ceasefire in Sudan during his Sunday prayer.",
        "0256",
        "VAT",
        None,
    ),
    (
        "The Iraqi foreign minister said that the U.S. strikes were a violation of Iraq's sovereignty.",
        "111",
        "IRQ",
        "USA",
    ),
    (
        "The Iraqi foreign minister said Iraq would stay neutral in the conflict between its neighbours.",
        "010",
        "IRQ",
        None,
    ),
    (
        "The opposition accused the governor of stealing public funds.",
        "1121",
        None,
        None,
    ),
    (
        "The opposition criticised the governor's handling of the floods.",
        "111",
        None,
        None,
    ),
    (
        "The Turkish president threatened to launch a new ground operation in northern Syria.",
        "138",
        "TUR",
        "SYR",
    ),
    (
        "The Turkish president demanded that Washington stop arming Kurdish fighters in Syria.",
        "1012",
        "TUR",
        "USA",
    ),
    (
        "The Chinese premier visited Canberra, the first such visit in seven years.",
        "042",
        "CHN",
        "AUS",
    ),
    (
        "The Chinese premier met the Australian prime minister in Canberra.",
        "040",
        "CHN",
        "AUS",
    ),
    ("Police arrested two men suspected of the bombing.", "173", None, None),
    ("Masked men abducted two police officers from their homes.", "181", None, None),
    (
        "Ukraine's president asked Western allies for more air defence systems.",
        "0232",
        "UKR",
        None,
    ),
    (
        "Ukraine's president said Western allies had sent more air defence systems.",
        "072",
        None,
        "UKR",
    ),
    ("The army denied that it had bombed the market.", "016", None, None),
    ("The army rejected the demand to withdraw from the town.", "1246", None, None),
    ("The minister urged citizens to stay calm.", "020", None, None),
    (
        "The minister told reporters that the situation in the area was calm.",
        "010",
        None,
        None,
    ),
    ("Kenya pledged to send troops to Haiti.", "0334", "KEN", "HTI"),
    ("Germany expelled two Russian diplomats accused of spying.", "161", "DEU", "RUS"),
    (
        "Germany deported two Afghan nationals convicted of violent crimes.",
        "174",
        "DEU",
        "AFG",
    ),
    ("The president praised the army for its courage.", "051", None, None),
]

# Sentences that hold no political event: every one must stay silent.
NEAR_MISSES_R12: list[str] = [
    # background history
    "The two countries fought three wars over Kashmir after independence in 1947.",
    "The treaty was signed in 1920 and redrew the borders of the region.",
    "The dam was built by a Chinese firm and opened in 2012.",
    # analysis and opinion
    "Analysts say the sanctions could push the economy deeper into recession.",
    "Observers expect the talks to drag on for months.",
    "The move is seen as a bid to shore up support among rural voters.",
    # statistics and economy
    "Inflation rose to 9.4 percent in May, the highest level in two decades.",
    "The central bank kept its benchmark rate unchanged at 5.25 percent.",
    "Exports to China fell by 12 percent in the first quarter.",
    # descriptions of places and people
    "The town of about 40,000 people lies on the river delta, 60 kilometres from the coast.",
    "The 62-year-old former banker has led the party since 2015.",
    # procedural notes
    "The vote is scheduled for March and results are expected within a week.",
    "The hearing was adjourned until next Tuesday.",
    "The summit will be held in Nairobi in October.",
    # quotes of feelings
    '"We are exhausted and we just want to go home," said one woman at the camp.',
    '"I lost everything in one night," the fisherman said.',
    # sports
    "Morocco beat Portugal 1-0 to reach the World Cup semi-finals.",
    "The striker was sent off in the second half after a clash with the goalkeeper.",
    "The defending champion fought back to win the final set.",
    # culture, weather, obituaries
    "The festival attracts more than a million visitors every year.",
    "Heavy rain is expected to hit the coast over the weekend.",
    "The novelist, who won the Booker Prize in 1998, died on Sunday at the age of 81.",
    # business between companies
    "Shell agreed to buy the Singapore energy firm for $1.5 billion.",
    "The carmaker recalled 200,000 vehicles over a faulty airbag.",
    # crime with no state actor
    "The man stabbed his neighbour during an argument over a parking space.",
    # plans and speculation
    "The company plans to open three new factories in the region next year.",
    "Prices may rise further if the drought continues.",
    # non-political senses
    "The vaccine helps the body fight off the virus.",
    "The coach backed his players after the defeat.",
    "Heart attacks remain the leading cause of death in the country.",
    "Fans blocked the entrance to the stadium to catch a glimpse of the team.",
    "The band will meet fans at a record shop in Lagos on Saturday.",
    "A power cut struck the capital on Tuesday evening, leaving millions without electricity.",
]

# Negated, hypothetical or expected acts: (text, CAMEO root the act would have).
NOT_THE_ACT_R12: list[tuple[str, str]] = [
    (
        "The government has not lifted the ban on the opposition newspaper, despite promises to do so.",
        "08",
    ),
    ("Police said no arrests had been made in connection with the killing.", "17"),
    ("The minister denied that the army had shelled the village.", "19"),
    ("The prime minister will not travel to Beijing next week, his office said.", "04"),
    ("If the talks collapse, the rebels could resume fighting, a diplomat said.", "19"),
    ("The bank has yet to approve the loan to Zambia.", "07"),
    ("Washington is unlikely to impose new sanctions on Riyadh, officials said.", "16"),
    ("The two sides failed to sign the agreement at the end of the talks.", "05"),
    ("The president has never apologised for the massacre.", "05"),
    ("Neither side has declared a ceasefire.", "08"),
    (
        "Turkey did not expel the Swedish ambassador, despite calls from nationalists.",
        "16",
    ),
    ("The court did not convict the former minister, citing a lack of evidence.", "11"),
    ("No country has recognised the breakaway region.", "05"),
    ("The opposition has not called for protests.", "14"),
    (
        "The United States would not sell the jets to Ankara until it dropped its objection, officials said.",
        "06",
    ),
    (
        "Had the army not intervened, the militants would have seized the town, the governor said.",
        "19",
    ),
    ("The union has not decided whether to call a strike.", "14"),
    (
        "The ministry said the report that it would deport the journalists was false.",
        "17",
    ),
    ("The authorities have not yet charged the suspects.", "11"),
    ("Russia is expected to veto the resolution, diplomats said.", "12"),
    ("Nobody was kidnapped in the raid, police said.", "18"),
    (
        "The foreign minister said Cairo had no intention of cutting ties with Tehran.",
        "16",
    ),
]

# Round 13 (helper-61): written and labelled before the coder ran on them, weighted to
# RECALL of the language of the BODY of real stories, not the lead: second and third
# paragraphs, reactions, follow-up acts, the verbs of diplomacy (an envoy brought home,
# ordered out or called in, a note of protest, condemnation, welcome, backing,
# rejection), of law and administration (suspensions, licences revoked, bans, clemency,
# sentences, charges, confiscation), of aid and economy (pledges, disbursements,
# lending halted, sanctions lifted), of force (shelling, storming, clashes, attacks
# repelled, ambushes, territory taken, withdrawals), nominal events ("a ban on",
# "clashes between") and passives with "by" agents; in the natural mix of world news
# codes, with a block of sentences whose right code is easy to confuse with a near one.
# Codes checked against ../shared/reference/cameo-codes.csv and kept to the earlier
# rounds' notes: an envoy expelled or withdrawn 161, other people deported 174; an envoy
# called in or a note of protest 114; charges and lawsuits 115, a guilty verdict 116, a
# prison sentence or arrest 173; clemency and releases 0841; sanctions eased 085; an
# ambush or a clash with no weapon named 190; gunfire exchanged 193; a pledge of aid 033,
# aid given 071-073; an extradition or a suspect handed over 063; an asset freeze or a
# trade ban 163; a withdrawal of forces 0874. Untuned figures: see measure_wire5
# (recorded in the report).
CASES_R13: list[Case] = [
    # --- 01 statements ---
    (
        "In a statement on Tuesday, the Hungarian foreign ministry declined to say whether Budapest would block the new aid package.",
        "011",
        "HUN",
        None,
    ),
    (
        "Asked about the arrests, a spokeswoman for the German chancellor said she could not comment on an ongoing investigation.",
        "011",
        "DEU",
        None,
    ),
    (
        "Nigeria's central bank governor told lawmakers he doubted the naira would recover before the end of the year.",
        "012",
        "NGA",
        None,
    ),
    (
        "The Indonesian foreign minister said she was hopeful that a code of conduct for the South China Sea could be agreed next year.",
        "013",
        "IDN",
        None,
    ),
    (
        "Separately, the Taliban administration said it was studying a proposal to reopen girls' secondary schools in three provinces.",
        "014",
        "AFG",
        None,
    ),
    (
        "The separatists later admitted that their fighters had shot down the helicopter by mistake.",
        "015",
        None,
        None,
    ),
    (
        "The Rwandan government has repeatedly rejected accusations that it arms the M23 rebels.",
        "016",
        "RWA",
        None,
    ),
    (
        "The Egyptian president observed a minute of silence for the victims at the opening of the summit.",
        "017",
        "EGY",
        None,
    ),
    (
        "In a message to the Turkish president, the Greek prime minister expressed his condolences over the deaths in the mine blast.",
        "018",
        "GRC",
        "TUR",
    ),
    # --- 02 appeals ---
    (
        "Ethiopia's finance minister asked the World Bank to speed up the release of budget support.",
        "0231",
        "ETH",
        "IGO",
    ),
    (
        "The Iraqi government asked Turkey to hand over two suspects wanted over the bombing in Kirkuk.",
        "0213",
        "IRQ",
        "TUR",
    ),
    (
        "The Libyan presidential council urged the rival militias to exercise restraint after fighting broke out in the southern suburbs of Tripoli.",
        "0256",
        "LBY",
        None,
    ),
    (
        "Aid agencies called on the Myanmar junta to let convoys reach the areas hit by the cyclone.",
        "0255",
        None,
        "MMR",
    ),
    (
        "Ukraine's foreign minister pressed European governments to send more Patriot missile systems before winter.",
        "0232",
        "UKR",
        None,
    ),
    (
        "The Haitian prime minister appealed for international police to help restore order in the capital.",
        "0234",
        "HTI",
        None,
    ),
    (
        "The head of the U.N. refugee agency appealed to donors for $400 million to feed Sudanese refugees in Chad.",
        "0233",
        "IGO",
        None,
    ),
    (
        "The Pakistani foreign office called on India to resume the dialogue suspended in 2019.",
        "026",
        "PAK",
        "IND",
    ),
    (
        "The families of the detained sailors urged Tehran to free them on humanitarian grounds.",
        "0253",
        None,
        "IRN",
    ),
    (
        "Mozambique asked the Community of Sant'Egidio to mediate talks with the insurgents in Cabo Delgado.",
        "028",
        "MOZ",
        None,
    ),
    (
        "Zimbabwe's president called on Western countries to scrap the sanctions imposed on his government two decades ago.",
        "0254",
        "ZWE",
        None,
    ),
    # --- 03 intent to cooperate ---
    (
        "Japan pledged $500 million in loans to the Philippines to help it build new coast guard ships.",
        "0331",
        "JPN",
        "PHL",
    ),
    (
        "Germany promised to deliver four more Leopard tanks to Kyiv by March.",
        "0332",
        "DEU",
        "UKR",
    ),
    (
        "The World Food Programme said it would send food to 200,000 people cut off by the floods in northern Nigeria.",
        "0333",
        "IGO",
        None,
    ),
    (
        "Venezuela said it was ready to resume negotiations with the opposition in Barbados next month.",
        "036",
        "VEN",
        None,
    ),
    (
        "The junta in Niger signalled it would free the former president if the regional bloc lifted its sanctions.",
        "0353",
        "NER",
        None,
    ),
    (
        "Beijing vowed to boost imports of Australian wine and barley as relations thawed.",
        "0311",
        "CHN",
        "AUS",
    ),
    (
        "The Saudi crown prince promised to back Pakistan's bid for a new IMF programme.",
        "032",
        "SAU",
        "PAK",
    ),
    (
        "India and Japan agreed to hold joint naval drills in the Bay of Bengal next year.",
        "0312",
        "IND",
        "JPN",
    ),
    (
        "The Sri Lankan president said his government would repeal the anti-terrorism law within six months.",
        "034",
        "LKA",
        None,
    ),
    # --- 04 consultations ---
    (
        "The Chinese foreign minister held talks by phone with his Iranian counterpart on Monday evening.",
        "041",
        "CHN",
        "IRN",
    ),
    (
        "Later in the day, the Kenyan president flew to Addis Ababa for a two-day visit.",
        "042",
        "KEN",
        "ETH",
    ),
    (
        "Morocco's king received the visiting French president at the royal palace in Rabat.",
        "043",
        "MAR",
        "FRA",
    ),
    (
        "The leaders of Serbia and Kosovo met in Brussels under EU auspices but made no progress.",
        "044",
        "SRB",
        None,
    ),
    (
        "Qatari mediators shuttled between the two delegations in Doha throughout the night.",
        "045",
        "QAT",
        None,
    ),
    (
        "Negotiators from Sudan's army and the paramilitary Rapid Support Forces resumed talks in Jeddah on Sunday.",
        "046",
        "SDN",
        None,
    ),
    (
        "The Brazilian foreign minister consulted his Argentine counterpart before the vote at the Organization of American States.",
        "040",
        "BRA",
        "ARG",
    ),
    (
        "The Turkish president hosted his Azerbaijani counterpart in Ankara on Thursday.",
        "043",
        "TUR",
        "AZE",
    ),
    # --- 05 diplomatic cooperation ---
    (
        "The Gulf Cooperation Council welcomed the agreement between Riyadh and Tehran, calling it a step toward regional stability.",
        "051",
        "IGO",
        None,
    ),
    (
        "Washington backed the Philippines' position on the shoal in a statement issued late on Friday.",
        "051",
        "USA",
        "PHL",
    ),
    (
        "Bahrain and Qatar restored diplomatic relations after a six-year rift.",
        "050",
        "BHR",
        "QAT",
    ),
    (
        "Saudi Arabia formally recognised the new government in Damascus on Sunday.",
        "054",
        "SAU",
        "SYR",
    ),
    (
        "The Dutch prime minister apologised to Indonesia for the violence of the colonial era.",
        "055",
        "NLD",
        "IDN",
    ),
    (
        "North and South Korea signed an agreement to reopen the liaison office at Kaesong.",
        "057",
        "PRK",
        "KOR",
    ),
    (
        "The Chinese foreign ministry defended the military drills near Taiwan, calling them a legitimate response to provocation.",
        "052",
        "CHN",
        None,
    ),
    (
        "Japan welcomed the release of the detained journalist by Myanmar's military.",
        "051",
        "JPN",
        None,
    ),
    # --- 06 material cooperation ---
    (
        "Swiss prosecutors handed the former minister's bank records to their Nigerian counterparts.",
        "063",
        "CHE",
        "NGA",
    ),
    (
        "Polish and Lithuanian troops held joint exercises near the Suwalki gap.",
        "062",
        "POL",
        "LTU",
    ),
    (
        "Vietnam began exporting electricity to Cambodia under the deal signed last year.",
        "061",
        "VNM",
        "KHM",
    ),
    (
        "Spain extradited a Russian businessman to the United States to face money laundering charges.",
        "063",
        "ESP",
        "USA",
    ),
    (
        "Kenyan and Ugandan police shared intelligence on the suspects behind the bombing.",
        "064",
        "KEN",
        "UGA",
    ),
    (
        "Egypt began supplying natural gas to Lebanon through the Arab pipeline.",
        "061",
        "EGY",
        "LBN",
    ),
    (
        "The suspect was handed to Moroccan authorities by Spanish police on Thursday.",
        "063",
        "ESP",
        "MAR",
    ),
    # --- 07 aid ---
    (
        "The IMF disbursed $1.1 billion to Pakistan after its board approved the review.",
        "071",
        "IGO",
        "PAK",
    ),
    (
        "Britain sent 200 tonnes of tents and blankets to earthquake survivors in western Afghanistan.",
        "073",
        "GBR",
        "AFG",
    ),
    (
        "The United States delivered another batch of artillery shells to Kyiv last week.",
        "072",
        "USA",
        "UKR",
    ),
    (
        "Turkey granted asylum to the former Syrian officer, his lawyer said.",
        "075",
        "TUR",
        None,
    ),
    (
        "Kenyan police officers deployed to Haiti as part of the multinational mission began patrols in Port-au-Prince.",
        "074",
        "KEN",
        "HTI",
    ),
    (
        "Emergency food aid was flown into Gaza by the Jordanian air force.",
        "073",
        "JOR",
        "PSE",
    ),
    (
        "The World Bank approved a $300 million grant for Bangladesh's flood-hit districts.",
        "071",
        "IGO",
        "BGD",
    ),
    (
        "Saudi Arabia deposited $2 billion in Egypt's central bank to shore up its reserves.",
        "071",
        "SAU",
        "EGY",
    ),
    # --- 08 yield ---
    (
        "The Tunisian president granted clemency to 600 prisoners to mark Independence Day.",
        "0841",
        "TUN",
        None,
    ),
    (
        "Belarus freed the jailed opposition politician and allowed her to leave for Lithuania.",
        "0841",
        "BLR",
        None,
    ),
    (
        "The Sri Lankan government lifted the curfew in the capital after three days.",
        "0813",
        "LKA",
        None,
    ),
    (
        "The EU eased sanctions on Syria's banking sector to help reconstruction.",
        "085",
        "IGO",
        "SYR",
    ),
    (
        "The junta lifted the ban on political party activities ahead of the vote.",
        "0812",
        None,
        None,
    ),
    (
        "The rebels returned the seized trucks to the aid agency on Wednesday.",
        "0842",
        None,
        None,
    ),
    (
        "The Peruvian president stepped down on Friday after weeks of protests.",
        "0831",
        "PER",
        None,
    ),
    (
        "Israel allowed 50 fuel trucks into Gaza through the Kerem Shalom crossing.",
        "0863",
        "ISR",
        "PSE",
    ),
    (
        "The M23 withdrew from Sake, handing the town back to the Congolese army.",
        "0874",
        None,
        None,
    ),
    (
        "Armenia ended the state of emergency imposed after the border clashes.",
        "0814",
        "ARM",
        None,
    ),
    (
        "The government bowed to the farmers' demands and scrapped the tax on diesel.",
        "0832",
        None,
        None,
    ),
    # --- 09 investigate ---
    (
        "Italian prosecutors opened an investigation into the sinking of the migrant boat.",
        "091",
        "ITA",
        None,
    ),
    (
        "The U.N. Human Rights Council set up an inquiry into abuses against protesters in Iran.",
        "092",
        "IGO",
        "IRN",
    ),
    (
        "The ICC prosecutor's office is probing alleged war crimes in Darfur.",
        "094",
        "IGO",
        "SDN",
    ),
    (
        "The army said it had launched an inquiry into the air strike that killed 12 wedding guests.",
        "093",
        None,
        None,
    ),
    (
        "Anti-graft investigators raided the offices of the state oil company as part of a bribery probe.",
        "091",
        None,
        None,
    ),
    # --- 10 demands ---
    (
        "The protesters demanded the resignation of the interior minister over the killings.",
        "1041",
        None,
        None,
    ),
    (
        "Moscow demanded that Chisinau release the detained Gagauz leader.",
        "1053",
        "RUS",
        "MDA",
    ),
    (
        "Hamas insisted that Israel withdraw its troops from the Philadelphi corridor before any deal.",
        "1056",
        None,
        "ISR",
    ),
    (
        "The EU insisted that Georgia drop the foreign agents law.",
        "1042",
        "IGO",
        "GEO",
    ),
    (
        "Baghdad demanded an explanation from Ankara over the drone strike in Sulaimaniyah.",
        "100",
        "IRQ",
        "TUR",
    ),
    (
        "The opposition demanded fresh talks with the government under African Union mediation.",
        "106",
        None,
        None,
    ),
    (
        "Kyiv demanded that the IAEA send inspectors to the plant.",
        "1055",
        "UKR",
        "IGO",
    ),
    # --- 11 disapproval ---
    (
        "The French foreign ministry condemned the attack on its embassy in Niamey.",
        "111",
        "FRA",
        None,
    ),
    (
        "Human Rights Watch accused Ethiopian troops of killing civilians in Amhara.",
        "1122",
        "NGO",
        "ETH",
    ),
    (
        "Tehran accused Israel of carrying out the strike on its consulate.",
        "1123",
        "IRN",
        "ISR",
    ),
    (
        "Manila sent a note verbale to Beijing protesting the use of water cannon against its supply boat.",
        "114",
        "PHL",
        "CHN",
    ),
    (
        "Kazakhstan called in the Russian ambassador to complain about remarks by a Duma deputy.",
        "114",
        "KAZ",
        "RUS",
    ),
    (
        "A Paris court convicted the former minister of embezzlement.",
        "116",
        "FRA",
        None,
    ),
    (
        "Prosecutors charged three army officers with the murder of the activist.",
        "115",
        None,
        None,
    ),
    (
        "The opposition party sued the electoral commission over the disputed count.",
        "115",
        None,
        None,
    ),
    (
        "The Polish president criticised the European Commission's migration pact as an attack on sovereignty.",
        "111",
        "POL",
        "IGO",
    ),
    (
        "Moscow accused two British diplomats of spying.",
        "1125",
        "RUS",
        "GBR",
    ),
    # --- 12 rejection ---
    (
        "Israel rejected the ceasefire plan put forward by Egypt and Qatar.",
        "127",
        "ISR",
        None,
    ),
    (
        "Serbia turned down an invitation to the talks in Brussels.",
        "125",
        "SRB",
        None,
    ),
    (
        "Caracas refused to hand over the opposition activist to Argentina.",
        "1213",
        "VEN",
        "ARG",
    ),
    (
        "Russia vetoed the Security Council draft on Sudan.",
        "129",
        "RUS",
        None,
    ),
    (
        "The military government dismissed calls for a return to civilian rule by the end of the year.",
        "1231",
        None,
        None,
    ),
    (
        "Tehran rebuffed the European offer of talks on its nuclear programme.",
        "125",
        "IRN",
        None,
    ),
    (
        "The Chinese government refused to lift its ban on Japanese seafood.",
        "1244",
        "CHN",
        "JPN",
    ),
    # --- 13 threats ---
    (
        "The EU threatened to impose tariffs on Chinese electric vehicles if the talks failed.",
        "1312",
        "IGO",
        "CHN",
    ),
    (
        "North Korea warned that it would respond with force to any violation of its waters.",
        "138",
        "PRK",
        None,
    ),
    (
        "The Ethiopian government threatened to ban opposition parties that refused to register.",
        "1322",
        "ETH",
        None,
    ),
    (
        "Washington warned Kampala that it could cut aid over the anti-gay law.",
        "1311",
        "USA",
        "UGA",
    ),
    (
        "The rebels gave the government 48 hours to free their commander or face attacks.",
        "139",
        None,
        None,
    ),
    (
        "The junta threatened to expel the French ambassador.",
        "1313",
        None,
        "FRA",
    ),
    # --- 14 protest ---
    (
        "Thousands marched through Tbilisi on Sunday against the foreign agents law.",
        "141",
        "GEO",
        None,
    ),
    (
        "Doctors across Kenya walked off the job to press for better pay.",
        "143",
        "KEN",
        None,
    ),
    (
        "Lorry drivers blocked the main highway to Kabul in protest at the new fuel tax.",
        "144",
        "AFG",
        None,
    ),
    (
        "Rioters torched a police station in the north of the country after the killing of a teenager.",
        "145",
        None,
        None,
    ),
    (
        "The jailed activist began a hunger strike to protest against his detention.",
        "142",
        None,
        None,
    ),
    (
        "Shopkeepers in Srinagar shut their stores in a strike against the killings.",
        "143",
        "IND",
        None,
    ),
    # --- 15 force posture ---
    (
        "Taiwan put its forces on alert after Chinese warships were sighted near the island.",
        "152",
        "TWN",
        None,
    ),
    (
        "India moved additional troops to the Ladakh border.",
        "154",
        "IND",
        None,
    ),
    (
        "Police deployed thousands of officers across the capital ahead of the verdict.",
        "153",
        None,
        None,
    ),
    (
        "Russia held large-scale naval drills in the Baltic Sea on Tuesday.",
        "150",
        "RUS",
        None,
    ),
    # --- 16 reduce relations ---
    (
        "Burkina Faso ordered the French ambassador to leave within 48 hours.",
        "161",
        "BFA",
        "FRA",
    ),
    (
        "Ecuador broke off diplomatic relations with Mexico after the raid on its embassy.",
        "161",
        "ECU",
        "MEX",
    ),
    (
        "Morocco pulled its ambassador from Algiers for consultations.",
        "161",
        "MAR",
        "DZA",
    ),
    (
        "The IMF halted disbursements to Mozambique after the hidden debts came to light.",
        "1621",
        "IGO",
        "MOZ",
    ),
    (
        "Washington suspended military assistance to Niger after the coup.",
        "1622",
        "USA",
        "NER",
    ),
    (
        "The EU imposed sanctions on five Iranian officials over the crackdown.",
        "163",
        "IGO",
        "IRN",
    ),
    (
        "Ottawa suspended the free trade talks with New Delhi.",
        "164",
        "CAN",
        "IND",
    ),
    (
        "Mali ordered the U.N. peacekeeping mission to leave the country.",
        "1661",
        "MLI",
        "IGO",
    ),
    (
        "The junta expelled the Norwegian Refugee Council from the country.",
        "1663",
        None,
        "NGO",
    ),
    (
        "A ban on imports of Ukrainian grain was imposed by Poland and Hungary.",
        "163",
        "POL",
        "UKR",
    ),
    # --- 17 coercion ---
    (
        "Police arrested the opposition leader at his home before dawn.",
        "173",
        None,
        None,
    ),
    (
        "A court in Moscow sentenced the journalist to 16 years in prison.",
        "173",
        "RUS",
        None,
    ),
    (
        "Thai authorities deported 40 Uyghurs to China.",
        "174",
        "THA",
        None,
    ),
    (
        "Greek authorities confiscated the cargo of an Iranian-flagged tanker.",
        "1711",
        "GRC",
        "IRN",
    ),
    (
        "Bulldozers sent by the municipality demolished 40 Palestinian homes in East Jerusalem.",
        "1712",
        None,
        "PSE",
    ),
    (
        "The government revoked the licences of two opposition television channels.",
        "172",
        None,
        None,
    ),
    (
        "Authorities imposed a night-time curfew on the city after the riots.",
        "1723",
        None,
        None,
    ),
    (
        "The president put the capital under a state of siege for 30 days.",
        "1724",
        None,
        None,
    ),
    (
        "The constitutional court dissolved the main opposition party.",
        "1722",
        None,
        None,
    ),
    (
        "Security forces fired tear gas and live rounds at the protesters, killing four.",
        "175",
        None,
        None,
    ),
    (
        "Internet access was cut in the region by the authorities ahead of the protests.",
        "1721",
        None,
        None,
    ),
    (
        "Police detained dozens of journalists covering the rally.",
        "173",
        None,
        None,
    ),
    # --- 18 assault ---
    (
        "Gunmen abducted a Chinese engineer from a construction site in Baluchistan.",
        "181",
        None,
        "CHN",
    ),
    (
        "A suicide bomber blew himself up at a mosque in Peshawar, killing 30 worshippers.",
        "1831",
        None,
        None,
    ),
    (
        "A car bomb exploded outside the police headquarters in Mogadishu.",
        "1832",
        None,
        None,
    ),
    (
        "Prison guards beat the inmates with batons, a rights group said.",
        "182",
        None,
        None,
    ),
    (
        "The mayor was shot dead by unidentified gunmen on his way to work.",
        "186",
        None,
        None,
    ),
    (
        "Militants used villagers as human shields as troops advanced.",
        "184",
        None,
        None,
    ),
    (
        "Hijackers seized a passenger bus on the highway to Quetta.",
        "181",
        None,
        None,
    ),
    # --- 19 fighting ---
    (
        "Russian artillery shelled residential areas of Kherson overnight.",
        "194",
        "RUS",
        "UKR",
    ),
    (
        "Fighters of the two factions clashed in the streets of Tripoli for a second day.",
        "190",
        None,
        None,
    ),
    (
        "Troops repelled an attack by militants on a base near the Malian border.",
        "190",
        None,
        None,
    ),
    (
        "Insurgents ambushed an army patrol in Cabo Delgado, killing seven soldiers.",
        "190",
        None,
        "MOZ",
    ),
    (
        "Israeli drones struck a car in southern Lebanon, killing two Hezbollah members.",
        "195",
        "ISR",
        "LBN",
    ),
    (
        "Azerbaijani forces took control of the village after a day of heavy fighting.",
        "192",
        "AZE",
        None,
    ),
    (
        "Warships closed off the approaches to the port, stopping fuel tankers from docking.",
        "191",
        None,
        None,
    ),
    (
        "Heavy clashes between the army and the RSF were reported in El Fasher on Saturday.",
        "190",
        "SDN",
        None,
    ),
    (
        "Sniper fire from across the line killed two soldiers hours after the truce took effect.",
        "196",
        None,
        None,
    ),
    (
        "Border guards of the two countries exchanged fire near the disputed crossing.",
        "193",
        None,
        None,
    ),
    (
        "The Ukrainian army recaptured two villages in the south.",
        "192",
        "UKR",
        None,
    ),
    (
        "A barrage of rockets was fired into northern Israel by Hezbollah.",
        "194",
        "LBN",
        "ISR",
    ),
    # --- 20 mass violence ---
    (
        "Militiamen drove thousands of ethnic Masalit from their homes in West Darfur.",
        "201",
        None,
        None,
    ),
    (
        "The army used chemical weapons on the rebel-held suburb, the inspectors concluded.",
        "2041",
        None,
        None,
    ),
    # --- confusable codes ---
    (
        "Seoul brought its ambassador home from Tokyo in protest at the new textbooks.",
        "161",
        "KOR",
        "JPN",
    ),
    (
        "Seoul called in Japan's ambassador to protest against the new textbooks.",
        "114",
        "KOR",
        "JPN",
    ),
    ("Norway expelled three Russian diplomats.", "161", "NOR", "RUS"),
    (
        "Norway expelled a Russian researcher accused of spying for Moscow.",
        "174",
        "NOR",
        "RUS",
    ),
    (
        "The court sentenced the former president to five years in prison.",
        "173",
        None,
        None,
    ),
    (
        "The court found the former president guilty of corruption.",
        "116",
        None,
        None,
    ),
    (
        "Prosecutors indicted the former finance minister on bribery charges.",
        "115",
        None,
        None,
    ),
    (
        "Police detained the former finance minister at the airport.",
        "173",
        None,
        None,
    ),
    (
        "The EU promised 2 billion euros to rebuild Ukraine's power grid.",
        "0331",
        "IGO",
        "UKR",
    ),
    (
        "The EU transferred 2 billion euros to Kyiv to rebuild the power grid.",
        "071",
        "IGO",
        "UKR",
    ),
    (
        "The U.N. nuclear watchdog asked Iran to let its inspectors visit the site.",
        "0255",
        "IGO",
        "IRN",
    ),
    (
        "The U.N. nuclear watchdog demanded that Iran let its inspectors visit the site.",
        "1055",
        "IGO",
        "IRN",
    ),
    (
        "Soldiers stormed the rebel stronghold at dawn.",
        "190",
        None,
        None,
    ),
    (
        "Protesters stormed the ministry of finance at dawn.",
        "145",
        None,
        None,
    ),
    ("Thousands of farmers rallied in Paris.", "141", "FRA", None),
    (
        "Farmers blocked the motorways around Paris with tractors.",
        "144",
        "FRA",
        None,
    ),
    (
        "Turkey delivered armed drones to the Libyan government.",
        "072",
        "TUR",
        "LBY",
    ),
    (
        "Turkish and Libyan troops held joint drills off Misrata.",
        "062",
        "TUR",
        "LBY",
    ),
    ("Qatar mediated between Hamas and Israel.", "045", "QAT", None),
    ("Qatar offered to mediate between Hamas and Israel.", "039", "QAT", None),
    (
        "Ukraine accused Russia of shelling the nuclear plant.",
        "1123",
        "UKR",
        "RUS",
    ),
    (
        "Ukraine condemned the shelling of the nuclear plant.",
        "111",
        "UKR",
        None,
    ),
    ("Hamas freed four hostages on Saturday.", "0841", None, None),
    ("Hamas took four soldiers hostage on Saturday.", "181", None, None),
    (
        "Japan protested to China over the survey ship in its waters.",
        "114",
        "JPN",
        "CHN",
    ),
    (
        "Japanese students protested outside the Chinese embassy in Tokyo.",
        "141",
        "JPN",
        "CHN",
    ),
]

# Sentences that hold no political event: every one must stay silent.
NEAR_MISSES_R13: list[str] = [
    # background history
    "The border was drawn by British officials in 1893 and has been disputed ever since.",
    "The two countries last fought a war in 1979.",
    "The truce signed in 2020 ended six weeks of fighting over the enclave.",
    "The mission was set up in 2013 and at its peak had 15,000 troops.",
    # analysis and speculation
    "Analysts said the sanctions were unlikely to change Moscow's behaviour.",
    "Some diplomats believe the talks could resume after the election.",
    "The opposition is expected to do well in the coastal provinces, polls suggest.",
    # statistics and economy
    "Unemployment stood at 11.2 percent in the third quarter, the statistics office said.",
    "The country's foreign debt has doubled since 2015 to about $40 billion.",
    "More than 3,000 people have died in the conflict since 2019, according to U.N. figures.",
    "Oil prices rose 3 percent on fears of supply disruptions in the Gulf.",
    "The bank's shares fell sharply after the results.",
    # plans that are no intent to cooperate
    "The ministry's budget for next year includes funds for two new hospitals.",
    "The airline plans to add flights to Lagos and Accra next summer.",
    "The new bridge is due to open to traffic in 2027.",
    "The museum will reopen after renovations next spring.",
    # sport
    "The striker scored twice as Senegal beat Egypt 2-0 in the qualifier.",
    "Nadal fought off three match points before losing in the final set.",
    "The Springboks' defence blocked every attack in the second half.",
    "The chess champion attacked on the queen's side and won in 40 moves.",
    # non-political senses
    "Migraine attacks can last up to three days, doctors say.",
    "Lightning struck a tree in the park, injuring two people.",
    "Fans of both clubs met in a bar before the match.",
    "The new drug supports the immune system in fighting the infection.",
    "Heavy snow blocked roads in the mountains, cutting off several villages.",
    "The river burst its banks, flooding hundreds of homes.",
    "Workers at the factory met their new manager on Monday.",
    # business between companies
    "Vodafone agreed to sell its Spanish unit to a British investment firm for 5 billion euros.",
    "The two airlines signed a code-share deal covering routes to Asia.",
    "Apple sued a former engineer for leaking trade secrets to a rival.",
    "The company will invest $200 million in a new plant in Morocco, its chief executive said.",
    # crime without politics
    "Thieves broke into a jewellery shop in the city centre and escaped with watches worth $2 million.",
    "A driver killed two pedestrians when his car mounted the pavement.",
    # people, places, culture
    "The minister, 54, studied economics in London and worked for the central bank.",
    "The hospital has struggled to cope with a surge in cholera cases.",
    "The singer cancelled her concert in Warsaw because of illness.",
    "The report, published every two years, ranks countries by press freedom.",
]

# Negated, hypothetical or expected acts: (text, CAMEO root the act would have).
NOT_THE_ACT_R13: list[tuple[str, str]] = [
    ("The ministry said it had no plans to call in the Italian ambassador.", "11"),
    (
        "Kenya has not expelled any diplomats over the affair, the foreign ministry said.",
        "16",
    ),
    ("The army denied that its troops had occupied the village.", "19"),
    ("The IMF has not yet released the next tranche of the loan.", "07"),
    (
        "The government said it would not lift the curfew until the violence ended.",
        "08",
    ),
    (
        "Officials said the president was unlikely to grant clemency to the jailed activists.",
        "08",
    ),
    (
        "If the rebels advance further, the army could shell their positions, a commander said.",
        "19",
    ),
    ("Police said no one had been charged over the attack.", "11"),
    ("The two leaders did not meet during the summit, despite expectations.", "04"),
    ("Washington has not frozen any Russian assets since the talks began.", "16"),
    (
        "The opposition said it would not hold protests during the mourning period.",
        "14",
    ),
    (
        "The court did not sentence the journalist, adjourning the case until next month.",
        "17",
    ),
    ("Moscow has never recognised the government in Kyiv as legitimate.", "05"),
    ("The rebels have not released any of the hostages, despite promises.", "08"),
    (
        "Reports that Turkish troops had crossed into Iraq were untrue, the ministry said.",
        "19",
    ),
    ("Donors have yet to disburse the money pledged at the conference.", "07"),
    ("The EU is considering whether to impose sanctions on the junta.", "16"),
    (
        "Had the convoy not turned back, it would have been ambushed, officials said.",
        "19",
    ),
    (
        "The minister said Ankara had no intention of withdrawing its ambassador from Stockholm.",
        "16",
    ),
    ("The police did not arrest anyone at the rally, witnesses said.", "17"),
    ("Neither country has accused the other of violating the truce.", "11"),
    (
        "The Security Council failed to renew the peacekeeping mission, which ended at midnight.",
        "07",
    ),
]


# Round 14 (helper-64): written and labelled before the coder ran on them, weighted to
# PRECISION and to the language of reactions whose object is a thing (a ruling, a
# verdict, a decision), refusals ("refused to renew", "turned down a request", "vetoed"),
# offers and readiness ("offered to mediate", "stood ready to host"), acts told as nouns
# with "by" agents ("the detention of X by Y", "the bombing of the hospital by"), and
# passives; in the natural mix of world news codes. Codes checked against
# ../shared/reference/cameo-codes.csv and kept to the earlier rounds' notes: charges and
# lawsuits 115 (the usage note of 173), an envoy summoned or a diplomatic protest 114, an
# envoy recalled 161, a welcome or praise of a decision 051, a condemnation of a verdict
# or an act 111, an offer to mediate 039 (mediation takes precedence over meeting, 039's
# note), a refusal to let observers or aid in 1245, a veto 129, defiance of a court 128.
# Untuned figures: see measure_wire5 (recorded in the report).
CASES_R14: list[Case] = [
    # --- 01 statements ---
    (
        "A spokesman for the Saudi foreign ministry declined to comment on reports that Riyadh had resumed contacts with Damascus.",
        "011",
        "SAU",
        None,
    ),
    (
        "Thailand's army chief refused to say how many soldiers had been wounded in the clashes.",
        "011",
        "THA",
        None,
    ),
    (
        "Chile's finance minister warned that copper revenues would fall sharply next year.",
        "012",
        "CHL",
        None,
    ),
    (
        "The Philippine president said he was confident the dispute with Beijing could be resolved peacefully.",
        "013",
        "PHL",
        None,
    ),
    (
        "The Moroccan authorities acknowledged that security forces had used live ammunition at the border fence.",
        "015",
        "MAR",
        None,
    ),
    (
        "Hamas denied any role in the rocket fire from southern Lebanon.",
        "016",
        "PSE",
        None,
    ),
    (
        "Belgrade rejected claims that Serbian intelligence officers had helped the gunmen escape.",
        "016",
        "SRB",
        None,
    ),
    (
        "The Japanese prime minister bowed in silence before the memorial to the victims of the tsunami.",
        "017",
        "JPN",
        None,
    ),
    (
        "Pakistan's president conveyed his condolences to the Afghan people after floods killed dozens in the north.",
        "018",
        "PAK",
        "AFG",
    ),
    (
        "Spain's foreign minister said Madrid shared Rabat's view that the migration crisis needed a regional answer.",
        "019",
        "ESP",
        "MAR",
    ),
    # --- 02 appeals, several with no addressee ---
    (
        "The Vatican appealed for an end to the violence after overnight clashes in the streets of the Ivorian capital.",
        "020",
        None,
        None,
    ),
    (
        "Germany asked both sides to avoid any escalation after the exchange of fire along the Armenian-Azerbaijani border.",
        "0256",
        "DEU",
        None,
    ),
    (
        "The African Union appealed for an immediate ceasefire in the Sudanese city of El Fasher.",
        "0256",
        None,
        None,
    ),
    (
        "Amnesty International called for the release of the jailed blogger.",
        "0253",
        None,
        None,
    ),
    (
        "Bangladesh appealed for international help to shelter the Rohingya refugees arriving in Cox's Bazar.",
        "0233",
        "BGD",
        None,
    ),
    (
        "The U.N. refugee agency appealed for $300 million to help people fleeing the fighting in Sudan.",
        "0233",
        None,
        None,
    ),
    (
        "Colombia's government invited the guerrillas to return to the negotiating table in Havana.",
        "026",
        "COL",
        None,
    ),
    (
        "Ireland's foreign minister urged Israel to allow aid trucks into Gaza.",
        "0255",
        "IRL",
        "ISR",
    ),
    (
        "Church leaders in Nicaragua pleaded with the government to free imprisoned priests.",
        "0253",
        "NIC",
        "NIC",
    ),
    (
        "The European Union urged Georgia to withdraw the foreign agents law.",
        "0242",
        None,
        "GEO",
    ),
    (
        "The Somali president asked Turkey for more drones to fight al Shabaab.",
        "0232",
        "SOM",
        "TUR",
    ),
    # --- 03 offers, readiness, pledges ---
    (
        "Qatar proposed acting as a mediator between Kinshasa and the M23 rebels.",
        "039",
        "QAT",
        None,
    ),
    (
        "Norway said it was prepared to host talks between the Venezuelan government and the opposition.",
        "039",
        "NOR",
        None,
    ),
    (
        "India offered to send relief supplies to earthquake-hit Myanmar.",
        "0333",
        "IND",
        "MMR",
    ),
    (
        "Brazil said it was willing to send police officers to a multinational mission in Haiti.",
        "0334",
        "BRA",
        "HTI",
    ),
    (
        "The Japanese government pledged $500 million in loans to help rebuild Ukraine's power grid.",
        "0331",
        "JPN",
        "UKR",
    ),
    (
        "The rebels said they were prepared to free the remaining hostages if the army halted its offensive.",
        "0353",
        None,
        None,
    ),
    (
        "Mali's junta promised to hold elections by the end of next year.",
        "034",
        "MLI",
        None,
    ),
    (
        "Tehran said it was ready to resume nuclear talks with the Europeans.",
        "036",
        "IRN",
        None,
    ),
    (
        "The Chinese defence minister said Beijing wanted closer military cooperation with Cambodia.",
        "0312",
        "CHN",
        "KHM",
    ),
    (
        "Egypt volunteered to take in wounded children from Gaza for treatment in its hospitals.",
        "0333",
        "EGY",
        None,
    ),
    (
        "Seoul offered to resume food aid to the North if Pyongyang returned to talks.",
        "0333",
        "KOR",
        "PRK",
    ),
    (
        "The Ethiopian prime minister vowed to cooperate fully with the African Union investigation.",
        "030",
        "ETH",
        None,
    ),
    (
        "Malaysia pledged to help Indonesia fight the forest fires on Sumatra.",
        "033",
        "MYS",
        "IDN",
    ),
    (
        "The Taliban pledged to let women aid workers return to their jobs.",
        "0343",
        "AFG",
        None,
    ),
    # --- 04 consultations ---
    (
        "Britain's foreign secretary held talks with his Indian counterpart in New Delhi on Thursday.",
        "042",
        "GBR",
        "IND",
    ),
    (
        "Turkish President Recep Tayyip Erdogan received the Palestinian president at his palace in Ankara.",
        "043",
        "TUR",
        "PSE",
    ),
    (
        "The Kenyan president spoke by phone with his Tanzanian counterpart about the border closure.",
        "041",
        "KEN",
        "TZA",
    ),
    (
        "Envoys from Washington and Tehran met in Oman for indirect talks on the nuclear programme.",
        "044",
        "USA",
        "IRN",
    ),
    (
        "Talks between Serbia and Kosovo resumed in Brussels under EU auspices.",
        "046",
        "SRB",
        None,
    ),
    (
        "A delegation of the Libyan National Army arrived in Cairo for consultations with Egyptian officials.",
        "042",
        "LBY",
        "EGY",
    ),
    (
        "The Indonesian president hosted the leaders of the ASEAN nations at a retreat in Bali.",
        "043",
        "IDN",
        None,
    ),
    (
        "Norwegian diplomats brokered the talks between the Colombian government and the ELN rebels.",
        "045",
        "NOR",
        "COL",
    ),
    (
        "Vietnam's president discussed trade and security with the Australian prime minister in a telephone call on Monday.",
        "041",
        "VNM",
        "AUS",
    ),
    # --- 05 diplomatic cooperation, reactions to things ---
    (
        "The Arab League applauded the judgment of the International Court of Justice.",
        "051",
        None,
        None,
    ),
    (
        "Kenya's president praised the peace deal signed by Sudan's warring parties.",
        "051",
        "KEN",
        None,
    ),
    (
        "The United States hailed the release of the two journalists as a step toward reconciliation.",
        "051",
        "USA",
        None,
    ),
    ("Australia recognised Palestine as a state on Sunday.", "054", "AUS", "PSE"),
    (
        "The German chancellor apologised to Namibia for colonial-era killings.",
        "055",
        "DEU",
        "NAM",
    ),
    (
        "The Polish president defended the government's decision to close the border with Belarus.",
        "052",
        "POL",
        None,
    ),
    (
        "Greece and North Macedonia signed an agreement on energy interconnections.",
        "057",
        "GRC",
        "MKD",
    ),
    (
        "The French foreign ministry backed the Moroccan autonomy plan for Western Sahara.",
        "051",
        "FRA",
        "MAR",
    ),
    (
        "Leaders of the Gulf states rallied behind Qatar at the emergency summit.",
        "053",
        None,
        "QAT",
    ),
    (
        "The Ugandan president pardoned the rebels who laid down their arms.",
        "056",
        "UGA",
        None,
    ),
    (
        "Argentina's foreign ministry welcomed the decision of the British government to return the archives.",
        "051",
        "ARG",
        "GBR",
    ),
    (
        "Poland's president welcomed NATO's decision to station more troops on its eastern flank.",
        "051",
        "POL",
        None,
    ),
    (
        "The Palestinian Authority welcomed the U.N. resolution on settlements.",
        "051",
        "PSE",
        None,
    ),
    # --- 06 material cooperation ---
    (
        "Indian and French warships held joint exercises in the Arabian Sea.",
        "062",
        "IND",
        "FRA",
    ),
    ("Spain extradited a Russian hacker to the United States.", "063", "ESP", "USA"),
    (
        "Jordanian police handed over two suspects to the Iraqi authorities.",
        "063",
        "JOR",
        "IRQ",
    ),
    (
        "Turkish intelligence passed information on the plot to its Iraqi counterpart.",
        "064",
        "TUR",
        "IRQ",
    ),
    (
        "Japan and the Philippines began joint coast guard patrols in the South China Sea.",
        "062",
        "JPN",
        "PHL",
    ),
    # --- 07 aid ---
    (
        "Saudi Arabia deposited $2 billion in Pakistan's central bank to shore up its reserves.",
        "071",
        "SAU",
        "PAK",
    ),
    (
        "The United States delivered a new batch of artillery shells to Ukraine.",
        "072",
        "USA",
        "UKR",
    ),
    (
        "Two planes carrying medical supplies from the UAE landed in Benghazi.",
        "073",
        "ARE",
        "LBY",
    ),
    (
        "The World Food Programme distributed food to 40,000 displaced people in Cabo Delgado.",
        "073",
        None,
        None,
    ),
    (
        "Chinese peacekeepers began patrols in the buffer zone in southern Lebanon.",
        "074",
        "CHN",
        "LBN",
    ),
    (
        "Ecuador granted asylum to the former Peruvian prime minister.",
        "075",
        "ECU",
        "PER",
    ),
    (
        "The European Commission disbursed the first tranche of a 1 billion euro loan to Egypt.",
        "071",
        None,
        "EGY",
    ),
    # --- 08 yielding ---
    (
        "The Venezuelan government freed 20 opposition activists on Saturday.",
        "0841",
        "VEN",
        "VEN",
    ),
    (
        "The Iranian navy released the British-flagged tanker after two months.",
        "0842",
        "IRN",
        "GBR",
    ),
    (
        "Sri Lanka lifted the state of emergency imposed after the riots.",
        "0814",
        "LKA",
        None,
    ),
    ("The Guinean junta lifted the ban on political rallies.", "0811", "GIN", None),
    ("The United States eased sanctions on Syria's central bank.", "085", "USA", "SYR"),
    (
        "Israeli troops withdrew from the outskirts of Jenin after a three-day raid.",
        "0874",
        "ISR",
        None,
    ),
    (
        "The rebels declared a unilateral ceasefire for the holidays.",
        "0871",
        None,
        None,
    ),
    ("The Sudanese army allowed U.N. aid convoys into Darfur.", "0863", "SDN", None),
    (
        "Peru's president bowed to pressure and sacked the interior minister after the protests.",
        "0831",
        "PER",
        None,
    ),
    (
        "Azerbaijan let a team of U.N. monitors into the region for the first time in 30 years.",
        "086",
        "AZE",
        None,
    ),
    (
        "The Pakistani government lifted a ban on the social media platform X.",
        "081",
        "PAK",
        None,
    ),
    ("A Tunisian court granted bail to the opposition leader.", "0841", "TUN", "TUN"),
    # --- 09 investigations ---
    (
        "Prosecutors in Seoul opened an investigation into the former president's wife over bribery allegations.",
        "091",
        "KOR",
        "KOR",
    ),
    (
        "The U.N. human rights office launched an inquiry into the killings of protesters in Kenya.",
        "092",
        None,
        "KEN",
    ),
    (
        "The Israeli military said it was investigating the strike that killed seven aid workers.",
        "093",
        "ISR",
        None,
    ),
    (
        "The International Criminal Court opened an investigation into alleged war crimes in the Philippines.",
        "094",
        None,
        "PHL",
    ),
    (
        "Police in Ecuador are investigating the killing of the presidential candidate.",
        "091",
        "ECU",
        None,
    ),
    # --- 10 demands ---
    (
        "Opposition parties in Senegal demanded a recount of the votes in three districts.",
        "1042",
        "SEN",
        None,
    ),
    ("Protesters demanded the resignation of the prime minister.", "1041", None, None),
    (
        "Beijing demanded that Manila withdraw its ship from the shoal.",
        "1056",
        "CHN",
        "PHL",
    ),
    (
        "The families of the hostages demanded that the government negotiate with the kidnappers.",
        "106",
        None,
        None,
    ),
    ("Poland demanded war reparations from Germany.", "1031", "POL", "DEU"),
    (
        "The Algerian government insisted that France return the skulls of resistance fighters.",
        "1053",
        "DZA",
        "FRA",
    ),
    (
        "The union demanded the release of its leader, who was arrested on Friday.",
        "1053",
        None,
        None,
    ),
    # --- 11 disapproval, reactions to things, accusations, complaints, legal action ---
    (
        "The Egyptian foreign ministry deplored the sentences handed to the journalists as politically motivated.",
        "111",
        "EGY",
        None,
    ),
    (
        "Human rights groups denounced the arrest of the radio host by the intelligence service.",
        "111",
        None,
        None,
    ),
    (
        "The Organisation of Islamic Cooperation condemned the burning of the Koran in Stockholm.",
        "111",
        None,
        None,
    ),
    (
        "The Chinese embassy called the remarks by the Czech senator a gross interference in China's internal affairs.",
        "111",
        "CHN",
        "CZE",
    ),
    (
        "Venezuela accused Guyana of provoking a confrontation by letting Exxon drill in disputed waters.",
        "1123",
        "VEN",
        "GUY",
    ),
    (
        "Kyiv accused Moscow of deporting children from the occupied territories.",
        "1122",
        "UKR",
        "RUS",
    ),
    (
        "Hungary summoned the Ukrainian ambassador over the treatment of ethnic Hungarians.",
        "114",
        "HUN",
        "UKR",
    ),
    (
        "The Philippines lodged a diplomatic protest over the Chinese coast guard's use of water cannon.",
        "114",
        "PHL",
        "CHN",
    ),
    (
        "The family of the slain activist filed a lawsuit against the Honduran state.",
        "115",
        None,
        "HND",
    ),
    (
        "A court in Istanbul convicted the mayor of insulting election officials.",
        "116",
        "TUR",
        "TUR",
    ),
    (
        "The opposition leader was found guilty of treason by a military tribunal in Kinshasa.",
        "116",
        "COD",
        "COD",
    ),
    (
        "Brazil's president criticised the decision by the U.S. to raise tariffs on Brazilian steel.",
        "111",
        "BRA",
        "USA",
    ),
    (
        "Indian farmers' unions lashed out at the government's new crop prices.",
        "111",
        "IND",
        "IND",
    ),
    ("The Kenyan opposition called the election results a fraud.", "111", "KEN", None),
    (
        "Moscow described the expulsion of its diplomats as an unfriendly act.",
        "111",
        "RUS",
        None,
    ),
    (
        "Israel's foreign minister called the court's decision a disgrace.",
        "111",
        "ISR",
        None,
    ),
    (
        "The Australian prime minister slammed China's treatment of a detained writer as unacceptable.",
        "111",
        "AUS",
        "CHN",
    ),
    (
        "Iranian prosecutors charged a French citizen with espionage.",
        "115",
        "IRN",
        "FRA",
    ),
    # --- 12 rejections and refusals ---
    (
        "Niger's junta declined to prolong the mining permits of French uranium firm Orano.",
        "121",
        "NER",
        None,
    ),
    (
        "Israel rejected an Egyptian request to open the Rafah crossing to fuel trucks.",
        "1245",
        "ISR",
        "EGY",
    ),
    (
        "The Indian government rejected a U.S. offer to mediate in its dispute with Pakistan.",
        "126",
        "IND",
        "USA",
    ),
    (
        "The Serbian president refused to meet the Kosovo prime minister in Brussels.",
        "125",
        "SRB",
        None,
    ),
    (
        "The Iranian foreign ministry dismissed the European proposal as unrealistic.",
        "120",
        "IRN",
        None,
    ),
    (
        "The Kremlin rejected calls for a ceasefire over the Orthodox Christmas holiday.",
        "1246",
        "RUS",
        None,
    ),
    (
        "Lebanon's parliament voted down a bill that would have given women equal inheritance rights.",
        "1233",
        "LBN",
        None,
    ),
    (
        "Belarus barred OSCE observers from monitoring the parliamentary election.",
        "1245",
        "BLR",
        None,
    ),
    (
        "The Malian transitional authorities refused to release the 49 Ivorian soldiers.",
        "1243",
        "MLI",
        "CIV",
    ),
    (
        "The United States vetoed a Security Council resolution demanding a ceasefire in Gaza.",
        "129",
        "USA",
        None,
    ),
    (
        "The IMF declined to release the next tranche of Sri Lanka's bailout until the government raised taxes.",
        "1221",
        None,
        "LKA",
    ),
    (
        "The Texas governor defied a federal court order to remove the buoys from the Rio Grande.",
        "128",
        "USA",
        "USA",
    ),
    (
        "China rebuffed Australia's demand for an independent inquiry into the origins of the virus.",
        "120",
        "CHN",
        "AUS",
    ),
    (
        "Pakistan rejected India's demand to hand over the suspects in the Mumbai attacks.",
        "1213",
        "PAK",
        "IND",
    ),
    # --- 13 threats ---
    (
        "North Korea threatened to cut all communication lines with the South.",
        "1313",
        "PRK",
        "KOR",
    ),
    (
        "The European Union threatened Belarus with new sanctions over the forced landing of the airliner.",
        "1312",
        None,
        "BLR",
    ),
    (
        "The Chinese military warned it would take all necessary measures if the U.S. warship entered its waters again.",
        "138",
        "CHN",
        "USA",
    ),
    (
        "Argentina's main union federation threatened a general strike if the pension reform passed.",
        "133",
        "ARG",
        None,
    ),
    (
        "Turkey's president threatened to launch a new ground operation in northern Syria.",
        "138",
        "TUR",
        "SYR",
    ),
    (
        "Washington warned Baghdad that it could lose access to its oil revenues held in New York.",
        "131",
        "USA",
        "IRQ",
    ),
    # --- 14 protest ---
    (
        "Thousands of teachers marched through the Kenyan capital to demand higher pay.",
        "141",
        "KEN",
        None,
    ),
    (
        "Doctors in Nigeria began an indefinite strike over unpaid salaries.",
        "143",
        "NGA",
        None,
    ),
    (
        "Jailed Palestinian prisoners launched a hunger strike against detention without trial.",
        "142",
        "PSE",
        None,
    ),
    (
        "Belgian farmers blocked motorways around Brussels with their tractors to protest against EU trade deals.",
        "144",
        "BEL",
        None,
    ),
    (
        "Protesters set fire to the regional parliament building in Jayapura.",
        "145",
        None,
        None,
    ),
    (
        "Opposition parties boycotted the presidential election in Chad.",
        "143",
        "TCD",
        None,
    ),
    # --- 15 force posture ---
    (
        "Taiwan put its forces on high alert as Chinese warships approached the island.",
        "152",
        "TWN",
        None,
    ),
    (
        "Russia massed troops near the border with Finland, Helsinki said.",
        "154",
        "RUS",
        None,
    ),
    (
        "Police were deployed in large numbers in Dhaka ahead of the opposition rally.",
        "153",
        "BGD",
        None,
    ),
    (
        "Iran paraded its new ballistic missiles through the streets of Tehran.",
        "150",
        "IRN",
        None,
    ),
    # --- 16 reducing relations ---
    (
        "Bolivia broke off diplomatic relations with Israel over the war in Gaza.",
        "161",
        "BOL",
        "ISR",
    ),
    (
        "The Netherlands suspended development aid to Burkina Faso after the coup.",
        "1621",
        "NLD",
        "BFA",
    ),
    (
        "The United States imposed sanctions on two Chinese refineries over purchases of Iranian oil.",
        "163",
        "USA",
        "CHN",
    ),
    (
        "Ukraine pulled out of the talks after the missile attack on the market in Kharkiv.",
        "164",
        "UKR",
        None,
    ),
    (
        "The Malian junta ordered the U.N. peacekeepers to leave the country by the end of the year.",
        "1661",
        "MLI",
        None,
    ),
    ("Qatar suspended its mediation between Israel and Hamas.", "165", "QAT", None),
    (
        "Germany recalled its ambassador from Caracas for consultations.",
        "161",
        "DEU",
        "VEN",
    ),
    # --- 17 coercion, with nominal acts and passives ---
    (
        "Police in Tbilisi detained dozens of protesters outside parliament.",
        "173",
        "GEO",
        None,
    ),
    (
        "The editor of an independent newspaper was arrested by security forces in Harare.",
        "173",
        "ZWE",
        "ZWE",
    ),
    (
        "The Ethiopian government expelled two foreign journalists accused of spreading false news.",
        "174",
        "ETH",
        None,
    ),
    (
        "Authorities in Nicaragua confiscated the properties of the Jesuit university.",
        "1711",
        "NIC",
        None,
    ),
    (
        "Israeli bulldozers demolished 12 Palestinian homes in the West Bank.",
        "1712",
        "ISR",
        "PSE",
    ),
    (
        "The Pakistani government banned the party of the jailed former prime minister.",
        "1722",
        "PAK",
        "PAK",
    ),
    (
        "Indian authorities imposed a curfew in the Manipur capital after clashes.",
        "1723",
        "IND",
        None,
    ),
    (
        "The Ecuadorean president declared a state of emergency in four provinces after a prison riot.",
        "1724",
        "ECU",
        None,
    ),
    (
        "The detention of the opposition leader by military intelligence on Sunday triggered protests in Khartoum.",
        "173",
        "SDN",
        "SDN",
    ),
    (
        "Security forces fired tear gas to disperse students marching on the presidential palace in Nairobi.",
        "175",
        "KEN",
        None,
    ),
    (
        "Nine activists were sentenced to prison terms by a court in Hong Kong.",
        "173",
        None,
        None,
    ),
    (
        "Russia's justice ministry labelled the independent news site a foreign agent.",
        "172",
        "RUS",
        "RUS",
    ),
    ("The Kenyan authorities deported a British journalist.", "174", "KEN", "GBR"),
    # --- 18 assault ---
    (
        "Gunmen kidnapped 30 students from a school in Nigeria's Kaduna state.",
        "181",
        None,
        "NGA",
    ),
    (
        "A suicide bomber blew himself up at a mosque in Peshawar, killing 60 worshippers.",
        "1831",
        None,
        "PAK",
    ),
    ("A roadside bomb struck a military convoy in northern Mali.", "1833", None, "MLI"),
    (
        "The killing of the opposition politician by unknown gunmen in Nairobi sparked outrage.",
        "186",
        None,
        "KEN",
    ),
    ("Two aid workers were abducted by armed men in eastern Congo.", "181", None, None),
    (
        "The attempt on the life of the Slovak prime minister shocked the country.",
        "185",
        None,
        "SVK",
    ),
    (
        "Separatist fighters tortured captured soldiers, a rights group said.",
        "1822",
        None,
        None,
    ),
    # --- 19 fighting ---
    ("Israeli jets struck targets in southern Lebanon overnight.", "195", "ISR", "LBN"),
    ("Sudanese army shelling killed 15 civilians in Omdurman.", "194", "SDN", None),
    ("Fighting between the army and the RSF resumed in Khartoum.", "190", "SDN", "SDN"),
    (
        "Pakistani and Afghan border guards exchanged fire at the Torkham crossing.",
        "193",
        "PAK",
        "AFG",
    ),
    (
        "Houthi rebels fired a missile at a commercial ship in the Red Sea.",
        "190",
        "YEM",
        None,
    ),
    ("Azerbaijani forces seized two villages in the enclave.", "192", "AZE", None),
    ("The Russian navy blockaded Ukraine's Black Sea ports.", "191", "RUS", "UKR"),
    (
        "The bombing of the hospital by Russian aircraft drew worldwide condemnation.",
        "195",
        "RUS",
        None,
    ),
    (
        "The ceasefire was violated by both sides within hours, monitors said.",
        "196",
        None,
        None,
    ),
    (
        "Burmese troops attacked rebel positions near the Chinese border.",
        "190",
        "MMR",
        None,
    ),
    # --- 20 mass violence ---
    (
        "The militia massacred more than 100 villagers in Ituri province.",
        "202",
        None,
        "COD",
    ),
    (
        "Syrian government forces used chlorine gas against the town, investigators concluded.",
        "2041",
        "SYR",
        None,
    ),
    (
        "Thousands of ethnic Armenians were driven out of Nagorno-Karabakh by Azerbaijani forces.",
        "201",
        "AZE",
        None,
    ),
]

# Sentences that hold no political event: every one must stay silent.
NEAR_MISSES_R14: list[str] = [
    # background history
    "The dam was built by Soviet engineers in the 1960s.",
    "The ruling party has governed the country since independence in 1962.",
    "The talks were first launched in 2015 under Norwegian auspices.",
    "The island was a British colony until 1968.",
    # statistics
    "About 40 percent of the country's electricity comes from coal.",
    "Inflation in Argentina fell to 2.7 percent in May, the statistics agency said.",
    "The war has displaced more than 10 million people, according to U.N. figures.",
    "Rents in the capital have risen by a third in two years.",
    "Japan's population fell for the 15th year in a row.",
    "The island has a population of about 90,000 and relies on tourism.",
    # analysis and forecasts
    "Economists forecast growth of 3 percent next year.",
    "Analysts expect the central bank to cut rates again in September.",
    "The election is widely seen as a test of the ruling party's popularity.",
    "The summit is expected to focus on climate finance and debt relief.",
    "The storm is forecast to strike the coast on Thursday.",
    # plans that are no CAMEO intent
    "The government plans to build 200,000 new homes by 2030.",
    "The ministry intends to digitise all land records within five years.",
    "The new law takes effect on January 1.",
    # sport
    "The forwards attacked down the left wing for most of the first half.",
    "The bowler struck twice in the opening over as India took control of the test.",
    "The goalkeeper blocked a penalty in the final minute.",
    "Chelsea seized control of the match after the break.",
    "The champion fought back from two sets down to win the final.",
    # non-political senses
    "Firefighters fought the blaze for six hours before bringing it under control.",
    "Doctors say regular exercise supports heart health.",
    "The hospital released the patient after three days of treatment.",
    "The studio released the trailer for its new film on Friday.",
    "Storms cut power to 300,000 homes in the north of the country.",
    "Volunteers supported elderly residents during the heatwave.",
    "The bank charged customers higher fees for international transfers.",
    # business between companies
    "Toyota agreed to buy a stake in a Chinese battery maker.",
    "Shell sold its Nigerian onshore oil business to a group of local firms.",
    "The two telecom firms ended merger talks after failing to agree on a price.",
    "Amazon filed a lawsuit against a group of sellers over fake reviews.",
    "The two companies met analysts in London to present their merger plans.",
    "The fighter jet, built by Lockheed Martin, costs about $80 million.",
    # crime without politics
    "A man was stabbed to death in a robbery in the city centre, police said.",
    "Burglars stole paintings worth millions from a museum in Amsterdam.",
    # quotes of feelings and private life
    "The former president said he missed his hometown and its food.",
    "The minister said he was tired after the long flight.",
    "The president's daughter married a banker in a private ceremony.",
    "The chess grandmaster released a new book on openings.",
]

# Negated, hypothetical or expected acts: (text, CAMEO root the act would have).
NOT_THE_ACT_R14: list[tuple[str, str]] = [
    ("The foreign ministry said it had not refused any request to mediate.", "12"),
    ("Egypt has not offered to mediate in the dispute, an official said.", "03"),
    ("Officials denied that the ambassador had been summoned.", "11"),
    ("The president did not condemn the coup in his speech.", "11"),
    ("The army did not withdraw from the town despite the agreement.", "08"),
    ("Washington has not lifted the sanctions on the airline.", "08"),
    (
        "If Tehran resumes enrichment, the EU could reimpose sanctions, diplomats said.",
        "16",
    ),
    ("Police did not detain anyone after the clashes.", "17"),
    ("The minister said he would never apologise for the remarks.", "05"),
    ("No group has claimed responsibility for the kidnapping.", "01"),
    ("The talks have not been suspended, the spokesman insisted.", "16"),
    ("Seoul said it would not recognise the result of the referendum.", "05"),
    ("The rebels did not attack the convoy, a spokesman said.", "19"),
    ("There are no plans to expel the Russian diplomats, the ministry said.", "16"),
    ("The prime minister has yet to visit the flood-hit region.", "04"),
    ("The court did not find the general guilty of war crimes.", "11"),
    ("Had Britain joined the talks, a deal might have been reached earlier.", "04"),
    ("India did not retaliate after the border incident.", "19"),
    ("Beijing stopped short of imposing sanctions on Lithuania.", "16"),
    ("The opposition has no plans to hold protests this weekend.", "14"),
    ("The government denied that it had imposed a curfew.", "17"),
    ("Kyiv rejected reports that it had attacked the power plant.", "19"),
    (
        "The United States will not send ground troops to Haiti, the White House said.",
        "07",
    ),
    ("The junta has not expelled the French ambassador so far.", "16"),
]

# Round 15 (helper-70): written and labelled before the coder ran on them, weighted to
# RECALL in the language of a story's body rather than its lead: acts told in relative
# and subordinate clauses, as participles closing a sentence, in "after", "when" and
# "before" clauses, in reported speech with a named doer, intents and offers, reactions
# to things (a plan, a verdict, a report), legal and administrative acts (licences,
# bail, pardons, dissolutions), aid and cooperation told plainly, and mutual acts of two
# named sides; in the natural mix of world news codes. Codes checked against
# ../shared/reference/cameo-codes.csv and kept to the earlier rounds' notes: weapons
# delivered and soldiers trained for another state are 072 (062's note: unilateral
# provisions are 07), food, medicine and shelter 073, money 071; an envoy summoned or a
# formal protest 114; diplomats expelled 161, other people deported 174; charges and
# lawsuits 115, a guilty verdict 116, an arrest or a remand in custody 173; bail,
# pardons and releases 0841; an offer to mediate 039; a demand for a withdrawal 1056;
# a ground force taking a town 192; a missile fired with no aircraft 190; reports
# rejected as untrue 016; militants killing villagers 180, a massacre 202.
# Where a sentence holds two events, the label is the one named in the brief of the
# case (its main act). Untuned figures: see measure_wire5 (recorded in the report).
CASES_R15: list[Case] = [
    # --- 01 statements ---
    (
        "Asked whether Jakarta would join the naval patrols, Indonesia's foreign minister told reporters she had no comment on operational matters.",
        "011",
        "IDN",
        None,
    ),
    (
        "Ghana's finance minister, speaking after a cabinet meeting in Accra, warned that the budget deficit would widen further this year.",
        "012",
        "GHA",
        None,
    ),
    (
        "Colombia's president, who returned from Havana on Sunday, said he was hopeful that a deal with the ELN rebels could be reached by the end of the year.",
        "013",
        "COL",
        None,
    ),
    (
        "Japan is considering sending an observer to the talks in Geneva, the chief cabinet secretary told a news conference on Tuesday.",
        "014",
        "JPN",
        None,
    ),
    (
        "Rwanda's government, which U.N. experts have accused of backing the M23, again denied any involvement in the fighting around Goma.",
        "016",
        "RWA",
        None,
    ),
    (
        "The Pakistani Taliban claimed responsibility for the attack in a message to reporters, hours after the blast tore through a police station in Bannu.",
        "015",
        None,
        None,
    ),
    (
        "Speaking at the funeral in Kampala, the Ugandan president offered his condolences to the families of the soldiers killed in Somalia.",
        "018",
        "UGA",
        None,
    ),
    (
        "The Kenyan government, which had kept silent for a week, acknowledged on Friday that police had shot dead four protesters in Nakuru.",
        "015",
        "KEN",
        None,
    ),
    # --- 02 appeals ---
    (
        "Lebanon's caretaker prime minister, who met donors in Paris on Thursday, appealed for urgent funds to rebuild the port of Beirut.",
        "0231",
        "LBN",
        None,
    ),
    (
        "Zimbabwe's main opposition party, which boycotted the vote, called on President Mnangagwa to step down and make way for a transitional government.",
        "0241",
        "ZWE",
        "ZWE",
    ),
    (
        "Kenya's president urged Ethiopia and Eritrea to return to the negotiating table, warning that a new war would engulf the region.",
        "026",
        "KEN",
        None,
    ),
    (
        "The families of the two detained French nationals appealed to Tehran to free them on humanitarian grounds.",
        "0253",
        None,
        "IRN",
    ),
    (
        "Pakistan asked China to roll over a $2 billion loan due next month, the finance ministry said in a statement.",
        "0231",
        "PAK",
        "CHN",
    ),
    (
        "Speaking in Brussels, NATO's secretary general urged member states to send more air defence systems to Ukraine.",
        "0232",
        None,
        None,
    ),
    (
        "Egypt's foreign minister, who spoke by phone with Secretary of State Rubio, asked Washington to press Israel to allow more aid into Gaza.",
        "022",
        "EGY",
        "USA",
    ),
    (
        "Relatives of the missing fishermen petitioned the Sri Lankan navy to reveal where the men were being held.",
        "020",
        None,
        "LKA",
    ),
    (
        "The Ukrainian president, who arrived in Washington on Wednesday, requested more Patriot batteries to protect the country's power plants.",
        "0232",
        "UKR",
        None,
    ),
    # --- 03 intents and offers ---
    (
        "Germany pledged 500 million euros to help repair Ukraine's power grid, the chancellor's office said after the donors' conference.",
        "0331",
        "DEU",
        "UKR",
    ),
    (
        "Turkey, which hosted the first rounds of talks in Istanbul, offered to mediate between Moscow and Kyiv once again.",
        "039",
        "TUR",
        None,
    ),
    (
        "Mali's military rulers vowed to hand power to an elected government next year, after weeks of pressure from West African leaders.",
        "0341",
        "MLI",
        None,
    ),
    (
        "China is ready to work with Brazil to deepen trade and investment ties, the Chinese foreign minister told his Brazilian counterpart in Beijing.",
        "0311",
        "CHN",
        "BRA",
    ),
    (
        "India promised to send 20,000 tonnes of wheat to Afghanistan through the Iranian port of Chabahar.",
        "0333",
        "IND",
        "AFG",
    ),
    (
        "The Israeli prime minister agreed to send a delegation to Cairo for another round of indirect talks, his office said.",
        "036",
        "ISR",
        None,
    ),
    (
        "Washington has offered to share intelligence with Manila on Chinese vessels operating in the disputed waters, a U.S. official said.",
        "0314",
        "USA",
        "PHL",
    ),
    (
        "Myanmar's junta said it would free more than 5,000 prisoners to mark the new year, state television reported.",
        "0353",
        "MMR",
        None,
    ),
    (
        "The Philippine government said it would accept Malaysia's help in mediating talks with the communist rebels.",
        "038",
        "PHL",
        None,
    ),
    (
        "Japan's defence minister, visiting Manila, said Tokyo would provide the Philippine coast guard with five more patrol vessels.",
        "0332",
        "JPN",
        "PHL",
    ),
    (
        "Russia is prepared to resume talks on nuclear arms control with the United States, the deputy foreign minister told state media.",
        "036",
        "RUS",
        "USA",
    ),
    (
        "The Sudanese army said it was ready to observe a humanitarian truce in El Fasher if the RSF lifted its siege of the city.",
        "0356",
        "SDN",
        None,
    ),
    (
        "France has committed to training 2,000 more Ukrainian soldiers this year, the defence ministry in Paris said.",
        "0332",
        "FRA",
        "UKR",
    ),
    # --- 04 consultations ---
    (
        "The Saudi foreign minister, who arrived in Tehran on Saturday, held talks with Iran's president on regional security.",
        "042",
        "SAU",
        "IRN",
    ),
    (
        "After hosting his Kenyan counterpart at State House in Entebbe, Uganda's president said the oil pipeline would be finished by 2026.",
        "043",
        "UGA",
        "KEN",
    ),
    (
        "Putin and Erdogan spoke by phone on Monday, discussing grain exports and the war in Ukraine, the Kremlin said.",
        "041",
        "RUS",
        "TUR",
    ),
    (
        "Qatari officials, who have brokered previous exchanges, mediated between Israel and Hamas in Doha throughout the week.",
        "045",
        "QAT",
        None,
    ),
    (
        "Negotiators from Armenia and Azerbaijan held a fresh round of talks on the border in Washington.",
        "046",
        "ARM",
        "AZE",
    ),
    (
        "The head of the U.N. nuclear watchdog travelled to Moscow, where he met the chief of Russia's state nuclear company.",
        "042",
        None,
        "RUS",
    ),
    (
        "Hungary's prime minister received the Chinese president in Budapest, pledging to deepen cooperation on electric car plants.",
        "043",
        "HUN",
        "CHN",
    ),
    (
        "The foreign ministers of India and China discussed the border dispute on the sidelines of the summit in Johannesburg.",
        "040",
        "IND",
        "CHN",
    ),
    (
        "When the Iraqi prime minister visited Ankara last week, he and Erdogan discussed the water crisis in the Tigris basin.",
        "042",
        "IRQ",
        "TUR",
    ),
    (
        "Envoys of the two Koreas met at the border village of Panmunjom for the first time in five years.",
        "040",
        "KOR",
        "PRK",
    ),
    (
        "Ethiopian and Somali officials met in Ankara on Thursday for talks brokered by Turkey.",
        "044",
        "ETH",
        "SOM",
    ),
    (
        "A senior U.S. envoy flew to Beirut on Monday to meet Lebanese leaders about disarming Hezbollah.",
        "042",
        "USA",
        "LBN",
    ),
    # --- 05 diplomatic cooperation and reactions ---
    (
        "The African Union hailed the peace accord signed in Pretoria as a turning point for Ethiopia.",
        "051",
        None,
        None,
    ),
    (
        "Zelensky thanked Denmark for the fighter jets, calling them vital for the defence of Ukraine's cities.",
        "051",
        "UKR",
        "DNK",
    ),
    (
        "Armenia and Azerbaijan signed a peace treaty at the White House, ending nearly four decades of conflict.",
        "057",
        "ARM",
        "AZE",
    ),
    (
        "Paraguay's president defended his country's ties with Taiwan, saying they were not for sale.",
        "052",
        "PRY",
        None,
    ),
    (
        "Ghana's foreign ministry apologised to Nigeria for the treatment of Nigerian traders whose shops were closed in Accra.",
        "055",
        "GHA",
        "NGA",
    ),
    (
        "Senegal's president backed Morocco's autonomy plan for Western Sahara during a visit to Rabat.",
        "051",
        "SEN",
        "MAR",
    ),
    (
        "Brazil and Argentina signed an agreement on gas supplies during the Argentine president's visit to Brasilia.",
        "057",
        "BRA",
        "ARG",
    ),
    (
        "Several Arab states recognised the new government in Damascus within days of Assad's fall.",
        "054",
        None,
        "SYR",
    ),
    (
        "Britain's foreign secretary praised Ghana's handling of the election, which saw the opposition candidate win in a landslide.",
        "051",
        "GBR",
        "GHA",
    ),
    (
        "Welcoming the release of the aid workers, Norway's foreign minister thanked Qatar for its role.",
        "051",
        "NOR",
        "QAT",
    ),
    (
        "The two sides agreed to restore direct flights and reopen their consulates, the foreign ministries of India and China said.",
        "032",
        "IND",
        "CHN",
    ),
    (
        "Kazakhstan's president, who pardoned hundreds of protesters last year, endorsed the new constitution as a step towards democracy.",
        "051",
        "KAZ",
        None,
    ),
    # --- 06 material cooperation ---
    (
        "Italian instructors trained Libyan coast guard crews in the port of Tripoli this spring, the defence ministry in Rome said.",
        "072",
        "ITA",
        "LBY",
    ),
    (
        "Brazil extradited a Bulgarian national wanted for fraud to Sofia, the federal police said.",
        "063",
        "BRA",
        "BGR",
    ),
    (
        "Turkish police handed two suspects in the Berlin jewellery theft over to German authorities at Istanbul airport.",
        "063",
        "TUR",
        "DEU",
    ),
    (
        "Jordan and Israel have been exchanging information on the smuggling of weapons across the border, officials said.",
        "064",
        "JOR",
        "ISR",
    ),
    (
        "Indonesia and Australia resumed live cattle trade, which Jakarta had halted over a disease outbreak.",
        "061",
        "IDN",
        "AUS",
    ),
    (
        "Egyptian and Saudi forces, whose navies have trained together since 2018, began joint exercises in the Red Sea on Sunday.",
        "062",
        "EGY",
        "SAU",
    ),
    (
        "Colombian prosecutors, working with the U.S. Drug Enforcement Administration, shared evidence on the cartel's finances with Washington.",
        "064",
        "COL",
        "USA",
    ),
    (
        "China and Pakistan opened a new trade route through the Khunjerab Pass, which had been closed since the pandemic.",
        "061",
        "CHN",
        "PAK",
    ),
    # --- 07 aid told plainly ---
    (
        "Japan shipped 10,000 tonnes of rice to the Philippines after the typhoon destroyed crops across Luzon.",
        "073",
        "JPN",
        "PHL",
    ),
    (
        "The United States delivered a fresh batch of artillery shells to Ukraine last week, a Pentagon spokesman said.",
        "072",
        "USA",
        "UKR",
    ),
    (
        "The World Bank disbursed $300 million to Kenya to support its budget, the treasury said.",
        "071",
        None,
        "KEN",
    ),
    (
        "Spain granted asylum to the Venezuelan opposition leader, who fled Caracas on a Spanish air force plane.",
        "075",
        "ESP",
        None,
    ),
    (
        "The United Arab Emirates handed over two patrol boats to the Somali coast guard at a ceremony in Berbera.",
        "072",
        "ARE",
        "SOM",
    ),
    (
        "Kenyan police officers, who arrived in Port-au-Prince last June, are helping Haiti's police to retake districts held by gangs.",
        "074",
        "KEN",
        "HTI",
    ),
    (
        "Qatar paid the salaries of Syria's public sector workers for three months, the Syrian finance ministry said.",
        "071",
        "QAT",
        "SYR",
    ),
    (
        "Indian aircraft flew tents, blankets and medicines to Myanmar after the earthquake, the foreign ministry said.",
        "073",
        "IND",
        "MMR",
    ),
    (
        "Germany sent two more IRIS-T air defence systems to Ukraine, bringing the total to eight.",
        "072",
        "DEU",
        "UKR",
    ),
    (
        "The European Union released 1 billion euros in budget support to Egypt, the first tranche of a package agreed in March.",
        "071",
        None,
        "EGY",
    ),
    (
        "Turkish rescue teams, which arrived within hours of the quake, pulled survivors from the rubble in Morocco's Atlas mountains.",
        "073",
        "TUR",
        "MAR",
    ),
    # --- 08 yielding, legal relief ---
    (
        "Guinea's junta lifted the curfew in Conakry, a week after the protests ended.",
        "0813",
        "GIN",
        None,
    ),
    (
        "Israel freed 90 Palestinian prisoners on Sunday, hours after Hamas released three hostages in Gaza.",
        "0841",
        "ISR",
        "PSE",
    ),
    (
        "Washington eased sanctions on Syrian banks, allowing transfers from abroad to resume.",
        "085",
        "USA",
        "SYR",
    ),
    (
        "A court in Dakar granted bail to the opposition leader, who had been held since July on charges of insurrection.",
        "0841",
        "SEN",
        "SEN",
    ),
    (
        "Russian troops pulled back from positions near the village of Robotyne, the Ukrainian military said.",
        "0874",
        "RUS",
        None,
    ),
    (
        "Sudan's army allowed U.N. aid trucks to cross from Chad at Adre, reversing its ban on the crossing.",
        "0863",
        "SDN",
        None,
    ),
    (
        "Kenya's government, bowing to weeks of protests, withdrew the finance bill that would have raised taxes on bread.",
        "0832",
        "KEN",
        None,
    ),
    (
        "Tehran returned the seized tanker to its Greek owners, ending a standoff that had lasted nine months.",
        "0842",
        "IRN",
        "GRC",
    ),
    (
        "Georgia's president pardoned two opposition activists who had been jailed over the protests in Tbilisi.",
        "0841",
        "GEO",
        "GEO",
    ),
    (
        "Burkina Faso's junta restored the licence of the country's main private broadcaster, which it had suspended in April.",
        "081",
        "BFA",
        None,
    ),
    (
        "Thailand and Cambodia halted fire along their border at midnight, as agreed at the talks in Kuala Lumpur.",
        "0871",
        "THA",
        "KHM",
    ),
    (
        "Belarus released 14 political prisoners, including a journalist, after a visit by a U.S. envoy, the opposition said.",
        "0841",
        "BLR",
        None,
    ),
    (
        "The Venezuelan government, which had detained him in Caracas in January, freed an American citizen on Saturday.",
        "0841",
        "VEN",
        "USA",
    ),
    (
        "Pakistan reopened its airspace to Indian airlines, which had been barred since the clashes in May.",
        "081",
        "PAK",
        "IND",
    ),
    (
        "Israeli forces withdrew from the Philadelphi corridor, handing the crossing to Egyptian and Palestinian officials.",
        "0874",
        "ISR",
        None,
    ),
    # --- 09 investigation ---
    (
        "Prosecutors in Seoul opened an investigation into the former president's wife over the bribery allegations.",
        "091",
        "KOR",
        "KOR",
    ),
    (
        "The Israeli military said it was investigating the strike that killed seven aid workers in Deir al-Balah.",
        "093",
        "ISR",
        None,
    ),
    (
        "A U.N. fact-finding mission, which visited the camp in March, is examining reports of killings by soldiers in the Tigray region.",
        "092",
        None,
        None,
    ),
    (
        "The International Criminal Court, whose judges issued two arrest warrants last year, is investigating alleged war crimes committed in Darfur since 2023.",
        "094",
        None,
        None,
    ),
    # --- 10 demands ---
    (
        "Poland demanded that Belarus hand over the suspects in the railway sabotage, who fled across the border.",
        "1013",
        "POL",
        "BLR",
    ),
    (
        "Serbian protesters, who blocked bridges across Belgrade, demanded the prime minister's resignation.",
        "1041",
        "SRB",
        "SRB",
    ),
    (
        "Kyiv demanded the immediate release of the Ukrainian sailors held in Crimea, the foreign ministry said.",
        "1053",
        "UKR",
        None,
    ),
    (
        "Iraq's parliament voted for a resolution demanding the withdrawal of all foreign troops from the country.",
        "1056",
        "IRQ",
        None,
    ),
    (
        "Beijing demanded that Tokyo retract the prime minister's remarks on Taiwan, the foreign ministry spokesman said.",
        "1042",
        "CHN",
        "JPN",
    ),
    (
        "The Nigerian senate, which summoned the police chief twice, insisted that he produce the officers accused in the shooting.",
        "100",
        "NGA",
        "NGA",
    ),
    # --- 11 disapproval, complaints, legal actions ---
    (
        "Tanzania's main opposition party denounced the court's decision to bar its leader from the election as politically motivated.",
        "111",
        "TZA",
        None,
    ),
    (
        "Beijing accused Manila of ramming a Chinese coast guard vessel near the shoal, calling the collision deliberate.",
        "1123",
        "CHN",
        "PHL",
    ),
    (
        "Algeria summoned the French ambassador over remarks by the French interior minister on migration.",
        "114",
        "DZA",
        "FRA",
    ),
    (
        "Relatives of the victims sued the Dutch state, accusing it of failing to protect the Bosnian Muslims in Srebrenica.",
        "115",
        None,
        "NLD",
    ),
    (
        "A Paris court found the former minister guilty of embezzling public funds, the prosecutor's office said.",
        "116",
        "FRA",
        "FRA",
    ),
    (
        "The Kremlin criticised Washington's decision to send long-range missiles to Kyiv, saying it would escalate the war.",
        "111",
        "RUS",
        "USA",
    ),
    (
        "Seoul lodged a formal protest with Tokyo over the new school textbooks, which describe the disputed islets as Japanese.",
        "114",
        "KOR",
        "JPN",
    ),
    (
        "Hungary's government rejected the findings of the European Commission's report on media freedom, calling it biased.",
        "016",
        "HUN",
        None,
    ),
    (
        "Prosecutors in Ankara charged 22 people, including two journalists, with spying for a foreign intelligence service.",
        "115",
        "TUR",
        "TUR",
    ),
    (
        "The ministry said Iranian agents had plotted to kill an Israeli diplomat in Tbilisi, accusing Tehran of state terrorism.",
        "1121",
        None,
        "IRN",
    ),
    (
        "The Philippine coast guard said Chinese ships had fired water cannon at its vessel, condemning the attack as dangerous.",
        "111",
        "PHL",
        "CHN",
    ),
    # --- 12 rejections, refusals, defiance ---
    (
        "Morocco's government rejected the U.N. envoy's proposal to partition Western Sahara, saying it would never give up any of its territory.",
        "127",
        "MAR",
        None,
    ),
    (
        "Moscow turned down a request from Kyiv to free the wounded prisoners, the Ukrainian ombudsman said.",
        "1243",
        "RUS",
        "UKR",
    ),
    (
        "Poland's president vetoed a bill that would have cut the powers of the state broadcaster.",
        "129",
        "POL",
        None,
    ),
    (
        "Niger's junta refused to let West African observers monitor the transition, its spokesman said.",
        "1245",
        "NER",
        None,
    ),
    (
        "North Korea rejected Seoul's offer of talks on reuniting separated families, state media said.",
        "125",
        "PRK",
        "KOR",
    ),
    (
        "The mayor, defying a court order, kept the border crossing closed to trucks from Mexico.",
        "128",
        None,
        None,
    ),
    (
        "The Taliban refused to reopen girls' secondary schools, despite appeals from Qatar and the U.N.",
        "1233",
        "AFG",
        None,
    ),
    (
        "Ukraine's foreign minister dismissed the Chinese peace plan, saying it would reward Russia's aggression.",
        "127",
        "UKR",
        "CHN",
    ),
    # --- 13 threats ---
    (
        "Washington threatened to cut aid to Colombia unless Bogota accepted deportation flights.",
        "1311",
        "USA",
        "COL",
    ),
    (
        "Iran's Revolutionary Guards warned they would strike U.S. bases in the region if Iran was attacked.",
        "138",
        "IRN",
        "USA",
    ),
    (
        "The EU threatened Georgia with sanctions over the violent crackdown on protesters in Tbilisi.",
        "1312",
        None,
        "GEO",
    ),
    (
        "Nigeria's main labour union threatened a nationwide strike if the government did not raise the minimum wage.",
        "133",
        "NGA",
        "NGA",
    ),
    (
        "Pakistan's army chief warned India that any strike on Pakistani soil would meet a swift and forceful response.",
        "138",
        "PAK",
        "IND",
    ),
    # --- 14 protests ---
    (
        "Tens of thousands of people marched through Belgrade on Saturday, demanding accountability for the railway disaster.",
        "141",
        "SRB",
        None,
    ),
    (
        "Kenyan doctors, who have not been paid for three months, went on strike in public hospitals across the country.",
        "143",
        "KEN",
        None,
    ),
    (
        "Polish truckers blocked the main border crossing with Ukraine for a third day, protesting against competition from Ukrainian hauliers.",
        "144",
        "POL",
        None,
    ),
    (
        "Rioters set fire to government buildings in the town after the election result was announced, police said.",
        "145",
        None,
        None,
    ),
    (
        "The jailed activist, who began a hunger strike in March, has lost 20 kilograms, his mother said.",
        "142",
        None,
        None,
    ),
    (
        "Farmers dumped manure outside the European Parliament in Strasbourg, protesting against the trade deal with South America.",
        "141",
        None,
        None,
    ),
    # --- 15 force posture ---
    (
        "North Korea put its frontline artillery units on high alert, state media said, after South Korean drones were spotted over Pyongyang.",
        "152",
        "PRK",
        None,
    ),
    (
        "Armenia moved more troops to its border with Azerbaijan, the defence ministry in Yerevan said.",
        "154",
        "ARM",
        None,
    ),
    (
        "China held live-fire drills around Taiwan, a day after the island's president returned from a visit to the United States.",
        "150",
        "CHN",
        "TWN",
    ),
    (
        "Bangladesh deployed thousands of police across Dhaka ahead of the verdict against the former prime minister.",
        "153",
        "BGD",
        None,
    ),
    # --- 16 reduced relations ---
    (
        "Ecuadorian police stormed the Mexican embassy in Quito, prompting Mexico to break off diplomatic relations.",
        "161",
        "MEX",
        "ECU",
    ),
    (
        "The Netherlands suspended development aid to Uganda after the president signed the law.",
        "1621",
        "NLD",
        "UGA",
    ),
    (
        "The United States imposed sanctions on two Chinese refineries that buy Iranian oil, the Treasury said.",
        "163",
        "USA",
        "CHN",
    ),
    (
        "Kyiv's delegation walked out of the talks in Istanbul after Moscow demanded more territory.",
        "164",
        "UKR",
        None,
    ),
    (
        "Mali's junta, which had already expelled the French ambassador, ordered U.N. peacekeepers to leave the country.",
        "1661",
        "MLI",
        None,
    ),
    (
        "Burkina Faso expelled three French diplomats, accusing them of subversive activities.",
        "161",
        "BFA",
        "FRA",
    ),
    (
        "Lithuania recalled its ambassador from Beijing after China downgraded diplomatic ties.",
        "161",
        "LTU",
        "CHN",
    ),
    (
        "Canada banned imports of Russian aluminium and steel, the finance minister announced.",
        "163",
        "CAN",
        "RUS",
    ),
    # --- 17 coercion, legal and administrative acts ---
    (
        "Police in Nairobi arrested an opposition lawmaker, who was later charged with incitement to violence.",
        "173",
        "KEN",
        "KEN",
    ),
    (
        "Tanzania's communications regulator suspended the licence of an online newspaper for 30 days over a cartoon of the president.",
        "1721",
        "TZA",
        None,
    ),
    (
        "Thailand's Constitutional Court ordered the dissolution of the opposition party that won the most seats in the election.",
        "1722",
        "THA",
        "THA",
    ),
    (
        "Sri Lanka's president declared a state of emergency after protesters stormed his office.",
        "1724",
        "LKA",
        None,
    ),
    (
        "Russian authorities seized the assets of the Danish brewer Carlsberg, placing them under temporary state management.",
        "1711",
        "RUS",
        None,
    ),
    (
        "Israeli forces demolished the family home of the Palestinian gunman in Jenin, the army said.",
        "1712",
        "ISR",
        "PSE",
    ),
    (
        "Germany deported 28 Afghan men convicted of crimes to Kabul on a charter flight, the interior ministry said.",
        "174",
        "DEU",
        "AFG",
    ),
    (
        "Kenyan police fired tear gas and rubber bullets to disperse protesters who marched on parliament.",
        "175",
        "KEN",
        None,
    ),
    (
        "A judge in Istanbul ordered the city's mayor held in custody pending trial on corruption charges.",
        "173",
        "TUR",
        "TUR",
    ),
    (
        "Authorities in Uzbekistan banned two opposition parties from registering for the election.",
        "1722",
        "UZB",
        "UZB",
    ),
    (
        "The military government in Niger imposed a nightly curfew in Tillaberi after the attacks.",
        "1723",
        "NER",
        None,
    ),
    (
        "Georgia's parliament, which passed the law in May, barred foreign-funded groups from monitoring elections.",
        "1721",
        "GEO",
        None,
    ),
    (
        "Saudi authorities detained a British tourist, who had posted criticism of the kingdom online, at Riyadh airport.",
        "173",
        "SAU",
        "GBR",
    ),
    (
        "The Indian army revoked the accreditation of two foreign journalists in Kashmir, accusing them of biased reporting.",
        "172",
        "IND",
        None,
    ),
    # --- 18 unconventional violence ---
    (
        "Gunmen abducted 20 students from a school in Kaduna state, a local official said, the second such raid this month.",
        "181",
        None,
        "NGA",
    ),
    (
        "A suicide bomber blew himself up at a checkpoint outside Mogadishu, killing seven soldiers.",
        "1831",
        None,
        "SOM",
    ),
    (
        "Suspected jihadists killed 12 villagers in northern Burkina Faso, a local official said, days after the army claimed to have cleared the area.",
        "180",
        None,
        "BFA",
    ),
    (
        "Pakistan's former prime minister, who was shot in the leg during a rally in 2022, survived another attempt on his life, police said.",
        "185",
        None,
        "PAK",
    ),
    (
        "A roadside bomb killed three Malian soldiers near Gao, the army said.",
        "1833",
        None,
        "MLI",
    ),
    (
        "Militants stormed a hotel in Mogadishu, taking several guests hostage, before security forces regained control.",
        "181",
        None,
        None,
    ),
    # --- 19 conventional force ---
    (
        "Indian and Pakistani troops exchanged fire along the Line of Control on Tuesday night, officials on both sides said.",
        "193",
        "IND",
        "PAK",
    ),
    (
        "Russian forces shelled Kherson overnight, killing two people, the regional governor said.",
        "194",
        "RUS",
        "UKR",
    ),
    (
        "Israeli jets struck targets in southern Lebanon after rockets were fired at the Galilee, the military said.",
        "195",
        "ISR",
        "LBN",
    ),
    (
        "M23 rebels, who are backed by Rwanda according to U.N. experts, captured the town of Bukavu on Sunday.",
        "192",
        None,
        "COD",
    ),
    (
        "Azerbaijani forces violated the truce near the village of Sotk, Armenia's defence ministry said.",
        "196",
        "AZE",
        "ARM",
    ),
    (
        "Sudan's paramilitary RSF attacked an army base in El Obeid, the army said, sparking hours of fighting.",
        "190",
        "SDN",
        "SDN",
    ),
    (
        "Houthi forces fired a ballistic missile at a tanker in the Red Sea, the U.S. military said.",
        "190",
        "YEM",
        None,
    ),
    (
        "Thai and Cambodian soldiers clashed along the disputed border, each side accusing the other of opening fire first.",
        "190",
        "THA",
        "KHM",
    ),
    (
        "A Ukrainian drone hit an oil refinery in Russia's Samara region, the governor said.",
        "195",
        "UKR",
        "RUS",
    ),
    (
        "Clashes broke out between Druze fighters and government forces in Sweida, the Syrian Observatory said.",
        "190",
        None,
        "SYR",
    ),
    # --- 20 mass violence ---
    (
        "The RSF, which seized El Fasher last month, killed hundreds of civilians in the city, witnesses told the U.N.",
        "202",
        "SDN",
        None,
    ),
]

# Sentences that hold no political event: every one must stay silent.
NEAR_MISSES_R15: list[str] = [
    # background history
    "The canal was nationalised in 1956, sparking a war with Britain, France and Israel.",
    "The two countries fought a brief border war in 1995 over the Cenepa valley.",
    "The embassy, which was built in the 1930s, is one of the oldest in the city.",
    "The treaty, signed in 1960, governs how the two countries share the river's waters.",
    "The party was founded in 1921 by a group of trade unionists.",
    # statistics
    "Exports of coffee rose 12 percent in the first half, the central bank said.",
    "More than 3 million people have left the country since 2015, according to U.N. figures.",
    "Unemployment among young people stands at about 30 percent.",
    "The city's population has doubled in the past two decades.",
    "The country imports about 60 percent of its wheat, mostly from Russia and Ukraine.",
    # analysis and forecasts
    "Analysts said the result would make it harder for the government to pass its reforms.",
    "The IMF expects the economy to grow by 4 percent next year.",
    "Experts say the drought could push food prices higher across the region.",
    "Observers see the vote as a referendum on the president's handling of the economy.",
    "The central bank is expected to keep rates unchanged at its meeting next week.",
    # non-political senses
    "The river burst its banks, flooding hundreds of homes in the south.",
    "Engineers restored power to most of the city by Sunday evening.",
    "The storm knocked down trees and cut roads across the island.",
    "The museum returned to normal opening hours after the renovation.",
    "The patient was discharged from hospital after a week of treatment.",
    "The company's shares fell sharply after it cut its profit forecast.",
    "The drought forced farmers to sell their cattle at low prices.",
    # business
    "The airline signed a deal with Boeing for 50 new aircraft.",
    "The mining company agreed to pay $2 billion for a stake in a copper project.",
    "Two of the country's largest banks said they would merge next year.",
    "The carmaker recalled 200,000 vehicles over a faulty brake part.",
    "The retailer closed 40 stores and cut 1,200 jobs.",
    # sport
    "Morocco beat Portugal 1-0 to reach the semi-finals.",
    "The striker, who joined the club last summer, scored twice in the second half.",
    "The defending champions were knocked out in the first round.",
    "The team's captain was banned for three matches after a red card.",
    "Kenyan runners took all three medals in the women's 10,000 metres.",
    # crime without politics
    "A man was arrested after a woman was found dead in her flat, police said.",
    "Thieves stole copper cables from the railway line, delaying trains for hours.",
    "Two people died when a bus plunged into a ravine in the mountains.",
    "Police are searching for a boy who went missing on his way to school.",
    # feelings and private life
    "The former president said he was enjoying retirement on his farm.",
    "The minister's wife gave birth to their second child on Friday.",
]

# Negated, hypothetical or expected acts: (text, CAMEO root the act would have).
NOT_THE_ACT_R15: list[tuple[str, str]] = [
    ("The ministry denied that troops had shelled the village.", "19"),
    (
        "Officials said there had been no talks between the two governments since March.",
        "04",
    ),
    (
        "The minister, who has never visited Beijing, said he had no plans to do so.",
        "04",
    ),
    ("Washington has not delivered the fighter jets it promised last year.", "07"),
    ("The court did not grant bail to the former minister.", "08"),
    ("Had the army not withdrawn, the town would have fallen, analysts said.", "08"),
    (
        "The government did not lift the curfew, despite calls from business leaders.",
        "08",
    ),
    (
        "If the rebels attack the capital, the army will respond, the general said.",
        "19",
    ),
    ("Police did not arrest anyone after the attack on the newspaper's offices.", "17"),
    ("The EU stopped short of suspending aid to the government.", "16"),
    ("Neither side has signed the agreement, a diplomat said.", "05"),
    ("The president said he would not pardon his son.", "08"),
    ("No country has recognised the breakaway republic.", "05"),
    ("The junta has yet to expel the French ambassador.", "16"),
    ("Prosecutors have not charged the former president with any crime.", "11"),
    ("The opposition called off the march planned for Saturday.", "14"),
    ("The two leaders are due to meet in Geneva next month.", "04"),
    ("Authorities did not ban the rally, organisers said.", "17"),
    (
        "The government has no plans to impose sanctions on the country, the minister said.",
        "16",
    ),
    ("Pakistan did not retaliate after the strikes, the army said.", "19"),
    ("If the talks fail, the union could strike next month.", "14"),
    ("The ministry denied reports that it had deported the journalists.", "17"),
    ("Turkey has not offered to mediate, its foreign ministry said.", "03"),
    ("The ambassador was not summoned, officials said.", "11"),
]


# Round 16 (helper-76): written and labelled before the coder ran on them, in the
# language of a story's body, paragraphs 3 to 10 of real wire copy: acts told in
# clauses after "which", "who", "after", "as", "while" and "when"; acts in reported
# speech ("X said Y had ..."); second conjuncts ("... and later expelled ..."); acts told
# as nouns ("the arrest of", "Tuesday's strike on", "its decision to"); doers named by
# title and country ("Kenya's interior minister"); and the everyday verbs of all twenty
# roots in the natural mix of world news (01-05 talk most, 17-19 force next). Codes
# checked against ../shared/reference/cameo-codes.csv and kept to the earlier rounds'
# notes: plain "said" is no event; "A said B had done X" is B's act X; a visit 042, its
# host's reception 043, a meeting on third soil or on a summit's sidelines 044, talks
# held 046, a call 041, shuttling mediators 045, an offer to mediate 039; welcome and
# praise 051; ties restored 050; agreements signed 057; a pledge of money 0331, of
# weapons 0332, of relief 0333; weapons delivered 072, relief 073, money 071, troops
# sent to protect 074; an extradition 063 (the country the person is sent to as
# recipient); prisoners freed 0841, property returned 0842, sanctions eased 085, a
# resignation under pressure 0831, troops pulled back 0874, a truce declared 0871; a
# demand to withdraw or stop fighting 1056; an envoy summoned or a formal protest 114;
# charges 115, a guilty verdict with a fine 116, an arrest or detention 173, a
# deportation 174, envoys expelled or recalled 161, peacekeepers ordered out 1661,
# sanctions and export bans 163; a deadline "or face" a named measure a threat of that
# measure; a walk-out from parliament 140, a strike 143, roads blocked 144, a riot 145;
# troops moved to a border 154, an alert 152; police firing tear gas at a crowd 175;
# militants' attacks with no weapon named 180; fighting with no weapon named 190, fire
# exchanged 193, shelling 194, air and drone strikes 195, a town taken 192, a siege or
# a road closed to a region 191; a massacre 202. Where a sentence holds two events, the
# label is the act the case was written for (the one in the subordinate clause, the
# reported clause, the second conjunct or the noun, as the comment above each block
# says); the measure credits it if any event of the sentence has its root.
# Untuned figures: see measure_wire5 (recorded in the report).
CASES_R16: list[Case] = [
    # --- 01 statements ---
    (
        "Asked about the leaked cable on Monday, Pakistan's foreign office spokeswoman declined to comment.",
        "011",
        "PAK",
        None,
    ),
    (
        "Chile's finance minister, who presented the budget to Congress on Tuesday, warned that copper revenues would fall sharply next year.",
        "012",
        "CHL",
        None,
    ),
    (
        "Nepal's prime minister told reporters in Kathmandu that he was confident the coalition would survive the confidence vote.",
        "013",
        "NPL",
        None,
    ),
    (
        "Seoul is weighing whether to send a destroyer to the Strait of Hormuz, South Korea's defence minister told lawmakers on Wednesday.",
        "014",
        "KOR",
        None,
    ),
    (
        "Iraq's defence ministry admitted on Friday that one of its jets had bombed a wedding party by mistake.",
        "015",
        "IRQ",
        None,
    ),
    (
        "Serbia's president, who spoke to reporters after a security council meeting, denied that Belgrade had any role in the attack on the monastery.",
        "016",
        "SRB",
        None,
    ),
    (
        "Australia's foreign minister, speaking in Canberra, sent her condolences to the families of the six Tongan fishermen who drowned.",
        "018",
        "AUS",
        None,
    ),
    (
        "Ecuador's president flew to Guayaquil after the prison riot and laid flowers at a memorial to the guards who were killed.",
        "017",
        "ECU",
        None,
    ),
    (
        "Mexico's foreign minister said his government agreed with Washington's view that the smuggling networks had to be broken up.",
        "019",
        "MEX",
        "USA",
    ),
    # --- 02 appeals ---
    (
        "Lebanon's energy minister, who met Iraqi officials in Baghdad on Monday, asked Iraq to extend its fuel supply deal for another year.",
        "0211",
        "LBN",
        "IRQ",
    ),
    (
        "Tunisia's UGTT union, which has more than a million members, called on President Saied to restore parliament and hold early elections.",
        "0244",
        "TUN",
        "TUN",
    ),
    (
        "The families of the abducted schoolgirls, who marched to the governor's office on Tuesday, appealed to the kidnappers to free the girls.",
        "0253",
        None,
        None,
    ),
    (
        "Kenya's interior minister urged the two rival clans to sit down and settle their dispute over grazing land in Marsabit.",
        "027",
        "KEN",
        None,
    ),
    (
        "Armenia's prime minister said he had asked Moscow to send more border guards to protect the frontier with Azerbaijan.",
        "0234",
        "ARM",
        "RUS",
    ),
    (
        "After the earthquake struck on Friday night, Morocco's interior ministry asked for international help to reach villages in the Atlas mountains.",
        "0233",
        "MAR",
        None,
    ),
    (
        "The African Union's envoy, who arrived in Port Sudan on Sunday, urged the army and the RSF to agree to a ceasefire before the rainy season.",
        "0256",
        None,
        "SDN",
    ),
    # --- 03 intents and offers ---
    (
        "Japan's prime minister, who is on a three-day visit to Jakarta, pledged $500 million in loans to build a new commuter railway.",
        "0331",
        "JPN",
        "IDN",
    ),
    (
        "Ukraine's foreign minister said Germany had promised to deliver two more Patriot systems before winter.",
        "0332",
        "DEU",
        "UKR",
    ),
    (
        "Qatar, which has hosted the Taliban's political office since 2013, offered to mediate between Kabul and Islamabad after the border clashes.",
        "039",
        "QAT",
        None,
    ),
    (
        "Venezuela's government said it was ready to resume talks with the opposition in Mexico City, while rejecting any outside conditions.",
        "036",
        "VEN",
        "VEN",
    ),
    (
        "Indonesia's health minister said Jakarta would send two field hospitals and 50 doctors to Gaza as soon as the crossing opened.",
        "0333",
        "IDN",
        None,
    ),
    (
        "Niger's junta leader told a rally in Niamey that the military would hand power to civilians within three years.",
        "0341",
        "NER",
        None,
    ),
    (
        "Pakistan's interior minister said Islamabad would share intelligence with Tehran on the militants operating along their border.",
        "0314",
        "PAK",
        "IRN",
    ),
    # --- 04 consultations ---
    (
        "Turkey's foreign minister, who flew to Baghdad on Monday, met Iraq's prime minister to discuss the sharing of the Tigris's waters.",
        "042",
        "TUR",
        "IRQ",
    ),
    (
        "The Kremlin said Putin had spoken by phone with Kazakhstan's president on Tuesday, a day after the unrest in Almaty.",
        "041",
        "RUS",
        "KAZ",
    ),
    (
        "Egypt's intelligence chief held talks with Hamas leaders in Cairo on Sunday, as pressure grew for a deal on the hostages.",
        "046",
        "EGY",
        None,
    ),
    (
        "After meeting Pope Francis at the Vatican, Argentina's president told reporters the two men had discussed the country's debt.",
        "042",
        "ARG",
        None,
    ),
    (
        "Saudi Arabia's crown prince received Syria's president in Jeddah on Friday, state media reported, in the first such visit in over a decade.",
        "043",
        "SAU",
        "SYR",
    ),
    (
        "The leaders of India and China met on the sidelines of the BRICS summit in Johannesburg, their first meeting since the border clash.",
        "044",
        "IND",
        "CHN",
    ),
    (
        "Norwegian diplomats, who brokered the 1993 Oslo accords, have been shuttling between the Colombian government and the ELN since March.",
        "045",
        "NOR",
        None,
    ),
    (
        "Negotiators from Serbia and Kosovo held talks in Brussels on Thursday, an EU spokesman said, while the border stayed tense.",
        "046",
        "SRB",
        None,
    ),
    (
        "Bangladesh's foreign minister said she had spoken by telephone with her Myanmar counterpart about the return of the Rohingya refugees.",
        "041",
        "BGD",
        "MMR",
    ),
    (
        "China's premier, who is on a tour of Africa, arrived in Nairobi on Tuesday for a two-day visit.",
        "042",
        "CHN",
        "KEN",
    ),
    (
        "Iran's foreign minister met his Omani counterpart in Muscat on Monday, as Oman stepped up its mediation between Tehran and Washington.",
        "045",
        "OMN",
        None,
    ),
    # --- 05 diplomatic cooperation ---
    (
        "Germany's chancellor praised Poland's decision to take in more Ukrainian refugees, calling it an act of great solidarity.",
        "051",
        "DEU",
        "POL",
    ),
    (
        "The White House welcomed the release of the two aid workers, which came after weeks of talks with the Taliban.",
        "051",
        "USA",
        None,
    ),
    (
        "China's foreign ministry defended Pakistan's decision to hold the vote on schedule, saying outside criticism amounted to interference.",
        "052",
        "CHN",
        "PAK",
    ),
    (
        "Ecuador recognised the new government in Lima on Monday, days after Congress removed the president.",
        "054",
        "ECU",
        "PER",
    ),
    (
        "The Dutch prime minister apologised on Tuesday for the Netherlands' role in the slave trade, which lasted for more than two centuries.",
        "055",
        "NLD",
        None,
    ),
    (
        "Kenya's president, who chairs the regional bloc, urged member states to back Somalia's bid to join the East African Community.",
        "053",
        "KEN",
        None,
    ),
    # --- 06 material cooperation ---
    (
        "The Philippines and Japan, which signed a defence pact last year, began joint naval drills in the South China Sea on Monday.",
        "062",
        "PHL",
        "JPN",
    ),
    (
        "Spain's interior minister said Madrid and Rabat had shared intelligence that led to the arrest of 14 suspected militants.",
        "064",
        "ESP",
        "MAR",
    ),
    (
        "The two suspects, who fled to Bishkek after the shooting, were handed over to Kazakhstan by Kyrgyz authorities on Friday.",
        "063",
        "KGZ",
        "KAZ",
    ),
    # --- 07 aid ---
    (
        "The European Union, which has given Moldova more than 1 billion euros since 2022, disbursed a further 120 million euros on Thursday.",
        "071",
        None,
        "MDA",
    ),
    (
        "Britain's defence secretary said London had sent 5,000 anti-tank missiles to Ukraine since the invasion began.",
        "072",
        "GBR",
        "UKR",
    ),
    (
        "Turkish relief planes landed in Benghazi on Wednesday and delivered tents, blankets and medicine to the flood survivors.",
        "073",
        "TUR",
        None,
    ),
    (
        "Rwanda, whose troops helped drive the insurgents out of Palma, sent 1,000 more soldiers to Mozambique's Cabo Delgado province.",
        "074",
        "RWA",
        "MOZ",
    ),
    (
        "Mexico granted asylum to Bolivia's former president, who had fled the country after weeks of protests.",
        "075",
        "MEX",
        "BOL",
    ),
    # --- 08 yielding ---
    (
        "Iran freed a French tourist on Friday, a week after the arrest of two Iranian citizens in Paris.",
        "0841",
        "IRN",
        "FRA",
    ),
    (
        "Ethiopia's prime minister said the government had restored internet access in the Tigray region on Tuesday.",
        "0811",
        "ETH",
        None,
    ),
    (
        "Washington eased sanctions on Venezuela's oil sector after the government agreed to hold an election, the Treasury said.",
        "085",
        "USA",
        "VEN",
    ),
    (
        "Peru's interior minister resigned on Sunday, days after police shot dead two protesters in Lima.",
        "0831",
        "PER",
        None,
    ),
    (
        "Russian troops, who had held the city since March, withdrew from Kherson across the Dnipro river, Moscow said.",
        "0874",
        "RUS",
        None,
    ),
    (
        "Sudan's army declared a 72-hour ceasefire on Saturday, as mediators in Jeddah pressed for a longer truce.",
        "0871",
        "SDN",
        None,
    ),
    (
        "Uganda's trade minister said Kenyan authorities had returned the seized fuel trucks to their Ugandan owners.",
        "0842",
        "KEN",
        None,
    ),
    # --- 09 investigations ---
    (
        "Ghana's special prosecutor said on Friday his office was investigating the former finance minister over the award of a $200 million contract.",
        "091",
        "GHA",
        "GHA",
    ),
    (
        "Israel's military said it had opened an investigation into the strike on the aid convoy, which killed seven workers.",
        "093",
        "ISR",
        None,
    ),
    (
        "Brazil's federal police opened an inquiry into the killing of the indigenous leader, whose body was found near the border with Peru.",
        "092",
        "BRA",
        None,
    ),
    # --- 10 demands ---
    (
        "Senegal's opposition, which won a majority in parliament in July, demanded the prime minister's resignation on Thursday.",
        "1041",
        "SEN",
        "SEN",
    ),
    (
        "Poland's prime minister said Warsaw had demanded that Belarus pull its troops back from the border.",
        "1056",
        "POL",
        "BLR",
    ),
    (
        "The Security Council, which met in emergency session on Sunday, demanded an immediate halt to the fighting in eastern Congo.",
        "1056",
        None,
        None,
    ),
    # --- 11 disapproval ---
    (
        "South Africa's president condemned the killing of the farmers, which he said was an attack on all South Africans.",
        "111",
        "ZAF",
        None,
    ),
    (
        "Colombia's defence minister accused the ELN of planting the mines that killed four soldiers in Arauca.",
        "112",
        "COL",
        "COL",
    ),
    (
        "Pakistan's foreign office summoned the Afghan envoy on Monday to protest the cross-border attacks, which killed six soldiers.",
        "114",
        "PAK",
        "AFG",
    ),
    (
        "Prosecutors in Lima charged the former president with money laundering on Wednesday, a week after his arrest at the airport.",
        "115",
        "PER",
        "PER",
    ),
    (
        "A court in Dhaka found the opposition leader guilty of graft and fined him $10,000, his lawyer said.",
        "116",
        "BGD",
        "BGD",
    ),
    (
        "Human Rights Watch, which documented the killings, accused Burkina Faso's army of executing dozens of civilians in Soro.",
        "1122",
        None,
        "BFA",
    ),
    (
        "Nicaragua's government accused the Catholic bishop of treason, days after he criticised the president in a sermon.",
        "1125",
        "NIC",
        "NIC",
    ),
    (
        "China's foreign ministry spokesman criticised Japan's decision to release water from the Fukushima plant, calling it irresponsible.",
        "111",
        "CHN",
        "JPN",
    ),
    (
        "Kenya's interior minister blamed Al-Shabaab for the attack, which killed five police officers near the Somali border.",
        "112",
        "KEN",
        None,
    ),
    (
        "Iran lodged a formal protest with Azerbaijan after the arrest of two of its nationals in Baku.",
        "114",
        "IRN",
        "AZE",
    ),
    # --- 12 rejection ---
    (
        "Israel rejected the ceasefire proposal, which Egypt and Qatar had put forward on Monday, an Israeli official said.",
        "1246",
        "ISR",
        None,
    ),
    (
        "Serbia refused to hand over the three suspects to Kosovo, saying it did not recognise the court in Pristina.",
        "1213",
        "SRB",
        None,
    ),
    (
        "Guinea's junta leader dismissed calls for an early election, which the opposition and West African leaders had made.",
        "123",
        "GIN",
        None,
    ),
    # --- 13 threats ---
    (
        "Washington threatened to impose sanctions on Uganda over the new law, which President Museveni signed on Monday.",
        "1312",
        "USA",
        "UGA",
    ),
    (
        "Nigeria's main labour unions, which represent millions of workers, threatened a nationwide strike if the government did not raise wages.",
        "133",
        "NGA",
        "NGA",
    ),
    (
        "Pakistan's foreign minister said Islamabad had given Kabul until Friday to hand over the militants or face military action.",
        "138",
        "PAK",
        "AFG",
    ),
    # --- 14 protest ---
    (
        "Thousands of people marched through Tbilisi on Saturday, a day after parliament passed the foreign agents law.",
        "141",
        None,
        None,
    ),
    (
        "Teachers in Kenya went on strike on Monday, after talks on pay with the government broke down.",
        "143",
        "KEN",
        None,
    ),
    (
        "Farmers, who have protested against EU trade rules for weeks, blocked roads into Brussels with their tractors.",
        "144",
        None,
        None,
    ),
    (
        "Rioters set fire to the town hall in Noumea, as anger over the voting reform spread across New Caledonia.",
        "145",
        None,
        None,
    ),
    (
        "Opposition lawmakers walked out of parliament in Harare as the finance minister began to read the budget.",
        "140",
        "ZWE",
        None,
    ),
    # --- 15 force posture ---
    (
        "India's army said it had moved two more divisions to the border with China after the clash in the Galwan valley.",
        "154",
        "IND",
        "CHN",
    ),
    (
        "Taiwan put its forces on alert on Tuesday as Chinese warships sailed around the island.",
        "152",
        "TWN",
        None,
    ),
    # --- 16 reducing relations ---
    (
        "Niger expelled the French ambassador on Saturday, days after the junta cut military ties with Paris.",
        "161",
        "NER",
        "FRA",
    ),
    (
        "The United States suspended $95 million in aid to Uganda, which had passed a harsh anti-gay law in May.",
        "162",
        "USA",
        "UGA",
    ),
    (
        "The European Union imposed sanctions on 12 Iranian officials, whom it accused of taking part in the crackdown on protesters.",
        "163",
        None,
        "IRN",
    ),
    (
        "Colombia's president suspended talks with the FARC dissidents after a car bomb in Cauca, which killed two people.",
        "164",
        "COL",
        "COL",
    ),
    (
        "Algeria recalled its ambassador from Madrid on Saturday, after Spain backed Morocco's plan for Western Sahara.",
        "161",
        "DZA",
        "ESP",
    ),
    # --- 17 coercion ---
    (
        "Kenya's interior minister said police had arrested 23 people over the attack on the parliament building.",
        "173",
        "KEN",
        None,
    ),
    (
        "The arrest of the opposition leader by Senegalese police on Tuesday, which his party called politically motivated, set off protests in Dakar.",
        "173",
        "SEN",
        "SEN",
    ),
    (
        "Tunisian authorities, who have jailed dozens of the president's critics since 2023, detained a prominent lawyer at her home on Saturday.",
        "173",
        "TUN",
        "TUN",
    ),
    (
        "Nicaragua's government, which has closed hundreds of charities, seized the campus of the Jesuit university in Managua.",
        "1711",
        "NIC",
        None,
    ),
    (
        "Israeli forces demolished 12 Palestinian homes in Masafer Yatta, which an Israeli court had declared a firing zone.",
        "1712",
        "ISR",
        None,
    ),
    (
        "Pakistan's government imposed a curfew in the city of Gilgit, as sectarian clashes spread for a second day.",
        "1723",
        "PAK",
        None,
    ),
    (
        "Ecuador's president declared a state of emergency on Monday after the escape of a gang leader from a prison in Guayaquil.",
        "1724",
        "ECU",
        None,
    ),
    (
        "Bangladesh's election commission barred the main opposition party from contesting the vote, which it plans to hold in January.",
        "1722",
        "BGD",
        "BGD",
    ),
    (
        "Police fired tear gas and rubber bullets at protesters in Nairobi, as thousands marched against the finance bill.",
        "175",
        "KEN",
        None,
    ),
    (
        "Russia's media regulator blocked access to the independent news site, which had reported on the army's losses.",
        "1721",
        "RUS",
        None,
    ),
    (
        "Security forces raided the offices of Zimbabwe's main opposition party in Harare and later detained six of its officials.",
        "173",
        "ZWE",
        "ZWE",
    ),
    (
        "Amnesty International said Egyptian authorities had arrested at least 40 people after the protests in Suez.",
        "173",
        "EGY",
        None,
    ),
    # --- 18 assault ---
    (
        "Gunmen, who stormed a school in Nigeria's Kaduna state on Thursday, abducted more than 100 pupils, police said.",
        "181",
        None,
        None,
    ),
    (
        "Houthi fighters seized a cargo ship in the Red Sea and took its 25 crew members hostage.",
        "181",
        "YEM",
        None,
    ),
    (
        "A suicide bomber blew himself up at a mosque in Peshawar, killing at least 50 worshippers, police said.",
        "1831",
        None,
        None,
    ),
    (
        "Mexico's security minister said the mayor of Chilpancingo had been shot dead by gunmen a week after taking office.",
        "186",
        None,
        "MEX",
    ),
    (
        "A roadside bomb struck an army convoy in Mali's Mopti region on Monday, killing four soldiers, the army said.",
        "1833",
        None,
        "MLI",
    ),
    # --- 19 fighting ---
    (
        "Russian forces shelled Kharkiv overnight, Ukraine's interior minister said, as fighting raged in the east.",
        "194",
        "RUS",
        "UKR",
    ),
    (
        "Israeli jets struck targets in southern Lebanon on Sunday, hours after Hezbollah fired rockets at northern Israel.",
        "195",
        "ISR",
        "LBN",
    ),
    (
        "The Sudanese army said it had retaken the city of Wad Madani from the RSF, which captured it in December.",
        "192",
        "SDN",
        None,
    ),
    (
        "Azerbaijani forces, which launched an offensive in Nagorno-Karabakh on Tuesday, pounded Armenian positions with artillery.",
        "194",
        "AZE",
        "ARM",
    ),
    (
        "Azerbaijan closed the Lachin corridor, the only road linking Nagorno-Karabakh to Armenia, cutting off food supplies to 120,000 people.",
        "191",
        "AZE",
        None,
    ),
    (
        "Fighting broke out between the army and Kachin rebels in northern Myanmar after the rebels overran a military outpost.",
        "190",
        "MMR",
        None,
    ),
    (
        "Ukraine said its drones had hit two Russian airfields overnight, destroying several bombers.",
        "195",
        "UKR",
        "RUS",
    ),
    (
        "Russia's defence ministry said Ukrainian forces had violated the Easter truce more than 1,000 times.",
        "196",
        "UKR",
        "RUS",
    ),
    (
        "Somali troops, backed by tanks, stormed the militant-held town of Ras Kamboni and seized its port, the defence minister said.",
        "192",
        "SOM",
        None,
    ),
    (
        "The truce collapsed on Sunday when Houthi fighters attacked government positions south of Marib, the Yemeni army said.",
        "190",
        "YEM",
        "YEM",
    ),
    # --- 20 mass violence ---
    (
        "Survivors told U.N. investigators that soldiers had killed more than 300 people in the village of Moura over five days.",
        "202",
        None,
        None,
    ),
    (
        "The RSF, which has been accused of ethnic cleansing in West Darfur, killed hundreds of Masalit men in El Geneina, U.N. investigators said.",
        "202",
        "SDN",
        None,
    ),
]

# Sentences that hold no political event: every one must stay silent.
NEAR_MISSES_R16: list[str] = [
    # background and description in a story's body
    "The ministry, which was created in 2019, employs about 4,000 people.",
    "The minister, who studied law in Paris, has held the post since 2021.",
    "The port, which handles a third of the country's imports, is run by a Chinese firm.",
    "The border, which runs for 1,600 km through desert, was drawn by colonial powers.",
    "The president, who turns 80 next month, is the oldest leader in the region.",
    # statistics and figures
    "Inflation, which peaked at 80 percent last year, eased to 45 percent in May.",
    "About 2 million people live in the camps, most of them women and children.",
    "The country's debt, which stands at $40 billion, is mostly owed to China.",
    "Turnout was 38 percent, the lowest since independence, the electoral commission said.",
    # forecasts and analysis
    "Analysts said the ruling would make it harder for the coalition to govern.",
    "Economists expect the central bank to raise rates again in July.",
    "Diplomats said the outcome of the summit was hard to predict.",
    # non-political senses of event verbs
    "The striker scored twice after the break as the home side beat Ghana 3-1.",
    "The actor, who died of a cardiac arrest on Sunday, was 74.",
    "Wildfires, which have burned 40,000 hectares, forced the closure of a highway.",
    "The virus attacked the patient's lungs, doctors said.",
    "The storm, which struck the coast on Tuesday, knocked out power to 200,000 homes.",
    "The ship ran aground while it was entering the port of Durban.",
    # business and markets
    "The company, which is based in Lagos, said its profits rose 20 percent.",
    "Shares in the miner fell 9 percent after it cut its output forecast.",
    "The airline, which is state owned, ordered 30 new jets from Airbus.",
    # culture and private life
    "The film, which tells the story of a refugee family, won the top prize at the festival.",
    "The former minister's daughter married a businessman in a ceremony in Abuja.",
    # crime with no state actor
    "Two men were killed when their car crashed into a bus near Kumasi.",
    "Thieves stole jewellery worth $2 million from a shop in the capital, the owner said.",
]

# Negated, hypothetical or expected acts: (text, CAMEO root the act would have).
NOT_THE_ACT_R16: list[tuple[str, str]] = [
    (
        "The foreign minister, who has not visited Beijing since taking office, said no trip was planned.",
        "04",
    ),
    (
        "Police said they had not arrested anyone over the killing of the journalist.",
        "17",
    ),
    ("The army denied that its aircraft had bombed the market in Tigray.", "19"),
    (
        "Kenya's interior minister said the government would not deport the refugees, who have lived in Dadaab for decades.",
        "17",
    ),
    (
        "If the junta expels the envoy, Paris will cut its aid, a French official said.",
        "16",
    ),
    ("The talks, which were due to open on Monday, have been postponed.", "04"),
    ("Washington has yet to recognise the new government in Niamey.", "05"),
    (
        "The rebels said they would only release the hostages when the army withdrew from the town.",
        "08",
    ),
    ("Neither country has imposed sanctions on the junta, diplomats said.", "16"),
    (
        "Turkey's foreign minister said Ankara had no plans to send troops to Libya, despite calls from Tripoli.",
        "07",
    ),
    (
        "The union said it might strike next month if talks with the ministry fail.",
        "14",
    ),
    (
        "Officials said there had been no fighting in the town since the truce took effect.",
        "19",
    ),
]


# Round 17 (helper-84): written and labelled before the coder ran on them, weighted to
# the acts of courts, legislatures, trade and diplomacy in everyday wire English, and to
# acts reported by "said": courts granting stays and bail, acquitting, convicting,
# sentencing, commuting and denying bail; parliaments passing laws, ratifying,
# impeaching, rejecting requests; tariffs, duties and import bans put on a country's
# goods, complaints filed at the WTO or the ICJ; aid announced, approved and deposited;
# officials greeting, hosting and receiving; "remained ready to talk to", "would
# cooperate fully with"; territory taken from a foe; pardons and releases in the
# passive; criticism and praise reported by "said" ("said the duties were unjustified",
# "said Guinea had made significant progress"); and the everyday verbs of all twenty
# roots. Codes checked against ../shared/reference/cameo-codes.csv and kept to the
# earlier rounds' notes: a court's stay of a state's order eases its hold (081, as
# CAMEO.2.0 files bail and acquittal, verb.acquit); a plain acquittal 081, an acquittal
# with release, bail, a pardon, an amnesty or a commuted sentence 0841 (round 8's note);
# bail denied 1243; a prison sentence, a conviction with prison, a warrant, an order to
# stand trial 173 (116's note, round 5's note), a guilty verdict with a fine 116;
# charges, an impeachment, a suit at the ICJ or a WTO complaint 115; a law restricting
# groups 1721 (round 3's usage); a treaty ratified 057; sanctions, tariffs, duties,
# import bans and export controls on a country 163, lifted 085; aid announced or
# approved as given 071 (round 3's note), promised 0331; a host's greeting or reception
# 043; readiness to talk 036, to cooperate 030; a town taken 192; criticism reported by
# "said" 111, praise 051. Where a sentence holds two events, the label is the act the
# case was written for; the measure credits it if any event of the sentence has its root.
# Untuned figures: see measure_wire5 (recorded in the report).
CASES_R17: list[Case] = [
    # --- courts ---
    (
        "Kenya's High Court on Tuesday granted a stay of the government's order deporting two Nigerian journalists, pending a full hearing.",
        "081",
        "KEN",
        None,
    ),
    (
        "A Dhaka court granted bail to the opposition party's secretary general, who had been held since the October rally.",
        "0841",
        "BGD",
        None,
    ),
    (
        "A court in Istanbul acquitted four journalists accused of spreading terrorist propaganda.",
        "081",
        "TUR",
        "TUR",
    ),
    (
        "A military court in Kinshasa convicted 12 soldiers of murdering civilians in eastern Congo and sentenced them to life in prison.",
        "173",
        "COD",
        "COD",
    ),
    (
        "A Moscow court sentenced an American journalist to 16 years in a high-security prison on espionage charges.",
        "173",
        "RUS",
        "USA",
    ),
    (
        "Guatemala's Constitutional Court ruled that the former president must stand trial for corruption.",
        "173",
        "GTM",
        "GTM",
    ),
    (
        "A Paris court found a former Gabonese minister guilty of money laundering and fined him 2 million euros.",
        "116",
        "FRA",
        "GAB",
    ),
    (
        "Pakistan's Supreme Court ordered the release of the former prime minister, ruling that his arrest on the court's premises was illegal.",
        "0841",
        "PAK",
        "PAK",
    ),
    (
        "The International Criminal Court issued an arrest warrant for the commander of a Libyan militia accused of torturing detainees.",
        "173",
        "IGO",
        "LBY",
    ),
    (
        "A Tunis appeals court upheld the prison sentence handed to the leader of the main opposition party.",
        "173",
        "TUN",
        "TUN",
    ),
    (
        "Prosecutors in Manila charged the former national police chief with murder over the killings of drug suspects.",
        "115",
        "PHL",
        "PHL",
    ),
    (
        "Zimbabwe's High Court denied bail to the jailed opposition lawmaker for a third time on Wednesday.",
        "1243",
        "ZWE",
        "ZWE",
    ),
    (
        "An Egyptian court commuted the death sentences of seven men convicted over the 2013 protests.",
        "0841",
        "EGY",
        "EGY",
    ),
    (
        "Kyrgyzstan's Supreme Court acquitted the former deputy prime minister on appeal and ordered his immediate release.",
        "0841",
        "KGZ",
        "KGZ",
    ),
    # --- legislatures ---
    (
        "Georgia's parliament passed a law on Tuesday requiring groups that receive foreign funding to register as foreign agents.",
        "1721",
        "GEO",
        "GEO",
    ),
    (
        "Peru's Congress voted to impeach the president over allegations that she accepted luxury watches from a regional governor.",
        "115",
        "PER",
        "PER",
    ),
    (
        "The U.S. Senate passed a bill imposing sanctions on Chinese officials over the crackdown in Hong Kong.",
        "163",
        "USA",
        "CHN",
    ),
    (
        "Ukraine's parliament ratified a defence cooperation agreement with Britain on Thursday.",
        "057",
        "UKR",
        "GBR",
    ),
    (
        "The Turkish parliament ratified Finland's bid to join NATO, clearing the last hurdle to its membership.",
        "057",
        "TUR",
        "FIN",
    ),
    (
        "Lawmakers in Seoul passed a resolution condemning North Korea's latest missile launches.",
        "111",
        "KOR",
        "PRK",
    ),
    (
        "The Nigerian Senate rejected the president's request to deploy troops to neighbouring Niger.",
        "1232",
        "NGA",
        "NGA",
    ),
    (
        "Nepal's parliament passed a motion urging India to reopen the border crossings closed during the election.",
        "0211",
        "NPL",
        "IND",
    ),
    # --- trade ---
    (
        "Washington imposed 25 percent tariffs on steel and aluminium from Canada and Mexico.",
        "163",
        "USA",
        "CAN",
    ),
    (
        "China slapped anti-dumping duties of up to 200 percent on Australian wine.",
        "163",
        "CHN",
        "AUS",
    ),
    (
        "India raised import duties on Pakistani goods to 200 percent after the attack in Kashmir.",
        "163",
        "IND",
        "PAK",
    ),
    (
        "Brazil filed a complaint at the World Trade Organization against U.S. tariffs on its ethanol.",
        "115",
        "BRA",
        "USA",
    ),
    (
        "Canada's trade minister said the duties on Canadian softwood lumber were unjustified and would hurt workers on both sides of the border.",
        "111",
        "CAN",
        None,
    ),
    (
        "Japan removed South Korea from its list of trusted trading partners, tightening export controls on chip materials.",
        "163",
        "JPN",
        "KOR",
    ),
    (
        "The European Union lifted its duties on American motorcycles as part of the truce in the steel dispute.",
        "085",
        "IGO",
        "USA",
    ),
    (
        "Russia banned imports of Moldovan fruit, citing pesticide residues.",
        "163",
        "RUS",
        "MDA",
    ),
    (
        "Indonesia and the United Arab Emirates signed a free trade agreement in Jakarta.",
        "057",
        "IDN",
        "ARE",
    ),
    (
        "Beijing suspended imports of Japanese seafood over the release of treated water from the Fukushima plant.",
        "163",
        "CHN",
        "JPN",
    ),
    # --- aid ---
    (
        "Germany announced 200 million euros in humanitarian aid for Sudan on Monday.",
        "071",
        "DEU",
        "SDN",
    ),
    (
        "The World Bank approved a $1.5 billion loan to Egypt to support its social safety programmes.",
        "071",
        "IGO",
        "EGY",
    ),
    (
        "Japan will give Ukraine $4.5 billion in economic aid, the prime minister said in Tokyo.",
        "0331",
        "JPN",
        "UKR",
    ),
    (
        "Saudi Arabia deposited $3 billion in Pakistan's central bank to shore up its foreign reserves.",
        "071",
        "SAU",
        "PAK",
    ),
    (
        "A Turkish navy ship carrying 500 tonnes of food and medicine for Lebanon docked in the port of Tripoli.",
        "073",
        "TUR",
        "LBN",
    ),
    (
        "The United States sent two more Patriot batteries to Poland, the Pentagon said.",
        "072",
        "USA",
        "POL",
    ),
    (
        "Norway cut its aid to Tanzania after reports of corruption in the health ministry.",
        "1621",
        "NOR",
        "TZA",
    ),
    # --- hosting, greeting, calls and visits ---
    (
        "King Abdullah greeted the Palestinian president at the royal palace in Amman on Sunday.",
        "043",
        "JOR",
        "PSE",
    ),
    (
        "Vietnam's president hosted his Laotian counterpart in Hanoi for talks on trade and energy.",
        "043",
        "VNM",
        "LAO",
    ),
    (
        "Egypt's foreign minister received the Sudanese army chief in Cairo on Thursday.",
        "043",
        "EGY",
        "SDN",
    ),
    (
        "The Chinese premier welcomed the German chancellor at the Great Hall of the People.",
        "043",
        "CHN",
        "DEU",
    ),
    (
        "The Emir of Qatar received a phone call from the Iranian president on Saturday.",
        "041",
        "IRN",
        "QAT",
    ),
    (
        "Ghana's president spoke by telephone with the Ivorian leader about the security situation in the Sahel.",
        "041",
        "GHA",
        "CIV",
    ),
    (
        "Hungary's prime minister travelled to Beijing for talks with President Xi.",
        "042",
        "HUN",
        "CHN",
    ),
    (
        "The Indian and Chinese foreign ministers met on the sidelines of the G20 summit in Johannesburg.",
        "044",
        "IND",
        "CHN",
    ),
    # --- readiness to talk and to cooperate, offers ---
    (
        "Iran's foreign minister said Tehran remained ready to talk to Washington about its nuclear programme.",
        "036",
        "IRN",
        "USA",
    ),
    (
        "Thailand's army chief said the military would cooperate fully with the investigation by the national human rights commission.",
        "030",
        "THA",
        "THA",
    ),
    (
        "Lebanon's caretaker prime minister said his government would cooperate fully with the U.N. peacekeepers in the south.",
        "030",
        "LBN",
        None,
    ),
    (
        "Kosovo's prime minister said he was ready to meet Serbia's president in Brussels without preconditions.",
        "036",
        None,
        "SRB",
    ),
    (
        "The Malian junta said it was open to dialogue with the separatist rebels in the north.",
        "036",
        "MLI",
        None,
    ),
    (
        "South Africa offered to help mediate between Russia and Ukraine.",
        "039",
        "ZAF",
        None,
    ),
    (
        "Kazakhstan pledged to increase oil supplies to Germany through the Druzhba pipeline.",
        "0311",
        "KAZ",
        "DEU",
    ),
    # --- territory taken ---
    (
        "Sudanese army troops took the town of Wad Madani from the RSF after weeks of fighting.",
        "192",
        "SDN",
        "SDN",
    ),
    (
        "M23 rebels captured the eastern Congolese city of Goma from government troops.",
        "192",
        "COD",
        "COD",
    ),
    (
        "Ukrainian troops recaptured the village of Robotyne from Russian forces.",
        "192",
        "UKR",
        "RUS",
    ),
    (
        "Myanmar's rebel alliance seized the northern town of Lashio from the junta.",
        "192",
        "MMR",
        "MMR",
    ),
    (
        "Israeli troops took control of the Rafah crossing on the Gaza side of the border with Egypt.",
        "192",
        "ISR",
        None,
    ),
    # --- pardons and releases in the passive ---
    (
        "Two Australian journalists held in China were released on Friday and flown home.",
        "0841",
        None,
        "AUS",
    ),
    (
        "More than 600 prisoners were pardoned by Cuba's government ahead of the pope's visit.",
        "0841",
        "CUB",
        "CUB",
    ),
    (
        "The British-Iranian aid worker was freed by Tehran after six years in detention.",
        "0841",
        "IRN",
        "GBR",
    ),
    (
        "Three opposition activists were released on bail by a court in Harare.",
        "0841",
        "ZWE",
        "ZWE",
    ),
    (
        "The seized cargo ship and its 20 Filipino crew were released by the Houthis.",
        "0841",
        "YEM",
        "PHL",
    ),
    (
        "Hundreds of political prisoners were granted amnesty by the Venezuelan government.",
        "0841",
        "VEN",
        "VEN",
    ),
    # --- criticism and praise reported by "said" ---
    (
        "China's commerce ministry said the tariffs were unjustified and violated WTO rules.",
        "111",
        "CHN",
        None,
    ),
    (
        "The IMF said Guinea had made significant progress in reforming its mining sector.",
        "051",
        "IGO",
        "GIN",
    ),
    (
        "Germany's foreign minister said Israel's new settlement plans were unacceptable.",
        "111",
        "DEU",
        "ISR",
    ),
    (
        "The U.N. human rights chief said Nicaragua's crackdown on the Catholic church was deeply troubling.",
        "111",
        "IGO",
        "NIC",
    ),
    (
        "Washington said Kyiv had shown great courage in defending itself.",
        "051",
        "USA",
        "UKR",
    ),
    (
        "Morocco's king said Spain's new position on Western Sahara was a courageous step.",
        "051",
        "MAR",
        "ESP",
    ),
    (
        "Brazil's president said the U.S. sanctions on Venezuela were illegal and hurt ordinary people.",
        "111",
        "BRA",
        "USA",
    ),
    (
        "Zambia's main opposition party said the vote had been rigged by the ruling party.",
        "112",
        "ZMB",
        "ZMB",
    ),
    (
        "Seoul said Pyongyang's missile launch was a grave provocation.",
        "111",
        "KOR",
        "PRK",
    ),
    (
        "The African Union said Senegal's peaceful handover of power was an example to the continent.",
        "051",
        "IGO",
        "SEN",
    ),
    # --- the everyday mix of all roots ---
    (
        "The Kremlin declined to say whether the Russian president would attend the summit in Brazil.",
        "011",
        "RUS",
        None,
    ),
    (
        "Chad's army denied that its soldiers had opened fire on protesters in N'Djamena.",
        "016",
        "TCD",
        None,
    ),
    (
        "Al-Shabaab claimed responsibility for the attack on a hotel in Mogadishu.",
        "015",
        "SOM",
        None,
    ),
    (
        "Haiti's prime minister appealed for international troops to help restore order in Port-au-Prince.",
        "0234",
        "HTI",
        None,
    ),
    (
        "The pope called for a ceasefire in Gaza and the release of all hostages.",
        "0256",
        None,
        None,
    ),
    (
        "Sri Lanka asked India for an urgent $1 billion credit line to pay for fuel imports.",
        "0231",
        "LKA",
        "IND",
    ),
    (
        "Saudi Arabia and Iran restored diplomatic ties after seven years of rupture.",
        "050",
        "SAU",
        "IRN",
    ),
    (
        "Ecuador's president apologised to Mexico for the police raid on its embassy in Quito.",
        "055",
        "ECU",
        "MEX",
    ),
    (
        "Colombia extradited a leader of the Clan del Golfo cartel to the United States.",
        "063",
        "COL",
        "USA",
    ),
    (
        "The Indian and Egyptian armies began joint exercises in the desert near Jaisalmer.",
        "062",
        "IND",
        "EGY",
    ),
    (
        "Canada granted asylum to a Saudi woman who had barricaded herself in a Bangkok hotel room.",
        "075",
        "CAN",
        "SAU",
    ),
    (
        "Ethiopia's government lifted the state of emergency in the Amhara region.",
        "0814",
        "ETH",
        "ETH",
    ),
    (
        "Russian forces withdrew from the west bank of the Dnipro near Kherson.",
        "0874",
        "RUS",
        None,
    ),
    (
        "The United States eased sanctions on Syria's banking sector on Friday.",
        "085",
        "USA",
        "SYR",
    ),
    (
        "The U.N. launched an investigation into the air strike on a hospital in Marib.",
        "093",
        "IGO",
        None,
    ),
    (
        "Bolivian prosecutors opened an inquiry into the failed coup attempt.",
        "091",
        "BOL",
        None,
    ),
    (
        "Kenyan protesters demanded the resignation of the interior minister over the death of a teacher in police custody.",
        "1041",
        "KEN",
        "KEN",
    ),
    (
        "China demanded that the Philippines withdraw its ship from the Second Thomas Shoal.",
        "1056",
        "CHN",
        "PHL",
    ),
    (
        "Russia accused Ukraine of shelling the Zaporizhzhia nuclear plant.",
        "112",
        "RUS",
        "UKR",
    ),
    (
        "Beijing summoned the Japanese ambassador to protest the prime minister's visit to the Yasukuni shrine.",
        "114",
        "CHN",
        "JPN",
    ),
    (
        "The Gambia sued Myanmar at the International Court of Justice for genocide against the Rohingya.",
        "115",
        "GMB",
        "MMR",
    ),
    (
        "Israel rejected the ceasefire proposal put forward by Egypt and Qatar.",
        "1246",
        "ISR",
        None,
    ),
    (
        "Hungary vetoed the EU's plan to send 50 billion euros to Ukraine.",
        "129",
        "HUN",
        None,
    ),
    (
        "North Korea threatened to shoot down U.S. spy planes flying near its coast.",
        "1384",
        "PRK",
        "USA",
    ),
    (
        "Washington warned Beijing of consequences if it supplied weapons to Russia.",
        "130",
        "USA",
        "CHN",
    ),
    (
        "Thousands of doctors went on strike across Nigeria to demand better pay.",
        "143",
        "NGA",
        None,
    ),
    (
        "Supporters of the jailed former prime minister blocked the main highway into Islamabad.",
        "144",
        "PAK",
        None,
    ),
    (
        "Azerbaijan massed troops along its border with Armenia, the defence ministry in Yerevan said.",
        "154",
        "AZE",
        "ARM",
    ),
    (
        "Taiwan put its forces on high alert as Chinese warships sailed near the island.",
        "152",
        "TWN",
        None,
    ),
    (
        "Niger's junta ordered the French ambassador to leave the country within 48 hours.",
        "161",
        "NER",
        "FRA",
    ),
    (
        "Mali ordered the U.N. peacekeeping mission to leave the country without delay.",
        "1661",
        "MLI",
        None,
    ),
    (
        "Police in Dhaka arrested 40 opposition activists ahead of a planned rally.",
        "173",
        "BGD",
        "BGD",
    ),
    (
        "Riot police in Tbilisi fired tear gas and water cannon at protesters outside parliament.",
        "175",
        "GEO",
        "GEO",
    ),
    (
        "Tanzania deported two Kenyan activists who had come to attend the trial of an opposition leader.",
        "174",
        "TZA",
        "KEN",
    ),
    (
        "Gunmen abducted 30 passengers from a bus in northwestern Nigeria.",
        "181",
        None,
        None,
    ),
    ("A suicide bomber killed 15 people at a mosque in Peshawar.", "1831", None, None),
    (
        "Israeli warplanes struck targets in southern Lebanon overnight.",
        "195",
        "ISR",
        "LBN",
    ),
    (
        "Russian artillery pounded the city of Kherson for a third day.",
        "194",
        "RUS",
        None,
    ),
    (
        "Indian and Pakistani troops exchanged fire across the Line of Control.",
        "193",
        "IND",
        "PAK",
    ),
    (
        "Islamist militants massacred more than 100 villagers in Burkina Faso's Barsalogho district.",
        "202",
        None,
        None,
    ),
]

# Sentences that hold no political event: every one must stay silent.
NEAR_MISSES_R17: list[str] = [
    # courts and legislatures at routine work
    "The court adjourned the hearing until March 12 to allow the defence more time.",
    "Parliament will resume its session after the summer recess on September 3.",
    "The judge, who was appointed in 2018, has presided over several high-profile cases.",
    "The bill, which runs to 400 pages, is expected to be debated next month.",
    "The trial drew hundreds of spectators to the courthouse in downtown Lima.",
    # trade and markets
    "Exports of coffee rose 12 percent in the first quarter, the statistics office said.",
    "The tariff schedule, published on Monday, runs to more than 1,000 items.",
    "Wheat prices hit a two-year high on fears of a poor harvest in Argentina.",
    "The trade deficit narrowed to $2.1 billion in April from $3.4 billion a year earlier.",
    "Shares in the steelmaker rose 6 percent after it reported record profits.",
    # sport
    "Morocco beat Portugal 1-0 to reach the World Cup semi-finals.",
    "The Kenyan runner broke the world record in the marathon in Chicago.",
    "The tennis star was granted a wildcard into the Australian Open.",
    # weather and disaster
    "Heavy rain flooded parts of Lagos, cutting off several roads.",
    "The cyclone weakened as it moved inland over Mozambique.",
    # business and private life
    "The airline said it would take delivery of 20 new aircraft next year.",
    "The bank released its quarterly results on Thursday, beating forecasts.",
    "The mining company agreed to buy a rival for $3 billion in cash.",
    "The singer was released from hospital after treatment for exhaustion.",
    "The film festival welcomed more than 50,000 visitors this year.",
    # opinion and forecasts
    "Analysts said the trade dispute could drag on for months.",
    "Economists expect the central bank to cut interest rates in June.",
    "Many voters said they were undecided ahead of Sunday's run-off.",
    # disasters and gifts
    "A fire at a market in Kano destroyed hundreds of stalls, officials said.",
    "The museum received a donation of 300 paintings from a private collector.",
]

# Negated, hypothetical or expected acts: (text, CAMEO root the act would have).
NOT_THE_ACT_R17: list[tuple[str, str]] = [
    (
        "The court declined to grant bail to the former minister, saying he might flee.",
        "08",
    ),
    ("Parliament did not pass the bill imposing sanctions on Russian banks.", "16"),
    ("Washington has not imposed tariffs on Mexican tomatoes, officials said.", "16"),
    ("The judge said she would rule on the request for a stay next week.", "08"),
    ("The government said it had no plans to pardon the jailed journalists.", "08"),
    (
        "If Beijing imposes duties on Australian barley, Canberra will file a complaint at the WTO, the trade minister said.",
        "16",
    ),
    (
        "The foreign minister denied that Turkey had sent weapons to the rebels in Libya.",
        "07",
    ),
    (
        "The rebels said they had not taken the town and that fighting was continuing on its outskirts.",
        "19",
    ),
    (
        "The prosecutor said no charges had been filed against the former president.",
        "11",
    ),
    (
        "Japan is considering whether to host the Chinese foreign minister next month.",
        "04",
    ),
    (
        "The president did not meet the opposition leader during his visit to Harare.",
        "04",
    ),
    (
        "The army said it would not arrest the protesters as long as they remained peaceful.",
        "17",
    ),
]

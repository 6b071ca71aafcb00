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

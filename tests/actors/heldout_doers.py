"""A held-out set of wire-style texts about who the doers and recipients are.

Written for eventwire by helper-28 (session 8) before the coder was run on them, and
labelled by hand as a careful CAMEO coder would code them: one record per text, with
its events as (CAMEO root, source code, target code). The texts are the project's own;
the people, towns and bodies with made-up names are invented, so the base cannot know
them and only the text's own words can code them.

Codes follow the project's CAMEO conventions (a prosecutor or attorney general JUD, a
regulator, agency, governor, mayor or central bank GOV, a company BUS, a union LAB, a
militia REB, a legislature of any level LEG, a party's campaign PTY). A code matches a
coder's code that starts with it ('IGOUNO' matches 'IGOUNOHCR'); '|' separates codes a
careful coder could give either of; a target of None means the event has no recipient.
Texts with no events are near misses: nobody in them acts politically.

bench/score_heldout_doers.py scores the coder on this set.
"""

from __future__ import annotations

from typing import NamedTuple


class Labelled(NamedTuple):
    """One gold event: CAMEO root and the source's and target's codes."""

    root: str
    source: str
    target: str | None


class Heldout(NamedTuple):
    """One held-out text, its kind of doer, its publication date and gold events."""

    id: str
    kind: str
    text: str
    date: str
    events: tuple[Labelled, ...]


def _h(id: str, kind: str, text: str, *events: tuple[str, str, str | None]) -> Heldout:
    return Heldout(id, kind, text, "2024-03-12", tuple(Labelled(*e) for e in events))


HELDOUT: tuple[Heldout, ...] = (
    # agencies and regulators
    _h(
        "ag-01",
        "agency",
        "Kenya's Communications Authority fined the mobile operator Telnova "
        "over poor service.",
        ("17", "KENGOV", "---BUS|KENBUS"),
    ),
    _h(
        "ag-02",
        "agency",
        "The Philippine Drug Enforcement Agency arrested a village chief in "
        "a raid on Tuesday.",
        ("17", "PHLCOP|PHLGOV", "PHLGOV"),
    ),
    _h(
        "ag-03",
        "agency",
        "Indonesia's environment agency sued a palm oil company over forest fires "
        "in Riau.",
        ("11", "IDNGOV|IDNENV", "IDNBUS"),
    ),
    _h(
        "ag-04",
        "agency",
        "The U.S. Federal Communications Commission banned equipment made by "
        "Chinese firm Huarong Telecom.",
        ("17|16", "USAGOV", "CHNBUS"),
    ),
    _h(
        "ag-05",
        "regulator",
        "Nigeria's aviation regulator suspended the licence of a private airline "
        "after the crash.",
        ("17|16", "NGAGOV", "NGABUS|---BUS"),
    ),
    _h(
        "ag-06",
        "regulator",
        "Brazil's antitrust regulator opened an investigation into the meat "
        "packer Carnevale.",
        ("09", "BRAGOV", "BRABUS|---BUS"),
    ),
    _h(
        "ag-07",
        "agency",
        "Mexico's tax agency accused a former governor of hiding income.",
        ("11", "MEXGOV", "MEXELI|MEXGOV|MEXOPP"),
    ),
    _h(
        "ag-08",
        "commission",
        "South Africa's Human Rights Commission condemned the police for "
        "shooting at striking miners.",
        ("11", "ZAFGOV|ZAFHRI|ZAFNGO", "ZAFCOP"),
    ),
    _h(
        "ag-09",
        "commission",
        "Ghana's electoral commission rejected the opposition's demand for a recount.",
        ("12", "GHAGOV", "GHAOPP"),
    ),
    _h(
        "ag-10",
        "commission",
        "The Independent Election Commission of Afghanistan invited observers "
        "from the European Union.",
        ("04|03", "AFGGOV", "IGOEUR"),
    ),
    # unions
    _h(
        "un-01",
        "union",
        "The Zambian mineworkers' union called on the government to raise wages.",
        ("02|10", "ZMBLAB", "ZMBGOV"),
    ),
    _h(
        "un-02",
        "union",
        "A nurses' union in Chile accused the health ministry of ignoring "
        "staff shortages.",
        ("11", "CHLLAB|CHLHLH", "CHLGOV"),
    ),
    _h(
        "un-03",
        "union",
        "The American Civil Rights Union sued the state of Texas over its "
        "new voting law.",
        ("11", "USANGO|USAHRI", "USAGOV"),
    ),
    _h(
        "un-04",
        "union",
        "Nigerian labour unions threatened a nationwide strike over the fuel "
        "price increase.",
        ("13|14", "NGALAB", "NGAGOV|None"),
    ),
    # companies
    _h(
        "co-01",
        "company",
        "U.S. oil giant Vantor Petroleum signed a deal with Guyana's government "
        "to drill offshore.",
        ("05|06|03", "USABUS", "GUYGOV"),
    ),
    _h(
        "co-02",
        "company",
        "Chinese telecoms firm Lanxin sued the Swedish government over a ban on "
        "its equipment.",
        ("11", "CHNBUS", "SWEGOV"),
    ),
    _h(
        "co-03",
        "company",
        "State-owned Ethiopian Airlines signed an agreement with Boeing for "
        "twenty aircraft.",
        ("05|06|03", "ETHBUS|ETHGOV", "USABUS|---BUS"),
    ),
    _h(
        "co-04",
        "company",
        "Russian state energy company Volgaprom cut gas supplies to Moldova.",
        ("16", "RUSBUS|RUSGOV", "MDA"),
    ),
    _h(
        "co-05",
        "company",
        "The Canadian mining company Northcrest accused the Malian junta of "
        "seizing its gold.",
        ("11", "CANBUS", "MLIMIL|MLIGOV"),
    ),
    _h(
        "co-06",
        "company anaphora",
        "Kalari Motors is India's third-largest carmaker. The company accused "
        "Pakistani hackers of stealing its designs.",
        ("11", "INDBUS", "PAK"),
    ),
    _h(
        "co-07",
        "company",
        "South Korean chipmaker Hansol Semicon praised the U.S. government for "
        "its subsidies.",
        ("05", "KORBUS", "USAGOV"),
    ),
    _h(
        "co-08",
        "company",
        "Nigeria's state oil firm accused militants of blowing up a pipeline "
        "in the Niger Delta.",
        ("11", "NGABUS|NGAGOV", "NGAREB"),
    ),
    # campaigns and parties
    _h(
        "pa-01",
        "campaign",
        "The governor's reelection campaign accused his rival of lying about "
        "crime figures.",
        ("11", "---PTY", "---"),
    ),
    _h(
        "pa-02",
        "campaign",
        "The campaign of opposition candidate Rafael Quinteros accused "
        "Venezuela's electoral council of fraud.",
        ("11", "VENOPP|VENPTY", "VENGOV"),
    ),
    _h(
        "pa-03",
        "party",
        "South Africa's main opposition party criticised the ANC over power cuts.",
        ("11", "ZAFOPP", "ZAFPTY|ZAFGOV"),
    ),
    _h(
        "pa-04",
        "party",
        "The ruling party in Tanzania expelled two lawmakers who criticised "
        "the president.",
        ("16|17", "TZAPTY|TZAGOV", "TZALEG"),
    ),
    _h(
        "pa-05",
        "party",
        "Poland's nationalist party accused Germany of meddling in the election.",
        ("11", "POLPTY|POLOPP", "DEU"),
    ),
    # legislatures
    _h(
        "le-01",
        "upper house",
        "The Philippine Senate rejected the president's nominee for foreign secretary.",
        ("12", "PHLLEG", "PHLGOV"),
    ),
    _h(
        "le-02",
        "lower house",
        "The lower house of Japan's parliament approved a bill to expand "
        "military aid to Ukraine.",
        ("03|07|06", "JPNLEG", "UKR"),
    ),
    _h(
        "le-03",
        "state legislature",
        "The Ohio state legislature sued the federal government over border funding.",
        ("11", "USALEG", "USAGOV"),
    ),
    _h(
        "le-04",
        "upper house",
        "Nigeria's Senate summoned the central bank governor over the cash shortage.",
        ("10|09", "NGALEG", "NGAGOV"),
    ),
    _h(
        "le-05",
        "legislature",
        "Peru's Congress voted to remove President Elena Varga from office.",
        ("17|12", "PERLEG", "PERGOV"),
    ),
    _h(
        "le-06",
        "legislators",
        "Hungarian lawmakers criticised the European Commission for freezing funds.",
        ("11", "HUNLEG", "IGOEUR"),
    ),
    _h(
        "le-07",
        "committee",
        "A U.S. House committee subpoenaed the chief executive of a social media "
        "company.",
        ("10|09|17", "USALEG", "USABUS|---BUS"),
    ),
    # prosecutors, attorneys general, courts, ombudsmen
    _h(
        "ju-01",
        "prosecutors",
        "Brazilian prosecutors charged a former mining executive over the dam "
        "collapse.",
        ("11", "BRAJUD", "BRABUS"),
    ),
    _h(
        "ju-02",
        "attorney general",
        "New York's attorney general sued the oil company Eastridge for misleading "
        "investors.",
        ("11", "USAJUD|USAGOV", "USABUS|---BUS"),
    ),
    _h(
        "ju-03",
        "prosecutor",
        "A prosecutor in Guatemala ordered the arrest of three journalists.",
        ("17", "GTMJUD", "GTMMED"),
    ),
    _h(
        "ju-04",
        "ombudsman",
        "Peru's ombudsman accused the police of using excessive force against "
        "protesters.",
        ("11", "PERGOV|PERJUD|PERHRI", "PERCOP"),
    ),
    _h(
        "ju-05",
        "court",
        "Kenya's High Court blocked the government's plan to deploy police "
        "officers to Haiti.",
        ("12|17", "KENJUD", "KENGOV"),
    ),
    _h(
        "ju-06",
        "prosecutor general",
        "Ukraine's prosecutor general accused Russian soldiers of executing prisoners.",
        ("11", "UKRJUD|UKRGOV", "RUSMIL"),
    ),
    _h(
        "ju-07",
        "court",
        "The International Criminal Court issued an arrest warrant for a Libyan "
        "militia commander.",
        ("17|11", "IGO", "LBYREB|LBYUAF"),
    ),
    # central banks
    _h(
        "cb-01",
        "central bank",
        "The Central Bank of Nigeria fined five banks for violating foreign "
        "exchange rules.",
        ("17", "NGAGOV|NGABUS", "NGABUS"),
    ),
    _h(
        "cb-02",
        "central bank",
        "Turkey's central bank criticised the finance ministry's spending plan.",
        ("11", "TURGOV|TURBUS", "TURGOV"),
    ),
    # militias, insurgents, armed groups
    _h(
        "ar-01",
        "militia",
        "A pro-government militia in Sudan attacked a camp for displaced people "
        "in Darfur.",
        ("18|19", "SDNREB|SDNUAF|SDNMIL|SDNGOV", "SDNREF|SDNCVL"),
    ),
    _h(
        "ar-02",
        "insurgent group",
        "Insurgents in Mozambique's Cabo Delgado province beheaded five villagers.",
        ("18|20", "MOZINS|MOZREB", "MOZCVL"),
    ),
    _h(
        "ar-03",
        "armed group",
        "The Kachin Independence Army attacked a Myanmar army base near the "
        "Chinese border.",
        ("19|18", "MMRREB", "MMRMIL"),
    ),
    _h(
        "ar-04",
        "armed group",
        "An armed group in eastern Congo kidnapped two aid workers.",
        ("18", "CODREB", "NGO|CODNGO"),
    ),
    _h(
        "ar-05",
        "militants",
        "Somali militants fired mortars at the presidential palace in Mogadishu.",
        ("19|18", "SOMREB", "SOMGOV"),
    ),
    _h(
        "ar-06",
        "the group anaphora",
        "The Sahel Liberation Front is an armed group active in northern Mali. "
        "The group ambushed a Malian army convoy on Sunday.",
        ("19|18", "MLIREB", "MLIMIL"),
    ),
    _h(
        "ar-07",
        "gang",
        "Haitian gangs attacked a police station in Port-au-Prince.",
        ("18|19", "HTICRM|HTIREB", "HTICOP"),
    ),
    # NGOs
    _h(
        "ng-01",
        "rights group",
        "A Lagos-based rights group accused the army of killing protesters.",
        ("11", "NGANGO|NGAHRI", "NGAMIL"),
    ),
    _h(
        "ng-02",
        "NGO",
        "Amnesty International urged Egypt to release jailed activists.",
        ("02", "NGOAMN", "EGY"),
    ),
    _h(
        "ng-03",
        "NGO",
        "Environmental groups in Australia sued the government over a new coal mine.",
        ("11", "AUSENV|AUSNGO", "AUSGOV"),
    ),
    _h(
        "ng-04",
        "charity",
        "The British charity Save Lives Now accused Israel of blocking aid trucks.",
        ("11", "GBRNGO", "ISR"),
    ),
    _h(
        "ng-05",
        "press group",
        "A press freedom group condemned the arrest of a reporter in Tajikistan.",
        ("11", "NGO|---NGO|---MED", "TJK"),
    ),
    _h(
        "ng-06",
        "X-based group",
        "The Geneva-based Humanitarian Dialogue Centre met with Colombian rebels "
        "in Havana.",
        ("04", "NGO|CHENGO", "COLREB"),
    ),
    _h(
        "ng-07",
        "church",
        "The Catholic Church in Nicaragua condemned the arrest of a bishop by "
        "the government.",
        ("11", "NICREL|NICCHR", "NICGOV"),
    ),
    # UN agencies and regional bodies
    _h(
        "io-01",
        "UN agency",
        "The UN refugee agency urged Bangladesh not to send Rohingya back to Myanmar.",
        ("02", "IGOUNO", "BGD"),
    ),
    _h(
        "io-02",
        "UN agency",
        "The World Food Programme delivered food aid to displaced families in Yemen.",
        ("07", "IGOUNO", "YEMREF|YEMCVL|YEM"),
    ),
    _h(
        "io-03",
        "regional body",
        "ECOWAS imposed sanctions on Niger's military government.",
        ("16", "IGOWAFECW", "NERMIL|NERGOV"),
    ),
    _h(
        "io-04",
        "regional body",
        "ASEAN foreign ministers urged Myanmar's junta to end the violence.",
        ("02", "IGOSEAASN", "MMRMIL|MMRGOV"),
    ),
    _h(
        "io-05",
        "AU body",
        "The African Union's Peace and Security Council suspended Gabon after "
        "the coup.",
        ("16", "IGOAFR", "GAB"),
    ),
    _h(
        "io-06",
        "the bloc anaphora",
        "Leaders of the Southern African Development Community met in Luanda on "
        "Saturday. The bloc urged Congo and Rwanda to hold talks.",
        ("04", "IGOSAFSDC", None),
        ("02", "IGOSAFSDC", "COD"),
        ("02", "IGOSAFSDC", "RWA"),
    ),
    _h(
        "io-07",
        "UN agency",
        "UNICEF accused warring parties in Sudan of recruiting child soldiers.",
        ("11", "IGOUNO", "SDN"),
    ),
    _h(
        "io-08",
        "regional body",
        "The Organization of American States condemned the attack on Ecuador's "
        "parliament.",
        ("11", "IGOWHMOAS|IGO", "ECULEG"),
    ),
    # governors, mayors, city councils
    _h(
        "lo-01",
        "governor",
        "The governor of Lagos State banned motorcycle taxis from the city's "
        "main roads.",
        ("17", "NGAGOV", None),
    ),
    _h(
        "lo-02",
        "mayor",
        "The mayor of Kyiv accused President Zelenskiy's office of blocking "
        "funds for the city.",
        ("11", "UKRGOV", "UKRGOV"),
    ),
    _h(
        "lo-03",
        "governor",
        "Texas Governor Greg Abbott sued the Biden administration over the "
        "border wall.",
        ("11", "USAGOV", "USAGOV"),
    ),
    _h(
        "lo-04",
        "city council",
        "Johannesburg's city council cut electricity to government buildings "
        "over unpaid bills.",
        ("16|17", "ZAFGOV|ZAFLEG", "ZAFGOV"),
    ),
    _h(
        "lo-05",
        "mayor",
        "Istanbul Mayor Ekrem Imamoglu accused the government of punishing the city.",
        ("11", "TURGOV|TUROPP", "TURGOV"),
    ),
    _h(
        "lo-06",
        "state governor",
        "A state governor in India accused the federal government of "
        "withholding flood relief.",
        ("11", "INDGOV", "INDGOV"),
    ),
    # named officials whose title is in the previous sentence
    _h(
        "ti-01",
        "title in previous sentence",
        "Kenya's interior minister is Amos Kipchumba. Kipchumba accused "
        "opposition leaders of planning riots.",
        ("11", "KENGOV", "KENOPP"),
    ),
    _h(
        "ti-02",
        "title in previous sentence",
        "Brazil named Lucia Tavares as its new ambassador to Argentina. Tavares "
        "met Argentine President Javier Milei on Monday.",
        ("04", "BRAGOV", "ARGGOV"),
    ),
    _h(
        "ti-03",
        "title in previous sentence",
        "The police chief of Karachi, Farhan Qureshi, spoke to reporters on "
        "Monday. Qureshi accused a banned group of planning the bombing.",
        ("11", "PAKCOP", "PAKREB|PAK"),
    ),
    _h(
        "ti-04",
        "title in previous sentence",
        "Norway's new foreign minister is Ingrid Solberg-Lie. Solberg-Lie praised "
        "the Colombian government for the ceasefire.",
        ("05", "NORGOV", "COLGOV"),
    ),
    _h(
        "ti-05",
        "pronoun after title",
        "The head of Mexico's National Guard, Jorge Arriaga, visited Culiacan. "
        "He warned drug cartels that troops would stay.",
        ("04", "MEXMIL|MEXCOP", None),
        ("13", "MEXMIL|MEXCOP", "MEXCRM"),
    ),
    # role apposition
    _h(
        "ap-01",
        "role apposition",
        "Omar Haddad, a spokesman for the Lebanese army, accused Israel of "
        "violating the truce.",
        ("11", "LBNMIL", "ISR"),
    ),
    _h(
        "ap-02",
        "role apposition",
        "Marta Kowal, Poland's deputy defence minister, met her Lithuanian "
        "counterpart in Vilnius.",
        ("04", "POLGOV", "LTUGOV"),
    ),
    _h(
        "ap-03",
        "role apposition",
        "Daniel Okafor, a senator from Anambra state, accused the police of "
        "torturing detainees.",
        ("11", "NGALEG", "NGACOP"),
    ),
    _h(
        "ap-04",
        "role apposition",
        "Sophie Laurent, a French prosecutor, charged two men with financing "
        "terrorism.",
        ("11", "FRAJUD", "FRA|FRACVL|FRACRM"),
    ),
    _h(
        "ap-05",
        "role apposition",
        "Tomas Herrera, the leader of Colombia's largest union, called on the "
        "government to raise the minimum wage.",
        ("02|10", "COLLAB", "COLGOV"),
    ),
    _h(
        "ap-06",
        "role in a relative clause",
        "Ali Rezaei, who is Iran's ambassador to the United Nations, accused "
        "the United States of hypocrisy.",
        ("11", "IRNGOV", "USA"),
    ),
    # the ministry, the agency anaphora
    _h(
        "an-01",
        "the ministry anaphora",
        "Ghana's health ministry confirmed three cases of the virus. The ministry "
        "urged the World Health Organization to send experts.",
        ("02", "GHAGOV", "IGOUNOWHO|IGOUNO"),
    ),
    _h(
        "an-02",
        "the agency anaphora",
        "The Colombian Institute of Family Welfare is a state agency. The agency "
        "accused armed groups of recruiting children.",
        ("11", "COLGOV", "COLREB|COL"),
    ),
    _h(
        "an-03",
        "the union anaphora",
        "The National Union of Teachers represents 300,000 teachers in Ghana. "
        "The union rejected the government's pay offer.",
        ("12", "GHAEDU|GHALAB", "GHAGOV"),
    ),
    _h(
        "an-04",
        "the commission anaphora",
        "Uganda set up a commission to look into the killings. The commission "
        "accused soldiers of shooting unarmed people.",
        ("11", "UGAGOV", "UGAMIL"),
    ),
    # demonyms
    _h(
        "de-01",
        "demonym",
        "Kenyan police arrested 40 protesters in Nairobi on Tuesday.",
        ("17", "KENCOP", "KENOPP|KENCVL"),
    ),
    _h(
        "de-02",
        "demonym",
        "Brazilian prosecutors accused the former president of plotting a coup.",
        ("11", "BRAJUD", "BRAELI|BRAOPP|BRAGOV"),
    ),
    _h(
        "de-03",
        "demonym",
        "Pakistani officials accused Afghan Taliban fighters of shelling a "
        "border post.",
        ("11", "PAKGOV", "AFGREB|AFGGOV|AFGTAL"),
    ),
    _h(
        "de-04",
        "demonym",
        "Ethiopian troops clashed with Eritrean soldiers near the border town "
        "of Zalambessa.",
        ("19", "ETHMIL", "ERIMIL"),
        ("19", "ERIMIL", "ETHMIL"),
    ),
    _h(
        "de-05",
        "demonym",
        "Thai activists protested outside the Chinese embassy in Bangkok.",
        ("14", "THAOPP|THAHRI|THACVL", "CHN|CHNGOV"),
    ),
    _h(
        "de-06",
        "demonym",
        "Argentine farmers blocked highways to protest the export tax.",
        ("14", "ARGAGR", "ARGGOV|None"),
    ),
    _h(
        "de-07",
        "demonym",
        "Filipino fishermen accused the Chinese coast guard of ramming their boat.",
        ("11", "PHLCVL|PHLAGR", "CHNMIL|CHNCOP|CHNGOV"),
    ),
    # possessives
    _h(
        "po-01",
        "possessive",
        "Nigeria's telecoms regulator ordered Lanxin to pay a fine of 10 billion "
        "naira.",
        ("17|10", "NGAGOV", "CHNBUS|---BUS|NGABUS"),
    ),
    _h(
        "po-02",
        "possessive",
        "Colombia's defence ministry accused dissident rebels of killing four "
        "soldiers.",
        ("11", "COLGOV", "COLREB"),
    ),
    _h(
        "po-03",
        "possessive",
        "Germany's domestic intelligence agency put the far-right party under "
        "surveillance.",
        ("09|17", "DEUSPY", "DEUPTY|DEUOPP"),
    ),
    _h(
        "po-04",
        "possessive",
        "Vietnam's coast guard detained a Chinese fishing boat near the Paracel "
        "Islands.",
        ("17", "VNMCOP|VNMMIL", "CHN|CHNCVL|CHNAGR"),
    ),
    _h(
        "po-05",
        "possessive",
        "Australia's competition watchdog sued the supermarket chain Freshway "
        "for misleading shoppers.",
        ("11", "AUSGOV", "AUSBUS|---BUS"),
    ),
    _h(
        "po-06",
        "possessive",
        "Zimbabwe's main opposition party urged the African Union to reject "
        "the election result.",
        ("02", "ZWEOPP", "IGOAFRAFU|IGOAFR"),
    ),
    _h(
        "po-07",
        "possessive",
        "India's election watchdog warned the ruling BJP over a campaign video.",
        ("13|11", "INDGOV", "INDPTY|INDGOV"),
    ),
    # recipients of many kinds
    _h(
        "re-01",
        "recipient: union",
        "The Argentine government rejected the demands of the CGT union federation.",
        ("12", "ARGGOV", "ARGLAB"),
    ),
    _h(
        "re-02",
        "recipient: regulator",
        "The mining company Goldreef sued Ghana's Minerals Commission over the "
        "loss of its licence.",
        ("11", "---BUS|GHABUS", "GHAGOV"),
    ),
    _h(
        "re-03",
        "recipient: campaign",
        "Police raided the offices of the opposition candidate's campaign in Dhaka.",
        ("17", "BGDCOP", "BGDOPP|BGDPTY"),
    ),
    _h(
        "re-04",
        "recipient: upper house",
        "The president urged the Senate to confirm his nominee for the Supreme Court.",
        ("02", "---GOV", "---LEG"),
    ),
    _h(
        "re-05",
        "recipient: prosecutors",
        "Lawyers for the former president accused Senegalese prosecutors of "
        "political bias.",
        ("11", "SENJUD|SENELI|SENOPP", "SENJUD"),
    ),
    _h(
        "re-06",
        "recipient: company",
        "Ukraine's government imposed sanctions on the Russian oil company "
        "Sibneftegaz.",
        ("16", "UKRGOV", "RUSBUS"),
    ),
    _h(
        "re-07",
        "recipient: state legislature",
        "The governor of California vetoed a bill passed by the state legislature.",
        ("12", "USAGOV", "USALEG"),
    ),
    _h(
        "re-08",
        "recipient: NGO",
        "Russia's justice ministry ordered the closure of the rights group Memorial.",
        ("17", "RUSGOV", "RUSNGO|RUSHRI|NGO"),
    ),
    _h(
        "re-09",
        "recipient: militia",
        "Iraqi forces arrested a commander of an Iran-backed militia in Baghdad.",
        ("17", "IRQMIL|IRQCOP", "IRQREB|IRQUAF"),
    ),
    _h(
        "re-10",
        "recipient: central bank",
        "Sri Lanka's president criticised the central bank for raising interest rates.",
        ("11", "LKAGOV", "LKAGOV|LKABUS"),
    ),
    _h(
        "re-11",
        "recipient: mayor",
        "Protesters threw stones at the mayor of Valparaiso during a visit to "
        "the port.",
        ("14|18", "CHLOPP|CHLCVL", "CHLGOV"),
    ),
    _h(
        "re-12",
        "recipient: insurgents",
        "The Nigerian army killed dozens of insurgents in Borno State.",
        ("18|19", "NGAMIL", "NGAINS|NGAREB"),
    ),
    _h(
        "re-13",
        "recipient: telecom",
        "Uganda's communications regulator ordered telecom companies to shut "
        "down the internet.",
        ("10|17", "UGAGOV", "UGABUS|---BUS"),
    ),
    _h(
        "re-14",
        "recipient: UN agency",
        "Israel's foreign ministry accused the UN agency for Palestinian refugees "
        "of bias.",
        ("11", "ISRGOV", "IGOUNO"),
    ),
    _h(
        "re-15",
        "recipient: ombudsman",
        "Kenyan police officers assaulted staff of the Ombudsman's office in Kisumu.",
        ("18", "KENCOP", "KENGOV"),
    ),
    # two-sentence texts with anaphora and coreference of people
    _h(
        "tw-01",
        "surname later",
        "Interior Minister Rashid Benali of Algeria arrived in Tunis on "
        "Wednesday. Benali urged Tunisia to tighten border controls.",
        ("04", "DZAGOV", "TUN"),
        ("02", "DZAGOV", "TUN"),
    ),
    _h(
        "tw-02",
        "the company after a named firm",
        "Swedish truck maker Nordvik opened a plant in Mexico last year. The "
        "company accused Mexican customs officials of demanding bribes.",
        ("11", "SWEBUS", "MEXGOV"),
    ),
    _h(
        "tw-03",
        "the regulator anaphora",
        "South Korea's financial regulator is investigating the bank. The "
        "regulator accused its managers of hiding losses.",
        ("09", "KORGOV", "KORBUS|---BUS"),
        ("11", "KORGOV", "KORBUS|---BUS"),
    ),
    _h(
        "tw-04",
        "the party anaphora",
        "The Democratic Progress Party won 40 seats in Malawi's election. The "
        "party accused the electoral commission of rigging the count.",
        ("11", "MWIPTY|MWIOPP", "MWIGOV"),
    ),
    _h(
        "tw-05",
        "the militia anaphora",
        "A militia known as the Zinder Guard controls several villages in Niger. "
        "The militia attacked a police post on Friday.",
        ("18|19", "NERREB|NERUAF", "NERCOP"),
    ),
    _h(
        "tw-06",
        "spokeswoman named earlier",
        "Helena Brandt is the spokeswoman for Germany's foreign ministry. Brandt "
        "criticised Belarus for detaining a German citizen.",
        ("11", "DEUGOV", "BLR|BLRGOV"),
    ),
    # other doers and mixed kinds
    _h(
        "mx-01",
        "border guards",
        "Polish border guards detained 20 migrants who crossed from Belarus.",
        ("17", "POLCOP|POLMIL|POLGOV", "---REF|POLREF|REF"),
    ),
    _h(
        "mx-02",
        "state media",
        "North Korean state media accused South Korea of provoking a war.",
        ("11", "PRKMED|PRKGOV", "KOR"),
    ),
    _h(
        "mx-03",
        "students",
        "University students in Bangladesh demanded the resignation of the "
        "home minister.",
        ("10|14", "BGDEDU|BGDOPP", "BGDGOV"),
    ),
    _h(
        "mx-04",
        "doctors' association",
        "The Nigerian Medical Association accused the government of neglecting "
        "hospitals.",
        ("11", "NGAMED|NGANGO|NGALAB|NGAHLH", "NGAGOV"),
    ),
    _h(
        "mx-05",
        "tribal elders",
        "Tribal elders in Iraq's Anbar province urged the government to free "
        "detained men.",
        ("02", "IRQ", "IRQGOV"),
    ),
    _h(
        "mx-06",
        "coast guard",
        "The Italian coast guard rescued 300 migrants off Lampedusa.",
        ("07|06|08", "ITAMIL|ITACOP|ITAGOV", "---REF|REF|ITAREF"),
    ),
    _h(
        "mx-07",
        "electoral tribunal",
        "Bolivia's electoral tribunal barred the former president from running "
        "for office.",
        ("17|12", "BOLGOV|BOLJUD", "BOLELI|BOLOPP|BOL"),
    ),
    _h(
        "mx-08",
        "intelligence agency",
        "Britain's domestic spy agency warned that Iranian agents were plotting "
        "attacks.",
        ("11|13|01", "GBRSPY", "IRNSPY|IRN"),
    ),
    _h(
        "mx-09",
        "NGO coalition",
        "A coalition of Malaysian rights groups urged parliament to abolish "
        "the death penalty.",
        ("02", "MYSNGO|MYSHRI", "MYSLEG"),
    ),
    _h(
        "mx-10",
        "energy regulator",
        "Mexico's energy regulator denied a permit to the Spanish utility Iberluz.",
        ("12", "MEXGOV", "ESPBUS"),
    ),
    _h(
        "mx-11",
        "opposition lawmakers",
        "Opposition lawmakers in Georgia walked out of parliament to protest "
        "the foreign agents law.",
        ("14", "GEOOPP|GEOLEG", "GEOGOV|GEOLEG|None"),
    ),
    _h(
        "mx-12",
        "junta",
        "Burkina Faso's junta expelled three French diplomats.",
        ("16", "BFAMIL|BFAGOV", "FRAGOV"),
    ),
    _h(
        "mx-13",
        "peacekeepers",
        "UN peacekeepers in South Sudan protected civilians who fled the "
        "fighting in Malakal.",
        ("07|08|06", "IGOUNO", "SSDCVL|SSDREF"),
    ),
    _h(
        "mx-14",
        "security forces",
        "Iranian security forces arrested a French tourist in Tehran.",
        ("17", "IRNCOP", "FRA|FRACVL"),
    ),
    _h(
        "mx-15",
        "supreme court",
        "Pakistan's Supreme Court ordered the release of the former prime minister.",
        ("08|10", "PAKJUD", "PAKELI|PAKOPP|PAKGOV"),
    ),
    # near misses: nobody in them acts politically
    _h(
        "nm-01",
        "bare unknown name",
        "Kwame Boateng criticised the referee after the match in Kumasi.",
    ),
    _h(
        "nm-02",
        "sports club",
        "Galatasaray beat Fenerbahce 2-1 on Sunday to go top of the league.",
    ),
    _h(
        "nm-03",
        "celebrity",
        "Pop star Lina Ray thanked her fans in Seoul after the final concert "
        "of her tour.",
    ),
    _h(
        "nm-04",
        "bare unknown name",
        "Martin Kessler praised the new bakery on Main Street.",
    ),
    _h(
        "nm-05",
        "sports club",
        "Flamengo signed a striker from Boca Juniors for 12 million dollars.",
    ),
    _h(
        "nm-06",
        "celebrity",
        "Actor Daniel Reyes accused a tabloid of invading his privacy.",
    ),
    _h(
        "nm-07",
        "company product",
        "The new Lanxin phone sold out in China within hours.",
    ),
    _h(
        "nm-08",
        "athlete",
        "Kenyan runner Faith Cherono beat the world champion in Eugene.",
    ),
    # round 2: written after the first round's fixes, before the coder was run on
    # them, to check those fixes on text they were not made on
    _h(
        "r2-01",
        "title in previous sentence",
        "The new head of Ghana's tax authority is Kofi Asante-Mensah. Asante-Mensah "
        "accused mining firms of hiding profits.",
        ("11", "GHAGOV", "GHABUS|---BUS"),
    ),
    _h(
        "r2-02",
        "name then role",
        "Marisol Duarte is Chile's labour minister. Duarte met union leaders in "
        "Santiago on Thursday.",
        ("04", "CHLGOV", "CHLLAB"),
    ),
    _h(
        "r2-03",
        "appointment",
        "The president appointed Yusuf Abdi as defence minister of Somalia. Abdi "
        "accused al Shabaab of attacking civilians.",
        ("11", "SOMGOV", "SOMREB|SOMINS"),
    ),
    _h(
        "r2-04",
        "relative clause",
        "Pedro Salinas, who is the mayor of Lima, criticised the national police for "
        "failing to stop robberies.",
        ("11", "PERGOV", "PERCOP"),
    ),
    _h(
        "r2-05",
        "the firm anaphora",
        "Helvion is Switzerland's largest drugmaker. The firm sued the Indian "
        "government over a patent ruling.",
        ("11", "CHEBUS", "INDGOV"),
    ),
    _h(
        "r2-06",
        "the group anaphora",
        "The Northern Defence Brigade is a militia in Mozambique's north. The group "
        "attacked a police station in Mocimboa da Praia.",
        ("18|19", "MOZREB|MOZUAF", "MOZCOP"),
    ),
    _h(
        "r2-07",
        "the agency anaphora",
        "Nigeria's drug enforcement agency seized cocaine at Lagos airport. The "
        "agency arrested two Brazilian men.",
        ("17", "NGACOP|NGAGOV", "BRA|BRACVL"),
    ),
    _h(
        "r2-08",
        "the commission anaphora",
        "South Korea's fair trade commission is investigating chipmakers. The "
        "commission fined a U.S. firm for price fixing.",
        ("09", "KORGOV", "---BUS|KORBUS"),
        ("17", "KORGOV", "USABUS"),
    ),
    _h(
        "r2-09",
        "role with no politics",
        "Lena Okoro is a nurse in Abuja. Okoro accused the hospital of unpaid wages.",
    ),
    _h(
        "r2-10",
        "commander of a rebel group",
        "Congolese troops captured a commander of the rebels near Goma.",
        ("17", "CODMIL", "CODREB"),
    ),
    _h(
        "r2-11",
        "watchdog and chipmaker",
        "Taiwan's financial watchdog fined a local chipmaker for insider trading.",
        ("17", "TWNGOV", "TWNBUS"),
    ),
    _h(
        "r2-12",
        "ombudsman",
        "Bolivia's ombudsman urged the government to free jailed protesters.",
        ("02", "BOLGOV|BOLJUD|BOLHRI", "BOLGOV"),
    ),
)

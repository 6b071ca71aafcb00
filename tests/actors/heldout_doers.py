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
    # round 3 (helper-35, session 9): written and labelled before the coder was run on
    # them, on the doers the earlier rounds had least of: unnamed officials and seats of
    # government, office-holders named later by title alone, roles in apposition, long
    # titles, regional and local bodies, companies and unions in political acts, militias
    # with local names, IGO agencies, coalitions and 'the two sides', possessives.
    # Corrected after the first run, by CAMEO's usage notes alone: denying or rejecting
    # a charge is 016 (root 01, to the accuser), not a rejection (12); r3-09, r3-23,
    # r3-35 and r3-42 had 12
    _h(
        "r3-01",
        "unnamed official",
        "A senior Ukrainian official accused Moscow of shelling a maternity hospital "
        "in Kharkiv.",
        ("11", "UKRGOV", "RUSGOV|RUSMIL"),
    ),
    _h(
        "r3-02",
        "officials in a capital",
        "Officials in Kyiv accused Russian forces of striking a power plant overnight. "
        "Kyiv urged Germany to send more air defence systems.",
        ("11", "UKRGOV", "RUSMIL"),
        ("02", "UKRGOV", "DEU"),
    ),
    _h(
        "r3-03",
        "the ministry anaphora",
        "Pakistan's foreign ministry said on Monday that talks with Afghanistan had "
        "stalled. The ministry accused Kabul of sheltering militants who attacked a "
        "border post, and demanded that the Taliban government hand over the attackers.",
        ("11", "PAKGOV", "AFGGOV"),
        ("10", "PAKGOV", "AFGGOV"),
    ),
    _h(
        "r3-04",
        "White House",
        "The White House criticised Israel's plan to expand settlements in the West "
        "Bank. A senior administration official said Washington had raised the matter "
        "with the Israeli ambassador.",
        ("11", "USAGOV", "ISRGOV|ISR"),
        ("04|11", "USAGOV", "ISRGOV"),
    ),
    _h(
        "r3-05",
        "Downing Street",
        "Downing Street rejected calls from Scottish ministers for a second "
        "independence referendum. The Scottish government accused London of ignoring "
        "voters.",
        ("12", "GBRGOV", "GBRGOV"),
        ("11", "GBRGOV", "GBRGOV"),
    ),
    _h(
        "r3-06",
        "Kremlin",
        "The Kremlin dismissed Finland's complaint about airspace violations as "
        "baseless. Helsinki said it would expel two Russian diplomats.",
        ("12", "RUSGOV", "FINGOV|FIN"),
        ("16", "FINGOV", "RUSGOV"),
    ),
    _h(
        "r3-07",
        "metonymic capitals",
        "Beijing accused Manila of provoking a clash near a disputed shoal. Manila said "
        "it would lodge a diplomatic protest with Beijing.",
        ("11", "CHNGOV", "PHLGOV"),
        ("11", "PHLGOV", "CHNGOV"),
    ),
    _h(
        "r3-08",
        "metonymic capitals",
        "Tokyo protested to Seoul over a visit by South Korean lawmakers to the "
        "disputed islands.",
        ("11", "JPNGOV", "KORGOV|KOR"),
    ),
    _h(
        "r3-09",
        "spokesman in a capital",
        "A government spokesman in Addis Ababa accused Egypt of arming rebels in the "
        "Amhara region. The Egyptian foreign ministry denied the charge.",
        ("11", "ETHGOV", "EGYGOV|EGY"),
        ("01", "EGYGOV", "ETHGOV"),
    ),
    _h(
        "r3-10",
        "diplomats said",
        "Western diplomats said Iran had refused to let U.N. inspectors visit a site "
        "near Isfahan.",
        ("12", "IRN", "IGOUNO"),
    ),
    _h(
        "r3-11",
        "the ministry anaphora",
        "Egypt's health ministry said 40 people had been treated for poisoning. The "
        "ministry blamed a private clinic in Giza for the outbreak.",
        ("11", "EGYGOV", "EGYBUS|EGYHLH|---BUS"),
    ),
    # office-holders named later by title alone
    _h(
        "r3-12",
        "the minister",
        "Indian Foreign Minister Rajan Kapoor arrived in Colombo on Tuesday. The "
        "minister urged Sri Lanka to release detained Indian fishermen.",
        ("04", "INDGOV", "LKA"),
        ("02", "INDGOV", "LKA"),
    ),
    _h(
        "r3-13",
        "the premier",
        "Thai Prime Minister Somchai Wongpan flew to Beijing for talks. The premier met "
        "China's president on Wednesday and signed a rail agreement.",
        ("04", "THAGOV", "CHNGOV"),
        ("05", "THAGOV", "CHNGOV"),
    ),
    _h(
        "r3-14",
        "the envoy",
        "The U.N. special envoy for Yemen, Hana Mourad, held talks with Houthi leaders "
        "in Sanaa. The envoy urged them to free aid workers held since June.",
        ("04", "IGOUNO", "YEMREB"),
        ("02", "IGOUNO", "YEMREB"),
    ),
    _h(
        "r3-15",
        "the minister",
        "Kenya's interior minister, Joseph Mwangi, ordered police to clear protesters "
        "from central Nairobi. Later the minister accused opposition leaders of funding "
        "the unrest.",
        ("11", "KENGOV", "KENOPP"),
    ),
    _h(
        "r3-16",
        "the minister",
        "Brazilian Finance Minister Paulo Mendes met IMF officials in Washington. The "
        "fund's managing director praised Brazil's reforms.",
        ("04", "BRAGOV", "IGOBUSIMF"),
        ("05", "IGOBUSIMF", "BRAGOV|BRA"),
    ),
    _h(
        "r3-17",
        "the two ministers",
        "Chinese Defence Minister Liang Wei met his Vietnamese counterpart in Hanoi. "
        "The two ministers agreed to set up a hotline between their navies.",
        ("04", "CHNGOV", "VNMGOV"),
        ("03|05|06", "CHNGOV|VNMGOV", "VNMGOV|CHNGOV"),
    ),
    # roles in apposition after the name
    _h(
        "r3-18",
        "apposition",
        "Aigerim Seitkali, Kazakhstan's energy minister, accused a Russian pipeline "
        "operator of delaying oil shipments.",
        ("11", "KAZGOV", "RUSBUS"),
    ),
    _h(
        "r3-19",
        "apposition",
        "Tomas Reyes, a spokesman for the Philippine coast guard, accused Chinese ships "
        "of ramming a supply boat. Beijing said the Philippine boat had entered Chinese "
        "waters illegally.",
        ("11", "PHLCOP|PHLMIL|PHLGOV", "CHN"),
        ("11|01|12", "CHNGOV", "PHLCOP|PHLMIL|PHL"),
    ),
    _h(
        "r3-20",
        "apposition",
        "Fatou Diallo, the head of Senegal's electoral commission, rejected a request "
        "by opposition parties to delay the vote.",
        ("12", "SENGOV", "SENOPP"),
    ),
    _h(
        "r3-21",
        "apposition",
        "Mikhail Orlov, a deputy in Russia's State Duma, called on the Kremlin to ban "
        "a U.S. charity.",
        ("02", "RUSLEG", "RUSGOV"),
    ),
    _h(
        "r3-22",
        "apposition",
        "Rana Haddad, a lawyer for the jailed activists, accused Jordanian prosecutors "
        "of withholding evidence.",
        ("11", "JORJUD|---JUD", "JORJUD"),
    ),
    _h(
        "r3-23",
        "apposition",
        "Daniel Okafor, the governor of Nigeria's Imo state, accused federal troops of "
        "killing civilians. The army denied the charge and accused the governor of "
        "shielding separatists.",
        ("11", "NGAGOV", "NGAMIL"),
        ("01", "NGAMIL", "NGAGOV"),
        ("11", "NGAMIL", "NGAGOV"),
    ),
    # long titles
    _h(
        "r3-24",
        "long title",
        "South Korean Deputy Foreign Minister for Asian Affairs Lina Park met Japan's "
        "ambassador in Seoul on Friday.",
        ("04", "KORGOV", "JPNGOV"),
    ),
    _h(
        "r3-25",
        "long title",
        "Indonesia's Coordinating Minister for Political, Legal and Security Affairs, "
        "Budi Santoso, warned separatists in Papua to lay down their arms.",
        ("13|10", "IDNGOV", "IDNREB|IDNSEP|IDNINS"),
    ),
    _h(
        "r3-26",
        "long title, country from the title",
        "Assistant Secretary of State for African Affairs Mary Holt urged Sudan's "
        "warring parties to return to talks in Jeddah.",
        ("02", "USAGOV", "SDNMIL|SDNREB|SDN"),
    ),
    _h(
        "r3-27",
        "long title",
        "The Deputy Chief of Staff of the Pakistani Army, Lieutenant General Asif Raza, "
        "met Chinese military officials in Rawalpindi.",
        ("04", "PAKMIL", "CHNMIL"),
    ),
    _h(
        "r3-28",
        "long title",
        "Ghana's Minister of Lands and Natural Resources, Samuel Adjei, suspended the "
        "licences of three Chinese mining firms.",
        ("17|16", "GHAGOV", "CHNBUS"),
    ),
    # regional and local bodies
    _h(
        "r3-29",
        "governor",
        "The governor of California sued the federal government over cuts to wildfire "
        "funding.",
        ("11", "USAGOV", "USAGOV"),
    ),
    _h(
        "r3-30",
        "provincial assembly",
        "Khyber Pakhtunkhwa's provincial assembly passed a resolution condemning Afghan "
        "border guards for firing on civilians.",
        ("11", "PAKLEG", "AFGMIL|AFGCOP|AFGGOV"),
    ),
    _h(
        "r3-31",
        "state police",
        "State police in Bavaria raided the offices of a far-right group suspected of "
        "planning attacks.",
        ("17", "DEUCOP", "DEU"),
    ),
    _h(
        "r3-32",
        "provincial council",
        "The provincial council of Basra voted to suspend cooperation with a British "
        "oil company over pollution.",
        ("16", "IRQLEG|IRQGOV", "GBRBUS"),
    ),
    _h(
        "r3-33",
        "mayor",
        "Mexico City's mayor accused federal prosecutors of ignoring the disappearance "
        "of students.",
        ("11", "MEXGOV", "MEXJUD"),
    ),
    _h(
        "r3-34",
        "state police",
        "Police in the Indian state of Manipur arrested 12 members of an armed group "
        "accused of ambushing soldiers.",
        ("17", "INDCOP", "INDREB"),
    ),
    _h(
        "r3-35",
        "mayor",
        "The mayor of Istanbul accused the interior ministry of blocking municipal "
        "funds. The ministry rejected the claim.",
        ("11", "TURGOV|TUROPP", "TURGOV"),
        ("01", "TURGOV", "TURGOV|TUROPP"),
    ),
    # companies and unions in political acts
    _h(
        "r3-36",
        "company",
        "Swedish telecoms firm Nordlink sued the Chinese government over the seizure "
        "of its assets in Shenzhen.",
        ("11", "SWEBUS", "CHNGOV"),
    ),
    _h(
        "r3-37",
        "workers and union",
        "Workers at the Port of Santos went on strike, and their union demanded that "
        "the Brazilian government reverse a privatisation plan.",
        ("14", "BRALAB", "BRAGOV"),
        ("10", "BRALAB", "BRAGOV"),
    ),
    _h(
        "r3-38",
        "union",
        "South Africa's largest mining union threatened a national strike if the "
        "government went ahead with job cuts at the state-owned utility Eskom.",
        ("13|14", "ZAFLAB", "ZAFGOV"),
    ),
    _h(
        "r3-39",
        "company",
        "Russian energy group Petrovia halted gas deliveries to Moldova after Chisinau "
        "refused to pay its debts.",
        ("16", "RUSBUS", "MDA"),
        ("12", "MDAGOV", "RUSBUS"),
    ),
    _h(
        "r3-40",
        "farmers' union",
        "French farmers' union FNSEA urged Brussels to block a trade deal with South "
        "American countries.",
        ("02", "FRAAGR|FRALAB", "IGOEUR"),
    ),
    _h(
        "r3-41",
        "union",
        "Nigerian oil workers' union PENGASSAN ordered its members to shut down a Shell "
        "terminal in protest at layoffs.",
        ("14", "NGALAB", "---BUS|GBRBUS|NLDBUS|NGABUS"),
    ),
    # militias and rebel groups with local names
    _h(
        "r3-42",
        "rebel group",
        "Fighters of the Kivu Liberation Front attacked an army base near Beni, killing "
        "six soldiers, the Congolese army said. The group denied the claim.",
        ("19|18", "CODREB", "CODMIL"),
        ("01", "CODREB", "CODMIL"),
    ),
    _h(
        "r3-43",
        "militia",
        "The Ansar al-Furqan militia abducted 20 villagers in Nigeria's Zamfara state.",
        ("18", "NGAREB", "NGACVL"),
    ),
    _h(
        "r3-44",
        "rebel group",
        "Arakan Army fighters seized a police outpost in Myanmar's Rakhine state.",
        ("19|18", "MMRREB", "MMRCOP"),
    ),
    _h(
        "r3-45",
        "militia",
        "The Mai-Mai Yakutumba group released two Chinese miners it had held since "
        "April.",
        ("08", "CODREB", "CHN"),
    ),
    _h(
        "r3-46",
        "rebel group",
        "Tuareg rebels of the Azawad Liberation Movement said they had shot down a "
        "Malian army drone near Kidal.",
        ("19|18", "MLIREB", "MLIMIL"),
    ),
    _h(
        "r3-47",
        "rebel group",
        "Al-Shabaab fighters ambushed Kenyan troops near the Somali border.",
        ("19|18", "SOMREB", "KENMIL"),
    ),
    # IGO agencies
    _h(
        "r3-48",
        "UN agency",
        "The UNHCR urged Bangladesh to stop sending Rohingya refugees to a remote "
        "island.",
        ("02", "IGOUNOHCR", "BGD"),
    ),
    _h(
        "r3-49",
        "UN agency",
        "The World Food Programme suspended food aid in parts of Tigray after reports "
        "of theft.",
        ("16", "IGOUNOWFP", "ETH|None"),
    ),
    _h(
        "r3-50",
        "UN agency",
        "The IAEA said Iran had enriched uranium to 60 percent and called on Tehran to "
        "give inspectors full access.",
        ("02|10", "IGOUNOAEA", "IRNGOV"),
    ),
    _h(
        "r3-51",
        "regional bloc",
        "ECOWAS leaders threatened Niger's junta with sanctions unless it released the "
        "ousted president. The junta rejected the ultimatum and accused the bloc of "
        "serving foreign interests.",
        ("13", "IGOWAFECW", "NERMIL|NERGOV"),
        ("12", "NERMIL|NERGOV", "IGOWAFECW"),
        ("11", "NERMIL|NERGOV", "IGOWAFECW"),
    ),
    _h(
        "r3-52",
        "AU commission",
        "The African Union Commission chairman, Moussa Diarra, condemned the coup in "
        "Gabon.",
        ("11", "IGOAFRAFU", "GABMIL|GAB"),
    ),
    _h(
        "r3-53",
        "UN office",
        "The U.N. human rights office said Myanmar's army had burned villages and "
        "urged the junta to allow investigators in.",
        ("02", "IGOUNO", "MMRMIL|MMRGOV"),
    ),
    _h(
        "r3-54",
        "UN agency",
        "The World Health Organization sent medical supplies to Gaza.",
        ("07", "IGOUNOWHO", "PSE"),
    ),
    # coalitions and the two sides
    _h(
        "r3-55",
        "coalition",
        "The U.S.-led coalition said its aircraft had struck Islamic State positions "
        "in eastern Syria.",
        ("19|18", "USA|IGO", "IMGMOSISI|SYRREB|---REB"),
    ),
    _h(
        "r3-56",
        "the two sides",
        "Armenia and Azerbaijan held talks in Berlin on Monday. The two sides agreed to "
        "exchange prisoners.",
        ("04", "ARM|AZE", "AZE|ARM"),
        ("03|05|08", "ARM|AZE", "AZE|ARM"),
    ),
    _h(
        "r3-57",
        "coalition",
        "Saudi-led coalition warplanes bombed a Houthi-held port in Yemen.",
        ("18|19", "SAUMIL|SAU", "YEMREB|YEM"),
    ),
    _h(
        "r3-58",
        "the two sides",
        "Serbia and Kosovo traded accusations on Friday. Belgrade accused Pristina of "
        "arresting Serb police officers, and the two sides rejected an EU proposal.",
        ("11", "SRBGOV", "XKXGOV"),
        ("12", "SRB|XKX", "IGOEUREEC"),
    ),
    # possessives
    _h(
        "r3-59",
        "possessive",
        "Russia's defence ministry accused Ukraine of attacking a nuclear plant with "
        "drones.",
        ("11", "RUSGOV|RUSMIL", "UKR"),
    ),
    _h(
        "r3-60",
        "possessive",
        "Iran's top diplomat met his Omani counterpart in Muscat to discuss talks with "
        "Washington.",
        ("04", "IRNGOV", "OMNGOV"),
    ),
    _h(
        "r3-61",
        "possessive",
        "China's commerce ministry launched an anti-dumping investigation into "
        "European pork.",
        ("09|16", "CHNGOV", "IGOEUR|EUR"),
    ),
    _h(
        "r3-62",
        "possessive",
        "Turkey's top court ordered the release of a jailed Kurdish politician.",
        ("08", "TURJUD", "TUROPP|TURPTY|TURGOV|TURLEG"),
    ),
    _h(
        "r3-63",
        "possessive",
        "Japan's coast guard said a Chinese patrol ship had entered its waters near "
        "the Senkaku islands, and Tokyo lodged a protest with Beijing.",
        ("11", "JPNGOV", "CHNGOV"),
    ),
    _h(
        "r3-64",
        "possessive",
        "Venezuela's electoral council barred the main opposition candidate from the "
        "presidential race.",
        ("17|12", "VENGOV", "VENOPP"),
    ),
    # more of the same kinds, two events each
    _h(
        "r3-65",
        "the premier",
        "Nepal's new prime minister, Hari Bhandari, visited New Delhi on his first "
        "trip abroad. The premier signed a power-trade deal with India.",
        ("04", "NPLGOV", "IND"),
        ("05|06", "NPLGOV", "IND"),
    ),
    _h(
        "r3-66",
        "officials in a capital",
        "Officials in Baghdad said Turkish jets had bombed Kurdish militant positions "
        "in the north. Iraq's foreign ministry summoned the Turkish ambassador in "
        "protest.",
        ("18|19", "TURMIL", "TURREB|IRQREB|---REB|IRQ"),
        ("11", "IRQGOV", "TURGOV"),
    ),
    _h(
        "r3-67",
        "the envoy",
        "Washington's envoy to the Sahel, Karen Lowe, met Chad's president in "
        "N'Djamena. The envoy pressed the government to hold elections on schedule.",
        ("04", "USAGOV", "TCDGOV"),
        ("10|02", "USAGOV", "TCDGOV"),
    ),
    _h(
        "r3-68",
        "company and junta",
        "Australian mining company Kalungo Resources suspended operations in Mali "
        "after the junta arrested four of its employees.",
        ("16", "AUSBUS", "MLI"),
        ("17", "MLIMIL|MLIGOV", "AUS"),
    ),
    _h(
        "r3-69",
        "militia",
        "Fano militiamen ambushed an Ethiopian army convoy near Gondar. The military "
        "said it had killed 40 of the fighters in retaliation.",
        ("19|18", "ETHREB", "ETHMIL"),
        ("18|19|20", "ETHMIL", "ETHREB"),
    ),
    _h(
        "r3-70",
        "alliance and the bloc",
        "The Sahel alliance of Mali, Burkina Faso and Niger announced its withdrawal "
        "from ECOWAS. The bloc said the decision was unlawful.",
        ("16", "IGOWAFAES|MLI|BFA|NER", "IGOWAFECW"),
        ("11|12", "IGOWAFECW", "IGOWAFAES|MLI|BFA|NER"),
    ),
    _h(
        "r3-71",
        "apposition and coalition",
        "Poland's president, Adam Wrona, vetoed a judicial reform bill passed by the "
        "Sejm. The ruling coalition accused him of obstructing the government.",
        ("12", "POLGOV", "POLLEG"),
        ("11", "POLGOV|POLPTY|POLLEG", "POLGOV"),
    ),
    _h(
        "r3-72",
        "both sides",
        "Israeli and Hamas negotiators met in Cairo. Both sides rejected a U.S. "
        "proposal for a six-week truce.",
        ("04", "ISR|PSEREB", "PSEREB|ISR"),
        ("12", "ISR|PSE", "USA"),
    ),
    _h(
        "r3-73",
        "AU council",
        "The African Union's peace and security council suspended Guinea's membership "
        "after the coup. Guinea's junta called the decision regrettable.",
        ("16", "IGOAFRAFU", "GINMIL|GINGOV|GIN"),
        ("11|12", "GINMIL|GINGOV", "IGOAFRAFU"),
    ),
    # near misses: officials, ministers, governors and sides that do nothing political
    _h(
        "r3-nm1",
        "official, sport",
        "A senior official at the football federation said the stadium would reopen "
        "in May.",
    ),
    _h(
        "r3-nm2",
        "minister, family",
        "The minister's daughter married a banker in a ceremony in Lagos on Saturday.",
    ),
    _h(
        "r3-nm3",
        "company officials",
        "Company officials said the new plant in Chennai would employ 2,000 people.",
    ),
    _h(
        "r3-nm4",
        "governor retiring",
        "The governor of the central bank will retire next year, a spokesman said.",
    ),
    _h(
        "r3-nm5",
        "the two sides, sport",
        "The two sides drew 1-1 in Sunday's World Cup qualifier in Accra.",
    ),
    _h(
        "r3-nm6",
        "Kremlin, festivity",
        "The Kremlin's Christmas tree was lit on Friday evening in front of thousands "
        "of visitors.",
    ),
    _h(
        "r3-nm7",
        "union, weather",
        "Heavy rain flooded the offices of the teachers' union in Durban on Tuesday.",
    ),
    # round 4 (helper-39, session 10): written and labelled before the coder was run on
    # them, on the doers the earlier rounds had least of: groups and countries sharing a
    # head, coordinated doers and recipients, pronouns across sentences (gendered too),
    # 'the two countries', 'both sides', 'the bloc', 'the alliance', 'the junta', 'the
    # regime', 'Western powers', 'Gulf states', ships and aircraft (never actors),
    # everyday people acting politically, sub-national governments, ethnic and religious
    # groups, diaspora, refugees, opposition coalitions, former officials, near misses.
    # Codes of people of a group with no country of their own take the country they
    # belong to (Kurds in Syria SYR, Uyghurs CHN, Rohingya MMR); 'WST' and 'PGS' are
    # CAMEO's regions (the West, the Persian Gulf states)
    # groups and countries sharing a head
    _h(
        "r4-01",
        "shared head",
        "Israeli and Hamas negotiators resumed indirect talks in Doha on Sunday.",
        ("04", "ISR|PSEREB", "PSEREB|ISR"),
    ),
    _h(
        "r4-02",
        "shared head",
        "Indian and Chinese troops clashed along the disputed border in Ladakh, the "
        "Indian army said.",
        ("19|18", "INDMIL|CHNMIL", "CHNMIL|INDMIL"),
    ),
    _h(
        "r4-03",
        "shared head",
        "Russian and Ukrainian officials exchanged 200 prisoners of war on Friday.",
        ("08", "RUS|UKR", "UKR|RUS"),
    ),
    _h(
        "r4-04",
        "shared head",
        "U.S. and Iranian diplomats held indirect talks in Muscat on Monday, Oman's "
        "foreign ministry said.",
        ("04", "USAGOV|IRNGOV", "IRNGOV|USAGOV"),
    ),
    _h(
        "r4-05",
        "shared head",
        "Sudanese army and RSF commanders signed a ceasefire in Jeddah, but fighting "
        "resumed in Khartoum hours later.",
        ("05|08|03", "SDNMIL|SDNREB", "SDNREB|SDNMIL"),
    ),
    _h(
        "r4-06",
        "shared head",
        "Greek and Turkish coast guard vessels shadowed each other near the island of "
        "Kos. Athens accused Ankara of violating its territorial waters.",
        ("11", "GRCGOV", "TURGOV|TUR"),
    ),
    # coordinated doers and recipients
    _h(
        "r4-07",
        "coordinated doers",
        "The BBC and Voice of America condemned Iran's jamming of their "
        "Persian-language services.",
        ("11", "GBRMED", "IRN"),
        ("11", "USAMED", "IRN"),
    ),
    _h(
        "r4-08",
        "coordinated doers",
        "Kenya, Uganda and Ethiopia pledged troops to a new African Union force in "
        "Somalia.",
        ("03|06", "KEN", "IGOAFRAFU|SOM"),
        ("03|06", "UGA", "IGOAFRAFU|SOM"),
        ("03|06", "ETH", "IGOAFRAFU|SOM"),
    ),
    _h(
        "r4-09",
        "coordinated doers",
        "The foreign ministers of Brazil and Mexico met their Argentine counterpart in "
        "Buenos Aires.",
        ("04", "BRAGOV", "ARGGOV"),
        ("04", "MEXGOV", "ARGGOV"),
    ),
    _h(
        "r4-10",
        "coordinated doers",
        "France and Germany urged Serbia to recognise Kosovo's licence plates.",
        ("02", "FRA", "SRB"),
        ("02", "DEU", "SRB"),
    ),
    _h(
        "r4-11",
        "coordinated recipients",
        "Vietnam's president held talks with the leaders of Laos and Cambodia in "
        "Hanoi.",
        ("04", "VNMGOV", "LAOGOV"),
        ("04", "VNMGOV", "KHMGOV"),
    ),
    _h(
        "r4-12",
        "coordinated doers",
        "Amnesty International and Human Rights Watch accused Egyptian police of "
        "torturing detainees.",
        ("11", "NGOAMN", "EGYCOP"),
        ("11", "NGOHRW", "EGYCOP"),
    ),
    _h(
        "r4-13",
        "coordinated doers",
        "Oil workers and teachers went on strike in Lagos to demand higher wages from "
        "the state government.",
        ("14|10", "NGALAB", "NGAGOV"),
        ("14|10", "NGAEDU|NGALAB", "NGAGOV"),
    ),
    # pronouns across sentences
    _h(
        "r4-14",
        "he",
        "Colombian President Mauricio Arenas arrived in Caracas on Tuesday. He urged "
        "Venezuela to reopen the border to trucks.",
        ("04", "COLGOV", "VEN"),
        ("02", "COLGOV", "VEN"),
    ),
    _h(
        "r4-15",
        "she and him",
        "Danish Prime Minister Karen Holm met German Chancellor Thomas Brenner in "
        "Berlin. She urged him to send more air defence systems to Ukraine.",
        ("04", "DNKGOV", "DEUGOV"),
        ("02", "DNKGOV", "DEUGOV"),
    ),
    _h(
        "r4-16",
        "he and her",
        "Chilean Foreign Minister Ana Ruiz met her Bolivian counterpart, Jorge Quispe, "
        "in La Paz. He pressed her to reopen talks on sea access, and she refused.",
        ("04", "CHLGOV", "BOLGOV"),
        ("10|02", "BOLGOV", "CHLGOV"),
        ("12", "CHLGOV", "BOLGOV"),
    ),
    _h(
        "r4-17",
        "they",
        "M23 rebels seized the town of Rubaya on Saturday. They later attacked an army "
        "base near Goma.",
        ("19|18", "CODREB", "COD"),
        ("19|18", "CODREB", "CODMIL"),
    ),
    _h(
        "r4-18",
        "it",
        "The European Commission opened an investigation into Chinese subsidies for "
        "electric cars. It also warned Beijing of tariffs.",
        ("09|16", "IGOEUREEC", "CHN"),
        ("13", "IGOEUREEC", "CHNGOV|CHN"),
    ),
    _h(
        "r4-19",
        "they",
        "Hundreds of Kenyan doctors marched to parliament in Nairobi on Wednesday. They "
        "demanded that the government pay months of overdue salaries.",
        ("14", "KENHLH|KEN", "KENLEG|KENGOV"),
        ("10", "KENHLH|KEN", "KENGOV"),
    ),
    _h(
        "r4-20",
        "he, former president",
        "Former Peruvian president Rafael Condori was arrested in Lima on Monday. He "
        "accused prosecutors of a political vendetta.",
        ("17", "PER", "PERELI"),
        ("11", "PERELI", "PERJUD"),
    ),
    _h(
        "r4-21",
        "it, a country",
        "Poland summoned the Belarusian charge d'affaires on Monday. It accused Minsk "
        "of pushing migrants across the border.",
        ("11|16|04|10", "POL", "BLRGOV"),
        ("11", "POL", "BLRGOV"),
    ),
    # the two countries, both sides, the bloc, the alliance, the junta, the regime
    _h(
        "r4-22",
        "the two countries",
        "Ethiopia and Somalia ended a year-long dispute over a port deal. The two "
        "countries agreed to restore full diplomatic relations.",
        ("03|05|08", "ETH|SOM", "SOM|ETH"),
    ),
    _h(
        "r4-23",
        "both sides",
        "Thai and Cambodian troops exchanged fire near a disputed temple. Both sides "
        "blamed each other for starting the clash.",
        ("19|18", "THAMIL|KHMMIL", "KHMMIL|THAMIL"),
        ("11", "THA|KHM", "KHM|THA"),
    ),
    _h(
        "r4-24",
        "the bloc",
        "ASEAN foreign ministers met in Vientiane on Thursday. The bloc urged "
        "Myanmar's junta to end air strikes on civilians.",
        ("02", "IGOSEAASN", "MMRMIL|MMRGOV"),
    ),
    _h(
        "r4-25",
        "the alliance",
        "NATO said Russian jets had violated Estonian airspace on Tuesday. The alliance "
        "accused Moscow of a deliberate provocation.",
        ("11", "IGOWSTNAT", "RUSGOV|RUS"),
    ),
    _h(
        "r4-26",
        "the junta",
        "Niger's junta ordered French troops to leave the country within a month. The "
        "junta also expelled France's ambassador.",
        ("10|16", "NERMIL|NERGOV", "FRAMIL|FRA"),
        ("16|17", "NERMIL|NERGOV", "FRAGOV|FRA"),
    ),
    _h(
        "r4-27",
        "the regime",
        "Syrian opposition groups accused the Assad regime of bombing a market in "
        "Idlib. The regime denied the charge.",
        ("11", "SYROPP|SYRREB", "SYRGOV"),
        ("01", "SYRGOV", "SYROPP|SYRREB"),
    ),
    _h(
        "r4-28",
        "Western powers",
        "Western powers condemned North Korea's latest missile launch as a violation "
        "of U.N. resolutions.",
        ("11", "WST", "PRK"),
    ),
    _h(
        "r4-29",
        "Gulf states",
        "Gulf states pledged $3 billion to rebuild Lebanon's army.",
        ("07|03|06", "PGS|IGOPGSGCC", "LBNMIL|LBN"),
    ),
    _h(
        "r4-30",
        "the two countries",
        "China hosted the foreign ministers of Saudi Arabia and Iran in Beijing, where "
        "the two countries agreed to reopen their embassies.",
        ("04", "CHN", "SAUGOV"),
        ("04", "CHN", "IRNGOV"),
        ("03|05|08", "SAU|IRN", "IRN|SAU"),
    ),
    # ships and aircraft: never actors
    _h(
        "r4-31",
        "ship name",
        "The Chinese coast guard ship Haijing 5901 fired water cannon at a Philippine "
        "supply boat near Second Thomas Shoal. Manila summoned China's ambassador.",
        ("17|18|19|15", "CHN", "PHL"),
        ("11|16|04|10", "PHLGOV", "CHNGOV"),
    ),
    _h(
        "r4-32",
        "ship name",
        "The destroyer USS Carver shot down three drones launched by Houthi rebels over "
        "the Red Sea, the Pentagon said.",
        ("19|18|17", "USAMIL", "YEMREB"),
    ),
    _h(
        "r4-33",
        "ship name",
        "Iranian commandos seized the Liberian-flagged tanker Santa Maria Grace in the "
        "Strait of Hormuz. Britain demanded the release of the ship and its crew.",
        ("17|19|18", "IRNMIL|IRN", "LBR|---BUS"),
        ("10", "GBR", "IRN"),
    ),
    _h(
        "r4-34",
        "aircraft name",
        "Argentine President Julio Ferraro flew to Santiago aboard the air force plane "
        "Tango 01 and met Chile's president.",
        ("04", "ARGGOV", "CHLGOV"),
    ),
    # everyday people who act politically
    _h(
        "r4-35",
        "truck drivers",
        "Hungarian truck drivers blocked roads around Budapest on Monday to protest a "
        "fuel tax rise by the government.",
        ("14", "HUN", "HUNGOV"),
    ),
    _h(
        "r4-36",
        "fans",
        "Football fans clashed with riot police outside the national stadium in Lima "
        "after the match was cancelled.",
        ("14|17|18|19", "PER", "PERCOP"),
    ),
    _h(
        "r4-37",
        "shoppers",
        "Shoppers in Seoul boycotted Japanese beer and cars after Tokyo curbed exports "
        "of chip materials to South Korea.",
        ("14|16", "KOR", "JPN"),
        ("16|17", "JPN", "KOR"),
    ),
    _h(
        "r4-38",
        "farmers",
        "Farmers on tractors blocked the motorway into Brussels as EU agriculture "
        "ministers met to discuss subsidies.",
        ("14", "BELAGR|---AGR|IGOEUR", "IGOEUR"),
    ),
    _h(
        "r4-39",
        "taxi drivers",
        "Taxi drivers in Nairobi went on strike to protest a new fuel levy imposed by "
        "the government.",
        ("14", "KEN", "KENGOV"),
    ),
    # sub-national governments
    _h(
        "r4-40",
        "state",
        "The state of California sued the federal government over cuts to wildfire "
        "funding.",
        ("11", "USAGOV", "USAGOV"),
    ),
    _h(
        "r4-41",
        "province",
        "Quebec's premier accused Ottawa of trampling on the province's powers over "
        "immigration.",
        ("11", "CANGOV", "CANGOV"),
    ),
    _h(
        "r4-42",
        "mayor",
        "The mayor of Istanbul, Ekrem Demir, accused the interior ministry of blocking "
        "city contracts. The ministry opened an investigation into the mayor.",
        ("11", "TURGOV", "TURGOV"),
        ("09", "TURGOV", "TURGOV"),
    ),
    _h(
        "r4-43",
        "region",
        "The regional government of Catalonia called on Madrid to transfer control of "
        "local trains.",
        ("02|10", "ESPGOV", "ESPGOV"),
    ),
    _h(
        "r4-44",
        "state governor",
        "The governor of Nigeria's Kano state suspended the city's emir and ordered "
        "police to seal his palace.",
        ("17|16", "NGAGOV", "NGA"),
    ),
    _h(
        "r4-45",
        "state legislature",
        "Legislators in the Indian state of Punjab passed a resolution condemning the "
        "federal government's new farm laws.",
        ("11", "INDLEG", "INDGOV"),
    ),
    _h(
        "r4-46",
        "mayor as speaker",
        "The mayor of Kharkiv said Russian missiles had struck a residential area, "
        "killing four people.",
        ("18|19|20", "RUS", "UKR"),
    ),
    _h(
        "r4-47",
        "state police",
        "Police in Brazil's Para state arrested three loggers accused of killing an "
        "Indigenous leader.",
        ("17", "BRACOP", "BRA"),
    ),
    _h(
        "r4-48",
        "state police and cartel",
        "Police in the Mexican state of Jalisco said cartel gunmen had ambushed a "
        "patrol, killing 12 officers.",
        ("19|18", "MEXCRM", "MEXCOP"),
    ),
    # ethnic and religious groups
    _h(
        "r4-49",
        "ethnic refugees",
        "Rohingya refugees in Cox's Bazar protested against plans by Bangladesh to move "
        "them to a remote island.",
        ("14", "MMRREF|BGDREF|---REF", "BGDGOV|BGD"),
    ),
    _h(
        "r4-50",
        "religious leaders",
        "Christian leaders in Nigeria accused the government of failing to protect "
        "villages in Plateau state from gunmen.",
        ("11", "NGAREL", "NGAGOV"),
    ),
    _h(
        "r4-51",
        "ethnic groups",
        "Kurdish groups in Syria accused Turkey of shelling Kurdish towns near Kobani.",
        ("11", "SYR|KUR", "TUR"),
    ),
    _h(
        "r4-52",
        "ethnic group",
        "Maasai herders protested in Arusha against their eviction by Tanzanian "
        "authorities from land near the Ngorongoro crater.",
        ("14", "TZAAGR|TZA", "TZAGOV"),
    ),
    _h(
        "r4-53",
        "religious leaders",
        "Muslim clerics in Indonesia urged the government to cut ties with Israel.",
        ("02|10", "IDNREL", "IDNGOV"),
    ),
    _h(
        "r4-54",
        "ethnic activists",
        "Uyghur activists in Istanbul rallied outside the Chinese consulate to protest "
        "detentions in Xinjiang.",
        ("14", "CHN|TURHRI|---HRI", "CHN"),
    ),
    _h(
        "r4-55",
        "minority parties",
        "Sri Lanka's Tamil parties walked out of parliament to protest the arrest of a "
        "Tamil lawmaker. They accused the police of targeting minorities.",
        ("14", "LKAPTY|LKAOPP|LKALEG", "LKAGOV|LKALEG"),
        ("11", "LKAPTY|LKAOPP|LKALEG", "LKACOP"),
    ),
    # diaspora and refugees
    _h(
        "r4-56",
        "diaspora",
        "The Armenian diaspora in France urged Paris to impose sanctions on "
        "Azerbaijan.",
        ("02|10", "ARM|FRA", "FRAGOV|FRA"),
    ),
    _h(
        "r4-57",
        "exiles",
        "Ethiopian exiles in Washington marched to the State Department to demand U.S. "
        "pressure on Addis Ababa.",
        ("14|10", "ETH", "USAGOV"),
    ),
    _h(
        "r4-58",
        "refugees",
        "Sudanese refugees in eastern Chad clashed with police over food rations.",
        ("14|17|18|19", "SDNREF", "TCDCOP"),
    ),
    _h(
        "r4-59",
        "refugees",
        "Afghan refugees in Pakistan appealed to the U.N. refugee agency to halt their "
        "deportation.",
        ("02", "AFGREF", "IGOUNOHCR|IGOUNO"),
    ),
    # opposition coalitions
    _h(
        "r4-60",
        "opposition coalition",
        "Venezuela's opposition coalition, the Unitary Platform, accused the government "
        "of blocking its candidate's registration.",
        ("11", "VENOPP", "VENGOV"),
    ),
    _h(
        "r4-61",
        "opposition alliance",
        "An alliance of Senegalese opposition parties called a nationwide strike to "
        "protest the postponement of the presidential election.",
        ("14", "SENOPP|SENPTY", "SENGOV"),
    ),
    _h(
        "r4-62",
        "opposition bloc",
        "Georgia's opposition bloc boycotted the first session of parliament, saying "
        "the election had been rigged.",
        ("14|16", "GEOOPP|GEOPTY|GEOLEG", "GEOLEG"),
    ),
    # former officials
    _h(
        "r4-63",
        "former prime minister",
        "Former Malian prime minister Moussa Diarra criticised the junta for delaying "
        "elections.",
        ("11", "MLIELI", "MLIMIL|MLIGOV"),
    ),
    _h(
        "r4-64",
        "former commander, now envoy",
        "A former head of Ukraine's army, now ambassador to London, urged Britain to "
        "speed up arms deliveries.",
        ("02", "UKRGOV|UKRELI|UKRMIL", "GBR"),
    ),
    _h(
        "r4-65",
        "former president in exile",
        "Former Ecuadorean president Lenin Castro, who lives in exile in Mexico, "
        "accused Quito of persecuting his allies.",
        ("11", "ECUELI", "ECUGOV"),
    ),
    # more of the same kinds
    _h(
        "r4-66",
        "the two men",
        "Kazakhstan's president received the Chinese foreign minister in Astana. The "
        "two men discussed a new railway to Europe.",
        ("04", "KAZGOV", "CHNGOV"),
    ),
    _h(
        "r4-67",
        "coordinated leaders",
        "The leaders of Egypt, Jordan and the Palestinian Authority met in Aqaba and "
        "called on Israel to halt settlement building.",
        ("04", "EGY|JOR|PSE", "JOR|EGY|PSE"),
        ("02|10", "EGYGOV", "ISR"),
        ("02|10", "JORGOV", "ISR"),
        ("02|10", "PSEGOV", "ISR"),
    ),
    _h(
        "r4-68",
        "coordinated recipients",
        "Kenya's president spoke by phone with the leaders of Somalia and Djibouti "
        "about piracy in the Gulf of Aden.",
        ("04", "KENGOV", "SOMGOV"),
        ("04", "KENGOV", "DJIGOV"),
    ),
    _h(
        "r4-69",
        "she and him",
        "Finland's president, Mikael Lind, hosted Sweden's prime minister, Eva Berg, "
        "in Helsinki on Monday. She thanked him for Finland's support of Sweden's "
        "NATO bid.",
        ("04", "FINGOV", "SWEGOV"),
        ("05|01", "SWEGOV", "FINGOV"),
    ),
    _h(
        "r4-70",
        "the two countries",
        "Japan and South Korea held their first security talks in five years. The two "
        "countries agreed to share missile warning data.",
        ("04", "JPN|KOR", "KOR|JPN"),
        ("03|06", "JPN|KOR", "KOR|JPN"),
    ),
    _h(
        "r4-71",
        "junta, coordinated recipients",
        "The junta in Burkina Faso suspended the BBC and Voice of America for two "
        "weeks over their reporting on a massacre.",
        ("17|16", "BFAMIL|BFAGOV", "GBRMED"),
        ("17|16", "BFAMIL|BFAGOV", "USAMED"),
    ),
    _h(
        "r4-72",
        "coordinated doers",
        "Saudi Arabia, the United Arab Emirates and Bahrain cut diplomatic ties with "
        "Qatar.",
        ("16", "SAU", "QAT"),
        ("16", "ARE", "QAT"),
        ("16", "BHR", "QAT"),
    ),
    # near misses: nobody in them acts politically
    _h(
        "r4-nm1",
        "ship name",
        "The cruise ship Queen Amelia docked in Lisbon with 3,000 passengers on board.",
    ),
    _h(
        "r4-nm2",
        "ship name",
        "The aircraft carrier Admiral Kuznetsov returned to Murmansk after years of "
        "repairs.",
    ),
    _h(
        "r4-nm3",
        "truck drivers",
        "Truck drivers waited for hours at the Polish border as snow closed the road.",
    ),
    _h(
        "r4-nm4",
        "fans",
        "Fans cheered in Buenos Aires as Argentina lifted the trophy in Doha.",
    ),
    _h(
        "r4-nm5",
        "shoppers",
        "Shoppers crowded the malls of Manila on the last weekend before Christmas.",
    ),
    _h(
        "r4-nm6",
        "former president",
        "The former president celebrated his 80th birthday with his family in Kampala.",
    ),
    _h(
        "r4-nm7",
        "coordinated countries, weather",
        "Kenya, Uganda and Ethiopia recorded their heaviest rains in 40 years.",
    ),
    _h(
        "r4-nm8",
        "both sides, sport",
        "Both sides scored twice in the second half of the derby in Milan.",
    ),
    _h(
        "r4-nm9",
        "alliance, business",
        "An alliance of hotel owners in Bali said bookings had doubled this year.",
    ),
    _h(
        "r4-nm10",
        "governor, ceremony",
        "The governor of Kano state opened a new children's hospital on Monday.",
    ),
    _h(
        "r4-nm11",
        "refugees, farming",
        "Refugees who settled in northern Uganda in the 1990s now run hundreds of "
        "small farms.",
    ),
    # round 5 (helper-42, session 11), written and labelled before the coder was run on
    # it. Weighted to what rounds 1-4 had least of: bodies with 'and' inside their names,
    # 'of' phrases with several owners, 'the two countries' and 'both governments' after
    # three or more were named, officials by surname after their first mention, companies
    # and state firms (a state firm BUS, or GOV where it acts for the state), courts and
    # prosecutors of states and provinces, fighters named by their leader, spokespeople
    # and anonymous officials, acting and interim office-holders, headlines, and the kinds
    # of round 4 again; near misses. Coordinated doers each do the act; two doers that
    # act together with no other recipient do it to each other.
    # bodies with 'and' inside their names
    _h(
        "r5-01",
        "and inside names",
        "Doctors Without Borders and the Red Cross accused the Rapid Support Forces "
        "of looting medical supplies in El Fasher.",
        ("11", "NGOMSF", "SDNREB|SDNMIL"),
        ("11", "NGOICR", "SDNREB|SDNMIL"),
    ),
    _h(
        "r5-02",
        "and inside names",
        "The U.S. Securities and Exchange Commission sued the cryptocurrency exchange "
        "Coinvale for misleading investors.",
        ("11", "USAGOV", "USABUS|---BUS"),
    ),
    _h(
        "r5-03",
        "and inside names",
        "Bosnia and Herzegovina's presidency condemned Russia's veto of a U.N. "
        "resolution on Srebrenica.",
        ("11", "BIHGOV", "RUS|RUSGOV"),
    ),
    _h(
        "r5-04",
        "and inside names",
        "Trinidad and Tobago's prime minister met Venezuela's vice president in Port "
        "of Spain to discuss a gas deal.",
        ("04", "TTOGOV", "VENGOV"),
    ),
    _h(
        "r5-05",
        "and inside names",
        "The Committee to Protect Journalists and Reporters Without Borders urged "
        "Azerbaijan to free six jailed reporters.",
        ("02|10", "NGO", "AZE|AZEGOV"),
    ),
    _h(
        "r5-06",
        "and inside names",
        "Indonesia's Ministry of Energy and Mineral Resources banned the nickel miner "
        "Sulawesi Prima from exporting raw ore.",
        ("16|17", "IDNGOV", "IDNBUS"),
    ),
    _h(
        "r5-07",
        "and inside names",
        "The Food and Drug Administration ordered Helvar Pharma to recall a blood "
        "pressure drug made in India.",
        ("10|17", "USAGOV", "---BUS|INDBUS|USABUS"),
    ),
    _h(
        "r5-08",
        "and inside names",
        "Kenya's Orange Democratic Movement and the Jubilee Party walked out of "
        "parliament in protest at the finance bill.",
        ("14|12|16", "KENPTY|KENOPP|KENLEG", "KENGOV|KENLEG|None"),
    ),
    # 'of' phrases with several owners
    _h(
        "r5-09",
        "of several owners",
        "The foreign ministers of Egypt and Jordan met in Amman to coordinate their "
        "response to the Gaza war.",
        ("04", "EGYGOV", "JORGOV"),
        ("04", "JORGOV", "EGYGOV"),
    ),
    _h(
        "r5-10",
        "of several owners",
        "The defence chiefs of Mali, Niger and Burkina Faso signed a mutual defence "
        "pact in Niamey.",
        ("05|06", "MLIMIL|MLIGOV", "NERMIL|NERGOV|BFAMIL|BFAGOV"),
        ("05|06", "NERMIL|NERGOV", "MLIMIL|MLIGOV|BFAMIL|BFAGOV"),
        ("05|06", "BFAMIL|BFAGOV", "MLIMIL|MLIGOV|NERMIL|NERGOV"),
    ),
    _h(
        "r5-11",
        "of several owners",
        "Iran's foreign minister held talks with the leaders of Oman and Qatar on the "
        "nuclear issue.",
        ("04", "IRNGOV", "OMNGOV"),
        ("04", "IRNGOV", "QATGOV"),
    ),
    _h(
        "r5-12",
        "of several owners",
        "The central banks of Chile and Peru signed a currency swap agreement on "
        "Thursday.",
        ("05|06", "CHLGOV", "PERGOV"),
        ("05|06", "PERGOV", "CHLGOV"),
    ),
    _h(
        "r5-13",
        "of several owners",
        "Turkey's president thanked the leaders of Azerbaijan and Kazakhstan for their "
        "support.",
        ("05", "TURGOV", "AZEGOV"),
        ("05", "TURGOV", "KAZGOV"),
    ),
    _h(
        "r5-14",
        "of several owners",
        "The interior ministers of Spain and Morocco agreed to step up joint patrols "
        "against people smugglers.",
        ("03|05|06", "ESPGOV", "MARGOV"),
        ("03|05|06", "MARGOV", "ESPGOV"),
    ),
    # 'the two countries', 'both governments', 'the three countries' after several
    _h(
        "r5-15",
        "the two sides after three",
        "Egypt, Qatar and the United States pressed Israel and Hamas to accept a "
        "truce. The two sides agreed to a six-week pause on Sunday.",
        ("02|10", "EGY|EGYGOV", "ISR|PSEREB"),
        ("02|10", "QAT|QATGOV", "ISR|PSEREB"),
        ("02|10", "USA|USAGOV", "ISR|PSEREB"),
        ("03|05|08", "ISR|ISRGOV", "PSEREB"),
        ("03|05|08", "PSEREB", "ISR|ISRGOV"),
    ),
    _h(
        "r5-16",
        "the two countries after five",
        "Russia, Turkey and Iran hosted talks between Armenia and Azerbaijan in "
        "Moscow. The two countries agreed to reopen their border crossings.",
        ("04", "RUS|RUSGOV", "ARM|AZE|ARMGOV|AZEGOV"),
        ("04", "TUR|TURGOV", "ARM|AZE|ARMGOV|AZEGOV"),
        ("04", "IRN|IRNGOV", "ARM|AZE|ARMGOV|AZEGOV"),
        ("03|05|06", "ARM|ARMGOV", "AZE|AZEGOV"),
        ("03|05|06", "AZE|AZEGOV", "ARM|ARMGOV"),
    ),
    _h(
        "r5-17",
        "both governments after four",
        "Leaders of Ghana, Nigeria and Ivory Coast attended a summit in Accra. Ghana's "
        "and Togo's presidents signed a border accord there, and both governments "
        "pledged joint patrols.",
        ("05", "GHAGOV", "TGOGOV"),
        ("05", "TGOGOV", "GHAGOV"),
        ("03|05", "GHAGOV", "TGOGOV"),
        ("03|05", "TGOGOV", "GHAGOV"),
    ),
    _h(
        "r5-18",
        "the three countries",
        "Britain, France and Germany met Iranian negotiators in Geneva on Friday. The "
        "three countries later warned Tehran that they would restore U.N. sanctions.",
        ("04", "GBR|GBRGOV", "IRNGOV"),
        ("04", "FRA|FRAGOV", "IRNGOV"),
        ("04", "DEU|DEUGOV", "IRNGOV"),
        ("13", "GBR|GBRGOV", "IRN|IRNGOV"),
        ("13", "FRA|FRAGOV", "IRN|IRNGOV"),
        ("13", "DEU|DEUGOV", "IRN|IRNGOV"),
    ),
    # officials by surname after their first mention
    _h(
        "r5-19",
        "surname later",
        "Interior Minister Karim Belhadj of Tunisia ordered the expulsion of 40 "
        "migrants from Sfax. Belhadj said the smugglers who brought them would be "
        "arrested.",
        ("17|12", "TUNGOV", "---REF|TUNREF|REF"),
        ("13|17", "TUNGOV", "---|TUN|TUNCRM|---CRM"),
    ),
    _h(
        "r5-20",
        "surname later",
        "Colombia's defence minister, Jorge Pardo, visited troops in Cauca on Friday. "
        "Pardo accused the ELN of attacking an army base near Popayan.",
        ("11", "COLGOV|COLMIL", "COLREB"),
    ),
    _h(
        "r5-21",
        "surname later",
        "Senator Maria Okafor of Nigeria's Labour Party accused the electoral "
        "commission of rigging the vote in Lagos. Okafor also criticised the police "
        "for arresting her supporters.",
        ("11", "NGALEG|NGAPTY|NGAOPP", "NGAGOV"),
        ("11", "NGALEG|NGAPTY|NGAOPP", "NGACOP"),
    ),
    _h(
        "r5-22",
        "surname later",
        "Ghanaian opposition leader Kwame Asante met the U.S. ambassador in Accra on "
        "Monday. Asante later urged the government to delay the vote.",
        ("04", "GHAOPP", "USAGOV"),
        ("02|10", "GHAOPP", "GHAGOV"),
    ),
    _h(
        "r5-23",
        "surname later, two people",
        "Argentine Economy Minister Luis Ferrer met IMF chief Elena Varga in "
        "Washington. Varga praised Ferrer for cutting the budget deficit.",
        ("04", "ARGGOV", "IGOBUSIMF"),
        ("05", "IGOBUSIMF", "ARGGOV"),
    ),
    _h(
        "r5-24",
        "surname later, title dropped",
        "Kenyan Foreign Minister Ruth Wanjiku flew to Kinshasa on Tuesday. Wanjiku "
        "urged Congo to reopen talks with the M23 rebels.",
        ("02|10", "KENGOV", "COD|CODGOV"),
    ),
    # companies and state firms
    _h(
        "r5-25",
        "state firm",
        "Mexico's state oil company Petrolera del Golfo signed a deal with Chinese "
        "firm Sinopec to explore for gas in the Gulf.",
        ("05|06", "MEXBUS|MEXGOV", "CHNBUS"),
    ),
    _h(
        "r5-26",
        "state firm",
        "Zambia's state-owned miner ZCCM sued the Canadian company Copperline over "
        "unpaid royalties.",
        ("11", "ZMBBUS|ZMBGOV", "CANBUS"),
    ),
    _h(
        "r5-27",
        "state firm",
        "Russia's state gas company Gazprom cut off supplies to Moldova over an "
        "unpaid debt.",
        ("16", "RUSBUS|RUSGOV", "MDA|MDAGOV"),
    ),
    _h(
        "r5-28",
        "workers of a state firm",
        "Workers at Chile's state copper firm Codelco went on strike on Monday, "
        "demanding higher pay.",
        ("14", "CHLLAB", "CHLBUS|CHLGOV|None"),
    ),
    _h(
        "r5-29",
        "coordinated companies",
        "South Korea's antitrust regulator fined Samsung and Google for abusing their "
        "dominance of app stores.",
        ("17|11", "KORGOV", "KORBUS"),
        ("17|11", "KORGOV", "USABUS|---BUS"),
    ),
    _h(
        "r5-30",
        "company",
        "Brazilian meatpacker Carnesul accused Chinese customs of blocking its "
        "shipments without explanation.",
        ("11", "BRABUS", "CHNGOV"),
    ),
    # courts and prosecutors of states and provinces
    _h(
        "r5-31",
        "state court",
        "A Texas state judge blocked the governor's order to close migrant shelters.",
        ("16|17|12", "USAJUD", "USAGOV"),
    ),
    _h(
        "r5-32",
        "state prosecutors",
        "Prosecutors in the Indian state of Maharashtra charged a former state "
        "minister with taking bribes.",
        ("11", "INDJUD", "INDELI|INDGOV"),
    ),
    _h(
        "r5-33",
        "provincial court",
        "The Sindh High Court ordered provincial police to release a journalist "
        "detained in Karachi.",
        ("10|08", "PAKJUD", "PAKCOP"),
    ),
    _h(
        "r5-34",
        "state attorney general",
        "The attorney general of the Mexican state of Jalisco accused a cartel of "
        "kidnapping three students.",
        ("11", "MEXJUD", "MEXCRM"),
    ),
    _h(
        "r5-35",
        "regional prosecutor",
        "Prosecutors in the Italian region of Lombardy opened an investigation into "
        "the health ministry's handling of the outbreak.",
        ("09|11", "ITAJUD", "ITAGOV"),
    ),
    _h(
        "r5-36",
        "state supreme court",
        "Brazil's Supreme Court suspended a law passed by the state assembly of "
        "Parana that banned teachers from discussing gender.",
        ("16|17|12", "BRAJUD", "BRALEG"),
    ),
    # fighters named by their leader
    _h(
        "r5-37",
        "fighters loyal to",
        "Fighters loyal to warlord Abdi Farah seized the town of Baidoa from Somali "
        "government troops.",
        ("19|18", "SOMREB", "SOMMIL"),
    ),
    _h(
        "r5-38",
        "forces loyal to",
        "Forces loyal to eastern commander Salem Haddad shelled the outskirts of "
        "Tripoli, Libya's unity government said.",
        ("19|18", "LBYMIL|LBYREB", "LBY|LBYCVL|LBYGOV"),
    ),
    _h(
        "r5-39",
        "militiamen loyal to",
        "Militiamen loyal to the Kurdish leader Rashid Barzan clashed with Iraqi "
        "federal police in Kirkuk.",
        ("19|18", "IRQREB|IRQMIL", "IRQCOP"),
    ),
    _h(
        "r5-40",
        "gunmen loyal to",
        "Gunmen loyal to a local strongman attacked a polling station in Nangarhar, "
        "the Afghan interior ministry said.",
        ("18|19", "AFGREB|---REB|AFG", "AFG|AFGCVL|AFGGOV"),
    ),
    # spokespeople and anonymous officials
    _h(
        "r5-41",
        "anonymous senior official",
        "A senior U.S. official said Washington would impose new sanctions on "
        "Venezuela's oil sector.",
        ("13|16", "USAGOV", "VEN|VENBUS|VENGOV"),
    ),
    _h(
        "r5-42",
        "spokeswoman for a ministry",
        "A spokeswoman for Germany's foreign ministry criticised Hungary for blocking "
        "EU aid to Ukraine.",
        ("11", "DEUGOV", "HUN|HUNGOV"),
    ),
    _h(
        "r5-43",
        "military spokesman",
        "A spokesman for the Philippine military, Colonel Ramon Dizon, accused the "
        "New People's Army of recruiting children.",
        ("11", "PHLMIL", "PHLREB"),
    ),
    _h(
        "r5-44",
        "anonymous official",
        "An official at Pakistan's foreign office, speaking on condition of "
        "anonymity, said Islamabad had protested to Kabul over cross-border attacks.",
        ("11|14", "PAKGOV", "AFG|AFGGOV"),
    ),
    _h(
        "r5-45",
        "police spokesman",
        "A Kenyan police spokesman said officers had arrested 12 Somali fishermen off "
        "the coast of Lamu.",
        ("17", "KENCOP", "SOM|SOMCVL|SOMBUS"),
    ),
    # acting and interim office-holders
    _h(
        "r5-46",
        "interim prime minister",
        "Haiti's interim prime minister asked the United Nations to speed up the "
        "deployment of a Kenyan-led police force.",
        ("02|10", "HTIGOV", "IGOUNO"),
    ),
    _h(
        "r5-47",
        "acting president",
        "Peru's acting president, Dina Quispe, called on Congress to bring forward "
        "the elections.",
        ("02|10", "PERGOV", "PERLEG"),
    ),
    _h(
        "r5-48",
        "caretaker government",
        "The caretaker government in Bangladesh invited the opposition BNP to talks "
        "on electoral reform.",
        ("03|04", "BGDGOV", "BGDOPP|BGDPTY"),
    ),
    _h(
        "r5-49",
        "interim minister",
        "Mali's interim defence minister met Russian military advisers in Bamako on "
        "Thursday.",
        ("04", "MLIGOV|MLIMIL", "RUSMIL|RUS"),
    ),
    # headlines
    _h(
        "r5-50",
        "headline",
        "Chad expels French ambassador\n\nChad ordered the French ambassador to leave "
        "the country within 72 hours, accusing him of meddling in its affairs.",
        ("16|17|12|10", "TCD|TCDGOV", "FRAGOV"),
        ("11", "TCD|TCDGOV", "FRAGOV"),
    ),
    _h(
        "r5-51",
        "headline",
        "Thai court dissolves opposition party\n\nThailand's Constitutional Court "
        "dissolved the opposition Move Forward party on Wednesday over its campaign "
        "to amend the royal insult law.",
        ("17|16", "THAJUD", "THAOPP|THAPTY"),
    ),
    _h(
        "r5-52",
        "headline",
        "Kenyan police fire tear gas at protesters\n\nPolice in Nairobi fired tear gas "
        "at hundreds of demonstrators opposed to a new finance bill.",
        ("17|18", "KENCOP", "KENCVL|KENOPP|KEN"),
    ),
    _h(
        "r5-53",
        "headline",
        "Poland summons Belarus envoy over border stabbing\n\nPoland's foreign ministry "
        "summoned Belarus's charge d'affaires on Tuesday after a soldier was stabbed "
        "on the border.",
        ("11|10|04", "POLGOV", "BLRGOV"),
    ),
    # pronouns across sentences
    _h(
        "r5-54",
        "she",
        "Ugandan opposition leader Grace Nabwire was arrested on her way to a rally in "
        "Gulu. She accused the government of fearing a fair vote.",
        ("17", "UGA|UGACOP|UGAGOV", "UGAOPP"),
        ("11", "UGAOPP", "UGAGOV"),
    ),
    _h(
        "r5-55",
        "they",
        "The Philippine foreign secretary met his Vietnamese counterpart in Hanoi. They "
        "agreed to hold joint coast guard patrols in the South China Sea.",
        ("04", "PHLGOV", "VNMGOV"),
        ("03|05|06", "PHLGOV", "VNMGOV"),
        ("03|05|06", "VNMGOV", "PHLGOV"),
    ),
    _h(
        "r5-56",
        "it, not an actor",
        "Norway's fisheries minister criticised Russian trawlers working near "
        "Svalbard. They had ignored catch limits for years, she said.",
        ("11", "NORGOV", "RUSBUS|RUS"),
    ),
    # the junta, the regime, the bloc, the alliance
    _h(
        "r5-57",
        "the junta, the regime",
        "Niger's junta ordered U.S. troops to leave the country by September. The "
        "regime has turned to Russia for security help.",
        ("10|16|12", "NERMIL|NERGOV", "USAMIL"),
        ("02|03|04", "NERMIL|NERGOV", "RUS|RUSGOV|RUSMIL"),
    ),
    _h(
        "r5-58",
        "the bloc",
        "EU foreign ministers met in Brussels on Monday. The bloc agreed new sanctions "
        "on Iranian drone makers.",
        ("16|17", "IGOEUREEC", "IRNBUS|IRN"),
    ),
    _h(
        "r5-59",
        "the alliance",
        "NATO defence ministers met in Brussels. The alliance accused Russia of "
        "sabotaging undersea cables in the Baltic.",
        ("11", "IGOWSTNAT", "RUS|RUSGOV|RUSMIL"),
    ),
    # ship names
    _h(
        "r5-60",
        "ship names",
        "The Chinese coast guard vessel Haixun 06 fired water cannon at the Philippine "
        "supply boat Unaizah May 4 near Second Thomas Shoal.",
        ("17|18|19", "CHNCOP|CHNMIL|CHN", "PHL|PHLMIL|PHLGOV|PHLCOP"),
    ),
    # everyday people acting politically
    _h(
        "r5-61",
        "truck drivers",
        "Truck drivers blocked the main highway into Santiago to protest rising fuel "
        "prices.",
        ("14", "CHLLAB|CHL|CHLCVL|CHLBUS", "CHLGOV|None"),
    ),
    _h(
        "r5-62",
        "fans",
        "Football fans in Istanbul chanted against the government after the mayor's "
        "arrest.",
        ("14|11", "TUR|TURCVL|TUROPP", "TURGOV|None"),
    ),
    # sub-national governments
    _h(
        "r5-63",
        "state governor",
        "The governor of California sued the federal government over the deployment "
        "of National Guard troops in Los Angeles.",
        ("11", "USAGOV", "USAGOV"),
    ),
    _h(
        "r5-64",
        "mayor",
        "The mayor of Istanbul accused the interior ministry of blocking funds for the "
        "city's metro.",
        ("11", "TURGOV|TUROPP", "TURGOV"),
    ),
    _h(
        "r5-65",
        "provincial government",
        "Quebec's provincial government urged Ottawa to give it control over "
        "immigration.",
        ("02|10", "CANGOV", "CANGOV"),
    ),
    _h(
        "r5-66",
        "provincial assembly",
        "The Punjab provincial assembly passed a resolution condemning India's "
        "suspension of the Indus Waters Treaty.",
        ("11", "PAKLEG", "IND|INDGOV"),
    ),
    # ethnic and religious groups, diaspora, refugees, opposition coalitions
    _h(
        "r5-67",
        "refugees",
        "Syrian refugees in Lebanon staged a sit-in outside the U.N. refugee agency's "
        "Beirut office, demanding resettlement.",
        ("14|10", "SYRREF|LBNREF|---REF", "IGOUNOHCR|IGOUNO"),
    ),
    _h(
        "r5-68",
        "diaspora",
        "The Tamil diaspora in Toronto urged Canada to sanction Sri Lankan generals.",
        ("02|10", "LKA|CAN", "CANGOV|CAN"),
    ),
    _h(
        "r5-69",
        "religious leaders",
        "Shiite clerics in Bahrain called on the king to release jailed protesters.",
        ("02|10", "BHRREL", "BHRGOV"),
    ),
    _h(
        "r5-70",
        "opposition coalition",
        "Venezuela's opposition coalition, the Unitary Platform, called on the army "
        "to respect the election result.",
        ("02|10", "VENOPP", "VENMIL"),
    ),
    _h(
        "r5-71",
        "ethnic group",
        "Ethnic Somali elders in Kenya's Mandera county accused the army of "
        "detaining their sons without charge.",
        ("11", "KEN|KENCVL", "KENMIL"),
    ),
    # former officials
    _h(
        "r5-72",
        "former president",
        "Former Bolivian president Evo Quispe accused the government of plotting to "
        "bar him from the election.",
        ("11", "BOLELI|BOLOPP", "BOLGOV"),
    ),
    _h(
        "r5-73",
        "ex-minister",
        "Ex-interior minister Pavel Dorn accused Slovakia's prime minister of "
        "shielding corrupt police officers.",
        ("11", "SVKELI|SVKOPP", "SVKGOV"),
    ),
    # near misses: nobody in them acts politically
    _h(
        "r5-nm1",
        "of several owners, schooling",
        "The foreign ministers of Egypt and Jordan are both graduates of Cairo "
        "University.",
    ),
    _h(
        "r5-nm2",
        "former president, book",
        "Former president Olu Bankole published his memoirs in Lagos on Tuesday.",
    ),
    _h(
        "r5-nm3",
        "ship name",
        "The tanker Nordic Star docked in Rotterdam with 80,000 tonnes of diesel.",
    ),
    _h(
        "r5-nm4",
        "truck drivers, work",
        "Truck drivers in Santiago worked extra shifts ahead of the holidays.",
    ),
    _h(
        "r5-nm5",
        "the two countries, trade",
        "Kenya, Uganda and Ethiopia export most of East Africa's coffee. The two "
        "largest growers are Ethiopia and Uganda.",
    ),
    _h(
        "r5-nm6",
        "state firm spokeswoman, profit",
        "A spokeswoman for Gazprom said quarterly profit had risen 12 percent.",
    ),
    _h(
        "r5-nm7",
        "fans, sport",
        "Fans of Galatasaray and Fenerbahce celebrated in the streets of Istanbul "
        "after the derby ended in a draw.",
    ),
    _h(
        "r5-nm8",
        "acting mayor, ceremony",
        "The acting mayor of Lima cut the ribbon on a new bus line on Monday.",
    ),
    _h(
        "r5-nm9",
        "and inside names, sport",
        "Bosnia and Herzegovina beat Trinidad and Tobago 3-1 in a friendly in "
        "Sarajevo.",
    ),
    _h(
        "r5-nm10",
        "and inside names, move",
        "The Securities and Exchange Commission will move to a new building in "
        "Washington next year.",
    ),
    # round 6 (helper-45, session 12): written and labelled by hand before the coder
    # was run on it. Weighted to what rounds 1-5 had least of: bodies named by an
    # acronym after the first mention, armed groups known by acronyms or local names,
    # sub-national bodies, committees, commissions and councils, unions and business
    # lobbies, religious leaders and bodies, opposition figures without office, former
    # officials, leaders' relatives, lawyers acting for someone, 'the ministry' and
    # 'the agency' later, speakers of a Q&A transcript, people named with a
    # nationality, headlines, and pairs that share a head.
    # an acronym after the first mention
    _h(
        "r6-01",
        "acronym after first mention",
        "The Armed Forces of the Philippines (AFP) said soldiers killed four New "
        "People's Army guerrillas in a clash in Northern Samar. The AFP accused the "
        "rebels of extorting money from farmers.",
        ("19|18", "PHLMIL", "PHLREB|PHLINS"),
        ("11", "PHLMIL", "PHLREB|PHLINS"),
    ),
    _h(
        "r6-02",
        "acronym after first mention",
        "Kenya's Independent Policing Oversight Authority (IPOA) opened an inquiry "
        "into police conduct during last week's protests in Kisumu. IPOA accused "
        "officers of firing live rounds at unarmed crowds.",
        ("09", "KENGOV", "KENCOP"),
        ("11", "KENGOV", "KENCOP"),
    ),
    _h(
        "r6-03",
        "acronym after first mention",
        "Nigeria's Economic and Financial Crimes Commission (EFCC) arrested a former "
        "governor of Kogi State on Tuesday. The EFCC accused him of diverting 80 "
        "billion naira in state funds.",
        ("17", "NGAGOV|NGACOP|NGAJUD", "NGAELI|NGAGOV|NGAOPP"),
        ("11", "NGAGOV|NGACOP|NGAJUD", "NGAELI|NGAGOV|NGAOPP"),
    ),
    _h(
        "r6-04",
        "acronym after first mention",
        "Mexico's National Electoral Institute (INE) fined the ruling Morena party 30 "
        "million pesos for undeclared campaign spending. Morena rejected the INE's "
        "ruling as politically motivated.",
        ("17|16", "MEXGOV", "MEXPTY|MEXGOV"),
        ("12", "MEXPTY|MEXGOV", "MEXGOV"),
    ),
    _h(
        "r6-05",
        "acronym after first mention",
        "Pakistan's Inter-Services Public Relations (ISPR) said troops had killed six "
        "militants of the Tehreek-e-Taliban Pakistan (TTP) in North Waziristan. The "
        "ISPR blamed Afghanistan for sheltering TTP commanders.",
        ("19|18", "PAKMIL", "PAKREB|PAKINS"),
        ("11", "PAKMIL", "AFG|AFGGOV"),
    ),
    _h(
        "r6-06",
        "acronym after first mention",
        "The Ethiopian Human Rights Commission (EHRC) said government forces had "
        "killed civilians in the Amhara region. The EHRC called on the federal "
        "government to allow independent investigators into the region.",
        ("18|19|20", "ETHMIL|ETHGOV", "ETHCVL|ETH"),
        ("02|10", "ETHGOV|ETHHRI|ETHNGO", "ETHGOV"),
    ),
    # armed groups known by acronyms or local names
    _h(
        "r6-07",
        "rebel acronym, local militia name",
        "Fighters of the M23 rebel group clashed with Congolese troops and allied "
        "Wazalendo militias near Rubaya in North Kivu.",
        ("19", "CODREB|RWAREB", "CODMIL"),
        ("19", "CODREB|RWAREB", "CODREB|CODMIL"),
    ),
    _h(
        "r6-08",
        "army by its local name",
        "Myanmar's military, known as the Tatmadaw, bombed a school in the Sagaing "
        "region, killing 11 children, the National Unity Government said.",
        ("18|19|20", "MMRMIL", "MMRCVL|MMREDU"),
    ),
    _h(
        "r6-09",
        "militant group, the group",
        "Al-Shabaab fighters attacked an army base in Somalia's Middle Shabelle region "
        "on Friday. The group later said it had killed 20 soldiers.",
        ("19|18", "SOMREB|SOMINS", "SOMMIL"),
    ),
    _h(
        "r6-10",
        "guerrilla acronym",
        "Colombia's ELN guerrillas freed a soldier they had held for three weeks in "
        "Arauca province, handing him to a Catholic church delegation.",
        ("08", "COLREB|COLINS", "COLMIL"),
    ),
    _h(
        "r6-11",
        "rebel army by name",
        "Members of the Arakan Army captured a border guard post in Rakhine state, "
        "killing 14 police officers, the rebel group said.",
        ("19|18", "MMRREB", "MMRCOP|MMRMIL"),
    ),
    _h(
        "r6-12",
        "rebel acronym after first mention",
        "The Front for Renewal and Unity in Chad (FRUC), a rebel group based in "
        "southern Libya, said it ambushed an army convoy near Zouar, killing nine "
        "Chadian soldiers. The FRUC threatened to march on N'Djamena.",
        ("19|18", "TCDREB", "TCDMIL"),
        ("13", "TCDREB", "TCDGOV|TCDMIL|TCD"),
    ),
    _h(
        "r6-13",
        "group by its own name",
        "Ansar Allah, the movement better known as the Houthis, fired two missiles at "
        "a Greek-flagged tanker in the Red Sea, the British military said.",
        ("19|18", "YEMREB", "GRC|GRCBUS"),
    ),
    _h(
        "r6-14",
        "militant acronym",
        "Militants from Jama'at Nusrat al-Islam wal-Muslimin (JNIM) abducted 20 bus "
        "passengers near Djibo in northern Burkina Faso. Local officials said JNIM "
        "fighters later released the women among them.",
        ("18", "MLIREB|BFAREB|BFAINS|MLIINS", "BFACVL|BFA"),
        ("08", "MLIREB|BFAREB|BFAINS|MLIINS", "BFACVL|BFA"),
    ),
    # sub-national bodies
    _h(
        "r6-15",
        "state assembly",
        "The Lagos State House of Assembly summoned the state's commissioner for "
        "transport over the collapse of a footbridge that killed six people.",
        ("10|04|11", "NGALEG", "NGAGOV"),
    ),
    _h(
        "r6-16",
        "provincial police",
        "Sindh police arrested 40 members of a banned nationalist party after clashes "
        "in Hyderabad, the provincial police chief said.",
        ("17", "PAKCOP", "PAKPTY|PAKOPP|PAKCVL"),
    ),
    _h(
        "r6-17",
        "city hall",
        "Buenos Aires city hall sued the national government over cuts to transport "
        "subsidies.",
        ("11", "ARGGOV", "ARGGOV"),
    ),
    _h(
        "r6-18",
        "chief minister",
        "Tamil Nadu's chief minister accused the federal government of withholding "
        "disaster relief funds after the floods.",
        ("11", "INDGOV", "INDGOV"),
    ),
    _h(
        "r6-19",
        "regional council",
        "The regional council of Corsica voted to demand greater autonomy from Paris. "
        "French Interior Minister Gerald Moreau rejected the demand the next day.",
        ("10", "FRALEG|FRAGOV", "FRAGOV"),
        ("12", "FRAGOV", "FRALEG|FRAGOV"),
    ),
    _h(
        "r6-20",
        "state police",
        "Sao Paulo state military police shot dead a teenager during a raid in a "
        "favela, and residents blocked a highway in protest.",
        ("18|17|19", "BRACOP", "BRACVL|BRA"),
        ("14", "BRACVL|BRA", "BRACOP|BRAGOV|None"),
    ),
    _h(
        "r6-21",
        "provincial governor",
        "The governor of Khyber Pakhtunkhwa province called on Islamabad to reopen "
        "the Torkham border crossing with Afghanistan.",
        ("02|10", "PAKGOV", "PAKGOV"),
    ),
    _h(
        "r6-22",
        "state government",
        "Bavaria's state government filed a constitutional complaint against Berlin's "
        "new electoral law.",
        ("11", "DEUGOV", "DEUGOV"),
    ),
    _h(
        "r6-23",
        "regional administration",
        "The Tigray Interim Regional Administration accused Eritrean troops of "
        "abducting civilians in border districts.",
        ("11", "ETHGOV|ETH", "ERIMIL"),
    ),
    _h(
        "r6-24",
        "state police, town mayor",
        "Police in Mexico's Guerrero state detained the mayor of a mountain town on "
        "suspicion of links to a drug cartel.",
        ("17", "MEXCOP", "MEXGOV"),
    ),
    # committees, commissions and councils
    _h(
        "r6-25",
        "congressional committee",
        "The U.S. Senate Foreign Relations Committee summoned the State Department's "
        "top Africa diplomat to testify on the war in Sudan.",
        ("10|04", "USALEG", "USAGOV"),
    ),
    _h(
        "r6-26",
        "U.N. committee",
        "The U.N. Committee against Torture criticised Azerbaijan over the treatment "
        "of detained journalists.",
        ("11", "IGOUNO", "AZE|AZEGOV"),
    ),
    _h(
        "r6-27",
        "anti-graft commission",
        "Nepal's Commission for the Investigation of Abuse of Authority filed "
        "corruption charges against a former home minister and 12 officials.",
        ("11|17", "NPLGOV|NPLJUD", "NPLELI|NPLGOV|NPLOPP"),
    ),
    _h(
        "r6-28",
        "regional commission, the commission",
        "The ECOWAS Commission urged Guinea's military rulers to publish a timetable "
        "for elections. The commission also offered to send electoral experts to "
        "Conakry.",
        ("02|10", "IGOWAFECW", "GINMIL|GINGOV"),
        ("03|07", "IGOWAFECW", "GINMIL|GINGOV|GIN"),
    ),
    _h(
        "r6-29",
        "parliamentary committee",
        "The defence committee of Kenya's National Assembly accused the army chief of "
        "inflating the price of armoured vehicles.",
        ("11", "KENLEG", "KENMIL"),
    ),
    _h(
        "r6-30",
        "league council",
        "The Arab League Council, meeting in Cairo, condemned Israel's strike on a "
        "school in Gaza.",
        ("11", "IGOARBALL|IGO", "ISR|ISRMIL|ISRGOV"),
    ),
    _h(
        "r6-31",
        "security council",
        "South Korea's National Security Council warned North Korea against further "
        "missile launches.",
        ("13|11|10", "KORGOV", "PRK|PRKGOV|PRKMIL"),
    ),
    # unions and business lobbies
    _h(
        "r6-32",
        "union confederation",
        "Argentina's CGT labour confederation staged a general strike against the "
        "government's austerity measures, halting trains and buses.",
        ("14", "ARGLAB", "ARGGOV"),
    ),
    _h(
        "r6-33",
        "union acronym",
        "The Nigeria Labour Congress (NLC) gave the federal government a seven-day "
        "ultimatum to raise the minimum wage. The NLC threatened a nationwide strike "
        "if its demand was ignored.",
        ("10|13", "NGALAB", "NGAGOV"),
        ("13", "NGALAB", "NGAGOV"),
    ),
    _h(
        "r6-34",
        "business lobby",
        "The Confederation of British Industry urged the government to delay a rise "
        "in employers' national insurance contributions.",
        ("02|10", "GBRBUS", "GBRGOV"),
    ),
    _h(
        "r6-35",
        "police bureau acronym",
        "India's Central Bureau of Investigation (CBI) arrested a senior railway "
        "official in a bribery case. The CBI said it had seized 20 million rupees in "
        "cash.",
        ("17", "INDCOP|INDGOV|INDJUD", "INDGOV"),
    ),
    _h(
        "r6-36",
        "coordinated business lobbies",
        "South Korea's Federation of Korean Industries and the Korea Chamber of "
        "Commerce jointly called on parliament to scrap a bill on striking workers.",
        ("02|10", "KORBUS", "KORLEG"),
    ),
    _h(
        "r6-37",
        "teachers' unions",
        "Teachers' unions in Kenya rejected a government pay offer and told members "
        "to stay away from classrooms.",
        ("12", "KENLAB|KENEDU", "KENGOV"),
        ("14", "KENLAB|KENEDU", "KENGOV|None"),
    ),
    # religious leaders and bodies
    _h(
        "r6-38",
        "top cleric",
        "Iraq's top Shiite cleric called on political leaders to form a government "
        "quickly and to end corruption, his office in Najaf said.",
        ("02|10", "IRQREL|IRQMUS", "IRQGOV|IRQELI|IRQPTY"),
    ),
    _h(
        "r6-39",
        "bishops' conference",
        "The Catholic Bishops' Conference of the Philippines criticised the "
        "government's drug war and urged Congress to investigate police killings.",
        ("11", "PHLREL|PHLCHR", "PHLGOV"),
        ("02|10", "PHLREL|PHLCHR", "PHLLEG"),
    ),
    _h(
        "r6-40",
        "archbishop",
        "The Archbishop of Canterbury condemned the government's plan to deport "
        "asylum seekers to a third country.",
        ("11", "GBRREL|GBRCHR", "GBRGOV"),
    ),
    _h(
        "r6-41",
        "church",
        "Egypt's Coptic Orthodox Church accused police in Minya of failing to protect "
        "Christian homes attacked by a mob.",
        ("11", "EGYREL|EGYCHR", "EGYCOP"),
    ),
    _h(
        "r6-42",
        "Islamic council",
        "Ethiopia's Supreme Council of Islamic Affairs urged the government to release "
        "Muslim scholars detained in Addis Ababa.",
        ("02|10", "ETHREL|ETHMUS", "ETHGOV"),
    ),
    # opposition figures without office
    _h(
        "r6-43",
        "opposition politician, recipient",
        "Tanzanian opposition politician Tundu Mwakyusa said police had beaten him in "
        "custody in Dodoma.",
        ("18|17", "TZACOP", "TZAOPP"),
    ),
    _h(
        "r6-44",
        "exiled opposition leader",
        "Exiled Belarusian opposition leader Svetlana Orlova urged the European Union "
        "to tighten sanctions on Minsk.",
        ("02|10", "BLROPP", "IGOEUR"),
    ),
    _h(
        "r6-45",
        "opposition activist",
        "Opposition activist Hamid Karimov accused Tajikistan's security service of "
        "torturing his brother.",
        ("11", "TJKOPP|TJKCVL", "TJKSPY|TJKGOV|TJKCOP"),
    ),
    # former officials
    _h(
        "r6-46",
        "former army chief",
        "Former Pakistani army chief Tariq Ghauri accused the government of using "
        "military courts against its political opponents.",
        ("11", "PAKELI|PAKMIL|PAKOPP", "PAKGOV"),
    ),
    _h(
        "r6-47",
        "former attorney general",
        "A former Kenyan attorney general filed a petition at the High Court "
        "challenging the president's decision to send police officers to Haiti.",
        ("11", "KENELI|KENOPP|KENJUD", "KENGOV"),
    ),
    # leaders' relatives
    _h(
        "r6-48",
        "president's son",
        "The son of Cameroon's president met French business leaders in Paris on "
        "Monday, his office said.",
        ("04", "CMRELI|CMRGOV", "FRABUS"),
    ),
    _h(
        "r6-49",
        "widow",
        "The widow of slain Bolivian opposition leader Mario Choque called on the "
        "Organization of American States to investigate his death.",
        ("02|10", "BOLOPP|BOLELI|BOLCVL", "IGOLAMOAS"),
    ),
    _h(
        "r6-50",
        "king's brother",
        "Prince Hamad, a brother of Bahrain's king, met the Iranian ambassador in "
        "Manama in a rare contact between the two countries.",
        ("04", "BHRELI|BHRGOV", "IRNGOV"),
    ),
    # lawyers acting for someone
    _h(
        "r6-51",
        "lawyers for a journalist",
        "Lawyers for jailed Guatemalan journalist Jose Rubio accused prosecutors of "
        "fabricating evidence and asked the court to free him.",
        ("11", "GTMJUD|GTMMED|---JUD", "GTMJUD"),
        ("02|10", "GTMJUD|GTMMED|---JUD", "GTMJUD"),
    ),
    _h(
        "r6-52",
        "lawyer for victims' families",
        "A lawyer representing families of the Kabwe mine victims filed a lawsuit "
        "against the Zambian government and the mine's Chinese owner.",
        ("11", "ZMBJUD|ZMBCVL|---JUD", "ZMBGOV"),
        ("11", "ZMBJUD|ZMBCVL|---JUD", "CHNBUS"),
    ),
    _h(
        "r6-53",
        "defence lawyer",
        "The defence lawyer of former Peruvian president Ollanta Ramos called the "
        "verdict a political vendetta by the judiciary.",
        ("11|12", "PERJUD|PERELI|PEROPP|---JUD", "PERJUD"),
    ),
    # 'the ministry', 'the agency' later
    _h(
        "r6-54",
        "the ministry anaphora",
        "Brazil's environment ministry said deforestation in the Amazon fell 30 "
        "percent last year. The ministry also accused ranchers in Para state of "
        "setting illegal fires.",
        ("11", "BRAGOV|BRAENV", "BRAAGR|BRACVL|BRABUS"),
    ),
    _h(
        "r6-55",
        "the agency anaphora",
        "Japan's Fisheries Agency seized a Chinese fishing boat inside Japan's "
        "exclusive economic zone off Nagasaki. The agency said it had arrested the "
        "boat's captain.",
        ("17", "JPNGOV", "CHN|CHNBUS|CHNCVL"),
        ("17", "JPNGOV", "CHN|CHNCVL|CHNBUS|---"),
    ),
    _h(
        "r6-56",
        "spy agency by acronym, the agency",
        "Ukraine's military intelligence agency, known as the HUR, said it struck an "
        "oil depot in Russia's Bryansk region with drones. The agency accused Moscow "
        "of using the depot to supply troops.",
        ("19|18", "UKRSPY|UKRMIL|UKRGOV", "RUS|RUSBUS|RUSMIL"),
        ("11", "UKRSPY|UKRMIL|UKRGOV", "RUSGOV|RUS"),
    ),
    _h(
        "r6-57",
        "the ministry anaphora",
        "Turkey's foreign ministry summoned the Dutch ambassador over comments by a "
        "Dutch lawmaker. In a statement, the ministry called the remarks "
        "unacceptable.",
        ("11|10|04", "TURGOV", "NLDGOV"),
        ("11", "TURGOV", "NLDLEG|NLD"),
    ),
    # speakers of a Q&A transcript
    _h(
        "r6-58",
        "Q&A transcript",
        "Foreign Ministry Spokesperson Lin Hua's Regular Press Conference\n\n"
        "Q: The Philippine coast guard said a Chinese vessel rammed its ship. What is "
        "your comment?\n\nLin Hua: The Philippine vessel intruded into China's "
        "waters. China urges the Philippines to stop its provocations.",
        ("18|19|17", "CHN|CHNCOP|CHNMIL", "PHLCOP|PHLMIL|PHL"),
        ("02|10|11", "CHNGOV", "PHL|PHLGOV|PHLCOP|PHLMIL"),
    ),
    _h(
        "r6-59",
        "Q&A transcript",
        "Department Press Briefing, U.S. Department of State\n\nQUESTION: Will you "
        "sanction the generals in Myanmar?\n\nMR MILLER: We have already sanctioned "
        "four of them, and we condemn the junta's air strikes on civilians in Shan "
        "state.",
        ("16|17", "USAGOV", "MMRMIL"),
        ("11", "USAGOV", "MMRMIL|MMRGOV"),
    ),
    _h(
        "r6-60",
        "Q&A transcript",
        "Weekly briefing of Iran's foreign ministry spokesman Kazem Rahimi\n\nQ: "
        "London says Iran was behind the plot. Your reaction?\n\nRahimi: Iran "
        "rejects the British foreign secretary's accusations as baseless.",
        # (labelled 12|11 at first; corrected after the untuned run by CAMEO's own
        # usage note: 016 is "discard or deny accusations or charges", its target the
        # accuser)
        ("01", "IRNGOV", "GBRGOV"),
        ("11|01", "GBRGOV|GBR", "IRN|IRNGOV"),
    ),
    # people named with a nationality
    _h(
        "r6-61",
        "Briton",
        "Iran released Briton Craig Foreman, held for two years on spying charges, "
        "after talks mediated by Oman.",
        ("08", "IRN|IRNGOV", "GBR|GBRCVL"),
    ),
    _h(
        "r6-62",
        "American journalist",
        "Russian authorities charged American journalist Evan Parrish with espionage. "
        "Washington condemned the charges as absurd.",
        ("17|11", "RUSGOV|RUSJUD|RUSSPY|RUS", "USAMED|USACVL|USA"),
        ("11", "USAGOV", "RUSGOV|RUSJUD|RUS"),
    ),
    _h(
        "r6-63",
        "Frenchman",
        "Frenchman Louis Arnaud, an aid worker, was kidnapped by gunmen in Niger's "
        "Tahoua region, the French foreign ministry said.",
        ("18", "NERUAF|NERREB|NERINS|---UAF", "FRA|FRACVL|FRANGO"),
    ),
    # headlines
    _h(
        "r6-64",
        "headline",
        "Ugandan police arrest opposition MP\n\nUgandan police on Thursday arrested "
        "opposition lawmaker Bobi Kato outside parliament in Kampala, his party said.",
        ("17", "UGACOP", "UGALEG|UGAOPP"),
    ),
    _h(
        "r6-65",
        "headline",
        "Catalan parliament demands tax powers from Madrid\n\nCatalonia's regional "
        "parliament passed a motion on Tuesday demanding that the Spanish government "
        "hand over the collection of income tax.",
        ("10", "ESPLEG", "ESPGOV"),
    ),
    _h(
        "r6-66",
        "headline",
        "Hezbollah fires rockets at northern Israel\n\nLebanon's Hezbollah fired "
        "dozens of rockets at Israeli army positions in the Galilee on Sunday, the "
        "group said.",
        ("19|18", "LBNREB", "ISRMIL"),
    ),
    _h(
        "r6-67",
        "headline",
        "Burkina junta suspends BBC, VOA\n\nBurkina Faso's military government "
        "suspended the British Broadcasting Corporation and Voice of America for two "
        "weeks over their coverage of a massacre.",
        ("17|16", "BFAMIL|BFAGOV", "GBRMED"),
        ("17|16", "BFAMIL|BFAGOV", "USAMED"),
    ),
    # pairs that share a head
    _h(
        "r6-68",
        "shared head",
        "Ethiopian and Somali foreign ministers met in Ankara on Thursday to ease "
        "tensions over a port deal with Somaliland.",
        ("04", "ETHGOV", "SOMGOV"),
        ("04", "SOMGOV", "ETHGOV"),
    ),
    _h(
        "r6-69",
        "shared head",
        "Thai and Cambodian soldiers exchanged fire along the disputed border near "
        "the Ta Muen Thom temple early on Thursday.",
        ("19", "THAMIL", "KHMMIL"),
        ("19", "KHMMIL", "THAMIL"),
    ),
    _h(
        "r6-70",
        "shared head",
        "Chinese and Indian commanders held a 21st round of talks at the "
        "Chushul-Moldo border meeting point.",
        ("04", "CHNMIL", "INDMIL"),
        ("04", "INDMIL", "CHNMIL"),
    ),
    _h(
        "r6-71",
        "shared head",
        "Armenian and Azerbaijani border guards traded fire overnight near the village "
        "of Tegh.",
        ("19", "ARMMIL|ARMCOP", "AZEMIL|AZECOP"),
        ("19", "AZEMIL|AZECOP", "ARMMIL|ARMCOP"),
    ),
    _h(
        "r6-72",
        "shared head",
        "U.S. and Venezuelan negotiators agreed on a prisoner swap after talks in "
        "Doha.",
        ("03|05|06|08", "USAGOV", "VENGOV"),
        ("03|05|06|08", "VENGOV", "USAGOV"),
    ),
    # near misses: nobody in them acts politically
    _h(
        "r6-nm1",
        "nationality, sport",
        "Kenyan Faith Chebet won the women's 1,500 metres at the Diamond League "
        "meeting in Rome.",
    ),
    _h(
        "r6-nm2",
        "state assembly, move",
        "The Lagos State House of Assembly will move to a new chamber in Alausa next "
        "year.",
    ),
    _h(
        "r6-nm3",
        "rebel group, history",
        "The Arakan Army was founded in 2009 in Kachin state by young men from "
        "Rakhine.",
    ),
    _h(
        "r6-nm4",
        "widow, ceremony",
        "The widow of the late president opened a children's hospital in Harare on "
        "Friday.",
    ),
    _h(
        "r6-nm5",
        "business lobby, economic data",
        "The Confederation of British Industry said business confidence rose for a "
        "third month in June.",
    ),
    _h(
        "r6-nm6",
        "lawyer, sport",
        "A lawyer for the Manchester United striker said his client would miss "
        "Saturday's match because of injury.",
    ),
    _h(
        "r6-nm7",
        "bishop, ritual",
        "The bishop of Mombasa celebrated Easter Mass in a packed cathedral.",
    ),
    _h(
        "r6-nm8",
        "news agency acronym",
        "AFP, the French news agency, opened a new bureau in Lagos on Monday.",
    ),
    _h(
        "r6-nm9",
        "shared head, sport",
        "Indian and Pakistani fans cheered together at the cricket final in Dubai.",
    ),
    # ---- round 7 (helper-48, session 12): pronouns across clauses and sentences, 'we'
    # and 'our' in quotes and transcripts, possessed groups, flagged vessels, people
    # named with a nationality, dual roles, sub-national units named alone, bodies named
    # by what they back or oppose, missions and their contingents, headlines
    # pronouns whose antecedent is in a higher clause or the sentence before
    _h(
        "r7-01",
        "'them': the higher clause's subject",
        "Farmers in Amhara said Fano militiamen had abducted a district official who "
        "refused to support them.",
        ("18", "ETHREB", "ETHGOV"),
        ("12", "ETHGOV", "ETHREB"),
    ),
    _h(
        "r7-02",
        "'they' and 'them' in the next sentence",
        "Nigerian police arrested two men in Kano on Monday. They accused them of "
        "selling weapons to bandits in Zamfara state.",
        ("17", "NGACOP", "NGACVL|NGACRM|NGA"),
        ("11", "NGACOP", "NGACVL|NGACRM|NGA"),
    ),
    _h(
        "r7-03",
        "'his', 'He' across sentences",
        "Venezuelan opposition leader Maria Guerra said intelligence agents detained "
        "her campaign manager in Caracas. She called on the United Nations to demand "
        "his release.",
        ("17", "VENSPY|VENGOV|VENCOP", "VENOPP|VENPTY"),
        ("02|10", "VENOPP", "IGOUNO"),
    ),
    _h(
        "r7-04",
        "'their': the speakers",
        "Sudanese villagers said fighters of the Rapid Support Forces looted their "
        "homes and beat them.",
        ("18|17", "SDNREB|SDNMIL", "SDNCVL|SDN"),
    ),
    _h(
        "r7-05",
        "'its': the speaking body",
        "Pakistan's Foreign Office accused the Afghan Taliban government of sheltering "
        "militants who attacked its border posts.",
        ("11", "PAKGOV", "AFGGOV|AFGREB"),
        ("19|18", "---REB|AFGREB|PAKREB|---", "PAKMIL|PAK"),
    ),
    _h(
        "r7-06",
        "'it': a body in a subordinate clause",
        "Mali's military government expelled the French ambassador after he criticised "
        "it on television.",
        ("16|17|12", "MLIMIL|MLIGOV", "FRAGOV"),
        ("11", "FRAGOV", "MLIMIL|MLIGOV"),
    ),
    _h(
        "r7-07",
        "'they' after a clause",
        "Kurdish officials in Qamishli said Turkish drones struck a car that was "
        "carrying them to a meeting, wounding two of their guards.",
        ("19|18", "TURMIL|TUR", "SYRGOV|SYR|---GOV|SYRREB"),
    ),
    _h(
        "r7-08",
        "'he' after a named minister",
        "Ghana's finance minister met IMF officials in Washington on Tuesday. He asked "
        "them to release the next tranche of the bailout loan.",
        ("04", "GHAGOV", "IGOBUSIMF"),
        ("02|10|07", "GHAGOV", "IGOBUSIMF"),
    ),
    _h(
        "r7-09",
        "'them': a group named two clauses up",
        "Striking doctors in Lagos said the state government had ignored their demands "
        "and threatened to sack them.",
        ("12", "NGAGOV", "NGAMED|NGALAB|NGAHLH|NGACVL"),
        ("13", "NGAGOV", "NGAMED|NGALAB|NGAHLH|NGACVL"),
    ),
    _h(
        "r7-10",
        "'the group' after an acronym",
        "Al-Shabaab fighters attacked an African Union base near Baidoa on Sunday. The "
        "group said it had killed dozens of soldiers.",
        ("19|18", "SOMREB", "IGOAFRAFU"),
    ),
    # 'we' and 'our' in quotes and transcripts
    _h(
        "r7-11",
        "transcript 'we'",
        "Press briefing by Kenya's Interior Ministry\n\nQUESTION: What will you do about "
        "the organisers of the riots?\n\nMR OTIENO: We have arrested eleven of them and "
        "we will charge them in court this week.",
        ("17", "KENGOV", "KENCVL|KENOPP|KEN"),
    ),
    _h(
        "r7-12",
        "quoted 'our forces'",
        '"Our forces destroyed two Russian command posts near Bakhmut overnight," '
        "Ukraine's defence minister said.",
        ("19|18", "UKRMIL|UKRGOV", "RUSMIL"),
    ),
    _h(
        "r7-13",
        "quoted 'we' of a president",
        "Somalia's president said on Monday: \"We will expel the Ethiopian ambassador "
        'if Addis Ababa does not cancel the port deal."',
        ("13", "SOMGOV", "ETHGOV"),
    ),
    _h(
        "r7-14",
        "quoted 'our citizens'",
        '"Venezuela has detained two of our citizens without charge," Colombia\'s '
        "foreign minister told reporters, adding that Bogota demanded their release.",
        ("17", "VENGOV|VENCOP|VEN", "COLCVL|COL"),
        ("10", "COLGOV", "VENGOV|VEN"),
    ),
    _h(
        "r7-15",
        "transcript 'we', 'our coast guard'",
        "Foreign Ministry Spokesperson Mao Lin's Regular Press Conference\n\nQ: Japan has "
        "protested against Chinese patrols near the Senkaku Islands. Your comment?\n\n"
        "Mao Lin: We firmly reject Japan's protest. Our coast guard will continue its "
        "patrols in these waters.",
        ("11", "JPNGOV|JPN", "CHN|CHNGOV|CHNCOP|CHNMIL"),
        ("12", "CHNGOV", "JPNGOV|JPN"),
    ),
    _h(
        "r7-16",
        "quoted 'we' of a rebel spokesman",
        '"We shot down a military helicopter near Loikaw," a spokesman for the '
        "Karenni Nationalities Defense Force told Reuters.",
        ("19|18", "MMRREB", "MMRMIL"),
    ),
    _h(
        "r7-17",
        "quoted 'we' of a union",
        '"We will shut every port in the country until the government listens," the '
        "head of Chile's dockworkers' union said on Wednesday.",
        ("13|14", "CHLLAB", "CHLGOV"),
    ),
    _h(
        "r7-18",
        "'our' in a statement",
        "In a statement, the Polish foreign ministry said Belarusian guards had fired "
        "shots at our soldiers on the border and demanded an explanation from Minsk.",
        ("19|18", "BLRMIL|BLRCOP|BLR", "POLMIL"),
        ("10", "POLGOV", "BLRGOV|BLR"),
    ),
    # possessed groups
    _h(
        "r7-19",
        "'his fighters'",
        "Libyan commander Khalifa Hafter said his fighters had captured the town of "
        "Gharyan from forces loyal to the government in Tripoli.",
        ("19|18", "LBYMIL|LBYREB", "LBYMIL|LBYGOV"),
    ),
    _h(
        "r7-20",
        "'Kyiv's allies'",
        "Kyiv's Western allies pledged more air defence systems at a meeting in Ramstein "
        "on Friday.",
        ("05|07|03", "---|IGOWSTNAT|USA|DEU|GBR|FRA", "UKR|UKRGOV|UKRMIL"),
    ),
    _h(
        "r7-21",
        "'our Turkish friends'",
        'Azerbaijan\'s president thanked "our Turkish friends" for their support during '
        "the war, speaking at a parade in Baku.",
        ("05|01|03", "AZEGOV", "TUR|TURGOV"),
    ),
    _h(
        "r7-22",
        "'the president's supporters'",
        "Supporters of Senegal's president clashed with opposition youths in Dakar on "
        "Saturday.",
        ("18|19|14", "SENGOV|SENPTY|SENCVL|SEN", "SENOPP|SENCVL|SEN"),
    ),
    _h(
        "r7-23",
        "'Moscow's mercenaries'",
        "The Central African Republic's opposition accused Moscow's mercenaries of "
        "killing civilians in the diamond mines near Bria.",
        ("11", "CAFOPP", "RUS|RUSMIL|---UAF|RUSUAF|RUSBUS"),
    ),
    _h(
        "r7-24",
        "'its proxies'",
        "Saudi Arabia accused Iran of arming its proxies in Yemen and called on the "
        "Security Council to act.",
        ("11", "SAU|SAUGOV", "IRN|IRNGOV"),
        ("02|10", "SAU|SAUGOV", "IGOUNO"),
    ),
    # flagged vessels and aircraft
    _h(
        "r7-25",
        "flagged tanker seized",
        "Iran's Revolutionary Guards seized a Greek-flagged tanker in the Gulf of Oman "
        "on Thursday.",
        ("17", "IRNMIL", "GRC|GRCBUS"),
    ),
    _h(
        "r7-26",
        "fishing boats by flag",
        "Argentina's coast guard fired on Chinese fishing boats operating illegally in "
        "its waters off Patagonia.",
        ("19|18|17", "ARGCOP|ARGMIL|ARG", "CHN|CHNBUS|CHNCVL"),
    ),
    _h(
        "r7-27",
        "flagged ship attacked",
        "Houthi rebels fired two missiles at a Panama-flagged bulk carrier in the Red "
        "Sea, the U.S. military said.",
        ("19|18", "YEMREB", "PAN|PANBUS"),
    ),
    _h(
        "r7-28",
        "airliner by nationality",
        "Russian air defences shot down an Azerbaijani airliner over Chechnya by "
        "mistake, Baku said.",
        ("19|18", "RUSMIL", "AZE|AZEBUS"),
    ),
    _h(
        "r7-29",
        "research vessel by flag",
        "The Vietnamese foreign ministry protested against a Chinese survey ship "
        "operating in Vietnam's exclusive economic zone.",
        ("11", "VNMGOV", "CHN|CHNGOV|CHNBUS"),
    ),
    _h(
        "r7-30",
        "trawler seized",
        "Senegal's navy detained a Russian-flagged trawler fishing without a licence "
        "off Dakar.",
        ("17", "SENMIL", "RUS|RUSBUS"),
    ),
    # people named with a nationality
    _h(
        "r7-31",
        "Briton named",
        "A court in Tehran sentenced Briton Alan Marsh to ten years in prison for "
        "spying.",
        ("17", "IRNJUD", "GBR|GBRCVL"),
    ),
    _h(
        "r7-32",
        "Australian academic",
        "China freed Australian academic Karen Lee after three years in detention, "
        "Canberra said.",
        ("08", "CHN|CHNGOV", "AUS|AUSEDU|AUSCVL"),
    ),
    _h(
        "r7-33",
        "American named",
        "Taliban authorities detained American tourist Greg Holt in Kabul, the State "
        "Department said.",
        ("17", "AFGGOV|AFGREB|AFG", "USA|USACVL"),
    ),
    _h(
        "r7-34",
        "Dutchman",
        "Gunmen kidnapped Dutchman Pieter de Vries, an engineer, in Nigeria's Delta "
        "state.",
        ("18", "NGAUAF|NGAREB|NGACRM|---UAF|---", "NLD|NLDCVL|NLDBUS"),
    ),
    _h(
        "r7-35",
        "nationality as the doer",
        "Russian Alexei Orlov, a Wagner commander, threatened to pull his men out of "
        "Bakhmut.",
        ("13|16", "RUSMIL|RUSUAF|RUS", "RUSMIL|RUSGOV|UKR|None"),
    ),
    # dual roles
    _h(
        "r7-36",
        "defence minister and army chief",
        "Burundi's defence minister and army chief accused Rwanda of training rebels in "
        "eastern Congo.",
        ("11", "BDIGOV|BDIMIL", "RWA|RWAGOV"),
    ),
    _h(
        "r7-37",
        "president and party leader",
        "Zimbabwe's president, who also leads the ruling ZANU-PF, expelled two "
        "lawmakers from the party.",
        ("17|16|12", "ZWEGOV|ZWEPTY", "ZWELEG|ZWEPTY"),
    ),
    _h(
        "r7-38",
        "foreign minister and deputy premier",
        "Pakistan's deputy prime minister and foreign minister Ishaq Dar met China's "
        "foreign minister in Beijing.",
        ("04", "PAKGOV", "CHNGOV"),
    ),
    _h(
        "r7-39",
        "army chief and ruler",
        "Guinea's junta leader and army chief pardoned a former minister jailed for "
        "corruption.",
        ("08", "GINMIL|GINGOV", "GINELI|GINGOV"),
    ),
    # sub-national units named by the unit alone
    _h(
        "r7-40",
        "state named alone",
        "Texas sued the Biden administration over a rule on asylum seekers.",
        ("11", "USAGOV", "USAGOV"),
    ),
    _h(
        "r7-41",
        "region's government",
        "Catalonia's government demanded that Madrid transfer control of the regional "
        "railways.",
        ("10", "ESPGOV", "ESPGOV"),
    ),
    _h(
        "r7-42",
        "province named alone",
        "Balochistan accused Islamabad of withholding its share of gas revenues.",
        ("11", "PAKGOV|PAK", "PAKGOV"),
    ),
    _h(
        "r7-43",
        "state named alone, doer",
        "California banned state travel to Florida over its new immigration law.",
        ("16|17", "USAGOV", "USAGOV"),
    ),
    _h(
        "r7-44",
        "region named alone",
        "Puntland cut ties with Somalia's federal government on Sunday.",
        ("16", "SOMGOV|SOM", "SOMGOV"),
    ),
    _h(
        "r7-45",
        "province's premier",
        "Alberta's premier said the province would sue Ottawa over the new emissions "
        "cap.",
        ("13|03|11", "CANGOV", "CANGOV"),
    ),
    # bodies named by what they back or oppose
    _h(
        "r7-46",
        "pro-X separatists",
        "Pro-Russian separatists shelled Ukrainian army positions near Donetsk.",
        ("19|18", "UKRREB|RUSREB", "UKRMIL"),
    ),
    _h(
        "r7-47",
        "anti-junta militias",
        "Anti-junta militias in Myanmar's Sagaing region ambushed a military convoy, "
        "killing twelve soldiers.",
        ("19|18", "MMRREB", "MMRMIL"),
    ),
    _h(
        "r7-48",
        "Iran-backed militias",
        "Iran-backed militias in Iraq launched drones at a U.S. base in Syria.",
        ("19|18", "IRQREB|IRNREB|IRQ", "USAMIL"),
    ),
    _h(
        "r7-49",
        "anti-government protesters",
        "Anti-government protesters in Nairobi set fire to part of the parliament "
        "building.",
        ("14|18|17", "KENCVL|KENOPP|KEN", "KENLEG|KENGOV|None"),
    ),
    _h(
        "r7-50",
        "pro-government militia",
        "A pro-government militia in Burkina Faso killed dozens of civilians in the "
        "village of Zaongo, a rights group said.",
        ("18|19|20", "BFAMIL|BFAREB|BFAGOV", "BFACVL|BFA"),
    ),
    _h(
        "r7-51",
        "Turkey-backed fighters",
        "Turkey-backed Syrian fighters attacked Kurdish-led forces near Manbij.",
        ("19|18", "SYRREB|TURREB", "SYRREB|SYRMIL"),
    ),
    _h(
        "r7-52",
        "pro-independence party",
        "New Caledonia's pro-independence movement rejected the French government's "
        "plan to expand the electorate.",
        ("12", "NCLOPP|NCL|FRAOPP|NCLPTY", "FRAGOV"),
    ),
    # international missions and their national contingents
    _h(
        "r7-53",
        "contingent in a mission",
        "Kenyan police in the multinational mission in Haiti killed a gang leader in "
        "Port-au-Prince.",
        ("18|19|20", "KENCOP", "HTICRM|HTIREB|HTI"),
    ),
    _h(
        "r7-54",
        "U.N. mission",
        "The U.N. mission in South Sudan accused government soldiers of raping women "
        "near Bentiu.",
        ("11", "IGOUNO", "SSDMIL"),
    ),
    _h(
        "r7-55",
        "peacekeepers by nationality",
        "Nepalese peacekeepers serving with the U.N. force in Lebanon came under fire "
        "from Israeli troops.",
        ("19|18", "ISRMIL", "NPLMIL|IGOUNO"),
    ),
    _h(
        "r7-56",
        "AU mission",
        "The African Union mission in Somalia handed over a base in Jowhar to the "
        "Somali army.",
        ("08|07|06", "IGOAFRAFU", "SOMMIL"),
    ),
    _h(
        "r7-57",
        "EU naval mission",
        "The European Union's naval mission in the Red Sea said its French frigate shot "
        "down a Houthi drone.",
        ("19|18", "IGOEUR|FRAMIL", "YEMREB"),
    ),
    # headlines
    _h(
        "r7-58",
        "headline",
        "Texas sues Biden administration over border wire\n\nThe state of Texas sued "
        "the federal government on Monday to stop border agents cutting razor wire.",
        ("11", "USAGOV", "USAGOV"),
    ),
    _h(
        "r7-59",
        "headline",
        "Houthis claim attack on Greek-flagged tanker\n\nYemen's Houthi rebels said on "
        "Wednesday they had struck a Greek-flagged tanker off Hodeidah with a missile.",
        ("19|18", "YEMREB", "GRC|GRCBUS"),
    ),
    _h(
        "r7-60",
        "headline",
        "Pro-Russian protesters storm Moldovan parliament\n\nHundreds of protesters "
        "backing Moscow forced their way into the parliament building in Chisinau.",
        ("14|18|17", "MDACVL|MDAOPP|MDA", "MDALEG|None"),
    ),
    _h(
        "r7-61",
        "headline",
        "Seoul summons Japanese envoy over textbooks\n\nSouth Korea's foreign ministry "
        "summoned Japan's ambassador on Tuesday to protest against new school textbooks.",
        ("11|10|04", "KORGOV", "JPNGOV"),
    ),
    _h(
        "r7-62",
        "headline",
        "Junta frees jailed Briton\n\nMyanmar's military government released a British "
        "former diplomat jailed for visa offences, the British embassy said.",
        ("08", "MMRMIL|MMRGOV", "GBRELI|GBRGOV|GBR|GBRCVL"),
    ),
    # more of the same, with two events each
    _h(
        "r7-63",
        "'them': antecedent in a higher clause, then 'they'",
        "Opposition lawmakers in Uganda said soldiers had beaten colleagues who tried "
        "to protect them. They walked out of parliament in protest.",
        ("18|17", "UGAMIL", "UGALEG|UGAOPP"),
        ("14|11", "UGALEG|UGAOPP", "UGALEG|UGAGOV|None"),
    ),
    _h(
        "r7-64",
        "'it' and 'its' across sentences",
        "Ethiopia accused Egypt of arming rebels in the Amhara region. It said Cairo's "
        "weapons had reached militias fighting its army.",
        ("11", "ETH|ETHGOV", "EGY|EGYGOV"),
        ("11|07", "ETH|ETHGOV|EGY|EGYGOV", "EGY|EGYGOV|ETHREB"),
    ),
    _h(
        "r7-65",
        "transcript 'we', two acts",
        "Department Press Briefing\n\nQUESTION: Has Washington responded to the arrest "
        "of the Georgian opposition leaders?\n\nMS HARRIS: We condemn these arrests, "
        "and we have urged the Georgian government to release them.",
        ("11", "USAGOV", "GEOGOV"),
        ("02|10", "USAGOV", "GEOGOV"),
    ),
    _h(
        "r7-66",
        "quoted 'our' and 'they'",
        '"They bombed our hospital twice," said a doctor in Khan Younis, accusing '
        "Israeli forces of targeting medical staff.",
        ("19|18", "ISRMIL", "PSEMED|PSEHLH|PSECVL|PSE"),
        ("11", "PSEMED|PSEHLH|PSECVL|PSE", "ISRMIL"),
    ),
    _h(
        "r7-67",
        "'his troops', 'their positions'",
        "The Sudanese army chief said his troops had recaptured Wad Madani from the "
        "Rapid Support Forces and shelled their positions in the east of the city.",
        ("19|18", "SDNMIL", "SDNREB|SDNMIL"),
    ),
    _h(
        "r7-68",
        "flagged vessels, two sides",
        "The Philippine coast guard accused a Chinese maritime militia vessel of "
        "ramming a Philippine-flagged supply boat. Beijing said the Philippine boat had "
        "entered Chinese waters.",
        ("11", "PHLCOP|PHLMIL|PHL", "CHN|CHNMIL|CHNCOP"),
        ("11", "CHN|CHNGOV", "PHL|PHLCOP|PHLMIL|PHLBUS"),
    ),
    _h(
        "r7-69",
        "nationality-named people, two acts",
        "Belarus pardoned German national Rico Krause and handed him over to German "
        "officials at the Polish border.",
        ("08", "BLR|BLRGOV", "DEU|DEUCVL"),
        ("08|06|07", "BLR|BLRGOV", "DEUGOV|DEU"),
    ),
    _h(
        "r7-70",
        "dual role, then the title alone",
        "Haiti's interim prime minister and interior minister met Kenyan police "
        "commanders in Port-au-Prince. The prime minister asked them for more patrols "
        "in Cite Soleil.",
        ("04", "HTIGOV", "KENCOP"),
        ("02|10", "HTIGOV", "KENCOP"),
    ),
    _h(
        "r7-71",
        "sub-national unit alone, then its governor",
        "Florida sued the federal government over immigration parole. Its governor "
        "accused Washington of ignoring the law.",
        ("11", "USAGOV", "USAGOV"),
        ("11", "USAGOV", "USAGOV"),
    ),
    _h(
        "r7-72",
        "pro-X and anti-X sides",
        "Pro-government supporters attacked anti-government marchers in Tbilisi, and "
        "police detained several of the marchers.",
        ("18|14", "GEOGOV|GEOCVL|GEO|GEOPTY", "GEOOPP|GEOCVL|GEO"),
        ("17", "GEOCOP", "GEOOPP|GEOCVL|GEO"),
    ),
    _h(
        "r7-73",
        "contingent and its country",
        "Rwandan troops in Mozambique's Cabo Delgado province killed 20 insurgents, "
        "Kigali said. Mozambique's president thanked Rwanda for its help.",
        ("19|18", "RWAMIL", "MOZREB|MOZ"),
        ("05|01|03", "MOZGOV", "RWA|RWAGOV|RWAMIL"),
    ),
    _h(
        "r7-74",
        "headline with a possessed group",
        "Putin's allies call for ban on foreign agents\n\nLawmakers from Russia's ruling "
        "party urged the government to ban groups funded from abroad.",
        ("02|10", "RUSLEG|RUSPTY", "RUSGOV"),
    ),
    _h(
        "r7-75",
        "'our' in a statement, 'they'",
        "Hamas said Israeli strikes killed five of our commanders in Rafah. It vowed to "
        "retaliate.",
        ("19|18|20", "ISRMIL|ISR", "PSEREB|PSE"),
        ("13", "PSEREB", "ISR|ISRMIL|ISRGOV"),
    ),
    _h(
        "r7-76",
        "quoted 'we' of a governor",
        '"We will not allow federal troops into our state," the governor of Illinois '
        "told reporters, after the president ordered the National Guard to Chicago.",
        ("12|13", "USAGOV", "USAGOV|USAMIL"),
    ),
    _h(
        "r7-77",
        "Kyiv named for the government, its allies",
        "Kyiv accused Budapest of blocking EU aid to Ukraine. Hungary's foreign minister "
        "said his country would not fund the war.",
        ("11", "UKRGOV|UKR", "HUNGOV|HUN"),
        ("12", "HUNGOV", "UKR|UKRGOV|IGOEUR"),
    ),
    _h(
        "r7-78",
        "'their' possessed leaders",
        "Colombia's government suspended talks with the ELN after its fighters "
        "attacked a military base in Arauca.",
        ("16|12", "COLGOV", "COLREB"),
        ("19|18", "COLREB", "COLMIL"),
    ),
    _h(
        "r7-79",
        "'who' and 'them' in a relative clause",
        "Nicaragua stripped the citizenship of 94 critics who had accused the "
        "government of jailing them.",
        ("17|16", "NICGOV|NIC", "NICOPP|NICCVL|NIC"),
        ("11", "NICOPP|NICCVL|NIC", "NICGOV"),
    ),
    _h(
        "r7-80",
        "mission named by its acronym",
        "MONUSCO peacekeepers fired on M23 rebels advancing on Goma. The rebels said "
        "the U.N. force had killed three of their men.",
        ("19|18", "IGOUNO", "CODREB"),
        ("11", "CODREB", "IGOUNO"),
    ),
    # near misses
    _h(
        "r7-nm1",
        "'we' in a sports quote",
        '"We attacked from the first minute and our fans carried us," the Moroccan '
        "coach said after the win over Spain.",
    ),
    _h(
        "r7-nm2",
        "flagged ship, weather",
        "A Liberian-flagged container ship ran aground in a storm off the Dutch coast.",
    ),
    _h(
        "r7-nm3",
        "Briton, sport",
        "Briton Emma Hart beat American Jess Cole in the final in Melbourne.",
    ),
    _h(
        "r7-nm4",
        "state named alone, weather",
        "Texas recorded its hottest day on record on Sunday.",
    ),
    _h(
        "r7-nm5",
        "peacekeepers, ceremony",
        "Ghanaian peacekeepers in the U.N. mission in Lebanon received medals at a "
        "ceremony in Naqoura.",
    ),
    _h(
        "r7-nm6",
        "possessed group, sport",
        "His players celebrated the title with fans in the streets of Naples.",
    ),
    # ---- round 8 (helper-50, session 13): capitals and buildings for governments,
    # 'both countries', 'the two sides', 'the allies', spokespeople, unnamed officials,
    # armed groups by acronym alone, companies and state firms, a title then the surname,
    # 'the latter' / 'the former', a leader acting in the next paragraph ('He'),
    # coalitions and blocs, headlines
    # capitals and buildings
    _h(
        "r8-01",
        "building: the Kremlin",
        "The Kremlin accused Britain on Tuesday of supplying Ukraine with long-range "
        "missiles.",
        ("11", "RUSGOV", "GBRGOV|GBR"),
    ),
    _h(
        "r8-02",
        "building: Downing Street",
        "Downing Street condemned Belarus for jailing a British journalist in Minsk.",
        ("11", "GBRGOV", "BLRGOV|BLR"),
    ),
    _h(
        "r8-03",
        "capitals: Tehran, Berlin",
        "Tehran summoned the German ambassador over Berlin's decision to close "
        "Iranian consulates.",
        ("11|16|10", "IRNGOV|IRN", "DEUGOV|DEU"),
    ),
    _h(
        "r8-04",
        "building: the Elysee",
        "The Elysee said President Emmanuel Macron would host Nigeria's president in "
        "Paris next week.",
        ("04|03", "FRAGOV", "NGAGOV"),
    ),
    _h(
        "r8-05",
        "building: the Pentagon",
        "The Pentagon said it would send two more destroyers to the eastern "
        "Mediterranean to support Israel.",
        ("07|06|03", "USAMIL|USAGOV", "ISRGOV|ISRMIL|ISR"),
    ),
    _h(
        "r8-06",
        "capital: Washington, firms",
        "Washington imposed sanctions on three Chinese firms accused of supplying "
        "drone parts to Moscow.",
        ("16|17", "USAGOV|USA", "CHNBUS"),
    ),
    _h(
        "r8-07",
        "capitals: Beijing, Manila",
        "Beijing warned Manila on Sunday against sending more ships to the Second "
        "Thomas Shoal.",
        ("13|11", "CHNGOV|CHN", "PHLGOV|PHL"),
    ),
    _h(
        "r8-08",
        "headline: Kremlin",
        "Kremlin rejects Finland's offer to mediate",
        ("12", "RUSGOV", "FINGOV|FIN"),
    ),
    _h(
        "r8-09",
        "capitals: Seoul and Tokyo",
        "Seoul and Tokyo agreed on Friday to resume regular defence talks.",
        ("03|04|05", "KORGOV|KOR", "JPNGOV|JPN"),
        ("03|04|05", "JPNGOV|JPN", "KORGOV|KOR"),
    ),
    _h(
        "r8-10",
        "building: the White House",
        "The White House criticised Israel's decision to expand settlements in the "
        "occupied West Bank.",
        ("11", "USAGOV", "ISRGOV|ISR"),
    ),
    _h(
        "r8-11",
        "capitals: Ankara, Stockholm",
        "Ankara recalled its ambassador from Stockholm after a protester burned a "
        "Koran outside the Turkish embassy.",
        ("16", "TURGOV|TUR", "SWEGOV|SWE"),
    ),
    _h(
        "r8-12",
        "capitals: Islamabad, Kabul; acronym TTP",
        "Islamabad accused Kabul of harbouring TTP fighters who attacked a checkpoint "
        "in North Waziristan.",
        ("11", "PAKGOV|PAK", "AFGGOV|AFG"),
        ("19|18", "PAKINS|PAKREB", "PAKMIL|PAKCOP|PAK"),
    ),
    # 'both countries', 'the two sides', 'the three nations', 'the allies'
    _h(
        "r8-13",
        "'both countries'",
        "Armenia and Azerbaijan held another round of border talks in Almaty on "
        "Thursday. Both countries accused the other of firing on border posts.",
        ("04", "ARMGOV|ARM", "AZEGOV|AZE"),
        ("04", "AZEGOV|AZE", "ARMGOV|ARM"),
        ("11", "ARMGOV|ARM", "AZEGOV|AZE|AZEMIL"),
        ("11", "AZEGOV|AZE", "ARMGOV|ARM|ARMMIL"),
    ),
    _h(
        "r8-14",
        "'the two sides'",
        "Ethiopian and Eritrean officials met in Asmara on Monday. The two sides "
        "agreed to reopen the border crossing at Zalambessa.",
        ("04", "ETHGOV", "ERIGOV"),
        ("04", "ERIGOV", "ETHGOV"),
        ("03|05|08", "ETHGOV|ERIGOV", "ERIGOV|ETHGOV"),
    ),
    _h(
        "r8-15",
        "'the three nations'",
        "Brazil, Argentina and Chile signed a pact on lithium mining in Santiago. The "
        "three nations also pledged to share geological data.",
        ("05|06", "BRAGOV|BRA", "ARGGOV|ARG|CHLGOV|CHL"),
        ("05|06", "CHLGOV|CHL", "ARGGOV|ARG|BRAGOV|BRA"),
        ("03|06", "BRA|ARG|CHL", "BRA|ARG|CHL"),
    ),
    _h(
        "r8-16",
        "'the allies'",
        "Britain and France pledged more artillery shells to Ukraine on Thursday. The "
        "allies also agreed to train Ukrainian fighter pilots.",
        ("07|03", "GBRGOV|GBR", "UKRGOV|UKRMIL|UKR"),
        ("07|03", "FRAGOV|FRA", "UKRGOV|UKRMIL|UKR"),
        ("03|06|07", "GBR|FRA", "UKRMIL|UKR"),
    ),
    _h(
        "r8-17",
        "'the allies' after joint drills",
        "The United States and the Philippines began joint naval drills in the South "
        "China Sea on Monday. China accused the allies of stoking tension.",
        ("06", "USAMIL|USAGOV|USA", "PHLMIL|PHLGOV|PHL"),
        ("06", "PHLMIL|PHLGOV|PHL", "USAMIL|USAGOV|USA"),
        ("11", "CHNGOV|CHN", "USA|PHL"),
    ),
    _h(
        "r8-18",
        "'both countries': mutual accusations",
        "Thailand and Cambodia traded accusations over a border clash that killed a "
        "Cambodian soldier. Both countries summoned the other's ambassador.",
        ("11", "THAGOV|THA", "KHMGOV|KHM"),
        ("11", "KHMGOV|KHM", "THAGOV|THA"),
    ),
    # spokespeople
    _h(
        "r8-19",
        "'a spokesman for the Taliban'",
        "A spokesman for the Taliban said the group had arrested two British aid "
        "workers in Kandahar.",
        ("17", "AFGGOV|AFGINS|AFGREB", "GBRNGO|GBRCVL|GBR|NGO"),
    ),
    _h(
        "r8-20",
        "'a Kremlin spokesman'",
        "A Kremlin spokesman dismissed Estonia's charges of sabotage as absurd.",
        # CAMEO 016: "discard or deny accusations or charges" (label corrected)
        ("01|12|11", "RUSGOV", "ESTGOV|EST"),
    ),
    _h(
        "r8-21",
        "'a Pentagon spokesperson'",
        "A Pentagon spokesperson said U.S. forces had struck a Houthi missile launcher "
        "in Yemen.",
        ("19|18", "USAMIL", "YEMINS|YEMREB|YEM"),
    ),
    _h(
        "r8-22",
        "'a spokeswoman for Hamas'",
        "A spokeswoman for Hamas rejected the Egyptian ceasefire proposal on Wednesday.",
        ("12", "PSE", "EGYGOV|EGY"),
    ),
    _h(
        "r8-23",
        "'the foreign ministry spokesman in Beijing'",
        "The foreign ministry spokesman in Beijing accused Washington of smearing "
        "Chinese companies.",
        ("11", "CHNGOV", "USAGOV|USA"),
    ),
    _h(
        "r8-24",
        "'a spokesman for the Houthis'",
        "A spokesman for the Houthis said their forces had attacked a Greek-owned "
        "tanker in the Red Sea.",
        ("19|18", "YEMINS|YEMREB|YEM", "GRCBUS|GRC"),
    ),
    # unnamed officials
    _h(
        "r8-25",
        "'a senior U.S. official'",
        "A senior U.S. official accused Iran of arming Houthi rebels in Yemen.",
        ("11", "USAGOV", "IRNGOV|IRN"),
    ),
    _h(
        "r8-26",
        "'officials in Kabul'",
        "Officials in Kabul said Pakistani jets had bombed a village in Khost "
        "province, killing nine civilians.",
        ("19|18", "PAKMIL|PAK", "AFGCVL|AFG"),
    ),
    _h(
        "r8-27",
        "'diplomats in Brussels'",
        "Diplomats in Brussels said the European Union would impose new tariffs on "
        "Chinese electric cars.",
        ("16|17", "IGOEUR", "CHNBUS|CHNGOV|CHN"),
    ),
    _h(
        "r8-28",
        "'Western diplomats'",
        "Western diplomats said Russia had delivered fighter jets to Iran in "
        "September.",
        ("06|07", "RUSGOV|RUSMIL|RUS", "IRNMIL|IRNGOV|IRN"),
    ),
    _h(
        "r8-29",
        "'two Israeli officials'",
        "Two Israeli officials said the army had killed a senior Hezbollah commander "
        "in a strike near Tyre.",
        ("18|19", "ISRMIL", "LBNINS|LBNREB|LBN"),
    ),
    _h(
        "r8-30",
        "'officials in Juba'",
        "Officials in Juba accused Sudan's army of bombing a market in Unity state.",
        ("11", "SSDGOV|SSD", "SDNMIL"),
        ("19|18", "SDNMIL", "SSDCVL|SSD"),
    ),
    _h(
        "r8-31",
        "'officials in Khartoum', capital for a Gulf state",
        "Officials in Khartoum accused the United Arab Emirates of arming the RSF. "
        "Abu Dhabi denied the charge.",
        ("11", "SDNGOV|SDNMIL|SDN", "AREGOV|ARE"),
        ("12|01", "AREGOV|ARE", "SDNGOV|SDNMIL|SDN"),
    ),
    _h(
        "r8-32",
        "'a senior Israeli official'",
        "A senior Israeli official said Israel had rejected Hamas's latest demands "
        "and accused Qatar of failing to press the group.",
        ("12", "ISRGOV|ISR", "PSE"),
        ("11", "ISRGOV|ISR", "QATGOV|QAT"),
    ),
    # armed groups by acronym alone
    _h(
        "r8-33",
        "acronym: ELN",
        "ELN guerrillas kidnapped two soldiers in Arauca on Saturday.",
        ("18|17", "COLINS|COLREB", "COLMIL"),
    ),
    _h(
        "r8-34",
        "acronym: TTP",
        "The TTP claimed a suicide bombing that killed 12 policemen in Peshawar.",
        ("18|19", "PAKINS|PAKREB", "PAKCOP"),
    ),
    _h(
        "r8-35",
        "acronym: RSF",
        "The RSF shelled residential districts of El Fasher overnight, residents said.",
        ("19|18", "SDNREB|SDNMIL|SDNINS", "SDNCVL|SDN"),
    ),
    _h(
        "r8-36",
        "acronym: ADF",
        "ADF militants killed at least 20 villagers near Beni in eastern Congo.",
        ("18|19", "CODREB|UGAREB|CODINS|UGAINS", "CODCVL|COD"),
    ),
    _h(
        "r8-37",
        "acronym: JNIM",
        "JNIM fighters ambushed an army convoy near Djibo, Burkina Faso's army said.",
        ("19|18", "MLIREB|MLIINS|BFAREB|BFAINS", "BFAMIL"),
    ),
    _h(
        "r8-38",
        "acronym: M23; capitals Kinshasa, Kigali",
        "M23 rebels seized the mining town of Rubaya. Kinshasa accused Kigali of "
        "backing the rebels.",
        ("19|20|18", "CODREB|RWAREB", "COD"),
        ("11", "CODGOV|COD", "RWAGOV|RWA"),
    ),
    _h(
        "r8-39",
        "acronym: JNIM, 'officials in Niamey'",
        "Officials in Niamey said JNIM militants had killed 14 soldiers near the "
        "border with Mali.",
        ("19|18", "MLIREB|MLIINS|NERREB|NERINS", "NERMIL"),
    ),
    _h(
        "r8-40",
        "acronym: ELN, attack on a pipeline",
        "Colombia's defence minister said the ELN had blown up a section of the Cano "
        "Limon pipeline in Norte de Santander.",
        ("18|19|20", "COLINS|COLREB", "COLBUS|COL"),
    ),
    # companies and state firms
    _h(
        "r8-41",
        "company: Gazprom",
        "Gazprom halted gas deliveries to Moldova over an unpaid debt.",
        ("16|13|17", "RUSBUS", "MDAGOV|MDABUS|MDA"),
    ),
    _h(
        "r8-42",
        "company: Huawei",
        "Huawei sued the U.S. government over a ban on its equipment.",
        ("11", "CHNBUS", "USAGOV"),
    ),
    _h(
        "r8-43",
        "state oil company",
        "Nigeria's state oil company signed a deal with a Chinese firm to build a "
        "refinery in Kano.",
        ("05|06", "NGABUS|NGAGOV", "CHNBUS"),
    ),
    _h(
        "r8-44",
        "company as target, passive",
        "Brazil's Petrobras was fined by the country's environmental regulator for an "
        "oil spill off Sergipe.",
        ("17|16", "BRAGOV|BRAENV", "BRABUS"),
    ),
    _h(
        "r8-45",
        "state airline as target",
        "The European Union banned Pakistan's state airline from its airspace over "
        "safety concerns.",
        ("16|17", "IGOEUR", "PAKBUS|PAKGOV"),
    ),
    # a title, then the surname alone
    _h(
        "r8-46",
        "title, then surname",
        "Opposition leader Kofi Mensah-Bonsu was arrested in Accra on Thursday. "
        "Mensah-Bonsu had accused the president of rigging the election.",
        ("17", "GHACOP|GHAGOV|---COP", "GHAOPP|GHAPTY"),
        ("11", "GHAOPP|GHAPTY", "GHAGOV"),
    ),
    _h(
        "r8-47",
        "minister, then surname",
        "Zambian Foreign Minister Lydia Mwale met her Malawian counterpart in Lusaka on "
        "Tuesday. Mwale later urged Malawi to reopen the border.",
        ("04", "ZMBGOV", "MWIGOV"),
        ("10|02", "ZMBGOV", "MWIGOV|MWI"),
    ),
    _h(
        "r8-48",
        "army chief, then surname",
        "General Idris Kaba, Chad's army chief, visited troops in Abeche on Monday. "
        "Kaba accused Sudan's RSF of arming rebels near the border.",
        ("11", "TCDMIL", "SDNREB|SDNMIL"),
    ),
    _h(
        "r8-49",
        "two leaders, then both by surname",
        "Russian President Vladimir Putin spoke by phone with Turkish President Recep "
        "Tayyip Erdogan on Monday. Erdogan urged Putin to extend the grain deal.",
        ("04|02|01", "RUSGOV", "TURGOV"),
        ("10|02", "TURGOV", "RUSGOV"),
    ),
    # 'the latter', 'the former'
    _h(
        "r8-50",
        "'the latter'",
        "Ethiopian Prime Minister Worku Bekele and Somali President Hassan Ali met in "
        "Nairobi on Friday. The latter accused Ethiopia of violating Somalia's "
        "sovereignty.",
        ("04", "ETHGOV", "SOMGOV"),
        ("04", "SOMGOV", "ETHGOV"),
        ("11", "SOMGOV", "ETHGOV|ETH"),
    ),
    _h(
        "r8-51",
        "'the former'",
        "Pakistan's prime minister met the Afghan foreign minister in Islamabad on "
        "Wednesday. The former urged Kabul to act against the TTP.",
        ("04", "PAKGOV", "AFGGOV"),
        ("04", "AFGGOV", "PAKGOV"),
        ("10|02", "PAKGOV", "AFGGOV|AFG"),
    ),
    _h(
        "r8-52",
        "'the latter': two detained",
        "Police in Lima detained a former minister and a businessman on Friday. The "
        "latter is accused of bribing customs officials.",
        ("17", "PERCOP", "PERGOV|PERELI|PER"),
        ("17", "PERCOP", "PERBUS"),
    ),
    # a leader named in one paragraph acting in the next
    _h(
        "r8-53",
        "'He' in the next paragraph",
        "Venezuelan President Nicolas Maduro addressed supporters in Caracas on "
        "Sunday.\n\nHe accused Guyana of stealing Venezuelan oil.",
        ("11", "VENGOV", "GUYGOV|GUY"),
    ),
    _h(
        "r8-54",
        "'He' in the next paragraph, visit",
        "Hungary's prime minister arrived in Beijing on Monday for a three-day "
        "visit.\n\nHe asked Chinese leaders to invest in a new railway line to "
        "Belgrade.",
        ("04", "HUNGOV", "CHNGOV|CHN"),
        ("10|02", "HUNGOV", "CHNGOV"),
    ),
    _h(
        "r8-55",
        "'He' in the next paragraph, junta leader",
        "Niger's military ruler, General Abdou Tchiani, received Russia's deputy "
        "defence minister in Niamey on Thursday.\n\nHe later expelled the EU's "
        "ambassador.",
        ("04", "NERMIL|NERGOV", "RUSGOV|RUSMIL"),
        ("16|17|12", "NERMIL|NERGOV", "IGOEUR"),
    ),
    # coalitions and blocs
    _h(
        "r8-56",
        "bloc: ECOWAS",
        "ECOWAS suspended Guinea after the coup and threatened sanctions against the "
        "junta.",
        ("16", "IGOWAFECW|IGOWAF", "GINMIL|GINGOV|GIN"),
        ("13", "IGOWAFECW|IGOWAF", "GINMIL|GINGOV"),
    ),
    _h(
        "r8-57",
        "grouping: the Quad",
        "The Quad condemned North Korea's latest ballistic missile launch.",
        ("11", "IGO|USA|IND|JPN|AUS", "PRKGOV|PRK|PRKMIL"),
    ),
    _h(
        "r8-58",
        "grouping: G7 ministers",
        "G7 foreign ministers urged China to stop supplying Russia's arms industry.",
        # CAMEO's verb list codes "urge" 02 (label corrected)
        ("02|10|11", "IGO|USAGOV|---GOV", "CHNGOV|CHN"),
    ),
    _h(
        "r8-59",
        "'Western powers'",
        "Western powers accused Iran of breaching its nuclear commitments.",
        ("11", "WST|IGOWST|---GOV|USA|GBR|FRA|DEU", "IRNGOV|IRN"),
    ),
    _h(
        "r8-60",
        "'Gulf states'",
        "Gulf states pledged $10 billion to rebuild Gaza.",
        ("07|03", "PGS|IGOPGS|---GOV|SAU|ARE|QAT", "PSE"),
    ),
    _h(
        "r8-61",
        "two blocs",
        "The African Union and ECOWAS sent a joint mission to Bissau after the coup "
        "attempt.",
        ("04|03|07|08", "IGOAFRAFU", "GNBGOV|GNB"),
        ("04|03|07|08", "IGOWAFECW", "GNBGOV|GNB"),
    ),
    # headlines
    _h(
        "r8-62",
        "headline: capital",
        "Tehran rejects IAEA report as politically motivated\n\nIran on Wednesday "
        "rejected a report by the U.N. nuclear watchdog on uranium traces at two "
        "sites.",
        ("12|11", "IRNGOV|IRN", "IGOUNOAEA|IGOUNO"),
    ),
    _h(
        "r8-63",
        "headline: Pentagon, future",
        "Pentagon to send air defences to Taiwan",
        ("07|06|03", "USAMIL|USAGOV", "TWNMIL|TWNGOV|TWN"),
    ),
    _h(
        "r8-64",
        "headline: capitals",
        "Seoul protests Tokyo's textbook claims",
        ("11|13", "KORGOV|KOR", "JPNGOV|JPN"),
    ),
    _h(
        "r8-65",
        "headline: Downing Street",
        "Downing Street backs Kyiv's peace plan",
        ("05|03|01", "GBRGOV", "UKRGOV|UKR"),
    ),
    _h(
        "r8-66",
        "capitals: Moscow, Warsaw",
        "Moscow expelled two Polish diplomats in response to Warsaw's closure of a "
        "Russian consulate.",
        ("16|17", "RUSGOV|RUS", "POLGOV|POL"),
    ),
    _h(
        "r8-67",
        "embassy as doer",
        "China's embassy in Manila protested the Philippine coast guard's treatment "
        "of Chinese fishermen.",
        ("11|13", "CHNGOV", "PHLCOP|PHLMIL|PHLGOV|PHL"),
    ),
    _h(
        "r8-68",
        "capital: Kyiv; Moscow silent",
        "Kyiv said Russian forces shelled Kherson overnight, killing three civilians. "
        "Moscow did not comment.",
        ("19|18", "RUSMIL", "UKRCVL|UKR"),
    ),
    _h(
        "r8-69",
        "'the two sides': talks, then a deal",
        "Sudan's army and the RSF held talks in Jeddah last week. The two sides signed "
        "a ceasefire on Saturday.",
        ("04", "SDNMIL", "SDNREB|SDNMIL|SDNINS"),
        ("05|03|08", "SDNMIL|SDNREB|SDNINS", "SDNMIL|SDNREB|SDNINS"),
    ),
    _h(
        "r8-70",
        "'its neighbours'",
        "Rwanda's foreign minister urged its neighbours to disarm the FDLR militia.",
        ("10|02", "RWAGOV", "---|COD|BDI|UGA|TZA"),
    ),
    _h(
        "r8-71",
        "'a Kremlin aide', capital as target",
        "A Kremlin aide said Moscow would cut gas supplies to Vienna from next month.",
        ("16|13|03", "RUSGOV|RUS", "AUTGOV|AUT"),
    ),
    _h(
        "r8-72",
        "'senior officials in Washington', company",
        "Senior officials in Washington accused the Chinese shipping giant Cosco of "
        "helping Iran evade oil sanctions.",
        ("11", "USAGOV", "CHNBUS"),
    ),
    # near misses
    _h(
        "r8-nm1",
        "sport: clubs",
        "Real Madrid beat Bayern Munich 2-1 in the Champions League semi-final.",
    ),
    _h(
        "r8-nm2",
        "company: product news",
        "Huawei unveiled a new folding phone in Shenzhen on Tuesday.",
    ),
    _h(
        "r8-nm3",
        "historical actors",
        "A new exhibition in Paris recalls how Napoleon's army invaded Russia in 1812.",
    ),
    _h(
        "r8-nm4",
        "building, tourism",
        "The Kremlin's bell tower reopened to tourists after two years of restoration.",
    ),
    _h(
        "r8-nm5",
        "'the two sides', sport",
        "The two sides drew 1-1 in Doha, leaving Japan top of the group.",
    ),
    _h(
        "r8-nm6",
        "company: results",
        "Gazprom's shares fell 4% in Moscow after the company reported a quarterly "
        "loss.",
    ),
    _h(
        "r8-nm7",
        "sport: transfer",
        "Manchester City signed a Brazilian midfielder from Flamengo for 40 million "
        "pounds.",
    ),
    # round 9 (helper-53, session 13): stories of three to six sentences that name
    # two to four countries, whose later doers and recipients are unqualified ('the
    # government', 'police', 'the authorities', 'the army', 'the president', 'the
    # regime', 'the interim government', 'officials', 'the ministry', 'he') or named
    # by a capital in an earlier sentence
    _h(
        "r9-01",
        "flood: New Delhi named, then Dhaka's interim government and the army",
        "Floodwaters swept across northern Bangladesh on Monday after days of heavy "
        "rain in India's Assam state. New Delhi said it had opened the gates of a "
        "barrage upstream to protect towns in Assam. The interim government accused "
        "India of releasing the water without warning. Officials said at least 30 "
        "people had drowned in Kurigram district. The army evacuated thousands of "
        "villagers to shelters.",
        ("11", "BGDGOV", "INDGOV|IND"),
        ("07", "BGDMIL", "BGDCVL|BGD"),
    ),
    _h(
        "r9-02",
        "refugees: Thai army, Bangkok, the junta, the regime",
        "Thousands of people fleeing fighting in Myanmar's Karen state crossed into "
        "Thailand over the weekend. The Thai army said it had set up temporary "
        "shelters for the refugees near Mae Sot. Bangkok urged the junta to halt air "
        "strikes near the border. The military government in Naypyitaw said its "
        "forces were fighting terrorists. The regime's jets bombed two villages near "
        "Myawaddy on Sunday, residents said.",
        ("10|02", "MMRREF|MMRCVL|MMR", "THA|THAGOV"),
        ("07", "THAMIL|THAGOV", "MMRREF|MMRCVL|MMR|---REF"),
        ("02|10", "THAGOV|THA", "MMRMIL|MMRGOV"),
        ("19|18", "MMRMIL|MMRGOV", "MMRCVL|MMR"),
    ),
    _h(
        "r9-03",
        "foreign forces and local rebels; Algiers, the foreign ministry, Bamako",
        "Russian mercenaries and Malian troops attacked rebel positions near "
        "Tinzaouaten on Thursday, the Tuareg-led rebels said. Algiers condemned the "
        "strikes so close to its border. The foreign ministry summoned Mali's "
        "ambassador. Bamako accused Algeria of harbouring terrorists.",
        ("19|18", "RUSMIL|RUS", "MLIREB|MLIINS"),
        ("19|18", "MLIMIL", "MLIREB|MLIINS"),
        ("11", "DZAGOV|DZA", "MLIGOV|MLIMIL|MLI|RUS"),
        ("11|16", "DZAGOV", "MLIGOV|MLI"),
        ("11", "MLIGOV|MLI", "DZAGOV|DZA"),
    ),
    _h(
        "r9-04",
        "envoy visiting: 'he' across two capitals",
        "The U.S. special envoy for Sudan arrived in Cairo on Tuesday for talks on the "
        "war. He met Egypt's foreign minister and later flew to Port Sudan. There he "
        "urged the army chief to return to negotiations with the RSF. The army-backed "
        "government said it would not talk to a militia that had killed civilians.",
        ("04", "USAGOV", "EGYGOV|EGY"),
        ("04", "USAGOV", "SDNGOV|SDNMIL|SDN"),
        ("02|10", "USAGOV", "SDNMIL"),
        ("12", "SDNGOV|SDNMIL", "SDNREB|SDNMIL|SDNINS"),
    ),
    _h(
        "r9-05",
        "aid pledged by several donors; the Taliban administration",
        "A 6.3-magnitude earthquake struck western Afghanistan on Saturday, killing "
        "more than 1,000 people near Herat. Japan pledged $3 million in emergency aid "
        "to Afghanistan, and South Korea said it would send $1 million through U.N. "
        "agencies. Tehran sent two planes of tents and medicine to Herat, the Iranian "
        "Red Crescent said. The Taliban administration thanked its neighbours.",
        ("03|07", "JPNGOV|JPN", "AFG"),
        ("03|07", "KORGOV|KOR", "AFG"),
        ("07", "IRNGOV|IRN|IRNNGO", "AFG"),
        ("05|01", "AFGGOV", "IRNGOV|IRN|---"),
    ),
    _h(
        "r9-06",
        "summit host and guests: 'the host', 'the guests'",
        "Kenya hosted leaders from Ethiopia, Somalia and Djibouti at a regional "
        "summit in Nairobi on Friday. The host urged the guests to settle a dispute "
        "over a port deal. The Somali president accused Addis Ababa of violating his "
        "country's sovereignty. The summit ended without a joint statement.",
        ("04", "KENGOV|KEN", "ETHGOV|ETH"),
        ("04", "KENGOV|KEN", "SOMGOV|SOM"),
        ("04", "KENGOV|KEN", "DJIGOV|DJI"),
        ("02|10", "KENGOV|KEN", "ETHGOV|SOMGOV|DJIGOV|ETH|SOM|DJI"),
        ("11", "SOMGOV", "ETHGOV|ETH"),
    ),
    _h(
        "r9-07",
        "neighbours' trade dispute: police, Niamey, the authorities in Niger",
        "Benin said on Wednesday it would keep its border with Niger closed until "
        "the junta in Niamey restored relations. Police arrested five Nigerien "
        "traders at the Malanville crossing. Niamey accused Porto-Novo of blocking "
        "its exports of oil. The authorities in Niger also recalled their ambassador "
        "from Cotonou.",
        ("13|16|12", "BENGOV|BEN", "NERMIL|NERGOV|NER"),
        ("17", "BENCOP", "NERBUS|NERCVL|NER"),
        ("11", "NERGOV|NERMIL|NER", "BENGOV|BEN"),
        ("16", "NERGOV|NERMIL", "BENGOV|BEN"),
    ),
    _h(
        "r9-08",
        "'the government in Kinshasa', 'its neighbour', Kigali",
        "M23 rebels advanced towards Goma on Tuesday as fighting spread across North "
        "Kivu. Congo's government accused Rwanda of sending troops to back the rebels. "
        "Kigali denied the charge. The government in Kinshasa then cut diplomatic "
        "ties with its neighbour. Angola's president offered to host talks between "
        "the two countries.",
        ("11", "CODGOV", "RWAGOV|RWAMIL|RWA"),
        ("01|12", "RWAGOV|RWA", "CODGOV|COD"),
        ("16", "CODGOV", "RWAGOV|RWA"),
        ("03", "AGOGOV", "CODGOV|RWAGOV|COD|RWA"),
    ),
    _h(
        "r9-09",
        "'the government in Beirut' after Israel and Hezbollah; Tehran",
        "Israeli jets struck targets in southern Lebanon on Monday after rockets were "
        "fired across the border. Hezbollah said it had fired the rockets at an "
        "Israeli army base. The government in Beirut filed a complaint against Israel "
        "at the U.N. Security Council. Tehran warned Israel against widening the war.",
        ("19|18", "ISRMIL", "LBN"),
        ("19|18", "LBNINS|LBNREB|LBN", "ISRMIL"),
        ("11", "LBNGOV|LBN", "ISRGOV|ISR"),
        ("13|11", "IRNGOV|IRN", "ISRGOV|ISR"),
    ),
    _h(
        "r9-10",
        "cross-border militants: Islamabad, the Taliban government, police",
        "Pakistani police said on Sunday that militants crossing from Afghanistan "
        "had attacked a checkpoint in Bajaur, killing four officers. Islamabad "
        "summoned the Afghan charge d'affaires and demanded action against the TTP. "
        "The Taliban government in Kabul said it would not let anyone use Afghan soil "
        "against other countries. Police later arrested 12 Afghan nationals in "
        "Peshawar.",
        ("18|19", "PAKINS|PAKREB|AFGINS|AFGREB|---", "PAKCOP"),
        ("11|16", "PAKGOV|PAK", "AFGGOV"),
        ("10", "PAKGOV|PAK", "AFGGOV"),
        ("17", "PAKCOP", "AFGCVL|AFGREF|AFG"),
    ),
    _h(
        "r9-11",
        "'the president' after Georgetown; Brasilia, 'both neighbours'",
        "Venezuela's National Assembly approved a law on Thursday creating a new state "
        "in the Essequibo region that Guyana administers. Georgetown called the law an "
        "illegal annexation. The president said he had asked Brazil and the United "
        "States for support. Brasilia sent armoured vehicles to its northern border "
        "and urged both neighbours to keep the peace.",
        ("11|12", "GUYGOV|GUY", "VENLEG|VENGOV|VEN"),
        ("02", "GUYGOV", "BRAGOV|BRA"),
        ("02", "GUYGOV", "USAGOV|USA"),
        ("02|10", "BRAGOV|BRA", "VENGOV|VEN"),
        ("02|10", "BRAGOV|BRA", "GUYGOV|GUY"),
    ),
    _h(
        "r9-12",
        "dam dispute: Cairo, the ministry, Addis Ababa",
        "Ethiopia began the fifth filling of its Nile dam on Monday. Cairo said the "
        "move violated international law and threatened Egypt's water security. The "
        "ministry of irrigation said it would raise the matter at the U.N. Security "
        "Council. Addis Ababa rejected the criticism and accused Egypt of trying to "
        "keep a colonial-era monopoly on the river.",
        ("11|12", "EGYGOV|EGY", "ETHGOV|ETH"),
        ("12|11", "ETHGOV|ETH", "EGYGOV|EGY"),
    ),
    _h(
        "r9-13",
        "foreign police against local gangs; the transitional council",
        "Kenyan police officers leading a multinational mission in Haiti clashed with "
        "gang members near the airport in Port-au-Prince on Friday. The mission said "
        "officers had killed several gunmen. The transitional council thanked Nairobi "
        "and asked Washington for more money.",
        ("19|18", "KENCOP", "HTICRM|HTIREB|HTIINS|HTI"),
        ("05|01", "HTIGOV", "KENGOV|KEN"),
        ("02", "HTIGOV", "USAGOV|USA"),
    ),
    _h(
        "r9-14",
        "border crisis: guards, Warsaw, the government in Minsk, Brussels",
        "Hundreds of migrants tried to cross into Poland from Belarus overnight, "
        "Polish border guards said. Guards used tear gas to push the crowd back. "
        "Warsaw accused Minsk of organising the crossings to destabilise the European "
        "Union. The government in Minsk accused Polish troops of firing shots over "
        "the border. Brussels promised Poland 100 million euros for border security.",
        ("17|18", "POLCOP|POLGOV|POLMIL", "---"),
        ("11", "POLGOV|POL", "BLRGOV|BLR"),
        ("11", "BLRGOV", "POLMIL"),
        ("03|07", "IGOEUR", "POLGOV|POL"),
    ),
    _h(
        "r9-15",
        "the delta: a state oil firm, community leaders, the army",
        "Gunmen blew up a crude oil pipeline operated by Nigeria's state oil firm in "
        "the Niger Delta on Sunday, the company said. Community leaders in the delta "
        "blamed the army for burning houses in a raid on their villages. The army "
        "denied the charge and said troops had arrested 14 suspected oil thieves in "
        "Bayelsa. Ghana, which buys Nigerian crude, said its supplies would be "
        "delayed.",
        ("18|19|17", "---|NGAREB|NGAINS|NGACRM", "NGABUS|NGAGOV"),
        ("11", "NGACVL|NGAELI", "NGAMIL"),
        ("01|12", "NGAMIL", "NGACVL|NGAELI"),
        ("17", "NGAMIL", "NGACRM|NGACVL|NGA"),
    ),
    _h(
        "r9-16",
        "envoy visiting: 'he', Budapest, Moscow, the Ukrainian government",
        "Hungary's foreign minister visited Kyiv on Wednesday for the first time since "
        "the war began. He told his Ukrainian counterpart that Budapest would keep "
        "blocking EU funds until minority rights were restored. Moscow praised the "
        "visit as a sign of realism. The Ukrainian government said it would not trade "
        "its language law for aid.",
        ("04", "HUNGOV", "UKRGOV|UKR"),
        ("13|12|16", "HUNGOV", "UKRGOV|UKR"),
        ("05", "RUSGOV|RUS", "HUNGOV|HUN"),
        ("12", "UKRGOV", "HUNGOV|HUN"),
    ),
    _h(
        "r9-17",
        "'the ministry' after Taiwan's defence ministry; Beijing, Tokyo",
        "Chinese warships sailed close to Taiwan's outlying islands on Thursday, "
        "Taiwan's defence ministry said. The ministry said it had scrambled jets and "
        "deployed missile systems to monitor them. Tokyo expressed concern and said "
        "it had raised the matter with the Chinese embassy.",
        ("15", "CHNMIL", "TWN"),
        ("15", "TWNMIL|TWNGOV", "CHNMIL"),
        ("11|01|04", "JPNGOV|JPN", "CHNGOV|CHN"),
    ),
    _h(
        "r9-18",
        "refugees: 'the authorities in N'Djamena', a U.N. agency, Chad's government",
        "More than 20,000 Sudanese fled into eastern Chad last week after fighting in "
        "West Darfur, the U.N. refugee agency said. The authorities in N'Djamena asked "
        "donors for food and tents. The World Food Programme said it had flown 300 "
        "tonnes of grain to the refugees. Chad's government also accused the RSF of "
        "firing on a border post near Adre.",
        ("10|02", "SDNREF|SDNCVL|SDN", "TCD|TCDGOV"),
        ("07", "IGOUNOWFP|IGOUNO", "SDNREF|SDNCVL|SDN|TCD"),
        ("11", "TCDGOV", "SDNREB|SDNMIL|SDNINS"),
    ),
    _h(
        "r9-19",
        "'the prime minister' after Armenia's ministry; the Kremlin, Baku",
        "Azerbaijani troops shelled Armenian positions near Sotk on Tuesday, Armenia's "
        "defence ministry said. The prime minister accused Russia of failing to honour "
        "its security guarantees. The Kremlin said Moscow remained Armenia's ally and "
        "urged both sides to show restraint. Baku said Armenian forces had fired "
        "first.",
        ("19|18", "AZEMIL", "ARMMIL"),
        ("11", "ARMGOV", "RUSGOV|RUS"),
        ("02|10", "RUSGOV|RUS", "ARMGOV|ARM"),
        ("02|10", "RUSGOV|RUS", "AZEGOV|AZE"),
        ("11", "AZEGOV|AZE", "ARMMIL|ARM"),
    ),
    _h(
        "r9-20",
        "foreign troops against local militants; 'the group', Nairobi",
        "Al-Shabaab fighters attacked a Kenyan army base in southern Somalia's Lower "
        "Juba region on Friday. Kenya's military said its troops had repelled the "
        "assault and killed 30 militants. The group said it had overrun the base. "
        "Somalia's federal government condemned the attack and thanked Nairobi for "
        "its sacrifices.",
        ("19|18", "SOMINS|SOMREB", "KENMIL"),
        ("19|18", "KENMIL", "SOMINS|SOMREB"),
        ("11", "SOMGOV", "SOMINS|SOMREB"),
        ("05|01", "SOMGOV", "KENGOV|KEN|KENMIL"),
    ),
    _h(
        "r9-21",
        "'the city of El Fasher'; the army; mediators",
        "The RSF shelled a displacement camp on the edge of the city of El Fasher on "
        "Saturday, killing at least 15 people, medics said. The army said its "
        "aircraft had struck RSF convoys near the city. The governor of North Darfur "
        "appealed to the United Nations to protect civilians. Egypt and Saudi Arabia, "
        "which mediate between the warring parties, called for a truce.",
        ("19|18", "SDNREB|SDNMIL|SDNINS", "SDNCVL|SDNREF|SDN"),
        ("19|18", "SDNMIL", "SDNREB|SDNMIL|SDNINS"),
        ("02", "SDNGOV", "IGOUNO"),
        ("02|10", "EGYGOV|EGY", "SDN"),
        ("02|10", "SAUGOV|SAU", "SDN"),
    ),
    _h(
        "r9-22",
        "'officials in Geneva'; the Houthi authorities; Washington",
        "Officials in Geneva said on Monday that Yemen's Houthis had detained 13 U.N. "
        "staff in Sanaa. The U.N. human rights office demanded their immediate "
        "release. The Houthi authorities accused the staff of spying for the United "
        "States and Israel. Washington called the charges baseless.",
        ("17", "YEMINS|YEMREB|YEM", "IGOUNO"),
        ("10", "IGOUNO", "YEMINS|YEMREB|YEM"),
        ("11", "YEMINS|YEMREB|YEM", "IGOUNO"),
        ("12|11|01", "USAGOV|USA", "YEMINS|YEMREB|YEM"),
    ),
    _h(
        "r9-23",
        "'No 10', London, Paris, police",
        "Britain and France agreed on Thursday to step up patrols on the French coast "
        "to stop small boats crossing the Channel. No 10 said London would pay Paris "
        "500 million pounds over three years. The French interior ministry said "
        "police had arrested nine suspected smugglers near Calais.",
        ("03|05|06", "GBRGOV|GBR", "FRAGOV|FRA"),
        ("03|05|06", "FRAGOV|FRA", "GBRGOV|GBR"),
        ("03|07", "GBRGOV|GBR", "FRAGOV|FRA"),
        ("17", "FRACOP", "FRACRM|---CRM|---|FRACVL"),
    ),
    _h(
        "r9-24",
        "a militia and Washington in Iraq; 'the government in Baghdad'",
        "A drone attack on a U.S. base in western Iraq wounded five American soldiers "
        "on Sunday. An Iran-backed militia claimed the attack. Washington struck the "
        "group's headquarters near al-Qaim hours later. The government in Baghdad "
        "condemned both attacks as violations of Iraqi sovereignty. Tehran denied any "
        "role.",
        ("18|19", "IRQREB|IRQINS|IRQMIL|IRQ|IRN", "USAMIL"),
        ("19|18", "USAMIL|USAGOV|USA", "IRQREB|IRQINS|IRQ"),
        ("11", "IRQGOV", "USAMIL|USAGOV|USA"),
        ("11", "IRQGOV", "IRQREB|IRQINS"),
    ),
    _h(
        "r9-25",
        "rebels near a border: 'the army', Bogota, Caracas",
        "ELN guerrillas killed three Colombian soldiers in an ambush near the "
        "Venezuelan border on Tuesday, the army said. Bogota accused Caracas of "
        "letting the rebels shelter in Apure state. The Venezuelan government "
        "rejected the accusation and said its troops had destroyed two rebel camps. "
        "The army sent 1,500 more troops to Arauca.",
        ("18|19", "COLINS|COLREB", "COLMIL"),
        ("11", "COLGOV|COL", "VENGOV|VEN"),
        ("01|12", "VENGOV", "COLGOV|COL"),
        ("19|18", "VENMIL", "COLINS|COLREB"),
    ),
    _h(
        "r9-26",
        "mediator visiting: 'he', 'the Iranian president', Riyadh",
        "Qatar's prime minister arrived in Tehran on Sunday, a day after meeting Saudi "
        "officials in Riyadh. He carried a message from Washington on the nuclear "
        "talks, diplomats said. The Iranian president told him Tehran was ready to "
        "resume negotiations if sanctions were eased. Riyadh welcomed the mediation.",
        ("04", "QATGOV", "IRNGOV|IRN"),
        ("04", "QATGOV", "SAUGOV|SAU"),
        ("03", "IRNGOV", "QATGOV|USAGOV|USA"),
        ("05|01", "SAUGOV|SAU", "QATGOV|QAT"),
    ),
    _h(
        "r9-27",
        "border clash: New Delhi, Beijing, the Chinese foreign ministry",
        "Indian and Chinese troops clashed with sticks and stones on a disputed "
        "stretch of border in Arunachal Pradesh on Friday. The Indian army said "
        "several soldiers on both sides were injured. New Delhi lodged a protest with "
        "Beijing. The Chinese foreign ministry said Indian troops had crossed the "
        "line of actual control first.",
        ("18|19", "INDMIL", "CHNMIL"),
        ("18|19", "CHNMIL", "INDMIL"),
        ("11", "INDGOV|IND", "CHNGOV|CHN"),
        ("11", "CHNGOV", "INDMIL|INDGOV|IND"),
    ),
    _h(
        "r9-28",
        "aid into Gaza from two neighbours; 'the army'; Cairo",
        "Jordan's air force dropped food parcels over northern Gaza on Tuesday, the "
        "army said. Egypt sent 200 lorries of aid into Gaza through the Rafah "
        "crossing. Israel's military said it had inspected the lorries at Kerem "
        "Shalom. Cairo urged Israel to open more crossings.",
        ("07", "JORMIL|JOR", "PSE"),
        ("07", "EGYGOV|EGY", "PSE"),
        ("02|10", "EGYGOV|EGY", "ISRGOV|ISR"),
    ),
    _h(
        "r9-29",
        "expulsion: 'the authorities', police, Moscow, Bucharest",
        "Moldova expelled a Russian diplomat on Wednesday, accusing him of funding "
        "protests in Chisinau. The authorities said police had detained eight people "
        "paid to stir unrest. Moscow promised a response. Bucharest offered to help "
        "its neighbour protect its elections.",
        ("16", "MDAGOV|MDA", "RUSGOV|RUS"),
        ("11", "MDAGOV|MDA", "RUSGOV|RUS"),
        ("17", "MDACOP", "MDACVL|MDAOPP|MDA"),
        ("13", "RUSGOV|RUS", "MDAGOV|MDA"),
        ("03", "ROUGOV|ROU", "MDAGOV|MDA"),
    ),
    _h(
        "r9-30",
        "envoy visiting a junta: Beijing, 'the junta', 'the military government'",
        "China's special envoy for Asian affairs met Myanmar's military leader in "
        "Naypyitaw on Monday. Beijing urged the junta to protect Chinese projects from "
        "attacks by ethnic armed groups. The military government said it would hold "
        "talks with the rebels in Kunming. An alliance of three ethnic armies said it "
        "would attend.",
        ("04", "CHNGOV", "MMRMIL|MMRGOV"),
        ("02|10", "CHNGOV|CHN", "MMRMIL|MMRGOV"),
        ("03", "MMRMIL|MMRGOV", "MMRREB|MMRINS"),
        ("03", "MMRREB|MMRINS", "MMRMIL|MMRGOV"),
    ),
    _h(
        "r9-31",
        "missile launch: Seoul and Tokyo; 'the military'",
        "North Korea fired two ballistic missiles into the sea off its east coast on "
        "Wednesday, South Korea's military said. The missiles landed outside Japan's "
        "exclusive economic zone, Tokyo said. Seoul and Tokyo condemned the launch. "
        "The military said it had raised its alert level.",
        ("11", "KORGOV|KOR", "PRKGOV|PRKMIL|PRK"),
        ("11", "JPNGOV|JPN", "PRKGOV|PRKMIL|PRK"),
    ),
    _h(
        "r9-32",
        "'the federal government', 'the interim administration' of a region",
        "An African Union envoy arrived in Mekelle on Thursday to meet Tigray's "
        "interim administration. The federal government in Addis Ababa accused "
        "Tigrayan leaders of stalling the disarmament of their fighters. The interim "
        "administration rejected the charge. Eritrea, whose troops remain in parts of "
        "the region, did not comment.",
        ("04", "IGOAFRAFU|IGOAFR", "ETHGOV|ETH"),
        ("11", "ETHGOV", "ETH"),
        ("01|12", "ETHGOV|ETH", "ETHGOV|ETH"),
    ),
    _h(
        "r9-33",
        "'the interim government', 'the government' after New Delhi",
        "Bangladesh's interim government said on Sunday it could not take in more "
        "Rohingya refugees from Myanmar. New Delhi had urged Dhaka last week to keep "
        "its border open. The Arakan Army, which controls much of Rakhine state, said "
        "its fighters had not harmed civilians. The government asked the United "
        "Nations to press the rebels to let the refugees return.",
        ("12", "BGDGOV", "MMRREF|MMRCVL|MMR|---REF"),
        ("02|10", "INDGOV|IND", "BGDGOV|BGD"),
        ("02", "BGDGOV", "IGOUNO"),
    ),
    _h(
        "r9-34",
        "foreign trainers: Cairo, Ankara, 'the eastern-based parliament'",
        "Turkish troops trained soldiers of Libya's Tripoli-based government at a base "
        "near Misrata this week. Cairo accused Ankara of fuelling the conflict. The "
        "eastern-based parliament voted to reject the training deal. Turkey's defence "
        "ministry said its mission would continue.",
        ("06|07", "TURMIL", "LBYMIL|LBYGOV"),
        ("11", "EGYGOV|EGY", "TURGOV|TUR"),
        ("12", "LBYLEG", "TURGOV|TURMIL|TUR"),
    ),
    _h(
        "r9-35",
        "police raids: Belgrade, 'the government in Pristina', the EU",
        "Kosovo police raided the offices of Serbian-run institutions in four "
        "northern towns on Monday. Belgrade called the raids an attack on the Serb "
        "community and complained to NATO. The government in Pristina said the "
        "offices had operated illegally. The European Union urged both sides to avoid "
        "unilateral steps.",
        ("17", "XKXCOP", "SRBGOV|SRB|XKXSRB|XKX"),
        ("11", "SRBGOV|SRB", "XKXCOP|XKXGOV|XKX"),
        ("11|02", "SRBGOV|SRB", "IGOWSTNAT"),
        ("02|10", "IGOEUR", "SRBGOV|SRB"),
        ("02|10", "IGOEUR", "XKXGOV|XKX"),
    ),
    _h(
        "r9-36",
        "'the junta', Paris, 'the military government in Ouagadougou', guests",
        "Burkina Faso's junta expelled three French diplomats on Tuesday, accusing "
        "them of subversive activities. Paris called the charges unfounded. The "
        "military government in Ouagadougou later hosted the foreign ministers of "
        "Mali and Niger for talks on a joint force.",
        ("16", "BFAMIL|BFAGOV", "FRAGOV|FRA"),
        ("11", "BFAMIL|BFAGOV", "FRAGOV|FRA"),
        ("01|12", "FRAGOV|FRA", "BFAMIL|BFAGOV|BFA"),
        ("04", "BFAMIL|BFAGOV", "MLIGOV"),
        ("04", "BFAMIL|BFAGOV", "NERGOV"),
    ),
    _h(
        "r9-37",
        "coast guards at sea: Manila, 'the coast guard', Beijing, Washington",
        "Chinese coast guard ships fired water cannon at a Philippine supply boat near "
        "Second Thomas Shoal on Saturday. Manila summoned China's envoy. The coast "
        "guard said two crew members were injured. Beijing said the Philippine vessel "
        "had intruded into Chinese waters. Washington reaffirmed its defence treaty "
        "with Manila.",
        ("17|18|19", "CHNCOP|CHNMIL|CHNGOV", "PHLMIL|PHLCOP|PHLGOV|PHL"),
        ("11|16", "PHLGOV|PHL", "CHNGOV|CHN"),
        ("11", "CHNGOV|CHN", "PHLMIL|PHLCOP|PHLGOV|PHL"),
        ("05|03", "USAGOV|USA", "PHLGOV|PHL"),
    ),
    _h(
        "r9-38",
        "'the regime' after Damascus; Iran",
        "Israeli jets struck an airport near Damascus overnight, Syria's state news "
        "agency said. The strike damaged the runway and killed two soldiers. The "
        "regime said its air defences had shot down several Israeli missiles. Iran's "
        "foreign ministry condemned the attack as a violation of Syrian sovereignty.",
        ("19|18", "ISRMIL", "SYR"),
        ("19|18", "SYRMIL|SYRGOV", "ISRMIL"),
        ("11", "IRNGOV", "ISRMIL|ISRGOV|ISR"),
    ),
    _h(
        "r9-39",
        "fishermen: 'the navy', New Delhi, Colombo",
        "The Sri Lankan navy arrested 22 Indian fishermen off the island of Delft on "
        "Thursday for fishing in its waters. Tamil Nadu's chief minister urged New "
        "Delhi to secure their release. The navy said it had seized three trawlers. "
        "India's foreign ministry said it had raised the arrests with Colombo.",
        ("17", "LKAMIL", "INDCVL|INDBUS|IND"),
        ("02|10", "INDGOV", "INDGOV|IND"),
        ("11|04|02", "INDGOV", "LKAGOV|LKA"),
    ),
    _h(
        "r9-40",
        "border firefight: Phnom Penh, Bangkok, 'the two governments'",
        "Cambodian and Thai soldiers exchanged fire at a disputed temple on the border "
        "on Wednesday, killing one Cambodian soldier. Phnom Penh said Thai troops had "
        "opened fire first. Bangkok said its soldiers had returned fire. The two "
        "governments agreed to hold talks through their border committee.",
        ("19|18", "KHMMIL", "THAMIL"),
        ("19|18", "THAMIL", "KHMMIL"),
        ("11", "KHMGOV|KHM", "THAMIL|THA"),
        ("03", "KHMGOV", "THAGOV"),
        ("03", "THAGOV", "KHMGOV"),
    ),
    _h(
        "r9-41",
        "'officials' of two countries; Jakarta, Canberra",
        "Indonesian officials said on Friday that Australia had deported 40 "
        "Indonesian fishermen caught in its waters off Darwin. Jakarta asked Canberra "
        "to treat the fishermen humanely. Australian officials said the boats had been "
        "burned.",
        ("17", "AUSGOV|AUS", "IDNCVL|IDNBUS|IDN"),
        ("02|10", "IDNGOV|IDN", "AUSGOV|AUS"),
    ),
    _h(
        "r9-42",
        "a foreigner's surname, kidnapped in a named country; 'the authorities'",
        "Gunmen kidnapped an American missionary, Paul Jackson, in Nigeria's Kogi "
        "State on Sunday. Police said they had deployed a tactical team to rescue "
        "Jackson. The U.S. embassy in Abuja urged the authorities to secure his "
        "release.",
        ("18", "---|NGACRM|NGAREB|NGAINS", "USACVL|USAREL|USA"),
        ("02|10", "USAGOV", "NGAGOV|NGACOP"),
    ),
    _h(
        "r9-43",
        "summit host: 'the host', Bishkek",
        "Kazakhstan's president hosted his Uzbek counterpart in Astana on Tuesday. The "
        "two leaders signed agreements on water sharing and a new railway. The host "
        "also criticised Kyrgyzstan for building a dam upstream without consulting "
        "its neighbours.",
        ("04", "KAZGOV", "UZBGOV"),
        ("05|06", "KAZGOV", "UZBGOV"),
        ("05|06", "UZBGOV", "KAZGOV"),
        ("11", "KAZGOV", "KGZGOV|KGZ"),
    ),
    _h(
        "r9-44",
        "foreign troops against insurgents: 'the army', Kigali",
        "Rwandan troops retook the port town of Mocimboa da Praia from Islamist "
        "insurgents on Sunday, Mozambique's army said. The army thanked Kigali for its "
        "support. The insurgents ambushed a convoy of Mozambican soldiers near "
        "Macomia two days later.",
        ("19|18", "RWAMIL", "MOZINS|MOZREB|MOZ"),
        ("05|01", "MOZMIL", "RWAGOV|RWAMIL|RWA"),
        ("19|18", "MOZINS|MOZREB", "MOZMIL"),
    ),
    _h(
        "r9-45",
        "embassy raid: police, Mexico's president, 'the government in Quito'",
        "Ecuadorean police stormed the Mexican embassy in Quito on Friday night and "
        "arrested a former vice president who had taken refuge there. Mexico's "
        "president said the raid violated international law and broke off diplomatic "
        "relations with Ecuador. The government in Quito said the former official was "
        "a convicted criminal. Brazil and Colombia condemned the raid.",
        ("17", "ECUCOP", "ECUELI|ECUGOV|ECUOPP|ECU"),
        ("17|18|16|19", "ECUCOP", "MEXGOV|MEX"),
        ("11", "MEXGOV", "ECUCOP|ECUGOV|ECU"),
        ("16", "MEXGOV", "ECUGOV|ECU"),
        ("11", "BRAGOV|BRA", "ECUCOP|ECUGOV|ECU"),
        ("11", "COLGOV|COL", "ECUCOP|ECUGOV|ECU"),
    ),
    # round 9 near misses
    _h(
        "r9-nm1",
        "sport: a team's plural name",
        "The Wallabies beat the All Blacks 24-20 in Sydney on Saturday. New Zealand "
        "had won the previous eight meetings. The Australians face South Africa in "
        "Perth next week.",
    ),
    _h(
        "r9-nm2",
        "weather: officials in two countries",
        "Heavy rain is forecast for Bangladesh and eastern India this week, the "
        "meteorological office in Dhaka said. Officials said rivers were rising but "
        "remained below danger levels.",
    ),
    _h(
        "r9-nm3",
        "a city's trade fair: 'officials in Geneva'",
        "Officials in Geneva said the city would host a record number of trade fairs "
        "this year. Hotels reported full bookings for the motor show. The canton "
        "expects two million visitors.",
    ),
    # round 10 (helper-56, session 14): a paragraph or two of one story as real pages
    # have them (four to eight sentences): quotes attributed at the end, a person named
    # in full once and then by surname, title or pronoun, officials of one country on
    # another, acronyms after a first full mention, a spokesman for a body, local
    # bodies, companies, unions, church leaders, students and doctors, victims as
    # recipients, and people named who do nothing
    _h(
        "r10-01",
        "Sahel: governor quoted at the end, then by surname; Bamako's junta",
        "Gunmen on motorbikes attacked a cattle market near the village of Tessit in "
        "western Niger on Sunday, killing at least 14 traders, local officials said. "
        "The attackers set fire to dozens of stalls before fleeing towards the Malian "
        'border. "We have sent reinforcements and the army is pursuing them," said '
        "Moussa Adamou, the governor of the Tillaberi region. Adamou accused the junta "
        "in Bamako of failing to secure its side of the frontier. Mali's foreign "
        "ministry rejected the charge in a statement on Monday.",
        ("18|19", "NERUAF|---UAF|NERREB|---REB", "NERCVL|NERBUS|NER"),
        ("11", "NERGOV", "MLIGOV|MLIMIL|MLI"),
        ("12|01", "MLIGOV", "NERGOV|NER"),
    ),
    _h(
        "r10-02",
        "Horn of Africa: spokeswoman for the UN refugee agency, 'the agency'",
        "More than 20,000 Somalis fleeing drought and fighting have crossed into "
        "Ethiopia since January, the United Nations refugee agency said on Tuesday. "
        '"Families are arriving with nothing, and the camps at Dolo Ado are full," '
        "said Hana Lemessa, a spokeswoman for UNHCR in Addis Ababa. The agency's "
        "representative met the president of Ethiopia's Somali region in Jigjiga on "
        "Monday to ask for more land for shelters. Lemessa urged the government in "
        "Mogadishu to let aid convoys into districts held by al-Shabaab.",
        ("04", "IGOUNOHCR|IGOUNO", "ETHGOV|ETH"),
        ("02|10", "IGOUNOHCR|IGOUNO", "SOMGOV|SOM"),
    ),
    _h(
        "r10-03",
        "Central Asia: border guards, a security committee by acronym, Dushanbe",
        "Kyrgyz and Tajik border guards exchanged fire near the Vorukh enclave on "
        "Wednesday, killing two civilians, officials in Bishkek said. Kyrgyzstan's "
        "State Committee for National Security (GKNB) said Tajik troops had fired "
        "mortars at a village in the Batken region. The GKNB accused Dushanbe of "
        "breaking a ceasefire agreed in March. Tajikistan's foreign ministry said "
        "Kyrgyz forces had opened fire first and summoned the Kyrgyz ambassador. The "
        "two presidents spoke by telephone late on Wednesday and agreed to pull back "
        "their troops.",
        ("19|18", "KGZCOP|KGZMIL", "TJKCOP|TJKMIL"),
        ("19|18", "TJKCOP|TJKMIL", "KGZCOP|KGZMIL"),
        ("19|18", "TJKMIL", "KGZCVL|KGZ"),
        ("11", "KGZGOV|KGZSPY|KGZCOP|KGZ", "TJKGOV|TJK"),
        ("11|16", "TJKGOV", "KGZGOV|KGZ"),
        ("04|03|05|08", "KGZGOV|TJKGOV", "TJKGOV|KGZGOV"),
    ),
    _h(
        "r10-04",
        "Andes: police and farmers, a mining company, a peasant federation's president",
        "Police in southern Peru fired tear gas at hundreds of farmers blocking the "
        "road to the Las Bambas copper mine on Thursday, injuring at least nine "
        "people. The farmers accuse MMG, the mine's Chinese-owned operator, of "
        'polluting their rivers. "We will not lift the blockade until the company '
        'sits down with us," said Hilario Quispe, president of the Chalhuahuacho '
        "peasant federation. MMG said in a statement that it had halted shipments, "
        "and it urged the authorities to restore order. The regional governor of "
        "Apurimac called on the protesters to end the blockade.",
        ("17|18", "PERCOP", "PERAGR|PERCVL|PEROPP|PER"),
        ("11", "PERAGR|PERCVL|PEROPP", "CHNBUS|PERBUS|---BUS"),
        ("02|10", "CHNBUS|PERBUS|---BUS", "PERGOV|PERCOP"),
        ("02|10", "PERGOV", "PEROPP|PERAGR|PERCVL|PER"),
    ),
    _h(
        "r10-05",
        "Southeast Asia: a mayor shot, the provincial police chief by surname, a "
        "rights commission",
        "Gunmen shot dead the mayor of a town in the southern Philippine province of "
        "Maguindanao on Saturday as he left a mosque, police said. Mayor Samir "
        "Lantungan, 52, died on the way to hospital. The provincial police chief, "
        "Colonel Renato Dizon, said a feud between two clans was the likely motive. "
        "Dizon said his officers had arrested two suspects at a checkpoint on Sunday. "
        "The Commission on Human Rights urged the police to find everyone behind the "
        "killing.",
        ("18|19", "PHLUAF|---UAF", "PHLGOV"),
        ("17", "PHLCOP", "PHLCRM|PHLCVL|PHL|---CRM"),
        ("02|10", "PHLGOV|PHLHRI|PHLNGO", "PHLCOP"),
    ),
    _h(
        "r10-06",
        "Balkans: protesters and police, KFOR by acronym, Belgrade and Pristina",
        "Ethnic Serb protesters clashed with Kosovo police in the northern town of "
        "Zvecan on Monday as the new ethnic Albanian mayor tried to enter the town "
        "hall. NATO's Kosovo Force, known as KFOR, said 11 of its soldiers had been "
        "hurt by stones and petrol bombs. Kosovo's prime minister blamed Belgrade for "
        "stirring up the unrest. Serbia's defence minister said the army had been put "
        "on its highest state of alert and accused Pristina of terrorising Serbs. The "
        "European Union's foreign policy chief urged both sides to calm tensions.",
        ("14|19|18", "XKXOPP|XKXCVL|SRBOPP|SRBCVL|SRB|XKX", "XKXCOP"),
        ("11", "XKXGOV", "SRBGOV|SRB"),
        ("11", "SRBGOV|SRBMIL", "XKXGOV|XKX"),
        ("02|10", "IGOEUR", "SRBGOV|XKXGOV|SRB|XKX"),
    ),
    _h(
        "r10-07",
        "Pacific: police sent by Canberra, a deputy commissioner quoted, an "
        "opposition leader",
        "Australia will send 50 more police officers to the Solomon Islands ahead of "
        "next month's election, the government in Canberra said on Friday. \"Our "
        'officers will work alongside the local force, not replace it," said Diane '
        "Ellery, a deputy commissioner of the Australian Federal Police. The "
        "Solomons' prime minister asked for the help after riots in Honiara last "
        "year. Opposition leader Peter Loea accused the government of inviting "
        "foreign police to protect itself. He said he would ask parliament to debate "
        "the deployment.",
        ("03|07", "AUSGOV|AUSCOP|AUS", "SLBGOV|SLB"),
        ("11", "SLBOPP", "SLBGOV"),
    ),
    _h(
        "r10-08",
        "Sahel: a church attacked, the bishop quoted, the army, the Vatican",
        "Suspected jihadists attacked a Catholic church in northern Burkina Faso "
        'during Sunday mass, killing 15 worshippers, the local bishop said. "The '
        "attackers surrounded the church and fired on people as they tried to "
        'flee," said Bishop Emmanuel Zongo of Dori. The army said on Monday it had '
        "killed 20 of the assailants in air strikes near the town of Seytenga. The "
        "Vatican called on the authorities in Ouagadougou to protect Christians.",
        ("18|19", "BFAREB|BFAINS|---REB|BFAUAF|---UAF", "BFACVL|BFAREL|BFA"),
        ("19|18", "BFAMIL", "BFAREB|BFAINS|---REB|BFAUAF|---UAF"),
        ("02|10", "VAT", "BFAGOV"),
    ),
    _h(
        "r10-09",
        "Horn of Africa: a minister by name, then 'the minister'; a rebel front by "
        "acronym",
        "Ethiopia's defence minister, Abraham Tessema, said on Thursday that the "
        "army had retaken the town of Lalibela from Fano militiamen. The minister "
        "accused Eritrea of arming the militia. Asmara's information minister called "
        'the charge "a fabrication". Separately, the Tigray People\'s Liberation Front '
        "said federal troops had withdrawn from two districts of southern Tigray. The "
        "TPLF welcomed the withdrawal and said it would hand the districts to the "
        "interim administration.",
        ("19|18", "ETHMIL|ETHGOV", "ETHREB|ETHINS|ETHMIL"),
        ("11", "ETHGOV", "ERIGOV|ERI"),
        ("12|01", "ERIGOV", "ETHGOV|ETH"),
        ("05|01", "ETHREB|ETHPTY|ETHINS|ETH", "ETHMIL|ETHGOV"),
    ),
    _h(
        "r10-10",
        "Central Asia: a union and a company, the labour ministry, 'the union'",
        "Hundreds of oil workers in western Kazakhstan went on strike on Monday, "
        "demanding higher pay from the oilfield services company Burgylau. The "
        "Mangystau regional trade union said its members would stay off the job "
        'until their wages were doubled. "The company has ignored us for two '
        "years,\" said Serik Abenov, the union's chairman. Burgylau said it could not "
        "afford the increase. The labour ministry in Astana sent a commission to "
        "mediate between the union and the company.",
        ("14", "KAZLAB", "KAZBUS|---BUS"),
        ("12", "KAZBUS|---BUS", "KAZLAB"),
        ("04|03", "KAZGOV", "KAZLAB|KAZBUS"),
    ),
    _h(
        "r10-11",
        "Andes: students and police, a rector quoted, the education minister",
        "Bolivian police used tear gas to break up a march by university students "
        "in La Paz on Wednesday. The students were protesting against budget cuts "
        'announced by the government last month. "Our children were beaten for '
        'asking for books," said Rosa Mamani, the rector of San Andres University. '
        "The education minister said the cuts would not be reversed but offered to "
        "meet student leaders next week.",
        ("17|18", "BOLCOP", "BOLEDU|BOLCVL|BOLOPP"),
        ("14", "BOLEDU|BOLCVL|BOLOPP", "BOLGOV"),
        ("03|12", "BOLGOV", "BOLEDU"),
    ),
    _h(
        "r10-12",
        "Southeast Asia: doctors on strike, the health minister by surname, the "
        "medical association by acronym",
        "Thousands of junior doctors in Indonesia walked off the job on Tuesday to "
        "protest against a new health law. The Indonesian Doctors Association, known "
        "as IDI, says the law lets foreign doctors practise without proper checks. "
        "Health Minister Budi Santosa said the strike put patients' lives at risk. "
        "Santosa threatened to dismiss doctors at state hospitals who did not return "
        "to work by Friday. The IDI urged the Constitutional Court to strike down the "
        "law.",
        ("14", "IDNHLH|IDNMED", "IDNGOV"),
        ("13|17", "IDNGOV", "IDNHLH|IDNMED"),
        ("02|10", "IDNHLH|IDNMED|IDNNGO|IDNLAB|IDN", "IDNJUD"),
    ),
    _h(
        "r10-13",
        "Pacific: a district council, a logging company, villagers, the forests "
        "minister",
        "Villagers on the island of Malaita have blocked a logging road for a third "
        "week, accusing a Malaysian company of cutting trees on their land without "
        "consent. The Malaita provincial assembly voted on Friday to suspend the "
        'company\'s licence. "We were never asked," said Joseph Iro, a village elder '
        "from Fiu. The company, Sarawak Timber Holdings, said it held a valid permit "
        "from the national government. The forests minister said he would send "
        "officials to meet the landowners.",
        ("11", "SLBCVL|SLB", "MYSBUS|---BUS"),
        ("17|16", "SLBLEG|SLBGOV", "MYSBUS|---BUS"),
        ("03|04", "SLBGOV", "SLBCVL|SLBAGR|SLB"),
    ),
    _h(
        "r10-14",
        "Balkans: officials of one country on another; 'the envoy'",
        "Croatia's foreign minister, Davor Kralj, said on Tuesday that Zagreb would "
        "block Serbia's progress towards European Union membership until Belgrade "
        "accounted for people missing since the 1990s war. Serbia's minister for "
        "European integration called the threat blackmail. The EU's special envoy for "
        "the region, Miroslav Lajcak, met both ministers in Brussels on Wednesday. The "
        "envoy urged them to settle the issue through a joint commission.",
        ("13", "HRVGOV", "SRBGOV|SRB"),
        ("11|12", "SRBGOV", "HRVGOV|HRV"),
        ("04", "IGOEUR|SVKGOV|SVK", "HRVGOV"),
        ("04", "IGOEUR|SVKGOV|SVK", "SRBGOV"),
        ("02|10", "IGOEUR|SVKGOV|SVK", "HRVGOV|SRBGOV"),
    ),
    _h(
        "r10-15",
        "Sahel: passengers kidnapped, the gendarmerie, a transport union",
        "Armed men stopped a bus on the road between Kaya and Dori in Burkina Faso "
        "on Friday and kidnapped about 30 passengers, a regional official said. The "
        "gunmen released the women and children but took the men into the bush. The "
        "gendarmerie said it had launched a search. The national union of transport "
        "workers suspended travel on the route and demanded armed escorts from the "
        'army for its buses. "Our drivers are being sent to die," said the union\'s secretary '
        "general, Adama Ouedraogo.",
        ("18", "BFAUAF|---UAF|BFAREB", "BFACVL|BFA"),
        ("08", "BFAUAF|---UAF|BFAREB", "BFACVL|BFA"),
        ("10|02", "BFALAB", "BFAMIL"),
    ),
    _h(
        "r10-16",
        "Southeast Asia: the two journalists as recipients, a press freedom group",
        "A court in Vientiane sentenced two journalists to five years in prison on "
        "Monday for reporting on a dam collapse. The two reporters, who worked for a "
        "Thai-funded news website, were arrested in March. The Committee to Protect "
        "Journalists condemned the verdict and called on Laos to free them. Thailand's "
        "foreign ministry said it had asked the Lao government for consular access to "
        "one of the journalists, a Thai citizen.",
        ("17", "LAOJUD", "LAOMED|THAMED|---MED|LAO"),
        ("11", "NGOCPJ", "LAOJUD|LAOGOV|LAO"),
        ("02|10", "NGOCPJ", "LAOGOV|LAO"),
        ("02|10", "THAGOV", "LAOGOV|LAO"),
    ),
    _h(
        "r10-17",
        "Andes: a president by name and pronoun, a neighbour's embassy, the OAS by "
        "acronym",
        "Ecuador's president, Rodrigo Benalcazar, ordered the army to take over "
        "security in the country's prisons on Wednesday after riots at a jail in "
        "Guayaquil left 31 inmates dead. He accused Colombian gangs of running the "
        "violence from inside the prisons. Colombia's ambassador in Quito said her "
        "government was ready to share intelligence with Ecuador. The "
        "Organization of American States offered Ecuador technical help, and the OAS secretary general praised "
        "Benalcazar's resolve.",
        ("11", "ECUGOV", "COLCRM|---CRM|COL"),
        ("03|07", "COLGOV", "ECUGOV|ECU"),
        ("03|07", "IGOWSTOAS|IGO", "ECUGOV|ECU"),
        ("05|01", "IGOWSTOAS|IGO", "ECUGOV"),
    ),
    _h(
        "r10-18",
        "Horn of Africa: a state police chief, the presidential guard, 'the "
        "commissioner'",
        "Police in Somalia's Puntland state arrested six men on Saturday over a car "
        "bomb that killed 11 people at a checkpoint in Bosaso, the state's police "
        "commissioner said. Commissioner Abdullahi Farah said the men belonged to a "
        'cell of the Islamic State group. "They confessed to building the bomb in a '
        'house near the port," the commissioner told reporters. The Puntland '
        "president thanked the United Arab Emirates for training the state's police.",
        ("17", "SOMCOP", "SOMREB|SOMINS|---REB|SOMCRM|SOMCVL"),
        ("05|01", "SOMGOV", "AREGOV|ARE"),
    ),
    _h(
        "r10-19",
        "Central Asia: officials of one country on another; an IGO by acronym",
        "Uzbekistan and Afghanistan's Taliban administration signed a deal in "
        "Termez on Thursday to build a railway across Afghanistan to Pakistan. "
        "Uzbek Transport Minister Ilhom Saidov said the line would open by 2030. "
        "Pakistan's railways minister, who attended the ceremony, pledged to "
        "finance the section on Pakistani soil. The Shanghai Cooperation "
        "Organisation welcomed the agreement. The SCO's secretary general said it "
        "would bring trade and stability to the region.",
        ("05|06|03|04", "UZBGOV|UZB", "AFGGOV|AFG|AFGREB"),
        ("05|06|03|04", "AFGGOV|AFGREB|AFG", "UZBGOV|UZB"),
        ("05|01", "IGOASASCO|IGO", "UZBGOV|AFGGOV|UZB|AFG"),
    ),
    _h(
        "r10-20",
        "Balkans: a mayor, a company, workers: 'the mayor', 'the workers'",
        "Workers at a Chinese-owned steel mill in Smederevo, Serbia, blocked the "
        "plant's gates on Tuesday after the company announced 800 job cuts. "
        '"They promised us jobs for life when they bought the mill," said Dragan '
        "Ilic, a shift leader. The town's mayor, Jasna Avramovic, said she had asked "
        "the company's managers to delay the cuts. The workers also demanded that "
        "the government in Belgrade step in.",
        ("14", "SRBLAB", "CHNBUS|SRBBUS|---BUS"),
        ("02|10", "SRBGOV", "CHNBUS|SRBBUS|---BUS"),
        ("02|10", "SRBLAB", "SRBGOV"),
    ),
    _h(
        "r10-21",
        "Pacific: a foreign minister by surname, officials of one country on another",
        "New Zealand's foreign minister, Grant Whitcombe, arrived in Nuku'alofa on "
        "Monday for talks with Tonga's king and prime minister on rebuilding after "
        "the cyclone. Whitcombe announced 12 million dollars in aid to Tonga for roads "
        'and schools. "Tonga is family to us," he told reporters. Tonga\'s prime '
        "minister thanked Wellington and said China had also offered to help Tonga "
        "rebuild its harbour.",
        ("04", "NZLGOV", "TONGOV|TON"),
        ("07|03", "NZLGOV", "TONGOV|TON"),
        ("05|01", "TONGOV", "NZLGOV|NZL"),
        ("03|07", "CHNGOV|CHN", "TONGOV|TON"),
    ),
    _h(
        "r10-22",
        "Sahel: herders and farmers, a traditional chief quoted, state governor",
        "Herders attacked three farming villages in Nigeria's Benue state overnight "
        "on Thursday, killing at least 23 people, the state government said. "
        '"They came at midnight and burned everything," said Daniel Ager, the '
        "traditional ruler of Yelwata. Benue's governor accused the federal "
        "government of doing nothing to stop the killings. A spokesman for the "
        "president said the army had been ordered to the area.",
        ("18|19", "NGAAGR|NGACVL|NGA|---AGR", "NGACVL|NGAAGR|NGA"),
        ("11", "NGAGOV", "NGAGOV"),
    ),
    _h(
        "r10-23",
        "Southeast Asia: a militia and the junta's army; 'the group'; an ASEAN envoy",
        "The Arakan Army said on Saturday it had captured a military base in "
        "Myanmar's Rakhine state after weeks of fighting. The ethnic armed group "
        "said it had taken more than 100 soldiers prisoner. The junta's air force "
        "bombed the town of Kyauktaw in reprisal, killing 12 civilians, residents "
        "said. ASEAN's special envoy on Myanmar, a Laotian diplomat, urged both "
        "sides to protect civilians.",
        ("19|18", "MMRREB|MMRINS", "MMRMIL"),
        ("19|18", "MMRMIL", "MMRCVL|MMR"),
        ("02|10", "IGOSEAASN|LAOGOV", "MMRREB|MMRMIL|MMRINS|MMR"),
    ),
    _h(
        "r10-24",
        "Horn of Africa: an airline, a civil aviation authority by acronym, the "
        "neighbour",
        "Kenya's civil aviation authority grounded the fleet of a small Somali "
        "airline on Wednesday after one of its planes crashed on landing at "
        "Wajir. The Kenya Civil Aviation Authority, known as KCAA, said the airline "
        "had flown without valid insurance. Somalia's transport minister said the "
        "ban was unfair and urged Nairobi to lift it. The airline, Juba Sky, said "
        "its crew had done nothing wrong.",
        ("17|16", "KENGOV", "SOMBUS|---BUS"),
        ("02|10", "SOMGOV", "KENGOV|KEN"),
        ("11|12", "SOMGOV", "KENGOV|KEN"),
    ),
    _h(
        "r10-25",
        "Andes: a state oil company, a union, the labour court, 'the judge'",
        "A labour court in Bogota ordered the state oil company Ecopetrol on "
        "Monday to reinstate 120 workers it dismissed after a strike last year. "
        "The USO oil workers' union had sued the company over the dismissals. "
        '"Justice has finally been done," said the union\'s president, Cesar '
        "Loaiza. Ecopetrol said it would appeal the ruling. The judge found that "
        "the company had punished the workers for their union activity.",
        ("17|16|11", "COLJUD", "COLBUS|COLGOV"),
        ("11", "COLLAB", "COLBUS|COLGOV"),
    ),
    _h(
        "r10-26",
        "Balkans: a spokesman for a body, an IGO by acronym, migrants as recipients",
        "Bosnian border police pushed back about 60 migrants who tried to cross "
        "from Serbia over the Drina river on Sunday, the International Organization "
        "for Migration said. A spokesman for the IOM in Sarajevo said some of the "
        "migrants had been beaten. The border police denied using force. The "
        "European Commission said it would give Bosnia 20 million euros to improve "
        "its reception centres.",
        ("17|18", "BIHCOP", "---REF|BIHREF|SRBREF"),
        ("03|07", "IGOEUR", "BIHGOV|BIH"),
    ),
    _h(
        "r10-27",
        "Pacific: a church council, the police commissioner, 'the council'",
        "The Fiji Council of Churches on Thursday condemned a police raid on a "
        "Methodist church hall in Suva where opposition supporters were meeting. "
        "Police detained 14 people at the hall, including two pastors. The "
        "council's general secretary, Reverend Isikeli Tuilau, said the raid was an "
        "attack on freedom of worship. Police Commissioner Jone Waqa said officers "
        "had acted on a tip that the meeting was planning violence.",
        ("11", "FJIREL|FJINGO", "FJICOP"),
        ("17", "FJICOP", "FJIOPP|FJIREL|FJICVL"),
    ),
    _h(
        "r10-28",
        "Central Asia: 'the two journalists' and a court; a foreign embassy",
        "A court in Tajikistan's northern city of Khujand jailed two journalists for "
        "seven years on Friday on charges of joining a banned opposition movement. "
        "The two reporters had written about corruption in the city's "
        "administration. The U.S. embassy in Dushanbe said it was deeply concerned "
        "by the sentences and urged the authorities to release the journalists.",
        ("17", "TJKJUD", "TJKMED"),
        ("02|10", "USAGOV", "TJKGOV|TJK"),
    ),
    _h(
        "r10-29",
        "Sahel: a regional body by acronym, a junta leader by surname",
        "The Economic Community of West African States gave Guinea's military "
        "rulers a month on Saturday to publish a timetable for elections or face new "
        "sanctions. ECOWAS leaders meeting in Abuja also lifted a travel ban on "
        "three Guinean officials. Colonel Mamady Keita, the head of the junta, said "
        "in a broadcast on Sunday that Guinea would not bow to threats. Keita "
        "accused the bloc of serving foreign interests.",
        ("13", "IGOWAFECW|IGO", "GINMIL|GINGOV"),
        ("08", "IGOWAFECW|IGO", "GINGOV|GINMIL"),
        ("12", "GINMIL|GINGOV", "IGOWAFECW|IGO"),
        ("11", "GINMIL|GINGOV", "IGOWAFECW|IGO"),
    ),
    _h(
        "r10-30",
        "Southeast Asia: a provincial governor, a company, fishermen",
        "Fishermen in Vietnam's Ha Tinh province blocked a highway on Monday to "
        "demand compensation from a Taiwanese steel plant they blame for a toxic "
        "spill that killed tons of fish. Police detained 12 of the protesters, the "
        "provincial People's Committee said. The company, Formosa Ha Tinh Steel, "
        "said it had already paid what the courts had ordered. The province's "
        "chairman asked the company to fund new jobs for fishing families.",
        ("14", "VNMAGR|VNMCVL|VNMOPP", "TWNBUS|VNMBUS|---BUS"),
        ("17", "VNMCOP", "VNMAGR|VNMCVL|VNMOPP"),
        ("02|10", "VNMGOV", "TWNBUS|VNMBUS|---BUS"),
    ),
    _h(
        "r10-31",
        "Horn of Africa: a spokesman for the army, a neighbour's rebels, 'the group'",
        "South Sudan's army accused Sudan's Rapid Support Forces on Tuesday of "
        "shelling a border town in Upper Nile state, killing four soldiers. "
        '"We will respond if this happens again," said Lul Ruai Koang, a spokesman '
        "for the South Sudan People's Defence Forces. The paramilitary group denied "
        "any role and blamed the Sudanese army. Juba's foreign ministry summoned "
        "Sudan's charge d'affaires.",
        ("11", "SSDMIL", "SDNREB|SDNMIL|SDNPAR|SDN"),
        ("11", "SDNREB|SDNPAR|SDNMIL", "SDNMIL"),
        ("11|16", "SSDGOV", "SDNGOV|SDN"),
    ),
    _h(
        "r10-32",
        "Andes: a foreign mining company's chief by surname, a vice minister, "
        "community leaders",
        "Chile's government and the lithium producer Andes Litio signed an "
        "agreement on Wednesday giving a state company control of a salt flat in "
        "the Atacama desert. Andes Litio's chief executive, Pablo Herrera, said the "
        "deal would double output by 2031. Indigenous community leaders in the area "
        "said they had not been consulted and would challenge the deal in court. "
        "Mining Vice Minister Claudia Rojas said she would meet them next week.",
        ("05|06|03", "CHLGOV", "CHLBUS|---BUS"),
        ("05|06|03", "CHLBUS|---BUS", "CHLGOV"),
        ("11|12|03", "CHLELI|CHLCVL|CHL", "CHLGOV|CHLBUS"),
        ("03|04", "CHLGOV", "CHLELI|CHLCVL|CHL"),
    ),
    _h(
        "r10-33",
        "Balkans: a prosecutor by name then surname, a former minister",
        "Montenegro's special state prosecutor charged a former interior minister "
        "on Friday with taking bribes from a cigarette smuggling ring. The "
        "prosecutor, Vladimir Novovic, said the former minister had warned the "
        "smugglers of police raids. The ex-minister's lawyer said the charges were "
        "politically motivated. Novovic also ordered the arrest of two customs "
        "officers.",
        ("11|17", "MNEJUD", "MNEELI|MNEGOV|MNE"),
        ("17", "MNEJUD", "MNEGOV|MNECOP"),
    ),
    _h(
        "r10-34",
        "Pacific: a regional forum's chair, a country's leader quoted on another",
        "Leaders of the Pacific Islands Forum urged Japan on Thursday to stop "
        "releasing treated water from the Fukushima nuclear plant into the ocean. "
        '"Our people live from the sea," said Cook Islands Prime Minister Tevita '
        "Marama, the forum's chair. Japan's foreign ministry said the water was "
        "safe and that the International Atomic Energy Agency had approved the "
        "plan. Marama said the forum would ask the IAEA to publish its data.",
        ("02|10", "IGOPAC|IGO|COKGOV|COK", "JPNGOV|JPN"),
        ("02|10|03", "IGOPAC|IGO|COKGOV|COK", "IGOUNOIAE|IGO"),
    ),
    _h(
        "r10-35",
        "Sahel: officials of one country on another; Chad's army, Sudanese refugees",
        "Chad closed its eastern border with Sudan on Monday after fighting "
        "between the Sudanese army and the RSF spilled into the frontier town of "
        "Adre. Chad's government spokesman, Abdelkerim Hassan, said Sudanese "
        "soldiers had crossed the border and shot dead a Chadian herder. Hassan "
        "urged both sides in Sudan's war to respect Chad's territory. Doctors "
        "Without Borders said its hospital in Adre was treating 40 wounded "
        "refugees.",
        ("16|17", "TCDGOV|TCD", "SDNGOV|SDN|SDNMIL"),
        ("18|19", "SDNMIL", "TCDAGR|TCDCVL|TCD"),
        ("02|10", "TCDGOV", "SDNMIL|SDNREB|SDN"),
        ("07", "NGOMSF", "SDNREF|---REF|SDNCVL|REF|SDN"),
    ),
    _h(
        "r10-36",
        "Southeast Asia: a dismissed minister, the president by title alone, students",
        "East Timor's president dismissed the finance minister on Tuesday after "
        "students protested for a week against the purchase of new cars for "
        "members of parliament. The students had marched on the parliament in Dili "
        "and clashed with police. The president said the minister had failed to "
        "stop a waste of public money. Student leaders welcomed the decision but "
        "said they would keep protesting until parliament cancelled the order.",
        ("14", "TLSEDU|TLSOPP|TLSCVL", "TLSLEG|TLSGOV"),
        ("14|19|18", "TLSEDU|TLSOPP|TLSCVL", "TLSCOP"),
        ("05|01", "TLSEDU|TLSOPP", "TLSGOV"),
    ),
    _h(
        "r10-37",
        "Central Asia: Ashgabat's officials on a neighbour's company, a gas deal",
        "Turkmenistan accused Uzbekistan's state gas company on Thursday of "
        "failing to pay for gas delivered last winter. The Turkmen state energy "
        "concern, Turkmengaz, said Uztransgaz owed it 180 million dollars. "
        "Uztransgaz said the debt had been settled in March. The two countries' "
        "energy ministers met in Tashkent on Friday and agreed to check the "
        "accounts together.",
        ("11", "TKMGOV|TKMBUS|TKM", "UZBBUS|UZBGOV|UZB"),
        ("04|03|05|06", "TKMGOV|UZBGOV", "UZBGOV|TKMGOV"),
    ),
    _h(
        "r10-38",
        "Horn of Africa: a district commissioner, elders, 'the commissioner'",
        "Clan militias fought for a third day over grazing land in Kenya's "
        "Marsabit county, the district commissioner said on Wednesday, with at "
        "least eight people killed. The commissioner, Paul Rotich, said police had "
        "arrested 11 suspects and seized 40 guns. Elders from the two clans met "
        "Rotich on Thursday and agreed to a truce. The county's governor said schools "
        "in the area would stay closed until Monday.",
        ("17", "KENCOP", "KENREB|KENCVL|KENCRM|KEN"),
        ("04", "KENELI|KENCVL|KEN", "KENGOV"),
    ),
    _h(
        "r10-39",
        "Andes: a governor and a mayor, a protest against a state, officials named "
        "by surname",
        "The governor of Colombia's Cauca department, Elvira Rengifo, accused the "
        "national government on Monday of abandoning the region to armed groups "
        "after a police station in Suarez was attacked with explosives. Two "
        "police officers were killed in the attack, which the army blamed on "
        "dissidents of the former FARC rebels. Rengifo said the dissidents had "
        "threatened the town's mayor, Hernan Ipia, and his family. The defence "
        "ministry said more troops had been sent to Suarez.",
        ("11", "COLGOV", "COLGOV"),
        ("18|19", "COLREB|COLINS", "COLCOP"),
        ("11", "COLMIL", "COLREB|COLINS"),
        ("13", "COLREB|COLINS", "COLGOV"),
    ),
    _h(
        "r10-40",
        "Sahel: a humanitarian body by acronym after its full name, a junta, villagers",
        "Mali's junta ordered the International Committee of the Red Cross on "
        "Tuesday to suspend its work in the Kidal region, accusing it of passing "
        "information to rebels. The ICRC said it was surprised by the decision "
        "and that it had always worked with all sides. Aid workers said thousands "
        "of villagers would go without food. The head of the ICRC's delegation in "
        "Bamako asked to meet the transitional government.",
        ("16|17|12", "MLIMIL|MLIGOV", "NGOICR"),
        ("11", "MLIMIL|MLIGOV", "NGOICR"),
        ("02|04|03", "NGOICR", "MLIGOV|MLIMIL"),
    ),
    _h(
        "r10-41",
        "Balkans: a North Macedonian minister on Bulgaria; 'Sofia', 'the minister'",
        "North Macedonia's foreign minister, Timco Mucunski, accused Bulgaria on "
        "Wednesday of blocking his country's membership talks with the European "
        "Union. Sofia insists that Skopje first recognise a Bulgarian minority in "
        "its constitution. The minister said his government would not change the "
        "constitution under pressure. Bulgaria's prime minister said Skopje knew "
        "what it had to do.",
        ("11", "MKDGOV", "BGRGOV|BGR"),
        ("10|02", "BGRGOV|BGR", "MKDGOV|MKD"),
    ),
    _h(
        "r10-42",
        "Southeast Asia: hostages and an armed group, a foreign government thanks "
        "a third",
        "Gunmen from the Abu Sayyaf group freed two Indonesian sailors they had "
        "held for four months in the southern Philippines, the Indonesian foreign "
        "ministry said on Saturday. The sailors were handed to Philippine troops "
        "on the island of Jolo. Indonesia's foreign minister thanked Manila for "
        "its help. The Philippine army said it would keep hunting the kidnappers.",
        ("08", "PHLREB|PHLINS|PHLCRM|---REB", "IDNCVL|IDN|IDNLAB"),
        ("05|01", "IDNGOV", "PHLGOV|PHL"),
    ),
    # round 10 near misses: people and bodies named who do nothing political
    _h(
        "r10-nm1",
        "a governor's daughter marries; a minister attends",
        "The daughter of the governor of Kenya's Mombasa county married a "
        "businessman from Nairobi on Saturday. The health minister and two former "
        'footballers were among the 600 guests. "It was a day of joy," said the '
        "bride's mother. The couple will live in Dubai.",
    ),
    _h(
        "r10-nm2",
        "a union's own election",
        "Kazakhstan's largest miners' union elected a new chairman on Friday at its "
        "congress in Karaganda. Bolat Zhaksylykov, 51, a former shift foreman, won "
        "212 of the 300 votes. He said his priorities were safety and training. "
        "The outgoing chairman is retiring after 14 years.",
    ),
    _h(
        "r10-nm3",
        "a bishop's book; a president named in it",
        "The Anglican bishop of Port Moresby has published a memoir of his forty "
        "years in Papua New Guinea's highlands. The book tells how a young priest "
        "learned four local languages and once shared a canoe with a future prime "
        "minister. Copies are on sale at the cathedral. The bishop, who is 78, now "
        "lives in Brisbane.",
    ),
    _h(
        "r10-nm4",
        "a company's results; a spokesman for it",
        "Peru's largest brewer said on Tuesday its profit rose 8% in the third "
        'quarter as sales of beer in the Andes recovered. "Demand was strong in '
        'every region," a spokesman for the company said. Its shares rose 2% in '
        "Lima. The brewer employs about 4,000 people.",
    ),
    # round 11 (helper-59, session 14): a paragraph or two of one story (four to eight
    # sentences): quotes attributed at the end, people named again by surname, title or
    # pronoun, officials of one country on another, acronyms after a first full mention,
    # a spokesman for a body, local bodies, companies, unions, churches, students and
    # doctors, victims as recipients, and people named who do nothing
    _h(
        "r11-01",
        "Sahel: an ambush, the army's reply, a spokesman for the general staff, an ally",
        "Jihadist fighters ambushed a supply convoy near Djibo in northern Burkina Faso "
        "on Friday, killing at least 20 soldiers, security sources said. The army said "
        "in a statement on Saturday that its aircraft had struck the attackers' bases, "
        'killing dozens of them. "The terrorists will be hunted down wherever they '
        'hide," said Captain Ibrahim Sawadogo, a spokesman for the general staff. '
        "Niger's military government sent its condolences to the Burkinabe people.",
        ("18|19", "BFAREB|---REB|BFAUAF|---UAF|BFAIRE|---IRE", "BFAMIL"),
        ("19|18", "BFAMIL", "BFAREB|---REB|BFAUAF|---UAF|BFAIRE|---IRE"),
        ("01|05", "NERGOV|NERMIL", "BFA"),
    ),
    _h(
        "r11-02",
        "Horn of Africa: a paramilitary by acronym, a resistance committee, UNICEF",
        "Sudan's paramilitary Rapid Support Forces (RSF) shelled the city of El Fasher "
        "on Tuesday, killing 12 civilians, a local resistance committee said. The RSF "
        "denied targeting residents and accused the army of using them as human "
        "shields. A spokesman for the UN children's agency, UNICEF, said at least five "
        'of the dead were children. "Children are paying the price of this war," he '
        "said. UNICEF urged both sides to let aid trucks into the city.",
        ("19|18|20", "SDNREB|SDNMIL|SDNUAF|---REB", "SDNCVL|SDN"),
        ("11", "SDNREB|SDNMIL|SDNUAF", "SDNMIL"),
        ("02|10", "IGOUNO", "SDNMIL|SDNREB|SDNUAF|SDN"),
    ),
    _h(
        "r11-03",
        "Central Asia: an oil workers' strike, a welder who heads the union, the governor",
        "Hundreds of oil workers in the western Kazakh town of Zhanaozen went on strike "
        "on Monday to demand higher wages, the local union said. The workers are "
        "employed by a subsidiary of the state oil company KazMunayGas. "
        '"We were promised a raise two years ago," said Nurlan Sapargaliyev, a welder '
        "who heads the union branch. The regional governor met strike leaders on "
        "Tuesday and promised to look into their demands. Police later detained two "
        "activists who had travelled from Almaty to join the protest, their lawyer said.",
        ("14|10", "KAZLAB", "KAZBUS|KAZ|None"),
        ("04|03", "KAZGOV", "KAZLAB"),
        ("17", "KAZCOP", "KAZOPP|KAZCVL|KAZNGO|KAZACT|KAZ"),
    ),
    _h(
        "r11-04",
        "Andes: an ombudsman on the police, the interior minister by title",
        "Bolivia's ombudsman said on Wednesday that police had used excessive force "
        "against coca growers blocking a highway in the Yungas region. Pedro Callisaya, "
        "the ombudsman, urged the government to open talks with the growers' "
        "association. Interior Minister Eduardo del Castillo rejected the criticism. "
        '"The officers acted within the law," the minister told reporters in La Paz. '
        "Leaders of the growers said they would keep the road closed.",
        ("17|18", "BOLCOP", "BOLAGR|BOLCVL|BOLOPP|BOL"),
        ("02|10", "BOLGOV|BOLHRI|BOLJUD", "BOLGOV"),
        ("12|11", "BOLGOV", "BOLGOV|BOLHRI|BOLJUD"),
    ),
    _h(
        "r11-05",
        "Southeast Asia: junta air strikes, a shadow government by acronym, ASEAN",
        "Myanmar's military bombed a village in the Sagaing region on Tuesday, killing "
        "at least 17 people, including six children, residents said. The National "
        "Unity Government (NUG), a shadow administration formed by ousted lawmakers, "
        "condemned the attack as a war crime. The NUG called on the Association of "
        "Southeast Asian Nations to suspend the junta's envoys from its meetings. A "
        "junta spokesman, Major General Zaw Min Tun, said the troops had targeted "
        "terrorists.",
        ("19|18|20", "MMRMIL", "MMRCVL|MMR"),
        ("11|12", "MMROPP|MMRGOV|MMRREB|MMRLEG", "MMRMIL|MMRGOV"),
        ("02|10", "MMROPP|MMRGOV|MMRREB|MMRLEG", "IGOSEAASN"),
    ),
    _h(
        "r11-06",
        "Balkans: a Bosnian Serb leader by surname, the high representative, an embassy",
        "Bosnian Serb leader Milorad Dodik said on Thursday that the Serb-run half of "
        "the country would no longer recognise rulings of Bosnia's constitutional "
        "court. The U.S. embassy in Sarajevo said the move threatened the peace "
        "agreement that ended the war and warned Dodik that he could face further "
        "sanctions. Dodik dismissed the warning and accused Washington of meddling "
        "in Bosnia's affairs.",
        ("13|11", "USAGOV|USA", "BIHGOV|BIH"),
        ("11|12", "BIHGOV|BIH", "USAGOV|USA"),
    ),
    _h(
        "r11-07",
        "Pacific: clan fighting, the provincial police commander, a bishops' conference",
        "Tribal fighting in Papua New Guinea's Enga province has killed at least 26 men "
        "in a week, police said on Monday. The provincial police commander, "
        "Superintendent George Kakas, said his officers had arrested 14 men carrying "
        "rifles at a roadblock near Wabag. Prime Minister James Marape said he would "
        "send more soldiers to the highlands. The Catholic Bishops Conference appealed "
        "to the warring clans to lay down their weapons.",
        ("17", "PNGCOP", "PNGCVL|PNGUAF|PNGCRM|PNG"),
        ("02|10", "PNGREL", "PNGCVL|PNGUAF|PNG"),
    ),
    _h(
        "r11-08",
        "Horn of Africa: an ambassador recalled, the foreign minister, the AU chairman",
        "Somalia recalled its ambassador to Ethiopia on Thursday after Addis Ababa "
        "signed a port deal with the breakaway region of Somaliland. Somalia's foreign "
        "minister, Ahmed Moallim Fiqi, called the agreement an act of aggression. "
        "Ethiopia's prime minister's office said the deal broke no law. The chairman "
        "of the African Union Commission urged the two neighbours to settle the "
        "dispute through dialogue.",
        ("16", "SOMGOV|SOM", "ETHGOV|ETH"),
        ("11|12", "SOMGOV", "ETHGOV|ETH"),
        ("02|10", "IGOAFRAFU|IGOAFR", "SOMGOV|ETHGOV|SOM|ETH"),
    ),
    _h(
        "r11-09",
        "Southeast Asia: two foreign journalists, a police spokesman, a journalists' "
        "alliance by acronym",
        "Police in Indonesia's Papua province detained two foreign journalists on "
        "Wednesday for reporting without a permit, their employer said. The reporters, "
        "a Frenchman and a Briton, had been filming a rally by Papuan students in "
        "Jayapura. A spokesman for the provincial police, Ignatius Benny, said the two "
        "would be deported. The Alliance of Independent Journalists (AJI) condemned the "
        "arrests. AJI urged the police to release the journalists.",
        ("17", "IDNCOP", "FRAMED|GBRMED|---MED|FRA|GBR|IDNMED"),
        ("11|12", "IDNMED|IDNNGO|IDNLAB|---MED|---NGO", "IDNCOP"),
        ("02|10", "IDNMED|IDNNGO|IDNLAB|---MED|---NGO", "IDNCOP"),
    ),
    _h(
        "r11-10",
        "Andes: inmates take guards hostage, the prison agency by acronym, the president",
        "Inmates took 57 guards and police officers hostage at prisons in five "
        "Ecuadorean cities on Friday, the prison agency SNAI said. President Daniel "
        'Noboa ordered the army to retake the prisons. "We will not negotiate with '
        'terrorists," Noboa wrote on X. Soldiers freed the hostages at the Turi jail '
        "in Cuenca on Saturday, the army said.",
        ("18|19", "ECUCRM|ECUCVL|---CRM|ECU", "ECUCOP|ECUGOV|ECU"),
        ("12|13", "ECUGOV", "ECUCRM|ECU|---CRM"),
        ("19|18|17", "ECUMIL", "ECUCRM|ECUCVL|ECU|---CRM"),
    ),
    _h(
        "r11-11",
        "Central Asia: a Kyrgyz court jails journalists; Washington's envoy; the OSCE",
        "A court in Bishkek sentenced two journalists from the investigative outlet "
        "Temirov Live to prison on Friday for calling for mass unrest. Makhabat "
        "Tazhibek kyzy, the outlet's director, got six years. The U.S. ambassador to "
        "Kyrgyzstan, Lesslie Viguerie, said the verdict undermined press freedom and "
        "urged the authorities to free the reporters. The Organization for Security and "
        "Co-operation in Europe (OSCE) said it was deeply concerned.",
        ("17", "KGZJUD", "KGZMED"),
        ("11|12", "USAGOV|USA", "KGZJUD|KGZGOV|KGZ"),
        ("02|10", "USAGOV|USA", "KGZGOV|KGZJUD|KGZ"),
        ("11|12", "IGO", "KGZJUD|KGZGOV|KGZ"),
    ),
    _h(
        "r11-12",
        "Balkans: a Serbian students' blockade, the president by pronoun, police",
        "Students at Serbia's largest university blocked faculty buildings in Belgrade "
        "for a third week on Monday, demanding that officials be held to account for "
        "the collapse of a railway station canopy that killed 15 people. President "
        "Aleksandar Vucic accused foreign intelligence services of paying the "
        "protesters. He offered to meet student representatives, but they refused. "
        "Police arrested a man who drove his car into a group of students in Novi Sad.",
        ("14", "SRBEDU|SRBOPP|SRBCVL", "SRBGOV|SRB|None"),
        ("11", "SRBGOV", "---SPY|SPY|---|SRBEDU|SRBOPP"),
        ("03|04", "SRBGOV", "SRBEDU|SRBOPP|SRBCVL"),
        ("12", "SRBEDU|SRBOPP|SRBCVL", "SRBGOV"),
        ("17", "SRBCOP", "SRBCVL|SRBCRM|SRB"),
    ),
    _h(
        "r11-13",
        "Sahel: a Malian junta expels a French diplomat; Paris responds",
        "Mali's military authorities ordered the expulsion of France's ambassador on "
        "Monday, giving him 72 hours to leave Bamako. A government spokesman, Colonel "
        "Abdoulaye Maiga, said the envoy had been summoned over hostile remarks by "
        "French ministers. Paris said it took note of the decision. The French foreign "
        "ministry said the ambassador would return home and accused the junta of "
        "isolating Mali.",
        ("16|17", "MLIGOV|MLIMIL", "FRAGOV|FRA"),
        ("11|12", "FRAGOV|FRA", "MLIGOV|MLIMIL|MLI"),
    ),
    _h(
        "r11-14",
        "Pacific: a Solomon Islands premier, a provincial assembly, Beijing's embassy",
        "The premier of the Solomon Islands' Malaita province, Daniel Suidani, rejected "
        "a Chinese offer to fund a new sports stadium in Auki on Tuesday. Suidani said "
        "the province would keep its ties with Taiwan. The Chinese embassy in Honiara "
        "accused him of spreading lies. The provincial assembly later voted to back the "
        "premier.",
        ("12", "SLBGOV", "CHNGOV|CHN"),
        ("11", "CHNGOV|CHN", "SLBGOV"),
        ("05|03", "SLBLEG|SLBGOV", "SLBGOV"),
    ),
    _h(
        "r11-15",
        "Andes: a Colombian governor on a rebel group by acronym, the army",
        "Rebels of the National Liberation Army (ELN) kidnapped six soldiers in the "
        "Colombian department of Arauca on Sunday, the army said. The governor of "
        'Arauca, Renson Martinez, called on the ELN to free them. "This is a blow to '
        "the peace talks,\" he said. The ELN's negotiators in Caracas said the "
        "soldiers would be released once the army stopped its operations in the area.",
        ("18", "COLREB", "COLMIL"),
        ("02|10", "COLGOV", "COLREB"),
        ("13|10", "COLREB", "COLMIL|COLGOV"),
    ),
    _h(
        "r11-16",
        "Southeast Asia: a Thai court, an opposition party, a former prime minister",
        "Thailand's Constitutional Court dissolved the opposition Move Forward Party "
        "on Wednesday and banned its leaders from politics for ten years. The court "
        "ruled that the party's plan to amend the royal insult law amounted to an "
        "attempt to overthrow the monarchy. Pita Limjaroenrat, the party's former "
        'leader, said his colleagues would form a new party. "Our journey continues," '
        "he told supporters in Bangkok. The United States said it was concerned by "
        "the ruling.",
        ("17|16", "THAJUD", "THAOPP|THAPTY|THALEG"),
        ("11|12", "USAGOV|USA", "THAJUD|THA|THAGOV"),
    ),
    _h(
        "r11-17",
        "Horn of Africa: Kenyan doctors strike, the union's secretary general, the "
        "health ministry",
        "Doctors in Kenya's public hospitals went on strike on Thursday over unpaid "
        'wages and a shortage of medical interns. "We have waited for the government '
        "for nine months,\" said Davji Atellah, secretary general of the doctors' "
        "union, KMPDU. The health ministry said the strike was illegal and threatened "
        "to sack doctors who did not return to work. Police fired tear gas at striking "
        "doctors marching to the ministry in Nairobi.",
        ("14", "KENHLH|KENLAB", "KENGOV|None"),
        ("13", "KENGOV", "KENHLH|KENLAB"),
        ("17|18", "KENCOP", "KENHLH|KENLAB"),
    ),
    _h(
        "r11-18",
        "Balkans: an archbishop and a government over a church law",
        "The Serbian Orthodox Church's bishop in Montenegro, Joanikije, led thousands "
        "of worshippers in a procession through Podgorica on Sunday against a law on "
        "religious property. The bishop accused the government of trying to seize the "
        "church's monasteries. Prime Minister Milojko Spajic invited church leaders to "
        "talks on Tuesday. Serbia's president said Belgrade supported the faithful.",
        ("14", "MNEREL|SRBREL|MNECVL", "MNEGOV|None"),
        ("11", "MNEREL|SRBREL", "MNEGOV"),
        ("02|03|04", "MNEGOV", "MNEREL|SRBREL"),
        ("05|01", "SRBGOV", "MNEREL|SRBREL|MNECVL|MNE"),
    ),
    _h(
        "r11-19",
        "Central Asia: Uzbek police and Karakalpak protesters; a rights group",
        "Uzbek security forces detained dozens of people in Nukus, capital of the "
        "autonomous Karakalpakstan region, after protests against plans to curb the "
        "region's autonomy, officials said on Monday. President Shavkat Mirziyoyev "
        "dropped the plans and declared a state of emergency. Human Rights Watch said "
        "police had beaten protesters and called on Tashkent to allow an independent "
        "inquiry.",
        ("17", "UZBCOP|UZBMIL|UZBSPY|UZBGOV", "UZBCVL|UZBOPP|UZB"),
        ("11|12", "NGOHRI|---NGO|NGO", "UZBCOP|UZBGOV"),
        ("02|10", "NGOHRI|---NGO|NGO", "UZBGOV"),
    ),
    _h(
        "r11-20",
        "Sahel: a Nigerian state governor, gunmen, schoolchildren",
        "Gunmen abducted more than 100 pupils from a school in Kuriga in Nigeria's "
        "Kaduna state on Thursday, residents said. The state governor, Uba Sani, said "
        'security forces had been sent to rescue the children. "We will bring them '
        'home," he told parents at the school. The Christian Association of Nigeria '
        "urged the federal government to end the wave of kidnappings.",
        ("18", "NGAUAF|---UAF|NGACRM|---CRM|NGAREB", "NGAEDU|NGACVL|NGA"),
        ("02|10", "NGAREL", "NGAGOV"),
    ),
    _h(
        "r11-21",
        "Pacific: a Fijian police commissioner, a former prime minister, the court",
        "Fiji's police commissioner said on Friday that officers had charged former "
        "prime minister Frank Bainimarama with abuse of office. Bainimarama, who ruled "
        "the island nation for 16 years, denied the charge. The former leader's lawyer "
        "said the case was political. A magistrate granted him bail and ordered him to "
        "surrender his passport.",
        ("11|17", "FJICOP", "FJIGOV|FJIELI|FJI"),
        ("12|11", "FJIGOV|FJIELI|FJI", "FJICOP"),
        ("17|08|10", "FJIJUD", "FJIGOV|FJIELI|FJI"),
    ),
    _h(
        "r11-22",
        "Horn of Africa: Eritrea, an ambassador quoted, a port, a Djiboutian minister",
        "Djibouti's foreign minister, Mahmoud Ali Youssouf, accused Eritrea on Sunday "
        'of moving troops towards the border at Ras Doumeira. "Asmara is provoking us '
        "again,\" the minister said. Eritrea's information minister, Yemane Gebremeskel, "
        "called the accusation baseless. Qatar offered to mediate between the two "
        "countries, as it did after their clash in 2008.",
        ("11", "DJIGOV", "ERIMIL|ERIGOV|ERI"),
        ("12|11", "ERIGOV", "DJIGOV|DJI"),
        ("03|04", "QATGOV|QAT", "DJIGOV|ERIGOV|DJI|ERI"),
    ),
    _h(
        "r11-23",
        "Southeast Asia: a Philippine coast guard spokesman, Chinese vessels, fishermen",
        "Chinese coast guard vessels fired water cannon at Filipino fishing boats near "
        'Scarborough Shoal on Saturday, the Philippine Coast Guard said. "Four '
        'fishermen were hurt," said Jay Tarriela, a spokesman for the coast guard. '
        "Manila summoned China's deputy ambassador to protest. A spokeswoman for the "
        "Chinese foreign ministry said the Philippine boats had intruded into China's "
        "waters.",
        ("17|18|19", "CHNMIL|CHNGOV|CHN|CHNCOP", "PHLCVL|PHLBUS|PHLAGR|PHL"),
        ("11|16|10", "PHLGOV", "CHNGOV|CHN"),
        ("11|12", "CHNGOV", "PHLCVL|PHLBUS|PHLAGR|PHL|PHLGOV"),
    ),
    _h(
        "r11-24",
        "Andes: a Chilean mine, a union president, the company by name then 'the firm'",
        "Workers at the Escondida copper mine in northern Chile began a strike on "
        "Tuesday after talks on a new wage deal broke down, their union said. "
        '"The company refused to share its record profits," said Patricio Tapia, the '
        "union's president. BHP, which operates the mine, said it regretted the "
        "decision. The firm said it had offered each worker a bonus of $28,000 and "
        "called on the union to return to the table.",
        ("14", "CHLLAB", "CHLBUS|AUSBUS|---BUS|None"),
        ("11|12", "CHLLAB", "CHLBUS|AUSBUS|---BUS"),
        ("02|10|03", "CHLBUS|AUSBUS|---BUS", "CHLLAB"),
    ),
    _h(
        "r11-25",
        "Balkans: Kosovo police raid Serb-run offices, Belgrade's office for Kosovo",
        "Kosovo police closed five offices run by Serbia in Serb-majority towns in "
        "the north on Thursday, Pristina's interior minister said. Xhelal Svecla said "
        "the offices were illegal institutions of Belgrade. Petar Petkovic, the head "
        "of the Serbian government's office for Kosovo, called the raids an attack on "
        "Serbs and urged the European Union to react. An EU spokesman urged Pristina to "
        "avoid unilateral steps.",
        ("17|16", "XKXCOP|XKXGOV", "SRBGOV|SRB"),
        ("11", "SRBGOV", "XKXCOP|XKXGOV|XKX"),
        ("02|10", "SRBGOV", "IGOEUR"),
        ("02|10", "IGOEUR", "XKXGOV|XKX"),
    ),
    _h(
        "r11-26",
        "Sahel: Chad's junta leader by title, opposition leader killed, a rights league",
        "Chadian security forces killed opposition leader Yaya Dillo in an assault on "
        "his party's headquarters in N'Djamena on Wednesday, his party said. The "
        "government said Dillo had led an attack on the internal security agency the "
        "day before. The Chadian League for Human Rights accused the authorities of "
        "an execution and demanded an independent inquiry.",
        ("18|19|20", "TCDMIL|TCDCOP|TCDGOV|TCDSPY", "TCDOPP|TCDPTY"),
        ("11", "TCDGOV", "TCDOPP|TCDPTY"),
        ("11|10", "TCDHRI|TCDNGO", "TCDGOV|TCDMIL|TCDCOP"),
    ),
    _h(
        "r11-27",
        "Central Asia: a Tajik court, an exiled opposition group, Moscow's extradition",
        "Russian police in Moscow detained a Tajik opposition activist on Friday at "
        "the request of Dushanbe, his lawyer said. The activist, a member of the exiled "
        "Group 24 movement, faces extradition to Tajikistan. His lawyer, Irina "
        "Biryukova, said he would be tortured if sent home and urged the Russian "
        "authorities to grant him asylum.",
        ("17", "RUSCOP", "TJKOPP|TJKCVL|TJK"),
        ("02|10", "RUSJUD|RUSCVL|---JUD", "RUSGOV|RUS"),
    ),
    _h(
        "r11-28",
        "Pacific: New Caledonia unrest, the French high commissioner, independence "
        "leaders",
        "Rioters burned shops and cars in Noumea overnight as unrest over a voting "
        "reform spread across New Caledonia, the French high commissioner said on "
        "Wednesday. Louis Le Franc said more than 130 people had been arrested. "
        "Independence leaders called on young people to return home. Paris sent "
        "1,000 extra police officers to the Pacific territory.",
        (
            "17",
            "FRAGOV|FRACOP|NCLGOV|NCLCOP",
            "FRACVL|FRACRM|NCLCVL|NCLCRM|NCLOPP|FRAOPP|FRA|NCL",
        ),
        (
            "02|10",
            "FRAOPP|NCLOPP|NCLPTY|FRA|NCL",
            "FRACVL|NCLCVL|FRA|NCL|NCLOPP|FRAOPP",
        ),
    ),
    _h(
        "r11-29",
        "Southeast Asia: a Cambodian opposition leader's conviction, Hun Manet by title",
        "A court in Phnom Penh convicted opposition leader Kem Sokha of treason and "
        "sentenced him to 27 years of house arrest. Prime Minister Hun Manet praised "
        "the judges, saying they had protected the nation. The European Union said the "
        "verdict was a blow to democracy and called for Kem Sokha's release.",
        ("17", "KHMJUD", "KHMOPP|KHMPTY"),
        ("05|01", "KHMGOV", "KHMJUD"),
        ("11|12", "IGOEUR", "KHMJUD|KHMGOV|KHM"),
        ("02|10", "IGOEUR", "KHMJUD|KHMGOV|KHM"),
    ),
    _h(
        "r11-30",
        "Horn of Africa: an Ethiopian regional president, Fano militia, a village elder",
        "Fano militiamen attacked a police station in the Amhara region town of Debre "
        "Tabor on Saturday, freeing dozens of prisoners, residents said. The regional "
        "president, Arega Kebede, accused the militia of terrorising civilians. A "
        "village elder said federal soldiers had later burned houses in search of the "
        "fighters.",
        ("18|19", "ETHREB|ETHUAF|---REB", "ETHCOP"),
        ("11", "ETHGOV", "ETHREB|ETHUAF|---REB"),
        ("17|18|19", "ETHMIL", "ETHCVL|ETH"),
    ),
    _h(
        "r11-nm1",
        "a football transfer; a minister named in passing",
        "The Senegalese striker Ibrahima Sall joined the Turkish club Bursaspor on "
        "Monday for a fee of four million euros. Sall, 23, scored 19 goals last season "
        "for his club in Dakar. The sports minister attended his farewell dinner. "
        "Sall said he was proud to follow his father into European football.",
    ),
    _h(
        "r11-nm2",
        "a cathedral's restoration; a bishop, a company and a mayor named",
        "Restoration of the colonial cathedral in Cuzco was completed on Sunday after "
        "five years of work. The bishop thanked the craftsmen, many from nearby "
        "villages. An Italian firm rebuilt the bell tower. The mayor said tourist "
        "numbers were expected to rise.",
    ),
    _h(
        "r11-nm3",
        "a drought report; a UN agency spokesman on the weather",
        "Rainfall in southern Madagascar was 40 per cent below average this year, "
        'the World Meteorological Organization said on Thursday. "The dry season '
        'started early," a spokesman for the agency said in Geneva. Farmers planted '
        "cassava later than usual. Forecasters expect normal rains next year.",
    ),
    # round 12 (helper-62, session 15): a paragraph or two of one story, from every
    # region: pairs and groups named as one ('the two presidents', 'both sides', 'the
    # three countries', 'the bloc's foreign ministers'), quotes attributed at the end,
    # people named in full once and then by surname, title or pronoun, acronyms after a
    # first full mention, spokesmen, local bodies, companies, unions, church leaders,
    # victims and civilians as recipients, a press conference transcript and an
    # interview, outlets that only ask or report, and people named who do nothing
    _h(
        "r12-01",
        "East Africa: two presidents as a pair, then one by surname, one by pronoun",
        "Kenyan President William Ruto and Tanzania's President Samia Suluhu Hassan met "
        "in Arusha on Monday to end a months-long row over lorry permits. The two "
        "presidents agreed to scrap the fees that truck drivers have paid at the "
        'Namanga crossing since June. "This border is a bridge, not a wall," Ruto said '
        "after the talks. Hassan said her government would also lift its ban on Kenyan "
        "maize.",
        ("04", "KENGOV|TZAGOV", "TZAGOV|KENGOV"),
        ("03|05|06|08", "KENGOV|TZAGOV", "TZAGOV|KENGOV"),
        ("08|03", "TZAGOV", "KEN|KENGOV|KENBUS|KENAGR"),
    ),
    _h(
        "r12-02",
        "Middle East: mediators, 'both sides' accuse each other, a ministry run by a group",
        "Qatari mediators said on Wednesday that Israel and Hamas had agreed to a "
        "three-day pause in fighting in central Gaza to allow polio vaccinations. Both "
        "sides have accused each other of violating an earlier truce. An Israeli "
        "military spokesman said troops had killed four gunmen who approached a "
        "position near Khan Younis. Gaza's health ministry, which is run by Hamas, said "
        "the four were farmers.",
        (
            "03|05|08|04",
            "ISR|ISRGOV|ISRMIL|PSEREBHAM|PSEREB",
            "PSEREBHAM|PSEREB|ISR|ISRGOV|ISRMIL",
        ),
        ("11", "ISR|ISRGOV|ISRMIL", "PSEREBHAM|PSEREB|PSE"),
        ("11", "PSEREBHAM|PSEREB", "ISR|ISRGOV|ISRMIL"),
        ("18|19", "ISRMIL", "PSEREB|PSEUAF|PSECVL|PSE|---REB|---UAF"),
    ),
    _h(
        "r12-03",
        "Europe: the bloc's foreign ministers, its top diplomat, a charge d'affaires",
        "European Union foreign ministers agreed on Monday to extend sanctions on 14 "
        "Belarusian officials accused of rigging last month's local elections. The "
        "bloc's top diplomat, Kaja Kallas, said the measures sent a clear message to "
        "Minsk. Belarus's foreign ministry called the decision an act of economic "
        "terror and summoned the Lithuanian charge d'affaires, whose country had "
        "proposed the listings.",
        ("16|17", "IGOEUR", "BLRGOV|BLR"),
        ("11", "BLRGOV", "IGOEUR"),
        ("11|16|04|10", "BLRGOV", "LTUGOV|LTU"),
    ),
    _h(
        "r12-04",
        "South Asia: the two countries' ministers as a pair, an adviser by title",
        "The foreign ministers of India and Bangladesh met in New Delhi on Friday for "
        "the first time since the change of government in Dhaka. The two ministers "
        "discussed the sharing of the Teesta river's water and the killing of "
        "Bangladeshi villagers by Indian border guards. Bangladesh's foreign adviser, "
        "Touhid Hossain, told reporters he had raised the border killings in the "
        "strongest terms. India's external affairs ministry described the talks as "
        "frank and cordial.",
        ("04", "INDGOV|BGDGOV", "BGDGOV|INDGOV"),
        ("11|10", "BGDGOV", "INDGOV|IND|INDMIL|INDCOP"),
    ),
    _h(
        "r12-05",
        "Andes: a prosecutor's charge, a man named in full then by surname, a radio "
        "station interviewing, a union by acronym",
        "Colombia's attorney general's office on Thursday charged Ricardo Roa, the "
        "head of the state oil company Ecopetrol, with breaking campaign finance rules "
        "when he managed President Gustavo Petro's 2022 campaign. Roa denied any "
        'wrongdoing. "This is political persecution," he told Caracol Radio. The oil '
        "workers' union USO said it would march in Bogota next week in support of the "
        "company's management.",
        ("11|17", "COLJUD", "COLBUS|COLGOV|COLPTY|COLELI|COL"),
    ),
    _h(
        "r12-06",
        "West Africa: ECOWAS by acronym, 'the three countries', the bloc's leaders",
        "The Economic Community of West African States (ECOWAS) on Sunday urged Mali, "
        "Burkina Faso and Niger to reconsider their withdrawal from the bloc. The three "
        "countries, all run by military governments, have accused ECOWAS of serving "
        "foreign interests. At a summit in Abuja, the bloc's leaders also lifted "
        "sanctions on Guinea. Guinea's junta welcomed the decision.",
        ("02|10", "IGOWAFECW", "MLIGOV|MLIMIL|MLI|BFAGOV|BFAMIL|BFA|NERGOV|NERMIL|NER"),
        ("11", "MLIGOV|MLIMIL|MLI|BFAGOV|BFAMIL|BFA|NERGOV|NERMIL|NER", "IGOWAFECW"),
        ("08", "IGOWAFECW", "GINGOV|GINMIL|GIN"),
        ("05|01", "GINGOV|GINMIL", "IGOWAFECW"),
    ),
    _h(
        "r12-07",
        "East Asia: a press conference transcript; agencies ask, the spokesman answers",
        "Foreign Ministry Spokesperson Guo Jiakun's Regular Press Conference on March 11\n\n"
        "Kyodo News: Japan's new defence white paper calls China's military activities "
        "an unprecedented strategic challenge. What is China's comment?\n\n"
        "Guo Jiakun: We firmly oppose the white paper's groundless accusations. We urge "
        "Japan to stop hyping the so-called China threat and to reflect on its own "
        "history of aggression.\n\n"
        "Bloomberg: The European Union will raise its tariffs on Chinese electric "
        "vehicles next month. Will China respond?\n\n"
        "Guo Jiakun: China will take all necessary measures to defend the legitimate "
        "rights of Chinese companies.",
        ("11|12", "CHNGOV", "JPNGOV|JPN"),
        ("02|10", "CHNGOV", "JPNGOV|JPN"),
        ("13|03", "CHNGOV", "IGOEUR"),
    ),
    _h(
        "r12-08",
        "Pacific: a prime minister speaking to a radio outlet, a minister of another "
        "country, the opposition leader",
        "Vanuatu's prime minister, Jotham Napat, said on Tuesday his government would "
        "ask Australia to fund a new police barracks in Port Vila. Speaking to RNZ "
        "Pacific, Napat said the security pact signed with Canberra last year had to "
        "deliver real things on the ground. Australia's Pacific minister, Pat Conroy, "
        "said his country stood ready to help. The opposition leader, Bob Loughman, "
        "accused the government of selling the country's sovereignty.",
        ("02|03", "VUTGOV", "AUSGOV|AUS"),
        ("03|05|07", "AUSGOV", "VUTGOV|VUT"),
        ("11", "VUTOPP|VUTLEG|VUTPTY", "VUTGOV"),
    ),
    _h(
        "r12-09",
        "West Africa: residents and a pipeline operator named, a council of chiefs, "
        "the state governor orders a company",
        "Residents of the Nigerian oil town of Bodo accused the operator of a leaking "
        "pipeline of ignoring their complaints for three weeks. Crude from the line has "
        "polluted creeks on which about 30,000 fishermen depend, the Bodo Council of "
        "Chiefs said in a letter. Renaissance Africa Energy, which bought Shell's "
        "onshore assets last year, said its engineers had reached the site on Monday. "
        "The governor of Rivers State, Siminalayi Fubara, ordered the company to pay "
        "compensation to the fishermen.",
        ("11", "NGACVL|NGA", "NGABUS"),
        ("10", "NGAGOV", "NGABUS"),
    ),
    _h(
        "r12-10",
        "South America: a namesake city, teachers and police, a union by acronym, the "
        "president's spokesman",
        "Police in Cordoba fired rubber bullets at teachers protesting outside the "
        "provincial legislature on Wednesday, injuring at least eight, Argentine media "
        "reported. The national teachers' union CTERA called a nationwide strike for "
        "Friday in response. Manuel Adorni, the spokesman for President Javier Milei, "
        "said the government would not negotiate under pressure.",
        ("18|17", "ARGCOP", "ARGEDU|ARGLAB|ARGCVL"),
        ("14", "ARGLAB|ARGEDU", "ARGGOV|None"),
        ("12|11", "ARGGOV", "ARGLAB|ARGEDU"),
    ),
    _h(
        "r12-11",
        "West Africa: a group named by its home country raids a village across the "
        "border, the army pursues, the governor appeals to villagers",
        "Fighters of the Nigerian jihadist group Boko Haram raided the village of "
        "Mozogo in Cameroon's Far North region on Thursday night, killing nine "
        "civilians and abducting a dozen women, a local official said. Cameroonian "
        "soldiers pursued the attackers towards the Nigerian border. The governor of the "
        "Far North, Midjiyawa Bakari, called on villagers to report strangers to the "
        "authorities.",
        ("18|20", "NGAREBBKH|NGAREB|---REB|IMG", "CMRCVL|CMR"),
        ("19|15|18", "CMRMIL", "NGAREBBKH|NGAREB|---REB|IMG"),
        ("02|10", "CMRGOV", "CMRCVL|CMR"),
    ),
    _h(
        "r12-12",
        "Middle East: relatives of the missing, a minister by surname, the ICRC",
        "Syria's interior minister, Anas Khattab, met relatives of people who "
        "disappeared in the prisons of the former government on Sunday and promised to "
        'open a national register of the missing. "Every family has the right to '
        'know," Khattab told the families in Damascus. The International Committee of '
        "the Red Cross, which holds more than 35,000 tracing requests, said it would "
        "share its files with the authorities. Families of the missing have protested "
        "for weeks outside Sednaya prison.",
        ("04", "SYRGOV", "SYRCVL|SYR"),
        ("03|05", "SYRGOV", "SYRCVL|SYR"),
        ("03|05|06", "NGOICR", "SYRGOV|SYR"),
        ("14", "SYRCVL|SYR", "SYRGOV|SYR|None"),
    ),
    _h(
        "r12-13",
        "South Asia: a mob burns churches, the police, a bishop, a commission by acronym",
        "A mob set fire to two churches and dozens of Christian homes in Jaranwala in "
        "Pakistan's Punjab province on Wednesday after accusations that a local man had "
        "desecrated the Koran. Police arrested more than 100 people, the provincial "
        "government said. The Bishop of Faisalabad, Indrias Rehmat, said Christians had "
        "been left defenceless and urged the government to compensate the victims. The "
        "Human Rights Commission of Pakistan (HRCP) said it had warned of rising mob "
        "violence for months.",
        ("18|17|20", "PAKCVL|PAK", "PAKREL|PAKCVL|PAK"),
        ("17", "PAKCOP", "PAKCVL|PAK"),
        ("02|10", "PAKREL", "PAKGOV"),
    ),
    _h(
        "r12-14",
        "South America: a navy seizes foreign fishing boats, an embassy, the minister",
        "Ecuador's navy seized two Chinese-flagged fishing vessels near the Galapagos "
        "marine reserve on Saturday and detained their 38 crew members, the defence "
        "ministry said. China's embassy in Quito asked the authorities to guarantee the "
        "fishermen's rights and to release them quickly. Defence Minister Gian Carlo "
        "Loffredo told reporters the crews would face charges of illegal fishing.",
        ("17", "ECUMIL", "CHNCVL|CHNBUS|CHN|CHNAGR"),
        ("02|10", "CHNGOV", "ECUGOV|ECU|ECUMIL"),
    ),
    _h(
        "r12-15",
        "North America: a federal judge, a supplier, a union trying to organise it",
        "A federal judge in Alabama on Tuesday ordered Smart Alabama LLC, a parts "
        "supplier to Hyundai, to pay back wages to 60 workers after the Labor "
        "Department found it had employed children. The United Auto Workers union, "
        "which is trying to organise the plant, said the ruling showed the company "
        "treated kids as disposable. Smart Alabama said it would appeal.",
        ("17|10", "USAJUD", "USABUS|KORBUS"),
        ("11", "USALAB", "USABUS|KORBUS"),
    ),
    _h(
        "r12-16",
        "Europe: farmers block motorways, a farm union by acronym, a minister by title "
        "then pronoun",
        "French farmers blocked motorways around Lyon and Toulouse with tractors on "
        "Monday in protest at a trade deal between the European Union and the Mercosur "
        "bloc. The FNSEA, the country's largest farm union, said the agreement would "
        "flood the market with cheap beef. Agriculture Minister Annie Genevard met "
        "union leaders in Paris in the evening. She told them France would vote against "
        "the deal in Brussels.",
        ("14", "FRAAGR|FRACVL|FRALAB", "IGOEUR|FRAGOV|None"),
        ("04", "FRAGOV", "FRAAGR|FRALAB"),
    ),
    _h(
        "r12-17",
        "Central Asia: a journalist detained, her lawyer, a press freedom group, a "
        "security committee that made the arrest",
        "Authorities in Tajikistan have detained the journalist Rukhshona Hakimova on "
        "charges of treason, her lawyer said on Friday. Hakimova, who wrote for several "
        "independent outlets, had criticised the government's border deal with "
        "Kyrgyzstan. The Committee to Protect Journalists called on Dushanbe to free "
        "her immediately. The State Committee for National Security, which made the "
        "arrest, did not respond to requests for comment.",
        ("17", "TJKGOV|TJKCOP|TJKSPY", "TJKMED"),
        ("11", "TJKMED", "TJKGOV"),
        ("02|10", "NGOCPJ|NGO|USANGO", "TJKGOV"),
    ),
    _h(
        "r12-18",
        "Middle East: rebels fire on a ship, its foreign operator, the group's "
        "spokesman, two governments condemn as a pair",
        "Yemen's Houthi rebels fired two missiles at the Liberian-flagged bulk carrier "
        "Tutor Bay in the Red Sea on Wednesday, setting it on fire, the US military "
        "said. The vessel's Greek operator, Evalend Shipping, said the crew of 22 had "
        "been evacuated. The group's military spokesman, Yahya Saree, said in a "
        "televised statement that the ship had ignored warnings. The United States and "
        "Britain condemned the attack.",
        ("18|19|20", "YEMREBHOU|YEMREB", "GRCBUS|LBRBUS|---BUS|LBR|GRC"),
        ("11", "USAGOV|USA", "YEMREBHOU|YEMREB"),
        ("11", "GBRGOV|GBR", "YEMREBHOU|YEMREB"),
    ),
    _h(
        "r12-19",
        "Southeast Asia: 'the two leaders', an army chief, a leader's father in the "
        "Senate",
        "Thai Prime Minister Paetongtarn Shinawatra and Cambodian leader Hun Manet "
        "spoke by phone on Sunday after a soldier was killed in a brief exchange of "
        "fire on their disputed border. The two leaders agreed to let their defence "
        "ministers meet in Phnom Penh this week. Thailand's army chief, General Pana "
        "Claewplodtook, said his troops had fired only after Cambodian soldiers opened "
        "fire. Hun Sen, the Cambodian leader's father and president of the Senate, "
        "accused the Thai army of lying.",
        ("04", "THAGOV|KHMGOV", "KHMGOV|THAGOV"),
        ("03|04|05", "THAGOV|KHMGOV", "KHMGOV|THAGOV"),
        ("19|18", "KHMMIL", "THAMIL|THA"),
        ("11", "KHMLEG|KHMGOV|KHMELI|KHM", "THAMIL"),
    ),
    _h(
        "r12-20",
        "Central Africa: a rebel group by its name, a neighbour accused, 'Kigali', UN "
        "experts",
        "M23 rebels seized the town of Rubaya, home to one of the world's largest "
        "coltan mines, in eastern Democratic Republic of Congo on Tuesday, local "
        "officials said. Congo's government accused neighbouring Rwanda of sending "
        "troops to fight alongside the group. Kigali denied the charge. In a report "
        "last month, United Nations experts said Rwanda controlled the rebels' "
        "operations.",
        ("19|18", "CODREB|---REB", "COD|CODMIL|CODCVL|CODGOV"),
        ("11", "CODGOV", "RWAGOV|RWA|RWAMIL"),
        ("12|11", "RWAGOV|RWA", "CODGOV|COD"),
        ("11|01", "IGOUNO", "RWAGOV|RWA"),
    ),
    _h(
        "r12-21",
        "Caribbean: a gang coalition by name, its leader by nickname, displaced people, "
        "the interim prime minister",
        "Gangs attacked the Haitian town of Mirebalais overnight, killing at least 15 "
        "people and freeing about 500 inmates from the local prison, the UN migration "
        "agency said. The Viv Ansanm coalition, led by the former police officer Jimmy "
        'Cherizier, known as "Barbecue", claimed the attack. More than 6,000 residents '
        "have fled to nearby Saut-d'Eau. Interim Prime Minister Alix Didier Fils-Aime "
        "called on the gangs to lay down their arms.",
        ("18|19|20", "HTIREB|HTICRM|HTIUAF|---CRM|---REB", "HTICVL|HTI"),
        ("02|10", "HTIGOV", "HTIREB|HTICRM|HTIUAF|---CRM|---REB"),
    ),
    _h(
        "r12-22",
        "Caucasus: riot police and protesters, the president, the ruling party",
        "Riot police in Georgia used water cannon and pepper spray on Thursday night to "
        "disperse thousands of people protesting outside parliament in Tbilisi against "
        "the government's decision to suspend talks on joining the European Union. "
        "President Salome Zourabichvili joined the protesters and accused the ruling "
        "Georgian Dream party of betraying the constitution. The party's chairman, "
        "Irakli Kobakhidze, said the opposition was trying to stage a revolution.",
        ("17|18", "GEOCOP", "GEOCVL|GEOOPP|GEO"),
        ("14", "GEOCVL|GEOOPP|GEO", "GEOGOV|None"),
        ("11", "GEOGOV", "GEOPTY|GEOGOV"),
        ("11", "GEOPTY|GEOGOV", "GEOOPP"),
    ),
    _h(
        "r12-23",
        "Middle East: the IAEA, its director general by surname, a ministry spokesman",
        "The International Atomic Energy Agency said on Monday that Iran had again "
        "expanded its stockpile of uranium enriched to 60 per cent purity. The agency's "
        "director general, Rafael Grossi, urged Tehran to restore the cameras it removed "
        "from nuclear sites in 2022. Iran's foreign ministry spokesman, Esmaeil "
        "Baghaei, said the IAEA was being used as a political tool by Western powers. "
        "Grossi is due in Tehran next week.",
        ("02|10", "IGOUNOAEA", "IRNGOV|IRN"),
        ("11", "IRNGOV", "IGOUNOAEA"),
    ),
    _h(
        "r12-24",
        "East Asia: the ministry and a doctors' association by acronym as 'the two "
        "sides', trainee doctors, the association's president",
        "South Korea's health ministry and the Korean Medical Association (KMA) "
        "resumed talks on Wednesday over the government's plan to admit 2,000 more "
        "medical students a year. The two sides failed to agree on the size of the "
        "increase. Trainee doctors, who walked out of hospitals in February, said they "
        "would not return until the plan was scrapped. The KMA's president, Lim "
        "Hyun-taek, accused the government of destroying the health system.",
        ("04", "KORGOV|KORHLH|KORLAB", "KORHLH|KORLAB|KORGOV"),
        ("11", "KORHLH|KORLAB", "KORGOV"),
    ),
    _h(
        "r12-25",
        "Southern Africa: an interview laid out as questions and answers",
        "Venancio Mondlane, who came second in Mozambique's October presidential "
        "election, answered questions from reporters in an online interview on Sunday. "
        "Police have killed more than 100 protesters since the vote, rights groups "
        "say.\n\n"
        "Q: The electoral commission says the vote was free and fair. Do you accept "
        "the result?\n\n"
        "Mondlane: No. The commission stole this election from the people of "
        "Mozambique. We will never recognise Daniel Chapo as president.\n\n"
        "Q: Will you call for more protests?\n\n"
        "Mondlane: Yes. We call on all Mozambicans to stop work from Monday.",
        ("18|17", "MOZCOP", "MOZCVL|MOZOPP|MOZ"),
        ("11", "MOZOPP|MOZPTY", "MOZGOV|MOZ"),
        ("12", "MOZOPP|MOZPTY", "MOZGOV|MOZPTY|MOZELI|MOZ"),
        ("02|10|14", "MOZOPP|MOZPTY", "MOZCVL|MOZ|None"),
    ),
    _h(
        "r12-26",
        "South America: an opposition leader detained, named in full then by surname, "
        "a foreign government's demand, the interior minister",
        "Venezuelan security forces briefly detained the opposition leader Maria Corina "
        "Machado after she addressed a rally in Caracas on Thursday, her party said. "
        "Machado was released hours later and said in a video that she had been forced "
        "to record messages. The United States demanded that the government of Nicolas "
        "Maduro stop harassing opponents. Interior Minister Diosdado Cabello called the "
        "detention a lie invented by the fascist right.",
        ("17", "VENCOP|VENMIL|VENGOV", "VENOPP|VENPTY"),
        ("10|11", "USAGOV|USA", "VENGOV"),
        ("12|11", "VENGOV", "VENOPP|VENPTY|None"),
    ),
    _h(
        "r12-27",
        "Europe: two countries swap prisoners, a mediator thanked, a regional governor",
        "Russia and Ukraine exchanged 150 prisoners of war each on Friday in a swap "
        "mediated by the United Arab Emirates, officials in both countries said. "
        "Ukrainian President Volodymyr Zelensky thanked the Emirati side for its help. "
        "Russia's defence ministry said the freed soldiers would be flown to Moscow for "
        "treatment. Overnight, Russian drones struck an apartment block in Kharkiv, "
        "killing three residents, the regional governor, Oleh Syniehubov, said.",
        ("08|05|06", "RUS|RUSGOV|RUSMIL", "UKR|UKRGOV|UKRMIL"),
        ("08|05|06", "UKR|UKRGOV|UKRMIL", "RUS|RUSGOV|RUSMIL"),
        ("05|01", "UKRGOV", "ARE|AREGOV"),
        ("18|19|20", "RUSMIL|RUS", "UKRCVL|UKR"),
    ),
    _h(
        "r12-28",
        "Pacific: landowners block a mine road, its operator, a minister's appeal",
        "Landowners in Papua New Guinea's Enga province blocked the main road to the "
        "Porgera gold mine on Monday, demanding a bigger share of royalties. The mine's "
        "operator, New Porgera Limited, said production had stopped. Mining Minister "
        "Sir Ano Pala urged the landowners to lift the blockade and promised to meet "
        "their leaders in Wabag. The mine is jointly owned by the state and Canada's "
        "Barrick Gold.",
        ("14|10", "PNGCVL|PNGAGR|PNG", "PNGBUS|CANBUS|PNGGOV|None"),
        ("02|10", "PNGGOV", "PNGCVL|PNGAGR|PNG"),
        ("03|04", "PNGGOV", "PNGCVL|PNGAGR|PNG"),
    ),
    _h(
        "r12-29",
        "Middle East: air strikes kill paramedics, a militia's depots, peacekeepers by "
        "acronym and 'its spokesman'",
        "Israeli air strikes hit several villages in southern Lebanon on Tuesday, "
        "killing five people including two paramedics, Lebanon's health ministry said. "
        "The Israeli military said it had targeted Hezbollah weapons depots. The UN "
        "peacekeeping force UNIFIL said one of its positions near Naqoura had been "
        "damaged. Its spokesman, Andrea Tenenti, called on all parties to respect the "
        "ceasefire.",
        ("18|19|20", "ISRMIL", "LBNCVL|LBNHLH|LBN"),
        ("19|18", "ISRMIL", "LBNREBHEZ|LBNREB"),
        ("02|10", "IGOUNO", "ISR|ISRMIL|LBNREBHEZ|LBN|None"),
    ),
    _h(
        "r12-30",
        "Horn of Africa: a party's rival factions, the interim administration's head, "
        "the AU on 'both factions'",
        "Rival factions of the Tigray People's Liberation Front (TPLF) traded "
        "accusations on Thursday after fighters loyal to the party's chairman, "
        "Debretsion Gebremichael, took over the mayor's office in Adigrat. The head of "
        "the regional interim administration, Getachew Reda, accused Debretsion's "
        "faction of staging a coup. Debretsion's supporters said the interim "
        "administration had lost its mandate. The African Union called on both "
        "factions to avoid violence.",
        ("11", "ETHGOV", "ETHREBTPL|ETHPTY|ETHREB|ETHOPP"),
        ("02|10", "IGOAFRAFU|IGOAFR", "ETHREBTPL|ETHPTY|ETHREB|ETHOPP|ETHGOV"),
    ),
    _h(
        "r12-31",
        "South Asia: a navy arrests fishermen, a state's chief minister writes to the "
        "centre, fishermen's associations",
        "The Sri Lankan navy arrested 14 Indian fishermen off Delft island on Sunday "
        "for fishing in its waters and seized two trawlers, the navy said. Tamil "
        "Nadu's chief minister, M.K. Stalin, wrote to India's foreign minister asking "
        "him to secure the fishermen's release. Fishermen's associations in Rameswaram "
        "said they would stay ashore from Monday in protest.",
        ("17", "LKAMIL", "INDCVL|INDAGR|IND"),
        ("02|10", "INDGOV", "INDGOV"),
    ),
    _h(
        "r12-32",
        "East Africa: police and protesters, a lawyers' society by acronym, an "
        "archbishop, the interior minister's praise",
        "Kenyan police fired tear gas at protesters in Nairobi on Tuesday as thousands "
        "marched against a new housing levy, witnesses said. The Law Society of Kenya "
        "(LSK) said officers had abducted at least 20 activists in the past week. The "
        "Anglican Archbishop, Jackson Ole Sapit, urged President William Ruto to "
        "listen to the young people. Interior Minister Kipchumba Murkomen praised the "
        "police for their restraint.",
        ("17|18", "KENCOP", "KENCVL|KENOPP|KEN"),
        ("14", "KENCVL|KENOPP|KEN", "KENGOV|None"),
        ("02|10", "KENREL", "KENGOV"),
        ("05|01", "KENGOV", "KENCOP"),
    ),
    _h(
        "r12-33",
        "Europe: a coast guard rescue, survivors' account, a border agency by name",
        "The Greek coast guard rescued 38 migrants from a sinking dinghy off the "
        "island of Lesbos on Saturday, but at least four people drowned, officials "
        "said. Survivors told the UN refugee agency that a masked crew had pushed "
        "their boat back towards Turkish waters hours earlier. The coast guard denied "
        "the claim. Frontex, the European Union's border agency, said it would look "
        "into the reports.",
        ("07|06", "GRCCOP|GRCMIL|GRCGOV", "---REF|---CVL|---|REF|None"),
        ("12|11", "GRCCOP|GRCMIL|GRCGOV", "---REF|---CVL|---|REF|IGOUNOHCR|None"),
        ("09|03", "IGOEURFRX|IGOEUR", "GRCCOP|GRCMIL|GRCGOV|GRC|None"),
    ),
    _h(
        "r12-34",
        "Central America: prosecutors raid a tribunal, a prosecutor named then by "
        "surname, the president's demand",
        "Guatemalan prosecutors raided the offices of the country's electoral tribunal "
        "on Tuesday and seized ballot boxes from last year's election, the tribunal "
        "said. The operation was ordered by Rafael Curruchiche, the head of the special "
        "prosecutor's office against impunity, whom the United States has sanctioned "
        "for corruption. President Bernardo Arevalo called the raid an attempted coup "
        "and demanded the resignation of Attorney General Consuelo Porras. Curruchiche "
        "said he was acting within the law.",
        ("17", "GTMJUD", "GTMGOV|GTMJUD|GTM"),
        ("11", "GTMGOV", "GTMJUD"),
        ("10", "GTMGOV", "GTMJUD"),
    ),
    _h(
        "r12-35",
        "East Asia: a customs ban, a plant's operator by acronym, a fisheries "
        "federation, 'Beijing'",
        "China suspended imports of seafood from Japan in protest at the release of "
        "treated wastewater from the Fukushima nuclear plant, its customs agency said "
        "on Thursday. The plant's operator, Tokyo Electric Power Company (TEPCO), said "
        "the water was safe. The National Federation of Fisheries Cooperative "
        "Associations, which represents Japan's fishermen, asked TEPCO to compensate "
        "its members for lost sales. Japan's government urged Beijing to lift the ban.",
        ("16|17", "CHNGOV", "JPN|JPNGOV|JPNBUS"),
        ("02|10", "JPNAGR|JPNBUS|JPNLAB|JPNCVL|JPN", "JPNBUS"),
        ("02|10", "JPNGOV", "CHNGOV|CHN"),
    ),
    _h(
        "r12-36",
        "Southern Africa: a country and the IMF, the finance minister by pronoun, a "
        "bank named who does nothing",
        "Zambia reached a staff-level agreement with the International Monetary Fund "
        "on Friday for the release of a further $185 million under its loan programme. "
        "Finance Minister Situmbeko Musokotwane said the money would ease the pressure "
        'of the drought on farmers. "This is money for recovery," he said. Zanaco, the '
        "country's largest bank, said the news had lifted the kwacha.",
        ("03|04|05|06", "ZMBGOV|ZMB|IGOBUSIMF", "IGOBUSIMF|ZMBGOV|ZMB"),
    ),
    _h(
        "r12-37",
        "North America: relatives of missing students force a door, the president, "
        "the families' lawyer",
        "Relatives of the 43 students who disappeared in Ayotzinapa in 2014 rammed a "
        "truck through a door of the National Palace in Mexico City on Wednesday, "
        "demanding a meeting with the president. President Claudia Sheinbaum said she "
        "would meet the parents next month and accused provocateurs of using the "
        "families. A lawyer for the families, Isidoro Vicario, said the government had "
        "hidden army files on the case.",
        ("14|18|10", "MEXCVL|MEX", "MEXGOV"),
        ("03|04", "MEXGOV", "MEXCVL|MEX"),
        ("11", "MEXJUD|MEXCVL|MEXNGO|MEX", "MEXGOV"),
    ),
    _h(
        "r12-38",
        "Europe: a union and a foreign-owned company as 'the two sides', the business "
        "secretary",
        "Workers at Britain's largest steelworks in Port Talbot will strike from next "
        "month after talks between the Unite union and the plant's owner, Tata Steel, "
        "broke down, the union said on Monday. The two sides have been at odds over the "
        "company's plan to close both blast furnaces, cutting 2,800 jobs. Business "
        "Secretary Jonathan Reynolds urged Tata and the union to return to the table. "
        "Tata Steel, which is owned by India's Tata group, said the strike would "
        "threaten the plant's future.",
        ("14|13", "GBRLAB", "INDBUS|GBRBUS|None"),
        ("02|10", "GBRGOV", "INDBUS|GBRBUS|GBRLAB"),
    ),
    _h(
        "r12-39",
        "Middle East: warplanes on a rebel group's hideouts abroad, a ministry summons "
        "an ambassador, a village head",
        "Turkish warplanes struck suspected hideouts of the Kurdistan Workers' Party "
        "(PKK) in northern Iraq's Duhok province on Sunday, Turkey's defence ministry "
        "said. Iraq's foreign ministry summoned the Turkish ambassador and called the "
        "strikes a violation of its sovereignty. A village head in the area said a "
        "shepherd had been wounded. The PKK did not comment.",
        ("19|18|20", "TURMIL", "TURREBPKK|TURREB|---REB"),
        ("11|16|04|10", "IRQGOV", "TURGOV|TUR|TURMIL"),
    ),
    _h(
        "r12-nm1",
        "a film festival; a minister opens it, a director speaks to an outlet",
        "The Marrakech International Film Festival opened on Friday with a tribute to "
        "the Moroccan director Farida Benlyazid. Culture Minister Mehdi Bensaid cut the "
        "ribbon at the Palais des Congres. Speaking to France 24, Benlyazid said she "
        "had waited forty years for a night like this. About 70 films from 32 "
        "countries will be shown over nine days.",
    ),
    _h(
        "r12-nm2",
        "a football match; 'both sides' and 'the two coaches' in sport",
        "Nigeria and Cameroon drew 1-1 in a World Cup qualifier in Uyo on Saturday. "
        "Both sides missed penalties in the second half. The two coaches praised their "
        "players after the match, and Cameroon's captain said the draw was fair. "
        "Nigeria top the group by two points.",
    ),
    _h(
        "r12-nm3",
        "a chief executive interviewed on a company's results",
        "The chief executive of the Indian airline IndiGo, Pieter Elbers, said on "
        "Thursday that the carrier would add 40 aircraft this year as passenger numbers "
        "kept rising. Speaking to Bloomberg Television, Elbers said demand for flights "
        "to the Gulf was especially strong. The airline's quarterly profit rose 18%. "
        "Its shares closed 3% higher in Mumbai.",
    ),
    _h(
        "r12-nm4",
        "an obituary; a former president and his successors named",
        "Former Ghanaian president Kufuor Mensah Addo, who led the country through "
        "its first peaceful handover of power, has died at the age of 91, his family "
        "said on Monday. Addo, a lawyer by training, served two terms in the 1990s. "
        "He later chaired a commission on West African integration. He is survived by "
        "his wife and five children.",
    ),
    # round 13 (helper-65, session 16): a paragraph or two of one story, everywhere:
    # people named once in full with no title and then by surname, pairs and camps
    # ('both sides', 'the two factions', 'the rival camps', 'both camps'), formal state
    # names acting as governments ('the Kingdom of', 'the Republic of', 'the State of'),
    # spokesmen and ministries, opposition parties and their leaders, provincial and city
    # authorities, rebels and militias by acronym, companies with no country, unions,
    # churches, victims and civilians as recipients, a transcript whose answer runs on
    # into a paragraph with no label, outlets that only interview, analysts and
    # witnesses who only speak
    _h(
        "r13-01",
        "Southern Africa: a runner-up named in full with no title, then by surname",
        "Lucas Mabunda, who came second in last month's presidential vote in "
        "Mozambique, called on his supporters on Monday to stay away from work for "
        "three days. Mabunda accused the ruling Frelimo party of stealing the "
        "election. Police in Maputo fired tear gas at hundreds of his supporters who "
        "had blocked the main road to the port. Frelimo's secretary-general said the "
        "party would not be intimidated.",
        ("11", "MOZOPP|MOZPTY|MOZELI", "MOZPTY|MOZGOV"),
        ("17|18|14", "MOZCOP", "MOZOPP|MOZCVL|MOZPTY"),
    ),
    _h(
        "r13-02",
        "Southeast Asia: two armies, 'both sides', the Kingdom of Cambodia acting",
        "Thai and Cambodian troops exchanged fire along a disputed stretch of their "
        "border early on Thursday, killing a Cambodian soldier, officials said. Both "
        "sides blamed each other for opening fire first. The Kingdom of Cambodia "
        "lodged a formal protest with Bangkok and recalled its ambassador. A Thai "
        "defence ministry spokesman, Surasant Kongsiri, said Thai forces had only "
        "returned fire after coming under attack.",
        ("19|18", "THAMIL|THA", "KHMMIL|KHM"),
        ("19|18", "KHMMIL|KHM", "THAMIL|THA"),
        ("11", "THAMIL|THAGOV|THA", "KHMMIL|KHMGOV|KHM"),
        ("11", "KHMMIL|KHMGOV|KHM", "THAMIL|THAGOV|THA"),
        ("11", "KHMGOV", "THAGOV|THA"),
        ("16", "KHMGOV", "THAGOV|THA"),
    ),
    _h(
        "r13-03",
        "Gulf: the State of Qatar pledges, its minister visits, a prime minister thanks",
        "The State of Qatar pledged $50 million on Tuesday to rebuild schools in "
        "southern Lebanon damaged in last year's fighting. The pledge was announced by "
        "Qatar's minister of state for foreign affairs, Mohammed Al-Khulaifi, during a "
        "visit to Beirut, where he met Lebanese Prime Minister Nawaf Salam. Salam "
        "thanked Doha for its support.",
        ("03|07", "QATGOV", "LBNGOV|LBN|LBNEDU"),
        ("04", "QATGOV", "LBNGOV"),
        ("05|01|04", "LBNGOV", "QATGOV"),
    ),
    _h(
        "r13-04",
        "West Africa: the Republic of Ghana signs, its minister and 'his counterpart'",
        "The Republic of Ghana on Wednesday signed a defence cooperation agreement with "
        "Togo that allows Ghanaian troops to pursue jihadist fighters across the "
        "border. The accord was signed in Lome by Ghana's defence minister and his "
        "Togolese counterpart. Togo's government spokesman said the two countries "
        "would also share intelligence on militant movements in the north.",
        ("05|06|03", "GHAGOV|GHAMIL", "TGOGOV|TGO"),
        ("05|06|03", "TGOGOV|TGOMIL", "GHAGOV|GHA"),
    ),
    _h(
        "r13-05",
        "East Asia: a transcript; the spokeswoman's answer runs on into unlabelled "
        "paragraphs",
        "Foreign Ministry Spokesperson Mao Ning's Regular Press Conference on May 20\n\n"
        "Reuters: The Philippines says a Chinese coast guard vessel fired a water "
        "cannon at one of its supply boats near Second Thomas Shoal on Sunday. Do you "
        "have a comment?\n\n"
        "Mao Ning: The Philippine vessel intruded into the waters adjacent to Ren'ai "
        "Jiao without China's permission. The China Coast Guard took necessary control "
        "measures in accordance with the law.\n\n"
        "We urge the Philippines to stop its provocations and respect China's "
        "sovereignty.\n\n"
        "Bloomberg: The Dutch government has blocked the export of more chip-making "
        "machines to China. How will China respond?\n\n"
        "Mao Ning: China firmly opposes the Netherlands' abuse of export controls.\n\n"
        "The Dutch side should correct its mistakes at once.",
        ("17|18|19", "CHN", "PHL"),
        ("02|10", "CHNGOV", "PHLGOV|PHL"),
        ("16|17", "NLDGOV", "CHN"),
        ("11|12|10", "CHNGOV", "NLDGOV|NLD"),
    ),
    _h(
        "r13-06",
        "Pacific: a minister speaking to a radio outlet, an embassy, an opposition party",
        "Fiji's home affairs minister, Jone Raiwalui, said on Tuesday that his "
        "government would not renew a policing agreement with China signed in 2011. "
        "Speaking to RNZ Pacific, Raiwalui said Fiji's police would instead train with "
        "officers from Australia and New Zealand. China's embassy in Suva said it "
        "regretted the decision and urged Fiji to honour its commitments. The "
        "opposition People's Unity Party welcomed the move.",
        ("16|12", "FJIGOV", "CHNGOV|CHN"),
        ("11|10", "CHNGOV", "FJIGOV|FJI"),
        ("05|01", "FJIOPP|FJIPTY", "FJIGOV"),
    ),
    _h(
        "r13-07",
        "Middle East: a rebel group's missile; its official told an outlet",
        "Yemen's Houthi rebels said on Friday they had fired a ballistic missile at "
        "the Israeli port of Eilat. The Israeli military said the missile was "
        "intercepted before it crossed into Israeli territory. Mohammed al-Bukhaiti, a "
        "senior Houthi official, told the BBC the group would keep attacking Israel "
        "until the war in Gaza ended.",
        ("19|20|18", "YEMREB", "ISR"),
        ("13", "YEMREB", "ISR"),
    ),
    _h(
        "r13-08",
        "South Asia: militants killed by troops while crossing from another country",
        "Pakistani security forces killed eight militants who tried to cross into the "
        "country from Afghanistan's Khost province overnight, the army said on "
        "Saturday. Two soldiers died in the gunfight in North Waziristan. Islamabad "
        "has repeatedly accused the Taliban government in Kabul of sheltering fighters "
        "of the Tehreek-e-Taliban Pakistan (TTP). Afghanistan's defence ministry denied "
        "the charge.",
        (
            "18|19|20",
            "PAKMIL|PAKCOP",
            "---REB|---UAF|---INS|PAKREB|PAKUAF|PAKINS|AFGREB|AFGUAF|AFGINS",
        ),
        ("11|12", "PAKGOV", "AFGGOV|AFGREB|AFG"),
    ),
    _h(
        "r13-09",
        "West Africa: unnamed gunmen kill villagers; a state governor, a church body",
        "Gunmen killed at least 14 villagers in an overnight raid on Bokkos district "
        "in Nigeria's Plateau State, local officials said on Monday. The state "
        "governor, Caleb Mutfwang, ordered security forces to hunt down the attackers "
        "and imposed a dusk-to-dawn curfew. The Christian Association of Nigeria "
        "condemned the killings and accused the federal government of failing to "
        "protect rural communities.",
        ("18|19|20", "NGAUAF|---UAF|NGAREB|---REB", "NGACVL"),
        ("17", "NGAGOV", "NGACVL|NGA|None"),
        ("11|12", "NGAREL", "NGAGOV"),
    ),
    _h(
        "r13-10",
        "South America: a provincial government sues the national one; a union strikes",
        "The provincial government of Buenos Aires sued Argentina's federal government "
        "on Thursday over cuts to school funding, saying the cuts broke the "
        "constitution. Governor Axel Kicillof said President Javier Milei was starving "
        "the province's schools to balance his budget. The national teachers' union "
        "CTERA called a 24-hour strike for next week.",
        ("11", "ARGGOV", "ARGGOV"),
        ("11|12", "ARGGOV", "ARGGOV"),
        ("14", "ARGLAB|ARGEDU", "ARGGOV|None"),
    ),
    _h(
        "r13-11",
        "Turkey: a city's officials detained, its mayor accuses the capital",
        "Turkish police detained dozens of officials of Istanbul's municipality in dawn "
        "raids on Wednesday as part of a corruption investigation. The city's mayor, "
        "Ekrem Imamoglu, called the raids a political operation ordered by Ankara. The "
        "main opposition Republican People's Party (CHP), to which Imamoglu belongs, "
        "said it would hold a rally outside city hall. Interior Minister Ali Yerlikaya "
        "said the investigation was a matter for the courts.",
        ("17", "TURCOP", "TURGOV|TUROPP|TURELI"),
        ("11|12", "TURGOV|TUROPP", "TURGOV"),
    ),
    _h(
        "r13-12",
        "Southern Africa: an opposition party by acronym, its leader, a police spokesman",
        "Zimbabwe's main opposition party, the Zimbabwe Democratic Front (ZDF), on "
        "Sunday accused police of abducting three of its activists in Harare ahead of "
        "a planned protest. The party's leader, Tapiwa Mashonga, demanded their "
        "immediate release. Police spokesman Paul Nyathi said the three had been "
        "arrested for inciting public violence and would appear in court on Monday.",
        ("11|12", "ZWEOPP|ZWEPTY", "ZWECOP"),
        ("10|02", "ZWEOPP|ZWEPTY", "ZWECOP|ZWEGOV"),
        ("17", "ZWECOP", "ZWEOPP|ZWEPTY|ZWECVL"),
    ),
    _h(
        "r13-13",
        "Myanmar: an ethnic armed group by acronym, the junta's air force, civilians",
        "The Arakan Army (AA), an ethnic armed group fighting Myanmar's military "
        "government, said on Monday it had captured a navy base near the town of "
        "Kyaukphyu in Rakhine State. The AA said more than 40 junta soldiers had "
        "surrendered. Myanmar's military did not comment, but state media said air "
        "force jets had bombed terrorist positions near the town. Residents said at "
        "least nine civilians were killed in the strikes.",
        ("19|20|18", "MMRREB", "MMRMIL|MMRGOV"),
        ("19|20|18", "MMRMIL|MMRGOV", "MMRREB"),
        ("18|19|20", "MMRMIL|MMRGOV", "MMRCVL"),
    ),
    _h(
        "r13-14",
        "Central Africa: separatists by a new acronym abduct a priest; a regional governor",
        "Separatist fighters of the Ambazonia Restoration Army (ARA) abducted a "
        "Catholic priest and two teachers in Cameroon's North-West region on Saturday, "
        "the diocese of Kumbo said. The ARA has ordered schools in the region to stay "
        "closed until its demands are met. The governor of the North-West region, "
        "Adolphe Lele Lafrique, condemned the abduction and said the army had launched "
        "an operation to free the hostages.",
        ("18|17", "CMRREB", "CMRREL|CMRCVL|CMREDU"),
        ("11", "CMRGOV", "CMRREB"),
    ),
    _h(
        "r13-15",
        "Southern Africa: a mine operator with no country, an agency, farmers, a union",
        "Brightwater Mining, the operator of the Kamoa North copper mine, suspended work "
        "at the site on Friday after Zambia's environment agency ordered it to stop "
        "dumping waste into the Kafue River. Farmers downstream have sued the company "
        "over the pollution. The Mine Workers Union of Zambia warned that 3,000 jobs "
        "were at risk and urged the government to let production resume.",
        ("17|16|10", "ZMBGOV|ZMBENV", "ZMBBUS|---BUS"),
        ("11", "ZMBAGR|ZMBCVL", "ZMBBUS|---BUS"),
        ("10|02", "ZMBLAB", "ZMBGOV"),
    ),
    _h(
        "r13-16",
        "Baltic: a terminal operator with no country signs with a foreign state company",
        "Nordvik Energy, which runs the only gas terminal in Lithuania's port of "
        "Klaipeda, signed a five-year supply deal with the Norwegian state company "
        "Equinor on Monday. Lithuanian Energy Minister Zygimantas Vaiciunas said the "
        "deal would end the Baltic states' last dependence on Russian gas. Russia's "
        "Gazprom said it had no comment.",
        ("05|06|03", "LTUBUS|---BUS", "NORBUS|NOR"),
        ("05|06|03", "NORBUS|NOR", "LTUBUS|---BUS"),
    ),
    _h(
        "r13-17",
        "Central America: a priest named in full then by surname; a government's expulsions",
        "Police in Nicaragua detained a Catholic priest, Eliseo Bonilla, after he "
        "criticised the government of President Daniel Ortega in a Sunday sermon, his "
        "parish said. Bonilla had called on the authorities to free political "
        "prisoners. The Vatican said it was following the case with concern. The "
        "Ortega government expelled more than 100 priests last year.",
        ("17", "NICCOP|NICGOV", "NICREL"),
        ("11|12", "NICREL", "NICGOV"),
        ("02|10", "NICREL", "NICGOV"),
        ("17|16", "NICGOV", "NICREL"),
    ),
    _h(
        "r13-18",
        "Sudan: a paramilitary by acronym shells a camp; the UN; the group accuses the army",
        "Sudan's paramilitary Rapid Support Forces (RSF) shelled a displacement camp "
        "near El Fasher on Sunday, killing at least 20 people, including children, the "
        "United Nations said. The UN's humanitarian coordinator for Sudan said the "
        "attack on civilians was appalling. The RSF denied targeting the camp and "
        "accused the army of using displaced people as human shields.",
        ("19|18|20", "SDNREB|SDNMIL|SDNUAF", "SDNREF|SDNCVL"),
        ("11", "IGOUNO", "SDNREB|SDNMIL|SDNUAF"),
        ("11|12", "SDNREB|SDNUAF", "SDNMIL"),
    ),
    _h(
        "r13-19",
        "East Africa: police shoot protesters; a rights group; protesters burn a station",
        "Security forces in Kenya shot dead two protesters in the town of Kitengela "
        "during demonstrations against a proposed finance bill, rights groups said on "
        "Tuesday. Amnesty International Kenya said officers had used live ammunition "
        "against unarmed demonstrators. Interior Cabinet Secretary Kipchumba Murkomen "
        "said police had acted in self-defence after protesters set a police station "
        "on fire.",
        ("17|18|19|20", "KENCOP|KENMIL|KENGOV", "KENCVL|KENOPP"),
        ("11|12", "NGO|KENNGO|KENHRI|---NGO", "KENCOP|KENGOV|KENMIL"),
        ("14|17|18|20", "KENCVL|KENOPP", "KENCOP|KENGOV"),
    ),
    _h(
        "r13-20",
        "Iran: a spokesman condemns sanctions, an analyst speaks, ambassadors summoned",
        "Iran's foreign ministry spokesman, Esmaeil Baghaei, on Monday condemned new "
        "European sanctions on Iranian shipping companies as illegal. The European "
        "Union imposed the measures last week over Iran's supply of missiles to "
        'Russia. "The sanctions are largely symbolic," said Ali Vaez, an analyst at '
        "the International Crisis Group. Tehran summoned the ambassadors of Germany, "
        "France and Britain.",
        ("11", "IRNGOV", "IGOEUR"),
        ("16|17", "IGOEUR", "IRNBUS|IRN"),
        ("11|16|04|10", "IRNGOV", "DEUGOV|DEU|FRAGOV|FRA|GBRGOV|GBR"),
    ),
    _h(
        "r13-21",
        "North Africa: two armed factions in a capital, 'the two factions', 'both sides'",
        "Clashes between two armed factions in the Libyan capital, Tripoli, killed at "
        "least six people on Monday night, the health ministry said. The fighting "
        "pitted the Radaa force, which controls the city's main airport, against the "
        "444 Brigade. The two factions agreed to a ceasefire on Tuesday after mediation "
        "by elders from the city of Misrata. The UN mission in Libya urged both sides "
        "to protect civilians.",
        ("19|18", "LBYMIL|LBYREB|LBYUAF", "LBYMIL|LBYREB|LBYUAF"),
        ("05|08|03|04", "LBYMIL|LBYREB|LBYUAF", "LBYMIL|LBYREB|LBYUAF"),
        ("02|10", "IGOUNO", "LBYMIL|LBYREB|LBYUAF"),
    ),
    _h(
        "r13-22",
        "South Sudan: troops loyal to two leaders, 'both camps', 'the rival camps'",
        "Fighting broke out in South Sudan's Upper Nile State on Friday between troops "
        "loyal to President Salva Kiir and forces allied to his first vice president, "
        "Riek Machar. Both camps accused the other of attacking first. The African "
        "Union's Peace and Security Council called on the rival camps to return to the "
        "2018 peace deal. Machar's spokesman, Puok Both Baluang, said government troops "
        "had shelled civilian areas.",
        ("19", "SSDMIL|SSDGOV", "SSD"),
        ("19", "SSD", "SSDMIL|SSDGOV"),
        ("11|12", "SSDMIL|SSDGOV", "SSD"),
        ("11|12", "SSD", "SSDMIL|SSDGOV"),
        ("02|10", "IGOAFRAFU|IGOAFR", "SSD"),
        ("19|18|20", "SSDMIL|SSDGOV", "SSDCVL"),
    ),
    _h(
        "r13-23",
        "Europe: a ministry summons an ambassador, its spokesman speaks, an embassy rejects",
        "Germany's foreign ministry summoned Russia's ambassador on Thursday over a "
        "cyberattack on the headquarters of the Social Democratic Party that Berlin "
        'blamed on Russian military intelligence. "We will not tolerate such attacks '
        "on our democracy,\" a ministry spokesman told reporters. Russia's embassy "
        "rejected the accusations as unfounded.",
        ("11|16|04|10", "DEUGOV", "RUSGOV|RUS"),
        ("11|12", "DEUGOV", "RUSSPY|RUSMIL|RUS"),
        ("12|11", "RUSGOV", "DEUGOV|DEU"),
    ),
    _h(
        "r13-24",
        "Nile: a foreign ministry speaks for its government and threatens",
        "Egypt's foreign ministry said on Sunday that Ethiopia's decision to begin the "
        "fifth filling of the Grand Ethiopian Renaissance Dam without an agreement "
        "violated international law. Cairo would take all measures to defend its "
        "water security, the ministry said in a statement. Ethiopia's water minister, "
        "Habtamu Itefa, said the filling harmed no one downstream.",
        ("11|12", "EGYGOV", "ETHGOV|ETH"),
        ("13", "EGYGOV", "ETHGOV|ETH"),
    ),
    _h(
        "r13-25",
        "Belarus: prisoners released, a journalist named then by surname, an exiled leader",
        "Belarusian authorities released 16 political prisoners on Wednesday, "
        "including the journalist Ihar Losik, in what exiled opposition leader "
        "Sviatlana Tsikhanouskaya called a cynical bargaining move. Losik, who had "
        "spent more than five years in prison, crossed into Lithuania with his wife. "
        "The US State Department welcomed the releases and called on Minsk to free the "
        "more than 1,100 political prisoners it still holds.",
        ("08|07|05", "BLRGOV", "BLROPP|BLRMED|BLRCVL|BLRHRI"),
        ("11|12", "BLROPP", "BLRGOV"),
        ("05|01", "USAGOV", "BLRGOV|BLR"),
        ("02|10", "USAGOV", "BLRGOV|BLR"),
    ),
    _h(
        "r13-26",
        "Oceania: a nurses' union by acronym strikes, a health agency, the minister",
        "Thousands of nurses went on strike across New Zealand on Tuesday after pay "
        "talks with the government broke down. The New Zealand Nurses Organisation "
        "(NZNO) said Health New Zealand had offered a 0.5% raise, well below inflation. "
        "Health Minister Simeon Brown said the union's demands were unaffordable and "
        "urged it to return to the table.",
        ("14", "NZLLAB|NZLHLH", "NZLGOV|None"),
        ("12|11", "NZLGOV", "NZLLAB|NZLHLH"),
        ("02|10", "NZLGOV", "NZLLAB|NZLHLH"),
    ),
    _h(
        "r13-27",
        "Gulf: the State of Kuwait revokes citizenships; a rights group; a former MP "
        "speaks to an outlet",
        "The State of Kuwait on Monday revoked the citizenship of 1,200 people, "
        "including a former member of parliament, the official gazette said. Amnesty "
        "International said the mass revocations risked leaving hundreds stateless. "
        "The former lawmaker, Musallam al-Barrak, told Al Jazeera he would challenge "
        "the decision in court.",
        ("17|16", "KWTGOV", "KWTCVL|KWTELI|KWTLEG|KWTOPP"),
        ("11|12", "NGO", "KWTGOV"),
    ),
    _h(
        "r13-28",
        "Europe and West Africa: the Kingdom of the Netherlands returns looted bronzes",
        "The Kingdom of the Netherlands handed over 119 Benin Bronzes to Nigeria at a "
        "ceremony in Leiden on Wednesday, more than a century after British soldiers "
        "looted them from the royal palace in Benin City. Nigeria's culture minister, "
        "Hannatu Musawa, thanked the Dutch government and said the objects would go to "
        "a new museum in Edo State.",
        ("07|08|05", "NLDGOV", "NGAGOV|NGA"),
        ("05|01", "NGAGOV", "NLDGOV|NLD"),
    ),
    _h(
        "r13-29",
        "Andes: a legislature suspends a prosecutor; an opposition leader with no title",
        "Peru's Congress voted on Thursday to remove Attorney General Delia Espinoza "
        "from office for six months, accusing her of abusing her powers. Espinoza, who "
        "had opened investigations into several lawmakers, called the vote an act of "
        "revenge. Keiko Fujimori, whose Popular Force party led the push for her "
        "suspension, said the prosecutor had used her office to persecute the "
        "opposition.",
        ("17|16|11", "PERLEG", "PERJUD"),
        ("11|12", "PERJUD", "PERLEG"),
        ("11|12", "PEROPP|PERPTY|PERLEG|PERELI", "PERJUD"),
    ),
    _h(
        "r13-30",
        "South Asia: a former ruling party by acronym, arrests, a provincial government",
        "Pakistan's former ruling party, Pakistan Tehreek-e-Insaf (PTI), said on Sunday "
        "that police had arrested more than 200 of its supporters in Lahore to stop a "
        "rally demanding the release of its founder, Imran Khan. Punjab's provincial "
        "information minister, Azma Bokhari, said the rally had no permit. The PTI "
        "accused the Punjab government of crushing peaceful dissent.",
        ("17", "PAKCOP", "PAKOPP|PAKPTY"),
        ("11|12", "PAKOPP|PAKPTY", "PAKGOV"),
    ),
    _h(
        "r13-31",
        "Central Europe: a capital's mayor defies a ban; police ban, a minister warns",
        "The mayor of Budapest, Gergely Karacsony, said on Monday the city would hold "
        "the annual Pride march despite a police ban, calling it a municipal event that "
        "needed no permit. Hungary's police banned the march last week under a new law "
        "on child protection. Justice Minister Bence Tuzson warned that organisers "
        "could face up to a year in prison.",
        ("17|12", "HUNCOP|HUNGOV", "HUNCVL|HUNGOV|None"),
        ("13", "HUNGOV", "HUNCVL|HUNGOV|None"),
    ),
    _h(
        "r13-32",
        "Gulf: the Kingdom of Bahrain sentences a cell; Tehran's spokesman rejects",
        "The Kingdom of Bahrain sentenced 12 people to life in prison on Tuesday for "
        "forming a terrorist cell linked to Iran's Revolutionary Guards, the public "
        "prosecution said. Tehran's foreign ministry spokesman called the verdicts "
        "baseless and politically motivated. Bahrain's interior ministry said the cell "
        "had planned attacks on security forces.",
        ("17|11", "BHRJUD|BHRGOV", "BHRCVL|BHRREB|BHRUAF|---REB|---UAF|BHR"),
        ("11|12", "IRNGOV", "BHRJUD|BHRGOV|BHR"),
    ),
    _h(
        "r13-33",
        "Indonesia: separatist rebels by acronym kill teachers; a regent; the military",
        "Police in Indonesia's Central Papua province said on Friday that separatist "
        "rebels of the West Papua National Liberation Army (TPNPB) had shot dead two "
        "teachers in the Puncak regency. TPNPB spokesman Sebby Sambom said the victims "
        "were spies working for the military, a claim the regional government denied. "
        "The Indonesian military said troops had killed three rebels in a gunfight the "
        "next day.",
        ("18|19|20", "IDNREB", "IDNEDU|IDNCVL"),
        ("18|19|20", "IDNMIL", "IDNREB"),
    ),
    _h(
        "r13-34",
        "North Africa: an ambassador recalled, a ministry's statement, a front seeking "
        "independence",
        "Algeria recalled its ambassador to France on Tuesday after Paris backed "
        "Morocco's autonomy plan for Western Sahara. Algeria's foreign ministry said "
        "France had taken the decision in disregard of international law. The "
        "Polisario Front, which seeks independence for the territory, accused France of "
        "siding with the occupier.",
        ("16|11", "DZAGOV|DZA", "FRAGOV|FRA"),
        ("11|12", "DZAGOV", "FRAGOV|FRA"),
        ("11|12", "ESHREB|MARREB|DZAREB|---REB|NAFREB", "FRAGOV|FRA"),
        ("05|03|01", "FRAGOV", "MARGOV|MAR"),
    ),
    _h(
        "r13-35",
        "Ukraine: an intelligence chief tells an outlet; shelling of a city; a governor",
        "Ukraine's military intelligence chief, Kyrylo Budanov, told the BBC on Friday "
        "that Russia was preparing a new offensive in the Zaporizhzhia region. Russian "
        "forces shelled the city of Zaporizhzhia overnight, killing three people, the "
        "regional governor, Ivan Fedorov, said. Moscow's defence ministry said its "
        "forces had struck Ukrainian military targets.",
        ("19|18|20", "RUSMIL|RUS", "UKRCVL|UKR"),
        ("19|18", "RUSMIL|RUS", "UKRMIL|UKR"),
    ),
    _h(
        "r13-36",
        "Caucasus: an opposition leader named in full with no title; a ruling party; "
        "the EU",
        "Georgian police detained Nika Melia, a leader of the opposition Coalition for "
        "Change, during a protest outside parliament in Tbilisi on Thursday night, his "
        "party said. Melia had joined thousands of demonstrators demanding new "
        "elections. The ruling Georgian Dream party said the protesters had tried to "
        "storm the building. The European Union's foreign policy chief called on the "
        "Georgian authorities to stop the crackdown.",
        ("17", "GEOCOP", "GEOOPP"),
        ("14|10", "GEOOPP|GEOCVL", "GEOGOV|GEOLEG|None"),
        ("11|12", "GEOPTY|GEOGOV", "GEOOPP|GEOCVL"),
        ("02|10", "IGOEUR", "GEOGOV|GEOCOP|GEO"),
    ),
    _h(
        "r13-37",
        "Caribbean: a gang coalition attacks a town; a foreign-led police mission",
        "Gangs of the Viv Ansanm coalition attacked the town of Mirebalais in central "
        "Haiti on Monday, freeing more than 500 inmates from its prison, the national "
        "police said. Kenyan police officers of the multinational security mission "
        "helped Haitian police retake the town's police station on Tuesday. Haiti's "
        "transitional presidential council declared a state of emergency in the Centre "
        "department.",
        ("19|18|20", "HTICRM|HTIREB|HTIUAF|---CRM", "HTI"),
        ("19", "HTICOP|KENCOP|IGO", "HTICRM|HTIREB|HTIUAF|---CRM"),
    ),
    _h(
        "r13-38",
        "Taiwan Strait: a coast guard drives off ships; an office speaks for a president",
        "Taiwan's coast guard said on Wednesday it had driven away four Chinese coast "
        "guard ships that entered restricted waters off the island of Kinmen. China's "
        "Taiwan Affairs Office said the patrols were lawful and that Kinmen's waters "
        "belonged to China. President Lai Ching-te's office urged Beijing to stop its "
        "harassment.",
        ("17|19|13|15", "TWNMIL|TWNGOV|TWNCOP", "CHN"),
        ("02|10", "TWNGOV", "CHNGOV|CHN"),
    ),
    _h(
        "r13-nm1",
        "a market fire; a trader as a witness, a fire service that only explains",
        "Fire tore through the main market in the Ghanaian city of Kumasi on Sunday, "
        'destroying hundreds of stalls. "The flames were taller than the buildings," '
        "said Akosua Mensah, a trader who watched from across the road. Mensah said she "
        "had lost stock worth two years of savings. The Ghana National Fire Service said "
        "the blaze was probably started by an electrical fault. No one was hurt.",
    ),
    _h(
        "r13-nm2",
        "oil prices; an analyst named in full, a bank's forecast",
        "Brent crude rose 2% on Monday to its highest level in five months as traders "
        'weighed the risk of supply disruptions in the Middle East. "The market is '
        'pricing in a lot of fear," said Tamara Volkova, an energy analyst at Saxo '
        "Bank in Copenhagen. Volkova said prices could ease if shipping through the "
        "Red Sea returned to normal. Analysts at Goldman Sachs raised their forecast "
        "for the average price this year to $88 a barrel.",
    ),
    _h(
        "r13-nm3",
        "a prize-winning novelist named in full then by surname, speaking to an outlet",
        "The Kenyan novelist Wanjiru Kamau, whose debut book won the Caine Prize on "
        "Monday, told the BBC she wrote most of it on buses between Nairobi and "
        "Mombasa. Kamau, 34, said she would use the $10,000 prize to start a writing "
        "school in Kisumu. The judges called the book a bold, funny portrait of a city.",
    ),
    _h(
        "r13-nm4",
        "a boat race; 'both sides' and 'the two crews' in sport",
        "Cambridge won the Boat Race on the Thames on Sunday, beating Oxford by three "
        "lengths. Both sides had trained on the river for six months. The two crews "
        "shook hands under Chiswick Bridge after the finish. Oxford's coach said his "
        "rowers had been ill all week.",
    ),
    _h(
        "r13-nm5",
        "a storm; a fisherman named in full then by surname, a weather bureau",
        "Tropical Storm Trami flooded large parts of the Philippine province of Albay "
        'on Thursday, forcing 40,000 people from their homes. "The water came up to '
        'the roof in an hour," said Rodel Banez, a fisherman in the town of Libon. '
        "Banez said he had lost his boat and his nets. The weather bureau said the "
        "storm would leave the country by Saturday.",
    ),
    # round 14 (helper-71, session 17): a paragraph or two of one story, everywhere:
    # collective names ('the Europeans', 'Western powers', 'Gulf states', 'Southeast
    # Asian leaders', 'West Africa's leaders'), 'each side blamed the other', 'a
    # delegation led by X', 'X's envoy', 'officials in Y' (a capital standing for its
    # government), ministries named in full, local bodies (a county assembly, a district
    # commissioner, municipal police, a city council), people named once in full with
    # no title and then by surname, a title that comes a sentence later, victims and
    # civilians as recipients, companies and operators with no country, and outlets,
    # analysts and witnesses who only speak
    _h(
        "r14-01",
        "Europe and Iran: 'the Europeans' after three countries named",
        "Iran's foreign minister met his counterparts from France, Germany and Britain "
        "in Geneva on Friday for talks on Tehran's nuclear programme. The Europeans "
        "urged Iran to restore full access for UN inspectors within a month. Iranian "
        "officials said the demand was unacceptable and warned that Tehran could cut "
        "its cooperation further. The talks ended without an agreement, diplomats said.",
        ("04", "IRNGOV", "FRAGOV|FRA|DEUGOV|DEU|GBRGOV|GBR|EUR"),
        ("10|02", "EUR|FRAGOV|FRA|DEUGOV|DEU|GBRGOV|GBR", "IRNGOV|IRN"),
        ("12|13", "IRNGOV", "EUR|FRAGOV|FRA|DEUGOV|DEU|GBRGOV|GBR"),
    ),
    _h(
        "r14-02",
        "Gulf and Yemen: a delegation led by a minister, 'Gulf states', a rebel negotiator",
        "A delegation led by Oman's foreign minister, Badr Albusaidi, arrived in Sanaa "
        "on Sunday for talks with Houthi leaders on a prisoner exchange. Gulf states "
        "have pressed both Yemen's government and the Houthis to extend a truce that "
        "has largely held since 2022. The Houthis' chief negotiator, Mohammed "
        "Abdulsalam, said the group was ready to free all the detainees it holds in "
        "exchange for its own fighters.",
        ("04", "OMNGOV", "YEMREB"),
        ("10|02", "PGS", "YEMGOV|YEMREB"),
        ("03|08", "YEMREB", "YEMGOV|YEMMIL|None"),
    ),
    _h(
        "r14-03",
        "Sudan: 'Washington's envoy' meets the army; a paramilitary by acronym",
        "Washington's envoy to Sudan, Tom Perriello, met leaders of the Sudanese army "
        "in Port Sudan on Tuesday to press for a return to ceasefire talks in Jeddah. "
        "The army's commander, General Abdel Fattah al-Burhan, told the envoy his forces "
        "would not negotiate while the Rapid Support Forces occupied civilian homes. "
        "The RSF said in a statement that it was ready to attend the talks.",
        ("04", "USAGOV", "SDNMIL"),
        ("10|02", "USAGOV", "SDNMIL"),
        ("12|16", "SDNMIL", "SDNREB|SDNUAF|SDNMIL|USAGOV"),
        ("03", "SDNREB|SDNUAF|SDNMIL", "SDNMIL|None"),
    ),
    _h(
        "r14-04",
        "Caucasus: 'officials in Baku', 'Yerevan denied', two capitals negotiating",
        "Officials in Baku said on Wednesday that Armenian forces had fired on "
        "Azerbaijani positions near the border village of Sofulu overnight. Yerevan "
        "denied the accusation and said its troops had not opened fire. The European "
        "Union's monitoring mission in Armenia said it was looking into the reports. "
        "Baku and Yerevan have been negotiating a peace treaty for more than two years.",
        ("11|12", "AZEGOV", "ARMMIL|ARM"),
        ("19|18", "ARMMIL|ARM", "AZEMIL|AZE"),
        # (a denial of an accusation is CAMEO 016, its target the accuser: corrected
        # after the first run from "12|11", which CAMEO's usage notes rule out)
        ("01|12|11", "ARMGOV|ARM", "AZEGOV|AZE"),
        ("04|03", "AZEGOV|AZE", "ARMGOV|ARM"),
        ("04|03", "ARMGOV|ARM", "AZEGOV|AZE"),
    ),
    _h(
        "r14-05",
        "Mediterranean: a ministry named in full with no country, a coast guard, a charity",
        "The Ministry of Foreign Affairs and International Cooperation said on Monday "
        "it had summoned Tunisia's ambassador in Rome after a Tunisian coast guard "
        "vessel rammed a migrant boat off Sfax, killing four people. Tunisia's National "
        "Guard, which runs the coast guard, said the boat had capsized on its own. "
        "Sea-Watch, a German charity that operates rescue ships in the area, accused "
        "the Tunisian crew of beating survivors.",
        ("16|11|10", "ITAGOV", "TUNGOV|TUN"),
        ("18|19|20", "TUNCOP|TUNMIL|TUNGOV", "---CVL|---REF|TUNCVL|TUNREF|None"),
        ("11|12", "DEUNGO|NGO|---NGO", "TUNCOP|TUNMIL|TUNGOV"),
    ),
    _h(
        "r14-06",
        "East Africa: a county assembly impeaches its governor; an anti-graft commission",
        "Members of the Kiambu County Assembly, on the outskirts of Kenya's capital, "
        "voted on Tuesday to impeach Governor Kimani Wamatangi, accusing him of "
        "misusing funds meant for rural roads. Wamatangi said the vote was illegal and "
        "that he would challenge it in the High Court. The Ethics and Anti-Corruption "
        "Commission said last month it had frozen bank accounts linked to the governor.",
        ("17|16|11", "KENLEG", "KENGOV"),
        ("11|12", "KENGOV", "KENLEG"),
        ("17|16", "KENGOV|KENJUD", "KENGOV"),
    ),
    _h(
        "r14-07",
        "East Africa: a district commissioner, herders protest, police detain, a rights "
        "centre",
        "Maasai herders blocked the road to the Ngorongoro crater in northern Tanzania on "
        "Thursday to protest against government plans to move them out of the "
        "conservation area. The district commissioner, Kanali Mwanziva, ordered their "
        "arrest, and police detained 27 herders, a local rights group said. The Legal "
        "and Human Rights Centre accused the government of forcing the Maasai from "
        "their ancestral land.",
        ("14", "TZAAGR|TZACVL|TZAETH|TZA", "TZAGOV|None"),
        ("17", "TZACOP|TZAGOV", "TZAAGR|TZACVL|TZAETH|TZA"),
        ("11|12", "TZAHRI|TZANGO|NGO", "TZAGOV"),
    ),
    _h(
        "r14-08",
        "Mexico: municipal police and a cartel cell in a shootout; a state prosecutor",
        "Municipal police in the Mexican city of Culiacan arrested six members of a "
        "cartel cell on Saturday after a shootout that left two officers dead, the "
        "Sinaloa state prosecutor's office said. The state's governor, Ruben Rocha "
        "Moya, said federal troops would reinforce patrols in the city. The cartel "
        "has not commented.",
        ("17", "MEXCOP", "MEXCRM"),
        ("19|18", "MEXCRM", "MEXCOP"),
        ("19", "MEXCOP", "MEXCRM"),
    ),
    _h(
        "r14-09",
        "Bangladesh: a student leader named in full with no title, then by surname",
        "Rafiqul Hasan Nayem, who led the student protests that toppled Bangladesh's "
        "government last year, was arrested in Dhaka on Thursday. Nayem's party, the "
        "National Citizen Party, said police had taken him from his home at dawn and "
        "called on the interim government to release him. The Dhaka Metropolitan "
        "Police said he was wanted for inciting violence at a rally in March.",
        ("17", "BGDCOP", "BGDOPP|BGDPTY|BGDEDU|BGDCVL"),
        ("10|02", "BGDPTY|BGDOPP", "BGDGOV"),
    ),
    _h(
        "r14-10",
        "Southern Africa: a minister whose title comes a sentence later",
        "Andile Mthembu accused Rwanda on Monday of arming the M23 rebels who killed 14 "
        "South African peacekeepers in eastern Congo last month. Mthembu, South "
        "Africa's defence minister, told parliament in Cape Town that Pretoria would "
        "not withdraw its troops from Goma. Rwanda's government spokeswoman, Yolande "
        "Makolo, called the accusation baseless.",
        ("11|12", "ZAFGOV|ZAFMIL", "RWAGOV|RWA"),
        ("19|18|20", "CODREB|CODINS|---REB|---INS|RWAREB|RWAINS", "ZAFMIL"),
        ("01|11|12", "RWAGOV", "ZAFGOV|ZAFMIL|ZAF"),  # (016: corrected, see r14-04)
    ),
    _h(
        "r14-11",
        "Pakistan: a suicide bomber, worshippers as victims, a police chief, a premier",
        "A suicide bomber killed at least 11 worshippers at a Shia mosque in the "
        "northwestern Pakistani town of Hangu during Friday prayers, police said. No "
        "group claimed the attack, but the provincial police chief, Akhtar Hayat "
        "Gandapur, said suspicion fell on the Islamic State's local branch. Pakistan's "
        "prime minister condemned the bombing and ordered an inquiry.",
        ("18|19|20", "PAKUAF|---UAF|PAKINS|---INS|PAKREB|---REB", "PAKCVL|PAKREL"),
        ("11", "PAKGOV", "PAKUAF|---UAF|PAKINS|---INS|PAKREB|---REB|None"),
    ),
    _h(
        "r14-12",
        "Congo: a mine operator with no country, a royalty dispute, a minister accuses",
        "Veltria Holdings, the operator of the Ruashi cobalt mine in southern Congo, "
        "suspended exports on Wednesday after the government in Kinshasa doubled the "
        "royalty on cobalt. The company said it would take the dispute to international "
        "arbitration. Congo's mines minister, Kizito Pakabomba, said the new rate was "
        "fair and accused foreign miners of hiding their profits.",
        ("16|12", "CODBUS|---BUS", "CODGOV"),
        ("11|03", "CODBUS|---BUS", "CODGOV"),
        ("11|12", "CODGOV", "---BUS|CODBUS"),
    ),
    _h(
        "r14-13",
        "Chile: a senate rejects a nominee; an academic and a newspaper only speak",
        "Chile's Senate on Tuesday rejected President Gabriel Boric's nominee for "
        "national prosecutor, the second time in a year that lawmakers have blocked his "
        "choice. Opposition senators accused the nominee, Maria Jose Vergara, of close "
        'ties to the ruling coalition. "It is a serious setback for the government," '
        "said Claudio Fuentes, a political scientist at Diego Portales University. The "
        "newspaper El Mercurio reported that Boric would name a new candidate next week.",
        ("12|16", "CHLLEG", "CHLGOV|CHLJUD"),
        ("11|12", "CHLLEG|CHLOPP", "CHLJUD|CHLGOV|CHLELI|CHL"),
    ),
    _h(
        "r14-14",
        "Ethiopia: troops and a militia, 'each side blamed the other', a neighbour accused",
        "Fighting between federal troops and Fano militiamen in Ethiopia's Amhara region "
        "killed at least 30 people in the town of Debre Markos this week, residents "
        "said. Each side blamed the other for the deaths of civilians. Ethiopia's "
        "federal government accused Eritrea of arming the militia, a charge Asmara "
        "rejected.",
        ("19", "ETHMIL", "ETHREB|ETHUAF|ETHINS"),
        ("19", "ETHREB|ETHUAF|ETHINS", "ETHMIL"),
        ("11|12", "ETHMIL|ETHGOV", "ETHREB|ETHUAF|ETHINS"),
        ("11|12", "ETHREB|ETHUAF|ETHINS", "ETHMIL|ETHGOV"),
        ("11|12", "ETHGOV", "ERIGOV|ERI"),
        ("01|12|11", "ERIGOV|ERI", "ETHGOV|ETH"),  # (016: corrected, see r14-04)
    ),
    _h(
        "r14-15",
        "Sahel: 'Western powers' condemn a junta's expulsion of an aid body's head",
        "Western powers on Thursday condemned Niger's military government for expelling "
        "the head of the International Committee of the Red Cross delegation in "
        "Niamey. The junta accused the ICRC of secret contacts with jihadist groups and "
        "gave its foreign staff 72 hours to leave the country. The ICRC said it "
        "regretted the decision and would keep helping people displaced by the fighting.",
        ("11", "WST", "NERMIL|NERGOV"),
        ("17|16", "NERMIL|NERGOV", "NGOICR|NGO"),
        ("11|12", "NERMIL|NERGOV", "NGOICR|NGO"),
    ),
    _h(
        "r14-16",
        "West Africa: 'West Africa's leaders' at a summit appeal to three juntas",
        "West Africa's leaders agreed at a summit in Abuja on Sunday to set up a "
        "standby force of 5,000 troops to fight jihadists in the Sahel. The bloc's "
        "commission president, Omar Touray, said member states would pay for it. The "
        "leaders also urged Mali, Burkina Faso and Niger, which quit the Economic "
        "Community of West African States last year, to come back.",
        ("10|02", "IGOWAF|WAF|AFR", "MLIGOV|MLIMIL|MLI"),
        ("10|02", "IGOWAF|WAF|AFR", "BFAGOV|BFAMIL|BFA"),
        ("10|02", "IGOWAF|WAF|AFR", "NERGOV|NERMIL|NER"),
    ),
    _h(
        "r14-17",
        "Gaza: 'a Hamas delegation led by' its negotiator meets Egyptian intelligence",
        "A Hamas delegation led by its chief negotiator, Khalil al-Hayya, held talks "
        "with Egyptian intelligence officials in Cairo on Saturday on a new ceasefire "
        "proposal for Gaza. The Egyptian state-linked channel Al-Qahera News said the "
        "delegation had handed over its response to the proposal. Israel's prime "
        "minister's office said it would send a team to Cairo only if Hamas agreed to "
        "free more hostages.",
        ("04", "PSEREB|PSE", "EGYSPY|EGYGOV|EGY"),
        ("04", "EGYSPY|EGYGOV|EGY", "PSEREB|PSE"),
        ("03|10|13", "ISRGOV", "PSEREB|PSE|EGYGOV|EGY|None"),
    ),
    _h(
        "r14-18",
        "Afghanistan: 'officials in Kabul' reject a UN mission's report on floggings",
        "The UN Assistance Mission in Afghanistan said on Monday that Taliban authorities "
        "had publicly flogged more than 60 people in the past three months, including "
        "women accused of leaving home without a male relative. The mission urged the "
        "authorities to end corporal punishment. Officials in Kabul rejected the report "
        "as interference in the country's internal affairs.",
        ("17|18", "AFGGOV|AFGJUD|AFGREB|AFG", "AFGCVL|AFG"),
        ("10|02", "IGOUNO", "AFGGOV|AFGREB|AFG"),
        ("12|11", "AFGGOV|AFGREB|AFG", "IGOUNO"),
    ),
    _h(
        "r14-19",
        "UN: 'Moscow's envoy' accuses two countries; another envoy answers",
        "Moscow's envoy to the United Nations, Vassily Nebenzia, accused Britain and "
        "France on Wednesday of blocking a Security Council statement on attacks on "
        "Russian-held areas of Ukraine. Britain's deputy ambassador, James Kariuki, said "
        "Russia was using the council to spread disinformation. Diplomats said talks on "
        "a text would continue next week.",
        ("11|12", "RUSGOV", "GBRGOV|GBR"),
        ("11|12", "RUSGOV", "FRAGOV|FRA"),
        ("11|12", "GBRGOV", "RUSGOV|RUS"),
    ),
    _h(
        "r14-20",
        "Japan and China: an agency seizes a boat, a foreign ministry demands, an owner",
        "Japan's Fisheries Agency seized a Chinese fishing boat off Nagasaki on Tuesday "
        "and arrested its captain for fishing illegally inside Japan's exclusive "
        "economic zone. China's foreign ministry demanded his immediate release. The "
        "boat's owner, a company based in Fujian province, said the vessel had strayed "
        "because of bad weather.",
        ("17", "JPNGOV", "CHN"),
        ("10|02", "CHNGOV", "JPNGOV|JPN"),
    ),
    _h(
        "r14-21",
        "Brazil: a city council takes a state government to court; federal police arrest",
        "The city council of Porto Alegre voted on Monday to take the state government "
        "of Rio Grande do Sul to court over flood relief funds it says were never paid. "
        "The state's governor, Eduardo Leite, said the money had been sent months ago "
        "and accused the council of playing politics. Brazil's Federal Police said "
        "separately that they had arrested two city officials suspected of diverting "
        "donations meant for flood victims.",
        ("11", "BRALEG|BRAGOV", "BRAGOV"),
        ("11|12", "BRAGOV", "BRALEG|BRAGOV"),
        ("17", "BRACOP", "BRAGOV"),
    ),
    _h(
        "r14-22",
        "Moldova: a court bans a party; its leader vows a protest; Moscow's spokeswoman",
        "Moldova's Constitutional Court on Thursday banned the pro-Russian Revival party "
        "from running in next month's parliamentary election, ruling that it had been "
        "funded illegally from Moscow. The party's leader, Vasile Costiuc, called the "
        "decision political and said his supporters would protest outside the court on "
        "Friday. Russia's foreign ministry spokeswoman, Maria Zakharova, accused "
        "Chisinau of destroying democracy.",
        ("17|16", "MDAJUD", "MDAPTY|MDAOPP"),
        ("14|11|12", "MDAPTY|MDAOPP", "MDAJUD"),
        ("11|12", "RUSGOV", "MDAGOV|MDA|MDAJUD"),
    ),
    _h(
        "r14-23",
        "Southeast Asia: 'Southeast Asian leaders' appeal to a junta; a chair will visit",
        "Southeast Asian leaders meeting in Kuala Lumpur on Sunday called on Myanmar's "
        "military government to extend a ceasefire declared after last month's "
        "earthquake and to let aid reach rebel-held areas. The junta's spokesman, Zaw "
        "Min Tun, said the army would hold fire unless it was attacked. Malaysia's prime "
        "minister, Anwar Ibrahim, who chairs the bloc this year, said he would travel "
        "to Naypyitaw next month.",
        ("10|02", "SEA|IGOSEAASN|IGOSEA", "MMRMIL|MMRGOV"),
        ("03|04", "MYSGOV|IGOSEAASN", "MMRMIL|MMRGOV|MMR"),
    ),
    _h(
        "r14-24",
        "Horn of Africa: 'officials in Mogadishu' accuse a neighbour over a breakaway port",
        "Officials in Mogadishu accused Ethiopia on Tuesday of violating Somalia's "
        "sovereignty by signing a port deal with the breakaway region of Somaliland. "
        "Addis Ababa said the agreement broke no law. The African Union called on both "
        "countries to settle the dispute through talks.",
        ("11|12", "SOMGOV", "ETHGOV|ETH"),
        ("05|06|03", "ETHGOV|ETH", "SOM"),
        ("01|12|11", "ETHGOV|ETH", "SOMGOV|SOM"),  # (016: corrected, see r14-04)
        ("10|02", "IGOAFRAFU|IGOAFR", "SOMGOV|SOM"),
        ("10|02", "IGOAFRAFU|IGOAFR", "ETHGOV|ETH"),
    ),
    _h(
        "r14-25",
        "Lebanon: a drone strike, a group's commander, a president appeals to two powers",
        "An Israeli drone strike on a car in the southern Lebanese town of Nabatieh "
        "killed two people on Wednesday, Lebanon's health ministry said. The Israeli "
        "military said it had targeted a Hezbollah commander who was rebuilding the "
        "group's rocket network. Lebanon's president, Joseph Aoun, called on the United "
        "States and France, which oversee the ceasefire, to press Israel to stop the "
        "attacks.",
        ("18|19|20", "ISRMIL|ISR", "LBNCVL|LBNREB|LBN"),
        ("10|02", "LBNGOV", "USAGOV|USA"),
        ("10|02", "LBNGOV", "FRAGOV|FRA"),
    ),
    _h(
        "r14-26",
        "Sahel: jihadists attack a food convoy; civilians and escorting soldiers killed",
        "Jihadist fighters attacked a convoy of trucks carrying food to the besieged "
        "town of Djibo in northern Burkina Faso on Monday, killing at least 30 "
        "civilians and soldiers escorting them, security sources said. Jama'at Nusrat "
        "al-Islam wal-Muslimin (JNIM), al Qaeda's affiliate in the Sahel, claimed the "
        "attack. The military government in Ouagadougou did not comment.",
        (
            "19|18|20",
            "BFAREB|BFAINS|BFAUAF|---REB|---INS|---UAF|IMG|MLIREB|MLIINS",
            "BFACVL|BFAMIL",
        ),
    ),
    _h(
        "r14-27",
        "India and Bangladesh: a ministry named in full summons an envoy; border guards",
        "India's Ministry of External Affairs summoned Bangladesh's acting high "
        "commissioner in New Delhi on Friday to protest against attacks on Hindu temples "
        "in Bangladesh. Hours earlier, Dhaka's interim government had accused Indian "
        "border guards of shooting dead a 15-year-old girl who was crossing the "
        "frontier in Moulvibazar district. India's Border Security Force said its "
        "troops had fired in self-defence at smugglers.",
        ("16|11|10", "INDGOV", "BGDGOV|BGD"),
        ("11|12", "BGDGOV", "INDMIL|INDCOP|INDGOV|IND"),
        ("18|19|20", "INDMIL|INDCOP", "BGDCVL"),
    ),
    _h(
        "r14-28",
        "Papua New Guinea: tribal fighters raid villages; a provincial governor accuses",
        "Tribal fighters killed at least 26 people, including women and children, in "
        "raids on three villages in Papua New Guinea's East Sepik province, police said "
        "on Tuesday. The province's governor, Allan Bird, said police in the region were "
        "outnumbered and accused the national government of ignoring pleas for help. "
        "Prime Minister James Marape ordered 50 more officers to the area.",
        ("18|19|20", "PNGUAF|PNGETH|PNGCVL|PNGREB|PNGCRM|---UAF", "PNGCVL"),
        ("11|12", "PNGGOV", "PNGGOV"),
    ),
    _h(
        "r14-29",
        "Caribbean: 'Caribbean leaders' appeal to Washington; a bloc's chairman",
        "Caribbean leaders urged the United States on Thursday to exempt the region's "
        "small economies from new tariffs, warning that thousands of jobs were at risk. "
        "The chairman of the Caribbean Community, Barbados Prime Minister Mia Mottley, "
        "said the bloc would send a delegation to Washington next month. The White House "
        "said it was reviewing the request.",
        ("10|02", "CRB|IGOCRBCRC|IGOCRB", "USAGOV|USA"),
        ("03|04", "IGOCRBCRC|IGOCRB|CRB|BRBGOV", "USAGOV|USA"),
    ),
    _h(
        "r14-30",
        "Serbia: students block a bridge, police detain them, a ruling party accuses",
        "Serbian police detained 40 students who had blocked a bridge over the Danube in "
        "Novi Sad for more than a day, the students' movement said on Saturday. The "
        "students have staged protests for months, demanding accountability for the "
        "collapse of a railway station roof that killed 16 people. The ruling Serbian "
        "Progressive Party accused the protesters of working for foreign intelligence "
        "services.",
        ("17", "SRBCOP", "SRBEDU|SRBCVL|SRBOPP"),
        ("14", "SRBEDU|SRBCVL|SRBOPP", "SRBGOV|None"),
        ("11|12", "SRBPTY|SRBGOV", "SRBEDU|SRBCVL|SRBOPP"),
    ),
    _h(
        "r14-31",
        "Niger Delta: militants blow up a pipeline run by an operator with no country",
        "Militants blew up a section of the Trans Niger Pipeline in Nigeria's Rivers "
        "State on Sunday, forcing its operator, Renaissance Africa Energy, to halt the "
        "flow of crude to the Bonny export terminal. The Nigerian navy said on Monday it "
        "had arrested 12 suspects in the creeks near the site.",
        ("18|19|20|17", "NGAREB|NGAINS|NGAUAF", "NGABUS|NGA|---BUS"),
        ("17", "NGAMIL|NGANAV", "NGACRM|NGAREB|NGAINS|NGAUAF|NGACVL|NGA"),
    ),
    _h(
        "r14-32",
        "Central Asia: two border forces, 'each country's security service', 'the two sides'",
        "Kyrgyz and Tajik border guards exchanged fire near the village of Kok-Tash on "
        "Thursday, wounding three servicemen, officials said. Each country's security "
        "service accused the other of provoking the clash. The two sides later agreed "
        "to pull back heavy weapons from the frontier.",
        ("19", "KGZ", "TJK"),
        ("19", "TJK", "KGZ"),
        ("11|12", "KGZ", "TJK"),
        ("11|12", "TJK", "KGZ"),
        ("05|08|03", "KGZ", "TJK"),
        ("05|08|03", "TJK", "KGZ"),
    ),
    _h(
        "r14-33",
        "United States: a civil-liberties union sues a department; its spokeswoman answers",
        "The American Civil Liberties Union sued the Department of Homeland Security on "
        "Tuesday over the detention of Leila Farouk, a graduate student at Columbia "
        "University who was arrested by immigration agents outside her apartment last "
        "week. The department's spokeswoman, Tricia McLaughlin, said Farouk had "
        "supported a terrorist group and had no right to stay in the country.",
        ("11", "USANGO|USAHRI|NGO", "USAGOV"),
        ("17", "USAGOV|USACOP", "USAEDU|USACVL|USA|---EDU|---CVL"),
        ("11|12", "USAGOV", "USAEDU|USACVL|USA|---EDU|---CVL"),
    ),
    _h(
        "r14-34",
        "Baltic: three countries each expel a diplomat; the Kremlin's spokesman warns",
        "Estonia, Latvia and Lithuania each expelled a Russian diplomat on Friday, "
        "accusing them of spying. Kremlin spokesman Dmitry Peskov said Moscow would "
        "respond in kind.",
        ("16|17", "ESTGOV|EST", "RUSGOV|RUS"),
        ("16|17", "LVAGOV|LVA", "RUSGOV|RUS"),
        ("16|17", "LTUGOV|LTU", "RUSGOV|RUS"),
        ("13", "RUSGOV", "ESTGOV|EST|LVAGOV|LVA|LTUGOV|LTU"),
    ),
    _h(
        "r14-35",
        "Australia: a federal police force charges a foreign national; an embassy answers",
        "The Australian Federal Police charged a Chinese national on Saturday with "
        "covertly monitoring members of a Buddhist group in Canberra on behalf of "
        "Beijing. The woman, who has lived in Australia since 2015, was refused bail. "
        "China's embassy said it firmly opposed the groundless accusations and urged "
        "Canberra to stop smearing China.",
        ("17|11", "AUSCOP", "CHN"),
        ("01|12|11", "CHNGOV", "AUSCOP|AUSGOV|AUS"),  # (016: corrected, see r14-04)
        ("10|02", "CHNGOV", "AUSGOV|AUS"),
    ),
    _h(
        "r14-36",
        "Iraq: a ministry named in full, a Kurdish region's government, unpaid salaries",
        "Iraq's Ministry of Finance said on Wednesday it would suspend transfers for "
        "public salaries to the Kurdistan Regional Government until Erbil hands over "
        "its oil revenue. The regional government accused Baghdad of starving Kurdish "
        "civil servants to win a political dispute. Thousands of teachers in "
        "Sulaymaniyah protested outside the regional parliament over months of unpaid "
        "wages.",
        ("16|13", "IRQGOV", "IRQGOV"),
        ("11|12", "IRQGOV", "IRQGOV"),
        ("14", "IRQEDU|IRQLAB|IRQCVL", "IRQGOV|IRQLEG|None"),
    ),
    _h(
        "r14-37",
        "Guinea: a junta's leader named in full then by surname; a coalition calls a "
        "protest",
        "Mamadi Doumbouya, who seized power in Guinea in 2021, dissolved more than 50 "
        "political parties on Monday, saying they had failed to file their accounts. "
        "The Forces Vives de Guinee, a coalition of opposition parties and civil "
        "society groups, called for a day of protests in Conakry on Thursday. "
        "Doumbouya has promised to hand power to civilians after a vote this year.",
        ("17|16", "GINMIL|GINGOV", "GINPTY|GINOPP"),
        ("14|10", "GINOPP|GINPTY|GINCVL", "GINMIL|GINGOV|None"),
    ),
    _h(
        "r14-nm1",
        "a ferry crash; a passenger as a witness, a port operator that only explains",
        "A ferry carrying 300 passengers ran aground off the Greek island of Paros on "
        'Saturday, injuring 12 people. "We heard a loud bang and everybody fell over," '
        "said Eleni Markou, a teacher travelling with her family. Markou said the crew "
        "had handed out life jackets within minutes. The ferry's operator, Aegean Seaways, "
        "said the ship had lost power in strong winds.",
    ),
    _h(
        "r14-nm2",
        "an outlet's poll and an analyst named in full then by surname",
        "Support for Canada's Liberals has risen to 38%, its highest level in two years, "
        'according to a poll published by the Toronto Star on Sunday. "Voters are '
        'rallying around the flag," said Daniel Okafor, a pollster at Abacus Data. '
        "Okafor said the party's lead could fade by the autumn. The Conservatives stood "
        "at 35%.",
    ),
    _h(
        "r14-nm3",
        "a company's results; a chief executive and an outlet interview",
        "Samsung Electronics said on Thursday its operating profit rose 25% in the first "
        "quarter on strong demand for memory chips used in artificial intelligence "
        "servers. Speaking to Reuters, the head of its chip division, Jun Young-hyun, "
        "said the company would double its output of advanced chips next year. Its "
        "shares rose 4% in Seoul.",
    ),
    _h(
        "r14-nm4",
        "a football final; 'both sides', a club fined by its own league",
        "Al Ahly beat Mamelodi Sundowns 2-1 in Cairo on Saturday to win the African "
        "Champions League for a record 13th time. Both sides finished the match with ten "
        "men. The Egyptian league fined the club's coach for criticising the referee "
        "before kick-off.",
    ),
    _h(
        "r14-nm5",
        "a heatwave; a weather office and a doctor named in full then by surname",
        "Temperatures in the Pakistani city of Jacobabad reached 51 degrees Celsius on "
        "Sunday, the Pakistan Meteorological Department said. Dr Ayesha Baloch, who runs "
        "the emergency ward at the city's main hospital, said it had treated more than "
        "200 people for heatstroke. Baloch said most were labourers who had worked "
        "through the afternoon.",
    ),
    # round 15 (helper-77, session 18): a paragraph or two of one story, everywhere,
    # about the actors real wire bodies name: generic state words whose country comes
    # from the story or its dateline ('police', 'the authorities', 'security forces',
    # 'the army', 'the ministry', 'prosecutors', 'the junta', 'the government',
    # 'officials'), people named in full with no title who then act, recipients who
    # are people of a country ('an Iranian national', 'two French citizens', 'Sudanese
    # refugees'), organisations named by acronym after their full name, rebel and
    # militia groups by their local names, companies, unions and universities,
    # international bodies' officials ('the UN's refugee chief', 'an IMF mission'), and
    # the press and NGOs as victims
    _h(
        "r15-01",
        "Uganda: a dateline, 'police' raid a radio station; a press group urges 'the "
        "authorities'",
        "KAMPALA, March 11 (Reuters) - Police raided the offices of an independent radio "
        "station in the northern Ugandan town of Gulu on Monday and seized its "
        "transmitters, the station's manager said. Radio Wang Oo had aired a phone-in "
        "programme critical of the regional army commander. The Committee to Protect "
        "Journalists urged the authorities to return the equipment and let the station "
        "back on air.",
        ("17|16", "UGACOP", "UGAMED|---MED|MED|UGA"),
        ("10|02", "NGO|---NGO|USANGO", "UGAGOV|UGACOP"),
    ),
    _h(
        "r15-02",
        "Nigeria: 'security forces' fire on a Shi'ite movement named by acronym",
        "ABUJA, March 4 (Reuters) - Security forces opened fire on members of the "
        "Islamic Movement in Nigeria (IMN) marching through central Abuja on Sunday, "
        "killing at least five people, witnesses said. The IMN, a Shi'ite group banned "
        "since 2019, accused the police of targeting its members for their faith and "
        "said the marchers had been unarmed.",
        ("18|19|20", "NGACOP|NGAMIL|NGAGOV", "NGAREL|NGAOPP|NGACVL|NGA|---REL"),
        ("11|12", "NGAREL|NGAOPP|NGACVL|NGA|---REL", "NGACOP"),
    ),
    _h(
        "r15-03",
        "Germany and Iran: 'federal prosecutors' charge 'an Iranian national'",
        "German federal prosecutors charged an Iranian national on Tuesday with spying "
        "on Jewish sites in Berlin on behalf of Iran's Revolutionary Guards. The man, "
        "identified only as Reza T. under German privacy rules, was arrested in Denmark "
        "last year and handed over to Germany. Iran's foreign ministry called the "
        "charges baseless and politically motivated.",
        ("11|17", "DEUJUD", "IRN"),
        ("01|12|11", "IRNGOV", "DEUJUD|DEUGOV|DEU"),
    ),
    _h(
        "r15-04",
        "France and Iran: 'two French citizens' freed; a president thanks a mediator",
        "Two French citizens held in Iran for nearly three years were freed on Friday and "
        "flew home, the Elysee said. Claire Moreau and Julien Lefevre, both teachers, had "
        "been arrested while on holiday and accused of spying for Israel. President "
        "Emmanuel Macron thanked Oman for its mediation and urged the Iranian authorities "
        "to release a third French national still held in Tehran's Evin prison.",
        ("05|04|03", "FRAGOV", "OMNGOV|OMN"),
        ("10|02", "FRAGOV", "IRNGOV|IRN"),
    ),
    _h(
        "r15-05",
        "Tunisia: a commentator named in full with no title is jailed; a rights group",
        "A court in Tunis sentenced Mouna Haddad, a lawyer and television commentator, "
        "to two years in prison on Wednesday over remarks she made on air about the "
        "treatment of African migrants. Haddad, 58, called the verdict an attempt to "
        "silence every critic of the president. Amnesty International urged the Tunisian "
        "authorities to quash the sentence.",
        ("17|15", "TUNJUD", "TUN"),
        ("11|12|01", "TUN", "TUNJUD|TUNGOV"),
        ("10|02", "NGOAMN|NGO|---NGO|NGOHRI", "TUNGOV|TUNJUD|TUN"),
    ),
    _h(
        "r15-06",
        "Ghana: a farmers' leader named in full leads a march on a state board, then by "
        "its short name",
        "Kofi Amankwah, who heads a cocoa farmers' association in the Ashanti region, led "
        "about 2,000 farmers on a march to the Ghana Cocoa Board's offices in Accra on "
        "Tuesday to demand higher prices. Amankwah accused the board of paying farmers "
        "less than smugglers offer across the border in Ivory Coast. Cocobod, as the "
        "board is known, said it would review the price in October.",
        ("14", "GHAAGR|GHALAB|GHACVL|GHA", "GHAGOV|GHABUS|None"),
        ("11|12", "GHAAGR|GHALAB|GHACVL|GHA", "GHAGOV|GHABUS"),
    ),
    _h(
        "r15-07",
        "Kenya: a trader named in full with no title, detained, accuses police; an "
        "oversight body by acronym",
        "Police in Mombasa detained Halima Abdi, 34, on Saturday, a day after she posted "
        "a video accusing officers of extorting money from traders at the city's ferry "
        "crossing. Abdi was released on bail on Sunday. The Independent Policing "
        "Oversight Authority (IPOA) said it had opened an investigation into her "
        "allegations, and the IPOA asked the police to hand over duty rosters for the "
        "crossing.",
        ("17", "KENCOP", "KENCVL|KENBUS|KEN"),
        ("11|12", "KENCVL|KENBUS|KEN", "KENCOP"),
        ("09|10|02", "KENGOV|KENCOP|KENJUD", "KENCOP|KENCVL|KEN|None"),
    ),
    _h(
        "r15-08",
        "Egypt: police round up 'Sudanese refugees'; a rights group by acronym",
        "Egyptian police rounded up hundreds of Sudanese refugees in Cairo's Faisal "
        "district this week and deported dozens of them across the southern border, "
        "rights groups said. The Egyptian Initiative for Personal Rights (EIPR) said "
        "those detained included women and children registered with the UN refugee "
        "agency, and the EIPR accused the interior ministry of breaking Egypt's own "
        "asylum law.",
        ("17", "EGYCOP|EGYGOV", "SDNREF|SDN|---REF"),
        ("11|12", "EGYHRI|EGYNGO|NGO|---NGO", "EGYGOV|EGYCOP"),
    ),
    _h(
        "r15-09",
        "Bangladesh and Myanmar: 'the UN's refugee chief' appeals; a rebel army by name "
        "denies",
        "The UN's refugee chief appealed to Bangladesh on Monday to keep its border open "
        "to Rohingya fleeing fighting in Myanmar's Rakhine state. Bangladesh's foreign "
        "affairs adviser said the country could not take in any more refugees. The "
        "Arakan Army, which now controls most of northern Rakhine, denied accusations by "
        "Rohingya groups that its fighters had burned villages near Buthidaung.",
        ("10|02", "IGOUNOHCR|IGOUNO", "BGDGOV|BGD"),
        (
            "01|12|11",
            "MMRREB|MMRINS|MMRETH|---REB",
            "MMRETH|MMRREF|MMRNGO|MMR|---REF|None",
        ),
    ),
    _h(
        "r15-10",
        "Sri Lanka: 'an IMF mission' and its chief urge 'the authorities'",
        "An IMF mission ended a two-week visit to Colombo on Wednesday without agreeing "
        "to release the next loan tranche, saying Sri Lanka had yet to raise enough tax "
        "revenue. The mission's chief, Peter Breuer, urged the authorities to stick to "
        "the reform programme agreed last year. Sri Lanka's finance ministry said talks "
        "would resume next month.",
        ("04|12", "IGOBUSIMF|IGO", "LKAGOV|LKA"),
        ("10|02", "IGOBUSIMF|IGO", "LKAGOV|LKA"),
    ),
    _h(
        "r15-11",
        "Peru: a dateline, 'prosecutors' raid a former mayor's home",
        "LIMA, March 6 (Reuters) - Prosecutors raided the home of former Lima mayor Jorge "
        "Salcedo on Tuesday as part of a bribery investigation into contracts for a "
        "coastal highway, the attorney general's office said. Salcedo's lawyer said his "
        "client had always cooperated with investigators. Congress's oversight committee "
        "summoned Salcedo to testify next week.",
        ("17|16|09", "PERJUD", "PERGOV|PERELI|PER"),
        ("10|09|11", "PERLEG", "PERGOV|PERELI|PER"),
    ),
    _h(
        "r15-12",
        "Bolivia: a union federation by acronym calls a strike; 'the government' accuses; "
        "police clear a blockade",
        "LA PAZ, March 5 (Reuters) - Bolivia's main trade union federation, the Central "
        "Obrera Boliviana (COB), called an indefinite general strike on Monday to demand "
        "an end to fuel shortages. The government accused the COB's leaders of trying to "
        "destabilise the country ahead of the August election. Police fired tear gas to "
        "clear union members blocking the highway between La Paz and El Alto.",
        ("14|10", "BOLLAB", "BOLGOV|None"),
        ("11|12", "BOLGOV", "BOLLAB"),
        ("17|18", "BOLCOP", "BOLLAB|BOLCVL|BOL|None"),
    ),
    _h(
        "r15-13",
        "Mali: 'the junta' seizes a mine's gold and detains a foreign company's staff",
        "Mali's military government on Thursday seized three tonnes of gold from the "
        "Sadiola mine operated by the Australian company Tarrant Gold, escalating a "
        "dispute over a new mining code. The junta also detained four of the company's "
        "Malian managers in Bamako. Tarrant said it had taken the case to the World "
        "Bank's arbitration centre.",
        ("17", "MLIMIL|MLIGOV", "AUSBUS|---BUS|MLIBUS"),
        ("17", "MLIMIL|MLIGOV", "AUSBUS|---BUS|MLIBUS|MLI"),
        ("11|16|12", "AUSBUS|---BUS", "MLIMIL|MLIGOV|MLI"),
    ),
    _h(
        "r15-14",
        "Colombia: 'the army' against a guerrilla named by acronym",
        "Troops killed six members of the National Liberation Army (ELN) in clashes in "
        "the Catatumbo region near the Venezuelan border, the army said on Sunday. The "
        "ELN accused the military of killing two farmers during the operation and said "
        "its fighters would answer the offensive.",
        ("19|18", "COLMIL", "COLREB|COLINS"),
        ("11|12", "COLREB|COLINS", "COLMIL"),
    ),
    _h(
        "r15-15",
        "Vietnam: 'the ministry' after police arrest a blogger named in full",
        "Vietnamese police arrested Nguyen Van Tuan, a blogger with more than 100,000 "
        "followers, at his home in Ho Chi Minh City on Friday, the Ministry of Public "
        "Security said. Tuan, 41, had written posts criticising the handling of a bank "
        "collapse. The ministry accused him of 'abusing democratic freedoms to infringe "
        "upon the interests of the state'.",
        ("17", "VNMCOP|VNMGOV", "VNMMED|VNMCVL|VNM"),
        ("11|12", "VNMGOV|VNMCOP", "VNMMED|VNMCVL|VNM"),
    ),
    _h(
        "r15-16",
        "Georgia: riot police detain protesters; a student named in full accuses them; "
        "'the ministry' denies",
        "Georgian riot police detained dozens of protesters outside parliament in Tbilisi "
        "overnight, the interior ministry said, as demonstrations against the suspension "
        "of talks on joining the European Union entered a third week. Mariam Beridze, a "
        "22-year-old student held for several hours, said officers had beaten her in a "
        "police van. The ministry denied the allegation.",
        ("17", "GEOCOP", "GEOCVL|GEOOPP|GEOEDU|GEO"),
        ("18|11|12", "GEOCOP|GEOEDU|GEOCVL|GEO", "GEOEDU|GEOCVL|GEO|GEOCOP"),
        ("01|12|11", "GEOGOV|GEOCOP", "GEOEDU|GEOCVL|GEO"),
    ),
    _h(
        "r15-17",
        "Pakistan: 'officials' in a story datelined Islamabad arrest 'Afghan nationals'",
        "ISLAMABAD, March 9 (Reuters) - Officials said on Saturday they had arrested 140 "
        "Afghan nationals in the capital in a drive against migrants living in the "
        "country without papers. The Taliban administration in Kabul accused Pakistan of "
        "mistreating Afghan refugees and urged it to slow the expulsions.",
        ("17", "PAKGOV|PAKCOP", "AFG"),
        ("11|12", "AFGGOV|AFGREB|AFG", "PAKGOV|PAK"),
        ("10|02", "AFGGOV|AFGREB|AFG", "PAKGOV|PAK"),
    ),
    _h(
        "r15-18",
        "Russia: 'authorities' in a story datelined Moscow detain 'an American citizen'",
        "MOSCOW, March 7 (Reuters) - Authorities detained an American citizen at "
        "Moscow's Vnukovo airport on charges of smuggling cannabis-infused sweets, the "
        "state news agency TASS reported on Thursday. The U.S. embassy demanded consular "
        "access to the man, a 63-year-old teacher from Ohio.",
        ("17", "RUSGOV|RUSCOP", "USA"),
        ("10|02", "USAGOV", "RUSGOV|RUS"),
    ),
    _h(
        "r15-19",
        "Gaza: an air strike kills journalists; a press group asks for an inquiry",
        "An Israeli air strike killed three journalists in a tent near the Nasser "
        "hospital in Khan Younis on Monday, Gaza's health ministry said. The Committee "
        "to Protect Journalists called for an independent investigation into the strike. "
        "The Israeli military said it had targeted a Hamas militant who was posing as a "
        "reporter.",
        ("18|19|20", "ISRMIL|ISR", "PSEMED|---MED|PSECVL|PSE|MED"),
        ("10|02|11", "NGO|---NGO|USANGO", "ISRMIL|ISRGOV|ISR|None"),
    ),
    _h(
        "r15-20",
        "Syria: 'government security forces' and a Druze faction by its local name",
        "Fighting between government security forces and Druze gunmen in the town of "
        "Jaramana, south-east of Damascus, killed at least nine people on Monday, a war "
        "monitor said. The Men of Dignity movement, the largest Druze armed faction in "
        "Sweida province, accused the authorities in Damascus of sending extremists to "
        "attack the town. The interior ministry said its forces were pursuing outlaw "
        "groups.",
        ("19", "SYRCOP|SYRMIL|SYRGOV", "SYRUAF|SYRREB|SYRETH|SYRREL|SYR"),
        ("19", "SYRUAF|SYRREB|SYRETH|SYRREL|SYR", "SYRCOP|SYRMIL|SYRGOV"),
        ("11|12", "SYRUAF|SYRREB|SYRETH|SYRREL", "SYRGOV"),
    ),
    _h(
        "r15-21",
        "Iraq: an armed faction by its local name threatens; a premier's office urges",
        "Kataib Hezbollah, an Iran-backed Iraqi armed group, threatened on Sunday to "
        "attack U.S. forces in Iraq if Washington struck Iran. Prime Minister Mohammed "
        "Shia al-Sudani's office urged all armed factions to respect the state's "
        "exclusive right to decide on war and peace.",
        ("13", "IRQREB|IRQUAF|IRQMIL|IRQ", "USAMIL|USA"),
        ("10|02", "IRQGOV", "IRQREB|IRQUAF|IRQMIL|None"),
    ),
    _h(
        "r15-22",
        "Libya: two militias by their local names and acronyms; a UN mission by acronym",
        "Clashes between the Stability Support Apparatus (SSA) and the Radaa force shook "
        "the Libyan capital Tripoli overnight, killing at least six people, medics said. "
        "The SSA accused Radaa of trying to seize its headquarters in the Abu Salim "
        "district. The UN Support Mission in Libya (UNSMIL) urged both groups to stop "
        "fighting at once.",
        ("19", "LBYUAF|LBYREB|LBYMIL|LBY", "LBYUAF|LBYREB|LBYMIL|LBY"),
        ("11|12", "LBYUAF|LBYREB|LBYMIL|LBY", "LBYUAF|LBYREB|LBYMIL|LBY"),
        ("10|02", "IGOUNO", "LBYUAF|LBYREB|LBYMIL|LBY"),
    ),
    _h(
        "r15-23",
        "Zimbabwe: police arrest a reporter named in full; a media group by acronym",
        "Police in Harare arrested Tendai Mukwena, a reporter for the private broadcaster "
        "Heart and Soul TV, on Tuesday and charged him with transmitting messages that "
        "incite violence, his lawyers said. The Media Institute of Southern Africa "
        "(MISA) said the charge was meant to frighten journalists, and MISA called for "
        "his immediate release.",
        ("17", "ZWECOP", "ZWEMED|ZWE|---MED"),
        ("10|02|11", "NGO|---NGO|ZWENGO|ZWEMED|---MED|MED", "ZWECOP|ZWEGOV|None"),
    ),
    _h(
        "r15-24",
        "South Africa: miners sit in, a union by acronym demands, the company urges",
        "Hundreds of miners staged an underground sit-in at Sibanye-Stillwater's Kloof "
        "gold mine west of Johannesburg on Monday over a pay dispute, the National Union "
        "of Mineworkers (NUM) said. The NUM demanded a 10% wage rise for the lowest-paid "
        "workers. Sibanye said the sit-in was unprotected and urged the miners to return "
        "to the surface.",
        ("14", "ZAFLAB|ZAFCVL|ZAF", "ZAFBUS|None"),
        ("10", "ZAFLAB", "ZAFBUS"),
        ("10|02", "ZAFBUS", "ZAFLAB|ZAFCVL|ZAF"),
    ),
    _h(
        "r15-25",
        "Argentina: a university by acronym accuses 'the government'; students march",
        "The University of Buenos Aires (UBA) declared a budget emergency on Monday, "
        "accusing President Javier Milei's government of cutting its funding by a third "
        "in real terms. Tens of thousands of students and lecturers marched to the Plaza "
        "de Mayo in the evening to protest against the cuts. A presidential spokesman "
        "said the universities were being used by the opposition.",
        ("11|12", "ARGEDU", "ARGGOV"),
        ("14", "ARGEDU|ARGCVL|ARG", "ARGGOV|None"),
    ),
    _h(
        "r15-26",
        "South Korea: 'prosecutors' raid a company; a union confederation by acronym",
        "Prosecutors raided the Seoul headquarters of Hanul Logistics on Thursday, a week "
        "after a fire at one of its warehouses killed 11 workers, the company said. The "
        "Korean Confederation of Trade Unions (KCTU) accused the company of ignoring "
        "repeated safety warnings, and the KCTU called a rally outside the firm's offices "
        "for Saturday.",
        ("17|16|09", "KORJUD", "KORBUS|---BUS"),
        ("11|12", "KORLAB", "KORBUS|---BUS"),
    ),
    _h(
        "r15-27",
        "China and Japan: 'a Japanese national' of a trading house held by state security",
        "A Japanese national working for the Tokyo-based trading house Okamura Shoji was "
        "detained by Chinese state security officers in Dalian last month, Japan's chief "
        "cabinet secretary said on Monday. Tokyo has asked Beijing to release the man as "
        "soon as possible, he said. China's foreign ministry said the man was suspected "
        "of espionage and that his rights were being protected.",
        ("17", "CHNSPY|CHNGOV|CHNCOP|CHN", "JPN"),
        ("10|02", "JPNGOV", "CHNGOV|CHN"),
        ("11|12|01", "CHNGOV", "JPN|JPNBUS"),
    ),
    _h(
        "r15-28",
        "Philippines: a bureau by acronym arrests 'two Chinese nationals'; an embassy urges",
        "MANILA, March 3 (Reuters) - The National Bureau of Investigation (NBI) arrested "
        "two Chinese nationals on Saturday who it said had been photographing warships at "
        "the Subic Bay naval base. The NBI said the men were carrying drones and "
        "equipment for intercepting radio signals. The Chinese embassy in Manila urged "
        "the Philippines to stop hyping so-called spy cases.",
        ("17", "PHLCOP|PHLGOV|PHLJUD|PHLSPY", "CHN"),
        ("10|02|11|12", "CHNGOV", "PHLGOV|PHL"),
    ),
    _h(
        "r15-29",
        "Indonesia: Papuan rebels by acronym kill gold panners; 'security forces' search",
        "Separatist rebels of the West Papua National Liberation Army (TPNPB) shot dead "
        "two gold panners in Yahukimo regency, police said on Tuesday. The TPNPB said the "
        "men had been spying for the Indonesian military. Security forces launched a "
        "search for the gunmen in the surrounding forest.",
        ("18|19|20", "IDNREB|IDNINS|IDNUAF|---REB|---INS", "IDNCVL|IDNLAB|IDN"),
        ("11|12", "IDNREB|IDNINS|IDNUAF|---REB|---INS", "IDNCVL|IDNLAB|IDN"),
    ),
    _h(
        "r15-30",
        "Thailand: 'prosecutors' indict an activist named in full, then by given name",
        "Thai prosecutors indicted Pimchanok Saetang, a 25-year-old activist, on "
        "Wednesday on charges of insulting the monarchy over a speech she gave at a rally "
        "in Bangkok in 2021. Pimchanok, who faces up to 15 years in prison, called the "
        "charges an attempt to silence dissent.",
        ("11|17", "THAJUD", "THACVL|THAOPP|THAEDU|THA"),
        ("11|12|01", "THACVL|THAOPP|THAEDU|THA", "THAJUD|THAGOV"),
    ),
    _h(
        "r15-31",
        "Kazakhstan: an agency detains the head of a state company named by acronym",
        "ASTANA, March 10 (Reuters) - Kazakhstan's anti-corruption agency detained the "
        "head of the national railway company, Kazakhstan Temir Zholy (KTZ), on "
        "suspicion of taking bribes from suppliers, the agency said on Sunday. KTZ said "
        "it was cooperating with investigators.",
        ("17", "KAZGOV|KAZCOP|KAZJUD", "KAZBUS|KAZGOV|KAZ"),
    ),
    _h(
        "r15-32",
        "Hungary: an office named in full, then by acronym, accuses an NGO's branch",
        "Hungary's Sovereignty Protection Office (SPO) accused the Hungarian branch of "
        "Transparency International on Tuesday of serving foreign interests, in a report "
        "that the group said was designed to intimidate it. Transparency International "
        "Hungary said it would sue the office for defamation.",
        ("11|12", "HUNGOV", "HUNNGO|NGO|---NGO"),
        ("11|03", "HUNNGO|NGO|---NGO", "HUNGOV"),
    ),
    _h(
        "r15-33",
        "Poland: 'prosecutors' charge 'two Belarusian citizens'; a premier answers Moscow",
        "Prosecutors in Warsaw charged two Belarusian citizens on Wednesday with setting "
        "fire to a shopping centre on the orders of Russian intelligence, the National "
        "Prosecutor's Office said. Prime Minister Donald Tusk said Poland would close the "
        "last Russian consulate in the country in response.",
        ("11|17", "POLJUD", "BLR"),
        ("16|13|03", "POLGOV", "RUSGOV|RUS"),
    ),
    _h(
        "r15-34",
        "Britain: counter-terrorism police charge 'three Iranian nationals'; press as "
        "intended victims",
        "British counter-terrorism police charged three Iranian nationals on Friday with "
        "assisting Iran's intelligence service in a plot to harm journalists who work for "
        "a Persian-language television channel in London. Iran's embassy in London "
        "rejected the charges as fabricated.",
        ("11|17", "GBRCOP", "IRN"),
        ("01|12|11", "IRNGOV", "GBRCOP|GBRGOV|GBR"),
    ),
    _h(
        "r15-35",
        "Algeria and France: a court jails a French journalist; Paris calls for clemency",
        "An Algerian court sentenced a French sports journalist to seven years in prison "
        "on Sunday for 'glorifying terrorism', his employer said. France's foreign "
        "ministry said it deeply regretted the verdict and called on the Algerian "
        "authorities to show clemency.",
        ("17|15|11", "DZAJUD", "FRAMED|FRA|---MED|MED"),
        ("10|02|12", "FRAGOV", "DZAGOV|DZAJUD|DZA"),
    ),
    _h(
        "r15-36",
        "Morocco: police detain young protesters of an online collective; a rights group "
        "by acronym",
        "Police in Rabat detained dozens of young people on Saturday who had answered a "
        "call by an online collective to protest against spending on football stadiums "
        "while hospitals fall apart. The Moroccan Association for Human Rights (AMDH) "
        "said 37 people were still being held, and the AMDH demanded their release.",
        ("17", "MARCOP", "MARCVL|MAROPP|MAREDU|MAR"),
        ("10", "MARHRI|MARNGO|NGO|---NGO", "MARCOP|MARGOV|None"),
    ),
    _h(
        "r15-37",
        "Somalia: clan militias known by a local name drive out al Shabaab",
        "Clan militias known as Ma'awisley drove al Shabaab fighters out of two villages "
        "in central Somalia's Hiiraan region on Wednesday, killing at least 15 of them, "
        "local elders said. Al Shabaab said its fighters had withdrawn on their own and "
        "accused the militias of executing prisoners.",
        ("19", "SOMUAF|SOMREB|SOMCVL|SOMMIL|SOM", "SOMREB|SOMINS|---REB|---INS|IMG"),
        ("11|12", "SOMREB|SOMINS|---REB|---INS|IMG", "SOMUAF|SOMREB|SOMCVL|SOMMIL|SOM"),
    ),
    _h(
        "r15-38",
        "Congo: pro-army militias known by a local name clash with the army",
        "Pro-government militias known as Wazalendo clashed with Congolese soldiers in "
        "the eastern town of Uvira on Friday after the army ordered them to leave the "
        "town centre, residents said. The army accused the militiamen of looting shops "
        "and said it would disarm any who refused to leave.",
        ("19", "CODUAF|CODREB|CODMIL", "CODMIL"),
        ("11|12", "CODMIL", "CODUAF|CODREB|CODMIL"),
    ),
    _h(
        "r15-39",
        "Haiti: a gang coalition by local name storms a town; the police by acronym",
        "Gunmen from the Viv Ansanm gang coalition stormed the central Haitian town of "
        "Mirebalais on Monday, freeing more than 500 inmates from its prison, officials "
        "said. The Haitian National Police (PNH) said officers had retaken the town's "
        "police station on Tuesday after a day of fighting with the gangs.",
        (
            "18|19|20",
            "HTICRM|HTIREB|HTIUAF|---CRM|---UAF",
            "HTICOP|HTICVL|HTIGOV|HTI|None",
        ),
        ("19|17", "HTICOP", "HTICRM|HTIREB|HTIUAF|---CRM|---UAF"),
    ),
    _h(
        "r15-40",
        "Mexico: gunmen kill a journalist; state prosecutors and a press group",
        "Gunmen shot dead a journalist outside his home in the city of Celaya in "
        "Mexico's Guanajuato state on Thursday, state prosecutors said. The victim, "
        "Ramiro Lozano, ran a news page on Facebook that reported on cartel violence. "
        "Article 19, a press freedom group, urged the federal government to protect "
        "reporters in the region.",
        ("18|19|20", "MEXCRM|MEXUAF|MEX|---CRM|---UAF", "MEXMED|---MED|MED"),
        ("10|02", "NGO|---NGO|MEXNGO|GBRNGO", "MEXGOV"),
    ),
    _h(
        "r15-41",
        "Nicaragua: 'the government' closes a Jesuit university; the order rejects",
        "Nicaragua's government on Tuesday closed the Central American University, run "
        "by Jesuits in Managua, and seized its property, accusing it of being a centre "
        "of terrorism. The Society of Jesus called the accusation false and said the "
        "government had silenced one of the country's last independent voices.",
        ("17|16", "NICGOV", "NICEDU|NICREL|NIC"),
        ("11|12", "NICGOV", "NICEDU|NICREL|NIC"),
        ("01|12|11", "NICREL|---REL|REL", "NICGOV"),
    ),
    _h(
        "r15-42",
        "Dominican Republic: 'authorities' deport Haitians; Haiti's government protests",
        "Dominican authorities deported more than 10,000 Haitians last week, the "
        "country's migration agency said on Monday, as President Luis Abinader pressed "
        "ahead with a plan to expel migrants without papers. Haiti's government called "
        "the expulsions inhumane and urged Santo Domingo to suspend them.",
        ("17", "DOMGOV|DOMCOP", "HTI|---REF"),
        ("11|12", "HTIGOV", "DOMGOV|DOM"),
        ("10|02", "HTIGOV", "DOMGOV|DOM"),
    ),
    _h(
        "r15-43",
        "New Caledonia: French gendarmes arrest an independence cell's leader; an "
        "alliance by acronym",
        "French gendarmes arrested the leader of the Field Action Coordination Cell, a "
        "radical wing of the Kanak independence movement, in Noumea on Wednesday, "
        "accusing him of organising last year's riots. The FLNKS, the main "
        "pro-independence alliance, called for his release and for calm.",
        ("17", "FRACOP|FRAMIL|FRAGOV", "NCL|FRA"),
        ("10|02", "NCL|FRA|---OPP|---PTY", "FRAGOV|FRACOP|FRAMIL|FRA|None"),
    ),
    _h(
        "r15-44",
        "Fiji: an anti-graft commission by acronym charges a former minister",
        "The Fiji Independent Commission Against Corruption (FICAC) charged a former "
        "finance minister, Ratu Semi Naivalu, on Thursday with abuse of office over the "
        "sale of state land. Naivalu, who left the cabinet in 2022, said the charge was "
        "political revenge by the government.",
        ("11|17", "FJIGOV|FJIJUD", "FJIGOV|FJIELI|FJI"),
        ("11|12|01", "FJIGOV|FJIELI|FJI", "FJIGOV"),
    ),
    _h(
        "r15-45",
        "Iran and the IAEA: 'the head of the UN nuclear watchdog' meets and urges",
        "The head of the UN nuclear watchdog, Rafael Grossi, met Iran's foreign minister "
        "in Tehran on Wednesday and urged Iran to let inspectors back into its enrichment "
        "sites. After the meeting, Iran's foreign minister said cooperation with the "
        "agency would continue within the framework of a law passed by parliament.",
        ("04", "IGOUNOAEA|IGOUNO", "IRNGOV"),
        ("10|02", "IGOUNOAEA|IGOUNO", "IRNGOV|IRN"),
    ),
    _h(
        "r15-46",
        "Mozambique: an EU observer mission criticises an electoral commission by acronym",
        "The European Union's election observation mission in Mozambique on Tuesday "
        "criticised the National Elections Commission (CNE) for refusing to publish "
        "results polling station by polling station. The CNE rejected the criticism and "
        "said the count had been transparent.",
        ("11|12", "IGOEUR|EUR", "MOZGOV|MOZELI|MOZ"),
        ("01|12|11", "MOZGOV|MOZELI|MOZ", "IGOEUR|EUR"),
    ),
    _h(
        "r15-47",
        "Afghanistan: Taliban authorities detain 'an American citizen'; a UN rapporteur",
        "Taliban authorities detained an American citizen and his Afghan interpreter in "
        "Kabul last week, a relative of the American said on Sunday. The UN special "
        "rapporteur on human rights in Afghanistan, Richard Bennett, urged the Taliban "
        "to release both men without delay.",
        ("17", "AFGGOV|AFGREB|AFG", "USA"),
        ("10|02", "IGOUNO|IGO", "AFGGOV|AFGREB|AFG"),
    ),
    _h(
        "r15-nm1",
        "a road crash; 'police' only report it",
        "A bus carrying pilgrims overturned on a mountain road in Peru's Cusco region "
        "on Sunday, killing 14 people and injuring 30, police said. The driver had lost "
        "control on a sharp bend in heavy rain, a police spokesman said.",
    ),
    _h(
        "r15-nm2",
        "'an IMF mission' forecasts growth; a finance minister welcomes nothing",
        "An IMF mission said on Thursday that Egypt's economy would grow by 4.1% in the "
        "current fiscal year, helped by a recovery in tourism and remittances. Inflation "
        "was expected to ease to about 15% by June, the mission said in a statement at "
        "the end of its visit.",
    ),
    _h(
        "r15-nm3",
        "'two French citizens' among the dead of a boat accident",
        "Two French citizens were among 14 people killed when a tourist boat sank off "
        "Egypt's Red Sea coast near Marsa Alam on Monday, the local governor said. "
        "Rescuers pulled 31 survivors from the water.",
    ),
    _h(
        "r15-nm4",
        "a person named in full with no title who only runs a race",
        "Amina Yusuf, 34, won the Lagos City Marathon on Saturday in two hours and 24 "
        "minutes, the fastest time ever run by a Nigerian woman. Yusuf said she would "
        "now train for the world championships in Tokyo.",
    ),
    _h(
        "r15-nm5",
        "a company and a union agree nothing; results and a strike vote count",
        "Volkswagen said on Wednesday its operating profit fell 20% in the first quarter "
        "as sales in China slowed. The IG Metall union said 92% of its members at the "
        "carmaker's Wolfsburg plant had taken part in a ballot on the company's pay "
        "offer; the result will be published on Friday.",
    ),
    _h(
        "r15-nm6",
        "'the army' and 'police' as football clubs",
        "Army United beat Police Tero 2-1 in Bangkok on Sunday to move to the top of "
        "Thailand's second division. The army side's coach said his players had deserved "
        "the win after a difficult start to the season.",
    ),
    _h(
        "r15-nm7",
        "a rebel group's name in a film's story",
        "A documentary about the Shining Path's war against the Peruvian state premiered "
        "at the Lima film festival on Friday. Its director, Lucia Ramos, spent six years "
        "interviewing former fighters and the families of their victims.",
    ),
    _h(
        "r15-nm8",
        "a university's ranking and a weather office",
        "The University of Cape Town kept its place as Africa's top university in an "
        "annual ranking published on Tuesday. The South African Weather Service said "
        "heavy rain would fall on the Western Cape later in the week.",
    ),
    # round 16 (helper-87, session 19), written and labelled before the coder was run
    # on it: stories told across two or three paragraphs, where a doer named in one
    # paragraph acts in the next as 'the bloc', 'the group', 'the alliance', 'the
    # agency', 'its leader', 'their forces' or 'the two leaders'; speakers' own side
    # in quotes; bodies of churches and unions; generic state words whose country
    # comes from the story or its dateline; people named in full with no title who
    # then act; people of a country as recipients; bodies by acronym after their full
    # name; rebels, militias and gangs by local names; companies and universities;
    # international bodies' officials; and the press and NGOs as victims
    _h(
        "r16-01",
        "West Africa: a bloc by acronym urges a junta, then 'the bloc' eases sanctions",
        "ABUJA, March 10 (Reuters) - The Economic Community of West African States "
        "(ECOWAS) on Sunday urged Niger's military rulers to publish a timetable for "
        "elections and to free the deposed president.\n\nThe bloc also lifted the "
        "border closures and trade restrictions it imposed on Niger after the coup, "
        "saying they had hurt ordinary families more than the generals.",
        ("10|02", "IGOWAF", "NERMIL|NERGOV|NER"),
        ("08", "IGOWAF", "NERMIL|NERGOV|NER"),
    ),
    _h(
        "r16-02",
        "Europe and Belarus: EU ministers impose sanctions; Minsk condemns 'the bloc'",
        "European Union foreign ministers agreed on Monday to impose a new round of "
        "sanctions on Belarus over the jailing of hundreds of government critics.\n\n"
        "Belarus's foreign ministry condemned the decision and said the bloc was "
        "interfering in the country's internal affairs.",
        ("16", "IGOEUR", "BLRGOV|BLR"),
        ("11|12", "BLRGOV", "IGOEUR"),
    ),
    _h(
        "r16-03",
        "NATO and Russia: 'the alliance' accuses in the next paragraph",
        "NATO defence ministers pledged on Thursday to send more air defence systems to "
        "Ukraine before the winter.\n\nThe alliance also accused Russia of a campaign "
        "of sabotage against undersea cables and pipelines in the Baltic Sea.",
        ("03|07", "IGOWSTNAT|IGOWST", "UKRGOV|UKR|UKRMIL"),
        ("11|12", "IGOWSTNAT|IGOWST", "RUSGOV|RUS|RUSMIL"),
    ),
    _h(
        "r16-04",
        "Southeast Asia and Myanmar: a bloc by acronym, then 'the group'",
        "The Association of Southeast Asian Nations (ASEAN) on Friday called on "
        "Myanmar's military government to halt air strikes on civilians and allow aid "
        "into areas hit by last week's floods.\n\nThe group also criticised the junta "
        "for refusing to meet envoys of the regional bloc.",
        ("10|02", "IGOSEA", "MMRMIL|MMRGOV|MMR"),
        ("11|12", "IGOSEA", "MMRMIL|MMRGOV|MMR"),
    ),
    _h(
        "r16-05",
        "Argentina: a union federation by acronym strikes; 'the union's leaders' accuse",
        "BUENOS AIRES, March 6 (Reuters) - The General Confederation of Labour (CGT), "
        "Argentina's largest union federation, held a 24-hour general strike on "
        "Wednesday against the government's labour reform.\n\nThe union's leaders "
        "accused the government of trying to strip workers of rights won over decades.",
        ("14", "ARGLAB", "ARGGOV|None"),
        ("11|12", "ARGLAB", "ARGGOV"),
    ),
    _h(
        "r16-06",
        "Nigeria: a bishops' conference condemns and urges, then 'the bishops'",
        "The Catholic Bishops' Conference of Nigeria on Sunday condemned the federal "
        "government's failure to stop the kidnapping of priests in the north-west.\n\n"
        "The bishops urged President Bola Tinubu to deploy more troops to Kaduna and "
        "Zamfara states.",
        ("11|12", "NGAREL", "NGAGOV"),
        ("10|02", "NGAREL", "NGAGOV"),
    ),
    _h(
        "r16-07",
        "Zimbabwe: a council of churches accuses police; a police spokesman denies",
        "The Zimbabwe Council of Churches accused police on Monday of beating "
        "worshippers at an all-night prayer meeting in Chitungwiza.\n\nPolice "
        "spokesman Tendai Mupfumi denied the accusation and said officers had broken "
        "up an unlicensed political gathering.",
        ("11|12", "ZWEREL", "ZWECOP"),
        ("12|11|01", "ZWECOP", "ZWEREL|None"),
    ),
    _h(
        "r16-08",
        "Congo: a militia by acronym kills villagers; 'the group'; the army pursues",
        "Fighters of the Allied Democratic Forces (ADF) killed at least 22 villagers in "
        "an overnight raid near Beni in Congo's North Kivu province, local officials "
        "said on Tuesday.\n\nCongo's army said its troops had killed four of the "
        "attackers while pursuing the group into the forest.",
        ("18|19|20", "CODREB|UGAREB|---REB|IMG", "CODCVL|COD"),
        ("19|18", "CODMIL", "CODREB|UGAREB|---REB|IMG"),
    ),
    _h(
        "r16-09",
        "Mexico: a cartel by acronym ambushes police; the state arrests suspects",
        "Gunmen of the Jalisco New Generation Cartel (CJNG) ambushed a police convoy in "
        "Michoacan state on Saturday, killing six officers, state authorities said.\n\n"
        "State police later arrested three men suspected of taking part in the attack.",
        ("18|19", "MEXCRM", "MEXCOP"),
        ("17", "MEXCOP", "MEXCRM|MEX|---CRM|MEXCVL|None"),
    ),
    _h(
        "r16-10",
        "Georgia: an opposition party, then 'its chairman' accuses the ruling party",
        "The United National Movement, Georgia's main opposition party, said on Saturday "
        "it would boycott the new parliament.\n\nIts chairman, Nika Beridze, accused "
        "the ruling Georgian Dream party of rigging the October election with the help "
        "of the election commission.",
        ("11|12", "GEOOPP|GEOPTY", "GEOPTY|GEOGOV"),
    ),
    _h(
        "r16-11",
        "Kenya and Ethiopia: two presidents meet, then 'the two leaders' sign",
        "Kenyan President William Ruto held talks with Ethiopian Prime Minister Abiy "
        "Ahmed in Addis Ababa on Thursday.\n\nThe two leaders signed agreements on a "
        "highway link and on power exports from Ethiopia's Grand Renaissance dam.",
        ("04", "KENGOV|ETHGOV", "ETHGOV|KENGOV"),
        ("05|06|03", "KENGOV|ETHGOV", "ETHGOV|KENGOV"),
    ),
    _h(
        "r16-12",
        "Yemen: the Houthis fire at a tanker; 'their forces' down a drone",
        "Yemen's Houthi movement said on Sunday it had fired two missiles at a "
        "Greek-owned oil tanker in the Red Sea.\n\nA Houthi military spokesman said "
        "their forces had also shot down an American MQ-9 Reaper drone over Marib "
        "province.",
        ("19|18|20", "YEMREB|YEM", "GRCBUS|---BUS|GRC|None"),
        ("19|18|20", "YEMREB|YEM", "USAMIL|USA"),
    ),
    _h(
        "r16-13",
        "Sudan: an army spokesman speaks of 'our forces' in a quote",
        '"Our forces repelled an attack by the Rapid Support Forces on El Fasher at '
        'dawn and killed dozens of their fighters," Sudanese army spokesman Khalid '
        "Idris said on Wednesday.\n\nThe RSF said in a statement that its fighters had "
        "shelled army positions around the city's airport.",
        ("19|18", "SDNMIL", "SDNREB|SDNMIL"),
        ("19|18", "SDNREB|SDNMIL", "SDNMIL"),
    ),
    _h(
        "r16-14",
        "Pakistan and China: a minister asks 'our Chinese friends' in a quote",
        '"We have asked our Chinese friends to roll over $4 billion in deposits that '
        "fall due in June,\" Pakistan's finance minister, Farooq Mirza, told reporters "
        "after talks in Beijing on Tuesday.\n\nChina's foreign ministry said Beijing "
        "would continue to support Pakistan's economy.",
        ("10|02", "PAKGOV", "CHNGOV|CHN"),
        ("03|05|01|07", "CHNGOV", "PAKGOV|PAK"),
    ),
    _h(
        "r16-15",
        "Bangladesh: a dateline, 'police' arrest garment workers; a union accuses owners",
        "DHAKA, March 9 (AFP) - Police arrested 14 garment workers on Saturday after a "
        "protest over unpaid wages turned violent in the Ashulia industrial belt "
        "outside the capital.\n\nThe Bangladesh Garment Workers Federation accused "
        "factory owners of withholding three months of pay and called on the labour "
        "ministry to intervene.",
        ("17", "BGDCOP", "BGDLAB|BGDCVL|BGD"),
        ("11|12", "BGDLAB", "BGDBUS"),
        ("10|02", "BGDLAB", "BGDGOV"),
    ),
    _h(
        "r16-16",
        "Iran and Britain: a dateline, 'the authorities' detain a dual national",
        "TEHRAN, March 8 (AFP) - The authorities have detained a British-Iranian "
        "businessman on charges of spying for Israel, the judiciary's news agency "
        "reported on Friday.\n\nBritain's Foreign Office said it was urgently seeking "
        "consular access and urged Tehran to release him.",
        ("17", "IRNGOV|IRNCOP|IRNJUD", "GBR|IRN|IRNBUS|GBRBUS"),
        ("10|02", "GBRGOV", "IRNGOV|IRN"),
    ),
    _h(
        "r16-17",
        "Pakistan: a dateline, 'security forces' raid; a separatist army by acronym",
        "QUETTA, Pakistan, March 7 (Reuters) - Security forces killed eight militants in "
        "a raid on a hideout in Balochistan's Kech district, the military said on "
        "Thursday.\n\nThe Balochistan Liberation Army (BLA) said its fighters had "
        "ambushed a paramilitary convoy in the same district a day earlier.",
        ("18|19|20", "PAKMIL|PAKCOP|PAKGOV", "PAKREB|PAKINS|PAKSEP|---REB|PAK"),
        ("18|19", "PAKREB|PAKINS|PAKSEP", "PAKMIL|PAKCOP"),
    ),
    _h(
        "r16-18",
        "Myanmar: a dateline, 'the army' bombs a monastery; a shadow government",
        "YANGON, March 5 (Reuters) - The army bombed a monastery sheltering displaced "
        "villagers in Sagaing region on Monday, killing 11 people, residents said.\n\n"
        "The National Unity Government, formed by lawmakers ousted in the 2021 coup, "
        "called the strike a war crime.",
        ("19|18|20", "MMRMIL", "MMRCVL|MMRREL|MMRREF|MMR"),
        ("11|12", "MMROPP|MMRGOV|MMRREB", "MMRMIL"),
    ),
    _h(
        "r16-19",
        "Azerbaijan and France: a dateline, 'the ministry' summons, then accuses",
        "BAKU, March 6 (AFP) - Azerbaijan's foreign ministry summoned the French "
        "ambassador on Wednesday over remarks by a French senator about Nagorno-"
        "Karabakh.\n\nThe ministry accused Paris of stoking separatism in its own "
        "overseas territories while lecturing others.",
        ("11|10|09", "AZEGOV", "FRAGOV|FRA"),
        ("11|12", "AZEGOV", "FRAGOV|FRA"),
    ),
    _h(
        "r16-20",
        "South Korea: a dateline, 'prosecutors' indict a company chief",
        "SEOUL, March 6 (Reuters) - Prosecutors indicted the chief executive of a "
        "shipbuilding company on Wednesday on charges of bribing officials at the state "
        "arms procurement agency.\n\nThe executive, Park Jin-ho of Hanseong Heavy "
        "Industries, denied the charges through his lawyer.",
        ("11|17", "KORJUD", "KORBUS"),
        ("12|11|01", "KORBUS", "KORJUD|None"),
    ),
    _h(
        "r16-21",
        "Burkina Faso: 'the junta' suspends foreign broadcasters",
        "OUAGADOUGOU, March 4 (Reuters) - Burkina Faso's junta suspended the "
        "broadcasts of the BBC and Voice of America for two weeks on Monday.\n\nThe "
        "government accused the two broadcasters of spreading a rights group's report "
        "that blamed the army for the killing of 223 villagers.",
        ("17|16", "BFAMIL|BFAGOV", "GBRMED|USAMED|MED|---MED"),
        ("11|12", "BFAGOV|BFAMIL", "GBRMED|USAMED|MED|---MED"),
    ),
    _h(
        "r16-22",
        "Ethiopia: a dateline, 'the government' suspends rights groups; one by acronym",
        "ADDIS ABABA, March 8 (AFP) - The government suspended three civil society "
        "groups on Friday, including the Ethiopian Human Rights Council (EHRCO), for "
        "what it called breaches of the charities law.\n\nThe EHRCO said the "
        "suspension was retaliation for its reports on abuses in the Amhara region.",
        ("17|16", "ETHGOV", "ETHNGO|ETHHRI|NGO|---NGO"),
        ("11|12", "ETHNGO|ETHHRI|NGO|---NGO", "ETHGOV"),
    ),
    _h(
        "r16-23",
        "Kenya and China: a dateline, 'officials' revoke permits; an embassy urges",
        "NAIROBI, March 5 (Reuters) - Officials said on Tuesday they had revoked the "
        "work permits of four Chinese nationals accused of assaulting a Kenyan worker at "
        "a road construction site.\n\nThe Chinese embassy in Nairobi urged Kenya to "
        "protect the rights of Chinese citizens and businesses.",
        ("17|16", "KENGOV", "CHN|CHNBUS"),
        ("10|02", "CHNGOV", "KENGOV|KEN"),
    ),
    _h(
        "r16-24",
        "Nigeria: a nurse named in full with no title is arrested, then accuses",
        "Police in Lagos arrested Chidinma Okafor, 31, on Thursday after she posted "
        "videos showing patients sleeping on the floor of a state hospital.\n\n"
        "Okafor, a nurse, accused the police of holding her without charge for two "
        "days, and a nurses' union demanded her release.",
        ("17", "NGACOP", "NGAHLH|NGACVL|NGA"),
        ("11|12", "NGAHLH|NGACVL|NGA", "NGACOP"),
        ("10|02", "NGALAB|NGAHLH", "NGACOP|NGAGOV"),
    ),
    _h(
        "r16-25",
        "Georgia: a protester named in full is detained, then by surname",
        "Tamar Kvaratskhelia, 26, was detained by police in Tbilisi on Sunday night "
        "during a protest outside parliament.\n\nKvaratskhelia said on Monday that "
        "officers had beaten her in a police van, and the public defender called on "
        "the interior ministry to investigate.",
        ("17", "GEOCOP", "GEOCVL|GEOOPP|GEO"),
        ("11|12", "GEOCVL|GEOOPP|GEO", "GEOCOP"),
        ("10|02", "GEOGOV|GEOJUD|GEOHRI", "GEOGOV|GEOCOP"),
    ),
    _h(
        "r16-26",
        "Japan and Vietnam: police arrest 'two Vietnamese nationals'",
        "Japanese police arrested two Vietnamese nationals in Osaka on Monday on "
        "suspicion of running a ring that smuggled stolen cars abroad.\n\nVietnam's "
        "embassy in Tokyo said it was seeking information on the case.",
        ("17", "JPNCOP", "VNM|VNMCRM|VNMCVL"),
    ),
    _h(
        "r16-27",
        "Russia and Germany: a court jails 'two German citizens'; Berlin condemns",
        "A court in Moscow sentenced two German citizens to eight years in prison on "
        "Thursday for what it called sabotage at a military airfield.\n\nGermany's "
        "foreign ministry condemned the verdict as politically motivated and summoned "
        "Russia's ambassador.",
        ("17|15", "RUSJUD", "DEU|DEUCVL"),
        ("11|12", "DEUGOV", "RUSJUD|RUSGOV|RUS"),
    ),
    _h(
        "r16-28",
        "Lebanon and Syria: 'the army' rounds up 'Syrian refugees'",
        "The Lebanese army rounded up dozens of Syrian refugees in raids on informal "
        "camps in the Bekaa valley on Tuesday and deported them across the border, "
        "aid groups said.\n\nThe Norwegian Refugee Council urged Lebanon to halt the "
        "deportations.",
        ("17", "LBNMIL", "SYRREF|SYR|---REF"),
        ("10|02", "NGO|---NGO|NORNGO", "LBNGOV|LBNMIL|LBN"),
    ),
    _h(
        "r16-29",
        "Honduras: a watchdog by acronym accuses a party, then asks prosecutors",
        "The National Anti-Corruption Council (CNA), a Honduran watchdog, accused the "
        "ruling Libre party on Monday of diverting public funds meant for school meals "
        "into its campaign.\n\nThe CNA asked the attorney general's office to open an "
        "investigation.",
        ("11|12", "HNDNGO|HNDGOV|HND|HNDCVL", "HNDPTY|HNDGOV"),
        ("10|02", "HNDNGO|HNDGOV|HND|HNDCVL", "HNDJUD"),
    ),
    _h(
        "r16-30",
        "Kenya: a police directorate by acronym arrests a pastor",
        "Kenya's Directorate of Criminal Investigations (DCI) arrested a pastor in "
        "Kilifi on Wednesday over the deaths of 12 followers who starved on his "
        "orders.\n\nThe DCI said it would ask a court to hold him for 30 days.",
        ("17", "KENCOP|KENGOV", "KENREL|KEN|KENCVL"),
    ),
    _h(
        "r16-31",
        "Ethiopia: a militia by local name seizes a town; 'the federal army' strikes",
        "Fighters of the Fano militia seized the town of Debre Markos in Ethiopia's "
        "Amhara region on Tuesday after a day of fighting, residents said.\n\nThe "
        "federal army said its drones had struck Fano positions near Gondar, killing "
        "dozens of the militiamen.",
        ("19|18", "ETHREB|ETHINS|ETHETH|---REB", "ETHMIL|ETH|None"),
        ("19|18|20", "ETHMIL", "ETHREB|ETHINS|ETHETH|---REB"),
    ),
    _h(
        "r16-32",
        "Cameroon: separatists by local name kidnap students; the government condemns",
        "Separatist fighters of the Ambazonia Defence Forces kidnapped 12 students from "
        "a school in Cameroon's Northwest region on Monday, local officials said.\n\n"
        "Cameroon's government condemned the kidnapping and said troops were searching "
        "for the children.",
        ("18", "CMRREB|CMRSEP|CMRINS|---REB", "CMREDU|CMRCVL|CMR"),
        ("11|12", "CMRGOV", "CMRREB|CMRSEP|CMRINS|---REB"),
    ),
    _h(
        "r16-33",
        "Zambia: a ministry shuts a foreign company's mine; farmers sue 'the company'",
        "Zambia's mines ministry suspended the licence of the Chinese-owned Huaxin "
        "Copper company on Friday after acid from its plant poisoned a river near "
        "Kitwe.\n\nFarmers along the river sued the company for damages in the High "
        "Court in Lusaka.",
        ("17|16", "ZMBGOV", "CHNBUS|---BUS|ZMBBUS"),
        ("11", "ZMBAGR|ZMBCVL|ZMB", "CHNBUS|---BUS|ZMBBUS"),
    ),
    _h(
        "r16-34",
        "South Africa: a mineworkers' union by acronym accuses a mining company",
        "South Africa's National Union of Mineworkers (NUM) accused Sibanye-Stillwater "
        "on Tuesday of ignoring safety warnings before a lift accident that killed "
        "nine miners.\n\nThe NUM called on the mineral resources ministry to close the "
        "shaft until an inquiry was finished.",
        ("11|12", "ZAFLAB", "ZAFBUS"),
        ("10|02", "ZAFLAB", "ZAFGOV"),
    ),
    _h(
        "r16-35",
        "Uganda: a university suspends students; the student guild accuses",
        "Makerere University suspended 40 students on Monday after a protest against "
        "fee increases ended in clashes with campus security.\n\nThe students' guild "
        "accused the university's management of punishing students for speaking out.",
        ("17|16", "UGAEDU", "UGAEDU|UGACVL|UGA"),
        ("11|12", "UGAEDU|UGACVL|UGA", "UGAEDU"),
    ),
    _h(
        "r16-36",
        "Venezuela: 'the UN human rights chief' condemns; Caracas rejects",
        "The UN human rights chief on Tuesday condemned the arrest of an opposition "
        "campaign manager in Venezuela and called for his immediate release.\n\n"
        "Venezuela's foreign minister rejected the criticism as interference.",
        ("11|12", "IGOUNO", "VENGOV|VEN"),
        ("12|11", "VENGOV", "IGOUNO"),
    ),
    _h(
        "r16-37",
        "Mozambique: 'an EU election observer mission' accuses an electoral body",
        "An EU election observer mission said on Thursday it had found irregularities "
        "in the count of Mozambique's presidential vote.\n\nThe mission's chief "
        "observer accused the national electoral commission of refusing its "
        "observers access to tally centres in three provinces.",
        ("11|12", "IGOEUR", "MOZGOV|MOZ|MOZELE"),
    ),
    _h(
        "r16-38",
        "Ghana: 'a World Bank team' agrees a loan with a ministry",
        "A World Bank team agreed with Ghana's finance ministry on Thursday on a $300 "
        "million loan to support the country's electricity sector.\n\nThe bank's "
        "country director said the money would be paid out in two tranches.",
        ("05|06|07|03", "IGOBUS|IGO", "GHAGOV|GHA"),
    ),
    _h(
        "r16-39",
        "West Bank: troops detain 'two Palestinian journalists'; a syndicate condemns",
        "Israeli troops detained two Palestinian journalists during a raid in Nablus on "
        "Wednesday, their employer said.\n\nThe Palestinian Journalists Syndicate "
        "condemned the arrests and urged press freedom groups to act.",
        ("17", "ISRMIL", "PSEMED|MED|PSE"),
        ("11|12", "PSEMED|PSELAB|MED", "ISRMIL|ISR"),
    ),
    _h(
        "r16-40",
        "Hungary: the government freezes an NGO's funds; the Commission urges",
        "Hungary's government froze the bank accounts of Transparency International's "
        "Hungarian chapter on Monday under a new law on foreign funding.\n\nThe "
        "European Commission urged Budapest to reverse the decision.",
        ("17|16", "HUNGOV", "HUNNGO|NGO|---NGO"),
        ("10|02", "IGOEUR", "HUNGOV|HUN"),
    ),
    _h(
        "r16-41",
        "Serbia: police detain reporters; a journalists' association by acronym",
        "Police in Belgrade detained two reporters from an investigative news site on "
        "Friday as they filmed outside a government building.\n\nThe Independent "
        "Journalists' Association of Serbia (NUNS) called the detentions intimidation, "
        "and the NUNS asked the interior ministry for an explanation.",
        ("17", "SRBCOP", "SRBMED|MED|---MED"),
        ("11|12", "SRBMED|SRBLAB|SRBNGO|MED", "SRBCOP|SRBGOV"),
        ("10|02", "SRBMED|SRBLAB|SRBNGO|MED", "SRBGOV|SRBCOP"),
    ),
    _h(
        "r16-42",
        "Haiti: a gang alliance attacks a police station; 'the alliance'",
        "Gunmen of the Viv Ansanm gang alliance attacked a police station in "
        "Mirebalais on Sunday night and freed more than 500 inmates from the town's "
        "prison.\n\nHaitian police said officers had killed 12 members of the alliance "
        "in a counter-attack on Monday.",
        ("18|19", "HTICRM|HTIREB|---CRM", "HTICOP"),
        ("19|18|20", "HTICOP", "HTICRM|HTIREB|---CRM"),
    ),
    _h(
        "r16-43",
        "Papua New Guinea: police arrest men after a tribal clash",
        "Police in Papua New Guinea's Enga province arrested 20 men on Tuesday over a "
        "tribal clash that killed 26 people in the highlands last month.\n\nThe "
        "provincial police commander said more arrests would follow.",
        ("17", "PNGCOP", "PNG|PNGCVL|PNGCRM"),
    ),
    _h(
        "r16-44",
        "Nicaragua: a ministry shuts charities; 'the bishops' conference' condemns",
        "Nicaragua's interior ministry shut down 15 more charities on Wednesday, "
        "including a Catholic group that ran soup kitchens in Managua.\n\nThe "
        "Nicaraguan Episcopal Conference condemned the closures in a letter read at "
        "Sunday masses.",
        ("17|16", "NICGOV", "NICNGO|NICREL|NGO|---NGO"),
        ("11|12", "NICREL", "NICGOV"),
    ),
    _h(
        "r16-45",
        "Kazakhstan: an anti-corruption agency detains a company's former chief",
        "Kazakhstan's anti-corruption agency detained Nurlan Tasbolatov, the former "
        "head of the national railway company, on suspicion of embezzling $40 "
        "million.\n\nThe agency said it had frozen his assets in Almaty and Astana.",
        ("17", "KAZGOV|KAZCOP", "KAZBUS|KAZGOV|KAZ"),
    ),
    _h(
        "r16-46",
        "Lebanon and Israel: 'the group' fires rockets; the military strikes back",
        "Hezbollah fired dozens of rockets at an Israeli army base in the Golan Heights "
        "on Monday, the group said.\n\nIsrael's military said its jets had struck "
        "Hezbollah positions in southern Lebanon in response.",
        ("19|18|20", "LBNREB", "ISRMIL|ISR"),
        ("19|18|20", "ISRMIL", "LBNREB"),
    ),
    _h(
        "r16-47",
        "Brazil: an environmental agency by name fines a company; 'the agency'",
        "Brazil's environmental agency Ibama fined a gold mining company 50 million "
        "reais on Tuesday for dumping mercury into a tributary of the Tapajos river.\n\n"
        "The agency also suspended the company's operating licence.",
        ("17|16", "BRAGOV|BRAENV", "BRABUS|---BUS"),
    ),
    _h(
        "r16-48",
        "France and Germany: two leaders meet, then 'the two leaders' urge Russia",
        "French President Emmanuel Macron hosted German Chancellor Friedrich Merz in "
        "Paris on Tuesday.\n\nThe two leaders called on Russia to accept an "
        "unconditional ceasefire in Ukraine.",
        ("04", "FRAGOV|DEUGOV", "DEUGOV|FRAGOV"),
        ("10|02", "FRAGOV|DEUGOV", "RUSGOV|RUS"),
    ),
    _h(
        "r16-nm1",
        "'the bloc' as an economy",
        "Euro zone inflation eased to 2.2% in February, official data showed on "
        "Monday.\n\nThe bloc's economy grew 0.3% in the last quarter, driven by "
        "exports of machinery.",
    ),
    _h(
        "r16-nm2",
        "'the group' as a conglomerate",
        "India's Tata group said on Friday its quarterly profit rose 12%.\n\nThe group "
        "plans to open two battery plants in Gujarat next year.",
    ),
    _h(
        "r16-nm3",
        "'the union' in rugby",
        "Ireland beat France 27-20 in Dublin on Saturday to keep their Six Nations "
        "title hopes alive.\n\nThe Irish Rugby Football Union said all 51,000 tickets "
        "for the match had been sold.",
    ),
    _h(
        "r16-nm4",
        "a church festival",
        "Millions of pilgrims visited the Basilica of Our Lady of Guadalupe in Mexico "
        "City over the weekend.\n\nThe archdiocese said the crowds were the largest "
        "since before the pandemic.",
    ),
    _h(
        "r16-nm5",
        "'police' report a road accident",
        "A lorry overturned on the M6 near Preston on Tuesday morning, closing two "
        "lanes for six hours.\n\nPolice said nobody was seriously hurt.",
    ),
    _h(
        "r16-nm6",
        "'the army' band at a ceremony",
        "The army's brass band played at the opening of a new bridge over the Danube "
        "in Novi Sad on Saturday.\n\nThousands of residents watched fireworks after "
        "the ceremony.",
    ),
    _h(
        "r16-nm7",
        "a university's research",
        "Researchers at the University of Nairobi said on Wednesday they had developed "
        "a maize variety that needs a third less water.\n\nField trials will begin in "
        "Machakos county in April.",
    ),
    _h(
        "r16-nm8",
        "'the fund' forecasts",
        "The IMF raised its forecast for India's economic growth this year to 6.8% on "
        "Tuesday.\n\nThe fund's chief economist said strong public investment had "
        "lifted demand.",
    ),
)

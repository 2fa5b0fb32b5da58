"""Quotations and their speakers in wire copy (Reuters, AP, Bloomberg, AFP, TASS, Interfax) about
energy and foreign policy, annotated by hand.

Each paragraph is modelled on a real one (source noted above it; shortened and reworded, the
attribution kept as written) and lists every quotation in it, in order, with its speaker: the
display name of a dictionary actor, the name as written for a person the dictionary does not
know, or ``""`` when the text names nobody (an anonymous official, ``they``).
"""

import pytest

from analysis.quotes import find_quotes
from tests.actors.conftest import documents
from tests.conftest import cpu_seconds

PESKOV = "Dmitry Peskov"
NOVAK = "Alexander Novak"
LAVROV = "Sergei Lavrov"
ZAKHAROVA = "Maria Zakharova"
RYABKOV = "Sergei Ryabkov"
PUTIN = "Vladimir Putin"
SILUANOV = "Anton Siluanov"
KREMLIN = "Kremlin (Russian presidency)"

# Deliberate differences, one reason per class of input.
INFINITIVE_CUE = (
    "a reporting verb in the infinitive ('was quick to add that ...') is not read as a cue: "
    "before a quote, bare 'say'/'add' mostly mention a word in transcripts ('when I say "
    "\u201cour\u201d'), so the cue-less quote after it has no sentence of reported speech to "
    "continue"
)

CASES = [
    # --- cue after the quote: "...," X told reporters / said X, his title -------------------
    # theepochtimes.com/world/others-may-reject-japan-proposal-on-oil-price-cap-kremlin-says-4575462
    pytest.param(
        "Commenting on reports that Prime Minister Fumio Kishida had proposed a cap at about half "
        "the current price, Peskov said that other countries may disagree.\n\n"
        "\u201cThis statement ... does not mean that such parameters will be agreed by other "
        "countries,\u201d Peskov told his daily conference call with reporters.\n\n"
        "\u201cSo far, this is a single statement only, without any decisions taken.\u201d",
        [
            (
                "This statement ... does not mean that such parameters will be agreed by other "
                "countries,",
                PESKOV,
            ),
            ("So far, this is a single statement only, without any decisions taken.", PESKOV),
        ],
        id="peskov-told-conference-call-then-paragraph-continuation",
    ),
    # newshub.ge/en/news/world/dmitry-peskov-gazprom-is-supplying-as-much-gas-to-europe-as-possible
    pytest.param(
        '"Gazprom supplies as much as needed and possible. We know that technical possibilities '
        'for supplies have decreased now," Peskov said, adding that European sanctions prevented '
        "a timely repair of the equipment.",
        [
            (
                "Gazprom supplies as much as needed and possible. We know that technical "
                "possibilities for supplies have decreased now,",
                PESKOV,
            )
        ],
        id="peskov-said-adding",
    ),
    pytest.param(
        "Peskov said that Gazprom would be able to increase supplies once maintenance was over.\n\n"
        '"Gazprom was and remains a reliable guarantor of all its obligations but it can not '
        'guarantee supplies if foreign equipment could not be serviced," he said.',
        [
            (
                "Gazprom was and remains a reliable guarantor of all its obligations but it can "
                "not guarantee supplies if foreign equipment could not be serviced,",
                PESKOV,
            )
        ],
        id="he-said-previous-paragraph-speaker",
    ),
    # sputnikglobe.com/20160922/russia-opec-energy-algeria-1045586688.html
    pytest.param(
        '"We hope that there will be constructive dialogue within the framework of the OPEC '
        'countries," Novak told reporters.\n'
        "The minister added that a five percent cut was not going to be discussed.\n"
        '"As I know from talks with ministers of other countries, this option has not been '
        'proposed," Novak added, answering a question about a possible cut.',
        [
            (
                "We hope that there will be constructive dialogue within the framework of the "
                "OPEC countries,",
                NOVAK,
            ),
            (
                "As I know from talks with ministers of other countries, this option has not "
                "been proposed,",
                NOVAK,
            ),
        ],
        id="novak-told-reporters-novak-added",
    ),
    # urdupoint.com/en/business/opec-decision-to-lower-output-related-to-mar-1557876.html
    pytest.param(
        "The decision of the OPEC+ alliance to decrease output in October is related to the "
        "market situation, Russian Deputy Prime Minister Alexander Novak said on Monday.\n\n"
        '"This decision was made due to the fact that we considered the current situation on the '
        'market," Novak told the Rossiya 24 broadcaster.',
        [
            (
                "This decision was made due to the fact that we considered the current situation "
                "on the market,",
                NOVAK,
            )
        ],
        id="novak-told-a-broadcaster",
    ),
    pytest.param(
        "\u201cWe will continue to monitor the market closely and act if needed,\u201d said "
        "Alexander Novak, Russia\u2019s deputy prime minister in charge of energy.",
        [("We will continue to monitor the market closely and act if needed,", NOVAK)],
        id="said-name-then-possessive-title",
    ),
    pytest.param(
        "\u201cThe market is balanced and we see no need for extra measures,\u201d Alexander "
        "Novak, Russia\u2019s deputy prime minister, told reporters in Vienna.",
        [("The market is balanced and we see no need for extra measures,", NOVAK)],
        id="name-comma-title-comma-told",
    ),
    # sputnikglobe.com/20200306/opec-abolishes-oil-output-restrictions-...-1078496615.html
    pytest.param(
        '"This decision has been made, since we have not arrived at a consensus on how the 24 '
        'countries should behave", Novak said on Friday, leaving the OPEC headquarters in Vienna.'
        '\n"This is why, I believe, we are coming to a moment when we will work without quotas", '
        "the minister added.",
        [
            (
                "This decision has been made, since we have not arrived at a consensus on how "
                "the 24 countries should behave",
                NOVAK,
            ),
            (
                "This is why, I believe, we are coming to a moment when we will work without quotas",
                NOVAK,
            ),
        ],
        id="comma-outside-marks-and-the-minister-added",
    ),
    pytest.param(
        "\"Let's see how the market reacts, it is very volatile. Maybe it is an emotional "
        'assessment today," Novak noted.',
        [
            (
                "Let's see how the market reacts, it is very volatile. Maybe it is an emotional "
                "assessment today,",
                NOVAK,
            )
        ],
        id="straight-apostrophe-inside-straight-double-quote",
    ),
    # russialist.org/interfax-sergei-lavrov-says-western-sanctions-on-russia-are-not-lawful/
    pytest.param(
        "\u201cUnilateral sanctions have never done any good. They are not legal,\u201d Lavrov "
        "said at a State Duma sitting on Thursday.\n\n"
        "\u201cThe UN Security Council is the only body entitled to decide on coercive measures "
        "towards sovereign states,\u201d he underscored.",
        [
            ("Unilateral sanctions have never done any good. They are not legal,", LAVROV),
            (
                "The UN Security Council is the only body entitled to decide on coercive "
                "measures towards sovereign states,",
                LAVROV,
            ),
        ],
        id="lavrov-said-then-he-underscored-next-paragraph",
    ),
    # urdupoint.com/en/miscellaneous/moscow-condemns-us-sanctions-on-turkey-over-r-1114043.html
    pytest.param(
        "Russia's Foreign Minister Sergei Lavrov on Monday condemned US sanctions on Turkey over "
        'the purchase of the S-400 system as "illegitimate".\n\n'
        '"This is, of course, another manifestation of an arrogant attitude towards international '
        'law," Lavrov said according to Russian news agencies.',
        [
            ("illegitimate", LAVROV),
            (
                "This is, of course, another manifestation of an arrogant attitude towards "
                "international law,",
                LAVROV,
            ),
        ],
        id="partial-quote-condemned-as",
    ),
    pytest.param(
        "Lavrov called the new sanctions \u201cillegitimate\u201d and said Moscow would respond.",
        [("illegitimate", LAVROV)],
        id="partial-quote-called",
    ),
    pytest.param(
        "Peskov described the decision as \u201cabsurd\u201d and said Russia would not sell oil "
        "under a cap.",
        [("absurd", PESKOV)],
        id="partial-quote-described-as",
    ),
    # tass.com/economy/1501591
    pytest.param(
        "Russian presidential spokesman Dmitry Peskov called a cap on Russian oil an absurd "
        "decision.\n\n"
        '"The anti-Russian sanctions led to a very, very deep crisis," he said, adding "US '
        'companies are getting richer, while European taxpayers are getting poorer".\n\n'
        "\"Let's see how the situation develops in regard to oil if such absurd decisions are "
        'made," Peskov added.',
        [
            ("The anti-Russian sanctions led to a very, very deep crisis,", PESKOV),
            (
                "US companies are getting richer, while European taxpayers are getting poorer",
                PESKOV,
            ),
            (
                "Let's see how the situation develops in regard to oil if such absurd decisions "
                "are made,",
                PESKOV,
            ),
        ],
        id="he-said-adding-quote",
    ),
    pytest.param(
        'In response to a question, Peskov stated that Moscow "calculates all options." "The '
        "situation may develop in various ways. This decision will result in considerable "
        'disruption of the oil markets," he warned.',
        [
            ("calculates all options.", PESKOV),
            (
                "The situation may develop in various ways. This decision will result in "
                "considerable disruption of the oil markets,",
                PESKOV,
            ),
        ],
        id="stated-that-partial-then-he-warned",
    ),
    # thestar.com.my/news/world/2025/09/18/russia-slams-japan039s-new-sanctions-vows-response
    pytest.param(
        "Russian Foreign Ministry spokesperson Maria Zakharova said on Thursday that Japan's new "
        'sanctions against Russia are "unfriendly" and warned that they "will not go '
        'unanswered."\n\n'
        "\"Japan's latest unfriendly actions will not go unanswered, but our response will be "
        'well thought out," Zakharova said.',
        [
            ("unfriendly", ZAKHAROVA),
            ("will not go unanswered.", ZAKHAROVA),
            (
                "Japan's latest unfriendly actions will not go unanswered, but our response will "
                "be well thought out,",
                ZAKHAROVA,
            ),
        ],
        id="zakharova-partial-quotes-after-said-that",
    ),
    # dailypost.ng/2022/04/07/war-japan-kicks-as-russia-threatens-action/
    pytest.param(
        "Zakharova warned that the government of Japan \u201cis stoking anti-Russian hysteria in "
        "Japanese society.\u201d\n\nShe further criticised Japan for \u201cobediently following "
        "instructions received from across the ocean\u201d and said Tokyo was undermining ties.",
        [
            ("is stoking anti-Russian hysteria in Japanese society.", ZAKHAROVA),
            ("obediently following instructions received from across the ocean", ZAKHAROVA),
        ],
        id="warned-that-then-she-criticised-for",
    ),
    # dailypost.ng (Matsuno): the bare surname before the full name, both resolved to the
    # dictionary's Chief Cabinet Secretary (added with the wire-copy actors, 2026-11-28)
    pytest.param(
        "\u201cThis whole situation stems from Russia\u2019s aggression against Ukraine,\u201d "
        "Matsuno said, adding that any response shifting responsibility to Japan was "
        "unacceptable.\n\nJapan\u2019s Chief Cabinet Secretary Hirokazu Matsuno told a news "
        "conference on Thursday: \u201cRussia gave Tokyo no option but to impose sanctions.\u201d",
        [
            (
                "This whole situation stems from Russia\u2019s aggression against Ukraine,",
                "Hirokazu Matsuno",
            ),
            ("Russia gave Tokyo no option but to impose sanctions.", "Hirokazu Matsuno"),
        ],
        id="surname-then-full-name-of-a-known-speaker",
    ),
    # tass.com/politics/1548597
    pytest.param(
        "Russia will soon prepare a response to the price cap, presidential spokesman Dmitry "
        "Peskov said in an interview with Channel One. \"We're getting closer. As soon as the "
        'experts finish their work, everything will be made public," he said.',
        [
            (
                "We're getting closer. As soon as the experts finish their work, everything will "
                "be made public,",
                PESKOV,
            )
        ],
        id="he-said-after-sentence-ending-with-said-name",
    ),
    pytest.param(
        "Finance Minister Anton Siluanov said it was too early to assess the effect on the "
        'budget. "So far, it is too early to talk about the impact on the budget. We are now '
        'preparing retaliatory measures," Siluanov said. He noted that such measures would be '
        "announced soon.",
        [
            (
                "So far, it is too early to talk about the impact on the budget. We are now "
                "preparing retaliatory measures,",
                SILUANOV,
            )
        ],
        id="siluanov-said",
    ),
    # --- cue before the quote: X said: "..." ------------------------------------------------
    pytest.param(
        "Novak said: \u201cThe OPEC+ deal remains in force and all parties are committed to "
        "it.\u201d",
        [("The OPEC+ deal remains in force and all parties are committed to it.", NOVAK)],
        id="novak-said-colon",
    ),
    pytest.param(
        "Asked about the talks, Lavrov told a news conference in Moscow: \u201cWe have not "
        "received any proposals from Washington.\u201d",
        [("We have not received any proposals from Washington.", LAVROV)],
        id="asked-lavrov-told-news-conference-colon",
    ),
    # intelsnews.com/amp/news/1255
    pytest.param(
        "Moscow will not agree to a price cap for Russian oil, Kremlin spokesman Dmitry Peskov "
        'told reporters. "We are evaluating the situation. Certain preparations have been made '
        'for such a limitation."',
        [
            (
                "We are evaluating the situation. Certain preparations have been made for such "
                "a limitation.",
                PESKOV,
            )
        ],
        id="quote-without-cue-after-sentence-naming-speaker",
    ),
    pytest.param(
        "Ryabkov told Interfax that Moscow was ready for talks. \u201cThe ball is in the American "
        "court,\u201d he said.",
        [("The ball is in the American court,", RYABKOV)],
        id="ryabkov-told-interfax-he-said",
    ),
    pytest.param(
        "Deputy Foreign Minister Sergei Ryabkov was quoted by RIA Novosti as saying: \u201cWe do "
        "not rule out any options.\u201d",
        [("We do not rule out any options.", RYABKOV)],
        id="quoted-by-agency-as-saying-colon",
    ),
    # --- split quotes and continuations -----------------------------------------------------
    pytest.param(
        "\u201cWe are not going to sell oil to those who impose a price cap,\u201d Lavrov said. "
        "\u201cThis is our principled position.\u201d",
        [
            ("We are not going to sell oil to those who impose a price cap,", LAVROV),
            ("This is our principled position.", LAVROV),
        ],
        id="split-quote-continuation-in-paragraph",
    ),
    pytest.param(
        "\u201cThe Europeans,\u201d Peskov said, \u201care shooting themselves in the foot.\u201d",
        [("The Europeans,", PESKOV), ("are shooting themselves in the foot.", PESKOV)],
        id="split-quote-mid-sentence",
    ),
    pytest.param(
        "\u201cIt is a decision of the OPEC+ countries,\u201d Novak said. \u201cWe will fulfil "
        "our obligations,\u201d he added. \u201cThe market will see that.\u201d",
        [
            ("It is a decision of the OPEC+ countries,", NOVAK),
            ("We will fulfil our obligations,", NOVAK),
            ("The market will see that.", NOVAK),
        ],
        id="said-added-continuation",
    ),
    # pledgetimes.com/oil-russia-moscow-we-will-not-accept-price-ceilings/
    pytest.param(
        "\u201cWe are evaluating the situation. We will not accept a price cap,\u201d Peskov "
        "said, after the EU decided on the cap.\n\nPeskov also announced that Putin would visit "
        "Donbas. \u201cThis is going to happen. It\u2019s a region of the Russian "
        "Federation,\u201d Peskov said.",
        [
            ("We are evaluating the situation. We will not accept a price cap,", PESKOV),
            ("This is going to happen. It\u2019s a region of the Russian Federation,", PESKOV),
        ],
        id="peskov-twice-with-putin-in-between",
    ),
    # --- pronouns ----------------------------------------------------------------------------
    pytest.param(
        "Sergei Lavrov met Wang Yi in Beijing on Tuesday. \u201cWe share the same view of the "
        "situation,\u201d he told reporters after the talks.",
        [("We share the same view of the situation,", LAVROV)],
        id="he-told-reporters-subject-not-object",
    ),
    pytest.param(
        "Zakharova criticised the decision on Wednesday. \u201cThis is a hostile step that will "
        "not go unanswered,\u201d she wrote on Telegram.",
        [("This is a hostile step that will not go unanswered,", ZAKHAROVA)],
        id="she-wrote-on-telegram",
    ),
    pytest.param(
        "Ushakov said Putin and Trump had discussed energy. \u201cThe conversation was "
        "businesslike,\u201d he said.",
        [("The conversation was businesslike,", "Yury Ushakov")],
        id="he-is-the-subject-not-the-people-he-spoke-of",
    ),
    # --- anonymous speakers -----------------------------------------------------------------
    pytest.param(
        "Novak said the group would meet next week. \u201cThere is no consensus yet on the size "
        "of the cut,\u201d an OPEC+ source told Reuters.",
        [("There is no consensus yet on the size of the cut,", "")],
        id="an-opec-source-told-reuters",
    ),
    pytest.param(
        "Peskov declined to comment. \u201cThe decision has been taken at the very top,\u201d the "
        "official, who declined to be named, said.",
        [("The decision has been taken at the very top,", "")],
        id="the-official-who-declined-to-be-named",
    ),
    pytest.param(
        "Novak told reporters the cut would be voluntary. \u201cWe expect the market to tighten "
        "by the end of the year,\u201d said a senior official who asked not to be identified.",
        [("We expect the market to tighten by the end of the year,", "")],
        id="said-a-senior-official-anonymous",
    ),
    # thenews.com.pk/print/1043226-russia-plans-deep-march-oil-export-cuts
    pytest.param(
        "Russia plans to cut oil exports from its western ports by up to 25 percent in March, "
        "three sources in the Russian oil market said.\n\n"
        '"The export cuts appear to be deeper than the planned production cuts," one of the '
        "sources said.",
        [("The export cuts appear to be deeper than the planned production cuts,", "")],
        id="one-of-the-sources-said",
    ),
    pytest.param(
        "Sergei Lavrov arrived in Ankara on Monday.\n\n"
        "\u201cThe talks will be difficult,\u201d a Russian diplomat told AFP on condition of "
        "anonymity.",
        [("The talks will be difficult,", "")],
        id="a-diplomat-on-condition-of-anonymity",
    ),
    pytest.param(
        "Officials in Moscow were cautious. \u201cIt is too early to say what the sanctions will "
        "mean for us,\u201d they said.",
        [("It is too early to say what the sanctions will mean for us,", "")],
        id="they-said",
    ),
    pytest.param(
        "Vladimir Putin chaired a meeting on energy. \u201cSupplies to Asia will grow,\u201d "
        "one participant said.",
        [("Supplies to Asia will grow,", "")],
        id="one-participant-said",
    ),
    # --- unknown persons: the name as written -----------------------------------------------
    # vestikavkaza.ru/news/Russian-oil-export-revenues-rising-despite-sanctions-report.html
    pytest.param(
        "Oil exports rose to 3.6 million barrels a day in April, said Matt Smith of Kpler, a "
        'firm that tracks oil cargo ships. "The big takeaway is that Russian crude oil exports '
        'are actually higher so far this month," Smith said. "It\'s surprising."',
        [
            (
                "The big takeaway is that Russian crude oil exports are actually higher so far "
                "this month,",
                "Matt Smith",
            ),
            ("It's surprising.", "Matt Smith"),
        ],
        id="unknown-analyst-surname-completed-and-continued",
    ),
    pytest.param(
        "\u201cThe cut is mostly symbolic, as Russia is already producing below its "
        "quota,\u201d said Jane Smith, an analyst at Rystad Energy.",
        [
            (
                "The cut is mostly symbolic, as Russia is already producing below its quota,",
                "Jane Smith",
            )
        ],
        id="said-unknown-analyst-at-firm",
    ),
    pytest.param(
        "\u201cPrices will stay under pressure until demand in China recovers,\u201d Rystad "
        "Energy analyst Jorge Leon said.",
        [("Prices will stay under pressure until demand in China recovers,", "Jorge Leon")],
        id="firm-analyst-unknown-name-said",
    ),
    pytest.param(
        "Giovanni Staunovo, an analyst at UBS, said: \u201cThe market had expected a bigger cut "
        "from the group.\u201d",
        [("The market had expected a bigger cut from the group.", "Giovanni Staunovo")],
        id="unknown-name-comma-analyst-said-colon",
    ),
    pytest.param(
        "\u201cThis is a clear signal to the market,\u201d said Helima Croft, head of global "
        "commodity strategy at RBC Capital Markets. \u201cThe group wants higher prices.\u201d",
        [
            ("This is a clear signal to the market,", "Helima Croft"),
            ("The group wants higher prices.", "Helima Croft"),
        ],
        id="said-unknown-strategist-then-continuation",
    ),
    # stabroeknews.com/2022/08/06/news/guyana/rystad-energy-forecasts-guyana-...
    pytest.param(
        "\u201cYes, ExxonMobil is a client. Shell is a client,\u201d Senior Vice President "
        "Schreiner Parker said on Thursday as he presented a white paper.\n\n"
        "But Parker was quick to add that no reports are skewed in favour of any client. "
        "\u201cThey are completely independent.\u201d",
        [
            ("Yes, ExxonMobil is a client. Shell is a client,", "Schreiner Parker"),
            ("They are completely independent.", "Schreiner Parker"),
        ],
        id="unknown-person-with-title-then-bare-surname",
        marks=pytest.mark.xfail(strict=True, reason=INFINITIVE_CUE),
    ),
    pytest.param(
        "\u201cWe do not see any shortage of gas this winter,\u201d Kadri Simson, the EU energy "
        "commissioner, told reporters in Brussels.",
        [("We do not see any shortage of gas this winter,", "Kadri Simson")],
        id="unknown-name-comma-title-told-reporters",
    ),
    # --- organisations ----------------------------------------------------------------------
    pytest.param(
        "Gazprom said in a statement: \u201cThe company is fulfilling all of its contractual "
        "obligations to European consumers.\u201d",
        [
            (
                "The company is fulfilling all of its contractual obligations to European "
                "consumers.",
                "Gazprom",
            )
        ],
        id="gazprom-said-in-a-statement-colon",
    ),
    pytest.param(
        "\u201cGas flows through Ukraine remain stable,\u201d Gazprom said in a statement.",
        [("Gas flows through Ukraine remain stable,", "Gazprom")],
        id="quote-gazprom-said-in-a-statement",
    ),
    # reuters.com (Kupriyanov): a company spokesman the dictionary does not know
    pytest.param(
        "\u201cThe gas for European consumers is being delivered at full volume,\u201d Gazprom "
        "spokesman Sergei Kupriyanov told reporters.",
        [
            (
                "The gas for European consumers is being delivered at full volume,",
                "Sergei Kupriyanov",
            )
        ],
        id="company-spokesman-unknown-name",
    ),
    pytest.param(
        "OPEC+ said in a statement that its members \u201creaffirmed their commitment to a "
        "stable and balanced oil market.\u201d",
        [("reaffirmed their commitment to a stable and balanced oil market.", "OPEC+")],
        id="opec-plus-said-in-a-statement-that",
    ),
    pytest.param(
        "\u201cThe group will continue to closely monitor market conditions,\u201d OPEC+ said "
        "after its meeting.",
        [("The group will continue to closely monitor market conditions,", "OPEC+")],
        id="quote-opec-plus-said",
    ),
    pytest.param(
        "\u201cMoscow has never used energy as a weapon,\u201d the Kremlin said in a statement.",
        [("Moscow has never used energy as a weapon,", KREMLIN)],
        id="the-kremlin-said-in-a-statement",
    ),
    # tass.com/world/1408515
    pytest.param(
        "The Russian embassy in Britain has dismissed the sanctions as illegitimate.\n\n"
        '"London has little interest in settling the crisis in Ukraine. It prefers to score '
        'political points on fanning tensions," the embassy said.',
        [
            (
                "London has little interest in settling the crisis in Ukraine. It prefers to "
                "score political points on fanning tensions,",
                "",
            )
        ],
        id="the-embassy-said-no-dictionary-embassy",
    ),
    pytest.param(
        "The Russian Foreign Ministry summoned the Japanese ambassador on Friday. \u201cSuch "
        "steps will not remain without a response,\u201d the ministry said.",
        [("Such steps will not remain without a response,", "Russian Foreign Ministry")],
        id="the-ministry-said",
    ),
    pytest.param(
        "According to a Kremlin statement, Putin told Xi that \u201cenergy cooperation is a "
        "pillar of the partnership.\u201d",
        [("energy cooperation is a pillar of the partnership.", PUTIN)],
        id="according-to-a-statement-putin-told-xi-that",
    ),
    pytest.param(
        "\u201cThe sides discussed the supply of Russian oil to India,\u201d according to a "
        "statement from the Russian Energy Ministry.",
        [("The sides discussed the supply of Russian oil to India,", "Russian Energy Ministry")],
        id="according-to-a-statement-from-the-ministry",
    ),
    pytest.param(
        "\u201cThe price cap will not affect our production plans,\u201d according to a statement.",
        [("The price cap will not affect our production plans,", "")],
        id="according-to-a-statement-nobody-named",
    ),
    # --- agencies: the agency reports, the person speaks --------------------------------------
    # sputnikglobe.com/amp/20221127/russia-determined-not-to-sell-energy-resources-...
    pytest.param(
        "\"We base our actions on President Putin's statement that we will not trade in oil with "
        'such countries," Peskov told media.\n'
        '"Nobody in our country will shoot themselves in the foot," Peskov said.',
        [
            (
                "We base our actions on President Putin's statement that we will not trade in "
                "oil with such countries,",
                PESKOV,
            ),
            ("Nobody in our country will shoot themselves in the foot,", PESKOV),
        ],
        id="told-media-and-putins-statement-inside-quote",
    ),
    pytest.param(
        "\u201cWe are ready to increase supplies of Russian gas to China,\u201d Alexei Miller, "
        "Gazprom\u2019s chief executive, was quoted as saying by Interfax.",
        [("We are ready to increase supplies of Russian gas to China,", "Alexei Miller")],
        id="was-quoted-as-saying-by-interfax",
    ),
    pytest.param(
        "Interfax quoted Ryabkov as saying: \u201cWe are not going to beg for anything.\u201d",
        [("We are not going to beg for anything.", RYABKOV)],
        id="agency-quoted-person-as-saying",
    ),
    pytest.param(
        "TASS cited Novak as saying that Russia \u201cwill meet its commitments in full.\u201d",
        [("will meet its commitments in full.", NOVAK)],
        id="agency-cited-person-as-saying-that",
    ),
    pytest.param(
        "\u201cThe contract will be signed this year,\u201d Igor Sechin, Rosneft\u2019s chief "
        "executive, told TASS.",
        [("The contract will be signed this year,", "Igor Sechin")],
        id="ceo-of-company-told-tass",
    ),
    pytest.param(
        "Putin told Bloomberg in an interview: \u201cWe will not use gas as a weapon, but we "
        "will not sell it at a loss.\u201d",
        [("We will not use gas as a weapon, but we will not sell it at a loss.", PUTIN)],
        id="putin-told-bloomberg-colon",
    ),
    # --- guards: what the wire rules must not do ----------------------------------------------
    pytest.param(
        "\u201cWe are ready for talks,\u201d Lavrov said.\n\n"
        "Peskov said the Kremlin would study the proposal.\n\n"
        "\u201cWe need time to analyse it,\u201d he said.",
        [("We are ready for talks,", LAVROV), ("We need time to analyse it,", PESKOV)],
        id="he-is-the-reported-speaker-of-the-paragraph-before-not-the-last-quoted",
    ),
    pytest.param(
        "Vladimir Putin was asked at the forum: \u201cWill Russia cut gas supplies to Europe "
        "this winter?\u201d",
        [("Will Russia cut gas supplies to Europe this winter?", "")],
        id="passive-was-asked-is-not-the-speaker",
    ),
    pytest.param(
        "Vladimir Putin spoke about the Arctic. When US Defence Secretary James Mattis took "
        "office, he described Russian moves in the Arctic as \u201caggressive steps.\u201d",
        [("aggressive steps.", "")],
        id="pronoun-after-unknown-full-name-is-nobody-not-putin",
    ),
    pytest.param(
        "Vladimir Putin visited a school called \u201cSirius\u201d and the so-called "
        "\u201cenergy bridge\u201d in Sochi.",
        [],
        id="called-after-a-noun-is-a-name-not-a-cue",
    ),
    pytest.param(
        "\u201cThe supplies will resume next week,\u201d said a source close to Putin.",
        [("The supplies will resume next week,", "")],
        id="a-source-close-to-a-named-person-is-anonymous",
    ),
    pytest.param(
        "\u201cExports will stay at the current level,\u201d a Gazprom spokesman said.",
        [("Exports will stay at the current level,", "Gazprom")],
        id="a-company-spokesman-speaks-for-the-company",
    ),
    pytest.param(
        "Kyiv rejected the offer. \u201cThis is blackmail.\u201d That was how Ukrainian President "
        "Volodymyr Zelensky put it on Wednesday, a day after Energy Minister Herman "
        "Halushchenko said talks were over.",
        [("This is blackmail.", "Vladimir Zelensky")],
        id="that-was-how-x-put-it",
    ),
    pytest.param(
        "Putin was defiant. As he put it: \u201cWe will not back down.\u201d As Peskov put it, "
        "\u201cthe door remains open.\u201d",
        [("We will not back down.", PUTIN), ("the door remains open.", PESKOV)],
        id="as-x-put-it",
    ),
    pytest.param(
        "Gazprom chief Alexei Miller met Naftogaz head Oleksiy Chernyshov on Tuesday. "
        "\u201cWe will not pay more,\u201d said Chernyshov, while Miller replied that \u201cthe "
        "price is fair and market-based.\u201d",
        [
            ("We will not pay more,", "Oleksiy Chernyshov"),
            ("the price is fair and market-based.", "Alexei Miller"),
        ],
        id="while-x-replied-that",
    ),
    # --- a third review: titles with prepositions, bodies that speak for their owners --------
    pytest.param(
        "Russian Ambassador to Japan Nikolay Nozdrev said in an interview with Izvestia: "
        "\u201cRelations are at a low point.\u201d",
        [("Relations are at a low point.", "Nikolay Nozdrev")],
        id="ambassador-to-a-country",
    ),
    pytest.param(
        "National security adviser Jake Sullivan told reporters later: \u201cWe are watching "
        "closely.\u201d",
        [("We are watching closely.", "Jake Sullivan")],
        id="lower-case-title-words",
    ),
    pytest.param(
        "The AfD came second. Its co-leader Alice Weidel said: \u201cWe are the people's party "
        "now.\u201d",
        [("We are the people's party now.", "Alice Weidel")],
        id="co-leader",
    ),
    pytest.param(
        "China's Foreign Ministry criticised the move. China's Ministry of Commerce said in a "
        "separate statement: \u201cWe firmly oppose this.\u201d",
        [("We firmly oppose this.", "Chinese Ministry of Commerce")],  # not the Foreign Ministry
        id="a-ministry-named-by-its-own-name",
    ),
    pytest.param(
        "The embassy issued a note. \u201cThis is unacceptable,\u201d Russia's embassy in Tokyo "
        "said.",
        [("This is unacceptable,", "Russia")],  # not Japan, of Tokyo
        id="an-embassy-speaks-for-its-country",
    ),
    pytest.param(
        "Output rose. \u201cWe will keep exporting,\u201d Rosneft's press service said in a "
        "statement.",
        [("We will keep exporting,", "Rosneft")],
        id="a-press-service-speaks-for-its-company",
    ),
    pytest.param(
        "Vladimir Putin sent a message of greetings.\n\nThe message to US President George Bush "
        "said, in part:\n\n\u201cRussian-US relations are a true partnership.\u201d",
        [("Russian-US relations are a true partnership.", "Vladimir Putin")],  # its sender's
        id="a-message-to-a-person-is-not-that-persons",
    ),
    pytest.param(
        "Brazil's Lula says BRICS 'not against anyone'\n\nRIO DE JANEIRO, July 6 (Reuters) - "
        'Brazilian President Luiz Inacio Lula da Silva said the group is "not against anyone".',
        [
            ("not against anyone", "Luiz Inacio Lula da Silva"),
            ("not against anyone", "Luiz Inacio Lula da Silva"),
        ],
        id="a-headline-names-its-speaker-by-surname",
    ),
    pytest.param(
        "Pakistan's Sharif says India 'will regret'\n\nISLAMABAD - Prime Minister Shehbaz Sharif "
        'said India "will regret" the strikes.',
        [("will regret", "Shehbaz Sharif"), ("will regret", "Shehbaz Sharif")],
        id="a-headline-surname-of-a-person-of-the-dictionary",
    ),
    pytest.param(
        "Putin met Xi on Monday. Putin's office said: \u201cThe talks were good.\u201d",
        [("The talks were good.", PUTIN)],
        id="a-persons-office-before-the-quote",
    ),
    # --- scare quotes and titles are not quotations -------------------------------------------
    pytest.param(
        "Moscow calls its actions in Ukraine a \u201cspecial military operation\u201d and warns "
        "that any steps to limit energy supplies would backfire.",
        [("special military operation", "Russia")],
        id="scare-quote-moscow-calls",
    ),
    # --- a fourth review: 30 stories from many beats (sport, courts, health, UK and EU
    # politics), names the dictionary does not know; one paragraph per pattern --------------
    pytest.param(
        "\u201cWe were poor after the break,\u201d Leeds head coach Marco Bianchi said.\n\n"
        "Defence barrister Helen Carver told the court: \u201cThe evidence is thin.\u201d",
        [
            ("We were poor after the break,", "Marco Bianchi"),
            ("The evidence is thin.", "Helen Carver"),
        ],
        id="titles-of-sport-and-courts",
    ),
    pytest.param(
        "Council President Antonio Ferri said talks would run late. \u201cNobody sleeps "
        "tonight,\u201d Ferri told reporters.\n\nCommission President Ursula von der Leyen "
        "defended the plan.\n\n\u201cWe cannot wait for the money,\u201d she said.",
        [
            ("Nobody sleeps tonight,", "Antonio Ferri"),
            ("We cannot wait for the money,", "Ursula von der Leyen"),
        ],
        id="she-is-the-subject-of-the-paragraph-before-not-the-last-speaker",
    ),
    pytest.param(
        "Grace Banda said she had won. \u201cWe will not accept a stolen vote,\u201d Banda "
        "said.\n\nMwale, who seeks a second term, urged calm.\n\n\u201cThe country must stay "
        "one nation,\u201d he said.",
        [
            ("We will not accept a stolen vote,", "Grace Banda"),
            ("The country must stay one nation,", ""),
        ],
        id="he-is-not-a-woman-who-spoke-before",
    ),
    pytest.param(
        "The chairwoman, Ruth Mbeki, rejected the claims. \u201cThe board is independent,\u201d "
        "she told a news conference.",
        [("The board is independent,", "Ruth Mbeki")],
        id="she-is-the-name-after-a-role",
    ),
    pytest.param(
        "Sarah Owens said the plant had no future. \u201cPeople want to know,\u201d she said."
        "\n\nCommunity union official Gareth Pryor struck a similar note. He told BBC Wales: \u201cWe have "
        "been here before.\u201d",
        [("People want to know,", "Sarah Owens"), ("We have been here before.", "Gareth Pryor")],
        id="he-after-a-lower-case-description",
    ),
    pytest.param(
        "Senator Ann Ruiz voted no. \u201cWe tie the hands of every state,\u201d she said.\n\n"
        "One engineer at a large lab, who asked that I not use her name because she was not "
        "authorized to speak, told me: \u201cWe ship things we do not understand.\u201d",
        [
            ("We tie the hands of every state,", "Ann Ruiz"),
            ("We ship things we do not understand.", ""),
        ],
        id="anonymity-asked-in-other-words",
    ),
    pytest.param(
        "Prime Minister Keir Starmer won the vote.\n\nSixty charities wrote to all MPs.\n\n"
        "In the letter, seen by the Guardian, they say: \u201cThese cuts will push thousands "
        "into poverty.\u201d",
        [("These cuts will push thousands into poverty.", "")],
        id="in-the-letter-they-say-is-not-the-first-person",
    ),
    pytest.param(
        "The Speaker, Sir Roger Hale, called for order. \u201cI want to hear the answers,\u201d "
        "he said.",
        [("I want to hear the answers,", "Roger Hale")],
        id="the-speaker-sir-x",
    ),
    pytest.param(
        "Prime Minister Shehbaz Sharif called the floods \u201ca catastrophe of biblical "
        "proportions\u201d.\n\nFor Rasool, the debate feels distant. \u201cThey talk in big "
        "hotels,\u201d he said.",
        [
            ("a catastrophe of biblical proportions", "Shehbaz Sharif"),
            ("They talk in big hotels,", ""),
        ],
        id="for-x-brings-in-somebody-else",
    ),
    pytest.param(
        "Opening the case, Sarah Whitfield KC told jurors: \u201cThis was no accident.\u201d\n\n"
        "Al Jazeera\u2019s Lucia Marin, reporting from Santiago, says the mood is jubilant. "
        "\u201cPeople are celebrating,\u201d Marin said.",
        [("This was no accident.", "Sarah Whitfield"), ("People are celebrating,", "Lucia Marin")],
        id="post-nominals-and-possessives-are-no-part-of-a-name",
    ),
    pytest.param(
        "President Andre Correa do Lago opened the session. \u201cWe have heard you,\u201d "
        "he said.\n\n\u201cRates will stay high,\u201d Itau Unibanco chief economist Ricardo "
        "Teixeira wrote in a note.",
        [
            ("We have heard you,", "Andre Correa do Lago"),
            ("Rates will stay high,", "Ricardo Teixeira"),
        ],
        id="particles-and-a-title-after-a-company",
    ),
    pytest.param(
        "Others urged caution. Prof Rowan Fielding, of the National Oceanography Centre in "
        "Southampton, who was not involved in the research, said: \u201cThis is careful "
        "work.\u201d\n\nQatar\u2019s foreign ministry spokesman, Majid al-Rashidi, told "
        "reporters the talks were at a \u201ccritical juncture\u201d.",
        [("This is careful work.", "Rowan Fielding"), ("critical juncture", "Majid al-Rashidi")],
        id="names-before-two-asides-and-in-apposition",
    ),
    pytest.param(
        "\u201cI only buy what is on my list,\u201d said Tanya Brooks, 38, a nurse and mother of "
        "two, as she loaded her car.",
        [("I only buy what is on my list,", "Tanya Brooks")],
        id="said-x-age-and-a-long-description",
    ),
    pytest.param(
        "\u201cI will not negotiate on the radio,\u201d Mr Reeve said, \u201cbut we are in the "
        "room every day.\u201d",
        [
            ("I will not negotiate on the radio,", "Reeve"),
            ("but we are in the room every day.", "Reeve"),
        ],
        id="split-quote-lower-case-second-half",
    ),
    pytest.param(
        "Chelsea head coach Enzo Maresca was angry.\n\n\u201cI need to see it again,\u201d the "
        "Italian said.",
        [("I need to see it again,", "Enzo Maresca")],
        id="a-demonym-is-a-person-not-a-country",
    ),
    pytest.param(
        "China\u2019s commerce ministry hit back on Wednesday.\n\n\u201cThe US side has abused "
        "export controls,\u201d the ministry said in a statement.",
        [("The US side has abused export controls,", "Chinese Ministry of Commerce")],
        id="the-ministry-of-a-country-named-before",
    ),
    pytest.param(
        "A Department of Health and Social Care spokesperson said: \u201cWe have accepted the "
        "recommendations.\u201d",
        # a body of the dictionary since its second review: the department speaks
        [("We have accepted the recommendations.", "Department of Health and Social Care")],
        id="a-body-named-with-and-is-no-person",
    ),
    pytest.param(
        "He continued: \u2018We are forced to buy weapons from our enemies.\u2019 (Later I told "
        "him, \u2018Buy from your friends.\u2019)",
        [("We are forced to buy weapons from our enemies.", ""), ("Buy from your friends.", "")],
        id="later-i-is-the-narrator-not-a-name",
    ),
    pytest.param(
        "Mikel Arteta praised his side\u2019s \u201ccomplete performance\u201d. President "
        "Vladimir Putin hailed the operation as \u201can example of cooperation\u201d.",
        [("complete performance", "Mikel Arteta"), ("an example of cooperation", PUTIN)],
        id="praised-and-hailed-quote-the-subject",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_wire_quotes_and_speakers(text, expected):
    found = find_quotes(documents(text))
    assert found[["quote", "speaker"]].values.tolist() == [list(row) for row in expected]


# Hostile runs of what the wire rules read: long gaps before a cue, names before an aside,
# naming verbs, capitalised runs before a pronoun.
HOSTILE = {
    "spaces before a cue": lambda n: (
        ("A" + " " * 390 + 'said "we will win this war". ') * (n // 420)
    ),
    "quoted as saying": lambda n: (
        ("Interfax quoted " + "ab " * 30 + 'as saying "we win". ') * (n // 120)
    ),
    "an aside before a cue": lambda n: (
        ('"We win," John Smith, ' + "x" * 70 + ", said. ") * (n // 100)
    ),
    "naming verbs": lambda n: ("Lavrov " + "called " * 50 + '"bad". ') * (n // 360),
    "capitalised runs": lambda n: (
        ("When Aa Bb " * 20 + 'took office, he said "we win". ') * (n // 250)
    ),
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_wire_rules_read_hostile_text_in_linear_time(name):
    small, large = (
        cpu_seconds(lambda n=n: find_quotes(documents(HOSTILE[name](n)))) for n in (40_000, 160_000)
    )
    # four times the text: well under sixteen times the time (quadratic), with room for noise
    assert large < max(8 * small, 0.5), (name, small, large)

"""Actor mentions in wire copy (Reuters, Bloomberg, AP, AFP, TASS, Interfax, Nikkei, Jiji) about
energy and foreign policy, annotated by hand.

Each paragraph is modelled on a real one (source noted above it; shortened and lightly reworded,
the names kept as written) and lists the ids of every dictionary actor a reader would see named
in it, by the dictionary's conventions: a demonym or a capital is its country (``Saudi``,
``Moscow``), a ministry named with its country is the ministry alone (``Russian Foreign
Ministry``), a place of the dictionary counts (``Europe``, ``Sakhalin``), a datelined capital
counts (hand-made documents keep the dateline). People and firms too minor for the dictionary
(a company's managing officer, a tanker's owner) are left out, and so is a descriptive lower-case
phrase (``Russia's far east``). The test asserts the exact set: nothing missed, nothing extra.
"""

import pytest

from analysis.actors import find_mentions, load_dictionary
from tests.actors.conftest import documents

# Deliberate differences, one reason per class of input.
NOT_NAMED_IN_FULL = (
    "an ambiguous short name or a surname shared with others ('Total', 'Miller', 'Energy "
    "Ministry' with no country) resolves only when the paragraph names the actor in full or "
    "names its country; wire copy usually does so in an earlier paragraph"
)


def wire(text: str, expected: set[str], case_id: str, *, xfail: str = ""):
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(text, expected, id=case_id, marks=marks)


CASES = [
    # --- Sakhalin-2, Sakhalin-1 and the Japanese partners ------------------------------------
    # rt.com/business/551861-japan-mitsui-mitsubishi-sakhalin-gas
    wire(
        "Japanese trading houses Mitsui and Mitsubishi are not considering quitting Russia's "
        "Sakhalin-2 project, the Nikkei newspaper reported, citing documents the companies "
        "submitted to the Ministry of Economy, Trade and Industry of Japan earlier this month.",
        {"japan", "mitsui", "mitsubishi", "russia", "sakhalin-2", "nikkei", "meti"},
        "mitsui-mitsubishi-stay-nikkei",
    ),
    wire(
        "Sakhalin-2 is managed and operated by the Sakhalin Energy Investment Company. The "
        "majority stake belongs to Russia's energy giant Gazprom. Shell, the world's largest LNG "
        "trader, holds 27.5% minus one share, Mitsui's share totals 12.5%, while Mitsubishi "
        "Corporation owns 10%.",
        {"sakhalin-2", "sakhalin-energy", "russia", "gazprom", "shell", "mitsui", "mitsubishi"},
        "sakhalin-2-shareholders",
    ),
    # tass.com/economy/1421323
    wire(
        "Earlier, Japan's Mitsui told TASS it planned to hold consultations with the government "
        "and other involved sides on the decision of the British-Dutch Royal Dutch Shell to quit "
        "the Sakhalin-2 project on LNG production.",
        {"japan", "mitsui", "tass", "united-kingdom", "netherlands", "shell", "sakhalin-2"},
        "mitsui-told-tass-royal-dutch-shell",
    ),
    # asahi.com/ajw/articles/14708333 (Reuters)
    wire(
        "In an order signed by Russia's Prime Minister Mikhail Mishustin, Russia's government "
        "said it had approved Mitsubishi's request to transfer a 10% stake in the old operator "
        "to an equal stake in Sakhalin Energy, a new entity that President Vladimir Putin "
        "ordered to be established.",
        {"russia", "mikhail-mishustin", "mitsubishi", "sakhalin-energy", "vladimir-putin"},
        "mishustin-order-sakhalin-energy",
    ),
    # pgjonline.com/news/2023/june/japan-s-mitsui-to-keep-stake-in-russian-lng-project
    wire(
        "TOKYO, June 21 (Reuters) - Japanese trading house Mitsui & Co has no plans to withdraw "
        "from the Sakhalin-2 liquefied natural gas (LNG) project in Russia, a senior executive "
        "said on Wednesday.",
        {"japan", "reuters", "mitsui", "sakhalin-2", "russia"},
        "reuters-dateline-mitsui-keeps-stake",
    ),
    wire(
        '"We have no plan to exit the project at the moment," Toru Matsui, Mitsui\'s senior '
        "executive managing officer, told an annual general meeting, adding that the company "
        "had received no unreasonable requests from the Russian government.",
        {"mitsui", "russian-government"},
        "mitsui-officer-russian-government",
    ),
    # gasprocessingnews.com/news/2022/08/japans-mitsui-mitsubishi-to-apply-for-stake-...
    wire(
        "Russian President Vladimir Putin signed a decree in June to take charge of the "
        "Sakhalin-2 project in Russia's far east, raising the stakes in an economic war with the "
        "West and its allies.",
        {"russia", "vladimir-putin", "sakhalin-2"},
        "putin-decree-sakhalin-2",
    ),
    # channelnewsasia.com/east-asia/us-japan-sign-nuclear-power-rare-earths-deal-...
    wire(
        "In June, JERA, Japan's top liquefied natural gas buyer, agreed to buy up to 5.5 million "
        "metric tons a year of US liquefied natural gas under 20-year contracts. Last week, "
        "Japan's biggest city gas supplier, Tokyo Gas, signed a preliminary deal to buy LNG from "
        "the Alaska LNG project.",
        {"jera", "japan", "united-states", "tokyo-gas", "alaska-lng"},
        "jera-tokyo-gas-alaska-lng",
    ),
    # newsmax.com/world/globaltalk/japan-prime-minister-takaichi/2025/10/29/id/1232312
    wire(
        "Japanese Prime Minister Sanae Takaichi told President Donald Trump that banning Russian "
        "liquefied natural gas imports would be difficult during their meeting in Tokyo, the "
        "Nikkei business daily reported on Wednesday, citing Japanese government officials.",
        {
            "japan",
            "sanae-takaichi",
            "donald-trump",
            "russia",
            "nikkei",
            "japanese-government",
        },
        "takaichi-tells-trump-lng-ban-difficult",
    ),
    wire(
        "According to Nikkei, Takaichi told Trump that if Japan withdraws, China and Russia will "
        "only be happy.",
        {"nikkei", "sanae-takaichi", "donald-trump", "japan", "china", "russia"},
        "bare-surnames-takaichi-trump",
    ),
    # babel.ua/en/news/122621-reuters-japan-refused-to-stop-buying-russian-gas
    wire(
        "Japanese Economy Minister Yoji Muto said a week ago that Japan would reduce purchases "
        "of Russian LNG but could not abandon them quickly, Bloomberg reported.",
        {"japan", "yoji-muto", "russia", "bloomberg"},
        "muto-russian-lng-bloomberg",
    ),
    # alojapan.com/1403301/japan-tells-trump-it-cannot-fully-ban-russian-lng-...
    wire(
        "The United States expects Japan to fully halt energy imports from Russia, US Treasury "
        "Secretary Scott Bessent said after a meeting with Japanese Finance Minister Katsunobu "
        "Kato.",
        {"united-states", "japan", "russia", "us-treasury", "scott-bessent", "katsunobu-kato"},
        "bessent-meets-kato",
    ),
    # malaymail.com/news/money/2022/10/08/putin-orders-seizure-of-exxon-led-sakhalin-1-...
    wire(
        "Exxon holds a 30 per cent operator stake in Sakhalin-1, with Russian company Rosneft, "
        "India's ONGC Videsh and Japan's Sodeco as partners.",
        {"exxonmobil", "sakhalin-1", "russia", "rosneft", "india", "ongc", "japan", "sodeco"},
        "sakhalin-1-partners",
    ),
    # jpt.spe.org/russia-grants-exxonmobil-another-year-to-sell-its-sakhalin-1-stake
    wire(
        "Moscow allowed India's ONGC Videsh Ltd. and Japan's SODECO, partners in Sakhalin-1 with "
        "ExxonMobil and Rosneft, to keep their stakes within the new structure.",
        {"russia", "india", "ongc", "japan", "sodeco", "sakhalin-1", "exxonmobil", "rosneft"},
        "sakhalin-1-partners-keep-stakes",
    ),
    # tass.com/economy/2064253
    wire(
        "The Russian government authorized the transfer of a 20% stake in the new operator to "
        "India's ONGC Videsh Limited, and a 30% stake to Japan's Sakhalin Oil and Gas "
        "Development Co. Ltd. (Sodeco). Exxon Neftegas, a subsidiary of ExxonMobil, holds a 30% "
        "stake.",
        {"russian-government", "india", "ongc", "japan", "sodeco", "exxonmobil"},
        "sakhalin-1-new-operator-stakes",
    ),
    # upstreamonline.com/production/russia-takes-control-of-sakhalin-1-oil-and-gas-project
    wire(
        "Sakhalin Governor Valery Limarenko welcomed the decree, saying it would be positive for "
        "the regional economy and help to support employment on Sakhalin Island.",
        {"sakhalin", "valery-limarenko"},
        "limarenko-welcomes-decree",
    ),
    # thefinancialtrends.com/2022/10/11/russia-reorganizing-sakhalin-1-...
    wire(
        "Yasutoshi Nishimura, the head of Japan's Ministry of Economy, Trade and Industry, said "
        "in an interview on NHK that the Sakhalin-1 project was important for diversifying "
        "import channels.",
        {"yasutoshi-nishimura", "meti", "nhk", "sakhalin-1"},
        "nishimura-nhk-sakhalin-1",
    ),
    # marketscreener.com (Reuters, Italian edition): Il governo giapponese afferma di aver ...
    wire(
        "Industry Minister Yasutoshi Nishimura met executives of Sakhalin Oil and Gas "
        "Development Co (SODECO) on Monday and urged them to consider joining the new Russian "
        "entity, Chief Cabinet Secretary Hirokazu Matsuno told a news conference.",
        {"yasutoshi-nishimura", "sodeco", "russia", "hirokazu-matsuno"},
        "nishimura-sodeco-matsuno",
    ),
    # nippon.com/en/news/yjj2022112300298/sakhalin-2-to-be-exempted-from-russian-oil-price-cap
    wire(
        "Washington, Nov. 22 (Jiji Press)--Oil that Japanese companies receive from the "
        "Sakhalin-2 project will be exempted from a proposed price cap on Russian oil until Sept. "
        "30, 2023, the U.S. Treasury Department said Tuesday.",
        {"united-states", "jiji-press", "japan", "sakhalin-2", "russia", "us-treasury"},
        "jiji-price-cap-exemption",
    ),
    wire(
        "The Group of Seven wealthy democracies, the European Union and Australia aim to agree "
        "the cap level as early as Wednesday. China and India, major buyers of Russian oil, will "
        "not join. Russian Deputy Prime Minister Alexander Novak has said Russia will not ship "
        "oil to countries imposing the cap.",
        {"g7", "european-union", "australia", "china", "india", "russia", "alexander-novak"},
        "price-cap-g7-novak",
    ),
    # lexology.com/library/detail.aspx?g=f028ca01-0f74-4421-9bbe-5cff393c5637
    wire(
        "U.S. Secretary of the Treasury Janet Yellen issued a separate statement, expressing "
        "support for the price cap effort. The Office of Foreign Assets Control (OFAC) expects "
        "to publish preliminary guidance within weeks.",
        {"united-states", "us-treasury", "janet-yellen", "ofac"},
        "yellen-price-cap-ofac",
    ),
    # --- sanctions on Arctic LNG 2, Rosneft and Lukoil ---------------------------------------
    # zihni.com.tr/us-slaps-sanctions-on-vessels-linked-to-russia-s-arctic-lng-2 (Reuters)
    wire(
        "The U.S. on Thursday imposed sanctions on two companies and two vessels linked to "
        "Russia's Arctic LNG 2 project, Washington's latest step to add costs on Moscow for its "
        "invasion of Ukraine. The project, 60% owned by Russia's Novatek, had been due to become "
        "Russia's largest LNG plant.",
        {"united-states", "russia", "arctic-lng-2", "ukraine", "novatek"},
        "arctic-lng-2-vessel-sanctions",
    ),
    wire(
        "The U.S. Treasury said it had imposed sanctions on Gotik Energy Shipping Co and Plio "
        "Energy Cargo Shipping, the owner and the manager of the carrier New Energy.",
        {"us-treasury"},
        "us-treasury-sanctions-shipowners",
    ),
    wire(
        '"The U.S. government will continue to answer attempts to operationalize the sanctioned '
        'Arctic LNG 2 project," State Department spokesperson Matthew Miller said in a '
        "statement.",
        {"united-states", "arctic-lng-2", "us-state-department", "matthew-miller"},
        "state-department-matthew-miller-not-gazprom-miller",
    ),
    # thenewregion.com/posts/3424
    wire(
        "\u201cGiven President Putin\u2019s refusal to end this senseless war, Treasury is "
        "sanctioning Russia\u2019s two largest oil companies that fund the Kremlin\u2019s war "
        "machine,\u201d Treasury Secretary Scott Bessent said in a statement.",
        {"vladimir-putin", "russia", "kremlin", "scott-bessent"},
        "bessent-statement-curly-possessives",
    ),
    wire(
        "The sanctions targeted Rosneft and Lukoil, along with several of their subsidiaries. US "
        "Secretary of State Marco Rubio stressed that Washington was still willing to engage in "
        "talks with Moscow.",
        {"rosneft", "lukoil", "united-states", "marco-rubio", "russia"},
        "rubio-rosneft-lukoil",
    ),
    # davispolk.com/insights/client-update/us-sanctions-large-russian-oil-companies-...
    wire(
        "On October 22, 2025, the Treasury Department's Office of Foreign Assets Control (OFAC) "
        "announced blocking sanctions on Russia's two largest oil producers, Rosneft Oil Company "
        "and Lukoil OAO.",
        {"us-treasury", "ofac", "russia", "rosneft", "lukoil"},
        "treasury-department-ofac",
    ),
    # dtnext.in/news/world/blow-to-indian-refiners-as-us-sanctions-key-russian-firms-850644
    wire(
        "Billionaire Mukesh Ambani's Reliance Industries Ltd, India's largest buyer of "
        "discounted Russian oil, plans to scale back imports of Russian crude following fresh US "
        "sanctions, sources said.",
        {"mukesh-ambani", "reliance-industries", "india", "russia", "united-states"},
        "reliance-scales-back",
    ),
    # newsarenaindia.com/economy/reliance-ind-to-alter-russian-oil-imports-after-us-sanctions
    wire(
        "Many refiners in India buy Russian crude, including private firms Reliance Industries "
        "and Rosneft-backed Nayara Energy, and state-owned Indian Oil Corporation (IOC) and "
        "Bharat Petroleum.",
        {
            "india",
            "russia",
            "reliance-industries",
            "rosneft",
            "nayara-energy",
            "indian-oil",
            "bharat-petroleum",
        },
        "indian-refiners",
    ),
    # --- OPEC+ -------------------------------------------------------------------------------
    # investing.com/news/commodities-news/saudi-crown-prince-and-russian-president-urge-...
    wire(
        "(Bloomberg) -- Saudi Crown Prince Mohammed Bin Salman and Russian President Vladimir "
        "Putin urged OPEC+ oil producers to stick to agreed production cuts, the official Saudi "
        "Press Agency said.",
        {
            "bloomberg",
            "saudi-arabia",
            "mohammed-bin-salman",
            "russia",
            "vladimir-putin",
            "opec-plus",
            "saudi-press-agency",
        },
        "mbs-putin-opec-plus",
    ),
    # islamreligionguardian.com/saudi-russia-agree-to-keep-oil-output-unchanged
    wire(
        "Saudi Arabia and Russia confirmed their commitment to the OPEC+ decision during a "
        "meeting in Riyadh between the Saudi Minister of Energy, Prince Abdulaziz bin Salman, "
        "and Russian Deputy Prime Minister Alexander Novak.",
        {"saudi-arabia", "russia", "opec-plus", "abdulaziz-bin-salman", "alexander-novak"},
        "abdulaziz-novak-riyadh",
    ),
    wire(
        "Crown Prince Mohammed bin Salman received Novak, while Prince Abdulaziz bin Salman "
        "said the kingdom would extend its voluntary cut.",
        {"mohammed-bin-salman", "alexander-novak", "abdulaziz-bin-salman"},
        "two-bin-salmans-in-one-paragraph",
    ),
    # business.financialpost.com/pmn/business-pmn/russia-saudi-arabia-ready-to-take-actions-...
    wire(
        "MOSCOW \u2014 Russian Energy Minister Alexander Novak and his Saudi counterpart, Prince "
        "Abdulaziz bin Salman, held a phone call on Thursday and said they were ready to take "
        "measures with other OPEC+ members if necessary.",
        {"russia", "alexander-novak", "saudi-arabia", "abdulaziz-bin-salman", "opec-plus"},
        "novak-abdulaziz-phone-call",
    ),
    # world-energy.org/article/2879.html
    wire(
        "Asked if the OPEC+ deal was under review, Novak told reporters it was not. OPEC "
        "Secretary General Mohammad Barkindo said last week that all options were on the table, "
        "including a deeper cut from OPEC and its allies in December.",
        {"opec-plus", "alexander-novak", "opec", "mohammad-barkindo"},
        "barkindo-options-on-the-table",
    ),
    # middleeastmonitor.com/20200411-putin-saudi-crown-prince-discuss-opec-decision
    wire(
        "OPEC+ is a group of 24 oil-producing nations, comprising 14 OPEC members and 10 "
        "non-OPEC members including Russia.",
        {"opec-plus", "opec", "russia"},
        "opec-plus-explainer",
    ),
    # tass.com/economy/916098
    wire(
        "According to Novak, Azerbaijan, Kazakhstan, Mexico, Oman, Bahrain and other countries "
        "may also join the deal to reduce production. Now OPEC is holding relevant "
        "consultations, he added.",
        {"alexander-novak", "azerbaijan", "kazakhstan", "mexico", "oman", "bahrain", "opec"},
        "novak-non-opec-producers",
    ),
    # uk.reuters.com/article/opec-meeting-russia-idUKL6N0TC0JK20141122
    wire(
        "MOSCOW Nov 22 (Reuters) - Russia does not plan to cut oil production to shore up "
        "prices, Rossiya 24 television quoted Energy Minister Alexander Novak as saying. The "
        "Energy Ministry confirmed Novak's quote to Reuters.",
        {"russia", "reuters", "rossiya-24", "alexander-novak", "russian-energy-ministry"},
        "rossiya-24-novak-energy-ministry",
    ),
    wire(
        "Novak and Igor Sechin, chief executive of Russia's biggest oil producer Rosneft and an "
        "ally of President Vladimir Putin, will travel to Vienna next week before an OPEC "
        "meeting.",
        {
            "alexander-novak",
            "igor-sechin",
            "russia",
            "rosneft",
            "vladimir-putin",
            "austria",
            "opec",
        },
        "novak-sechin-vienna",
    ),
    # de.marketscreener.com/boersen-barone/ALEXANDER-NOVAK-6487/news/... (Reuters, German)
    wire(
        "Production is being restored as companies redirect supplies, Novak said on Thursday. "
        "Russian oil output is expected to stagnate or fall 3-5% this year, Nikolai Shulginov, "
        "Russia's energy minister, told the Izvestia newspaper.",
        {"alexander-novak", "russia", "nikolai-shulginov", "izvestia"},
        "shulginov-izvestia",
    ),
    # an all-capitals flash headline, as Reuters runs them for Interfax stories
    wire(
        "RUSSIA'S NOVAK SAYS OPEC+ WILL DISCUSS OUTPUT POLICY AT JUNE MEETING - INTERFAX",
        {"russia", "alexander-novak", "opec-plus", "interfax"},
        "all-caps-flash-headline",
    ),
    # --- pipelines to China and Europe -------------------------------------------------------
    # particle.news/story/russia-and-china-advance-power-of-siberia-2-with-binding-memo
    wire(
        "Gazprom chief Alexey Miller said he signed a legally binding memorandum with CNPC "
        "during the SCO summit to advance the Power of Siberia 2 pipeline via Mongolia. Beijing "
        "has not confirmed detailed commitments.",
        {"gazprom", "alexei-miller", "cnpc", "sco", "power-of-siberia-2", "mongolia", "china"},
        "miller-cnpc-memorandum",
    ),
    # particle.news/story/gazprom-announces-binding-pact-to-build-power-of-siberia-2-...
    wire(
        "Miller said the gas price for the new route would be agreed separately. Supplies "
        "through the existing Power of Siberia pipeline are set to rise to 44 bcm a year, "
        "Xinhua reported, as the Kremlin cited 22 agreements including strategic cooperation "
        "between Gazprom and CNPC.",
        {"alexei-miller", "power-of-siberia", "xinhua", "kremlin", "gazprom", "cnpc"},
        "bare-miller-without-full-name",
        xfail=NOT_NAMED_IN_FULL,
    ),
    # osw.waw.pl/en/publikacje/osw-commentary/2014-06-16/eastern-partnership-gas-...
    wire(
        "The CEOs of Gazprom and China's CNPC signed a 30-year contract on Russian gas supplies "
        "to China on 21 May 2014 in Shanghai, in the presence of the two countries' presidents.",
        {"gazprom", "china", "cnpc", "russia"},
        "gazprom-cnpc-2014-contract",
    ),
    # marinelink.com/news/russias-novatek-chinese397359
    wire(
        "Russia's second-biggest gas producer Novatek is selling a 9.9 percent stake in its Yamal "
        "LNG project to China's Silk Road Fund, Reuters reports. The deal was inked during a "
        "visit by President Vladimir Putin to Beijing.",
        {"russia", "novatek", "yamal-lng", "china", "silk-road-fund", "reuters", "vladimir-putin"},
        "novatek-yamal-lng-silk-road-fund",
    ),
    # highnorthnews.com/en/french-energy-company-total-acquires-stake-novateks-arctic-lng-2-...
    wire(
        "Novatek's Chairman of the Board Leonid Mikhelson and Total's CEO Patrick Pouyanne "
        "signed a binding agreement in Saint Petersburg for the $25.5 billion Arctic LNG 2 "
        "project.",
        {
            "novatek",
            "leonid-mikhelson",
            "totalenergies",
            "patrick-pouyanne",
            "st-petersburg",
            "arctic-lng-2",
        },
        "bare-total-without-full-name",
        xfail=NOT_NAMED_IN_FULL,
    ),
    # iol.co.za/news/world/qatar-signs-worlds-longest-gas-supply-deal-with-china-...
    wire(
        "TotalEnergies of France, Shell of Britain and US giant ConocoPhillips will share the "
        "stake, Kaabi said. Total output from the North Field will rise by more than 60%.",
        {
            "totalenergies",
            "france",
            "shell",
            "united-kingdom",
            "united-states",
            "conocophillips",
            "saad-al-kaabi",
        },
        "total-output-is-not-totalenergies",
    ),
    # observerbd.com/news.php?id=394042 (AFP)
    wire(
        "DOHA, Nov 21: QatarEnergy announced a 27-year natural gas supply deal with China on "
        "Monday. It will send four million tonnes of LNG a year from its North Field East project "
        "to China Petroleum and Chemical Corporation (Sinopec), said Saad Sherida Al-Kaabi, "
        "Qatar's energy minister.",
        {"qatar", "qatarenergy", "china", "sinopec", "saad-al-kaabi"},
        "qatarenergy-sinopec-deal",
    ),
    # sputnikglobe.com/amp/20220914/qatar-eyeing-expanding-cooperation-...
    wire(
        "European Council President Charles Michel said on Wednesday that the European Union had "
        "opened a mission in Qatar to strengthen bilateral energy cooperation.",
        {"european-council", "charles-michel", "european-union", "qatar"},
        "michel-eu-mission-qatar",
    ),
    # wiadomosci.radiozet.pl/Swiat/Dwie-eksplozje-na-dnie-Baltyku... (Polish)
    wire(
        "Swedish Prime Minister Magdalena Andersson said the leaks from the Nord Stream "
        "pipelines were probably sabotage, while Danish Prime Minister Mette Frederiksen said "
        "they were deliberate actions.",
        {"sweden", "magdalena-andersson", "nord-stream", "denmark", "mette-frederiksen"},
        "nord-stream-sabotage-leaders",
    ),
    # elnashra.com/news/show/1594373 (Arabic)
    wire(
        "Denmark, Sweden and Germany are investigating how the Nord Stream 1 and Nord Stream 2 "
        "lines ruptured. Russia blamed the West for the incident.",
        {"denmark", "sweden", "germany", "nord-stream", "nord-stream-2", "russia"},
        "nord-stream-investigations",
    ),
    # uawire.org/ukraine-offers-gas-transit-to-slovakia-in-2025-excluding-russian-supplies
    wire(
        "Ukraine's Prime Minister Denys Shmyhal said the contract for the transit of Russian gas "
        "through Ukraine would not be extended, the Voice of America reported. Slovakia "
        "previously secured a long-term contract with Gazprom.",
        {"ukraine", "denys-shmyhal", "russia", "voice-of-america", "slovakia", "gazprom"},
        "shmyhal-transit-voa",
    ),
    # lite.poandpo.com/news/russias-gazprom-stops-gas-supplies-to-europe-via-ukraine-...
    wire(
        "Gazprom said its five-year transit agreements with Ukraine's Naftogaz had expired on "
        "January 1. Slovak Prime Minister Robert Fico, who visited Russia on December 22, warned "
        "the cost to the European Union could reach 120 billion euros.",
        {"gazprom", "ukraine", "naftogaz", "slovakia", "robert-fico", "russia", "european-union"},
        "naftogaz-transit-expired-fico",
    ),
    # romania.news-pravda.com/en/romania/2024/12/17/1486.html
    wire(
        "Ukrainian Prime Minister Denis Shmigal wrote on Telegram that Kiev was ready to discuss "
        "the transit of gas of any origin except Russian if the European Commission asked.",
        {"ukraine", "denys-shmyhal", "european-commission", "russia"},
        "shmigal-transliteration",
    ),
    # tass.com/world/2006139
    wire(
        "BUDAPEST, August 22. /TASS/. Ukraine is harming not Russia but Hungary and Slovakia by "
        "striking the Druzhba oil pipeline, Hungarian Minister of Foreign Affairs and Trade "
        "Peter Szijjarto said.",
        {"hungary", "tass", "ukraine", "russia", "slovakia", "druzhba-pipeline", "peter-szijjarto"},
        "szijjarto-druzhba-strikes",
    ),
    wire(
        "Together with his Slovak counterpart Juraj Blanar, he sent a letter to Brussels "
        "addressed to EU foreign policy chief Kaja Kallas and EU Energy Commissioner Dan "
        "Jorgensen.",
        {"slovakia", "juraj-blanar", "european-union", "kaja-kallas", "dan-jorgensen"},
        "letter-to-kallas-and-jorgensen",
    ),
    # sputnikglobe.com/20260227/hungarys-orban-to-discuss-ukraines-oil-transit-blockage-...
    wire(
        "Hungarian Prime Minister Viktor Orban said on Friday he would discuss with Slovak Prime "
        "Minister Robert Fico Ukraine's blocking of oil transit through the Druzhba pipeline.",
        {"hungary", "viktor-orban", "slovakia", "robert-fico", "ukraine", "druzhba-pipeline"},
        "orban-fico-druzhba",
    ),
    # tass.com/world/2097887
    wire(
        "The Hungarian government received a reply to a joint appeal by Prime Minister Viktor "
        "Orban and his Slovak counterpart Robert Fico to European Commission head Ursula von der "
        'Leyen. "Brussels shamefully colludes with the Croats," Szijjarto said.',
        {
            "hungary",
            "viktor-orban",
            "slovakia",
            "robert-fico",
            "european-commission",
            "ursula-von-der-leyen",
            "european-union",
            "croatia",
            "peter-szijjarto",
        },
        "szijjarto-brussels-colludes",
    ),
    # --- EU sanctions --------------------------------------------------------------------------
    # brusselstimes.com/eu-affairs/1754774/european-commission-wants-to-speed-up-ban-on-...
    wire(
        "The European Commission wants to ban imports of liquefied natural gas from Russia as of "
        "1 January 2027, the EU High Representative for Foreign Affairs and Security Policy, "
        "Kaja Kallas, announced on Friday. \"Russia's primary source of income to finance its "
        'illegal war is still energy exports," Kallas said.',
        {"european-commission", "russia", "european-union", "kaja-kallas"},
        "kallas-lng-ban-2027",
    ),
    wire(
        "The proposal would lift remaining exemptions on the energy trading companies Rosneft "
        "and Gazpromneft. On Tuesday, European Commission President Ursula von der Leyen "
        "promised additional measures after a call with US President Donald Trump.",
        {
            "rosneft",
            "gazprom-neft",
            "european-commission",
            "ursula-von-der-leyen",
            "united-states",
            "donald-trump",
        },
        "von-der-leyen-gazpromneft",
    ),
    # worldenergynews.com/news/europe-adopts-19th-sanctions-package-against-russia-766902
    wire(
        "The EU formally adopted its 19th package against Russia on Thursday after Slovakia "
        "dropped its block. Danish Foreign Minister Lars Lokke Rasmussen said the LNG ban was an "
        "important step toward a complete phase-out of Russian energy.",
        {"european-union", "russia", "slovakia", "denmark", "lars-lokke-rasmussen"},
        "rasmussen-19th-package",
    ),
    # --- IEA, IAEA ---------------------------------------------------------------------------
    # ajc.com/news/nation-world/energy-monitor-blames-russia-for-european-gas-crisis/... (AP)
    wire(
        "When pressed by reporters, Birol resisted saying directly that Russia was using gas to "
        "put political pressure on western Europe. Russia also wants German and European Union "
        "regulators to approve its newly built Nord Stream 2 pipeline, which faces opposition "
        "from Ukraine, Poland and the U.S.",
        {
            "fatih-birol",
            "russia",
            "europe",
            "germany",
            "european-union",
            "nord-stream-2",
            "ukraine",
            "poland",
            "united-states",
        },
        "birol-ap-nord-stream-2",
    ),
    wire(
        "He said Gazprom was behind much of the lower storage, accounting for half of the "
        "deficit despite owning only 10% of Europe's storage capacity, the International Energy "
        "Agency chief said.",
        {"gazprom", "europe", "iea"},
        "iea-chief-gazprom-storage",
    ),
    # en.trend.az/business/energy/3622719.html
    wire(
        "The next few months will be critical for the EU gas market, Fatih Birol, Executive "
        "Director of the International Energy Agency (IEA), said. He had met European Commission "
        "President Ursula von der Leyen and attended the G7 Summit in Elmau, Germany.",
        {
            "european-union",
            "fatih-birol",
            "iea",
            "european-commission",
            "ursula-von-der-leyen",
            "g7",
            "germany",
        },
        "birol-eu-gas-market",
    ),
    # tass.com/society/1622233
    wire(
        "MOSCOW, May 24. /TASS/. Rosatom CEO Alexey Likhachev and IAEA Director General Rafael "
        "Grossi agreed to hold another full-scale meeting, the state corporation's press service "
        "said. The main subject was the IAEA mission to the Zaporozhye nuclear power plant.",
        {
            "russia",
            "tass",
            "rosatom",
            "alexei-likhachev",
            "iaea",
            "rafael-grossi",
            "zaporizhzhia-npp",
        },
        "likhachev-grossi-znpp",
    ),
    # globaleuronews.com/2022/10/19/iaea-head-calls-putin-a-confident-and-competent-person
    wire(
        "Grossi met with Putin on October 11. The Russian president invited him to discuss the "
        "situation at the Zaporizhzhia NPP.",
        {"rafael-grossi", "vladimir-putin", "russia", "zaporizhzhia-npp"},
        "grossi-putin-bare-surnames",
    ),
    # --- Beijing, Moscow and Tokyo on sanctions and the peace treaty -------------------------
    # thejakartapost.com/world/2022/03/09/china-vows-to-continue-buying-energy-from-russia-...
    wire(
        'Punitive sanctions on Russia will "further aggravate division and confrontation," '
        "Chinese Foreign Ministry spokesman Zhao Lijian told reporters, adding Beijing and Moscow "
        '"have always maintained good energy cooperation."',
        {"russia", "chinese-foreign-ministry", "zhao-lijian", "china"},
        "zhao-lijian-energy-cooperation",
    ),
    # en.iz.ru/en/2021865/2026-01-08/chinese-foreign-ministry-opposes-new-us-anti-russian-...
    wire(
        "Normal trade, economic and energy cooperation between China and Russia is not directed "
        "against any third party, Chinese Foreign Ministry spokeswoman Mao Ning told RIA Novosti, "
        "responding to Republican Senator Lindsey Graham's remarks about a sanctions bill.",
        {
            "china",
            "russia",
            "chinese-foreign-ministry",
            "mao-ning",
            "ria-novosti",
            "lindsey-graham",
        },
        "mao-ning-graham-bill",
    ),
    # informat.ro/it/internazionale/la-cina-critica-le-sanzioni-... (Italian)
    wire(
        "Chinese Foreign Ministry spokesman Guo Jiakun said China opposes unilateral sanctions "
        "that have no basis in international law and are not authorised by the UN Security "
        "Council.",
        {"chinese-foreign-ministry", "guo-jiakun", "china", "un-security-council"},
        "guo-jiakun-unsc",
    ),
    # latestnewsx.com/world/russia-welcomes-new-japanese-govts-push-for-peace-treaty (IANS)
    wire(
        "In Moscow this week, Kremlin spokesman Dmitry Peskov said Russia remains committed to "
        "peace after Japan's new government expressed a desire to sign a treaty. He thanked "
        "Prime Minister Sanae Takaichi, who said Tokyo intends to resolve the Northern "
        "Territories dispute.",
        {"russia", "kremlin", "dmitry-peskov", "japan", "sanae-takaichi", "southern-kurils"},
        "peskov-thanks-takaichi",
    ),
    # tass.com/world/869219
    wire(
        "TOKYO, April 13. /TASS/. Tokyo expects to discuss a peace treaty with Russian Foreign "
        "Minister Sergey Lavrov, who is due to meet his Japanese counterpart Fumio Kishida on "
        "Friday, Chief Cabinet Secretary Yoshihide Suga told reporters.",
        {"japan", "tass", "russia", "sergei-lavrov", "fumio-kishida", "yoshihide-suga"},
        "suga-lavrov-kishida",
    ),
    # republicworld.com/world-news/russia-ukraine-crisis/joined-unfriendly-nations-...
    wire(
        "Kremlin Press Secretary Dmitry Peskov dismissed a possibility that Russia might resume "
        "peace treaty talks with Prime Minister Fumio Kishida's government. \"Japan has quite "
        'actively joined the camp of those countries that became unfriendly to us," Peskov said.',
        {"kremlin", "dmitry-peskov", "russia", "fumio-kishida", "japan"},
        "peskov-kishida-government",
    ),
    # japan.news-pravda.com/en/world/2025/01/24/2023.html
    wire(
        "Japanese Prime Minister Shigeru Ishiba announced his intention to conclude a peace "
        "treaty with Russia. Earlier, Russian Foreign Ministry spokeswoman Maria Zakharova said "
        "the issue was closed due to Tokyo's unfriendly position.",
        {"japan", "shigeru-ishiba", "russia", "russian-foreign-ministry", "maria-zakharova"},
        "ishiba-zakharova",
    ),
    # plenglish.com/news/2022/03/22/japan-rejects-russias-suspension-of-bilateral-talks
    wire(
        "Tokyo, which has coordinated economic sanctions with the United States and the Group of "
        "Seven, froze assets of 95 Russian individuals and companies, including President "
        "Vladimir Putin and his Belarusian counterpart Alexandr Lukashenko.",
        {
            "japan",
            "united-states",
            "g7",
            "russia",
            "vladimir-putin",
            "belarus",
            "alexander-lukashenko",
        },
        "transliterated-given-name-keeps-surname",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_wire_paragraph_names_exactly_these_actors(text, expected):
    found = find_mentions(documents(text))
    assert set(found["actor_id"]) == expected


def test_every_expected_actor_is_in_the_dictionary():
    # an id missing from the dictionary would make its case fail for the wrong reason
    ids = set(load_dictionary().actors)
    assert set().union(*(case.values[1] for case in CASES)) - ids == set()


# --- the rules behind the cases, one each ----------------------------------------------------


def _pairs(text: str) -> list[tuple[str, str]]:
    found = find_mentions(documents(text))
    return list(zip(found["surface"], found["actor_id"], strict=True))


def test_surname_after_another_given_name_is_a_namesake():
    # VEB's Vladimir Dmitriev is not the dictionary's Kirill Dmitriev, nor is "Mr Dmitriev" after him
    assert _pairs("Chairman of VEB Vladimir Dmitriev met Putin. Mr Dmitriev said.") == [
        ("VEB", "veb"),
        ("Putin", "vladimir-putin"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the namesake was named last: the bare surname is his
        (
            "Kirill Dmitriev met Vladimir Dmitriev. Dmitriev said.",
            [("Kirill Dmitriev", "kirill-dmitriev")],
        ),
        # the dictionary's person was named last: it is his
        (
            "Vladimir Dmitriev met Kirill Dmitriev. Dmitriev said.",
            [("Kirill Dmitriev", "kirill-dmitriev"), ("Dmitriev", "kirill-dmitriev")],
        ),
    ],
)
def test_bare_surname_goes_to_whoever_was_named_last(text, expected):
    assert _pairs(text) == expected


def test_another_spelling_of_the_given_name_keeps_the_person():
    # same first letter as Alexander: a transliteration, not a namesake
    assert _pairs("President Alexandr Lukashenko spoke.") == [
        ("Lukashenko", "alexander-lukashenko")
    ]


def test_stop_word_before_a_surname_is_not_a_given_name():
    assert _pairs("The Novak plan was agreed.") == [("Novak", "alexander-novak")]


def test_common_surname_alone_is_nobody():
    # three Millers in the dictionary (Alexei, Matthew, Stephen): "Miller" needs a full name
    assert _pairs("Miller said so.") == []


def test_short_name_resolves_to_the_ministry_of_the_one_country_named():
    assert _pairs("Russia's output fell, the Energy Ministry said.") == [
        ("Russia", "russia"),
        ("Energy Ministry", "russian-energy-ministry"),
    ]


def test_short_name_right_after_another_country_is_that_country_s():
    assert _pairs("Russia and Saudi Arabia agreed, the Saudi Energy Ministry said.") == [
        ("Russia", "russia"),
        ("Saudi Arabia", "saudi-arabia"),
        ("Saudi", "saudi-arabia"),
    ]


def test_short_name_with_two_of_its_countries_named_stays_unresolved():
    assert _pairs("Japan and Russia met. The Foreign Ministry said so.") == [
        ("Japan", "japan"),
        ("Russia", "russia"),
    ]


def test_company_short_name_needs_the_full_name_even_with_its_country():
    # "Total" is TotalEnergies only where the paragraph names TotalEnergies
    assert _pairs("Total output rose, France said.") == [("France", "france")]


def test_messrs_is_a_title():
    assert _pairs("Messrs Putin and Koizumi agreed.") == [
        ("Messrs Putin", "vladimir-putin"),
        ("Koizumi", "junichiro-koizumi"),
    ]


def test_two_princes_bin_salman_are_two_people():
    assert _pairs("Prince Abdulaziz bin Salman met MBS. Prince Abdulaziz said.") == [
        ("Prince Abdulaziz bin Salman", "abdulaziz-bin-salman"),
        ("MBS", "mohammed-bin-salman"),
        ("Prince Abdulaziz", "abdulaziz-bin-salman"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the employer or country names the person, as a title would; later bare mentions too
        (
            "Gazprom's Miller said exports would grow. Miller added that prices would fall.",
            [("Gazprom", "gazprom"), ("Miller", "alexei-miller"), ("Miller", "alexei-miller")],
        ),
        ("Russia's Novak spoke.", [("Russia", "russia"), ("Novak", "alexander-novak")]),
        ("Gazprom boss Miller spoke.", [("Gazprom", "gazprom"), ("boss Miller", "alexei-miller")]),
        # a surname that starts another name is no mention of the dictionary's person
        ("North Korean leader Kim Jong-il spoke.", [("North Korean", "north-korea")]),
        ("the Premier of China Li Keqiang arrived", [("China", "china")]),
        # without the employer, an ambiguous surname stays unresolved
        ("Miller said exports would grow.", []),
    ],
)
def test_surname_after_the_persons_employer_is_the_person(text, expected):
    assert _pairs(text) == expected


def test_the_cpc_pipeline_is_the_caspian_pipeline_consortium():
    assert _pairs("Oil flows through the CPC pipeline rose.") == [
        ("CPC pipeline", "caspian-pipeline-consortium")
    ]
    assert _pairs("The Caspian Pipeline Consortium said.") == [
        ("Caspian Pipeline Consortium", "caspian-pipeline-consortium")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a phrase that holds a name but names no actor (the dictionary's not_names)
        ("Trade with Latin America grew, and North American buyers paid more.", set()),
        ("Patrols in the Indian Ocean and the South China Sea grew.", set()),
        ("He ordered French fries and Turkish coffee in Atlanta, Georgia.", set()),
        ("The Washington Post said Washington would act.", {"washington-post", "united-states"}),
        # a first name or an unknown capitalised word before a country's or capital's name
        ("Denzel Washington testified.", set()),
        ("Michael Jordan attended. Jordan and Israel signed a deal.", {"jordan", "israel"}),
        ("She studied at Lomonosov Moscow State University.", set()),
        # but a place word or a name of the dictionary before it leaves it the place
        ("Talks in the Moscow Kremlin and in Central Asia.", {"russia", "kremlin", "asia"}),
        # a bare surname going on with another given name is another person
        ("Kim Jong Un watched. Kim Yo-jong issued a statement.", {"kim-jong-un"}),
        ("Premier Li Qiang met Li Hui. Li Hui said talks would resume.", {"li-qiang"}),
        # not in a headline in title case
        ("Putin Warns West Over Ukraine Aid", {"vladimir-putin", "ukraine"}),
        # a country's name that is a given name, before a surname, is a person's first name
        ("Jordan Bardella said the vote was a victory.", set()),
        # but a surname before another name of the dictionary is that person's
        ("A Putin-Zelensky meeting is not planned.", {"vladimir-putin", "volodymyr-zelensky"}),
        ("Zelenskyy wrote on Telegram. Zelenskiy said so.", {"volodymyr-zelensky"}),
        ("Defence Minister Israel Zeevi said the talks went well.", set()),
        # not after a lower-case word, nor before a place's or body's word
        ("President of India Pranab Mukherjee met the Jordan Valley farmers.", {"india", "jordan"}),
        ("The Israel Police said Georgia Dream won.", {"israel", "georgia"}),
    ],
)
def test_names_inside_other_names(text, expected):
    found = find_mentions(documents(text))
    assert set(found["actor_id"]) == expected

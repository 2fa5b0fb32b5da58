"""Review 10: role nominals with a country (``the Russian top diplomat``), a message's sender,
places inside company names, transcript notes, and fifteen new stories from many beats with the
speaker of each quote written by hand."""

from __future__ import annotations

from functools import cache

import pytest

from analysis.actors import find_mentions
from analysis.quotes import find_quotes, find_turns
from tests.actors.conftest import documents
from tests.conftest import cpu_seconds


def _speakers(text: str) -> list[list[str]]:
    return find_quotes(documents(text))[["speaker", "cue"]].values.tolist()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a demonym and a role: the person holding the role, named before
            "Sergei Lavrov met Wang Yi in Beijing on Monday.\n\n"
            '"We see no alternative to dialogue," the Russian top diplomat said.',
            [["Sergei Lavrov", "the russian top diplomat said"]],
        ),
        (  # the other country's minister, not the last person named
            "Sergei Lavrov met Wang Yi in Beijing on Monday.\n\n"
            '"We see no alternative to dialogue," the Chinese foreign minister told reporters.',
            [["Wang Yi", "the chinese foreign minister told reporters"]],
        ),
        (  # a possessive place before the role
            "Sergei Lavrov flew to Geneva on Monday.\n\n"
            '"This is simply unacceptable to us," the country\'s top diplomat said.',
            [["Sergei Lavrov", "the country's top diplomat said"]],
        ),
        (  # nobody holding the role is named: nobody, never the country or the president
            "Vladimir Putin spoke in Moscow on Monday.\n\n"
            '"We see no alternative to dialogue," the Russian foreign minister said.',
            [["", "the russian foreign minister said"]],
        ),
    ],
)
def test_a_role_with_a_country_is_the_person_holding_it(text, expected):
    assert _speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the headline names the recipient first: the sender is who sent it
            "Condolences to Prime Minister of Bangladesh Sheikh Hasina\n\n"
            "Dmitry Medvedev sent his condolences to Prime Minister of Bangladesh Sheikh Hasina "
            "following a fire in Dhaka.\n\nThe message reads, in part:\n\n"
            "\u201cWe were deeply grieved to learn of the fire that has caused much loss of "
            "life.\u201d",
            [["Dmitry Medvedev", "the message reads"]],
        ),
        (  # who carried the message is not its sender
            "Vladimir Putin sent a message to the President of Lithuania. Georgy Poltavchenko "
            "conveyed the message to the Lithuanian President.\n\nThe message said, in part:\n\n"
            "\u201cThe centuries-old history of Russia and Lithuania has different pages.\u201d",
            [["Vladimir Putin", "the message said"]],
        ),
    ],
)
def test_a_message_is_its_senders(text, expected):
    assert _speakers(text) == expected


_INTERVIEW = (
    "Interview: the minister on gas prices\n\n"
    "Reuters spoke to Deputy Prime Minister Alexander Novak in Moscow.\n\n"
    "Q: Will prices rise this winter?\n\n"
    "A: No. We have enough reserves and the storage is full.\n\n"
    "Q: What about exports to Europe?\n\n"
    "A: They will continue under the existing contracts, and we see no reason to change that.\n\n"
    "Note: The interview has been edited for length and clarity."
)


def test_an_interviews_answers_are_the_interviewees_and_a_note_is_nobodys():
    turns = find_turns(documents(_INTERVIEW))
    assert turns[["label", "speaker"]].values.tolist() == [
        ["Q", ""],
        ["A", "Alexander Novak"],
        ["Q", ""],
        ["A", "Alexander Novak"],
    ]
    assert turns["text"].iloc[-1].endswith("no reason to change that.")  # not the note


def test_answers_stay_nobodys_when_two_persons_are_named_before():
    text = _INTERVIEW.replace("in Moscow", "and Sergei Lavrov in Moscow")
    assert set(find_turns(documents(text))["speaker"]) == {""}


def test_editors_notes_and_corrections_end_a_turn_and_are_no_speakers():
    text = (
        "Putin holds talks with Tokayev\n\n"
        "Vladimir Putin: Good afternoon, friends. I am glad to see you in Moscow again.\n\n"
        "Kassym-Jomart Tokayev: Thank you, Mr President. Our relations are developing well.\n\n"
        "Editor\u2019s note: This transcript was corrected on March 3 to fix a quote.\n\n"
        "Correction: An earlier version misspelled the name of the minister of energy."
    )
    turns = find_turns(documents(text))
    assert turns["speaker"].tolist() == ["Vladimir Putin", "Kassym-Jomart Tokayev"]
    assert turns["text"].iloc[-1] == "Thank you, Mr President. Our relations are developing well."


def test_many_editors_notes_are_read_in_linear_time():
    def text(n: int) -> str:
        return "Talk\n\n" + "".join(
            f"Vladimir Putin: words said here by him.\n\nNote: n{i}\n\nQ: a question?\n\n"
            for i in range(n)
        )

    small, large = documents(text(500)), documents(text(4000))
    assert (
        cpu_seconds(lambda: find_turns(large)) < 12 * cpu_seconds(lambda: find_turns(small)) + 0.05
    )


def _mentioned(text: str) -> list[tuple[str, str]]:
    found = find_mentions(documents(text))
    return [
        (text[s:e], a)
        for s, e, a in zip(found["start"], found["end"], found["actor_id"], strict=True)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan Airlines said it would resume flights.", [("Japan Airlines", "japan-airlines")]),
        ("Shares of Japan Tobacco and Japan Post fell, The Japan Times reported.", []),
        ("Air China and China Southern Airlines added routes.", [("Air China", "air-china")]),
        (
            "Bank of China and the University of Tokyo signed a deal.",
            [("Bank of China", "bank-of-china")],
        ),
        ("Korea Electric Power and Indian Oil signed contracts.", []),
        ("Uzbekistan Airways and Brazil Foods signed deals.", []),
        # the state's own bodies and titles stay the country
        ("The Japan Coast Guard said so.", [("Japan", "japan")]),
        ("Money went to the Central Bank of Belarus.", [("Belarus", "belarus")]),
        (
            "Russian Energy Minister Alexander Novak spoke.",
            [("Russian", "russia"), ("Alexander Novak", "alexander-novak")],
        ),
        ("The Japan Energy Summit opened in Tokyo.", [("Japan", "japan"), ("Tokyo", "japan")]),
    ],
)
def test_a_place_inside_a_company_name_is_no_mention_of_it(text, expected):
    assert _mentioned(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a police rank is a title, not a name's word
            'Detective Constable Liam Oakes said the sentence sent "a clear message" to anyone.',
            [["Liam Oakes", "said"]],
        ),
        (  # "United boss": a title, not the club's name completed from the text
            "Rovers beat Ashford United.\n\n"
            '"It was never a penalty, not in a million years," said United boss Gary Pollard.',
            [["Gary Pollard", "said"]],
        ),
        (  # somebody of a person's whom the text does not name
            'Detective Liam Oakes said "we will find you all".\n\n'
            'Hendry\'s barrister said his client was "deeply ashamed of what he did".',
            [["Liam Oakes", "said"], ["", "hendry's barrister said"]],
        ),
        (  # an owner is no speaker: "Doreen's daughter Karen"
            "Doreen Matthews was attacked at home.\n\n"
            "Doreen's daughter Karen, 51, said outside court: \"Mum has not slept properly "
            'since."',
            [["", "said"]],
        ),
        (  # a verb after "and" shares the subject of the verb before it
            'Rovers manager Kate Hollis praised her side\'s "character and patience" and said '
            'the result "means everything to this group".',
            [["Kate Hollis", "praised"], ["Kate Hollis", "said"]],
        ),
    ],
)
def test_titles_owners_and_shared_subjects(text, expected):
    assert _speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "with X saying": the one named before the participle
            "OPEC+ kept output unchanged, with Russian Deputy Prime Minister Alexander Novak "
            'saying the market remained "fragile and easily spooked".',
            [["Alexander Novak", "saying"]],
        ),
        (  # two asides between a name and a verb that quotes its words
            "Prof Rowan Fielding, of the National Oceanography Centre, who was not involved in "
            'the work, called it "careful and sobering". "The trend is unambiguous," he said.',
            [["Rowan Fielding", "called"], ["Rowan Fielding", "he said"]],
        ),
        (  # a role after a place's possessive, then the name in apposition
            "Scotland's Net Zero Secretary, Gillian Martin, welcomed the announcement. "
            '"Projects like this show that the transition creates jobs," she said.',
            [["Gillian Martin", "she said"]],
        ),
        (  # "her predecessor, X, once described": X
            "Her predecessor, Marcos Tavares, once described her as \u201ca technocrat with no "
            "heart\u201d.",
            [["Marcos Tavares", "described"]],
        ),
        (  # a few words quoted inside the writer's sentence are not the next quote's speaker's
            "The Guardian gave it four stars, praising a \u201cferociously intelligent\u201d "
            "performance by Nadia Osei. \u201cMy hands were shaking all night long,\u201d Osei "
            "said.",
            [["Nadia Osei", "said"]],
        ),
    ],
)
def test_participles_asides_and_partial_quotes(text, expected):
    assert _speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "X, who told": X; "..., telling them that": the sentence's subject
            "Among them was eight-year-old Maisie Cole, who told councillors: \u201cI learnt to "
            "read here.\u201d Rachel Reeves defended her plan, telling a packed room that the "
            "alternative was \u201ca return to the chaos\u201d.",
            [["Maisie Cole", "told"], ["Rachel Reeves", "telling"]],
        ),
        (  # a person's role is no body that spoke before
            "Downing Street said the prime minister had \u201cfull confidence\u201d in her.\n\n"
            "The chief whip told MPs: \u201cIf you vote against this, don\u2019t expect the party "
            "to remember you kindly.\u201d",
            [["Downing Street", "said"], ["", "the chief whip told MPs"]],
        ),
        (  # "X herself is ...": X opens the sentence, and "she" is X
            'Detective Liam Oakes said "we will find whoever did this".\n\n'
            "Doreen Matthews was attacked at home. Doreen herself is determined not to be driven "
            'out. "This is my home," she said.',
            [["Liam Oakes", "said"], ["Doreen Matthews", "she said"]],
        ),
        (  # a lower-case word of a title: "project director"
            '"It was the most challenging site we have worked on," said Van Oord project '
            "director Pieter de Vries.",
            [["Pieter de Vries", "said"]],
        ),
        (  # "Hungary's foreign minister", unnamed, is "the minister" after it: nobody
            'Kaja Kallas said Russia was "not serious about peace at all".\n\n'
            "Hungary's foreign minister has again criticised EU sanctions. Speaking in Budapest, "
            'the minister said the measures had "hurt Europe more than Russia".',
            [["Kaja Kallas", "said"], ["", "the minister said"]],
        ),
        (  # a role before an apposed name with a post-nominal; kin before an apposed name
            'Counsel for the regulator, Jonathan Crow KC, had argued that "responsibility does '
            'not disappear with a share sale". Her mother, Laura Cole, said the council had '
            '"stopped listening years ago".',
            [["Jonathan Crow", "argued"], ["Laura Cole", "said"]],
        ),
        (  # a judge's title before a surname completed from the full name
            "Lady Justice Moira Kendal gave the lead judgment on Thursday.\n\n"
            '"Parliament could have said so. It did not," Lady Justice Kendal wrote.',
            [["Moira Kendal", "wrote"]],
        ),
        (  # "The company's chief executive, X,": X, not the last speaker
            '"This is the supercycle everyone has been waiting for," said Greg Roh.\n\n'
            "The company's chief executive, Lee Sang-ho, told shareholders in a letter that the "
            'firm would "not repeat the mistakes of 2019".',
            [["Greg Roh", "said"], ["Lee Sang-ho", "told"]],
        ),
    ],
)
def test_roles_names_and_apposition_from_the_second_review_round(text, expected):
    assert _speakers(text) == expected


# Fifteen stories written for this review (wire, broadsheet, tabloid, magazine interview, press
# release, live blog, sports, court, science, diplomacy, markets, local news, conflict, arts, tech),
# with the speaker of each quote by hand: the quote's first words and the speaker as the table
# shows it (``$`` after the words: the quote is exactly those); alternatives after '|', '' for
# somebody the text does not name.
REVIEW_STORIES = [
    (
        "wire-energy",
        (
            "OPEC+ holds output steady as Novak warns of 'fragile' demand\n\n"
            "VIENNA, March 3 (Reuters) - OPEC+ agreed on Sunday to keep oil output unchanged "
            "for the second quarter, with Russian Deputy Prime Minister Alexander Novak "
            'saying the market remained "fragile and easily spooked".\n\n'
            '"We see no reason to add barrels while inventories are still building in Asia," '
            'Novak told reporters after the meeting. "Our decision is a cautious one."\n\n'
            "Saudi Energy Minister Prince Abdulaziz bin Salman said the group would meet "
            'again in June. "We will not be rushed by anybody, least of all by speculators '
            'who bet against us," he said.\n\n'
            "A delegate from a Gulf producer, who asked not to be named because the talks "
            'were private, said several members had pushed for a small increase. "There was '
            'a real argument in the room, and it is not over," the delegate said.\n\n'
            "Brent crude rose 1.2% to $84.10 a barrel by 1500 GMT.\n\n"
            '"The message is that the producers want a floor under prices near $80," said '
            'Helima Croft, head of commodity strategy at RBC Capital Markets. "Anything '
            'below that and they will cut again."\n\n'
            'Amrita Sen of Energy Aspects said the decision was expected. "It is a holding '
            'pattern, nothing more," she said.\n\n'
            "Russia's oil exports by sea fell to a four-month low in February, according to "
            "tanker-tracking data. Kremlin spokesman Dmitry Peskov declined to comment on "
            'the figures, saying only that Moscow "fulfils all its obligations to the '
            'group".\n\n'
            "Kazakhstan, which has repeatedly exceeded its quota, promised again to "
            'compensate. "We take our commitments seriously and we will show it in the '
            "coming months,\" the country's energy ministry said in a statement."
        ),
        [
            ("fragile$", "Alexander Novak"),
            ("fragile and easily spooked", "Alexander Novak"),
            ("We see no reason to add barrels", "Alexander Novak"),
            ("Our decision is a cautious one", "Alexander Novak"),
            ("We will not be rushed", "Abdulaziz bin Salman"),
            ("There was a real argument", ""),
            ("The message is that the producers", "Helima Croft"),
            ("Anything below that", "Helima Croft"),
            ("It is a holding pattern", "Amrita Sen"),
            ("fulfils all its obligations", "Dmitry Peskov"),
            ("We take our commitments seriously", "|Kazakhstan"),
        ],
    ),
    (
        "broadsheet-politics",
        (
            "Chancellor defends budget as backbenchers revolt\n\n"
            "Rachel Reeves last night defended her plan to freeze income tax thresholds, "
            "telling a packed committee room that the alternative was “a return to the chaos "
            "of the mini-budget”.\n\n"
            "“I did not come into politics to raise taxes,” the chancellor said. “But I will "
            "not gamble with the public finances either.”\n\n"
            "Her critics were unmoved. Clive Betts, the veteran Labour MP for Sheffield "
            "South East, called the freeze “a stealth tax by any other name” and warned that "
            "his constituents would notice.\n\n"
            "“People are not stupid,” Betts said. “They look at their payslips. They know "
            "when they are being taxed.\n\n"
            "“We were elected to be straight with them, and this is not straight.”\n\n"
            "A Treasury spokeswoman said the figures had been checked by the Office for "
            "Budget Responsibility. “The numbers speak for themselves,” the spokeswoman "
            "said.\n\n"
            "One cabinet minister, speaking on condition of anonymity, was blunter: “If she "
            "loses this vote, she is finished.”\n\n"
            "Downing Street said Keir Starmer retained “full confidence” in his chancellor.\n\n"
            "The rebellion has been brewing for weeks. At a private meeting on Monday, "
            "according to two people present, the chief whip told MPs: “If you vote against "
            "this, don’t expect the party to remember you kindly.”\n\n"
            "Asked about the remark, a Labour source said the whip had been “joking”. Betts "
            "was not amused. “It did not sound like a joke in the room,” he said."
        ),
        [
            ("a return to the chaos", "Rachel Reeves"),
            ("I did not come into politics", "Rachel Reeves"),
            ("But I will not gamble", "Rachel Reeves"),
            ("a stealth tax by any other name", "Clive Betts"),
            ("People are not stupid", "Clive Betts"),
            ("They look at their payslips", "Clive Betts"),
            ("We were elected to be straight", "Clive Betts"),
            ("The numbers speak for themselves", "|Treasury|HM Treasury"),
            ("If she loses this vote", ""),
            ("full confidence", "|Downing Street"),
            ("If you vote against this", ""),
            ("joking", ""),
            ("It did not sound like a joke", "Clive Betts"),
        ],
    ),
    (
        "tabloid-crime",
        (
            "'HE WAS A MONSTER': Gran's fury as thug jailed\n\n"
            "A brave gran who was punched to the ground outside her own front door has told "
            "of her relief after her attacker was finally locked up.\n\n"
            'Doreen Matthews, 78, said: "He was a monster. I thought I was going to die on '
            'my own doorstep."\n\n'
            "Kyle Hendry, 24, was jailed for six years at Teesside Crown Court yesterday "
            "after admitting robbery.\n\n"
            'Judge Sarah Whitfield told him: "You preyed on a frail woman for the price of a '
            'packet of cigarettes. It is hard to imagine anything more cowardly."\n\n'
            "Doreen's daughter Karen, 51, who sat in the public gallery, said outside court: "
            '"Mum has not slept properly since. She jumps every time the doorbell goes."\n\n'
            'Detective Constable Liam Oakes, who led the inquiry, said the sentence sent "a '
            'clear message" to anyone who targets the elderly.\n\n'
            '"We will find you," he added.\n\n'
            'Hendry\'s barrister said his client was "deeply ashamed".\n\n'
            'Neighbours described the attack as "sickening". One, who did not want to be '
            'named, said: "Doreen is the sort of woman who takes parcels in for the whole '
            'street. Everyone loves her."\n\n'
            'Doreen herself is determined not to be driven out. "This is my home," she said. '
            '"I have lived here for 52 years and no thug is going to make me leave."'
        ),
        [
            ("He was a monster. I thought", "Doreen Matthews"),
            ("You preyed on a frail woman", "Sarah Whitfield"),
            ("Mum has not slept properly", "Karen"),
            ("a clear message", "Liam Oakes"),
            ("We will find you", "Liam Oakes"),
            ("deeply ashamed", ""),
            ("sickening", ""),
            ("Doreen is the sort of woman", ""),
            ("This is my home", "Doreen Matthews"),
            ("I have lived here for 52 years", "Doreen Matthews"),
        ],
    ),
    (
        "magazine-interview",
        (
            "‘I never wanted to be a politician’: a conversation with Mayor Ana Ribeiro\n\n"
            "Ana Ribeiro has run Porto Alegre for three years. She met us in her office on a "
            "rainy Tuesday.\n\n"
            "“I was a nurse for twenty years,” Ribeiro says, pouring coffee. “I still think "
            "like one: triage first, speeches later.”\n\n"
            "Her predecessor, Marcos Tavares, once described her as “a technocrat with no "
            "heart”. She laughs at that. “Marcos says a lot of things.”\n\n"
            "Q: What was the hardest decision of the floods?\n\n"
            "A: Evacuating the hospital. We had four hours and three hundred patients.\n\n"
            "Q: Would you run again?\n\n"
            "A: Ask me after the budget. If the state keeps cutting our transfers, I am not "
            "sure anyone can run this city.\n\n"
            "Editor's note: This interview has been condensed and edited.\n\n"
            "Her critics on the city council are less forgiving. Councillor Paulo Menezes, "
            "who chairs the finance committee, said the mayor had “spent the reserves of the "
            "next three administrations”.\n\n"
            "“The floods were a tragedy, but they are not a blank cheque,” Menezes said. "
            "“Somebody has to say it.”"
        ),
        [
            ("I never wanted to be a politician", "Ana Ribeiro"),
            ("I was a nurse for twenty years", "Ana Ribeiro"),
            ("I still think like one", "Ana Ribeiro"),
            ("a technocrat with no heart", "Marcos Tavares"),
            ("Marcos says a lot of things", "Ana Ribeiro"),
            ("spent the reserves of the next", "Paulo Menezes"),
            ("The floods were a tragedy", "Paulo Menezes"),
            ("Somebody has to say it", "Paulo Menezes"),
        ],
    ),
    (
        "press-release",
        (
            "Northwind Energy opens 400 MW offshore wind farm\n\n"
            "ABERDEEN, 12 May 2025 — Northwind Energy plc today announced that its Kestrel "
            "Bank offshore wind farm has begun full commercial operation.\n\n"
            '"Kestrel Bank is the largest project in our history and it was delivered on '
            'time and on budget," said Fiona McAllister, Chief Executive Officer of '
            'Northwind Energy. "It will power more than 350,000 homes."\n\n'
            "The project was financed by a consortium of six banks led by Nordhavn Capital.\n\n"
            '"We are proud to have backed Northwind from the first survey to the first '
            'power," said Lars Eriksen, Managing Partner at Nordhavn Capital.\n\n'
            "Scotland's Net Zero Secretary, Gillian Martin, welcomed the announcement. "
            '"Projects like this show that the energy transition creates jobs here, not '
            'elsewhere," she said.\n\n'
            "About Northwind Energy\n\n"
            "Northwind Energy plc develops and operates renewable generation in the North "
            "Sea.\n\n"
            "Media contact: press@northwind.example\n\n"
            "The wind farm's 50 turbines were installed by Dutch contractor Van Oord. "
            '"Kestrel Bank was one of the most challenging sites we have worked on, with '
            'water depths of up to 60 metres," said Van Oord project director Pieter de '
            "Vries.\n\n"
            "Northwind said it would now focus on its next project, the 900 MW Osprey field, "
            'for which it expects a final investment decision next year. "Osprey is the '
            'logical next step for us," McAllister said.'
        ),
        [
            ("Kestrel Bank is the largest project", "Fiona McAllister"),
            ("It will power more than", "Fiona McAllister"),
            ("We are proud to have backed", "Lars Eriksen"),
            ("Projects like this show", "Gillian Martin"),
            ("Kestrel Bank was one of the most challenging", "Pieter de Vries"),
            ("Osprey is the logical next step", "Fiona McAllister"),
        ],
    ),
    (
        "live-blog",
        (
            "Ukraine war live: Kyiv says talks 'possible' as drones hit Odesa\n\n"
            "09:12 GMT\n\n"
            "Ukraine's foreign minister, Andrii Sybiha, says Kyiv is open to a new round of "
            'talks but not to "a ceasefire that freezes the occupation".\n\n'
            '"We are ready to meet at any level, in any format that respects our '
            'sovereignty," Sybiha wrote on X.\n\n'
            "09:40 GMT\n\n"
            'Kremlin spokesman Dmitry Peskov told reporters that Moscow had "not yet seen '
            'any concrete proposals" from Kyiv.\n\n'
            '"When we see them, we will study them," Peskov said.\n\n'
            "10:05 GMT\n\n"
            "Odesa's governor, Oleh Kiper, said three people were injured in an overnight "
            'drone attack on the port. "The strike hit a grain terminal. There was no '
            'military target there," Kiper said on Telegram.\n\n'
            "10:30 GMT\n\n"
            'EU foreign policy chief Kaja Kallas has called the drone attacks "a deliberate '
            'campaign of terror against civilians".\n\n'
            '"Russia is not serious about peace," she told reporters in Brussels.\n\n'
            "11:02 GMT\n\n"
            "Hungary's foreign minister has again criticised EU sanctions on Russian energy. "
            'Speaking in Budapest, the minister said the measures had "hurt Europe more than '
            'Russia".\n\n'
            "11:20 GMT\n\n"
            "A senior EU diplomat, speaking on condition of anonymity, told us the 17th "
            'sanctions package could be approved "as early as next week", but added: '
            '"Nothing is agreed until everything is agreed."'
        ),
        [
            ("possible", "Ukraine|"),
            ("a ceasefire that freezes", "Andrii Sybiha"),
            ("We are ready to meet at any level", "Andrii Sybiha"),
            ("not yet seen any", "Dmitry Peskov"),
            ("When we see them", "Dmitry Peskov"),
            ("The strike hit a grain terminal", "Oleh Kiper"),
            ("a deliberate campaign of terror", "Kaja Kallas"),
            ("Russia is not serious about peace", "Kaja Kallas"),
            ("hurt Europe more than Russia", ""),
            ("as early as next week", ""),
            ("Nothing is agreed until", ""),
        ],
    ),
    (
        "sports",
        (
            "Late penalty sinks United as Moreno keeps his cool\n\n"
            "Diego Moreno's 94th-minute penalty gave Rovers a 2-1 win at Ashford United on "
            "Saturday, leaving the home manager fuming at the referee.\n\n"
            '"It was never a penalty, not in a million years," said United boss Gary '
            'Pollard. "The lad has gone down like he\'s been shot."\n\n'
            "Pollard, whose side have now lost four in a row, added: \"I'll be asking the "
            "league for an explanation, but I know what I'll get: nothing.\"\n\n"
            "Moreno, who joined Rovers from Valencia in the summer, said he had not felt any "
            'pressure. "I practise penalties every day after training," the striker said. '
            '"Today it was just one more."\n\n'
            'Rovers manager Kate Hollis praised her side\'s "character and patience" and said '
            'the result "means everything to this group".\n\n'
            '"We kept going when it would have been easy to accept a draw," Hollis said.\n\n'
            "The defeat leaves United 18th in the table, a point above the relegation "
            'places. Their captain, Tom Blake, said the dressing room was "hurting".\n\n'
            '"We let the fans down again and that\'s on us, not the referee," Blake said. "We '
            'have to look in the mirror."'
        ),
        [
            ("It was never a penalty", "Gary Pollard"),
            ("The lad has gone down", "Gary Pollard"),
            ("I'll be asking the league", "Gary Pollard"),
            ("I practise penalties every day", "Diego Moreno"),
            ("Today it was just one more", "Diego Moreno"),
            ("character and patience", "Kate Hollis"),
            ("means everything to this group", "Kate Hollis"),
            ("We kept going when", "Kate Hollis"),
            ("hurting", "Tom Blake"),
            ("We let the fans down again", "Tom Blake"),
            ("We have to look in the mirror", "Tom Blake"),
        ],
    ),
    (
        "court",
        (
            "Regulator loses appeal over bank fines\n\n"
            "The Court of Appeal on Thursday overturned a record fine imposed on Harbour "
            'Bank, ruling that the regulator had acted "beyond its powers".\n\n'
            "Lady Justice Moira Kendal, giving the lead judgment, said the Financial Conduct "
            'Authority had "stretched the words of the statute past breaking point". She '
            'added: "A regulator, like any public body, must act within the law that '
            'Parliament gave it."\n\n'
            'The FCA said it was disappointed. "We are considering the judgment carefully '
            'and will decide on next steps," a spokesperson for the authority said.\n\n'
            "Harbour Bank's chief executive, Tom Aldous, said the ruling \"vindicates our "
            'position from the very start". "We have always said we would co-operate with '
            'the regulator, but not at any price," Aldous said.\n\n'
            "Consumer group Which? said customers would be the losers. \"Today's decision "
            'leaves a gap that bad actors will exploit," said its director of policy, Rocio '
            "Concha.\n\n"
            "The case turned on whether the FCA could fine a bank for the conduct of a "
            "subsidiary it had sold. Counsel for the regulator, Jonathan Crow KC, had argued "
            'that "responsibility does not disappear with a share sale".\n\n'
            'The judges disagreed. "Parliament could have said so. It did not," Lady Justice '
            "Kendal wrote."
        ),
        [
            ("beyond its powers", "Court of Appeal|"),
            ("stretched the words of the statute", "Moira Kendal"),
            ("A regulator, like any public body", "Moira Kendal"),
            ("We are considering the judgment", "|Financial Conduct Authority|FCA"),
            ("vindicates our position", "Tom Aldous"),
            ("We have always said we would", "Tom Aldous"),
            ("Today's decision leaves a gap", "Rocio Concha"),
            ("responsibility does not disappear", "Jonathan Crow"),
            ("Parliament could have said so", "Moira Kendal"),
        ],
    ),
    (
        "science",
        (
            "Ocean heatwaves doubling every decade, study finds\n\n"
            "Marine heatwaves have become twice as frequent every ten years since 1980, "
            "according to research published on Wednesday in the journal Nature Climate "
            "Change.\n\n"
            '"What used to be a once-in-a-century event is now happening every few summers," '
            "said Dr Priya Natarajan, an oceanographer at the University of Exeter who led "
            "the study.\n\n"
            "The researchers analysed satellite records covering 40 years. Natarajan said "
            'the findings were "not a forecast but a measurement".\n\n'
            "Prof Rowan Fielding, of the National Oceanography Centre, who was not involved "
            'in the work, called it "careful and sobering". "The trend is unambiguous," he '
            'said. "The only question is how fast we act."\n\n'
            'Some scientists urged caution. "Satellite data near coasts can be noisy," said '
            'Mei Lin Zhao, a climate statistician at the University of Hong Kong. "I would '
            'like to see the coastal numbers checked against buoys."\n\n'
            "The study's authors said the effect was strongest in the North Atlantic and the "
            "Mediterranean, where summer temperatures at the surface have risen by more than "
            "1C since the 1980s.\n\n"
            "“Fish and corals can move or adapt to a slow change,” Natarajan said. “What "
            "they cannot survive is a sudden spike that lasts for months. As one of our "
            "reviewers put it, ‘the ocean is running a fever’.”"
        ),
        [
            ("What used to be a once-in-a-century", "Priya Natarajan"),
            ("not a forecast but a measurement", "Priya Natarajan"),
            ("careful and sobering", "Rowan Fielding"),
            ("The trend is unambiguous", "Rowan Fielding"),
            ("The only question is how fast", "Rowan Fielding"),
            ("Satellite data near coasts", "Mei Lin Zhao"),
            ("I would like to see the coastal", "Mei Lin Zhao"),
            ("Fish and corals can move", "Priya Natarajan"),
            ("What they cannot survive", "Priya Natarajan"),
        ],
    ),
    (
        "diplomacy",
        (
            "Lavrov and Fidan discuss Black Sea grain in Ankara\n\n"
            "Russian Foreign Minister Sergei Lavrov held talks with his Turkish counterpart "
            "Hakan Fidan in Ankara on Monday, focusing on shipping in the Black Sea.\n\n"
            '"We appreciate Turkey\'s balanced position," the Russian top diplomat told a '
            'joint news conference. "Ankara has always kept channels open."\n\n'
            'Fidan said Turkey was ready to host new talks. "Our doors are open to both '
            'sides, as they have been since the first day," the Turkish foreign minister '
            "said.\n\n"
            "In Moscow, Foreign Ministry spokeswoman Maria Zakharova dismissed Western "
            'criticism of the visit. "Those who lecture others about isolation should look '
            'at their own empty conference halls," she told a briefing.\n\n'
            "A senior Turkish official, who spoke on condition of anonymity, said a "
            'memorandum on shipping could be signed "within weeks".\n\n'
            '"Nobody should expect a breakthrough tomorrow," the official cautioned.\n\n'
            "The two ministers also discussed Syria and the South Caucasus. Lavrov said "
            "Moscow valued Turkey's role in the region but warned against \"attempts by "
            'outside players to impose their schemes".\n\n'
            "Asked about a possible meeting between Vladimir Putin and Recep Tayyip Erdogan, "
            'the Kremlin said no date had been set. "Contacts at the highest level are '
            'always possible," Peskov told reporters in Moscow.'
        ),
        [
            ("We appreciate Turkey's balanced", "Sergei Lavrov"),
            ("Ankara has always kept channels", "Sergei Lavrov"),
            ("Our doors are open to both sides", "Hakan Fidan"),
            ("Those who lecture others", "Maria Zakharova"),
            ("within weeks", ""),
            ("Nobody should expect a breakthrough", ""),
            ("attempts by outside players", "Sergei Lavrov"),
            ("Contacts at the highest level", "Dmitry Peskov"),
        ],
    ),
    (
        "markets",
        (
            "Rouble slides past 100 as central bank holds fire\n\n"
            "MOSCOW, Oct 14 - The rouble weakened past 100 to the dollar on Friday after the "
            "Bank of Russia kept its key rate at 16%, disappointing traders who had bet on a "
            "hike.\n\n"
            '"The market wanted a signal and it didn\'t get one," said one Moscow-based '
            'currency trader, who declined to be identified. "So people are selling."\n\n'
            'Central bank governor Elvira Nabiullina said inflation risks remained high. "We '
            'are prepared to tighten further if needed," Nabiullina said at a news '
            "conference.\n\n"
            'Analysts at Sinara said in a note that the pause was "a mistake that will have '
            'to be corrected in December".\n\n'
            'Natalia Orlova, chief economist at Alfa Bank, was more sanguine. "The exchange '
            'rate is not the central bank\'s target," she said. "Inflation is, and inflation '
            'is slowing."\n\n'
            'Another trader said exporters had stayed out of the market all week. "Everyone '
            'is waiting," he said.\n\n'
            "The finance ministry said it would increase its daily foreign currency sales "
            'from Monday. "We have all the instruments we need to keep the market stable," '
            "Deputy Finance Minister Ivan Chebeskov told the Interfax news agency.\n\n"
            'Not everyone was reassured. "When the ministry says the market is stable, I '
            'start to worry," a portfolio manager at a large state bank said, speaking '
            "anonymously."
        ),
        [
            ("The market wanted a signal", ""),
            ("So people are selling", ""),
            ("We are prepared to tighten", "Elvira Nabiullina"),
            ("a mistake that will have to be", "|Sinara"),
            ("The exchange rate is not", "Natalia Orlova"),
            ("Inflation is, and inflation", "Natalia Orlova"),
            ("Everyone is waiting", ""),
            ("We have all the instruments", "Ivan Chebeskov"),
            ("When the ministry says", ""),
        ],
    ),
    (
        "local-news",
        (
            "Residents fight plan to close Millbrook library\n\n"
            "More than 200 people packed Millbrook community hall on Tuesday night to "
            "protest against the council's plan to close the town's library.\n\n"
            "“This library is the only warm place some of our older residents go all day,” "
            "said Joan Pritchard, 71, who has used it for fifty years. “Close it and you "
            "close a lifeline.”\n\n"
            "Councillor Raj Patel, the cabinet member for communities, told the meeting the "
            "council faced a £12 million gap. “Nobody became a councillor to shut "
            "libraries,” he said. “But the money is simply not there.”\n\n"
            "Campaigner Ellie Burns, 34, accused the council of “picking on the people least "
            "able to fight back”.\n\n"
            "“We will take this to judicial review if we have to,” she said.\n\n"
            "A council spokesman said no final decision had been made. “All responses to the "
            "consultation will be considered,” the spokesman said.\n\n"
            "Library volunteers handed the council a petition with 4,300 signatures. Among "
            "them was eight-year-old Maisie Cole, who told councillors: “I learnt to read "
            "here. Where are the other children going to learn?”\n\n"
            "Her mother, Laura Cole, said afterwards that the council had “stopped listening "
            "years ago”."
        ),
        [
            ("This library is the only warm place", "Joan Pritchard"),
            ("Close it and you close", "Joan Pritchard"),
            ("Nobody became a councillor", "Raj Patel"),
            ("But the money is simply not there", "Raj Patel"),
            ("picking on the people least able", "Ellie Burns"),
            ("We will take this to judicial review", "Ellie Burns"),
            ("All responses to the consultation", ""),
            ("I learnt to read here", "Maisie Cole"),
            ("stopped listening years ago", "Laura Cole"),
        ],
    ),
    (
        "conflict",
        (
            "Ceasefire talks stall over prisoner lists, officials say\n\n"
            "CAIRO, June 2 (AP) - Talks on a ceasefire in Gaza stalled on Sunday over the "
            "lists of prisoners to be released, two officials involved in the negotiations "
            "said.\n\n"
            '"The gaps are narrow but they are real," said an Egyptian official, who spoke '
            "on condition of anonymity because he was not authorized to brief the media. "
            '"Each side is waiting for the other to blink."\n\n'
            "Qatar's foreign ministry spokesman, Majed al-Ansari, told reporters in Doha "
            'that mediators were "working around the clock".\n\n'
            '"We are not at the point of announcing anything, but we are not at the point of '
            'giving up either," al-Ansari said.\n\n'
            'An Israeli official said the government would not agree to "a deal at any '
            'price". A Hamas official, Basem Naim, said the group had shown "maximum '
            'flexibility".\n\n'
            "UN Secretary-General Antonio Guterres urged both sides to close the deal. "
            '"Every day of delay is paid for in children\'s lives," Guterres said in a '
            "statement.\n\n"
            "The talks are expected to resume in Cairo on Tuesday. A diplomat briefed on the "
            'negotiations said Egyptian mediators had drafted "a bridging proposal" on the '
            "prisoner lists.\n\n"
            'Naim told the Associated Press: "We are ready to sign today if the occupation '
            'stops moving the goalposts."'
        ),
        [
            ("The gaps are narrow", ""),
            ("Each side is waiting", ""),
            ("working around the clock", "Majed al-Ansari"),
            ("We are not at the point of announcing", "Majed al-Ansari"),
            ("a deal at any price", ""),
            ("maximum flexibility", "Basem Naim"),
            ("Every day of delay", "Antonio Guterres"),
            ("a bridging proposal", ""),
            ("We are ready to sign today", "Basem Naim"),
        ],
    ),
    (
        "arts",
        (
            "Critics round on National Theatre's 'Hamlet in space'\n\n"
            "The National Theatre's new Hamlet, set aboard a failing space station, has "
            'divided critics, with one calling it "the boldest Shakespeare of the decade" '
            'and another "a very expensive screensaver".\n\n'
            'Director Tobias Wren defended the production on Thursday. "Shakespeare wrote '
            "about people trapped in a rotten state. A space station is a rotten state you "
            'cannot leave," Wren told the BBC.\n\n'
            "The Guardian's Arifa Akbar gave it four stars, praising a \"ferociously "
            'intelligent" central performance by Nadia Osei. Osei, 29, said she had been '
            '"terrified" on opening night. "My hands were shaking during \'To be or not to '
            "be',\" she said.\n\n"
            "Not everybody was convinced. The playwright David Hare called the staging "
            '"reckless" and said the theatre had "mistaken novelty for ideas".\n\n'
            "The production's designer, Hana Kowalczyk, said the set had taken eight months "
            'to build. "We wanted the audience to feel the walls closing in," she said. '
            "\"Elsinore is a prison. Hamlet says so himself: 'Denmark's a prison.'\"\n\n"
            "The National Theatre said tickets for the run had sold out within hours."
        ),
        [
            ("the boldest Shakespeare of the decade", ""),
            ("a very expensive screensaver", ""),
            ("Shakespeare wrote about people trapped", "Tobias Wren"),
            ("ferociously intelligent", "Arifa Akbar"),
            ("terrified", "Nadia Osei"),
            ("My hands were shaking", "Nadia Osei"),
            ("reckless", "David Hare"),
            ("mistaken novelty for ideas", "David Hare"),
            ("We wanted the audience to feel", "Hana Kowalczyk"),
            ("Elsinore is a prison", "Hana Kowalczyk"),
        ],
    ),
    (
        "tech",
        (
            "Chipmaker warns of shortage as AI demand soars\n\n"
            "SEOUL, Jan 9 - South Korea's Hanbit Semiconductor warned on Thursday that "
            "memory chips would stay scarce until 2027.\n\n"
            "\"Customers tell us, 'Ship whatever you have, we will take it,'\" chief financial "
            'officer Park Ji-won said on a call with analysts. "We have never seen demand '
            'like this."\n\n'
            "Park said the company would spend 30 trillion won on new capacity this year. "
            'Asked whether prices would fall, she said: "Not this year, and probably not '
            'next year."\n\n'
            'Investors cheered. "This is the supercycle everyone has been waiting for," said '
            "Greg Roh, head of research at Hyundai Motor Securities.\n\n"
            "But an executive at a rival firm, who asked not to be named, warned that the "
            'industry had "been here before". "Every supercycle ends in a glut," the '
            "executive said.\n\n"
            "Hanbit's shares rose 4.3% in Seoul. The company's chief executive, Lee Sang-ho, "
            'told shareholders in a letter that the firm would "not repeat the mistakes of '
            '2019", when it overbuilt capacity.\n\n'
            '"We will grow with our customers, not ahead of them," Lee wrote.'
        ),
        [
            ("Customers tell us", "Park Ji-won"),
            ("We have never seen demand", "Park Ji-won"),
            ("Not this year, and probably", "Park Ji-won"),
            ("This is the supercycle", "Greg Roh"),
            ("been here before", ""),
            ("Every supercycle ends in a glut", ""),
            ("not repeat the mistakes of 2019", "Lee Sang-ho"),
            ("We will grow with our customers", "Lee Sang-ho"),
        ],
    ),
]

# Quotes of the stories whose speaker is still missed or wrong (or the quote not kept), and why.
KNOWN_MISSES = {
    ("tabloid-crime", "Mum has not slept properly"): "a first name alone ('daughter Karen')",
    ("tabloid-crime", "sickening"): "a one-word partial quote after 'described the attack as'",
    ("magazine-interview", "I never wanted to be a politician"): "a headline's 'conversation with'",
    ("magazine-interview", "Marcos says a lot of things"): "'She laughs at that.' before it",
    ("court", "beyond its powers"): "the court's 'ruling that', three words: left out",
    ("arts", "ferociously intelligent"): "', praising a \"...\"' after the sentence's own verb",
}


@cache
def _story_quotes(name: str) -> list[tuple[str, str]]:
    text = next(text for story, text, _ in REVIEW_STORIES if story == name)
    return find_quotes(documents(text))[["quote", "speaker"]].values.tolist()


def _story_cases():
    for name, _, gold in REVIEW_STORIES:
        for prefix, speaker in gold:
            miss = KNOWN_MISSES.get((name, prefix))
            marks = [pytest.mark.xfail(strict=True, reason=miss)] if miss else []
            yield pytest.param(name, prefix, speaker, marks=marks, id=f"{name}:{prefix[:24]}")


def test_the_review_stories_hold_over_eighty_quotes():
    assert len(REVIEW_STORIES) == 15
    assert sum(len(gold) for _, _, gold in REVIEW_STORIES) >= 80


@pytest.mark.parametrize(("name", "prefix", "speaker"), list(_story_cases()))
def test_review_story_speakers(name, prefix, speaker):
    found = [s for quote, s in _story_quotes(name) if quote.startswith(prefix)]
    if prefix.endswith("$"):  # this quote exactly: the headline's 'fragile', not the lead's
        found = [s for quote, s in _story_quotes(name) if quote == prefix[:-1]]
    assert found, "quote not found"
    assert found[0] in speaker.split("|")


def test_the_magazine_interviews_answers_are_its_interviewees():
    text = next(text for name, text, _ in REVIEW_STORIES if name == "magazine-interview")
    turns = find_turns(documents(text))
    assert turns[["label", "speaker"]].values.tolist() == [
        ["Q", ""],
        ["A", "Ana Ribeiro"],
        ["Q", ""],
        ["A", "Ana Ribeiro"],
    ]
    assert turns["text"].iloc[-1].endswith("anyone can run this city.")  # not the note after it

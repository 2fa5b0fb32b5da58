"""The words and patterns that attribution reads: reporting verbs, roles, nominals, names and
the words of a subject phrase. In one place, so that a verb or a role is added once for the cues
before and after a quote and for the speakers they name.
"""

from __future__ import annotations

import re

from analysis.actor.runs import POST_NOMINALS as POST_NOMINALS  # one list: after a name

_VERBS = (
    r"told (?:reporters|journalists|the press|the media|lawmakers|parliament|"
    r"(?:a |the )?(?:news |press )?(?:conference|briefing)|[A-Z][\w&-]*(?: [A-Z][\w&-]*){0,2})|"
    r"(?:quoted|cited) as saying|telling|"
    r"said|says|saying|reads|read|added|adds|adding|noted|notes|noting|stressed|stresses|stressing|"
    r"emphasi[sz]ed|emphasi[sz]es|emphasi[sz]ing|explained|explains|believes|believed|thinks|"
    r"stated|states|declared|remarked|pointed out|warned|warns|warning|insisted|insists|argued|"
    r"argues|claimed|claims|continued|concluded|recalled|wrote|writes|asked|replied|answered|"
    r"commented|opined|underlined|underscored|assured|announced|admitted|observed|suggested|"
    r"acknowledged|affirmed|complained|predicted|posted|tweeted|"
    r"expressed (?:his |her )?(?:hope|confidence)|told|(?:put|puts) it(?=[^\S\n]*[:,])"
)
# After a quote only, where they are plain attribution (`"...," say analysts`, `"...," they
# add`); before one they mostly mention a word (`when I say "our"`).
_POST_VERBS = f"{_VERBS}|say|add"
_PERSON_ROLES = (
    r"expert|analyst|minister|president|premier|spokeswoman|spokesman|spokesperson|diplomat|"
    r"official|source|ambassador|politician|leader|chancellor|scholar|researcher|professor|"
    r"economist|head|chief|governor|senator|lawmaker|deputy|director|chairman|chairwoman|"
    r"representative|secretary|envoy|observer|commentator|author|specialist|mayor|aide|adviser|"
    r"advisor|general|commander|prosecutor|judge|ceo|activist|campaigner|shopkeeper|farmer|"
    r"resident|student|teacher|worker|trader|vendor|legislator|lawyer|doctor|engineer|"
    r"journalist|reporter|editor|banker|investor|entrepreneur|businessman|businesswoman|founder|"
    r"protester|villager|pensioner|strategist|consultant|coach|manager|captain|striker|"
    r"midfielder|goalkeeper|referee|pundit|barrister|attorney|solicitor|counsel|nurse|physician|"
    r"surgeon|scientist|epidemiologist|virologist|oceanographer|historian|treasurer|detective|"
    r"inspector|candidate|correspondent|presenter|councillor|councilman|councilwoman|"
    r"congressman|congresswoman|sheriff|coroner|negotiator|chairperson|mp|"
    r"defendant|plaintiff|survivor|organiser|organizer|owner|partner|physicist|psychologist|"
    r"speaker|constable|sergeant|superintendent|boss|skipper|predecessor|successor|whip|"
    r"designer|architect|artist|actor|actress|playwright|novelist|poet|singer|musician|"
    r"choreographer|composer|photographer"
)
_ORGANISATION_ROLES = r"ministry|agency|embassy|department|committee|commission|company|government"
_DOCUMENT_ROLES = (
    r"messages|message|telegrams|telegram|letters|letter|address|statements|statement|greetings|"
    r"greeting|appeal"
)
_ROLES = f"{_PERSON_ROLES}|{_ORGANISATION_ROLES}|{_DOCUMENT_ROLES}"
DOCUMENT_WORDS = frozenset(_DOCUMENT_ROLES.split("|"))
ORGANISATION_WORDS = frozenset(_ORGANISATION_ROLES.split("|"))
# Word lengths are bounded so that a hostile run ("A-A-A-...") is read in linear time.
_DETERMINER = r"(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[A-Z][\w-]{0,40}[\u2019']s)"
# A title is one role however many words it takes: `the first deputy prime minister`, `the vice
# president`, `the chief executive officer` (not `the deputy` of a deputy prime minister).
_TITLE = (
    rf"(?:(?:first|deputy|vice|chief|acting|executive)\s+){{0,3}}"
    r"(?:(?:prime|foreign|finance|energy|economy|economic|defen[cs]e|justice|trade)\s+)?"
    rf"(?:{_ROLES}|(?<=chief )(?:executive|operating officer|financial officer))"
)
_NOMINAL = (
    rf"(?:[Hh]e|[Ss]he|[Tt]hey|{_DETERMINER}\s+(?:(?![Tt]he\b)[\w'\u2019-]{{1,40}}\s+){{0,4}}?"
    rf"(?i:{_TITLE}))"
)
# Lower-case particles inside a name: `Mohammed bin Salman`, `von der Leyen`, `al-Falih`.
NAME_PARTICLES = frozenset(
    "bin ibn al von van der den de da di du la le dos das do del della ter ten".split()
)

# A particle with what follows it, at most three in a row (linear time on `de de de ...`).
_PARTICLES = rf"(?:(?:al|el)-|(?:{'|'.join(sorted(NAME_PARTICLES))})\s+){{0,3}}"
_NAME = (
    rf"(?!(?:I|We)\b){_PARTICLES}[A-Z][\w'\u2019.-]*"
    rf"(?:\s+{_PARTICLES}[A-Z][\w'\u2019.-]*)*"
)
NAME_RE = re.compile(_NAME)
_LEAD = r"\s*[,:;\u2014-]?\s*"
_ADVERBS = (
    r"(?:(?:has|had|have|was|is|also|then|later|further|again|earlier|previously|once again|"
    r"additionally|however|now|reportedly|publicly)\s+)*"
)
_PHRASE = r"[^\n.!?;:\u201c\u201d\"\u00ab\u00bb\u201e]"
POST_VERB_FIRST = re.compile(
    rf"{_LEAD}(?P<cue>{_POST_VERBS}|according to)\s+(?P<spk>{_PHRASE}{{1,120}})"
)
POST_SPEAKER_FIRST = re.compile(
    rf"{_LEAD}(?P<spk>{_PHRASE}{{1,120}}?),?\s+{_ADVERBS}(?P<cue>{_POST_VERBS})\b"
)
# The end of the sentence a quote stands inside, naming who said it: `... held "serious" talks in
# Istanbul on Friday, Iranian Deputy Foreign Minister Kazem Gharibabadi said.`
SENTENCE_END_CUE = re.compile(
    rf",[^\S\n]+(?P<spk>[A-Z]{_PHRASE}{{0,100}}?)[^\S\n]+(?P<cue>said|says|added|told "
    r"(?:reporters|journalists|the press|[A-Z][\w&-]*))(?:[^\S\n]+on[^\S\n]+[A-Z][a-z]+)?"
    r"[^\S\n]*(?:[.!?](?=\s|$)|,)"  # or the sentence goes on: "..., X said, as talks ..."
)
# A sentence after the quote that names who said it: `"..." That was how Zelensky put it.`
POST_HOW = re.compile(
    rf"\s*(?:That|This|So|Such)(?:'s|\u2019s|\s+is|\s+was)\s+how\s+(?P<spk>{_PHRASE}{{1,120}}?)"
    r"\s+(?P<cue>put it|described it|summed it up|summari[sz]ed it|phrased it|explained it|"
    r"framed it|characteri[sz]ed it)\b"
)
# Verbs that quote a word or phrase the subject used, before it: `called the sanctions
# "illegitimate"`, `criticised Japan for "obediently following instructions"`.
_NAMING = (
    r"called|calls|described|describes|dubbed|branded|labell?ed|termed|condemned|denounced|"
    r"dismissed|critici[sz]ed|accused|slammed|vowed|vows|promised|promises|pledged|pledges|"
    r"praised|praises|hailed|hails|signall?ed|signals|threatened|threatens|demanded|demands"
)
NAMING_RE = re.compile(rf"(?:{_NAMING})$")
PRE_CUE = re.compile(
    rf"(?P<cue>[Aa]ccording to|[Ii]n (?:his|her|their) (?:opinion|view|words)|\b(?:{_VERBS})|"
    rf"(?<![\w-])(?:{_NAMING}))\b"
)
NOMINAL_RE = re.compile(rf"\b{_NOMINAL}\b")
# A subject followed by its reporting verb: `Peskov said`, `Lavrov, the minister, called`.
REPORTS = re.compile(
    rf"\s*(?:[,\u2014(][^,\u2014()]{{0,80}}[,\u2014)])?\s*{_ADVERBS}(?:{_VERBS}|{_NAMING})\b"
)
# Somebody who asked not to be named is nobody we can name.
ANONYMOUS = re.compile(
    r"\b(?:anonymity|(?:declined|asked|wished) not to be (?:named|identified)|"
    r"declined to be (?:named|identified)|not authori[sz]ed to (?:speak|comment|talk)|"
    r"asked that (?:I|we|he|she|they) not (?:use|name|identify|publish)|"
    r"(?:did not|didn't|does not|doesn't) want (?:to be (?:named|identified)|(?:his|her|their) "
    r"names? (?:used|published))|on (?:the )?condition (?:that )?(?:of )?(?:he|she|they)? ?not be)"
)
POSSESSED = re.compile(rf"[\u2019']s\s+(?:[\w-]+\s+){{0,3}}?(?i:{_TITLE})\b")  # 's chief executive
AFTER_VERB = re.compile(rf"\b(?:{_VERBS})\s+$")
VERB_RE = re.compile(rf"\b(?:{_VERBS})\b")  # a reporting verb anywhere
# Words that may stand in a subject phrase besides names: `a leading Japanese expert on Russia`,
# `the Russian Foreign Ministry's official spokeswoman`, `Lavrov, 74, the foreign minister`; a
# title's words are no part of a name (`Chief Executive Amin Nasser`).
SUBJECT_WORDS = frozenset(
    "he she they the a an and of on for in his her its their senior former deputy first chief top "
    "leading foreign state press official acting new then also now prime vice presidential "
    "foreign-policy policy defence defense finance energy economic news well-known veteran russian "
    "executive officer operating financial managing national security intelligence military "
    "party opposition island local regional interior home health education culture trade "
    "agriculture transport justice labour labor environment climate digital industry science "
    "service office headquarters administration mission delegation central bank company oil gas "
    "army navy cabinet government ruling shadow assistant associate police team club squad "
    "defence prosecution crown district federal county city general-secretary secretary-general "
    "special principal lead head union council group campaign charity firm airline hospital "
    "university school court high supreme appeals world football rugby cricket tennis "
    "business industry sector academician project programme program sales marketing "
    "communications research".split()
) | frozenset(_ROLES.split("|"))
# A place that owns a role in a subject phrase, in the possessive: `the country's top diplomat`.
_OWNING_PLACES = frozenset("country nation kingdom republic".split())
ROLE_WORDS = frozenset(_PERSON_ROLES.split("|"))  # a person's, not a body's or message's
# Prepositions inside a title, after a role: "Ambassador to Japan", "analyst at Banco Base"
TITLE_PREPOSITIONS = frozenset({"to", "at", "from"})


def subject_word(word: str) -> bool:
    """Whether a word (in lower case) is one of a subject's titles and descriptions
    (``SUBJECT_WORDS``), also joined with a hyphen or after ``co-`` (``co-leader``,
    ``vice-president``)."""
    if word in SUBJECT_WORDS:
        return True
    if word.endswith(POSSESSIVE_ENDINGS) and word[:-2] in _OWNING_PLACES:
        return True  # "the country's top diplomat"
    parts = word.split("-")
    return len(parts) > 1 and all(p in SUBJECT_WORDS or p == "co" for p in parts)


POSSESSIVE_ENDINGS = ("'s", "\u2019s")

"""Common first names in international news, by sex where the name tells it (none that is
also a man's name, such as Andrea, Jean or Nicola, among the women's): the quotes read a
pronoun's sex from them, and the actor finder and the transcript labels tell a person's name
from a place's or a heading's by them.
"""

from __future__ import annotations

FEMALE_FIRST = frozenset(
    # Europe and the Americas
    "agnieszka amelia angela angelina anna annalena anne annegret ana beata beatriz brigitte "
    "carla carmen catherine chiara christine claire condoleezza corinne cristina dalia diane "
    "dilma elisabeth elisabetta elizabeth ella ellen emma emmanuelle erna eva evika ewa federica "
    "francesca frederique gabriela gina giorgia giulia harriet helga helle hillary ines ingrid "
    "ingrida isabel isabella jacinda janet jennifer jill joyce judit julia jutta kaja kamala "
    "karen katalin kemi kersti kristalina kristina laura leni linda lisa liz lucia madeleine "
    "magdalena maia margaret margarita maria marie marine marta martina melania mette michelle "
    "monika nadine nancy nikki paula penny petra pilar priti rachel roberta samantha sandra sanna "
    "sarah sara segolene sophia sophie suella susan svenja teresa theresa ursula veronica "
    "victoria yvette zuzana "
    # Russia, Ukraine, Belarus and their neighbours
    "alina alla alexandra aleksandra anastasia daria darya ekaterina elena elvira evgenia "
    "galina inna irina iryna ksenia kseniya larisa lyubov lyudmila marina maya nadezhda natalia "
    "natalya nina oksana olena olga polina raisa sofia svetlana svitlana sviatlana tamara "
    "tatiana tatyana valentina vera veronika viktoria yekaterina yelena yevgenia yulia zhanna "
    "zinaida "
    # Asia, the Arab world and Africa
    "aisha akie amal fatima hanan huda imelda indira keiko kyoko layla leila lina mari mariam "
    "maryam masako megawati michiko nadia naoko ngozi nirmala nkosazana noor park rania reem "
    "renho samia samira sanae seiko smriti sonia tomomi tsai yingluck yoko yukiko yuriko "
    "zainab "
    # more women's names common in English-language news
    "alice amanda amina annabel anjali ayesha camila claudia daniela emily fernanda "
    "gillian grace hannah hasina heike helen isabelle jessica judith katrin kirsty lauren lucy "
    "luisa mariana megan nathalie olivia paola priya rebecca sabine sharon shabana silvia "
    "sunita sylvie ulrike valeria valerie winnie zahra".split()
)
MALE_FIRST = frozenset(
    "vladimir dmitry dmitri sergei sergey yury yuri john joe joseph donald barack george bill "
    "boris mikhail alexander alexei alexey nikolai nikolay igor ivan fumio shinzo yoshihide "
    "junichiro taro toshimitsu emmanuel olaf gerhard jacques nicolas francois silvio tony gordon "
    "david mike michael antony anthony jake recep xi li narendra volodymyr petro viktor viktor "
    "alexander aleksandr andrei andrey anatoly oleg pavel maxim denis yevgeny evgeny kirill "
    "nikita ilya ramzan sergey konstantin valentin valery vitaly mohammed muhammad ahmed "
    # English, Spanish and Portuguese first names common in the news
    "tom james robert william richard thomas charles daniel matthew mark steven paul andrew "
    "peter kevin brian edward ronald kenneth jason jeffrey ryan jacob gary eric stephen larry "
    "justin scott frank benjamin gregory samuel raymond patrick jack dennis henry adam nathan "
    "walter arthur keith jeremy sean albert ethan jesse bruce ralph roy louis philip hugh "
    "martin denzel carlos juan jose pedro miguel luis luiz jair javier mauricio gustavo "
    # more men's names common in English-language news
    "ahmad alberto alessandro ali anders andre andrzej antonio arjun cyril declan diego eduardo "
    "enzo erik felix fernando francesco friedrich gareth gennady giorgi giovanni giuseppe "
    "hassan hans henrik hussein ibrahim jorge jurgen khalid klaus kofi krzysztof kwame lars "
    "lorenzo luca marco mario matteo mikel mustafa oliver olivier omar pablo piotr pyotr "
    "rafael rahul ricardo rishi roger sergio stefan tomasz vikram wolfgang yusuf".split()
)
FIRST_NAMES = FEMALE_FIRST | MALE_FIRST


def first_name_at(words: list[str]) -> int | None:
    """Where the first word known as a first name stands in ``words`` (``Ronald`` of
    ``International Relations Ronald Lamola``), or None."""
    return next((i for i, word in enumerate(words) if word.lower() in FIRST_NAMES), None)

"""The words of the generated articles, as data: sentence templates and the phrases they take.

A template is a :meth:`str.format` string whose fields are filled by :mod:`benchmarks.corpus`:

``{speaker}``   the paragraph's speaker as news names it ("Armenian Prime Minister Nikol Pashinyan"
                the first time, "Pashinyan" afterwards, "the European Union" for a body)
``{target}``    an actor spoken about (a country, an organisation or a person)
``{other}``     a second actor ("met {other}")
``{country}``, ``{country2}``   country names
``{place}``     a city of the registry (a capital)
``{date}``      "March 3, 2024"; ``{month_year}`` "May 2025"; ``{weekday}`` "Tuesday"
``{quote}``, ``{quote2}``   a sentence of direct speech (from :data:`QUOTES`)
``{claim}``, ``{claim2}``   a clause of reported speech (from :data:`CLAIMS`)
``{issue}``, ``{merit}``, ``{accusation}``, ``{action}``, ``{topic}``   noun and verb phrases

Every phrase table may itself use ``{target}``, ``{country}`` and ``{place}``.
"""
from __future__ import annotations

#: Reported speech: the statements kg extracts (direct, indirect and mixed).
SPEECH: tuple[str, ...] = (
    '"{quote}," {speaker} said.',
    '"{quote}," {speaker} told reporters in {place}.',
    '"{quote}," {speaker} said on {weekday}. "{quote2}"',
    "{speaker} told reporters that {claim}.",
    "According to {speaker}, {claim}.",
    "{speaker} said on {weekday} that {claim}.",
    "{speaker} said {claim}, adding that {claim2}.",
    "{speaker} warned that {claim}.",
    "{speaker} insisted that {claim}.",
    '"{quote}" {speaker} wrote in a statement.',
    "Speaking in {place}, {speaker} said that {claim}.",
    "{speaker} argued that {claim}, according to a transcript released by the government.",
)

#: Stances: statements with a polarity towards a target.
STANCE: tuple[str, ...] = (
    "{speaker} criticized {target} for {issue}.",
    "{speaker} sharply criticized {target}, saying that {claim}.",
    "{speaker} praised {target} for {merit}.",
    "{speaker} accused {target} of {accusation}.",
    "{speaker} welcomed the decision of {target} to {action}.",
    "{speaker} condemned {target} over {issue}.",
    "{speaker} thanked {target} for {merit}.",
)

#: Events: elections, summits, meetings and talks, with dates and places.
EVENT: tuple[str, ...] = (
    "{speaker} met {other} in {place} on {date}.",
    "The summit in {place} on {date} brought together leaders from {country} and {country2}.",
    "{country} will hold a presidential election on {date}.",
    "The two sides are expected to meet again at a summit in {place} in {month_year}.",
    "{speaker} spoke at a press conference in {place} on {date}.",
    "Talks between {country} and {country2} resumed in {place} on {date}.",
    "The parliamentary elections in {country} in {month_year} were the first since the crisis began.",
    "Foreign ministers of {country} and {country2} held a meeting in {place} on {date}.",
)

#: Background: sentences without a speaker, for the texture of an article.
BACKGROUND: tuple[str, ...] = (
    "Relations between {country} and {country2} have been strained for years.",
    "Officials in {place} declined to comment.",
    "The talks are expected to resume next week.",
    "{country} and {country2} signed a trade agreement in {month_year}.",
    "Thousands of people gathered in the centre of {place} on {weekday}.",
    "The dispute has weighed on markets across the region.",
    "Analysts said the move could complicate efforts to reach a settlement.",
    "The government in {place} has not responded to requests for comment.",
    "Diplomats said a deal was unlikely before the end of the year.",
    "The country's economy grew by 2.4 percent last year, according to official figures.",
)

#: Headlines.
TITLES: tuple[str, ...] = (
    "{name} criticizes {target} over {topic}",
    "{name} says {country} will not back down",
    "Leaders meet in {place} as tensions rise",
    "{target} under pressure after summit in {place}",
    "{name} welcomes talks with {target}",
    "{country} heads to the polls amid {topic}",
)

#: Bylines (made-up reporters; a third of the articles have none).
REPORTERS: tuple[str, ...] = (
    "Anna Keller", "Tomás Ribeiro", "Grace Mwangi", "Daniel Okafor", "Mei Tanaka", "Lars Holmberg",
    "Priya Raman", "Olga Petrenko", "Samuel Achebe", "Claire Dubois",
)

QUOTES: tuple[str, ...] = (
    "We will not accept any threat to our sovereignty",
    "Our position has not changed and it will not change",
    "This is a historic day for our two countries",
    "The door to dialogue remains open",
    "We expect {target} to respect the agreements it has signed",
    "Nobody should doubt our determination",
    "Peace in the region is within reach if everyone shows good will",
    "The sanctions have failed and everyone knows it",
    "We are ready to work with {target} on every issue",
    "The people of {country} deserve better than this",
)

CLAIMS: tuple[str, ...] = (
    "{target} had failed to honour its commitments",
    "the talks in {place} had been constructive",
    "{country} would defend its interests by every lawful means",
    "the agreement with {target} was a step in the right direction",
    "new sanctions against {target} were being prepared",
    "{target} was not interested in a peaceful settlement",
    "the border would remain closed until further notice",
    "the government would increase military spending next year",
    "{target} had shown real leadership during the crisis",
    "there could be no lasting peace without the return of refugees",
)

ISSUES: tuple[str, ...] = (
    "its handling of the border dispute",
    "the arrest of opposition journalists",
    "its failure to condemn the attacks",
    "delays in the delivery of humanitarian aid",
    "new tariffs on imports from {country}",
)

MERITS: tuple[str, ...] = (
    "its support during the negotiations",
    "its humanitarian assistance to {country}",
    "its role in brokering the ceasefire",
    "its commitment to regional stability",
)

ACCUSATIONS: tuple[str, ...] = (
    "violating the ceasefire",
    "interfering in the elections in {country}",
    "spreading disinformation about the conflict",
    "arming separatist groups",
    "blocking the peace process",
)

ACTIONS: tuple[str, ...] = (
    "reopen its embassy in {place}",
    "release the detained activists",
    "join the talks in {place}",
    "lift restrictions on trade with {country}",
)

TOPICS: tuple[str, ...] = (
    "energy prices", "the border dispute", "sanctions", "the refugee crisis", "trade", "security",
)

#: Offices that news writes before a name ("President Maia Sandu"), as the registry's kg:role begins.
TITLED_ROLES: tuple[str, ...] = (
    "President", "Vice President", "Prime Minister", "Chancellor", "Foreign Minister", "Minister of Foreign Affairs",
    "Minister of Defence", "Secretary-General", "King", "Emir", "Crown Prince",
)

#: How an article is put together: the share of paragraphs that open with each kind of sentence.
PARAGRAPH_OPENERS: tuple[tuple[tuple[str, ...], float], ...] = ((SPEECH, 0.5), (STANCE, 0.3), (EVENT, 0.2))

#: Sentences of a paragraph after its opener, drawn from these tables with these weights.
PARAGRAPH_BODY: tuple[tuple[tuple[str, ...], float], ...] = (
    (SPEECH, 0.4), (STANCE, 0.15), (EVENT, 0.15), (BACKGROUND, 0.3),
)

MONTHS: tuple[str, ...] = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
)
WEEKDAYS: tuple[str, ...] = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

"""English speaker labels, chrome labels and courtesies."""
from __future__ import annotations

from ..discourse import DiscourseWords

__all__ = ["DISCOURSE"]

DISCOURSE = DiscourseWords(
    role_labels={
        "q": "interviewer", "question": "interviewer", "questions": "interviewer",
        "interviewer": "interviewer", "host": "interviewer", "anchor": "interviewer",
        "presenter": "interviewer", "moderator": "interviewer", "reporter": "interviewer",
        "journalist": "interviewer", "correspondent": "interviewer", "interviewer's question": "interviewer",
        "co-host": "interviewer", "cohost": "interviewer", "co-anchor": "interviewer", "co-presenter": "interviewer",
        "a": "interviewee", "answer": "interviewee", "answers": "interviewee",
        "audience": "audience", "audience member": "audience", "participant": "audience",
        "members": "audience", "hon. members": "audience", "several members": "audience", "voices": "audience",
    },
    bare_labels=frozenset({"Q", "A", "Q.", "A."}),
    introduction_links=frozenset({"with", "from", "of", "for"}),
    not_labels=frozenset({
        "updated", "published", "posted", "last updated", "first published", "modified", "date",
        "time", "source", "sources", "photo", "photos", "image", "images", "picture", "video",
        "caption", "credit", "credits", "file photo", "read", "read more", "read also", "also read",
        "see also", "related", "related stories", "more", "tags", "tag", "topics", "note",
        "notes", "editor's note", "editors' note", "note to editors", "notes to editors", "watch",
        "listen", "share", "follow", "home", "advertisement", "location", "subject", "title",
        "from", "to", "cc", "tel", "phone", "fax", "email", "e-mail", "website", "web", "contact",
        "contacts", "background", "context", "summary", "next steps", "key facts", "update",
        "correction", "disclaimer", "copyright", "warning", "breaking", "exclusive", "analysis",
        "opinion", "comment", "comments", "live", "by", "author", "authors", "written by",
        "reporting", "editing", "additional reporting", "translation", "translated by",
        "section", "category", "categories", "region", "theme", "keywords", "agenda", "venue",
        "highlights", "quote", "quotes", "timeline", "factbox", "explainer", "recommended",
    }),
    name_particles=frozenset({
        "de", "da", "do", "dos", "das", "del", "della", "di", "du", "la", "le", "van", "von", "der",
        "den", "ter", "al", "el", "bin", "ibn", "bint", "ben", "abu", "y", "e", "of", "the", "and", "for",
    }),
    pronouns=frozenset({"i", "we", "you", "he", "she", "it", "they", "this", "that", "these", "those", "there"}),
    courtesy_words=frozenset({
        "good", "morning", "afternoon", "evening", "day", "night", "hello", "hi", "welcome",
        "welcomed", "thank", "thanks", "you", "very", "much", "so", "and", "to", "for", "having",
        "me", "us", "joining", "being", "with", "here", "on", "the", "program", "programme",
        "show", "pleasure", "my", "great", "nice", "glad", "all", "everyone", "everybody",
        "listeners", "viewers", "friends", "colleagues", "ladies", "gentlemen", "sir", "madam",
        "back", "again", "once", "a", "it", "is", "it's", "be", "your", "our", "time",
        "today", "this", "studio", "indeed", "of", "course",
    }),
    courtesy_verbs=frozenset({"thank", "welcome", "join", "have", "be", "say", "wish", "see", "talk", "speak"}),
    procedural=(
        r"(?:and )?with that,? (?:the floor is open|i(?:'ll| will) (?:open it up|take (?:your )?questions))\W*.*?",
        r"let me take (?:these|the|those|your|both) (?:\w+ )?questions? (?:together|first|in turn)\.?",
        r"(?:and )?(?:just )?(?:a|one) (?:quick |short )?follow[- ]?up(?: question)?(?:,? \w+)?\.?",
        r"(?:yes,? )?(?:please,? )?go ahead(?:,? \w+)?\.?",
        r"(?:the )?next question(?:,? please)?\.?",
        r"(?:i have )?(?:a few|two|three|some|a couple of) (?:updates|announcements)(?: to make)?(?: before i take your questions)?\.?",
        r"(?:thank you,? )?(?:sir|madam|ma'am|minister)\.?",
        r"\W*(?:please )?check against (?:the )?delivery\W*",
        r"\W*(?:as )?(?:prepared for delivery|delivered)\W*",
    ),
    courtesy_heads=frozenset({
        "morning", "afternoon", "evening", "hello", "hi", "welcome", "thank", "thanks", "pleasure",
    }),
    first_person=frozenset({"i", "we", "me", "us", "my", "our", "mine", "ours", "myself", "ourselves"}),
    speech_titles=frozenset({
        "remarks", "statement", "speech", "address", "keynote", "intervention", "message", "briefing",
    }),
    joint_words=frozenset({"joint", "common"}),
    speech_title_links=frozenset({"by", "of", "from"}),
    speech_title_ends=frozenset({
        "at", "on", "to", "before", "during", "after", "following", "in", "for", "with", "regarding",
        "about", "upon", "ahead", "marking", "concerning",
    }),
)

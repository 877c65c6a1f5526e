"""The actor registry (ontology/actors.ttl) and its loader (kg/registry.py)."""
from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from kg import registry as registry_module
from kg import vocab
from kg.errors import RegistryError
from kg.records import ENTITY_TYPES
from kg.registry import Registry, label_key, load_registry, normalise, simple_tokens

FIXTURES = Path(__file__).parent / "fixtures" / "registry"
WIKIDATA = re.compile(r"^http://www\.wikidata\.org/entity/Q[1-9][0-9]*$")


@pytest.fixture(scope="module")
def reg() -> Registry:
    return load_registry()


# ----------------------------------------------------------------------------- loading


def test_loads_the_default_registry(reg: Registry) -> None:
    assert reg.path == registry_module.default_registry_path().resolve()
    counts = Counter(e.type for e in reg.entities.values())
    assert len(reg.entities) >= 600
    assert set(counts) == set(ENTITY_TYPES)
    assert counts["Country"] >= 197  # UN members, Kosovo, Palestine, Taiwan, Vatican City
    assert all(e.in_registry for e in reg.entities.values())


def test_loading_is_cached_until_the_file_changes(tmp_path: Path) -> None:
    """Loaded once per process and file version (how fast it loads is the benchmarks' business)."""
    registry_module._CACHE.clear()
    first = load_registry()
    assert load_registry() is first
    assert load_registry(registry_module.default_registry_path()) is first
    copy = tmp_path / "actors.ttl"
    copy.write_bytes(registry_module.default_registry_path().read_bytes())
    copied = load_registry(copy)
    assert copied is not first and load_registry(copy) is copied
    copy.write_bytes(copy.read_bytes() + b"\n# one more line\n")
    assert load_registry(copy) is not copied


def test_importing_the_module_does_not_import_rdflib() -> None:
    code = "import sys, kg.registry; print('rdflib' in sys.modules, 'pycountry' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False False"


# ----------------------------------------------------------------------------- the data


def test_every_entity_has_one_type_and_one_label(reg: Registry) -> None:
    graph = reg.graph()
    types = {vocab.term(t) for t in ENTITY_TYPES}
    subjects = {str(s) for s in graph.subjects()}
    assert len(subjects) == len(reg.entities)
    for subject in subjects:
        found = [str(o) for o in graph.objects(_iri(subject), _iri(vocab.RDF + "type")) if str(o) in types]
        labels = list(graph.objects(_iri(subject), _iri(vocab.RDFS + "label")))
        assert len(found) == 1, subject
        assert len(labels) == 1, subject


def test_keys_are_slugs_of_labels(reg: Registry) -> None:
    for key, entity in reg.entities.items():
        assert key == label_key(entity.label)
        assert re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)*", key), key
    assert label_key("Türkiye") == vocab.slug("Türkiye") == "turkiye"
    assert label_key("The Washington Post") == "washington_post"
    assert label_key("Collective Security Treaty Organization") == "collective_security_treaty_organization"
    assert label_key("Jarosław Kaczyński") == "jaroslaw_kaczynski"
    assert {"turkiye", "united_states", "ilham_aliyev", "collective_security_treaty_organization"} <= set(reg.entities)


def test_wikidata_links_are_well_formed_and_unique(reg: Registry) -> None:
    graph = reg.graph()
    same_as = [(str(s), str(o)) for s, o in graph.subject_objects(_iri(vocab.OWL + "sameAs"))]
    assert len(same_as) > 150
    for subject, target in same_as:
        assert WIKIDATA.match(target), (subject, target)
    targets = Counter(target for _, target in same_as)
    assert [t for t, n in targets.items() if n > 1] == []
    assert len({s for s, _ in same_as}) == len(same_as)
    expected = {
        "united_states": "Q30", "russia": "Q159", "france": "Q142", "nato": "Q7184", "european_union": "Q458",
        "united_nations": "Q1065", "azerbaijan": "Q227", "armenia": "Q399", "turkiye": "Q43", "georgia": "Q230",
        "india": "Q668", "vladimir_putin": "Q7747", "emmanuel_macron": "Q3052772", "donald_trump": "Q22686",
        "joe_biden": "Q6279",
    }
    assert {key: reg.entities[key].wikidata for key in expected} == expected


def test_required_actors_are_present(reg: Registry) -> None:
    for key in (
        "hikmet_hajiyev", "jeyhun_bayramov", "ararat_mirzoyan", "nikol_pashinyan", "robert_kocharyan",
        "serzh_sargsyan", "levon_ter_petrosyan", "bidzina_ivanishvili", "irakli_kobakhidze",
        "salome_zourabichvili", "mikheil_saakashvili", "sergey_lavrov", "maria_zakharova", "dmitry_peskov",
        "sergei_shoigu", "dmitry_medvedev", "dmitry_kiselyov", "margarita_simonyan", "antony_blinken",
        "marco_rubio", "josep_borrell", "kaja_kallas", "ursula_von_der_leyen", "charles_michel", "antonio_costa",
        "jens_stoltenberg", "mark_rutte", "antonio_guterres", "hakan_fidan", "recep_tayyip_erdogan",
        "heydar_aliyev", "mehriban_aliyeva", "masoud_pezeshkian", "ali_khamenei", "volodymyr_zelenskyy",
        "alexander_lukashenko", "kassym_jomart_tokayev", "shavkat_mirziyoyev", "xi_jinping", "narendra_modi",
        "olaf_scholz", "friedrich_merz", "keir_starmer", "rishi_sunak", "boris_johnson", "giorgia_meloni",
        "viktor_orban", "benjamin_netanyahu", "woodrow_wilson", "francisco_franco",
        "organization_of_turkic_states", "organisation_of_islamic_cooperation", "osce_minsk_group", "socar",
        "azerbaijan_airlines", "global_research", "le_figaro", "reuters", "tass", "caliber_az",
        "karabakh", "nakhchivan", "zangezur", "syunik_province", "crimea", "donbas", "gaza_strip",
        "new_caledonia", "kosovo", "palestine", "taiwan", "vatican_city",
    ):
        assert key in reg.entities, key


def test_every_country_of_the_un_has_a_demonym_or_a_reason(reg: Registry) -> None:
    countries = [k for k, e in reg.entities.items() if e.type == "Country"]
    with_demonym = set(reg.demonyms.values())
    # Shared adjectives ("Congolese", "Korean", "Dominican") belong to no single country.
    missing = {k for k in countries if k not in with_demonym}
    assert missing <= {
        "democratic_republic_of_the_congo", "republic_of_the_congo", "dominica", "dominican_republic",
        "vatican_city", "russian_empire", "azerbaijan_democratic_republic", "nazi_germany",
    }, missing


def test_capitals_are_places_of_countries(reg: Registry) -> None:
    assert len(reg.capitals) >= 180
    for place, country in reg.capitals.items():
        assert reg.entities[place].type == "Place"
        assert reg.entities[country].type == "Country"
    assert reg.capitals["baku"] == "azerbaijan"
    assert reg.capitals["yerevan"] == "armenia"
    assert reg.capitals["ankara"] == "turkiye"


# ----------------------------------------------------------------------------- look-ups


def test_lookup_folds_case_diacritics_and_the(reg: Registry) -> None:
    assert reg.lookup("Turkey") == reg.lookup("Türkiye") == reg.lookup("Turkiye") == "turkiye"
    assert reg.lookup("U.S.") == reg.lookup("US") == reg.lookup("the United States") == "united_states"
    assert reg.lookup("USA") == reg.lookup("United States of America") == "united_states"
    assert reg.lookup("  the   Netherlands ") == "netherlands"
    assert reg.lookup("Russian Federation") == "russia"
    assert reg.lookup("EU") == "european_union"
    assert reg.lookup("the State Department") == "united_states_department_of_state"
    assert reg.lookup("Organisation of Islamic Cooperation") == reg.lookup("OIC") == "organisation_of_islamic_cooperation"
    assert reg.lookup("Organization of Islamic Cooperation") == "organisation_of_islamic_cooperation"
    assert reg.lookup("OTS") == "organization_of_turkic_states"
    assert reg.lookup("CSTO") == "collective_security_treaty_organization"
    assert reg.lookup("Nagorno-Karabakh") == reg.lookup("Garabagh") == reg.lookup("Karabakh") == "karabakh"
    assert reg.lookup("Erdogan") == reg.lookup("Erdoğan") == "recep_tayyip_erdogan"
    assert reg.lookup("Zelensky") == reg.lookup("Zelenskiy") == reg.lookup("Zelenskyy") == "volodymyr_zelenskyy"
    assert reg.lookup("Dmitry Kiselev") == reg.lookup("Kiselyov") == "dmitry_kiselyov"
    assert reg.lookup("Figaro") == "le_figaro"
    assert reg.lookup("Putin\u2019s") == "vladimir_putin"
    assert reg.lookup("Bayramov") == "jeyhun_bayramov"
    assert reg.lookup("nobody in particular") is None


def test_exact_aliases_need_their_capitals(reg: Registry) -> None:
    assert reg.lookup("us") is None
    assert reg.lookup("Us") is None
    assert reg.lookup("WHO") == "world_health_organization"
    assert reg.lookup("who") is None
    assert reg.lookup("Guardian") == reg.lookup("The Guardian") == reg.lookup("GUARDIAN") == "guardian"
    assert reg.lookup("guardian") is None
    assert reg.lookup("Trump") == reg.lookup("TRUMP") == "donald_trump"
    assert reg.lookup("trump") is None


def test_short_names_do_not_fold_into_words(reg: Registry) -> None:
    assert reg.lookup("Malé") == "male"
    assert reg.lookup("male") is None


def test_demonyms(reg: Registry) -> None:
    assert reg.demonym("Azerbaijani") == "azerbaijan"
    assert reg.demonym("Azerbaijanis") == reg.demonym("Azeri") == "azerbaijan"
    assert reg.demonym("Russian") == reg.demonym("Russians") == "russia"
    assert reg.demonym("French") == reg.demonym("Frenchmen") == "france"
    assert reg.demonym("American") == "united_states"
    assert reg.demonym("Armenian") == "armenia"
    assert reg.demonym("Turkish") == reg.demonym("Turks") == "turkiye"
    assert reg.demonym("Georgian") == "georgia"
    assert reg.demonym("Korean") is None
    assert reg.demonym("Azerbaijan") is None


def test_metonyms(reg: Registry) -> None:
    assert reg.metonym_country("baku") == "azerbaijan"
    assert reg.metonym_country("moscow") == "russia"
    kremlin = reg.lookup("the Kremlin")
    assert kremlin is not None and reg.entities[kremlin].type == "Place"
    assert reg.metonym_country(kremlin) == "russia"
    assert reg.metonym_country(reg.lookup("the White House") or "") == "united_states"
    assert reg.metonym_country(reg.lookup("Elysee") or "") == "france"
    assert reg.metonym_country(reg.lookup("Élysée Palace") or "") == "france"
    assert reg.metonym_country(reg.lookup("Downing Street") or "") == "united_kingdom"
    assert reg.metonym_country("brussels") == "european_union"
    assert reg.metonym_country("azerbaijan") is None
    assert reg.metonym_country("karabakh") is None


def test_no_alias_maps_to_two_keys(reg: Registry) -> None:
    assert not set(reg.alias_index) & set(reg.ambiguous)
    for form, keys in reg.ambiguous.items():
        assert len(keys) >= 2, form
    for key, entity in reg.entities.items():
        for name in [entity.label, *entity.aliases]:
            form = normalise(name)
            assert reg.alias_index.get(form) == key or form in reg.ambiguous, (key, name)
    assert reg.ambiguous["aliyev"] == ["heydar_aliyev", "ilham_aliyev"]
    assert reg.lookup("Aliyev") is None
    assert reg.candidates("Aliyev") == ["heydar_aliyev", "ilham_aliyev"]
    assert reg.candidates("Ilham Aliyev") == ["ilham_aliyev"]
    assert set(reg.candidates("Congo")) == {"democratic_republic_of_the_congo", "republic_of_the_congo"}


def test_entities_carry_aliases_and_wikidata(reg: Registry) -> None:
    usa = reg.entities["united_states"]
    assert usa.label == "United States" and usa.type == "Country" and usa.wikidata == "Q30"
    assert {"US", "U.S.", "USA"} <= set(usa.aliases)
    assert reg.roles["ilham_aliyev"] == "President of Azerbaijan"


# ----------------------------------------------------------------------------- exports


def test_ruler_patterns(reg: Registry) -> None:
    patterns = reg.ruler_patterns(tokenizer=simple_tokens)
    assert len(patterns) > len(reg.entities)
    for p in patterns:
        assert p["label"] in ENTITY_TYPES
        assert p["id"] in reg.entities
        assert p["pattern"] and all(set(t) <= {"LOWER", "ORTH"} for t in p["pattern"])
        assert p["label"] == reg.entities[p["id"]].type
    by_id: dict[str, list[list[dict[str, str]]]] = {}
    for p in patterns:
        by_id.setdefault(p["id"], []).append(p["pattern"])
    assert [{"ORTH": "U.S."}] in by_id["united_states"]
    assert [{"LOWER": "united"}, {"LOWER": "states"}] in by_id["united_states"]
    assert [{"LOWER": "nagorno"}, {"LOWER": "-"}, {"LOWER": "karabakh"}] in by_id["karabakh"]
    assert [{"LOWER": "turkiye"}] in by_id["turkiye"] and [{"LOWER": "türkiye"}] in by_id["turkiye"]
    assert [{"ORTH": "Guardian"}] in by_id["guardian"]
    assert not any(p["pattern"] == [{"LOWER": "aliyev"}] for p in patterns)
    ambiguous = reg.ruler_patterns(tokenizer=simple_tokens, include_ambiguous=True)
    extra = [p for p in ambiguous if p["id"].startswith("?")]
    assert {"label": "Person", "pattern": [{"LOWER": "aliyev"}], "id": "?aliyev"} in extra


def test_ruler_patterns_tag_text_with_spacy(reg: Registry) -> None:
    spacy = pytest.importorskip("spacy")
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns(reg.ruler_patterns())
    doc = nlp(
        "Baku and the Kremlin disagree: Nagorno-Karabakh, said Ilham Aliyev to the U.S. and Türkiye, "
        "is not what Aliyev told us or the WHO; who knows."
    )
    found = {(e.text, e.label_, e.ent_id_) for e in doc.ents}
    assert ("Baku", "Place", "baku") in found
    assert ("Kremlin", "Place", "moscow_kremlin") in found
    assert ("Nagorno-Karabakh", "Place", "karabakh") in found
    assert ("Ilham Aliyev", "Person", "ilham_aliyev") in found
    assert ("U.S.", "Country", "united_states") in found
    assert ("Türkiye", "Country", "turkiye") in found
    assert ("WHO", "Organization", "world_health_organization") in found
    assert not {t for t, _, _ in found} & {"us", "who", "Aliyev"}


def test_phrase_patterns_match_like_token_patterns(reg: Registry) -> None:
    spacy = pytest.importorskip("spacy")
    phrases = reg.ruler_patterns(tokenizer=simple_tokens, phrases=True)
    assert {"label": "Country", "pattern": "United States", "id": "united_states"} in phrases
    assert {"label": "Country", "pattern": [{"ORTH": "US"}], "id": "united_states"} in phrases
    text = "BAKU and the Kremlin disagree: Nagorno-Karabakh, said Ilham Aliyev in St. Petersburg to the US and Turkey, not us."
    found = []
    for patterns, attr in ((reg.ruler_patterns(), "ORTH"), (reg.ruler_patterns(phrases=True), "LOWER")):
        nlp = spacy.blank("en")
        nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": attr}).add_patterns(patterns)
        found.append({(e.text, e.label_, e.ent_id_) for e in nlp(text).ents})
    assert found[0] == found[1]
    assert ("US", "Country", "united_states") in found[1] and ("Turkey", "Country", "turkiye") in found[1]
    assert ("St. Petersburg", "Place", "saint_petersburg") in found[1] and ("BAKU", "Place", "baku") in found[1]


def test_simple_tokens_approximates_spacy() -> None:
    assert simple_tokens("Nagorno-Karabakh") == ["Nagorno", "-", "Karabakh"]
    assert simple_tokens("U.S.") == ["U.S."]
    assert simple_tokens("St. Petersburg") == ["St.", "Petersburg"]
    assert simple_tokens("Moody's") == ["Moody", "'s"]
    assert simple_tokens("RFE/RL") == ["RFE", "/", "RL"]


def test_graph_is_a_copy_of_the_registry(reg: Registry) -> None:
    from rdflib import Literal, URIRef

    graph = reg.graph()
    size = len(graph)
    assert size > 5000
    graph.add((URIRef(registry_module.ENTITY_NS + "x"), URIRef(vocab.RDFS + "label"), Literal("x")))
    assert len(reg.graph()) == size
    assert dict(graph.namespaces())["kge"] == URIRef(registry_module.ENTITY_NS)


# ----------------------------------------------------------------------------- other files


def test_a_small_registry_from_another_path() -> None:
    small = load_registry(FIXTURES / "valid.ttl")
    assert set(small.entities) == {"azerbaijan", "baku", "european_union", "brussels", "ilham_aliyev",
                                   "heydar_aliyev", "guardian"}
    assert small.entities["azerbaijan"].wikidata == "Q227"
    assert small.capitals == {"baku": "azerbaijan"}
    assert small.metonyms == {"baku": "azerbaijan", "brussels": "european_union"}
    assert small.demonym("Azeris") == "azerbaijan"
    assert small.lookup("Aliyev") is None and small.candidates("Aliyev") == ["heydar_aliyev", "ilham_aliyev"]
    assert small.lookup("Guardian") == "guardian" and small.lookup("guardian") is None


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("no_label.ttl", r"entity 'azerbaijan' has no rdfs:label"),
        ("two_labels.ttl", r"entity 'azerbaijan' has 2 rdfs:labels"),
        ("no_type.ttl", r"entity 'azerbaijan' has no type; give it exactly one of kg:Person"),
        ("two_types.ttl", r"entity 'georgia' has 2 types \(kg:Country, kg:Place\)"),
        ("unknown_type.ttl", r"entity 'georgia' has the unknown type <https://w3id.org/kg-news/ontology#State>"),
        ("bad_sameas.ttl", r"entity 'azerbaijan' has owl:sameAs <http://dbpedia.org/resource/Azerbaijan>, which is not a Wikidata"),
        ("bad_qid.ttl", r"entity 'azerbaijan' has owl:sameAs <http://www.wikidata.org/entity/Q0227>"),
        ("bad_key.ttl", r"entity 'turkey' has the label \"Türkiye\", whose key is 'turkiye'"),
        ("duplicate_wikidata.ttl", r"entities 'turkey' and 'turkiye' are both owl:sameAs wd:Q43"),
        ("bad_capital.ttl", r"entity 'azerbaijan' has kg:capital <.*ilham_aliyev>, which is not a kg:Place"),
        ("demonym_clash.ttl", r"the demonym \"Korean\" belongs to both 'north_korea' and 'south_korea'"),
        ("stray_exact.ttl", r"entity 'guardian' has kg:exactAlias \"Grauniad\", which is not its label"),
        ("not_an_entity.ttl", r"subject <https://example.org/azerbaijan> is not an entity IRI"),
        ("syntax_error.ttl", r"syntax_error.ttl is not valid Turtle"),
        ("missing.ttl", r"Cannot read the actor registry .*missing.ttl"),
    ],
)
def test_malformed_registries_raise(name: str, message: str) -> None:
    with pytest.raises(RegistryError, match=message) as info:
        load_registry(FIXTURES / name)
    assert "\n" not in str(info.value)


def _iri(text: str):  # noqa: ANN202 - rdflib is imported lazily
    from rdflib import URIRef

    return URIRef(text)


# ----------------------------------------------------------------------------- the gazetteer


def test_iso_names_are_the_names_news_writes() -> None:
    assert registry_module.iso_names("Bender [Tighina]") == ["Bender", "Tighina"]
    assert registry_module.iso_names("Durham, County") == ["Durham"]
    assert registry_module.iso_names("Congo, The Democratic Republic of the") == ["The Democratic Republic of the Congo"]
    assert registry_module.iso_names("Haute-Sangha / Mambéré-Kadéï") == ["Haute-Sangha", "Mambéré-Kadéï"]
    assert registry_module.iso_names("Isle of Anglesey [Sir Ynys Môn GB-YNM]") == ["Isle of Anglesey", "Sir Ynys Môn"]
    assert registry_module.iso_names("wallonne, Région") == []


def test_a_subdivision_counts_for_the_countries_named_only(reg: Registry) -> None:
    assert reg.subdivision("Haryana", ["india"])  # written "Haryāna" in ISO 3166-2
    assert reg.subdivision("Mato Grosso", ["brazil", "france"])
    assert reg.subdivision("the Cross River", ["nigeria"])
    assert not reg.subdivision("Haryana", ["france"])
    assert not reg.subdivision("Haryana", [])
    assert reg.subdivision("Victoria", ["australia"]) and not reg.subdivision("Victoria", ["kenya"])
    assert not reg.subdivision("Georgia", ["united_states"])  # the registry's country
    assert not reg.subdivision("Westeros", ["nigeria"])


def test_the_states_of_the_united_states_are_places(reg: Registry) -> None:
    import pycountry

    states = [s.name for s in pycountry.subdivisions.get(country_code="US") if s.type == "State"]
    assert len(states) == 50
    for name in states:
        keys = reg.candidates(name)
        assert keys and all(reg.entities[k].type in ("Place", "Country") for k in keys), name
    assert reg.lookup("Georgia (U.S. state)") == "georgia_u_s_state" and reg.lookup("Georgia") == "georgia"
    assert reg.lookup("New York") == "new_york_city" and reg.lookup("New York State") == "new_york_state"


def test_common_words_in_outlets_names_need_their_capitals(reg: Registry) -> None:
    """An outlet named by a word ("Libération", "Perfil", "Asahi") is that outlet only as a name."""
    assert reg.lookup("Libération") == "liberation" and reg.lookup("liberation") is None
    assert reg.lookup("Perfil") == "perfil_newspaper" and reg.lookup("perfil") is None
    assert reg.lookup("Nationals") == "national_party_of_australia" and reg.lookup("nationals") is None
    assert reg.lookup("Hindu") is None  # "The Hindu" would take every Hindu


def test_an_actors_country_is_read_from_its_label(reg: Registry) -> None:
    assert reg.country_of("liberal_party_of_canada") == "canada"
    assert reg.country_of("conservative_party_uk") == "united_kingdom"
    assert reg.country_of("australian_labor_party") == "australia"
    assert reg.country_of("united_states_congress") == "united_states"
    assert reg.country_of("ministry_of_foreign_affairs_of_russia") == "russia"
    assert reg.country_of("european_union") is None and reg.country_of("canada") is None
    assert sorted(reg.ambiguous["liberals"]) == ["liberal_party_of_australia", "liberal_party_of_canada"]


def test_a_town_counts_for_the_countries_named_only(reg: Registry) -> None:
    assert reg.city("Kismayo", ["somalia"]) and not reg.city("Kismayo", ["kenya"])
    assert reg.city("Belem", ["brazil"]) and reg.city("El Fasher", ["sudan"])  # an alternate name of Al Fashir
    assert not reg.city("Baku", ["azerbaijan"])  # the registry's
    assert not reg.city("Westeros", ["somalia"])


def test_the_gazetteers_are_read_only_when_asked() -> None:
    code = ("import sys, kg.registry as r; r.load_registry(); print('pycountry' in sys.modules, 'geotext' in sys.modules, "
            "r.city_names.cache_info().currsize)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False", "0"]


def test_a_surname_names_the_one_registry_person_who_has_it(reg: Registry) -> None:
    assert reg.person_by_surname("Ishiba") == "shigeru_ishiba"
    assert reg.person_by_surname("Aliyev") is None  # Ilham and Heydar
    assert reg.person_by_surname("Nobodyson") is None

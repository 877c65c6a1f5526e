"""The OWL ontology (ontology/kg.ttl) and the JSON-LD context (ontology/context.jsonld).

HermiT tests need Java and are marked ``java``.
"""
from __future__ import annotations

import io
import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from rdflib import OWL, RDF, RDFS, Graph, Namespace, URIRef
from rdflib.compare import isomorphic

from kg import records, vocab

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY_FILE = ROOT / "ontology" / "kg.ttl"
CONTEXT_FILE = ROOT / "ontology" / "context.jsonld"
SHAPES_FILE = ROOT / "shapes" / "kg.ttl"
FIXTURES = Path(__file__).parent / "fixtures" / "shapes"

KG = Namespace(vocab.KG)
PROV = Namespace(vocab.PROV)
SCHEMA = Namespace(vocab.SCHEMA)
OA = Namespace(vocab.OA)
SEM = Namespace(vocab.SEM)

DECLARATIONS = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, OWL.NamedIndividual}
PROPERTY_KINDS = (OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)

needs_java = pytest.mark.skipif(shutil.which("java") is None, reason="Java is not installed (HermiT needs it)")


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY_FILE, format="turtle")


@pytest.fixture(scope="module")
def context() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(CONTEXT_FILE.read_text(encoding="utf-8"))
    return data["@context"]


def declared(ontology: Graph) -> set[URIRef]:
    return {s for s, o in ontology.subject_objects(RDF.type) if o in DECLARATIONS and isinstance(s, URIRef)}


def kg_terms(ontology: Graph) -> set[URIRef]:
    return {t for t in declared(ontology) if str(t).startswith(vocab.KG)}


# --------------------------------------------------------------------------- header


def test_ontology_header(ontology: Graph) -> None:
    onto = URIRef(vocab.ONTOLOGY)
    assert (onto, RDF.type, OWL.Ontology) in ontology
    assert ontology.value(onto, OWL.versionIRI) == URIRef("https://w3id.org/kg-news/ontology/0.1.0")
    assert ontology.value(onto, RDFS.label) is not None
    assert ontology.value(onto, RDFS.comment) is not None
    dcterms = Namespace(vocab.DCTERMS)
    for prop in (dcterms.title, dcterms.description, dcterms.creator, dcterms.license):
        assert ontology.value(onto, prop) is not None, prop
    assert len(list(ontology.subjects(RDF.type, OWL.Ontology))) == 1


# --------------------------------------------------------------------------- terms


CLASSES = (
    ["Actor", "Person", "Country", "Organization", "Place", "Event", "Statement", "Stance", "Document",
     "Extraction", "TextSpan", "Mention", "StatementKind", "Polarity", "Utterance", "StanceLink", "Corroboration",
     "Contradiction"]
    + list(records.EVENT_TYPES)
)
OBJECT_PROPERTIES = ["speaker", "kind", "evidence", "inDocument", "about", "stance", "target", "polarity",
                     "refersTo", "place", "participant", "capital", "metonymFor", "reports", "utteredBy", "between",
                     "regarding", "corroborates", "contradicts"]
#: an entity's type as its own document gave it, where the type settled across documents differs
ANNOTATION_PROPERTIES = ["extractedType"]
DATATYPE_PROPERTIES = ["cue", "content", "start", "end", "exact", "fileName", "checksum", "text", "encoding", "readingWarning",
                       "extractedBy", "date", "software", "model", "demonym", "role", "ambiguousAlias", "exactAlias"]
INDIVIDUALS = {"Direct": "StatementKind", "Indirect": "StatementKind", "Mixed": "StatementKind",
               "Negative": "Polarity", "Neutral": "Polarity", "Positive": "Polarity"}


def test_design_terms_are_declared(ontology: Graph) -> None:
    for name in CLASSES:
        assert (KG[name], RDF.type, OWL.Class) in ontology, name
    for name in OBJECT_PROPERTIES:
        assert (KG[name], RDF.type, OWL.ObjectProperty) in ontology, name
    for name in DATATYPE_PROPERTIES:
        assert (KG[name], RDF.type, OWL.DatatypeProperty) in ontology, name
    for name, cls in INDIVIDUALS.items():
        assert (KG[name], RDF.type, OWL.NamedIndividual) in ontology, name
        assert (KG[name], RDF.type, KG[cls]) in ontology, name
    for name in ANNOTATION_PROPERTIES:
        assert (KG[name], RDF.type, OWL.AnnotationProperty) in ontology, name
    expected = set(CLASSES) | set(OBJECT_PROPERTIES) | set(DATATYPE_PROPERTIES) | set(INDIVIDUALS)
    expected |= set(ANNOTATION_PROPERTIES)
    assert {str(t)[len(vocab.KG):] for t in kg_terms(ontology)} == expected


def test_hierarchy(ontology: Graph) -> None:
    for actor in records.ACTOR_TYPES:
        assert (KG[actor], RDFS.subClassOf, KG.Actor) in ontology
    assert (KG.Place, RDFS.subClassOf, KG.Actor) not in ontology
    for event in records.EVENT_TYPES:
        assert (KG[event], RDFS.subClassOf, KG.Event) in ontology
    assert (KG.Mention, RDFS.subClassOf, KG.TextSpan) in ontology
    for kind in records.STATEMENT_KINDS:
        assert (KG[kind.capitalize()], RDF.type, KG.StatementKind) in ontology
    for polarity in records.POLARITIES:
        assert (KG[polarity.capitalize()], RDF.type, KG.Polarity) in ontology


def test_alignments(ontology: Graph) -> None:
    sub = RDFS.subClassOf
    subp = RDFS.subPropertyOf
    for triple in [
        (KG.Document, sub, PROV.Entity), (KG.Document, sub, SCHEMA.NewsArticle),
        (KG.Extraction, sub, PROV.Activity), (KG.Actor, sub, PROV.Agent),
        (KG.Statement, sub, PROV.Entity), (KG.Statement, sub, SCHEMA.Claim),
        (KG.Person, sub, SCHEMA.Person), (KG.Organization, sub, SCHEMA.Organization),
        (KG.Country, sub, SCHEMA.Country), (KG.Place, sub, SCHEMA.Place),
        (KG.Event, sub, SCHEMA.Event), (KG.Event, sub, SEM.Event),
        (KG.start, subp, OA.start), (KG.end, subp, OA.end), (KG.exact, subp, OA.exact),
        (KG.participant, subp, SEM.hasActor), (KG.place, subp, SEM.hasPlace),
    ]:
        assert triple in ontology, triple
    # a statement is derived from (some) document
    derived = [r for r in ontology.objects(KG.Statement, sub)
               if ontology.value(r, OWL.onProperty) == PROV.wasDerivedFrom]
    assert derived and ontology.value(derived[0], OWL.someValuesFrom) == KG.Document


def test_disjointness(ontology: Graph) -> None:
    def disjoint(a: URIRef, b: URIRef) -> bool:
        if (a, OWL.disjointWith, b) in ontology or (b, OWL.disjointWith, a) in ontology:
            return True
        for axiom in ontology.subjects(RDF.type, OWL.AllDisjointClasses):
            members = set(ontology.items(ontology.value(axiom, OWL.members)))
            if {a, b} <= members:
                return True
        return False

    entity_types = [KG[t] for t in records.ENTITY_TYPES]
    for i, a in enumerate(entity_types):
        for b in entity_types[i + 1:]:
            assert disjoint(a, b), (a, b)
    for other in (KG.Place, KG.Event, KG.Statement, KG.Document):
        assert disjoint(KG.Actor, other), other


def test_terms_are_documented(ontology: Graph) -> None:
    for term in kg_terms(ontology):
        assert ontology.value(term, RDFS.label) is not None, term
        assert ontology.value(term, RDFS.comment) is not None, term
    for kind in (OWL.ObjectProperty, OWL.DatatypeProperty):
        for prop in ontology.subjects(RDF.type, kind):
            if str(prop).startswith(vocab.KG):
                assert ontology.value(prop, RDFS.domain) is not None, prop
                assert ontology.value(prop, RDFS.range) is not None, prop


def test_owl_dl_declarations(ontology: Graph) -> None:
    """No IRI is two kinds of property, or both a class and a property (no illegal punning)."""
    for term in declared(ontology):
        kinds = {k for k in PROPERTY_KINDS if (term, RDF.type, k) in ontology}
        assert len(kinds) <= 1, (term, kinds)
        assert not (kinds and (term, RDF.type, OWL.Class) in ontology), term
    # every external class or property the ontology refers to is declared
    referenced = set(ontology.objects(None, RDFS.subClassOf)) | set(ontology.objects(None, RDFS.subPropertyOf))
    referenced |= set(ontology.objects(None, OWL.onProperty))
    for term in referenced:
        if isinstance(term, URIRef):
            assert term in declared(ontology), f"{term} is used but not declared"
    # the ontology's own annotations use declared annotation properties
    for p in set(ontology.predicates(URIRef(vocab.ONTOLOGY), None)):
        if p not in (RDF.type, RDFS.label, RDFS.comment, RDFS.seeAlso, OWL.versionIRI, OWL.versionInfo):
            assert (p, RDF.type, OWL.AnnotationProperty) in ontology, p


def test_date_range_is_literal(ontology: Graph) -> None:
    assert ontology.value(KG.date, RDFS.range) == RDFS.Literal
    assert (KG.date, RDF.type, OWL.AnnotationProperty) not in ontology


def kg_iris_in_shapes() -> set[URIRef]:
    shapes = Graph().parse(SHAPES_FILE, format="turtle")
    found = {t for triple in shapes for t in triple if isinstance(t, URIRef) and str(t).startswith(vocab.KG)}
    for query in shapes.objects(None, URIRef("http://www.w3.org/ns/shacl#select")):
        found |= {KG[name] for name in re.findall(r"\bkg:(\w+)", str(query))}
    for message in shapes.objects(None, URIRef("http://www.w3.org/ns/shacl#message")):
        found |= {KG[name] for name in re.findall(r"\bkg:(\w+)", str(message)) if not name.startswith("{")}
    return found - {URIRef(vocab.KG)}


def test_every_kg_term_in_the_shapes_is_declared(ontology: Graph) -> None:
    used = kg_iris_in_shapes()
    assert len(used) > 30
    assert used <= kg_terms(ontology), sorted(used - kg_terms(ontology))


def expand(context: dict[str, Any], value: str) -> str:
    prefix, sep, rest = value.partition(":")
    if sep and prefix in context and isinstance(context[prefix], str):
        return context[prefix] + rest
    return value


def test_every_kg_term_in_the_context_is_declared(ontology: Graph, context: dict[str, Any]) -> None:
    used = set()
    for term, definition in context.items():
        iri = definition["@id"] if isinstance(definition, dict) else definition
        if isinstance(iri, str) and not term.startswith("@"):
            full = expand(context, iri)
            if full.startswith(vocab.KG) and full != vocab.KG:
                used.add(URIRef(full))
    assert len(used) > 40
    assert used <= kg_terms(ontology), sorted(used - kg_terms(ontology))


def test_context_prefixes_match_vocab(context: dict[str, Any]) -> None:
    assert context["@version"] == 1.1
    for prefix, namespace in vocab.PREFIXES.items():
        assert context[prefix] == namespace, prefix
    for term in ("start", "end"):
        assert context[term] == {"@id": f"kg:{term}", "@type": "xsd:integer"}
    for term in ("kind", "polarity"):
        assert context[term]["@type"] == "@vocab"
    assert context["label"] == "rdfs:label"


# --------------------------------------------------------------------------- JSON-LD


JSONLD_WARNING = "ignore:ConjunctiveGraph is deprecated:DeprecationWarning"  # inside rdflib's JSON-LD parser


@pytest.mark.filterwarnings(JSONLD_WARNING)
def test_jsonld_compaction_round_trips(context: dict[str, Any]) -> None:
    graph = Graph().parse(FIXTURES / "full_document_ok.ttl", format="turtle")
    text = graph.serialize(format="json-ld", context=context, auto_compact=True)
    compacted = json.loads(text)
    nodes = {node["id"]: node for node in compacted["@graph"]}
    statement = next(n for n in nodes.values() if n.get("type") == "Statement")
    assert statement["kind"] == "Mixed"
    assert statement["speaker"] == vocab.entity_iri("ilham_aliyev")
    stance = next(n for n in nodes.values() if n.get("type") == "Stance")
    assert stance["polarity"] == "Negative"
    person = nodes[vocab.entity_iri("ilham_aliyev")]
    assert person == {"id": vocab.entity_iri("ilham_aliyev"), "type": "Person", "label": "Ilham Aliyev"}
    back = Graph().parse(data=text, format="json-ld")
    assert isomorphic(graph, back)


@pytest.mark.filterwarnings(JSONLD_WARNING)
def test_jsonld_round_trips_with_the_context_given_apart(context: dict[str, Any]) -> None:
    """An export may leave the context out of the document and reference it instead."""
    graph = Graph().parse(FIXTURES / "event_ok.ttl", format="turtle")
    compacted = json.loads(graph.serialize(format="json-ld", context=context, auto_compact=True))
    del compacted["@context"]
    back = Graph().parse(data=json.dumps(compacted), format="json-ld", context=context)
    assert isomorphic(graph, back)


# --------------------------------------------------------------------------- owlready2 / HermiT


def load_world(graph: Graph) -> Any:
    import owlready2

    world = owlready2.World()
    world.get_ontology(vocab.ONTOLOGY).load(
        fileobj=io.BytesIO(graph.serialize(format="nt", encoding="utf-8")), format="ntriples"
    )
    return world


def test_loads_with_owlready2(ontology: Graph) -> None:
    world = load_world(ontology)
    person, actor = world[vocab.KG + "Person"], world[vocab.KG + "Actor"]
    assert person is not None and actor in person.ancestors()
    assert world[vocab.KG + "date"] is not None
    assert world[vocab.KG + "Direct"] is not None


def run_hermit(graph: Graph, *, ignore_unsupported_datatypes: bool = False) -> Any:
    import owlready2

    world = load_world(graph)
    owlready2.sync_reasoner_hermit(
        world, infer_property_values=False, debug=0, ignore_unsupported_datatypes=ignore_unsupported_datatypes
    )
    return world


@pytest.mark.java
@needs_java
def test_hermit_ontology_is_consistent(ontology: Graph) -> None:
    world = run_hermit(ontology)  # raises OwlReadyInconsistentOntologyError if not
    assert list(world.inconsistent_classes()) == []


def with_data(ontology: Graph, *fixtures: str) -> Graph:
    graph = Graph()
    for triple in ontology:
        graph.add(triple)
    for name in fixtures:
        graph.parse(FIXTURES / f"{name}.ttl", format="turtle")
    return graph


@pytest.mark.java
@needs_java
def test_hermit_ontology_with_built_graph_is_consistent(ontology: Graph) -> None:
    # kg:date values are xsd:gYearMonth/xsd:date, outside the OWL 2 datatype map: HermiT must ignore them
    world = run_hermit(with_data(ontology, "full_document_ok"), ignore_unsupported_datatypes=True)
    assert list(world.inconsistent_classes()) == []
    statement = world[f"{vocab.DATA}doc/000_aliyev.txt/statement/0-82-ilham_aliyev"]
    assert world[vocab.KG + "Statement"] in statement.is_a


@pytest.mark.java
@needs_java
@pytest.mark.parametrize(
    "extra",
    [
        # an entity typed both as a place and as a country
        "<https://w3id.org/kg-news/id/entity/baku> a kg:Country .",
        # a statement kind that is a polarity
        "<https://w3id.org/kg-news/id/doc/000_aliyev.txt/statement/0-82-ilham_aliyev> kg:kind kg:Positive .",
        # a speaker that is a place (kg:speaker ranges over actors, actors are disjoint with places)
        "<https://w3id.org/kg-news/id/doc/000_aliyev.txt/statement/0-82-ilham_aliyev> kg:speaker "
        "<https://w3id.org/kg-news/id/entity/baku> .",
    ],
    ids=["place-and-country", "kind-is-polarity", "speaker-is-place"],
)
def test_hermit_detects_inconsistent_data(ontology: Graph, extra: str) -> None:
    import owlready2

    graph = with_data(ontology, "full_document_ok")
    graph.parse(data=f"@prefix kg: <{vocab.KG}> .\n{extra}", format="turtle")
    with pytest.raises(owlready2.OwlReadyInconsistentOntologyError):
        run_hermit(graph, ignore_unsupported_datatypes=True)

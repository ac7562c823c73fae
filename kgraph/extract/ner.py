"""``kgraph_ner``: entity spans from the configured NER engine (LAC by default)."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc

from kgraph.extract.engines import LacEngine, NerEngine
from kgraph.extract.extensions import SPANS_KEY, doc_text, register_extensions
from kgraph.extract.word_repair import split_glued_words

__all__ = ["NerComponent", "make_ner"]


@Language.factory(
    "kgraph_ner",
    assigns=["doc.spans", "doc._.kg_words"],
    default_config={
        "engine": {"@misc": "kgraph.lac_engine.v1"},
        "spans_key": SPANS_KEY,
    },
)
def make_ner(
    nlp: Language, name: str, engine: NerEngine, spans_key: str
) -> NerComponent:
    """Build the ``kgraph_ner`` component around ``engine``."""
    return NerComponent(name, engine=engine, spans_key=spans_key)


@dataclass
class NerComponent:
    """Write the engine's PERSON/ORG/PLACE spans to ``doc.spans[spans_key]``.

    The engine's words and tags go to ``doc._.kg_words`` for the refinement rules.

    Examples
    --------
    >>> import spacy
    >>> from kgraph.extract.engines import JiebaEngine
    >>> doc = NerComponent(engine=JiebaEngine())(spacy.blank("zh")("我在北京工作"))
    >>> [(s.text, s.label_) for s in doc.spans["kgraph"]]
    [('北京', 'PLACE')]
    """

    name: str = "kgraph_ner"
    engine: NerEngine = field(default_factory=LacEngine)
    spans_key: str = SPANS_KEY

    def __call__(self, doc: Doc) -> Doc:
        register_extensions()
        analysis = self.engine.analyse(doc_text(doc))
        doc._.kg_words = split_glued_words(doc_text(doc), list(analysis.words))
        spans = []
        for start, end, label in analysis.entities:
            span = doc.char_span(start, end, label.value, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans[self.spans_key] = spans
        return doc

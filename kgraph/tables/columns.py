"""The columns of kgraph's tables and their dtypes, and the frame builder."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from kgraph._optional import import_optional

__all__ = [
    "ENTITY_COLUMNS",
    "ENTITY_DTYPES",
    "MENTION_COLUMNS",
    "MENTION_DTYPES",
    "MONEY_COLUMNS",
    "MONEY_DTYPES",
    "RELATION_COLUMNS",
    "RELATION_DTYPES",
    "typed_frame",
]

_TEXT, _INT, _FLOAT, _OBJECT = "string", "Int64", "Float64", "object"
_DATE = "datetime64[ns]"

#: dtypes of `entities_frame`'s columns, in order
ENTITY_DTYPES: Mapping[str, str] = {
    "id": _TEXT,
    "type": _TEXT,
    "label": _TEXT,
    "aliases": _OBJECT,  # tuple of str
    "mentions": _INT,
    "documents": _OBJECT,  # tuple of doc ids
    "code": _TEXT,  # GB/T 2260 division code of a linked place
    "level": _INT,  # 1 province, 2 city, 3 county, 4 town or street
}
#: dtypes of `mentions_frame`'s columns, in order
MENTION_DTYPES: Mapping[str, str] = {
    "entity_id": _TEXT,
    "label": _TEXT,
    "type": _TEXT,
    "text": _TEXT,
    "doc_id": _TEXT,
    "start": _INT,
    "end": _INT,
    "sentence": _TEXT,
    "extractor": _TEXT,
}
#: dtypes of `relations_frame`'s columns, in order
RELATION_DTYPES: Mapping[str, str] = {
    "subject": _TEXT,
    "relation": _TEXT,
    "object": _TEXT,
    "role": _TEXT,
    "evidence": _TEXT,
    "doc_id": _TEXT,
    "start": _INT,
    "end": _INT,
    "confidence": _FLOAT,
    "subject_type": _TEXT,
    "object_type": _TEXT,
    "subject_id": _TEXT,
    "object_id": _TEXT,
    "extractor": _TEXT,
}
#: dtypes of `money_frame`'s columns, in order
MONEY_DTYPES: Mapping[str, str] = {
    "amount": _TEXT,
    "value": _FLOAT,
    "value_max": _FLOAT,
    "value_decimal": _OBJECT,  # the exact Decimal of value
    "value_max_decimal": _OBJECT,
    "currency": _TEXT,
    "qualifier": _TEXT,
    "measure": _TEXT,
    "holder": _TEXT,
    "holder_type": _TEXT,
    "investor": _TEXT,
    "project": _TEXT,
    "place": _TEXT,
    "status": _TEXT,
    "period": _TEXT,  # the text's phrase (今年上半年)
    "period_start": _DATE,  # its interval (NaT: open or not normalised)
    "period_end": _DATE,
    "published": _DATE,  # the article's publication date
    "year": _INT,  # the year counted in: the period's end, else publication
    "county": _TEXT,  # the county-level division of the place (or holder)
    "county_code": _TEXT,
    "city": _TEXT,  # the prefecture-level one
    "city_code": _TEXT,
    "evidence": _TEXT,
    "evidence_from": _TEXT,  # event, relation or mention
    "doc_id": _TEXT,
    "start": _INT,  # the amount's own offsets
    "end": _INT,
    "id": _TEXT,
    "holder_id": _TEXT,
    "event_id": _TEXT,
}
#: columns of `entities_frame`
ENTITY_COLUMNS = tuple(ENTITY_DTYPES)
#: columns of `mentions_frame`
MENTION_COLUMNS = tuple(MENTION_DTYPES)
#: columns of `relations_frame`
RELATION_COLUMNS = tuple(RELATION_DTYPES)
#: columns of `money_frame`
MONEY_COLUMNS = tuple(MONEY_DTYPES)


def typed_frame(rows: list[dict[str, Any]], dtypes: Mapping[str, str]) -> Any:
    """Return a DataFrame of ``rows`` with exactly the columns and dtypes given.

    A key missing from a row, or None, is NA; an empty ``rows`` gives an empty
    frame with the same columns and dtypes.

    Parameters
    ----------
    rows : list of dict
        One dict per row, column name to value.
    dtypes : Mapping
        Column name to pandas dtype, in column order.

    Returns
    -------
    pandas.DataFrame

    Raises
    ------
    MissingDependencyError
        If pandas is not installed.

    Examples
    --------
    >>> frame = typed_frame([{"label": "华为"}, {}], {"label": "string", "n": "Int64"})
    >>> frame.dtypes.astype(str).tolist(), frame["n"].isna().all()
    (['string', 'Int64'], np.True_)
    """
    pandas = import_optional("pandas", purpose="tables")
    index = pandas.RangeIndex(len(rows))
    columns = {
        name: pandas.Series([row.get(name) for row in rows], index=index, dtype=dtype)
        for name, dtype in dtypes.items()
    }
    return pandas.DataFrame(columns, index=index)

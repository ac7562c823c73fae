"""Gold of the corpus test split, for score.py: `python eval/score.py eval/corpus/gold_test.py PRED`."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gold_split import gold_of  # noqa: E402

GOLD = gold_of("test")

"""The clean->raw offset map, kept as runs of consecutive offsets.

Cleaning keeps whole stretches of a line, so the raw offsets of a report's clean characters come in
runs that each go up by one: a few runs a line. Kept as runs, the map of a 20 MB report takes a few
MB; as a tuple of Python ints it took 36 bytes a character (720 MB), and as one JSON number a
character in the register three copies of 180 MB while it was written.
"""

from __future__ import annotations

import json
from array import array
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from typing import overload


class Offsets(Sequence[int]):
    """An immutable sequence of offsets kept as runs: run ``k`` starts at index ``starts[k]`` with the
    value ``raws[k]`` and goes up by one to the next run. Equal to any sequence holding the same
    numbers (``Offsets([0, 1]) == (0, 1)``)."""

    __slots__ = ("_len", "_raws", "_starts")
    _starts: array[int]
    _raws: array[int]
    _len: int

    def __init__(self, items: Iterable[int] = ()) -> None:
        if isinstance(items, Offsets):  # immutable: shared, not copied
            self._starts, self._raws, self._len = items._starts, items._raws, items._len
            return
        runs = OffsetsBuilder()
        for x in items:
            runs.add(x)
        self._starts, self._raws, self._len = runs.starts, runs.raws, runs.length

    @classmethod
    def _of(cls, starts: array[int], raws: array[int], length: int) -> Offsets:
        out = cls.__new__(cls)
        out._starts, out._raws, out._len = starts, raws, length
        return out

    def __len__(self) -> int:
        return self._len

    @overload
    def __getitem__(self, i: int) -> int: ...
    @overload
    def __getitem__(self, i: slice) -> Offsets: ...
    def __getitem__(self, i: int | slice) -> int | Offsets:
        if isinstance(i, slice):
            return Offsets(self[k] for k in range(self._len)[i])
        n = i + self._len if i < 0 else i
        if not 0 <= n < self._len:
            raise IndexError("offset index out of range")
        k = bisect_right(self._starts, n) - 1
        return self._raws[k] + n - self._starts[k]

    def __iter__(self) -> Iterator[int]:
        for k, (start, raw) in enumerate(zip(self._starts, self._raws, strict=True)):
            stop = self._starts[k + 1] if k + 1 < len(self._starts) else self._len
            yield from range(raw, raw + stop - start)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Offsets):  # runs are always as long as they can be: one form per sequence
            return (self._len, self._starts, self._raws) == (other._len, other._starts, other._raws)
        return (
            isinstance(other, Sequence)
            and len(other) == len(self)
            and all(a == b for a, b in zip(self, other, strict=True))
        )

    def __hash__(self) -> int:
        return hash((self._len, self._starts.tobytes(), self._raws.tobytes()))

    def __repr__(self) -> str:
        return f"Offsets({list(self) if self._len <= 20 else f'<{self._len} offsets>'})"

    def runs(self) -> list[tuple[int, int]]:
        """``(index, offset)`` where each run starts."""
        return list(zip(self._starts, self._raws, strict=True))

    def to_json(self) -> str:
        """The map as the register keeps it: ``{"length": N, "runs": [[index, offset], ...]}``."""
        return json.dumps({"length": self._len, "runs": [list(r) for r in self.runs()]})

    @classmethod
    def from_json(cls, text: str) -> Offsets:
        """The map from :meth:`to_json`, or from a plain JSON list of offsets (registers before runs)."""
        data = json.loads(text)
        if isinstance(data, list):
            return cls(data)
        starts, raws = array("q"), array("q")
        for start, raw in data["runs"]:
            starts.append(start)
            raws.append(raw)
        return cls._of(starts, raws, int(data["length"]))


class OffsetsBuilder:
    """Builds an :class:`Offsets` left to right, a run or an offset at a time."""

    def __init__(self) -> None:
        self.starts: array[int] = array("q")
        self.raws: array[int] = array("q")
        self.length = 0

    def run(self, raw: int, count: int) -> None:
        """Add ``count`` offsets going up by one from ``raw``."""
        if count <= 0:
            return
        if not self.starts or self.raws[-1] + self.length - self.starts[-1] != raw:
            self.starts.append(self.length)
            self.raws.append(raw)
        self.length += count

    def add(self, raw: int) -> None:
        """Add one offset."""
        self.run(raw, 1)

    def last(self) -> int | None:
        """The last offset added (None before any)."""
        return self.raws[-1] + self.length - 1 - self.starts[-1] if self.starts else None

    def build(self) -> Offsets:
        return Offsets._of(self.starts, self.raws, self.length)

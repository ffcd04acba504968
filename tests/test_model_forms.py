"""Each model class reads its JSON form beside the code that writes it (model.py); the store's
codec only turns table rows into models."""

import dataclasses
import inspect

from marsad import model
from marsad.store import codec


def test_every_to_dict_has_its_from_dict_in_the_same_class() -> None:
    written = [
        cls
        for cls in vars(model).values()
        if inspect.isclass(cls) and dataclasses.is_dataclass(cls) and "to_dict" in vars(cls)
    ]
    assert {cls.__name__ for cls in written} >= {"Article", "Story", "Digest", "Fact"}
    assert [cls.__name__ for cls in written if "from_dict" not in vars(cls)] == []


def test_the_store_codec_reads_rows_not_json_forms() -> None:
    readers = [
        name
        for name, value in vars(codec).items()
        if inspect.isfunction(value) and value.__module__ == codec.__name__
    ]
    assert readers and all(name.endswith("_from_row") for name in readers), readers

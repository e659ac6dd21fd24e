"""The public API: what each public module exports, and nothing else."""

from __future__ import annotations

import importlib
import types

import pytest

import polevents

PUBLIC_MODULES = [
    "polevents",
    "polevents.rules",
    "polevents.defaults",
    "polevents.data",
    "polevents.exceptions",
    "polevents.testing",
]


@pytest.mark.parametrize("name", PUBLIC_MODULES)
def test_all_names_exist_and_cover_what_the_module_defines(name: str) -> None:
    """__all__ has no duplicates, every name resolves, and every public definition is listed."""
    module = importlib.import_module(name)
    defined = {
        key
        for key, value in vars(module).items()
        if not key.startswith("_") and getattr(value, "__module__", None) == name
    }

    assert len(set(module.__all__)) == len(module.__all__)
    assert all(hasattr(module, key) for key in module.__all__)
    assert defined <= set(module.__all__)


def test_root_exports_every_public_name_it_imports() -> None:
    """The package root re-exports the model, the errors, extract and the JSON form."""
    public = {
        key
        for key, value in vars(polevents).items()
        if not key.startswith("_")
        and key != "annotations"
        and not isinstance(value, types.ModuleType)
    }

    assert public | {"defaults", "rules"} == set(polevents.__all__)


def test_version_comes_from_the_package_metadata() -> None:
    """__version__ is read from the installed metadata, never hard-coded."""
    from importlib.metadata import version

    assert polevents.__version__ == version("polevents")
    assert "__version__" in dir(polevents)


def test_unknown_attributes_raise_attribute_error() -> None:
    """The lazy __getattr__ only knows __version__."""
    with pytest.raises(AttributeError, match="no_such_thing"):
        polevents.no_such_thing  # noqa: B018

"""Cheap construction and copying of the verifier's pydantic models.

Checking a claim copied verbatim from its paragraph costs about a microsecond; pydantic's own
``model_construct`` and ``model_copy`` cost five to ten times that (alias handling, defaults,
copying the fields set), and a brief has dozens of claims. The verifier's values are already of
the right types, so these helpers do exactly what ``model_construct``/``model_copy(update=...)``
end up doing for plain models (no extra fields, no private attributes, no post-init) and fall
back to pydantic for any other model. tests/test_verify_fastmodel.py compares them with pydantic.
"""
from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel

M = TypeVar("M", bound=BaseModel)
_set = object.__setattr__
_PLAIN: dict[type[BaseModel], int] = {}


def _plain(cls: type[BaseModel]) -> int:
    """The number of fields of a model the fast paths handle (no private attributes, no extra
    fields, no post-init); 0 for any other model."""
    n = _PLAIN.get(cls)
    if n is None:
        ok = (not cls.__private_attributes__ and cls.model_config.get("extra") != "allow"
              and not cls.__pydantic_post_init__ and not getattr(cls, "__pydantic_root_model__", False))
        n = len(cls.model_fields) if ok else 0
        _PLAIN[cls] = n
    return n


def construct(cls: type[M], **values: Any) -> M:
    """``cls.model_construct(**values)`` for trusted values naming every field."""
    if _plain(cls) != len(values):
        return cls.model_construct(**values)
    m = cls.__new__(cls)
    _set(m, "__dict__", values)
    _set(m, "__pydantic_fields_set__", set(values))
    _set(m, "__pydantic_extra__", None)
    _set(m, "__pydantic_private__", None)
    return m


def updated(model: M, **update: Any) -> M:
    """``model.model_copy(update=update)``: a shallow copy with some fields replaced."""
    cls = type(model)
    if not _plain(cls):
        return model.model_copy(update=update)
    m = cls.__new__(cls)
    values = model.__dict__.copy()
    values.update(update)
    _set(m, "__dict__", values)
    _set(m, "__pydantic_fields_set__", model.__pydantic_fields_set__ | update.keys())
    _set(m, "__pydantic_extra__", None)
    _set(m, "__pydantic_private__", None)
    return m

"""Model layer: typed errors raised by model mutators and rules."""

from __future__ import annotations


class ModelError(ValueError):
    """An edit the model cannot take (unknown id, duplicate id, dangling reference)."""


class ConnectionRefused(ModelError):
    """A flow the rules of BPMN do not allow; the message says why, for the user."""

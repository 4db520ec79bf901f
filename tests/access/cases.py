"""What one case of the access matrix is: an actor, a statement, the outcome it must have, and what the owner sets up
before it and checks after it."""

from __future__ import annotations

from dataclasses import dataclass

from tests.access.actors import Actor


@dataclass(frozen=True)
class Rows:
    """The statement succeeds and returns exactly these keys (one text column)."""

    keys: frozenset[str]


@dataclass(frozen=True)
class Fails:
    """The statement fails with this SQLSTATE."""

    sqlstate: str


Outcome = Rows | Fails

DENIED = Fails("42501")  # no privilege (table/function), or an action the caller may not take
NOT_FOUND = Fails("PT404")  # the mentor does not exist for this caller
INVALID_TRANSITION = Fails("PT409")
INVALID_INPUT = Fails("22023")
CHECK_VIOLATION = Fails("23514")
CONFLICT = Fails("23505")

#: What each SQLSTATE of the matrix means, in the words of docs/access-control.md (for descriptions).
SQLSTATE_MEANINGS = {
    "42501": "permission denied",
    "PT404": "not found",
    "PT409": "invalid transition",
    "22023": "invalid input",
    "23514": "check violation",
    "23505": "conflict",
}


@dataclass(frozen=True)
class Given:
    """Owner SQL run before the actor acts: the case's starting point (``what`` names it, e.g. "m_c is paused")."""

    what: str
    sql: str


@dataclass(frozen=True)
class Effect:
    """Run by the owner after the statement: ``sql`` (what it reads: ``what``) must return ``expected``."""

    what: str
    sql: str
    expected: str


@dataclass(frozen=True)
class Case:
    actor: Actor
    target: str  # the table or RPC acted on ("transition rules" for the rule cases)
    operation: str  # select / insert / update / delete / call
    subject: str  # what the operation is about, in words ("all rows", "m_c", "chapter A")
    action: str  # the whole operation in words, for descriptions ("pause m_c", "select chapters (all rows)")
    sql: str  # returns one text column, the row keys
    expect: Outcome
    given: Given | None = None
    effect: Effect | None = None

    @property
    def id(self) -> str:
        return f"{self.actor.name}-{self.target}-{self.operation}-{self.subject}".replace(" ", "_")

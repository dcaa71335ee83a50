"""Domain errors carry the Fluent key of the polite answer the user gets."""

from __future__ import annotations

from typing import Any


class QorgauError(Exception):
    key = "error-generic"

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(self.key)
        self.kwargs = kwargs


class NotAllowed(QorgauError):
    key = "error-not-allowed"


class NotALawyer(QorgauError):
    key = "error-not-lawyer"


class AlreadyClaimed(QorgauError):
    key = "claim-lost"


class TicketGone(QorgauError):
    key = "error-ticket-gone"


class NotYourTicket(QorgauError):
    key = "error-not-your-ticket"


class InviteInvalid(QorgauError):
    key = "invite-invalid"


class ConsentNeeded(QorgauError):
    key = "error-consent-needed"


class StaleButton(QorgauError):
    key = "error-stale-button"

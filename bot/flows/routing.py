"""The order in which an update tries the flows, and the staff-only part of it.

Every flow module builds a fresh router (`build_router()`), so a process may build the app again
(tests, a restart in place) without routers remembering a previous Dispatcher."""

from __future__ import annotations

from aiogram import Router
from aiogram.filters import Command, or_f
from aiogram.types import TelegramObject

from bot.callbacks import CaseCD, ClaimCD, ProfileCD, QueueCD
from bot.flows import (
    admin,
    announce,
    blocking,
    canned,
    common,
    errors,
    fallback,
    followup,
    intake,
    intake_finish,
    lawyer,
    lawyer_manage,
    leave,
    menu,
    mycases,
    news,
    queue,
    relay,
    reminders,
    search,
    staff,
    start,
    stats,
)
from bot.flows.filters import Staff
from bot.services.errors import NotALawyer

LAWYER_COMMANDS = ("duty", "queue", "profile")  # /leave: unknown to a client, as before


def build_routers() -> tuple[Router, ...]:
    return (
        errors.build_router(),
        common.build_router(),
        start.build_router(),
        blocking.build_router(),  # a blocked person's case messages and requests stop here
        news.build_router(),
        menu.build_router(),
        mycases.build_router(),
        reminders.build_router(),
        followup.build_router(),
        intake.build_router(),
        intake_finish.build_router(),
        admin.build_router(),
        stats.build_router(),  # before the relays: a command is not a message to a client
        announce.build_router(),
        staff.build_router(),
        _lawyers(),
        _not_a_lawyer(),
        relay.build_router(),
        search.build_router(),
        fallback.build_router(),  # last: whatever nobody else understood
    )


def _lawyers() -> Router:
    """The duty lawyers' work: only staff get in (the services check the role again)."""
    router = Router(name="lawyers")
    router.message.filter(Staff())
    router.callback_query.filter(Staff())
    router.include_routers(
        lawyer_manage.build_router(),
        leave.build_router(),
        queue.build_router(),
        canned.build_router(),
        lawyer.build_router(),
    )
    return router


def _not_a_lawyer() -> Router:
    """A lawyer's command or button from someone who is not one: a polite refusal."""
    router = Router(name="not-a-lawyer")
    router.message.register(_refuse, Command(*LAWYER_COMMANDS))
    lawyer_buttons = or_f(ClaimCD.filter(), CaseCD.filter(), QueueCD.filter(), ProfileCD.filter())
    router.callback_query.register(_refuse, lawyer_buttons)
    return router


async def _refuse(event: TelegramObject) -> None:
    raise NotALawyer

"""Routers are built fresh for every Dispatcher: two apps in one process share none."""

from __future__ import annotations

import pkgutil
from importlib import import_module

from aiogram import Dispatcher, Router

import bot.flows
from bot.flows.filters import Staff
from bot.flows.routing import build_routers


def _all_routers(routers: tuple[Router, ...] | list[Router]) -> list[Router]:
    found: list[Router] = []
    for router in routers:
        found.append(router)
        found.extend(_all_routers(router.sub_routers))
    return found


def test_two_dispatchers_get_their_own_routers() -> None:
    first, second = Dispatcher(), Dispatcher()
    first.include_routers(*build_routers())
    second.include_routers(*build_routers())  # would raise if a router had a parent already
    ids_first = {id(r) for r in _all_routers(first.sub_routers)}
    ids_second = {id(r) for r in _all_routers(second.sub_routers)}
    assert len(ids_first) >= 24
    assert not ids_first & ids_second


def test_no_flow_module_keeps_a_router_of_its_own() -> None:
    for info in pkgutil.iter_modules(bot.flows.__path__):
        module = import_module(f"bot.flows.{info.name}")
        assert not isinstance(getattr(module, "router", None), Router), info.name


def test_lawyer_work_is_behind_the_staff_filter() -> None:
    (lawyers,) = [r for r in build_routers() if r.name == "lawyers"]
    names = {r.name for r in lawyers.sub_routers}
    assert {"bot.flows.lawyer", "bot.flows.queue", "bot.flows.canned"} <= names
    for observer in (lawyers.message, lawyers.callback_query):
        assert [type(f.callback) for f in observer._handler.filters or []] == [Staff]

"""/stats, /export and the outcome picker through the real Dispatcher: admins, coordinators,
lawyers and strangers."""

from __future__ import annotations

import csv
import datetime as dt
import io

from aiogram.methods import SendDocument, SendPhoto
from aiogram.types import BufferedInputFile
from sqlalchemy import select

from bot.callbacks import CaseCD
from bot.db.models import AuditEvent, Ticket
from bot.services.export import COLUMNS
from bot.services.invites import InviteService
from tests.flows.people import make_lawyer, onboard, open_ticket, strip, t

WORK = "💼 Работа"
WORDS = "Работодатель Саматов не платит мне зарплату, телефон +77011234567"
ADMIN = 500


async def _coordinator(bot, clock, user_id: int = 800):
    async with bot.app.sessions() as session:
        token = await InviteService(session, clock).create("coordinator", dt.timedelta(hours=1))
    coordinator = bot.person(user_id, "C", "en")
    await coordinator.send(f"/start {token}")
    return coordinator


async def _served_case(bot, clock) -> str:
    """A case claimed after 5 minutes, answered after 15 and closed as a referral to an NGO
    (through the two-step picker, with a Back on the way)."""
    lawyer = await make_lawyer(bot, 900)
    migrant = bot.person(100, "A", "ru")
    await onboard(bot, migrant)
    ref = await open_ticket(bot, migrant, WORK, WORDS)
    clock.advance(minutes=5)
    await lawyer.click(t(bot, "btn-claim", "en"))
    clock.advance(minutes=10)
    await lawyer.send("Здравствуйте, сохраните все переводы.")
    clock.advance(minutes=45)
    picker = (await lawyer.click(t(bot, "btn-case-close", "en")))[-1]
    assert t(bot, "outcome-group-referred", "en") in picker.buttons
    picker = (await lawyer.click(t(bot, "outcome-group-declined", "en")))[-1]
    assert strip(picker.text) == strip(t(bot, "case-close-declined", "en", ref=ref))
    assert picker.buttons == [
        *(t(bot, f"outcome-declined_{r}", "en") for r in ("scope", "conflict", "capacity")),
        t(bot, "btn-back", "en"),
    ]
    await lawyer.click(t(bot, "btn-back", "en"))  # up to the groups, nothing closed
    await lawyer.click(t(bot, "outcome-group-referred", "en"))
    closed = await lawyer.click(t(bot, "outcome-referred_ngo", "en"))
    outcome = t(bot, "outcome-referred_ngo", "en")
    assert strip(t(bot, "case-closed", "en", ref=ref, outcome=outcome)) in [
        strip(shown.text) for shown in closed
    ]
    told = strip(t(bot, "client-outcome", outcome=t(bot, "outcome-referred_ngo")))
    assert told in strip(migrant.last.text)  # the client reads it in Russian
    return ref


async def test_admin_gets_the_figures_and_a_chart(make_bot, db_url, clock) -> None:
    bot = await make_bot(db_url, ADMIN_IDS=str(ADMIN))
    await _served_case(bot, clock)
    admin = bot.person(ADMIN, "Admin", "en")
    shown = await admin.send("/stats")
    text = strip(shown[0].text)
    assert text.startswith(
        strip(t(bot, "stats-title", "en", period=t(bot, "stats-period-all", "en")))
    )
    assert strip(t(bot, "stats-cases", "en", total=1, open=0, reopened=0)) in text
    assert f"{t(bot, 'outcome-referred_ngo', 'en')} 1" in text
    claim = t(bot, "stats-minutes", "en", n="5")
    assert strip(t(bot, "stats-time-claim", "en", median=claim, p90=claim, count=1)) in text
    reply = t(bot, "stats-minutes", "en", n="15")
    assert strip(t(bot, "stats-time-reply", "en", median=reply, p90=reply, count=1)) in text
    assert "P3 100% (1/1)" in text  # answered in 15 min; the tests' P3 promise is 30
    assert "Саматов" not in text and "+7701" not in text
    assert [s.kind for s in shown] == ["text", "photo"]
    assert shown[1].text == t(bot, "stats-chart-caption", "en")
    photo = bot.session.calls(SendPhoto)[-1].photo
    assert isinstance(photo, BufferedInputFile) and photo.data.startswith(b"\x89PNG")


async def test_stats_since_a_day_and_a_bad_date(make_bot, sqlite_url, clock) -> None:
    bot = await make_bot(sqlite_url, ADMIN_IDS=str(ADMIN))
    await _served_case(bot, clock)
    admin = bot.person(ADMIN, "Admin", "ru")
    shown = await admin.send("/stats 04.12.2026")  # the day after the case
    assert strip(t(bot, "stats-cases", total=0, open=0, reopened=0)) in strip(shown[0].text)
    shown = await admin.send("/stats 2026-12-03")
    assert strip(t(bot, "stats-cases", total=1, open=0, reopened=0)) in strip(shown[0].text)
    shown = await admin.send("/stats yesterday")
    assert [strip(s.text) for s in shown] == [strip(t(bot, "stats-since-invalid"))]


async def test_coordinator_sees_stats_but_cannot_export(bot, clock) -> None:
    coordinator = await _coordinator(bot, clock)
    shown = await coordinator.send("/stats")
    assert [s.kind for s in shown] == ["text", "photo"]
    assert strip(t(bot, "stats-cases", "en", total=0, open=0, reopened=0)) in strip(shown[0].text)
    shown = await coordinator.send("/export")
    assert [strip(s.text) for s in shown] == [strip(t(bot, "error-not-allowed", "en"))]
    assert bot.session.calls(SendDocument) == []


async def test_lawyers_and_strangers_are_refused_politely(bot) -> None:
    lawyer = await make_lawyer(bot, 900)
    stranger = bot.person(300, "S", "uz")  # never pressed /start
    client = bot.person(100, "A", "ru")
    await onboard(bot, client)
    for person, lang in ((lawyer, "en"), (stranger, "uz"), (client, "ru")):
        for command in ("/stats", "/export", "/stats 2026-12-01"):
            shown = await person.send(command)
            assert [strip(s.text) for s in shown] == [strip(t(bot, "error-not-allowed", lang))]
    assert bot.session.calls(SendPhoto) == [] and bot.session.calls(SendDocument) == []
    async with bot.app.sessions() as session:
        assert (
            await session.scalar(select(AuditEvent).where(AuditEvent.action == "export")) is None
        )


async def test_admin_exports_an_anonymous_csv(make_bot, db_url, clock) -> None:
    bot = await make_bot(db_url, ADMIN_IDS=str(ADMIN))
    admin = bot.person(ADMIN, "Admin", "en")
    shown = await admin.send("/export")
    assert [strip(s.text) for s in shown] == [strip(t(bot, "stats-export-empty", "en", cases=0))]
    lawyer = await make_lawyer(bot, 900)
    refs = []
    for n in range(6):  # six people with one kind of case: a group of k = 5 or more
        migrant = bot.person(100 + n, f"Person{n}", "ru")
        await onboard(bot, migrant)
        refs.append(await open_ticket(bot, migrant, WORK, f"{WORDS} №{n}"))
    shown = await admin.send("/export")
    assert [s.kind for s in shown] == ["document"]
    sent = bot.session.calls(SendDocument)[-1].document
    assert isinstance(sent, BufferedInputFile) and (sent.filename or "").endswith(".csv")
    body = sent.data.decode("utf-8")
    note, *table = body.splitlines()
    assert note.startswith("# ") and "k = 5" in note
    rows = list(csv.DictReader(io.StringIO("\n".join(table))))
    assert len(rows) == 6 and tuple(rows[0]) == COLUMNS
    assert {row["month"] for row in rows} == {"2026-12"}
    for secret in (*refs, "Саматов", "+7701", "Person", "100", "900", "10:00", "2026-12-03"):
        assert secret not in body
    assert shown[0].text == t(
        bot, "stats-export-caption", "en", rows=6, k=5, generalised=0, suppressed=0, left=0
    )
    async with bot.app.sessions() as session:
        audit = await session.scalar(select(AuditEvent).where(AuditEvent.action == "export"))
        assert audit is not None and audit.actor_id == ADMIN and audit.ticket_id is None
    assert lawyer.messages()  # the lawyer got the cards; the export told nobody else


async def test_forged_outcomes_are_refused(bot, clock) -> None:
    lawyer = await make_lawyer(bot, 900)
    migrant = bot.person(100, "A", "ru")
    await onboard(bot, migrant)
    await open_ticket(bot, migrant, WORK, WORDS)
    await lawyer.click(t(bot, "btn-claim", "en"))
    async with bot.app.sessions() as session:
        ticket = await session.scalar(select(Ticket))
    assert ticket is not None
    for action, value in (
        ("close", "bogus"),
        ("close_as", "referred"),
        ("close_as", "out_of_scope"),
    ):
        await lawyer.press(
            lawyer.last, CaseCD(action=action, ticket=ticket.id, value=value).pack()
        )
        assert lawyer.alerts()[-1] == t(bot, "error-stale-button", "en")
    async with bot.app.sessions() as session:
        assert (await session.get(Ticket, ticket.id)).status == "claimed"  # type: ignore[union-attr]

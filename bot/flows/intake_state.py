"""The questionnaire's state, typed: its steps (an enum mapped to aiogram `State`s), the order
of the steps, and the answers so far as one model kept in FSM storage (which survives a restart
and encrypts what it stores)."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any

from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from pydantic import BaseModel, ConfigDict, ValidationError

from bot.services.tickets import Draft


class Step(StrEnum):
    URGENCY = "urgency"
    DEADLINE = "deadline"
    REGION = "region"
    CITIZENSHIP = "citizenship"
    DESCRIPTION = "description"
    CONTACT = "contact"
    SHARE = "share"
    SUMMARY = "summary"


class Intake(StatesGroup):
    urgency = State()
    deadline = State()
    region = State()
    citizenship = State()
    description = State()
    contact = State()
    share = State()
    summary = State()


def state_of(step: Step) -> State:
    state: State = getattr(Intake, step.value)
    return state


def step_of(state: str | None) -> Step | None:
    """The step of a stored state ("Intake:region"), or None outside the questionnaire."""
    if not state or not state.startswith("Intake:"):
        return None
    try:
        return Step(state.removeprefix("Intake:"))
    except ValueError:
        return None


BACK: dict[Step, Step | None] = {
    Step.URGENCY: None,
    Step.DEADLINE: Step.URGENCY,
    Step.REGION: Step.URGENCY,  # or the deadline, when the urgency was one (see `back_from`)
    Step.CITIZENSHIP: Step.REGION,
    Step.DESCRIPTION: Step.CITIZENSHIP,
    Step.CONTACT: Step.DESCRIPTION,
    Step.SHARE: Step.CONTACT,
    Step.SUMMARY: Step.SHARE,
}
NEXT: dict[Step, Step] = {
    Step.URGENCY: Step.REGION,
    Step.DEADLINE: Step.REGION,
    Step.REGION: Step.CITIZENSHIP,
    Step.CITIZENSHIP: Step.DESCRIPTION,
    Step.DESCRIPTION: Step.CONTACT,
    Step.CONTACT: Step.SHARE,
    Step.SHARE: Step.SUMMARY,
}


class Answers(BaseModel):
    """What the person has answered so far."""

    model_config = ConfigDict(extra="ignore")

    topic: str = ""
    topic_title: str = ""
    urgency: str = "none"
    deadline: dt.date | None = None
    region: str | None = None
    citizenship: str | None = None
    description: str = ""
    files: list[tuple[str, str]] = []  # (kind, Telegram file id)
    phone: str | None = None
    consent: bool = False
    editing: bool = False  # fixing one answer from the summary: back to it afterwards

    def back_from(self, step: Step) -> Step | None:
        if step is Step.REGION and self.urgency == "deadline":
            return Step.DEADLINE
        return BACK[step]

    def after(self, step: Step) -> Step:
        return Step.SUMMARY if self.editing else NEXT[step]

    @property
    def complete(self) -> bool:
        return bool(self.consent and self.description and self.topic)

    def draft(self, locale: str) -> Draft:
        return Draft(
            topic=self.topic,
            locale=locale,
            description=self.description,
            urgency=self.urgency,
            deadline=self.deadline,
            region=self.region,
            citizenship=self.citizenship,
            phone=self.phone,
            files=list(self.files),
        )


async def answers(state: FSMContext) -> Answers:
    """The answers kept for this person; what no longer fits the model starts afresh."""
    try:
        return Answers.model_validate(await state.get_data())
    except ValidationError:
        return Answers()


async def remember(
    state: FSMContext, current: Answers | None = None, /, **changes: Any
) -> Answers:
    """Store the answers with `changes` applied (validated) and return them."""
    base = current if current is not None else await answers(state)
    updated = Answers.model_validate({**base.model_dump(), **changes})
    await state.set_data(updated.model_dump(mode="json"))
    return updated

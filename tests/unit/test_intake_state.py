"""The questionnaire's typed state: steps, their order, answers kept across a restart."""

from __future__ import annotations

import datetime as dt

from bot.flows.intake_state import Answers, Intake, Step, state_of, step_of


def test_every_step_has_its_state_and_back() -> None:
    for step in Step:
        assert step_of(state_of(step).state) is step
    assert step_of(None) is None and step_of("Profile:name") is None
    assert step_of("Intake:nonsense") is None
    assert state_of(Step.SUMMARY) is Intake.summary


def test_order_depends_on_the_answers() -> None:
    assert Answers().back_from(Step.REGION) is Step.URGENCY
    assert Answers(urgency="deadline").back_from(Step.REGION) is Step.DEADLINE
    assert Answers().back_from(Step.URGENCY) is None
    assert Answers().after(Step.CITIZENSHIP) is Step.DESCRIPTION
    assert Answers(editing=True).after(Step.CITIZENSHIP) is Step.SUMMARY


def test_answers_stored_before_typing_still_read() -> None:
    # FSM storage holds JSON: dates as ISO strings, files as lists (also what older versions wrote)
    stored = {
        "topic": "employment",
        "topic_title": "Work",
        "urgency": "deadline",
        "deadline": "2026-12-20",
        "files": [["photo", "F1"]],
        "description": "They have not paid me for three months",
        "consent": True,
        "unknown": "ignored",
    }
    given = Answers.model_validate(stored)
    assert given.deadline == dt.date(2026, 12, 20) and given.files == [("photo", "F1")]
    assert given.complete
    draft = given.draft("ru")
    assert (draft.topic, draft.locale, draft.deadline) == (
        "employment",
        "ru",
        dt.date(2026, 12, 20),
    )
    assert draft.files == [("photo", "F1")]
    assert Answers.model_validate(given.model_dump(mode="json")) == given
    assert not Answers(topic="employment", description="x").complete  # no consent yet

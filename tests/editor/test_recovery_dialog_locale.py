"""The recovery dialog writes when each copy was made as the editor's language does: the
locale's own date (weekday and month names, order) and clock (24 h or a.m./p.m.)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from customer_modeler.editor.window.autosave_store import AutosaveRecord
from customer_modeler.editor.window.recovery_dialog import RecoveryDialog, when

# Qt writes the space before a.m./p.m. as a narrow no-break space (U+202F), as the locale data says.

STOCKHOLM = timezone(timedelta(hours=1))
COPY_MADE = datetime(2025, 3, 3, 17, 40, tzinfo=STOCKHOLM)
A_WEEK_LATER = datetime(2025, 3, 10, 8, 0, tzinfo=STOCKHOLM)


def record(saved: datetime) -> AutosaveRecord:
    return AutosaveRecord(Path("/nowhere"), "journey.bpmn", 1, "host", "/home/maria/journey.bpmn",
                          "journey", saved.isoformat(timespec="seconds"))


@pytest.mark.parametrize(("code", "older", "today"), [
    ("sv", "måndag 3 mars 2025 kl. 17:40", "i dag kl. 17:40"),
    ("el", "Δευτέρα 3 Μαρτίου 2025 στις 5:40\u202fμ.μ.", "σήμερα στις 5:40\u202fμ.μ."),
    ("en", "Monday, March 3, 2025 at 5:40\u202fPM", "today at 5:40\u202fPM"),
])
def test_dates_and_times_follow_the_language(language, code, older, today):
    language(code)
    assert when(COPY_MADE, now=A_WEEK_LATER) == older
    assert when(COPY_MADE, now=COPY_MADE + timedelta(hours=2)) == today


def test_yesterday_is_said_in_the_language(language):
    language("el")
    assert when(COPY_MADE, now=COPY_MADE + timedelta(days=1)) == "χθες στις 5:40\u202fμ.μ."


def test_the_dialog_lists_the_copy_in_swedish_with_a_swedish_date(language, qtbot):
    language("sv")
    saved = datetime.now(STOCKHOLM) - timedelta(days=9)
    dialog = RecoveryDialog([record(saved)])
    qtbot.addWidget(dialog)
    line = dialog.names()[0]
    assert line.startswith("journey.bpmn — ändringar från ")
    month = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
             "oktober", "november", "december"][saved.month - 1]
    assert f" {saved.day} {month} {saved.year} kl. {saved:%H:%M}" in line
    assert not any(english in line for english in (" at ", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul",
                                                   "Aug", "Sep", "Oct", "Nov", "Dec"))

"""The statistics' picture: new and closed cases over the last days, and open cases by age.
It holds numbers, dates and day ranges only; the words are in the photo's caption, in the
admin's language (matplotlib does not shape Arabic or Dari script). matplotlib is imported on
first use, not at start: the bot starts without it."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.services.stats_model import Stats

NEW, CLOSED, BACKLOG = "#1f4e79", "#9dc3e6", "#c55a11"
AGE_LABELS = ("<1", "1–3", "3–7", ">7")


def render_png(stats: Stats) -> bytes:
    """Blocking (a few hundred ms): call it with `asyncio.to_thread`."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    figure = Figure(figsize=(8, 3.2), dpi=110, layout="constrained")
    trend, backlog = figure.subplots(1, 2, width_ratios=(2, 1))
    days = [f"{day:%d.%m}" for day, _, _ in stats.trend]
    where = range(len(days))
    trend.bar([x - 0.2 for x in where], [new for _, new, _ in stats.trend], 0.4, color=NEW)
    trend.bar([x + 0.2 for x in where], [c for _, _, c in stats.trend], 0.4, color=CLOSED)
    trend.set_xticks(list(where), days)
    backlog.bar(AGE_LABELS, list(stats.backlog.values()), color=BACKLOG)
    for axes in (trend, backlog):
        axes.yaxis.get_major_locator().set_params(integer=True)
        axes.spines[["top", "right"]].set_visible(False)
    out = io.BytesIO()
    figure.savefig(out, format="png")
    return out.getvalue()

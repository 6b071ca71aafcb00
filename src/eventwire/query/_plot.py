"""A series as a PNG line chart (matplotlib, Agg: no display needed)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._series import QUAD_NAMES, Series

if TYPE_CHECKING:
    from matplotlib.figure import Figure

_X_LABELS = {
    "day": "Day",
    "week": "Week (ISO, starting Monday)",
    "month": "Month",
}


def plot_series(
    rows: Sequence[dict[str, Any]],
    path: str | Path,
    title: str | None = None,
    *,
    dpi: int = 120,
) -> Figure:
    """Draw ``rows`` (from ``series``) as lines over time and save a PNG at ``path``.

    One line per measure: events (``count``), Goldstein sum (left axis) and mean per
    event (right axis), or one per QuadClass. The title says what is shown (by default
    the series' own title, "Events RUS → UKR per week, count"). Returns the figure.
    """
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.dates import AutoDateLocator, ConciseDateFormatter
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator

    by = getattr(rows, "by", None) or _guess_by(rows)
    measure = getattr(rows, "measure", None) or _guess_measure(rows)
    if title is None:
        title = (
            rows.title if isinstance(rows, Series) else f"Events per {by}, {measure}"
        )
    if rows:
        first, last = rows[0]["period"], rows[-1]["period"]
        title = f"{title}\n{first:%Y-%m-%d} to {last:%Y-%m-%d}"

    fig = Figure(figsize=(10, 5), layout="constrained")
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    ax.set_title(title)
    ax.set_xlabel(_X_LABELS.get(by, "Date"))
    periods = [row["period"] for row in rows]
    marker = "o" if len(rows) <= 60 else None
    handles: list[Any] = []
    if measure == "goldstein":
        handles += ax.plot(
            periods,
            [row["goldstein_sum"] for row in rows],
            color="tab:blue",
            marker=marker,
            label=f"Goldstein sum per {by}",
        )
        ax.set_ylabel(f"Goldstein score, sum per {by} (points)")
        ax.axhline(0, color="grey", linewidth=0.8)
        # Both axes symmetric about zero, so that zero is one line for both.
        top = max((abs(row["goldstein_sum"]) for row in rows), default=0.0) or 1.0
        ax.set_ylim(-top * 1.05, top * 1.05)
        right = ax.twinx()
        handles += right.plot(
            periods,
            [_nan(row["goldstein_mean"]) for row in rows],
            color="tab:orange",
            marker=marker,
            linestyle="--",
            label="Goldstein mean per event",
        )
        right.set_ylabel("Goldstein score, mean per event (−10 to +10)")
        right.set_ylim(-10.5, 10.5)
    elif measure == "quad":
        for quad, name in QUAD_NAMES.items():
            handles += ax.plot(
                periods,
                [row[f"quad{quad}"] for row in rows],
                marker=marker,
                label=f"QuadClass {quad}: {name}",
            )
        ax.set_ylabel(f"Events per {by} (count)")
    else:
        handles += ax.plot(
            periods,
            [row["count"] for row in rows],
            marker=marker,
            label="events",
        )
        ax.set_ylabel(f"Events per {by} (count)")
    if measure != "goldstein":
        ax.set_ylim(bottom=0)
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    if not rows:
        ax.text(0.5, 0.5, "no events", transform=ax.transAxes, ha="center", va="center")
    else:
        locator = AutoDateLocator()
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(ConciseDateFormatter(locator))
    ax.grid(True, alpha=0.3)
    ax.legend(handles=handles, loc="best")
    fig.savefig(str(path), dpi=dpi, format="png")
    return fig


def _nan(value: float | None) -> float:
    return math.nan if value is None else value


def _guess_measure(rows: Sequence[dict[str, Any]]) -> str:
    keys = set(rows[0]) if rows else set()
    if "goldstein_sum" in keys:
        return "goldstein"
    if "quad1" in keys:
        return "quad"
    return "count"


def _guess_by(rows: Sequence[dict[str, Any]]) -> str:
    if len(rows) < 2:
        return "period"
    gap = (rows[1]["period"] - rows[0]["period"]).days
    return "day" if gap == 1 else "week" if gap == 7 else "month"

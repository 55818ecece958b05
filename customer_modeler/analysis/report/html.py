"""Analysis layer: the self-contained HTML report a CX lead can forward.

:func:`report_html` renders an ``analyze`` report (the scorecard, one section per
analysis of docs/methods.md §3–§8 with its tables, and the issues); :func:`compare_html` a
``compare`` result (the §5 comparison and, for a variant, the §7 what-if with its
tornado). Inline CSS and inline SVG charts (:mod:`~customer_modeler.analysis.report.svg_charts`),
no script and no network; no date, so the same model always gives the same page. Long
tables show their top rows with a note. Pure string building with ``html.escape``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape
from typing import Final

from customer_modeler.analysis.compare.analysis import HIGHER_IS_BETTER
from customer_modeler.analysis.formatting import HTML
from customer_modeler.analysis.report.change_summary import summary_lines
from customer_modeler.analysis.report.display import (
    MENU_TITLES,
    View,
    label,
    legend,
    legend_text,
)
from customer_modeler.analysis.report.full import (
    ANALYSES,
    SECTION_NAMES,
    TABLE_TITLES,
)
from customer_modeler.analysis.report.html_spread import spread_table
from customer_modeler.analysis.report.svg_charts import Chart, report_charts
from customer_modeler.analysis.report.svg_compare import compare_charts

Row = dict[str, object]
Report = Mapping[str, object]

#: Rows shown per table before the rest is left to ``--csv``.
MAX_ROWS: Final = 15
#: Characters of a table cell, and of its tooltip when the cell is cut short.
CELL_CHARS: Final = 90
TIP_CHARS: Final = 400
#: The numbering of the analyses (Analysis 1–6 of docs/methods.md).
NUMBERS: Final = {"streamline": 1, "fail_points": 2, "compare": 3, "systems": 4,
                  "what_if": 5, "failure_demand": 6}
#: Columns left out of the page (the CSV files keep them).
HIDDEN: Final = {"fail_points.fail_points": {"kind", "F", "rank_EI", "rank_RPN",
                                             "surface_hops", "unrated", "band"}}
#: Tables shown whole (side-by-side scorecards and small reference tables).
FULL: Final = frozenset({"streamline.views", "compare.scorecard", "compare.phases",
                         "compare.similarity", "what_if.scorecard", "what_if.economics",
                         "what_if.break_even", "what_if.tornado", "what_if.verdict",
                         "what_if.workload", "what_if.lov_lanes", "systems.pools"})
#: Tables left out when empty (inputs the command line never gives).
SKIP_EMPTY: Final = frozenset({"failure_demand.what_if", "failure_demand.what_if_steps"})
CSS: Final = """
:root{--ink:#1f2933;--muted:#616e7c;--line:#e4e7eb;--band:#f5f7fa;--accent:#2563eb}
*{box-sizing:border-box}
body{font:14px/1.45 system-ui,'Segoe UI','DejaVu Sans',sans-serif;color:var(--ink);
margin:0;background:#fff}
main{max-width:1180px;margin:0 auto;padding:28px 32px 60px}
header{border-bottom:3px solid var(--accent);padding-bottom:12px;margin-bottom:18px}
h1{font-size:26px;margin:0 0 4px}h2{font-size:20px;margin:0 0 6px}
h3{font-size:15px;margin:22px 0 6px}
.sub{color:var(--muted);margin:0}
nav ol{margin:6px 0 0;padding:0;list-style:none;display:flex;flex-wrap:wrap;gap:4px 18px}
section{border-top:1px solid var(--line);padding:20px 0 8px;margin-top:18px}
.kpis{display:grid;grid-template-columns:repeat(auto-fill,minmax(190px,1fr));gap:8px;
margin:10px 0}
.kpi{background:var(--band);border-radius:6px;padding:8px 10px}
.kpi b{display:block;font-size:17px}.kpi span{color:var(--muted);font-size:12px}
.scroll{overflow-x:auto}
table{border-collapse:collapse;font-size:12.5px;margin:4px 0}
th,td{padding:4px 8px;border-bottom:1px solid var(--line);text-align:left;
vertical-align:top}
th{background:var(--band);font-weight:600;white-space:nowrap}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
tr.error td{background:#fde8e8}tr.warning td{background:#fff8e1}
.note{color:var(--muted);font-size:12.5px;margin:4px 0}
.none{color:var(--muted);font-style:italic;margin:2px 0}
.headline{background:#eef4ff;border-left:4px solid var(--accent);padding:8px 12px;
margin:8px 0 12px;font-size:15px}.headline p{margin:2px 0}
.legend{color:var(--muted);font-size:12px;margin:2px 0 8px}
td.text{white-space:normal;min-width:160px;max-width:520px}
figure{margin:14px 0}figcaption{color:var(--muted);font-size:12.5px}
.band-red{color:#b42318;font-weight:600}.band-amber{color:#b54708;font-weight:600}
footer{color:var(--muted);font-size:12px;margin-top:30px}
@media print{section{break-inside:avoid-page}.scroll{overflow:visible}}
"""


def report_html(report: Report, title: str, *, generator: str = "Customer Process Modeler",
                max_rows: int = MAX_ROWS) -> str:
    """The HTML page of an ``analyze`` report (see ``full_report``).

    Parameters
    ----------
    report : mapping
        ``kpis``, ``visits``, ``issues``, the per-analysis reports and ``notes``.
    title : str
        The model's name, shown in the header.
    generator : str
        The program (and version) named in the header; no date, so output is reproducible.
    max_rows : int
        Rows shown per table; the rest is left to the CSV files.

    Returns
    -------
    str
        A complete, self-contained HTML document.
    """
    notes = report.get("notes")
    notes = notes if isinstance(notes, dict) else {}
    view = view_of(report)
    sections = [("scorecard", "Scorecard", _headlines(report, "scorecard")
                 + _scorecard(report.get("kpis"), view)
                 + spread_table(report.get("monte_carlo"), view))]
    diagram = report.get("diagram")  # added by report.export for a page with the model
    if isinstance(diagram, str) and diagram:
        sections.append(("diagram", "The journey", diagram))
    for name in ANALYSES:
        if name in report:
            section = report[name]
            heading = _heading(name, section)
            sections.append((name, heading, _headlines(report, name) + _analysis(
                name, section, notes.get(name), report.get("kpis"), max_rows, view)))
    sections.append(("issues", "Issues", _issues(report.get("issues"), view)))
    return _page(title, "Customer process analysis", generator, sections)


def view_of(report: Report) -> View:
    """How this page shows ``report``: names, currency and the words of the sides."""
    names = report.get("names")
    return View(HTML, names if isinstance(names, Mapping) else None,
                str(report.get("currency") or "CU"), str(report.get("sides") or "competitor"))


def _headlines(report: Report, *names: str) -> str:
    found = report.get("headlines")
    lines = [line for name in names for line in (
        found.get(name) or [] if isinstance(found, Mapping) else [])]
    if not lines:
        return ""
    return ('<div class="headline">' + "".join(f"<p>{escape(str(line['text']))}</p>"
                                               for line in lines) + "</div>")


def compare_html(result: Report, title: str, *, generator: str = "Customer Process Modeler",
                 max_rows: int = MAX_ROWS) -> str:
    """The HTML page of a ``compare`` result: §5 comparison and, for a variant, §7 what-if.

    ``result`` holds ``compare`` and ``what_if`` (a report or None), as ``compare --json``.
    """
    sections = []
    view = view_of(result)
    compare = result.get("compare")
    what_if = result.get("what_if")
    if isinstance(compare, dict):
        pictures = compare_charts(compare, view)  # the radar reads the side-by-side scorecard
        if isinstance(what_if, dict):  # one scorecard: the what-if's, current against what-if
            tables = {k: v for k, v in compare["tables"].items() if k != "scorecard"}
            compare = {**compare, "tables": tables}
        sections.append(("compare", _heading("compare", compare, isinstance(what_if, dict)),
                         _headlines(result, "compare")
                         + _analysis("compare", compare, None, None, max_rows, view,
                                     pictures)))
    note = None if isinstance(what_if, dict) else (
        "B is not a variant of A (it does not say it varies A, or it is another "
        "company's model, or it shares no step id with A), so there are no what-if "
        "economics.")
    sections.append(("what_if", _heading("what_if", what_if),
                     _headlines(result, "what_if", "changes") + _changes(result.get("changes"), view)
                     + _analysis("what_if", what_if, note, None, max_rows, view)))
    issues: list[Row] = []
    for report in (compare, what_if):
        if isinstance(report, dict):
            issues += [i for i in report["issues"] if i not in issues]
    sections.append(("issues", "Issues", _issues(issues, view)))
    return _page(title, "Comparison and what-if", generator, sections)


def _heading(name: str, section: object, variant: bool = False) -> str:
    """The Analysis menu's words, then the question the analysis answers."""
    text = section.get("title") if isinstance(section, dict) else None
    words = MENU_TITLES.get(name, name)
    if name == "compare" and isinstance(section, dict) and variant:
        words = "Current journey against the what-if"
    if isinstance(text, str) and text and text.casefold() != words.casefold():
        return f"{NUMBERS[name]} · {words} — {text}"
    return f"{NUMBERS[name]} · {words}"


def _changes(summary: object, view: View) -> str:
    """The change list in short: per element kind, what the customer sees and what is
    back-stage, and the touchpoints met more or less often."""
    if not isinstance(summary, Mapping):
        return ""
    parts = ["<h3>Changes in short</h3><ul>"
             + "".join(f"<li>{escape(line)}</li>" for line in summary_lines(summary)) + "</ul>"]
    touchpoints = summary.get("touchpoints")
    if isinstance(touchpoints, list) and touchpoints:
        parts.append("<h3>Touchpoints customers meet more or less often</h3>")
        parts.append(_table(touchpoints, "what_if.touchpoint_summary", len(touchpoints), view))
    return "".join(parts)


def _page(title: str, kind: str, generator: str,
          sections: Sequence[tuple[str, str, str]]) -> str:
    toc = "".join(f'<li><a href="#{key}">{escape(SECTION_NAMES.get(key, heading))}</a></li>'
                  for key, heading, _ in sections)
    body = "".join(f'<section id="{key}" data-section="{key}"><h2>{escape(heading)}</h2>'
                   f"{content}</section>" for key, heading, content in sections)
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            f"<title>{escape(title)} — {escape(kind)}</title><style>{CSS}</style></head>"
            f"<body><main><header><h1>{escape(title)}</h1><p class=\"sub\">{escape(kind)} · "
            f"{escape(generator)} · measures per journey unless stated</p>"
            f"<nav><ol>{toc}</ol></nav></header>{body}"
            f"<footer>Generated by {escape(generator)}. Figures are expected values of the "
            "model; MC marks Monte Carlo estimates.</footer></main></body></html>\n")


# -- sections -----------------------------------------------------------------------------

def _scorecard(kpis: object, view: View) -> str:
    if not isinstance(kpis, dict):
        return '<p class="none">No scorecard: an error stops it (see the issues).</p>'
    rows: list[Row] = []
    for key, value in kpis.items():
        entries = value.items() if isinstance(value, dict) else [("", value)]
        for sub, v in entries:
            kpi = f"{key}_{sub}" if sub else key
            rows.append({"kpi": kpi, "value": v,
                         "higher_is_better": "higher" if key in HIGHER_IS_BETTER or key ==
                         "p_outcome" and sub == "success" else "lower"})
    return _table(rows, "scorecard", len(rows), view)


def _analysis(name: str, section: object, note: str | None, card: object,
              max_rows: int, view: View, charts: Sequence[Chart] = ()) -> str:
    parts = [f'<p class="note">{escape(note)}</p>'] if note else []
    if not isinstance(section, dict):
        return "".join(parts) or '<p class="none">n/a</p>'
    tables: dict[str, list[Row]] = section.get("tables") or {}
    if _stopped(section):
        return "".join(parts) + ('<p class="none">n/a: an error stops this analysis (see '
                                 'the issues).</p>')
    parts.append(_kpi_tiles(section.get("kpis"), card, view))
    parts += [_figure(chart) for chart in (*report_charts(name, section), *charts)]
    for table, rows in tables.items():
        key = f"{name}.{table}"
        if not rows and key in SKIP_EMPTY:
            continue
        heading = TABLE_TITLES.get(key) or TABLE_TITLES.get(table) or _sentence(table)
        if view.sides == "variant" and table in ("ours_only", "theirs_only"):
            heading = label(table, view.sides)
        parts.append(f"<h3>{escape(heading)}</h3>")
        if key == "systems.scorecard" and not tables.get("pools"):
            parts.append('<p class="none">The same as the scorecard above: no resource pool '
                         "is queued, so every wait is the modelled one.</p>")
            continue
        hidden = HIDDEN.get(key, set())
        shown = [{k: v for k, v in r.items() if k not in hidden} for r in rows]
        parts.append(_table(shown, key, len(rows) if key in FULL else max_rows, view))
    return "".join(parts)


def _stopped(section: Mapping[str, object]) -> bool:
    """Whether an E- issue left the report without results (no table has a row)."""
    tables: dict[str, list[Row]] = section.get("tables") or {}  # type: ignore[assignment]
    issues: list[Row] = section.get("issues") or []  # type: ignore[assignment]
    return not any(tables.values()) and any(str(i["code"]).startswith("E-") for i in issues)


def _kpi_tiles(kpis: object, card: object, view: View) -> str:
    """The analysis's own KPIs; values that repeat the scorecard's are left out."""
    if not isinstance(kpis, dict) or not kpis:
        return ""
    shared = _flat(card)
    tiles = [f'<div class="kpi"><b>{escape(view.figure(k, v))}</b><span>'
             f"{escape(label(k, view.sides))}</span></div>"
             for k, v in kpis.items() if not _repeats(shared.get(k), v)]
    return f'<div class="kpis">{"".join(tiles)}</div>' if tiles else ""


def _flat(card: object) -> dict[str, object]:
    flat: dict[str, object] = {}
    for key, value in (card.items() if isinstance(card, dict) else ()):
        if isinstance(value, dict):
            flat.update({f"{key}_{k}": v for k, v in value.items()})
        flat[key] = value
    return flat


def _repeats(shared: object, value: object) -> bool:
    if isinstance(shared, (int, float)) and isinstance(value, (int, float)):
        return abs(shared - value) <= 1e-9 * max(1.0, abs(shared))
    return shared is not None and shared == value


def _sentence(key: str) -> str:
    text = key.replace("_", " ")
    return text[:1].upper() + text[1:]


def _issues(issues: object, view: View) -> str:
    if not isinstance(issues, list) or not issues:
        return '<p class="none">No issues.</p>'
    rows: list[Row] = [{"code": i["code"], "message": i["message"]} for i in issues]
    return _table(rows, "issues", len(rows), view)


def _figure(chart: Chart) -> str:
    if not chart.svg:
        return f'<p class="none">No {escape(chart.kind.replace("-", " "))} chart: no data.</p>'
    return (f'<figure class="chart" data-chart="{chart.kind}">{chart.svg}'
            f"<figcaption>{escape(chart.caption)}</figcaption></figure>")


# -- tables and values ----------------------------------------------------------------------

def _table(rows: list[Row], key: str, max_rows: int, view: View) -> str:
    if not rows:
        return '<p class="none">None.</p>'
    columns = view.columns(rows)
    head = "".join(f'<th data-key="{escape(c)}">{escape(view.header(c))}</th>'
                   for c in columns)
    body = "".join(_row(row, columns, view) for row in rows[:max_rows])
    entries = legend(columns, rows)
    if entries:
        body_legend = f'<p class="legend">{escape(legend_text(entries))}</p>'
    else:
        body_legend = ""
    note = ""
    if len(rows) > max_rows:
        note = (f'<p class="note">Top {max_rows} of {len(rows)} rows shown; '
                "<code>--csv DIR</code> writes them all.</p>")
    return (f'<div class="scroll"><table data-table="{escape(key)}" data-rows="{len(rows)}">'
            f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>{body_legend}"
            f"{note}")


def _row(row: Row, columns: list[str], view: View) -> str:
    code = str(row.get("code", ""))
    level = "error" if code.startswith("E-") else "warning" if code.startswith("W-") else ""
    cells = []
    for column in columns:
        value = row.get(column)
        text = view.cell(column, row)
        shown = text if column == "message" else _clip(text, TIP_CHARS)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            css = ' class="num"'
        elif column == "band":
            css = f' class="band-{escape(text)}"'
        else:
            css = ' class="text"' if len(text) > CELL_CHARS else ""
        tip = f' title="{escape(_clip(text, TIP_CHARS))}"' if shown != text else ""
        cells.append(f"<td{css}{tip}>{escape(shown)}</td>")
    return (f'<tr class="{level}">' if level else "<tr>") + "".join(cells) + "</tr>"


def _clip(text: str, size: int) -> str:
    return text if len(text) <= size else text[:size - 1] + "…"

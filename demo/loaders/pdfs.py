"""The reserved resources' PDF documents, laid out with reportlab: a few pages that look like the
real thing (a cahier des charges has articles, a study tables, minutes sections and a table of
actions, slides are landscape pages), from the resource's own text (resources.yaml) and the
parts of its kind (document_parts.yaml). Offline, and the same bytes' text on every load."""

import io
import random
import re
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import (
    KeepTogether,
    ListFlowable,
    ListItem,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from .data import read

NETWORK = "Réseau des collectivités mayennaises engagées vers le développement durable"
KIND_LABELS = {
    "cahier_des_charges": "Cahier des charges",
    "compte_rendu": "Compte rendu",
    "etude": "Étude",
    "dossier_technique": "Dossier technique",
    "guide": "Guide pratique",
    "deliberation": "Modèle de délibération",
    "presentation": "Présentation",
    "bilan_financier": "Bilan financier",
}
HEADING = re.compile(r"^(Article \d+|\d+\.|[IVX]+\.|Étape \d+)\s")
ARTICLE = re.compile(r"^Article (\d+)")
GREEN = colors.HexColor("#1f6f43")


def _styles():
    sheet = getSampleStyleSheet()
    body = ParagraphStyle("body", sheet["BodyText"], fontSize=10.5, leading=15, spaceAfter=6)
    return {
        "body": body,
        "kicker": ParagraphStyle("kicker", body, fontSize=9, textColor=GREEN, spaceAfter=2),
        "title": ParagraphStyle("title", sheet["Title"], fontSize=19, leading=24, alignment=0),
        "h2": ParagraphStyle("h2", sheet["Heading2"], fontSize=13, textColor=GREEN, spaceBefore=10),
        "slide": ParagraphStyle("slide", sheet["Title"], fontSize=26, leading=32),
        "point": ParagraphStyle("point", body, fontSize=17, leading=24),
        "cell": ParagraphStyle("cell", body, fontSize=9.5, leading=12, spaceAfter=0),
        "centre": ParagraphStyle("centre", body, alignment=TA_CENTER, fontSize=12),
    }


def _thousands(value) -> str:
    """A French figure: 12 400 (narrow no-break space between thousands)."""
    return f"{value:,}".replace(",", "\u202f")


def figures(slug, year) -> dict:
    """Figures for the tables, drawn from the slug so a document is the same on every load, and
    consistent with each other (evolutions and paybacks computed from the amounts)."""
    rng = random.Random(slug)  # noqa: S311 - demo figures
    price = rng.uniform(0.15, 0.21)  # euros per kWh
    c1 = rng.randint(90, 420)
    c2 = round(c1 * rng.uniform(0.93, 1.03))
    c3 = round(c2 * rng.uniform(0.62, 0.88))
    values = {
        "year_minus_2": year - 2,
        "year_minus_1": year - 1,
        "participants": rng.randint(9, 26),
        "inhabitants": _thousands(rng.randrange(600, 4000, 50)),
        "capacity": f"{rng.randrange(30, 500, 10)} kW",
        "area": _thousands(rng.randrange(300, 2500, 10)),
        "cost": _thousands(rng.randrange(40_000, 600_000, 1000)),
        "aid": rng.randint(30, 65),
        "before": c1,
        "after": c3,
        "spend_before": _thousands(round(c1 * 1000 * price)),
        "spend_after": _thousands(round(c3 * 1000 * price * 1.08)),
    }
    for n, (consumption, factor) in enumerate(((c1, 1.0), (c2, 1.05), (c3, 1.12)), start=1):
        values[f"c{n}"] = consumption
        values[f"s{n}"] = _thousands(round(consumption * 1000 * price * factor))
    values["e2"] = f"{(c2 - c1) / c1 * 100:+.0f}"
    values["e3"] = f"{(c3 - c2) / c2 * 100:+.0f}"
    for n, (share, payback) in enumerate(((0.05, 3), (0.2, 8), (0.4, 15)), start=1):
        saving = round(c3 * 1000 * price * share)
        investment = round(saving * rng.uniform(payback * 0.8, payback * 1.2), -2)
        values[f"i{n}"] = _thousands(int(investment))
        values[f"g{n}"] = _thousands(saving)
        values[f"r{n}"] = f"{investment / saving:.1f}".replace(".", ",")
    return values


class _Values(dict):
    def __missing__(self, key):
        return "{" + key + "}"


def _fill(text, values) -> str:
    return escape(str(text).format_map(values))


def _table(spec, values, styles, widths=None):
    rows = [[Paragraph(_fill(cell, values), styles["cell"]) for cell in spec["header"]]]
    rows += [
        [Paragraph(_fill(cell, values), styles["cell"]) for cell in row] for row in spec["rows"]
    ]
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e3efe7")),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#9bb8a6")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def _section(title, part, values, styles):
    flow = [Paragraph(_fill(title, values) if values is not None else escape(title), styles["h2"])]
    if part.get("text"):
        text = part["text"]
        flow.append(
            Paragraph(_fill(text, values) if values is not None else escape(text), styles["body"])
        )
    if part.get("table"):
        flow += [_table(part["table"], values, styles), Spacer(1, 6)]
    return [KeepTogether(flow)]


def _body(text, styles):
    """The resource's own text: lines that open a numbered part are headings."""
    flow = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        style = styles["h2"] if HEADING.match(line) else styles["body"]
        flow.append(Paragraph(escape(line), style))
    return flow


def _title_block(data, values, styles):
    kicker = f"{NETWORK} – {KIND_LABELS.get(data['kind'], 'Document de travail')}"
    meta = f"Commune : {values['commune']} · {values['year']} · Thème : {values['theme']}"
    return [
        Paragraph(escape(kicker), styles["kicker"]),
        Paragraph(escape(data["title"]), styles["title"]),
        Paragraph(escape(meta), styles["kicker"]),
        Spacer(1, 10),
    ]


def _document_story(data, parts, values, styles, tables):
    kind = data["kind"]
    story = _title_block(data, values, styles)
    intro = data.get("intro", parts.get("intro"))  # a document's own, else its kind's
    if intro:
        story.append(Paragraph(_fill(intro, values), styles["body"]))
    if kind == "compte_rendu":
        story += _section("Participants", {"table": parts["participants"]}, values, styles)
    story += _body(data["body"], styles)
    for table in tables:  # the caller's own figures, as they are
        story += _section(table["title"], table, None, styles)
    if kind == "cahier_des_charges":
        numbers = [int(m[1]) for m in map(ARTICLE.match, data["body"].splitlines()) if m]
        first = max(numbers, default=0) + 1
        for number, article in enumerate(parts["articles"], start=first):
            story += _section(f"Article {number} – {article['title']}", article, values, styles)
    for part in parts.get("sections", []):
        story += _section(part["title"], part, values, styles)
    if kind == "compte_rendu":
        story += [PageBreak()]
        story += _section("Suites à donner", {"table": parts["actions"]}, values, styles)
    if parts.get("annex"):
        story += [PageBreak(), *_section(parts["annex"]["title"], parts["annex"], values, styles)]
    return story


def _slides_story(data, parts, values, styles, tables):
    story = [
        Spacer(1, 1 * cm),
        Paragraph(escape(data["title"]), styles["slide"]),
        Paragraph(escape(f"{NETWORK} – {values['commune']}, {values['year']}"), styles["centre"]),
        Spacer(1, 1 * cm),
        *_body(data["body"], styles),
    ]
    for slide in parts["slides"]:
        story += [PageBreak(), Paragraph(_fill(slide["title"], values), styles["slide"])]
        if slide.get("points"):
            items = [
                ListItem(Paragraph(_fill(p, values), styles["point"])) for p in slide["points"]
            ]
            story.append(ListFlowable(items, bulletType="bullet"))
        if slide.get("table"):
            story.append(_table(slide["table"], values, styles))
    return story


def resource_pdf(data, commune_name="", theme_name="", tables=(), extra_values=None) -> bytes:
    """The PDF of one resource of resources.yaml (slug, title, kind, year, body): 2 to 5 pages
    (slides: one page each). `tables`: sections of the caller's own figures ({title, text,
    table: {header, rows}}), after the body; `extra_values` fill the kind's placeholders."""
    year = data.get("year") or 2024
    values = _Values(
        figures(data["slug"], year),
        **(extra_values or {}),
        commune=commune_name or "la commune",
        theme=theme_name or "développement durable",
        year=year,
        next_year=year + 1,
        title=data["title"],
    )
    parts = read("document_parts").get(data["kind"], {})
    styles = _styles()
    slides = data["kind"] == "presentation" and parts
    out = io.BytesIO()
    document = SimpleDocTemplate(
        out,
        pagesize=landscape(A4) if slides else A4,
        title=data["title"],
        author=NETWORK,
        subject=KIND_LABELS.get(data["kind"], ""),
        leftMargin=2.2 * cm,
        rightMargin=2.2 * cm,
        topMargin=2 * cm,
        bottomMargin=2 * cm,
    )
    footer = f"{NETWORK} – document réservé aux adhérents"

    def on_page(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.drawString(doc.leftMargin, 1.1 * cm, footer)
        canvas.drawRightString(doc.pagesize[0] - doc.rightMargin, 1.1 * cm, f"page {doc.page}")
        canvas.restoreState()

    story = (_slides_story if slides else _document_story)(data, parts, values, styles, tables)
    document.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return out.getvalue()

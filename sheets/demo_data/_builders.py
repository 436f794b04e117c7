"""Small constructors that keep the demo data files short and their dicts uniform.

Each returns a plain dict in the documented schema, so the page builder never has to know
that the data were written with positional tuples.
"""


def figures(*items):
    """Key figures from (value, unit, label) tuples."""
    return [{"value": value, "unit": unit, "label": label} for value, unit, label in items]


def fundings(*items):
    """Fundings from (funder, amount in euros, kind) tuples."""
    return [{"funder": funder, "amount": amount, "kind": kind} for funder, amount, kind in items]


def contact(name, role, function, email, phone):
    """A sheet's contact person; `role` is "elu" or "technicien"."""
    return {"name": name, "role": role, "function": function, "email": email, "phone": phone}


def experience(
    slug,
    title,
    commune,
    themes,
    status,
    years,
    summary,
    *,
    context,
    approach,
    results,
    costs,
    difficulties,
    advice,
    key_figures,
    funding,
    person,
    reviewed,
    related=(),
    en=None,
):
    """One experience sheet; `years` is (year_start, year_end or None)."""
    sheet = {
        "slug": slug,
        "title": title,
        "commune": commune,
        "themes": list(themes),
        "status": status,
        "year_start": years[0],
        "year_end": years[1],
        "summary": summary,
        "context": context,
        "approach": approach,
        "results": results,
        "costs": costs,
        "difficulties": difficulties,
        "advice": advice,
        "key_figures": key_figures,
        "fundings": funding,
        "contact": person,
        "last_reviewed": reviewed,
        "related": list(related),
    }
    if en is not None:
        sheet["en"] = en
    return sheet


def speaker(name, role):
    """A speaker at an event."""
    return {"name": name, "role": role}


def event(
    slug,
    title,
    kind,
    when,
    duration_hours,
    venue,
    address,
    host_commune,
    themes,
    summary,
    *,
    programme,
    speakers,
    registration="Rencontre ouverte aux élus, techniciens et membres des conseils de développement ; inscription auprès de l'animatrice du réseau.",
    report=None,
    slides=False,
    report_members_only=False,
):
    """One event; `when` is "YYYY-MM-DDTHH:MM" for a past event or (offset_days, "HH:MM") for an upcoming one."""
    item = {
        "slug": slug,
        "title": title,
        "kind": kind,
        "duration_hours": duration_hours,
        "venue": venue,
        "address": address,
        "host_commune": host_commune,
        "themes": list(themes),
        "summary": summary,
        "programme": list(programme),
        "speakers": list(speakers),
        "registration": registration,
    }
    if isinstance(when, str):
        item["start"] = when
        item["slides"] = slides
        item["report_members_only"] = report_members_only
        if report is not None:
            item["report"] = report
    else:
        item["offset_days"], item["time"] = when
    return item

"""Builds the network-scale dataset of `make bench` in bulk, on top of the demo content.

10,000 experience sheets, 2,000 events, 1,000 technical sheets, 20,000 reserved resources,
3,000 members in 300 organisations, 20 working groups, and per-object grants of every kind
(user, organisation group, working group, all members).

Pages are NOT created one by one through `add_child` (a few queries and a tree lock each): the
Wagtail `Page` rows are bulk-inserted with their treebeard path/depth, url_path, locale and
translation key, then the concrete page rows are inserted with the same primary keys, then the
many-to-many and child rows. Run as `python -m bench.dataset [--scale 0.1]` with the bench
settings; it prints one JSON line with the counts and timings.
"""

import argparse
import json
import random
import sys
import time
import uuid
from datetime import UTC, date, datetime, timedelta

import django
from django.contrib.auth.hashers import make_password
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.db import connection, transaction
from django.db.models import F, SlugField
from wagtail.images import get_image_model

SIZES = {
    "experiences": 10_000,
    "events": 2_000,
    "technical": 1_000,
    "resources": 20_000,
    "organisations": 300,
    "members": 3_000,
    "working_groups": 20,
}
BATCH = 2_000
BENCH_MEMBER_EMAIL = "membre.banc@bench.exemple.fr"
BENCH_PASSWORD = "banc-d-essai-2026"

ACTIONS = [
    ("Rénovation thermique de l'école", "batiments-publics"),
    ("Extinction de l'éclairage public en milieu de nuit", "eclairage-public"),
    ("Passage de l'éclairage public aux LED", "eclairage-public"),
    ("Récupération des eaux de pluie pour l'arrosage", "economies-d-eau"),
    ("Réduction des consommations d'eau des bâtiments communaux", "economies-d-eau"),
    ("Chaufferie bois et réseau de chaleur", "energie"),
    ("Centrale photovoltaïque sur le toit de la salle des sports", "energie"),
    ("Plan local d'urbanisme économe en foncier", "urbanisme"),
    ("Écoquartier en cœur de bourg", "urbanisme"),
    ("Pédibus et plan de déplacements scolaires", "mobilite"),
    ("Aire de covoiturage et voie douce", "mobilite"),
    ("Gestion différenciée des espaces verts", "biodiversite"),
    ("Zéro phyto au cimetière", "biodiversite"),
    ("Produits locaux et bio à la cantine", "alimentation"),
    ("Jardins partagés et composteurs collectifs", "dechets"),
    ("Redevance incitative et tri à la source", "dechets"),
    ("Conseil de développement et budget participatif", "participation-citoyenne"),
    ("Agenda 21 communal", "demarches-globales"),
]
FUNDERS = [
    "ADEME",
    "Région Pays de la Loire",
    "Département de la Mayenne",
    "Agence de l'eau Loire-Bretagne",
    "État (DETR)",
]
PARAGRAPH = (
    "<p>La commune de {commune} a engagé en {year} une démarche pour {action_lower}. "
    "Les élus voulaient réduire les dépenses de fonctionnement, améliorer le confort des "
    "usagers et montrer l'exemple aux habitants. Le projet a associé les services techniques, "
    "le conseil municipal et plusieurs partenaires du département.</p>"
)


def _with_slugs(objects, prefix):
    """Fills any empty slug-like unique field (the member-area models gain some as they grow),
    since bulk_create skips the save() that would derive them."""
    for n, obj in enumerate(objects):
        for field in obj._meta.local_concrete_fields:
            if isinstance(field, SlugField) and not getattr(obj, field.attname):
                setattr(obj, field.attname, f"{prefix}-{n:05d}")
    return objects


def _setup():
    django.setup()


def _now():
    return datetime.now(UTC)


class Builder:
    def __init__(self, scale, out, tag=""):
        self.scale = scale
        self.out = out
        # Distinguishes the names of a second build in the same database (the small one that
        # checks query counts do not grow, then the full one).
        self.tag = tag
        self.rng = random.Random(20100)  # noqa: S311 - reproducible data, not security
        self.sizes = {name: max(1, int(count * scale)) for name, count in SIZES.items()}
        self.timings = {}
        self.password = make_password(BENCH_PASSWORD)

    def log(self, message):
        print(message, file=self.out, flush=True)

    def timed(self, name, function, *args):
        start = time.perf_counter()
        result = function(*args)
        self.timings[name] = round(time.perf_counter() - start, 2)
        self.log(f"  {name}: {self.timings[name]} s")
        return result

    # --- Reference data ----------------------------------------------------------------------

    def reference(self):
        from wagtail.models import Locale  # after django.setup()

        from home.setup import ensure_locales  # after django.setup()
        from sheets.models import Commune, Theme  # after django.setup()

        ensure_locales()
        self.locale = Locale.objects.get(language_code="fr")
        self.themes = list(Theme.objects.filter(locale=self.locale))
        if not self.themes:
            self.themes = Theme.objects.bulk_create(
                Theme(name=slug.replace("-", " ").capitalize(), slug=slug, locale=self.locale)
                for slug in sorted({slug for _a, slug in ACTIONS})
            )
        self.theme_by_slug = {theme.slug: theme for theme in self.themes}
        existing = Commune.objects.count()
        missing = self.sizes["organisations"] - existing
        if missing > 0:
            Commune.objects.bulk_create(
                Commune(
                    name=f"Commune d'essai {n:04d}",
                    slug=f"commune-d-essai-{n:04d}",
                    insee_code=f"Z{n:04d}",
                    postal_code="53000",
                    population=500 + (n * 37) % 9000,
                    epci="Communauté d'essai",
                    latitude=47.75 + (n % 50) / 100,
                    longitude=-1.2 + (n % 70) / 100,
                )
                for n in range(existing, existing + missing)
            )
        self.communes = list(Commune.objects.all())
        # The demo's photographs, reused: at every scale most sheets have a main image, as real
        # ones do, so the cards cost the same (a renditions query, an <img>) at 10 as at 10,000.
        self.image_ids = list(get_image_model().objects.order_by("pk").values_list("pk", flat=True))

    def index_pages(self):
        """The demo's index pages (created if the demo did not)."""
        from home.models import HomePage  # after django.setup()
        from home.setup import ensure_home_page  # after django.setup()
        from sheets import factories  # after django.setup()
        from sheets.models import (  # after django.setup()
            EventIndexPage,
            ExperienceIndexPage,
            TechnicalIndexPage,
            ThemeIndexPage,
        )

        home = HomePage.objects.filter(locale=self.locale).first() or ensure_home_page()
        pages = {}
        for key, model, factory, slug, title in [
            (
                "experiences",
                ExperienceIndexPage,
                factories.ExperienceIndexPageFactory,
                "fiches-experiences",
                "Fiches expériences",
            ),
            (
                "technical",
                TechnicalIndexPage,
                factories.TechnicalIndexPageFactory,
                "fiches-techniques",
                "Fiches techniques",
            ),
            ("events", EventIndexPage, factories.EventIndexPageFactory, "rencontres", "Rencontres"),
            ("themes", ThemeIndexPage, factories.ThemeIndexPageFactory, "themes", "Thèmes"),
        ]:
            page = model.objects.filter(locale=self.locale).first()
            if page is None:
                page = factory(parent=home, title=title, slug=slug)
            pages[key] = page
        return pages

    # --- Pages in bulk -----------------------------------------------------------------------

    def bulk_pages(self, parent, model, rows):
        """Inserts `rows` (dicts: title, slug, first_published_at + the model's own fields) as
        live children of `parent`; returns the new primary keys, in order."""
        from django.contrib.contenttypes.models import ContentType  # after django.setup()
        from wagtail.models import Page  # after django.setup()

        parent = Page.objects.get(pk=parent.pk)
        content_type = ContentType.objects.get_for_model(model)
        last = parent.get_last_child()
        first_step = (Page._str2int(last.path[-Page.steplen :]) + 1) if last else 1
        own_fields = list(model._meta.local_concrete_fields)
        ids = []
        with transaction.atomic():
            for start in range(0, len(rows), BATCH):
                batch = rows[start : start + BATCH]
                pages = []
                for offset, row in enumerate(batch):
                    step = first_step + start + offset
                    published = row.pop("first_published_at")
                    pages.append(
                        Page(
                            path=Page._get_path(parent.path, parent.depth + 1, step),
                            depth=parent.depth + 1,
                            numchild=0,
                            title=row["title"],
                            draft_title=row["title"],
                            slug=row["slug"],
                            content_type=content_type,
                            live=True,
                            has_unpublished_changes=False,
                            url_path=f"{parent.url_path}{row['slug']}/",
                            locale_id=parent.locale_id,
                            translation_key=uuid.uuid4(),
                            first_published_at=published,
                            last_published_at=published,
                            show_in_menus=False,
                        )
                    )
                created = Page.objects.bulk_create(pages)
                specific = []
                for page, row in zip(created, batch, strict=True):
                    fields = {k: v for k, v in row.items() if k not in ("title", "slug")}
                    obj = model(page_ptr_id=page.pk, **fields)
                    obj.title, obj.slug = row["title"], row["slug"]
                    specific.append(obj)
                    ids.append(page.pk)
                model._base_manager._insert(specific, fields=own_fields, using="default")
            Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(rows))
        return ids

    @staticmethod
    def _row_translation(parent):
        """A translatable page row (key figure, funding, speaker...): bulk_create sends no
        pre_save signal, so the row gets its page's locale and its own translation key here."""
        return {"locale_id": parent.locale_id, "translation_key": uuid.uuid4()}

    def _themes_for(self, n, first_slug=None):
        first = self.theme_by_slug.get(first_slug) or self.themes[n % len(self.themes)]
        others = [self.themes[(n * 7 + k) % len(self.themes)] for k in range(n % 3)]
        return list(dict.fromkeys([first, *others]))

    def _m2m(self, through, source_field, pairs):
        through.objects.bulk_create(
            [through(**{f"{source_field}_id": a, "theme_id": b}) for a, b in pairs],
            batch_size=BATCH,
            ignore_conflicts=True,
        )

    def experiences(self, parent):
        from sheets.models import (  # after django.setup()
            ExperienceFunding,
            ExperienceKeyFigure,
            ExperienceRelatedSheet,
            ExperienceSheetPage,
            ExperienceStatus,
        )

        statuses = [s.value for s in ExperienceStatus]
        rows, theme_lists = [], []
        count = self.sizes["experiences"]
        for n in range(count):
            action, theme_slug = ACTIONS[n % len(ACTIONS)]
            commune = self.communes[(n * 13) % len(self.communes)]
            year = 2010 + n % 16
            title = f"{action} à {commune.name}"
            paragraph = PARAGRAPH.format(
                commune=commune.name, year=year, action_lower=action[0].lower() + action[1:]
            )
            rows.append(
                {
                    "title": title,
                    "slug": f"banc-fiche-{self.tag}{n:05d}",
                    "first_published_at": datetime(year, 1 + n % 12, 1 + n % 28, tzinfo=UTC),
                    "commune_id": commune.pk,
                    "main_image_id": (
                        self.image_ids[n % len(self.image_ids)]
                        if self.image_ids and n % 4
                        else None
                    ),
                    "status": statuses[n % len(statuses)],
                    "year_start": year,
                    "year_end": year + 1 if n % 3 == 0 else None,
                    "summary": (
                        f"{action} : la commune de {commune.name} raconte son projet, ses "
                        "coûts, ses financements et ce qu'elle conseillerait à une autre."
                    ),
                    "context": paragraph,
                    "approach": paragraph,
                    "results": paragraph,
                    "costs": paragraph,
                    "difficulties": "",
                    "advice": paragraph,
                    "contact_name": f"Contact {n}",
                    "contact_role": "elu" if n % 2 else "technicien",
                    "contact_function": "Adjointe à l'environnement",
                    "contact_email": f"contact{n}@mairie.exemple.fr",
                    "contact_phone": "02 43 00 00 00",
                    "last_reviewed": date(2025, 1 + n % 12, 1),
                }
            )
            theme_lists.append(self._themes_for(n, theme_slug))
            rows[-1]["main_theme_id"] = theme_lists[-1][0].pk
        ids = self.bulk_pages(parent, ExperienceSheetPage, rows)
        self._m2m(
            ExperienceSheetPage.themes.through,
            "experiencesheetpage",
            [(pk, t.pk) for pk, themes in zip(ids, theme_lists, strict=True) for t in themes],
        )
        ExperienceKeyFigure.objects.bulk_create(
            [
                ExperienceKeyFigure(
                    page_id=pk,
                    sort_order=k,
                    value=str(1000 * (k + 1)),
                    unit=u,
                    label=label,
                    **self._row_translation(parent),
                )
                for pk in ids
                for k, (u, label) in enumerate(
                    [("€ HT", "de travaux"), ("kWh/an", "d'électricité économisée")]
                )
            ],
            batch_size=BATCH,
        )
        ExperienceFunding.objects.bulk_create(
            [
                ExperienceFunding(
                    page_id=pk,
                    sort_order=k,
                    funder=FUNDERS[(i + k) % 5],
                    amount=5000 * (k + 1),
                    **self._row_translation(parent),
                )
                for i, pk in enumerate(ids)
                for k in range(2)
            ],
            batch_size=BATCH,
        )
        ExperienceRelatedSheet.objects.bulk_create(
            [
                ExperienceRelatedSheet(page_id=pk, sort_order=0, related_id=ids[(i + 1) % len(ids)])
                for i, pk in enumerate(ids)
            ],
            batch_size=BATCH,
        )
        return ids

    def technical(self, parent, experience_ids):
        from sheets.models import (  # after django.setup()
            TechnicalRelatedExperience,
            TechnicalSheetPage,
        )

        rows, theme_lists = [], []
        for n in range(self.sizes["technical"]):
            action, theme_slug = ACTIONS[n % len(ACTIONS)]
            title = f"Fiche technique n° {n + 1} : {action.lower()}"
            rows.append(
                {
                    "title": title,
                    "slug": f"banc-technique-{self.tag}{n:05d}",
                    "first_published_at": datetime(2012 + n % 14, 1 + n % 12, 1, tzinfo=UTC),
                    "summary": f"Méthode, réglementation et points de vigilance : {action}.",
                    "body": json.dumps(
                        [
                            {
                                "type": "text",
                                "value": "<h2>Pourquoi agir ?</h2>"
                                + PARAGRAPH.format(
                                    commune="Bais", year=2020, action_lower=action.lower()
                                ),
                                "id": str(uuid.uuid4()),
                            }
                        ]
                    ),
                    "last_reviewed": date(2025, 6, 1),
                }
            )
            theme_lists.append(self._themes_for(n, theme_slug))
            rows[-1]["main_theme_id"] = theme_lists[-1][0].pk
        ids = self.bulk_pages(parent, TechnicalSheetPage, rows)
        self._m2m(
            TechnicalSheetPage.themes.through,
            "technicalsheetpage",
            [(pk, t.pk) for pk, themes in zip(ids, theme_lists, strict=True) for t in themes],
        )
        TechnicalRelatedExperience.objects.bulk_create(
            [
                TechnicalRelatedExperience(
                    page_id=pk,
                    sort_order=k,
                    experience_id=experience_ids[(i * 3 + k) % len(experience_ids)],
                )
                for i, pk in enumerate(ids)
                for k in range(2)
            ],
            batch_size=BATCH,
        )
        return ids

    def events(self, parent):
        from sheets.models import EventKind, EventPage, EventSpeaker  # after django.setup()

        kinds = [k.value for k in EventKind]
        rows, theme_lists = [], []
        start0 = datetime(2010, 3, 1, 18, 0, tzinfo=UTC)
        span = (datetime(2027, 6, 1, tzinfo=UTC) - start0).days
        for n in range(self.sizes["events"]):
            action, theme_slug = ACTIONS[n % len(ACTIONS)]
            commune = self.communes[(n * 11) % len(self.communes)]
            start = start0 + timedelta(days=(n * span) // self.sizes["events"])
            rows.append(
                {
                    "title": f"Rencontre : {action.lower()} ({commune.name})",
                    "slug": f"banc-rencontre-{self.tag}{n:05d}",
                    "first_published_at": min(start - timedelta(days=30), _now()),
                    "kind": kinds[n % len(kinds)],
                    "start": start,
                    "end": start + timedelta(hours=2),
                    "venue": "Salle du conseil municipal",
                    "address": f"Mairie, {commune.postal_code} {commune.name}",
                    "host_commune_id": commune.pk,
                    "summary": f"Visite et témoignage des élus de {commune.name} : {action}.",
                    "programme": "<p>Accueil, présentation du projet, visite, échanges.</p>",
                    "registration": "<p>Inscription auprès de l'animatrice du réseau.</p>",
                    "report": "<p>Compte rendu de la rencontre.</p>" if n % 2 else "",
                    "report_members_only": bool(n % 4 == 1),
                }
            )
            theme_lists.append(self._themes_for(n, theme_slug))
        ids = self.bulk_pages(parent, EventPage, rows)
        self._m2m(
            EventPage.themes.through,
            "eventpage",
            [(pk, t.pk) for pk, themes in zip(ids, theme_lists, strict=True) for t in themes],
        )
        EventSpeaker.objects.bulk_create(
            [
                EventSpeaker(
                    page_id=pk,
                    sort_order=k,
                    name=f"Intervenant {k}",
                    role="ADEME",
                    **self._row_translation(parent),
                )
                for pk in ids
                for k in range(2)
            ],
            batch_size=BATCH,
        )
        return ids

    # --- Members, resources and grants ---------------------------------------------------------

    def members(self):
        from django.contrib.auth.models import Group  # after django.setup()

        from members_area.models import (  # after django.setup()
            MemberOrganisation,
            MemberProfile,
            WorkingGroup,
        )
        from reseau.models import User  # after django.setup()

        tag = self.tag
        n_orgs, n_members = self.sizes["organisations"], self.sizes["members"]
        n_wg = self.sizes["working_groups"]
        groups = Group.objects.bulk_create(
            [Group(name=f"Adhérent : Collectivité d'essai {tag}{i:03d}") for i in range(n_orgs)]
            + [Group(name=f"Groupe de travail : Groupe d'essai {tag}{i:02d}") for i in range(n_wg)]
        )
        org_groups, wg_groups = groups[:n_orgs], groups[n_orgs:]
        orgs = MemberOrganisation.objects.bulk_create(
            _with_slugs(
                [
                    MemberOrganisation(
                        name=f"Collectivité d'essai {tag}{i:03d}",
                        slug=f"collectivite-d-essai-{tag}{i:03d}",
                        kind="commune",
                        commune=self.communes[i % len(self.communes)],
                        member_since=2010 + i % 15,
                        # One organisation in twenty has let its membership lapse.
                        active_until=date(2024, 12, 31) if i % 20 == 19 else None,
                        group=group,
                    )
                    for i, group in enumerate(org_groups)
                ],
                f"collectivite-d-essai-{tag}",
            )
        )
        working_groups = WorkingGroup.objects.bulk_create(
            _with_slugs(
                [
                    WorkingGroup(
                        name=f"Groupe d'essai {tag}{i:02d}",
                        description="Groupe de travail",
                        group=g,
                    )
                    for i, g in enumerate(wg_groups)
                ],
                f"groupe-d-essai-{tag}",
            )
        )
        # The bench member: created by the first build, given more grants by the next one.
        bench_member = User.objects.filter(email=BENCH_MEMBER_EMAIL).first()
        new_users = User.objects.bulk_create(
            [
                User(
                    email=BENCH_MEMBER_EMAIL if i == 0 else f"membre{tag}{i:05d}@bench.exemple.fr",
                    first_name=f"Prénom{i}",
                    last_name=f"Nom{i}",
                    password=self.password,
                    is_active=True,
                )
                for i in range(1 if bench_member else 0, n_members)
            ],
            batch_size=BATCH,
        )
        users = [bench_member, *new_users] if bench_member else new_users
        MemberProfile.objects.bulk_create(
            [
                MemberProfile(
                    user=user,
                    organisation=orgs[i % n_orgs],
                    role=("elu", "technicien", "conseil")[i % 3],
                    function="Adjoint·e",
                )
                for i, user in enumerate(users)
                if not (i == 0 and bench_member)
            ],
            batch_size=BATCH,
        )
        self.member_org_group = (
            bench_member.member_profile.organisation.group_id if bench_member else orgs[0].group_id
        )
        membership = User.groups.through
        rows = []
        for i, user in enumerate(users):
            if i or not bench_member:
                rows.append(membership(user_id=user.pk, group_id=orgs[i % n_orgs].group_id))
            for k in range(i % 3):  # 0, 1 or 2 working groups
                rows.append(membership(user_id=user.pk, group_id=wg_groups[(i + k) % n_wg].pk))
        # The bench member sits in three working groups.
        rows += [membership(user_id=users[0].pk, group_id=g.pk) for g in wg_groups[:3]]
        membership.objects.bulk_create(rows, batch_size=BATCH, ignore_conflicts=True)
        return users, orgs, working_groups

    def resources(self, users, orgs, working_groups, experience_ids):
        from django.contrib.auth.models import Permission  # after django.setup()

        from members_area.models import (  # after django.setup()
            Resource,
            ResourceGroupPermission,
            ResourceKind,
            ResourceUserPermission,
        )

        storage = storages["private"]
        files = []
        for k in range(10):
            name = f"resources/banc-ressource-{k}.pdf"
            if not storage.exists(name):
                storage.save(name, ContentFile(b"%PDF-1.4\n% bench file\n"))
            files.append(name)
        kinds = [k.value for k in ResourceKind]
        n = self.sizes["resources"]
        resources = Resource.objects.bulk_create(
            _with_slugs(
                [
                    Resource(
                        title=f"{kinds[i % len(kinds)].replace('_', ' ').capitalize()} – "
                        f"{ACTIONS[i % len(ACTIONS)][0]} ({i})",
                        slug=f"banc-ressource-{self.tag}{i:05d}",
                        kind=kinds[i % len(kinds)],
                        commune=self.communes[i % len(self.communes)],
                        year=2010 + i % 16,
                        description=(
                            "Document de travail partagé par une collectivité du réseau : "
                            f"{ACTIONS[i % len(ACTIONS)][0].lower()}."
                        ),
                        file=files[i % len(files)],
                        file_size=2048,
                        open_to_all_members=i % 10 == 0,
                    )
                    for i in range(n)
                ],
                f"banc-ressource-{self.tag}",
            ),
            batch_size=BATCH,
        )
        self._m2m(
            Resource.themes.through,
            "resource",
            [
                (r.pk, t.pk)
                for i, r in enumerate(resources)
                for t in self._themes_for(i, ACTIONS[i % len(ACTIONS)][1])
            ],
        )
        permission = Permission.objects.get(
            content_type__app_label="members_area", codename="view_resource"
        )
        user_grants, group_grants = [], []
        bench_member = users[0]
        for i, resource in enumerate(resources):
            if i % 10 == 0:
                continue  # open to all members
            kind = i % 3
            if kind == 0:  # one or two organisations
                for k in range(1 + i % 2):
                    group_id = orgs[(i + k * 7) % len(orgs)].group_id
                    group_grants.append((group_id, resource.pk))
            elif kind == 1:  # a working group
                group_grants.append((working_groups[i % len(working_groups)].group_id, resource.pk))
            else:  # one to three people
                for k in range(1 + i % 3):
                    user_grants.append((users[(i * 31 + k) % len(users)].pk, resource.pk))
            if i % 7 == 0:  # the bench member's personal grants
                user_grants.append((bench_member.pk, resource.pk))
            if i % 9 == 1:  # the bench member's organisation
                group_grants.append((self.member_org_group, resource.pk))
        ResourceUserPermission.objects.bulk_create(
            [
                ResourceUserPermission(permission=permission, user_id=u, content_object_id=r)
                for u, r in dict.fromkeys(user_grants)
            ],
            batch_size=BATCH,
            ignore_conflicts=True,
        )
        ResourceGroupPermission.objects.bulk_create(
            [
                ResourceGroupPermission(permission=permission, group_id=g, content_object_id=r)
                for g, r in dict.fromkeys(group_grants)
            ],
            batch_size=BATCH,
            ignore_conflicts=True,
        )
        self.grants = {"user": len(set(user_grants)), "group": len(set(group_grants))}
        return resources

    def run(self):
        start = time.perf_counter()
        self.log(f"Bench dataset (scale {self.scale}): {self.sizes}")
        self.timed("reference", self.reference)
        parents = self.timed("index_pages", self.index_pages)
        experience_ids = self.timed("experiences", self.experiences, parents["experiences"])
        self.timed("technical", self.technical, parents["technical"], experience_ids)
        self.timed("events", self.events, parents["events"])
        users, orgs, wgs = self.timed("members", self.members)
        self.timed("resources", self.resources, users, orgs, wgs, experience_ids)
        self.timed("analyze", self._analyze)
        total = round(time.perf_counter() - start, 2)
        return {"seconds": total, "steps": self.timings, "sizes": self.sizes, "grants": self.grants}

    def _analyze(self):
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--tag", default="", help="distinguishes a second build's names")
    args = parser.parse_args(argv)
    _setup()
    result = Builder(args.scale, sys.stderr, args.tag).run()
    print(json.dumps(result))


if __name__ == "__main__":
    main()

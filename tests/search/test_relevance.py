"""Relevance on a French corpus, on the database backend and on Elasticsearch (osmem).

Each query lists the titles that must appear among the first three results. The test prints
precision at 3 (share of queries whose expected sheet is in the top 3) per backend and fails
under the floor documented in docs/search.md.
"""

import pytest
from django.db import connection

from search import engine
from search.results import load_results
from sheets.factories import CommuneFactory, ExperienceIndexPageFactory, ExperienceSheetPageFactory

# Both databases stem French: SQLite through search.backends.sqlite_french (Snowball stems in
# Python), PostgreSQL through the `reseau_french` configuration (French stemming + unaccent).
FLOORS = {"sqlite": 0.95, "postgresql": 0.95, "elasticsearch": 0.80}

CORPUS = [
    (
        "Éclairage public : passage aux LED",
        "La commune remplace ses lampadaires par des LED et coupe l'éclairage la nuit.",
    ),
    (
        "Extinction nocturne des lampadaires",
        "Couper la lumière de 23 h à 5 h : économies et ciel étoilé retrouvé.",
    ),
    (
        "Révision du plan local d'urbanisme",
        "Le PLU fixe les zones constructibles et protège les haies.",
    ),
    (
        "Un PLUi pour la communauté de communes",
        "Le plan local d'urbanisme intercommunal remplace les cartes communales.",
    ),
    (
        "Chaufferie bois pour l'école et la mairie",
        "Une chaudière à plaquettes alimente un petit réseau de chaleur.",
    ),
    (
        "Panneaux photovoltaïques sur la salle des sports",
        "Toiture solaire de 100 kWc, électricité vendue au réseau.",
    ),
    (
        "Parc éolien citoyen",
        "Les habitants financent deux éoliennes : énergies renouvelables et retombées locales.",
    ),
    (
        "Plan climat air énergie territorial",
        "Le PCAET engage la communauté de communes sur la réduction des gaz à effet de serre.",
    ),
    (
        "Récupération des eaux pluviales au cimetière",
        "Une cuve de 10 m³ recueille l'eau de pluie pour l'arrosage.",
    ),
    (
        "Noues et gestion de l'eau de pluie",
        "Infiltrer les eaux pluviales plutôt que les envoyer au réseau.",
    ),
    (
        "Station d'épuration à roseaux",
        "Assainissement collectif des eaux usées par filtres plantés.",
    ),
    (
        "Zéro phyto dans les espaces verts",
        "Désherbage alternatif : binette, paillage, désherbeur thermique.",
    ),
    (
        "Fauchage tardif des bords de route",
        "La gestion différenciée laisse fleurir les talus jusqu'en juillet.",
    ),
    (
        "Plantation de haies bocagères",
        "Quatre kilomètres de haies replantées avec les agriculteurs.",
    ),
    ("Restauration d'une mare communale", "Une zone humide recréée pour les amphibiens."),
    (
        "Compostage des biodéchets à la cantine",
        "Les restes des repas deviennent compost pour le potager.",
    ),
    (
        "Lutte contre le gaspillage alimentaire au restaurant scolaire",
        "Pesée des déchets, portions adaptées, pain à la demande.",
    ),
    ("Produits locaux à la cantine", "Circuits courts : 40 % de produits locaux dans les repas."),
    ("Projet alimentaire territorial", "Le PAT relie producteurs, cantines et habitants."),
    ("Une ressourcerie au cœur du bourg", "Réemploi des objets et emplois d'insertion."),
    (
        "Clause d'insertion dans les marchés publics",
        "La commande publique réserve des heures de travail aux personnes éloignées de l'emploi.",
    ),
    (
        "Aire de covoiturage près de la quatre-voies",
        "Trente places pour partager la voiture vers Laval.",
    ),
    (
        "Pistes cyclables entre le bourg et le collège",
        "Une liaison douce pour aller à vélo en sécurité.",
    ),
    ("Pédibus pour l'école primaire", "Les enfants vont à l'école à pied, accompagnés de parents."),
    (
        "Rénovation énergétique de la mairie",
        "Isolation thermique des murs et des combles, menuiseries neuves.",
    ),
    ("Isolation de la salle polyvalente", "Laine de bois et ventilation double flux."),
    (
        "Atlas de la biodiversité communale",
        "L'ABC recense la faune et la flore avec les habitants.",
    ),
    (
        "Jardins partagés au pied des immeubles",
        "Des parcelles cultivées par les habitants du quartier.",
    ),
    ("Écoquartier des Trois Chênes", "Un quartier durable : maisons passives et noues paysagères."),
    ("Agenda 21 local", "Une démarche de développement durable écrite avec les habitants."),
    (
        "Conseil municipal des jeunes et climat",
        "Les jeunes élus proposent des actions pour le climat.",
    ),
    (
        "Méthanisation agricole et biogaz",
        "Le méthaniseur transforme les effluents d'élevage en énergie.",
    ),
]

QUERIES = [
    ("éclairage public", "Éclairage public : passage aux LED"),
    ("eclairage", "Éclairage public : passage aux LED"),
    ("LED", "Éclairage public : passage aux LED"),
    ("lampadaires", "Extinction nocturne des lampadaires"),
    ("PLU", "Révision du plan local d'urbanisme"),
    ("plan local d'urbanisme", "Révision du plan local d'urbanisme"),
    ("chaufferie", "Chaufferie bois pour l'école et la mairie"),
    ("panneau photovoltaique", "Panneaux photovoltaïques sur la salle des sports"),
    ("energie renouvelable", "Parc éolien citoyen"),
    ("ENR", "Parc éolien citoyen"),
    ("PCAET", "Plan climat air énergie territorial"),
    ("plan climat", "Plan climat air énergie territorial"),
    ("l'eau de pluie", "Récupération des eaux pluviales au cimetière"),
    ("eaux pluviales", "Récupération des eaux pluviales au cimetière"),
    ("épuration", "Station d'épuration à roseaux"),
    # Only through the synonym "station d'épuration": the elided article must stay in the phrase.
    ("STEP", "Station d'épuration à roseaux"),
    ("desherbage", "Zéro phyto dans les espaces verts"),
    ("haie", "Plantation de haies bocagères"),
    ("mares", "Restauration d'une mare communale"),
    ("biodéchets", "Compostage des biodéchets à la cantine"),
    ("gaspillage alimentaire", "Lutte contre le gaspillage alimentaire au restaurant scolaire"),
    ("clause d'insertion", "Clause d'insertion dans les marchés publics"),
    ("covoiturage", "Aire de covoiturage près de la quatre-voies"),
    ("piste cyclable", "Pistes cyclables entre le bourg et le collège"),
    ("renovation energetique mairie", "Rénovation énergétique de la mairie"),
    ("biodiversité", "Atlas de la biodiversité communale"),
    ("jardin partagé", "Jardins partagés au pied des immeubles"),
    ("methanisation", "Méthanisation agricole et biogaz"),
]


def build_corpus(home_page):
    index = ExperienceIndexPageFactory(parent=home_page)
    commune = CommuneFactory(name="Bais", slug="bais", insee_code="53019")
    for title, summary in CORPUS:
        ExperienceSheetPageFactory(parent=index, title=title, summary=summary, commune=commune)


def precision_at_3(label):
    hits, misses = 0, []
    for query, expected in QUERIES:
        outcome = engine.search(None, query, ["experience", "technique", "evenement"])
        titles = [r.title for r in load_results(outcome.hits[:3], query, None)]
        if expected in titles:
            hits += 1
        else:
            misses.append((query, titles))
    precision = hits / len(QUERIES)
    print(f"\nprecision@3 [{label}] = {precision:.2f} ({hits}/{len(QUERIES)})")
    for query, titles in misses:
        print(f"  miss: {query!r} -> {titles}")
    return precision


def test_corpus_is_big_enough():
    assert len(CORPUS) >= 30 and len(QUERIES) >= 20


def test_relevance_database_backend(database_search, home_page):
    build_corpus(home_page)
    vendor = connection.vendor
    assert precision_at_3(f"database ({vendor})") >= FLOORS.get(vendor, FLOORS["sqlite"])


@pytest.mark.elasticsearch
def test_relevance_elasticsearch_backend(elasticsearch, home_page):
    build_corpus(home_page)
    elasticsearch.refresh()
    assert precision_at_3("elasticsearch (osmem)") >= FLOORS["elasticsearch"]

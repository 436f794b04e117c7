"""Member organisations of the network and its working groups.

26 communes and 4 intercommunalities (EPCI). Communes point to their INSEE code in
``sheets.demo_data.communes``; EPCIs have no commune. All memberships are current except one:
the commune of Renazé, whose membership ended on 31 December 2024 (the lapsed organisation used
to prove that members of a lapsed organisation lose access without anyone editing resources).
"""

ORGANISATIONS = [
    # --- Intercommunalités ---
    {
        "slug": "laval-agglomeration",
        "name": "Laval Agglomération",
        "kind": "epci",
        "commune": None,
        "member_since": 2012,
        "active_until": "2027-12-31",
    },
    {
        "slug": "mayenne-communaute",
        "name": "Mayenne Communauté",
        "kind": "epci",
        "commune": None,
        "member_since": 2014,
        "active_until": "2026-12-31",
    },
    {
        "slug": "pays-de-craon",
        "name": "Communauté de communes du Pays de Craon",
        "kind": "epci",
        "commune": None,
        "member_since": 2016,
        "active_until": "2026-12-31",
    },
    {
        "slug": "coevrons",
        "name": "Communauté de communes des Coëvrons",
        "kind": "epci",
        "commune": None,
        "member_since": 2019,
        "active_until": "2027-12-31",
    },
    # --- Communes fondatrices (2010) ---
    {
        "slug": "bais",
        "name": "Commune de Bais",
        "kind": "commune",
        "commune": "53016",
        "member_since": 2010,
        "active_until": "2026-12-31",
    },
    {
        "slug": "change",
        "name": "Commune de Changé",
        "kind": "commune",
        "commune": "53054",
        "member_since": 2010,
        "active_until": "2027-12-31",
    },
    {
        "slug": "villaines-la-juhel",
        "name": "Commune de Villaines-la-Juhel",
        "kind": "commune",
        "commune": "53271",
        "member_since": 2010,
        "active_until": "2026-12-31",
    },
    {
        "slug": "evron",
        "name": "Commune d'Évron",
        "kind": "commune",
        "commune": "53097",
        "member_since": 2010,
        "active_until": "2027-12-31",
    },
    {
        "slug": "sainte-suzanne-et-chammes",
        "name": "Commune de Sainte-Suzanne-et-Chammes",
        "kind": "commune",
        "commune": "53255",
        "member_since": 2010,
        "active_until": "2026-12-31",
    },
    {
        "slug": "craon",
        "name": "Commune de Craon",
        "kind": "commune",
        "commune": "53084",
        "member_since": 2011,
        "active_until": "2026-12-31",
    },
    {
        "slug": "bonchamp-les-laval",
        "name": "Commune de Bonchamp-lès-Laval",
        "kind": "commune",
        "commune": "53034",
        "member_since": 2011,
        "active_until": "2027-12-31",
    },
    {
        "slug": "ernee",
        "name": "Commune d'Ernée",
        "kind": "commune",
        "commune": "53096",
        "member_since": 2012,
        "active_until": "2026-12-31",
    },
    {
        "slug": "gorron",
        "name": "Commune de Gorron",
        "kind": "commune",
        "commune": "53107",
        "member_since": 2012,
        "active_until": "2026-12-31",
    },
    {
        # LAPSED: the only organisation whose membership is over (not renewed after 2024).
        "slug": "renaze",
        "name": "Commune de Renazé",
        "kind": "commune",
        "commune": "53188",
        "member_since": 2013,
        "active_until": "2024-12-31",
    },
    {
        "slug": "saint-berthevin",
        "name": "Commune de Saint-Berthevin",
        "kind": "commune",
        "commune": "53201",
        "member_since": 2013,
        "active_until": "2027-12-31",
    },
    {
        "slug": "meslay-du-maine",
        "name": "Commune de Meslay-du-Maine",
        "kind": "commune",
        "commune": "53152",
        "member_since": 2014,
        "active_until": "2026-12-31",
    },
    {
        "slug": "lassay-les-chateaux",
        "name": "Commune de Lassay-les-Châteaux",
        "kind": "commune",
        "commune": "53127",
        "member_since": 2014,
        "active_until": "2026-12-31",
    },
    {
        "slug": "cosse-le-vivien",
        "name": "Commune de Cossé-le-Vivien",
        "kind": "commune",
        "commune": "53077",
        "member_since": 2015,
        "active_until": "2027-12-31",
    },
    {
        "slug": "chateau-gontier-sur-mayenne",
        "name": "Commune de Château-Gontier-sur-Mayenne",
        "kind": "commune",
        "commune": "53062",
        "member_since": 2015,
        "active_until": "2027-12-31",
    },
    {
        "slug": "ambrieres-les-vallees",
        "name": "Commune d'Ambrières-les-Vallées",
        "kind": "commune",
        "commune": "53003",
        "member_since": 2016,
        "active_until": "2026-12-31",
    },
    {
        "slug": "pre-en-pail-saint-samson",
        "name": "Commune de Pré-en-Pail-Saint-Samson",
        "kind": "commune",
        "commune": "53185",
        "member_since": 2017,
        "active_until": "2026-12-31",
    },
    {
        "slug": "argentre",
        "name": "Commune d'Argentré",
        "kind": "commune",
        "commune": "53007",
        "member_since": 2017,
        "active_until": "2027-12-31",
    },
    {
        "slug": "louverne",
        "name": "Commune de Louverné",
        "kind": "commune",
        "commune": "53140",
        "member_since": 2018,
        "active_until": "2026-12-31",
    },
    {
        "slug": "l-huisserie",
        "name": "Commune de L'Huisserie",
        "kind": "commune",
        "commune": "53119",
        "member_since": 2018,
        "active_until": "2027-12-31",
    },
    {
        "slug": "montsurs",
        "name": "Commune de Montsûrs",
        "kind": "commune",
        "commune": "53161",
        "member_since": 2019,
        "active_until": "2026-12-31",
    },
    {
        "slug": "andouille",
        "name": "Commune d'Andouillé",
        "kind": "commune",
        "commune": "53005",
        "member_since": 2020,
        "active_until": "2026-12-31",
    },
    {
        "slug": "chailland",
        "name": "Commune de Chailland",
        "kind": "commune",
        "commune": "53048",
        "member_since": 2021,
        "active_until": "2027-12-31",
    },
    {
        "slug": "grez-en-bouere",
        "name": "Commune de Grez-en-Bouère",
        "kind": "commune",
        "commune": "53110",
        "member_since": 2022,
        "active_until": "2026-12-31",
    },
    {
        "slug": "javron-les-chapelles",
        "name": "Commune de Javron-les-Chapelles",
        "kind": "commune",
        "commune": "53121",
        "member_since": 2023,
        "active_until": "2026-12-31",
    },
    {
        "slug": "entrammes",
        "name": "Commune d'Entrammes",
        "kind": "commune",
        "commune": "53094",
        "member_since": 2025,
        "active_until": "2027-12-31",
    },
]

WORKING_GROUPS = [
    {
        "slug": "groupe-energie",
        "name": "Groupe énergie",
        "description": (
            "Élus et techniciens qui suivent la rénovation énergétique du patrimoine communal, "
            "les chaufferies bois, le photovoltaïque sur toitures publiques et l'application du "
            "décret tertiaire. Le groupe partage ses cahiers des charges et ses relevés de "
            "consommations."
        ),
    },
    {
        "slug": "groupe-eau-assainissement",
        "name": "Groupe eau et assainissement",
        "description": (
            "Échanges sur les économies d'eau dans les bâtiments et les espaces verts, la "
            "récupération des eaux pluviales, la gestion intégrée des eaux de pluie dans les "
            "aménagements et le suivi des stations d'épuration communales."
        ),
    },
    {
        "slug": "groupe-urbanisme-foncier",
        "name": "Groupe urbanisme et foncier",
        "description": (
            "Réflexion commune sur la sobriété foncière (objectif zéro artificialisation nette), "
            "la revitalisation des centres-bourgs, les écoquartiers et les outils de maîtrise "
            "foncière à la disposition des petites communes."
        ),
    },
    {
        "slug": "groupe-restauration-collective",
        "name": "Groupe restauration collective",
        "description": (
            "Élus, gestionnaires et cuisiniers des restaurants scolaires qui travaillent à "
            "l'application de la loi EGalim : produits durables et biologiques, approvisionnement "
            "local, lutte contre le gaspillage alimentaire et rédaction des marchés de repas."
        ),
    },
    {
        "slug": "commission-communication",
        "name": "Commission communication",
        "description": (
            "Membres qui préparent la lettre du Réseau, les fiches expériences mayennaises et "
            "les supports des rencontres, et qui relaient les initiatives des communes adhérentes "
            "auprès de la presse locale."
        ),
    },
]

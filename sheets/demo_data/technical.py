"""Technical sheets ("fiches techniques"): practical guides that point to member experiences.

`body` is a list of (block type, value) pairs: "text", "checklist", "regulation" or
"key_figures". Regulation references are real texts; `url` is left empty on purpose.
"""


def _reg(reference, title):
    return {"reference": reference, "title": title, "url": ""}


def _fig(value, unit, label):
    return {"value": value, "unit": unit, "label": label}


TECHNICAL_SHEETS = [
    {
        "slug": "choisir-un-eclairage-public-econome",
        "title": "Choisir un éclairage public économe et respectueux de la nuit",
        "themes": ["eclairage-public", "energie"],
        "summary": "Extinction, abaissement, LED à lumière chaude : les leviers pour diviser par deux la facture d'éclairage tout en respectant la réglementation sur les nuisances lumineuses.",
        "body": [
            (
                "text",
                "L'éclairage public représente souvent 30 à 50 % de la consommation d'électricité d'une commune rurale. Avant de changer les lanternes, il faut se demander où, quand et combien éclairer.\n\nL'extinction en milieu de nuit est la mesure la plus rentable : quelques horloges astronomiques suffisent. Le remplacement par des LED vient ensuite, en choisissant des luminaires qui n'éclairent pas le ciel.",
            ),
            (
                "checklist",
                {
                    "title": "Avant de lancer un programme de rénovation",
                    "items": [
                        "Cartographier le réseau et les armoires de commande",
                        "Relever la puissance installée et la consommation par armoire",
                        "Définir des plages d'extinction par secteur",
                        "Exiger une température de couleur de 2 700 K au plus (3 000 K maximum réglementaire)",
                        "Prévoir l'abaissement de puissance en cœur de nuit",
                        "Supprimer les points lumineux inutiles plutôt que de les remplacer",
                        "Informer les habitants et afficher les horaires aux entrées de bourg",
                    ],
                },
            ),
            (
                "regulation",
                [
                    _reg(
                        "Code de l'environnement, art. L. 583-1 à L. 583-5",
                        "Prévention des nuisances lumineuses",
                    ),
                    _reg(
                        "Arrêté du 27 décembre 2018",
                        "Prévention, réduction et limitation des nuisances lumineuses",
                    ),
                    _reg(
                        "Code général des collectivités territoriales, art. L. 2212-2",
                        "Pouvoirs de police du maire",
                    ),
                ],
            ),
            (
                "key_figures",
                [
                    _fig("-40 à -60", "%", "consommation après extinction et LED"),
                    _fig("3 000", "K", "température de couleur maximale"),
                    _fig("1", "%", "flux lumineux maximal vers le ciel (ULR)"),
                ],
            ),
        ],
        "related": [
            "extinction-eclairage-nuit-meslay",
            "led-eclairage-public-change",
            "trame-noire-sainte-suzanne",
        ],
    },
    {
        "slug": "recuperer-l-eau-de-pluie",
        "title": "Récupérer l'eau de pluie dans les bâtiments et ateliers communaux",
        "themes": ["economies-d-eau"],
        "summary": "Usages autorisés, dimensionnement de la cuve, précautions sanitaires : les étapes d'un projet de récupération d'eau de pluie.",
        "body": [
            (
                "text",
                "L'eau de pluie peut remplacer l'eau potable pour l'arrosage, le lavage des véhicules et, sous conditions, l'alimentation des toilettes. Une cuve se dimensionne à partir de la surface de toiture, de la pluviométrie locale (environ 750 mm par an en Mayenne) et des besoins réels.\n\nLa cuve est nettement moins chère à poser lors d'une construction ou d'un terrassement prévu.",
            ),
            (
                "checklist",
                {
                    "title": "Points de vigilance",
                    "items": [
                        "Mesurer d'abord les besoins avec un compteur",
                        "Prévoir un filtre en amont et un trop-plein raccordé",
                        "Séparer physiquement les réseaux d'eau de pluie et d'eau potable",
                        "Étiqueter les canalisations et les robinets « eau non potable »",
                        "Déclarer l'installation en mairie et au service des eaux",
                        "Poser un compteur sur le réseau d'eau de pluie",
                    ],
                },
            ),
            (
                "regulation",
                [
                    _reg(
                        "Arrêté du 21 août 2008",
                        "Récupération des eaux de pluie et usage à l'intérieur et à l'extérieur des bâtiments",
                    ),
                    _reg(
                        "Décret n° 2023-835 du 29 août 2023",
                        "Usages et conditions d'utilisation des eaux de pluie et des eaux usées traitées",
                    ),
                    _reg(
                        "Code de la santé publique, art. R. 1321-57",
                        "Protection des réseaux intérieurs de distribution d'eau potable",
                    ),
                ],
            ),
            (
                "key_figures",
                [
                    _fig("0,6", "m³", "récupérables par m² de toiture et par an en Mayenne"),
                    _fig("700 à 1 000", "€ HT", "par m³ de cuve enterrée posée"),
                ],
            ),
        ],
        "related": [
            "recuperation-eau-pluie-services-techniques-argentre",
            "recuperation-eau-pluie-ecole-pre-en-pail",
        ],
    },
    {
        "slug": "cahier-des-charges-maitrise-oeuvre-hqe",
        "title": "Rédiger un cahier des charges de maîtrise d'œuvre à haute qualité environnementale",
        "themes": ["batiments-publics", "energie"],
        "summary": "Un programme précis et des objectifs chiffrés sont la meilleure garantie d'un bâtiment performant. Méthode et clauses utiles.",
        "body": [
            (
                "text",
                "La qualité environnementale d'un bâtiment se joue au moment du programme. Un objectif non écrit n'est jamais atteint ; un objectif écrit sans indicateur n'est jamais vérifié.\n\nLe programme fixe les besoins, les performances attendues (énergie, confort d'été, qualité de l'air, matériaux) et les modalités de suivi après livraison. Le CAUE de la Mayenne peut aider à le rédiger.",
            ),
            (
                "checklist",
                {
                    "title": "À inscrire dans le programme et le marché",
                    "items": [
                        "Objectif de consommation en kWh/m²/an, pas seulement un label",
                        "Exigence de confort d'été (nombre d'heures au-delà de 28 °C)",
                        "Part minimale de matériaux biosourcés",
                        "Test d'étanchéité à l'air à la réception",
                        "Mission de suivi des consommations pendant deux ans",
                        "Formation des agents et des usagers à la livraison",
                        "Références de l'équipe sur des opérations comparables",
                    ],
                },
            ),
            (
                "regulation",
                [
                    _reg(
                        "Code de la commande publique, art. L. 2431-1",
                        "Mission de maîtrise d'œuvre",
                    ),
                    _reg(
                        "Décret n° 2021-1004 du 29 juillet 2021",
                        "Exigences de performance énergétique et environnementale des constructions (RE2020)",
                    ),
                ],
            ),
        ],
        "related": [
            "salle-polyvalente-paille-saint-pierre-la-cour",
            "maison-sante-biosourcee-grez",
            "renovation-thermique-ecole-gorron",
        ],
    },
    {
        "slug": "diagnostic-energetique-patrimoine",
        "title": "Réussir le diagnostic énergétique de son patrimoine",
        "themes": ["energie", "batiments-publics"],
        "summary": "Connaître les consommations de chaque bâtiment pour décider où agir en premier. Méthode en quatre étapes.",
        "body": [
            (
                "text",
                "Le diagnostic commence par la collecte de trois années de factures, bâtiment par bâtiment. Les ratios de consommation par m² permettent ensuite de repérer les bâtiments anormalement énergivores.\n\nLes actions sans travaux (réglages, programmation, abonnements) rapportent souvent 10 à 15 % dès la première année. Le conseil en énergie partagé de Territoire d'énergie Mayenne accompagne les communes adhérentes.",
            ),
            (
                "checklist",
                {
                    "title": "Les quatre étapes",
                    "items": [
                        "Inventaire des bâtiments, surfaces et usages",
                        "Collecte des factures et relevés de compteurs sur trois ans",
                        "Visite des bâtiments prioritaires et des chaufferies",
                        "Plan d'actions hiérarchisé par coût et temps de retour",
                    ],
                },
            ),
            (
                "regulation",
                [
                    _reg(
                        "Code de la construction et de l'habitation, art. L. 174-1",
                        "Réduction des consommations d'énergie des bâtiments tertiaires de plus de 1 000 m²",
                    ),
                    _reg(
                        "Décret n° 2019-771 du 23 juillet 2019",
                        "Obligations d'actions de réduction de la consommation d'énergie finale dans des bâtiments à usage tertiaire",
                    ),
                ],
            ),
            (
                "key_figures",
                [
                    _fig("10 à 15", "%", "d'économies sans travaux"),
                    _fig("3", "ans", "de factures à collecter"),
                ],
            ),
        ],
        "related": [
            "diagnostic-energetique-patrimoine-craon",
            "schema-directeur-energie-patrimoine-laval",
        ],
    },
    {
        "slug": "decret-tertiaire",
        "title": "Le décret tertiaire expliqué aux communes",
        "themes": ["batiments-publics", "energie"],
        "summary": "Qui est concerné, quels objectifs, comment déclarer sur OPERAT : l'essentiel du dispositif éco-énergie tertiaire.",
        "body": [
            (
                "text",
                "Les bâtiments ou ensembles de bâtiments à usage tertiaire de plus de 1 000 m² doivent réduire leur consommation d'énergie finale de 40 % en 2030, 50 % en 2040 et 60 % en 2050 par rapport à une année de référence choisie entre 2010 et 2019.\n\nLes consommations sont déclarées chaque année, avant le 30 septembre, sur la plateforme OPERAT gérée par l'ADEME. Écoles, salles de sport, mairies et médiathèques sont concernées dès lors qu'elles dépassent le seuil.",
            ),
            (
                "regulation",
                [
                    _reg(
                        "Code de la construction et de l'habitation, art. L. 174-1",
                        "Obligation de réduction des consommations dans les bâtiments tertiaires",
                    ),
                    _reg(
                        "Décret n° 2019-771 du 23 juillet 2019",
                        "Obligations d'actions de réduction de la consommation d'énergie finale dans des bâtiments à usage tertiaire",
                    ),
                    _reg(
                        "Arrêté du 10 avril 2020",
                        "Modalités d'application du dispositif éco-énergie tertiaire",
                    ),
                ],
            ),
            (
                "key_figures",
                [
                    _fig("1 000", "m²", "seuil d'assujettissement"),
                    _fig("-40", "%", "objectif 2030"),
                    _fig("-60", "%", "objectif 2050"),
                ],
            ),
            (
                "checklist",
                {
                    "title": "Pour préparer sa déclaration",
                    "items": [
                        "Lister les bâtiments de plus de 1 000 m²",
                        "Retrouver les consommations depuis 2010",
                        "Choisir l'année de référence la plus favorable",
                        "Créer le compte OPERAT de la commune",
                        "Désigner un agent référent",
                    ],
                },
            ),
        ],
        "related": ["schema-directeur-energie-patrimoine-laval"],
    },
    {
        "slug": "approvisionnement-local-restauration-collective",
        "title": "Approvisionnement local et bio en restauration collective (loi EGalim)",
        "themes": ["alimentation"],
        "summary": "Objectifs, outils juridiques et organisation pour atteindre 50 % de produits durables dont 20 % de bio.",
        "body": [
            (
                "text",
                "Depuis le 1er janvier 2022, les restaurants collectifs publics doivent servir au moins 50 % de produits de qualité et durables, dont au moins 20 % issus de l'agriculture biologique. La loi Climat et résilience a ajouté un objectif de 60 % pour les viandes et poissons.\n\nLe critère géographique est interdit dans les marchés, mais l'allotissement fin, les critères de fraîcheur, de saisonnalité ou de performance environnementale permettent d'ouvrir la commande aux producteurs locaux.",
            ),
            (
                "checklist",
                {
                    "title": "Leviers d'action",
                    "items": [
                        "Mesurer le gaspillage pour dégager des marges",
                        "Allotir par famille de produits et mode de production",
                        "Se regrouper entre communes pour les marchés",
                        "Former l'équipe de cuisine aux produits bruts",
                        "Servir un menu végétarien par semaine au minimum",
                        "Déclarer ses achats chaque année sur ma-cantine",
                    ],
                },
            ),
            (
                "regulation",
                [
                    _reg(
                        "Loi n° 2018-938 du 30 octobre 2018 (EGalim)",
                        "Équilibre des relations commerciales dans le secteur agricole et alimentaire",
                    ),
                    _reg(
                        "Code rural et de la pêche maritime, art. L. 230-5-1",
                        "Part de produits durables et bio en restauration collective",
                    ),
                    _reg(
                        "Loi n° 2021-1104 du 22 août 2021 (Climat et résilience)",
                        "Lutte contre le dérèglement climatique et renforcement de la résilience",
                    ),
                ],
            ),
            (
                "key_figures",
                [
                    _fig("50", "%", "de produits durables"),
                    _fig("20", "%", "de produits bio"),
                    _fig("1", "repas/semaine", "végétarien"),
                ],
            ),
        ],
        "related": [
            "cantine-bio-locale-lhuisserie",
            "approvisionnement-egalim-gorron",
            "legumerie-intercommunale-craon",
        ],
    },
    {
        "slug": "gestion-differenciee-espaces-verts",
        "title": "Mettre en place la gestion différenciée des espaces verts",
        "themes": ["biodiversite", "economies-d-eau"],
        "summary": "Adapter l'entretien à chaque espace pour se passer de pesticides, économiser l'eau et redonner place à la nature.",
        "body": [
            (
                "text",
                "La gestion différenciée consiste à définir pour chaque espace un niveau d'entretien adapté à son usage : soigné pour la place de la mairie, rustique pour un talus, naturel pour une prairie. Elle est devenue indispensable depuis l'interdiction des pesticides.\n\nLa communication auprès des habitants est aussi importante que les techniques : une herbe « laissée » doit être expliquée.",
            ),
            (
                "checklist",
                {
                    "title": "Démarche",
                    "items": [
                        "Inventorier et cartographier les espaces",
                        "Définir trois ou quatre codes d'entretien",
                        "Équiper les agents (désherbage mécanique, tondeuse mulching)",
                        "Remplacer les annuelles par des vivaces paillées",
                        "Pratiquer la fauche tardive sur les zones naturelles",
                        "Poser des panneaux explicatifs",
                    ],
                },
            ),
            (
                "regulation",
                [
                    _reg(
                        "Loi n° 2014-110 du 6 février 2014 (loi Labbé)",
                        "Encadrement de l'utilisation des produits phytosanitaires",
                    ),
                    _reg(
                        "Code rural et de la pêche maritime, art. L. 253-7",
                        "Interdiction des produits phytopharmaceutiques pour les personnes publiques",
                    ),
                    _reg(
                        "Arrêté du 15 janvier 2021",
                        "Protection des personnes dans les lieux fréquentés par le public et à usage collectif",
                    ),
                ],
            ),
        ],
        "related": [
            "zero-phyto-cimetiere-louverne",
            "arrosage-paillage-chateau-gontier",
            "fauche-tardive-bords-routes-lassay",
        ],
    },
    {
        "slug": "planter-et-gerer-les-haies",
        "title": "Planter et gérer durablement les haies bocagères",
        "themes": ["biodiversite", "energie"],
        "summary": "Choix des essences, plantation, protection dans le PLU et valorisation du bois : le bocage comme ressource communale.",
        "body": [
            (
                "text",
                "Une haie bien placée freine le ruissellement, abrite la faune et produit du bois. Les plantations se font entre novembre et mars, avec des plants d'origine locale et un paillage biodégradable.\n\nLe PLU peut protéger les haies au titre des éléments de paysage ; un plan de gestion durable programme les coupes et permet de valoriser le bois en plaquettes.",
            ),
            (
                "checklist",
                {
                    "title": "Réussir une plantation",
                    "items": [
                        "Faire concevoir le tracé par un technicien bocage",
                        "Choisir des essences locales labellisées « Végétal local »",
                        "Préparer le sol à l'automne",
                        "Pailler et protéger contre le gibier",
                        "Prévoir l'entretien des trois premières années",
                    ],
                },
            ),
            (
                "regulation",
                [
                    _reg(
                        "Code de l'urbanisme, art. L. 151-23",
                        "Protection des éléments de paysage et des continuités écologiques dans le PLU",
                    ),
                    _reg(
                        "Code de l'environnement, art. L. 411-1",
                        "Protection des espèces et de leurs habitats",
                    ),
                ],
            ),
            (
                "key_figures",
                [
                    _fig("8 à 12", "€", "par mètre linéaire planté et paillé"),
                    _fig("1", "km", "de haie gérée produit environ 6 t de plaquettes par an"),
                ],
            ),
        ],
        "related": ["haies-bocageres-landivy", "chaufferie-bois-reseau-chaleur-bais"],
    },
    {
        "slug": "reseau-de-chaleur-bois",
        "title": "Monter un réseau de chaleur bois communal",
        "themes": ["energie", "batiments-publics"],
        "summary": "Étude de faisabilité, densité thermique, approvisionnement et exploitation : les clés d'un réseau de chaleur rentable.",
        "body": [
            (
                "text",
                "Un réseau de chaleur bois est pertinent quand plusieurs bâtiments consommateurs sont proches. L'indicateur clé est la densité thermique : la quantité de chaleur livrée par mètre de réseau.\n\nL'ADEME finance les études de faisabilité et une large part de l'investissement via le fonds chaleur. Sécuriser l'approvisionnement local par un contrat pluriannuel est indispensable.",
            ),
            (
                "checklist",
                {
                    "title": "Questions à se poser",
                    "items": [
                        "Quels bâtiments raccorder et quels engagements de leurs gestionnaires ?",
                        "Quelle densité thermique (MWh livrés par mètre) ?",
                        "Plaquettes ou granulés ?",
                        "Quel fournisseur local et quel contrat ?",
                        "Régie ou délégation de l'exploitation ?",
                        "Quelle provision pour le gros entretien ?",
                    ],
                },
            ),
            (
                "regulation",
                [
                    _reg(
                        "Code général des collectivités territoriales, art. L. 2224-38",
                        "Compétence des communes en matière de réseaux de chaleur",
                    ),
                    _reg("Code de l'énergie, art. L. 712-1", "Classement des réseaux de chaleur"),
                ],
            ),
            (
                "key_figures",
                [
                    _fig("1,5", "MWh/m", "densité thermique minimale conseillée"),
                    _fig("40", "ans", "durée de vie d'un réseau"),
                ],
            ),
        ],
        "related": [
            "chaufferie-bois-reseau-chaleur-bais",
            "reseau-chaleur-bois-villaines",
            "chaudiere-granules-mairie-ecole-javron",
        ],
    },
    {
        "slug": "photovoltaique-batiment-communal",
        "title": "Installer des panneaux photovoltaïques sur un bâtiment communal",
        "themes": ["energie"],
        "summary": "Vente totale, autoconsommation individuelle ou collective, tiers investissement : choisir le bon modèle pour chaque toiture.",
        "body": [
            (
                "text",
                "Avant tout projet, la charpente doit être vérifiée par un bureau de contrôle. Le choix du modèle économique dépend de la consommation du bâtiment : un bâtiment qui consomme peu en journée se prête mieux à la vente ou à l'autoconsommation collective.\n\nLa loi APER de 2023 impose par ailleurs l'équipement progressif des grands parkings en ombrières.",
            ),
            (
                "checklist",
                {
                    "title": "Étapes",
                    "items": [
                        "Étude d'opportunité avec le conseil en énergie partagé",
                        "Vérification de la structure",
                        "Consultation de l'architecte des Bâtiments de France si nécessaire",
                        "Choix du modèle : vente, autoconsommation, tiers investisseur",
                        "Demande de raccordement auprès d'Enedis",
                        "Contrat d'obligation d'achat ou convention d'autoconsommation",
                    ],
                },
            ),
            (
                "regulation",
                [
                    _reg("Code de l'énergie, art. L. 315-2", "Autoconsommation collective"),
                    _reg("Code de l'énergie, art. L. 314-1", "Obligation d'achat"),
                    _reg(
                        "Loi n° 2023-175 du 10 mars 2023 (APER)",
                        "Accélération de la production d'énergies renouvelables",
                    ),
                ],
            ),
            (
                "key_figures",
                [
                    _fig("1 100", "kWh/kWc", "production annuelle moyenne en Mayenne"),
                    _fig("12 à 15", "ans", "temps de retour courant"),
                ],
            ),
        ],
        "related": [
            "photovoltaique-toiture-salle-sports-cosse",
            "centrale-villageoise-sainte-suzanne",
            "ombrieres-photovoltaiques-louverne",
        ],
    },
    {
        "slug": "mobilite-rurale-plan-mobilite-simplifie",
        "title": "Mobilité rurale : élaborer un plan de mobilité simplifié",
        "themes": ["mobilite", "demarches-globales"],
        "summary": "Depuis la loi d'orientation des mobilités, les intercommunalités peuvent organiser les mobilités. Le plan de mobilité simplifié en est l'outil.",
        "body": [
            (
                "text",
                "Le plan de mobilité simplifié part d'un diagnostic des déplacements et des besoins des publics sans voiture. Il combine des solutions légères : covoiturage, transport solidaire, itinéraires cyclables, autopartage.\n\nLes communes y contribuent par leurs aménagements (aires de covoiturage, cheminements doux, stationnement vélo) et par le soutien aux initiatives bénévoles.",
            ),
            (
                "regulation",
                [
                    _reg(
                        "Loi n° 2019-1428 du 24 décembre 2019 d'orientation des mobilités",
                        "Compétence d'organisation de la mobilité",
                    ),
                    _reg("Code des transports, art. L. 1214-36-1", "Plan de mobilité simplifié"),
                ],
            ),
            (
                "checklist",
                {
                    "title": "Solutions éprouvées en Mayenne",
                    "items": [
                        "Aire de covoiturage aux échangeurs",
                        "Transport solidaire avec chauffeurs bénévoles",
                        "Pédibus et vélobus",
                        "Autopartage du véhicule de service",
                        "Vélos à assistance électrique pour les agents",
                    ],
                },
            ),
        ],
        "related": [
            "plan-mobilite-simplifie-evron",
            "navette-solidaire-villaines",
            "aire-covoiturage-ernee",
        ],
    },
    {
        "slug": "densification-douce-bimby",
        "title": "Densification douce : accompagner la division parcellaire (BIMBY)",
        "themes": ["urbanisme", "participation-citoyenne"],
        "summary": "Construire dans les jardins des tissus pavillonnaires existants, à l'initiative des propriétaires, pour produire des logements sans consommer de terres.",
        "body": [
            (
                "text",
                "La démarche BIMBY (« Build in my backyard ») s'appuie sur les projets des habitants : financer sa retraite, loger un enfant, vendre une partie de son terrain. La commune propose des entretiens gratuits avec un architecte et adapte son règlement d'urbanisme.\n\nBien accompagnée, la densification douce produit des logements à coût public quasi nul.",
            ),
            (
                "checklist",
                {
                    "title": "Mettre en place la démarche",
                    "items": [
                        "Repérer les grandes parcelles dans le bourg",
                        "Vérifier les capacités des réseaux",
                        "Organiser des permanences d'architectes",
                        "Ajuster le règlement (accès partagés, implantation)",
                        "Suivre les projets jusqu'au permis",
                    ],
                },
            ),
            (
                "regulation",
                [
                    _reg(
                        "Code de l'urbanisme, art. L. 101-2",
                        "Objectifs de l'action des collectivités en matière d'urbanisme",
                    ),
                    _reg(
                        "Loi n° 2021-1104 du 22 août 2021, art. 191",
                        "Objectif de réduction de l'artificialisation des sols",
                    ),
                ],
            ),
        ],
        "related": ["densification-bimby-cosse", "plui-econome-foncier-ernee"],
    },
    {
        "slug": "zero-artificialisation-nette",
        "title": "Comprendre le zéro artificialisation nette (ZAN)",
        "themes": ["urbanisme"],
        "summary": "Calendrier, notions et conséquences pour les documents d'urbanisme : ce que les élus doivent savoir sur le ZAN.",
        "body": [
            (
                "text",
                "La loi Climat et résilience fixe l'objectif d'absence d'artificialisation nette des sols en 2050, avec une première étape : diviser par deux la consommation d'espaces naturels, agricoles et forestiers entre 2021 et 2031 par rapport à la décennie précédente.\n\nL'objectif est décliné par le SRADDET, puis les SCoT et les PLU(i). La loi du 20 juillet 2023 a garanti à chaque commune une surface minimale d'un hectare.",
            ),
            (
                "regulation",
                [
                    _reg(
                        "Code de l'urbanisme, art. L. 101-2-1",
                        "Définition de l'artificialisation et objectif ZAN",
                    ),
                    _reg(
                        "Loi n° 2021-1104 du 22 août 2021, art. 191 et 194",
                        "Trajectoire de réduction de l'artificialisation",
                    ),
                    _reg(
                        "Loi n° 2023-630 du 20 juillet 2023",
                        "Mise en œuvre des objectifs de lutte contre l'artificialisation des sols",
                    ),
                ],
            ),
            (
                "key_figures",
                [
                    _fig("-50", "%", "consommation d'espaces 2021-2031"),
                    _fig("2050", "", "objectif de zéro artificialisation nette"),
                    _fig("1", "ha", "garantie minimale par commune"),
                ],
            ),
        ],
        "related": [
            "plui-econome-foncier-ernee",
            "reconversion-friche-centre-renaze",
            "ecoquartier-bonchamp",
        ],
    },
    {
        "slug": "compostage-en-etablissement",
        "title": "Composter les biodéchets en établissement (école, cantine, EHPAD)",
        "themes": ["dechets", "alimentation"],
        "summary": "Depuis 2024, le tri à la source des biodéchets est généralisé. Le compostage sur place est souvent la solution la plus simple pour un restaurant scolaire.",
        "body": [
            (
                "text",
                "Un restaurant scolaire de 150 repas produit 15 à 25 kg de biodéchets par jour. Trois bacs (apport, maturation, stockage de broyat) suffisent généralement.\n\nLa réussite repose sur la formation du personnel et l'implication des élèves, et sur un apport régulier de matière sèche (broyat).",
            ),
            (
                "checklist",
                {
                    "title": "Bonnes pratiques",
                    "items": [
                        "Réduire d'abord le gaspillage",
                        "Dimensionner les bacs selon le nombre de repas",
                        "Prévoir un stock de broyat",
                        "Former un agent référent",
                        "Organiser la gestion pendant les vacances",
                    ],
                },
            ),
            (
                "regulation",
                [
                    _reg(
                        "Loi n° 2020-105 du 10 février 2020 (AGEC)",
                        "Lutte contre le gaspillage et économie circulaire",
                    ),
                    _reg(
                        "Code de l'environnement, art. L. 541-21-1",
                        "Tri à la source des biodéchets",
                    ),
                ],
            ),
        ],
        "related": [
            "composteurs-ecoles-martigne",
            "lutte-gaspillage-cantine-change",
            "compostage-partage-laval",
        ],
    },
    {
        "slug": "reussir-une-concertation-citoyenne",
        "title": "Réussir une concertation citoyenne",
        "themes": ["participation-citoyenne", "demarches-globales"],
        "summary": "Définir le mandat, choisir les bons formats, rendre compte : les règles d'une concertation utile et crédible.",
        "body": [
            (
                "text",
                "Une concertation réussie commence par un mandat clair : ce qui est décidé, ce qui est ouvert, et comment l'avis des habitants sera pris en compte. Les formats varient selon l'objet : réunion publique, ateliers, diagnostic en marchant, vote.\n\nRendre compte des résultats, y compris de ce qui n'a pas été retenu, est indispensable pour la confiance.",
            ),
            (
                "checklist",
                {
                    "title": "Les étapes",
                    "items": [
                        "Écrire le mandat de la concertation",
                        "Identifier les publics, y compris les moins présents",
                        "Choisir des formats variés",
                        "Donner une information complète et lisible",
                        "Publier une synthèse et les décisions prises",
                    ],
                },
            ),
            (
                "regulation",
                [
                    _reg(
                        "Code général des collectivités territoriales, art. L. 2141-1",
                        "Droit des habitants à être informés et consultés",
                    ),
                    _reg(
                        "Code général des collectivités territoriales, art. L. 1112-15",
                        "Consultation des électeurs",
                    ),
                    _reg(
                        "Code de l'urbanisme, art. L. 103-2", "Concertation préalable en urbanisme"
                    ),
                ],
            ),
        ],
        "related": [
            "extinction-eclairage-concertation-entrammes",
            "budget-participatif-chateau-gontier",
            "agenda-21-renaze",
        ],
    },
    {
        "slug": "certificats-economies-energie",
        "title": "Valoriser ses travaux en certificats d'économies d'énergie (CEE)",
        "themes": ["energie", "batiments-publics"],
        "summary": "Isolation, chauffage, éclairage : de nombreux travaux ouvrent droit à des primes CEE, à condition de s'y prendre avant de signer les devis.",
        "body": [
            (
                "text",
                "Les fournisseurs d'énergie doivent financer des économies d'énergie ; ils rachètent les certificats correspondant aux travaux des collectivités. Les opérations standardisées sont décrites dans des fiches qui fixent le volume de certificats.\n\nLa règle d'or : l'engagement avec l'acheteur de CEE doit précéder la signature du devis. Le syndicat d'énergie peut regrouper les dossiers des petites communes.",
            ),
            (
                "checklist",
                {
                    "title": "Pour ne pas perdre de primes",
                    "items": [
                        "Identifier les fiches d'opérations standardisées concernées",
                        "Consulter plusieurs acheteurs ou passer par le syndicat d'énergie",
                        "Signer l'engagement avant le devis",
                        "Conserver factures et attestations sur l'honneur",
                        "Vérifier la qualification RGE des entreprises",
                    ],
                },
            ),
            (
                "regulation",
                [
                    _reg(
                        "Code de l'énergie, art. L. 221-1 et suivants",
                        "Dispositif des certificats d'économies d'énergie",
                    ),
                    _reg(
                        "Arrêté du 22 décembre 2014",
                        "Opérations standardisées d'économies d'énergie",
                    ),
                ],
            ),
        ],
        "related": [
            "led-eclairage-public-change",
            "reducteurs-debit-equipements-sportifs-saint-berthevin",
        ],
    },
]

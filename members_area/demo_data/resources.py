"""Reserved resources of the demo: the working documents the network shares with its members.

Each dict describes one resource and the text put inside its generated file (PDF, DOCX or ODT),
so that full-text search inside files can be tested. ``access`` says who is granted the view
permission: ``{"all_members": True}``, ``{"organisations": [slugs]}``,
``{"working_groups": [slugs]}``, ``{"users": [emails]}``, or several of these keys at once.

Fixtures that tests rely on:
- ``cdc-clause-insertion`` is the ONLY resource whose body mentions a "clause d'insertion"; it is
  granted to the restauration collective working group only.
- ``cr-copil-methaniseur-villaines-confidentiel`` (the only text with the word "méthaniseur") is
  granted to a single user, for leak tests.
- ``etude-renaze-diag-ecole``, ``cr-conseil-renaze-salle`` and ``note-renaze-ardoisieres`` are
  granted only to Renazé, the lapsed organisation: nobody but staff may open them now.
"""

RESOURCES = [
    {
        "slug": "cdc-moe-renovation-ecole-bais",
        "title": "Cahier des charges – maîtrise d'œuvre pour la rénovation énergétique de l'école de Bais",
        "kind": "cahier_des_charges",
        "themes": ["batiments-publics", "energie"],
        "commune": "53016",  # Bais
        "year": 2019,
        "description": (
            "Cahier des charges de la consultation de maîtrise d'œuvre lancée par Bais pour "
            "rénover son école publique (1962, 640 m²). Il fixe un objectif de réduction de 60 % "
            "des consommations et impose des matériaux biosourcés pour l'isolation."
        ),
        "body": (
            "COMMUNE DE BAIS – CAHIER DES CHARGES\n"
            "Consultation de maîtrise d'œuvre : rénovation énergétique de l'école publique\n"
            "Article 1 – Objet de la consultation\n"
            "La commune confie une mission de base (ESQ à AOR) pour la rénovation thermique de l'école construite en 1962.\n"
            "Article 2 – Objectifs de performance\n"
            "Réduction d'au moins 60 % de la consommation d'énergie finale par rapport à la moyenne 2016-2018.\n"
            "Niveau BBC Rénovation visé ; étanchéité à l'air mesurée avant réception.\n"
            "Article 3 – Matériaux\n"
            "Isolation des combles en ouate de cellulose ou fibre de bois ; menuiseries bois ou bois-aluminium.\n"
            "Article 4 – Contraintes du site\n"
            "Travaux réalisés pendant les vacances d'été ; maintien de la cantine en fonctionnement.\n"
            "Article 5 – Enveloppe financière prévisionnelle\n"
            "420 000 € HT de travaux, hors aides de la DSIL et du Département."
        ),
        "file_format": "docx",
        "access": {"all_members": True},
        "event": None,
    },
    {
        "slug": "cr-visite-chaufferie-bois-villaines",
        "title": "Compte rendu de la visite de la chaufferie bois de Villaines-la-Juhel",
        "kind": "compte_rendu",
        "themes": ["energie"],
        "commune": "53271",  # Villaines-la-Juhel
        "year": 2014,
        "description": (
            "Compte rendu de la visite organisée avec la commune de Villaines-la-Juhel : "
            "chaudière à plaquettes de 400 kW, réseau de chaleur de 1,2 km desservant la piscine,"
            " le collège et la maison de retraite."
        ),
        "body": (
            "Réseau des collectivités mayennaises – Compte rendu de visite\n"
            "Lieu : chaufferie bois de Villaines-la-Juhel – 18 participants, 11 communes représentées\n"
            "1. Présentation du projet par le maire\n"
            "Chaudière plaquettes de 400 kW mise en service en 2009, appoint fioul conservé.\n"
            "Réseau de chaleur de 1,2 km : piscine, collège, EHPAD, salle omnisports.\n"
            "2. Approvisionnement\n"
            "Plaquettes bocagères fournies par la SCIC Mayenne Bois Énergie, environ 650 tonnes par an.\n"
            "Humidité contractuelle inférieure à 30 %.\n"
            "3. Retour d'expérience\n"
            "Taux de couverture bois de 88 % ; coût du MWh inférieur de 35 % au fioul.\n"
            "Points de vigilance : dimensionnement du silo, contrat d'entretien, suivi des cendres.\n"
            "4. Suites\n"
            "Fiche expérience à rédiger ; contact proposé aux communes intéressées."
        ),
        "file_format": "pdf",
        "access": {"all_members": True},
        "event": "Visite de la chaufferie bois et du réseau de chaleur de Villaines-la-Juhel",
    },
    {
        "slug": "pres-decret-tertiaire-2022",
        "title": "Présentation – réunion d'information sur le décret tertiaire",
        "kind": "presentation",
        "themes": ["batiments-publics", "energie"],
        "commune": None,
        "year": 2022,
        "description": (
            "Diaporama de la réunion d'information sur le dispositif éco-énergie tertiaire : "
            "bâtiments concernés, objectifs de réduction, déclaration sur la plateforme OPERAT et"
            " premières actions à engager."
        ),
        "body": (
            "Réunion d'information – Le décret tertiaire dans les communes\n"
            "Diapositive 1 – Quels bâtiments sont concernés ?\n"
            "Bâtiments ou ensembles de bâtiments à usage tertiaire de plus de 1 000 m² : mairies, écoles, gymnases.\n"
            "Diapositive 2 – Les objectifs\n"
            "-40 % en 2030, -50 % en 2040, -60 % en 2050 par rapport à une année de référence choisie depuis 2010.\n"
            "Diapositive 3 – La plateforme OPERAT\n"
            "Déclaration annuelle des consommations avant le 30 septembre ; identifiant du bâtiment à créer.\n"
            "Diapositive 4 – Par où commencer ?\n"
            "Inventaire des surfaces, collecte des factures, désignation d'un référent énergie.\n"
            "Diapositive 5 – Les appuis mobilisables\n"
            "Conseil en énergie partagé, programme ACTEE, fonds vert."
        ),
        "file_format": "pdf",
        "access": {"all_members": True},
        "event": "Réunion d'information sur le décret tertiaire",
    },
    {
        "slug": "dt-pv-toiture-gymnase-change",
        "title": "Dossier technique – centrale photovoltaïque sur la toiture du gymnase de Changé",
        "kind": "dossier_technique",
        "themes": ["energie"],
        "commune": "53054",  # Changé
        "year": 2021,
        "description": (
            "Dossier technique de la centrale de 100 kWc posée sur le gymnase communal de Changé "
            "en autoconsommation collective : étude de structure, choix des modules, montage "
            "financier et production mesurée la première année."
        ),
        "body": (
            "Commune de Changé – Dossier technique\n"
            "Centrale photovoltaïque de 100 kWc – gymnase des Grands Prés\n"
            "1. Étude de structure\n"
            "Charpente métallique vérifiée par un bureau de contrôle ; surcharge admissible de 15 kg/m².\n"
            "2. Équipement\n"
            "250 modules de 400 Wc, 2 onduleurs triphasés, supervision à distance.\n"
            "3. Mode de valorisation\n"
            "Autoconsommation collective avec la mairie, l'école et les ateliers municipaux dans un rayon de 2 km.\n"
            "4. Financement\n"
            "Coût : 118 000 € HT ; aide régionale de 20 % ; temps de retour estimé à 11 ans.\n"
            "5. Production de la première année\n"
            "112 MWh produits, 71 % autoconsommés par les bâtiments communaux."
        ),
        "file_format": "pdf",
        "access": {"working_groups": ["groupe-energie"]},
        "event": None,
    },
    {
        "slug": "modele-delib-extinction-eclairage",
        "title": "Modèle de délibération – extinction partielle de l'éclairage public",
        "kind": "deliberation",
        "themes": ["eclairage-public"],
        "commune": None,
        "year": 2016,
        "description": (
            "Modèle de délibération pour décider l'extinction de l'éclairage public en milieu de "
            "nuit, avec les considérants sur les économies d'énergie, la biodiversité nocturne et"
            " l'information des habitants."
        ),
        "body": (
            "DÉLIBÉRATION DU CONSEIL MUNICIPAL\n"
            "Objet : extinction partielle de l'éclairage public\n"
            "Le conseil municipal,\n"
            "Vu le code général des collectivités territoriales, notamment son article L. 2212-2 ;\n"
            "Considérant que l'éclairage public représente une part importante de la facture d'électricité de la commune ;\n"
            "Considérant que l'éclairage nocturne perturbe la faune et la flore ;\n"
            "Après en avoir délibéré, DÉCIDE :\n"
            "Article 1 : l'éclairage public sera interrompu de 23 h à 5 h 30 sur l'ensemble du territoire communal, sauf dans les secteurs listés en annexe.\n"
            "Article 2 : les horloges astronomiques des armoires de commande seront réglées en conséquence.\n"
            "Article 3 : la population sera informée par le bulletin municipal et par affichage aux entrées de bourg.\n"
            "Article 4 : le maire est chargé de prendre l'arrêté de police correspondant."
        ),
        "file_format": "docx",
        "access": {"all_members": True},
        "event": None,
    },
    {
        "slug": "bilan-extinction-nocturne-evron",
        "title": "Bilan de deux ans d'extinction nocturne à Évron",
        "kind": "etude",
        "themes": ["eclairage-public", "biodiversite"],
        "commune": "53097",  # Évron
        "year": 2019,
        "description": (
            "Bilan chiffré de l'extinction de l'éclairage public entre minuit et 5 heures à Évron"
            " : économies réalisées, avis des habitants recueilli par questionnaire et absence "
            "d'effet constaté sur les cambriolages."
        ),
        "body": (
            "Ville d'Évron – Bilan de l'extinction nocturne (2017-2019)\n"
            "Contexte : 1 450 points lumineux, extinction de minuit à 5 h depuis octobre 2017.\n"
            "Consommation : de 612 MWh à 398 MWh par an, soit 35 % d'économie.\n"
            "Dépense : 41 000 € économisés en deux ans malgré la hausse des tarifs.\n"
            "Sécurité : la gendarmerie ne relève aucune hausse des faits de délinquance nocturne.\n"
            "Habitants : 312 réponses au questionnaire, 74 % favorables au maintien.\n"
            "Biodiversité : observation de chiroptères en hausse le long de la Jouanne (suivi du CPIE).\n"
            "Recommandations : commencer par un essai de six mois et informer avant de couper."
        ),
        "file_format": "pdf",
        "access": {"all_members": True},
        "event": None,
    },
    {
        "slug": "cctp-renovation-eclairage-led-argentre",
        "title": "CCTP – rénovation de l'éclairage public en LED avec abaissement de puissance",
        "kind": "cahier_des_charges",
        "themes": ["eclairage-public"],
        "commune": "53007",  # Argentré
        "year": 2020,
        "description": (
            "Cahier des clauses techniques particulières du marché de remplacement de 210 "
            "lanternes à sodium par des luminaires LED bridés, avec température de couleur chaude"
            " et abaissement de puissance programmé."
        ),
        "body": (
            "Commune d'Argentré – CCTP\n"
            "Marché de travaux : rénovation de l'éclairage public\n"
            "Article 1 – Consistance des travaux\n"
            "Dépose de 210 lanternes à vapeur de sodium haute pression et pose de luminaires LED.\n"
            "Article 2 – Caractéristiques des luminaires\n"
            "Température de couleur de 2 700 K au plus ; ULR inférieur à 1 % ; indice de protection IP66.\n"
            "Article 3 – Gestion de l'éclairage\n"
            "Abaissement de 50 % de la puissance de 22 h à 6 h par programmation intégrée.\n"
            "Article 4 – Recyclage\n"
            "Les lanternes déposées sont remises à une filière agréée ; bordereau de suivi exigé.\n"
            "Article 5 – Garanties\n"
            "Garantie de 10 ans sur le driver et les modules LED."
        ),
        "file_format": "pdf",
        "access": {"all_members": True},
        "event": None,
    },
    {
        "slug": "cr-groupe-energie-2023-03",
        "title": "Compte rendu du groupe énergie – mars 2023",
        "kind": "compte_rendu",
        "themes": ["energie", "batiments-publics"],
        "commune": None,
        "year": 2023,
        "description": (
            "Compte rendu de la réunion du groupe énergie consacrée à la flambée des prix de "
            "l'électricité : renégociation des contrats, bouclier tarifaire et plan de sobriété "
            "pour l'hiver suivant."
        ),
        "body": (
            "Groupe énergie – Réunion du 14 mars 2023 à Changé\n"
            "Présents : 14 membres, 9 collectivités\n"
            "1. Tour de table des factures\n"
            "Hausses de 80 % à 220 % selon la date de fin des contrats ; les communes en tarif réglementé sont épargnées.\n"
            "2. Amortisseur et bouclier tarifaire\n"
            "Vérifier l'attestation d'éligibilité transmise au fournisseur ; modèle d'attestation partagé.\n"
            "3. Plan de sobriété\n"
            "Chauffage des salles communales à 19 °C, gymnases à 14 °C, coupure de l'eau chaude sanitaire dans les vestiaires.\n"
            "4. Achats groupés\n"
            "Intérêt pour le groupement de commandes du syndicat d'énergie ; calendrier à vérifier.\n"
            "Prochaine réunion : juin 2023, visite de la chaufferie de Bais."
        ),
        "file_format": "pdf",
        "access": {"working_groups": ["groupe-energie"]},
        "event": None,
    },
    {
        "slug": "guide-suivi-consommations",
        "title": "Guide – suivre les consommations d'énergie de son patrimoine communal",
        "kind": "guide",
        "themes": ["energie", "batiments-publics"],
        "commune": None,
        "year": 2015,
        "description": (
            "Guide pratique rédigé avec les conseillers en énergie partagé pour tenir un tableau "
            "de bord des consommations : relevés mensuels, ratios au mètre carré et repérage des "
            "dérives."
        ),
        "body": (
            "Guide pratique – Suivre les consommations d'énergie du patrimoine communal\n"
            "1. Recenser les bâtiments et les compteurs\n"
            "Un tableau par bâtiment : surface chauffée, énergie, numéro de point de livraison.\n"
            "2. Relever chaque mois\n"
            "Un agent référent relève les index le premier lundi du mois.\n"
            "3. Calculer des ratios\n"
            "kWh par m² et par an, corrigés de la rigueur climatique (degrés-jours unifiés).\n"
            "4. Repérer les dérives\n"
            "Une hausse de plus de 10 % sans explication doit déclencher une visite.\n"
            "5. Partager les résultats\n"
            "Une présentation annuelle en conseil municipal entretient la mobilisation."
        ),
        "file_format": "pdf",
        "access": {"all_members": True},
        "event": None,
    },
    {
        "slug": "etude-reseau-chaleur-bais",
        "title": "Étude de faisabilité – réseau de chaleur bois du bourg de Bais",
        "kind": "etude",
        "themes": ["energie"],
        "commune": "53016",  # Bais
        "year": 2017,
        "description": (
            "Étude d'opportunité et de faisabilité d'une chaufferie bois desservant la mairie, "
            "l'école, la salle des fêtes et une résidence de logements sociaux du bourg de Bais."
        ),
        "body": (
            "Étude de faisabilité – Réseau de chaleur bois du bourg de Bais\n"
            "Bâtiments étudiés : mairie, école, salle des fêtes, résidence Mayenne Habitat (12 logements).\n"
            "Besoins : 540 MWh utiles par an ; puissance appelée de 320 kW.\n"
            "Scénario retenu : chaudière plaquettes de 200 kW avec appoint gaz, réseau de 480 mètres.\n"
            "Investissement : 690 000 € HT ; aides possibles du Fonds chaleur à hauteur de 45 %.\n"
            "Prix de revient de la chaleur : 92 €/MWh contre 118 €/MWh en solution gaz.\n"
            "Émissions évitées : 110 tonnes de CO2 par an.\n"
            "Conclusion : projet pertinent sous réserve d'un engagement du bailleur social."
        ),
        "file_format": "pdf",
        "access": {"organisations": ["bais", "coevrons"]},
        "event": None,
    },
    {
        "slug": "cr-visite-chaufferie-bais-2023",
        "title": "Compte rendu de la visite de la chaufferie bois de Bais",
        "kind": "compte_rendu",
        "themes": ["energie"],
        "commune": "53016",  # Bais
        "year": 2023,
        "description": (
            "Retour sur la visite de la chaufferie bois de Bais mise en service en 2020 : bilan "
            "de trois saisons de chauffe, organisation de l'approvisionnement local et coût réel "
            "de la chaleur."
        ),
        "body": (
            "Compte rendu – Visite de la chaufferie bois de Bais (22 juin 2023)\n"
            "Accueil par Jean-Claude Gaudin, maire, et par l'agent chargé de la chaufferie.\n"
            "Installation : chaudière de 200 kW, silo de 90 m³, réseau de 480 m.\n"
            "Trois saisons de chauffe : 93 % de la chaleur fournie par le bois.\n"
            "Approvisionnement : bois de haies des exploitations situées à moins de 20 km.\n"
            "Exploitation : 2 heures par semaine pour l'agent communal, contrat de maintenance annuel.\n"
            "Coût de la chaleur : 86 €/MWh en 2022, à comparer aux 190 €/MWh payés en gaz par une commune voisine.\n"
            "Questions des participants : ramonage, stockage des cendres, assurance du silo."
        ),
        "file_format": "pdf",
        "access": {"all_members": True},
        "event": "Visite de la chaufferie bois de Bais",
    },
    {
        "slug": "modele-delib-adhesion-cep",
        "title": "Modèle de délibération – adhésion au service de conseil en énergie partagé",
        "kind": "deliberation",
        "themes": ["energie"],
        "commune": None,
        "year": 2013,
        "description": (
            "Modèle de délibération pour adhérer au service de conseil en énergie partagé proposé"
            " aux communes de moins de 10 000 habitants, avec la convention et la cotisation par "
            "habitant."
        ),
        "body": (
            "DÉLIBÉRATION DU CONSEIL MUNICIPAL\n"
            "Objet : adhésion au service de conseil en énergie partagé\n"
            "Le conseil municipal,\n"
            "Considérant l'intérêt d'un suivi régulier des consommations d'énergie du patrimoine communal ;\n"
            "Considérant que le service de conseil en énergie partagé met à disposition un conseiller pour les communes de moins de 10 000 habitants ;\n"
            "Après en avoir délibéré, le conseil municipal :\n"
            "– décide d'adhérer au service pour une durée de trois ans ;\n"
            "– accepte une cotisation annuelle de 0,60 € par habitant ;\n"
            "– désigne un élu référent énergie et un agent référent ;\n"
            "– autorise le maire à signer la convention d'adhésion."
        ),
        "file_format": "docx",
        "access": {"all_members": True},
        "event": None,
    },
    {
        "slug": "note-appui-factures-bais",
        "title": "Note d'appui – analyse des factures d'énergie de la mairie de Bais",
        "kind": "etude",
        "themes": ["energie", "batiments-publics"],
        "commune": "53016",  # Bais
        "year": 2024,
        "description": (
            "Note rédigée par l'animatrice du Réseau à la demande de l'adjointe aux bâtiments de "
            "Bais : lecture des factures d'électricité, puissance souscrite surdimensionnée et "
            "économies possibles."
        ),
        "body": (
            "Note d'appui individuel – Mairie de Bais\n"
            "Demande : comprendre la hausse de la facture d'électricité de la mairie et de la salle annexe.\n"
            "Constat 1 : puissance souscrite de 36 kVA alors que la puissance maximale atteinte est de 18 kVA.\n"
            "Constat 2 : deux convecteurs de la salle annexe restent en marche le week-end.\n"
            "Constat 3 : l'option tarifaire heures creuses n'est pas adaptée aux horaires d'ouverture.\n"
            "Préconisations : abaisser la puissance à 24 kVA, installer une programmation centralisée.\n"
            "Économie estimée : 1 900 € par an pour un investissement inférieur à 800 €."
        ),
        "file_format": "pdf",
        "access": {"users": ["martine.lebreton@bais.exemple.fr"]},
        "event": None,
    },
    {
        "slug": "dt-isolation-salle-fetes-gorron",
        "title": "Dossier technique – isolation en paille de la salle des fêtes de Gorron",
        "kind": "dossier_technique",
        "themes": ["batiments-publics"],
        "commune": "53107",  # Gorron
        "year": 2018,
        "description": (
            "Dossier technique de l'extension de la salle des fêtes de Gorron en ossature bois "
            "isolée en bottes de paille : détails constructifs, règles professionnelles et coûts "
            "comparés."
        ),
        "body": (
            "Dossier technique – Extension de la salle des fêtes de Gorron\n"
            "Système constructif : ossature bois et caissons remplis de bottes de paille de 36 cm.\n"
            "Référentiel : règles professionnelles de construction en paille (CP 2012).\n"
            "Approvisionnement : paille de blé produite sur la commune, 420 bottes.\n"
            "Performance : paroi de résistance thermique R = 7,1 m².K/W.\n"
            "Enduits : terre à l'intérieur, chaux à l'extérieur.\n"
            "Coût : 1 650 € HT/m², comparable à une ossature bois isolée en laine minérale.\n"
            "Chantier participatif : une journée de pose ouverte aux habitants."
        ),
        "file_format": "pdf",
        "access": {"all_members": True},
        "event": None,
    },
    {
        "slug": "cdc-audit-energetique-patrimoine",
        "title": "Cahier des charges – audit énergétique du patrimoine bâti communal",
        "kind": "cahier_des_charges",
        "themes": ["batiments-publics", "energie"],
        "commune": None,
        "year": 2018,
        "description": (
            "Cahier des charges type pour faire réaliser l'audit énergétique de l'ensemble des "
            "bâtiments d'une commune, avec un programme pluriannuel de travaux hiérarchisé."
        ),
        "body": (
            "CAHIER DES CHARGES TYPE – AUDIT ÉNERGÉTIQUE DU PATRIMOINE COMMUNAL\n"
            "Article 1 – Objet\n"
            "Audit énergétique de tous les bâtiments communaux chauffés et proposition d'un programme de travaux.\n"
            "Article 2 – Contenu de la mission\n"
            "État des lieux du bâti et des équipements ; bilan des consommations sur trois ans ; scénarios chiffrés.\n"
            "Article 3 – Livrables\n"
            "Un rapport par bâtiment ; une synthèse classant les actions par temps de retour.\n"
            "Article 4 – Compétences exigées\n"
            "Qualification OPQIBI 1905 ou équivalent.\n"
            "Article 5 – Restitution\n"
            "Présentation en commission et en conseil municipal."
        ),
        "file_format": "docx",
        "access": {"all_members": True},
        "event": None,
    },
    {
        "slug": "pres-fonds-vert-renovation",
        "title": "Présentation – financer la rénovation des bâtiments publics avec le fonds vert",
        "kind": "presentation",
        "themes": ["batiments-publics"],
        "commune": None,
        "year": 2024,
        "description": (
            "Support de la matinée d'information animée avec la préfecture sur le fonds vert, la "
            "DSIL et les aides du Département pour la rénovation énergétique des bâtiments "
            "communaux."
        ),
        "body": (
            "Financer la rénovation énergétique des bâtiments publics\n"
            "1. Fonds vert : axe performance environnementale, gain minimal de 40 % exigé.\n"
            "2. DSIL rénovation énergétique : dépôt des dossiers avant le 31 janvier.\n"
            "3. Aides du Département de la Mayenne : contrat de territoire.\n"
            "4. Cumul des aides : plafond de 80 % d'aides publiques.\n"
            "5. Pièces à préparer : audit, estimation détaillée, délibération, plan de financement.\n"
            "6. Témoignage : rénovation de la mairie de Louverné financée à 62 %."
        ),
        "file_format": "pdf",
        "access": {"all_members": True},
        "event": "Matinée d'information sur les financements de la rénovation énergétique",
    },
    {
        "slug": "dt-chaudiere-granules-mairie-javron",
        "title": "Dossier technique – chaudière à granulés de la mairie et de l'école de Javron-les-Chapelles",
        "kind": "dossier_technique",
        "themes": ["energie", "batiments-publics"],
        "commune": "53121",  # Javron-les-Chapelles
        "year": 2024,
        "description": (
            "Dossier de consultation du remplacement de la chaudière fioul commune à la mairie et"
            " à l'école de Javron-les-Chapelles par une chaudière à granulés de 80 kW."
        ),
        "body": (
            "Commune de Javron-les-Chapelles – Dossier technique\n"
            "Remplacement de la chaudière fioul de la mairie et de l'école\n"
            "Existant : chaudière fioul de 1994, 110 kW, 14 000 litres de fioul par an.\n"
            "Projet : chaudière à granulés de 80 kW avec ballon tampon de 1 500 litres.\n"
            "Silo textile de 12 tonnes dans l'ancienne cuve déposée.\n"
            "Régulation par loi d'eau et programmation horaire par zone.\n"
            "Coût estimé : 96 000 € HT. Subventions sollicitées : fonds chaleur, DETR.\n"
            "Calendrier : travaux en juillet-août 2024."
        ),
        "file_format": "pdf",
        "access": {"organisations": ["javron-les-chapelles"]},
        "event": None,
    },
    {
        "slug": "cr-visite-ecole-passive-louverne",
        "title": "Compte rendu de la visite du groupe scolaire passif de Louverné",
        "kind": "compte_rendu",
        "themes": ["batiments-publics", "energie"],
        "commune": "53140",  # Louverné
        "year": 2016,
        "description": (
            "Visite du groupe scolaire construit selon le standard passif : enveloppe, "
            "ventilation double flux, confort d'été et retour des enseignants après deux années "
            "de fonctionnement."
        ),
        "body": (
            "Compte rendu – Visite du groupe scolaire de Louverné\n"
            "Bâtiment de 2 100 m² livré en 2014, certifié Passivhaus.\n"
            "Besoin de chauffage : 14 kWh/m²/an ; chauffage d'appoint par batterie sur la ventilation.\n"
            "Ventilation double flux avec récupérateur de chaleur de 85 % de rendement.\n"
            "Confort d'été : brise-soleil orientables et surventilation nocturne.\n"
            "Avis des enseignants : air sain, acoustique satisfaisante, besoin d'apprendre l'usage des stores.\n"
            "Surcoût de construction estimé à 8 % par la maîtrise d'œuvre."
        ),
        "file_format": "pdf",
        "access": {"all_members": True},
        "event": "Visite du groupe scolaire de Louverné",
    },
    {
        "slug": "etude-thermographie-lassay",
        "title": "Étude – thermographie aérienne et de façade du centre-bourg de Lassay-les-Châteaux",
        "kind": "etude",
        "themes": ["energie", "batiments-publics"],
        "commune": "53127",  # Lassay-les-Châteaux
        "year": 2015,
        "description": (
            "Restitution de la campagne de thermographie infrarouge réalisée sur les bâtiments "
            "communaux et les façades du centre-bourg, utilisée ensuite pour sensibiliser les "
            "propriétaires."
        ),
        "body": (
            "Lassay-les-Châteaux – Campagne de thermographie (février 2015)\n"
            "Périmètre : 6 bâtiments communaux, 140 façades du centre-bourg.\n"
            "Conditions : écart de température intérieur-extérieur supérieur à 15 °C, nuit sans vent.\n"
            "Principaux défauts : combles non isolés de la mairie, ponts thermiques des logements communaux.\n"
            "Réunion publique : 65 habitants, permanences de l'espace conseil France Rénov'.\n"
            "Suites : isolation des combles de la mairie en 2016."
        ),
        "file_format": "pdf",
        "access": {"organisations": ["lassay-les-chateaux"]},
        "event": None,
    },
    {
        "slug": "guide-sobriete-energetique",
        "title": "Guide – plan de sobriété énergétique des communes",
        "kind": "guide",
        "themes": ["energie"],
        "commune": None,
        "year": 2022,
        "description": (
            "Guide rédigé à l'automne 2022 pour aider les communes à bâtir leur plan de sobriété "
            ": consignes de température, horaires d'occupation, éclairage et communication auprès"
            " des associations."
        ),
        "body": (
            "Plan de sobriété énergétique – guide pour les communes adhérentes\n"
            "1. Températures de consigne : 19 °C dans les bureaux, 16 °C dans les locaux peu occupés, 14 °C dans les gymnases.\n"
            "2. Réduire les plages de chauffe : programmer selon le planning réel des salles.\n"
            "3. Eau chaude sanitaire : couper dans les bâtiments où elle n'est pas nécessaire.\n"
            "4. Éclairage public : extinction nocturne, décalage de l'allumage des illuminations de Noël.\n"
            "5. Associations : charte d'utilisation des salles, affichage des bons gestes.\n"
            "6. Suivi : relevé hebdomadaire des compteurs pendant l'hiver."
        ),
        "file_format": "pdf",
        "access": {"all_members": True},
        "event": None,
    },
    {
        "slug": "cdc-groupement-achat-electricite",
        "title": "Cahier des charges – groupement de commandes pour la fourniture d'électricité",
        "kind": "cahier_des_charges",
        "themes": ["energie"],
        "commune": None,
        "year": 2015,
        "description": (
            "Pièces techniques du groupement de commandes d'électricité coordonné par le syndicat"
            " départemental pour les communes sorties des tarifs réglementés, avec option "
            "d'électricité d'origine renouvelable."
        ),
        "body": (
            "Groupement de commandes – Fourniture d'électricité\n"
            "Article 1 – Membres du groupement : communes et EPCI ayant adhéré par délibération.\n"
            "Article 2 – Lots : lot 1 sites de plus de 36 kVA ; lot 2 sites de 36 kVA et moins ; lot 3 éclairage public.\n"
            "Article 3 – Prix : prix fixe sur la durée du marché pour la part énergie.\n"
            "Article 4 – Électricité renouvelable : option à 50 % ou 100 % avec garanties d'origine françaises.\n"
            "Article 5 – Facturation : facture regroupée mensuelle et export des données de consommation.\n"
            "Article 6 – Durée : deux ans à compter du 1er janvier 2016."
        ),
        "file_format": "pdf",
        "access": {"working_groups": ["groupe-energie"]},
        "event": None,
    },
    {
        "slug": "pres-photovoltaique-toitures-publiques",
        "title": "Présentation – le photovoltaïque sur les toitures publiques",
        "kind": "presentation",
        "themes": ["energie"],
        "commune": None,
        "year": 2020,
        "description": (
            "Support de la rencontre consacrée aux projets photovoltaïques communaux : vente "
            "totale, autoconsommation individuelle ou collective, rôle des sociétés citoyennes."
        ),
        "body": (
            "Produire de l'électricité sur les toitures communales\n"
            "1. Le potentiel : cadastre solaire du département, toitures orientées sud-est à sud-ouest.\n"
            "2. Les modèles : vente totale, autoconsommation avec vente du surplus, autoconsommation collective.\n"
            "3. Les vérifications préalables : état de la couverture, présence d'amiante, capacité de la charpente.\n"
            "4. Le portage : régie communale, location de toiture, société citoyenne.\n"
            "5. Témoignages : gymnase de Changé, ateliers de Saint-Berthevin."
        ),
        "file_format": "pdf",
        "access": {"all_members": True},
        "event": "Rencontre « Produire de l'électricité sur les bâtiments communaux »",
    },
    {
        "slug": "cr-copil-pcaet-laval-agglo",
        "title": "Compte rendu du comité de pilotage du PCAET de Laval Agglomération",
        "kind": "compte_rendu",
        "themes": ["energie", "demarches-globales"],
        "commune": "53130",  # Laval
        "year": 2019,
        "description": (
            "Relevé de décisions du comité de pilotage du plan climat-air-énergie territorial : "
            "validation du diagnostic, choix de la stratégie énergétique et organisation de la "
            "concertation avec les communes."
        ),
        "body": (
            "Laval Agglomération – Comité de pilotage du PCAET\n"
            "Ordre du jour : validation du diagnostic territorial et de la stratégie.\n"
            "Diagnostic : consommation de 3 900 GWh par an, dont 34 % pour le transport.\n"
            "Stratégie : réduction de 40 % des consommations en 2050, production renouvelable multipliée par quatre.\n"
            "Concertation : ateliers dans quatre communes, plateforme en ligne.\n"
            "Décision : le programme d'actions sera présenté en conseil communautaire de décembre."
        ),
        "file_format": "pdf",
        "access": {"organisations": ["laval-agglomeration"]},
        "event": None,
    },
    {
        "slug": "dt-gtb-ecoles-cg",
        "title": "Dossier technique – gestion technique centralisée des écoles de Château-Gontier-sur-Mayenne",
        "kind": "dossier_technique",
        "themes": ["batiments-publics", "energie"],
        "commune": "53062",  # Château-Gontier-sur-Mayenne
        "year": 2023,
        "description": (
            "Dossier de l'installation d'une gestion technique centralisée dans six écoles pour "
            "piloter le chauffage salle par salle selon les emplois du temps."
        ),
        "body": (
            "Château-Gontier-sur-Mayenne – Gestion technique centralisée des écoles\n"
            "Périmètre : 6 écoles, 74 salles, 11 chaufferies.\n"
            "Équipements : têtes thermostatiques connectées, sondes de température et de CO2.\n"
            "Pilotage : planning d'occupation saisi par l'économe de flux ; réduit automatique pendant les vacances.\n"
            "Obligation : décret BACS applicable aux systèmes de plus de 290 kW.\n"
            "Résultats attendus : 18 % d'économie de chauffage.\n"
            "Coût : 148 000 € HT, certificats d'économies d'énergie valorisés."
        ),
        "file_format": "pdf",
        "access": {"working_groups": ["groupe-energie"]},
        "event": None,
    },
    {
        "slug": "note-appui-decret-tertiaire-stb",
        "title": "Note d'appui – déclaration OPERAT des bâtiments de Saint-Berthevin",
        "kind": "etude",
        "themes": ["batiments-publics"],
        "commune": "53201",  # Saint-Berthevin
        "year": 2023,
        "description": (
            "Note de travail préparée pour le responsable bâtiments de Saint-Berthevin : liste "
            "des bâtiments assujettis au décret tertiaire, choix de l'année de référence et "
            "données à saisir."
        ),
        "body": (
            "Note d'appui individuel – Saint-Berthevin\n"
            "Bâtiments assujettis : hôtel de ville, espace culturel, complexe sportif, groupe scolaire Pierre et Marie Curie.\n"
            "Année de référence proposée : 2019 pour trois sites, 2012 pour le complexe sportif.\n"
            "Données à saisir : surfaces, activités, consommations par énergie.\n"
            "Point de vigilance : la médiathèque partage un compteur avec l'espace culturel.\n"
            "Calendrier : création des comptes avant le 15 juin ; saisie avant le 30 septembre."
        ),
        "file_format": "pdf",
        "access": {"users": ["cedric.baudry@saint-berthevin.exemple.fr"]},
        "event": None,
    },
    {
        "slug": "cdc-eclairage-terrain-football",
        "title": "Cahier des charges – éclairage LED du terrain de football de Cossé-le-Vivien",
        "kind": "cahier_des_charges",
        "themes": ["eclairage-public"],
        "commune": "53077",  # Cossé-le-Vivien
        "year": 2022,
        "description": (
            "Cahier des charges pour remplacer les projecteurs aux iodures métalliques du stade "
            "par des projecteurs LED à allumage instantané, avec gestion par badge pour les "
            "clubs."
        ),
        "body": (
            "Commune de Cossé-le-Vivien – Éclairage du terrain d'honneur\n"
            "Article 1 – Objet : remplacement de 16 projecteurs de 2 000 W par des projecteurs LED.\n"
            "Article 2 – Niveau d'éclairement : classement E5 de la Fédération française de football.\n"
            "Article 3 – Gestion : commande par badge nominatif, coupure automatique à 22 h 30.\n"
            "Article 4 – Nuisances : limiter la lumière intrusive vers les habitations voisines.\n"
            "Article 5 – Réutilisation : les mâts existants sont conservés après contrôle."
        ),
        "file_format": "pdf",
        "access": {"organisations": ["cosse-le-vivien"]},
        "event": None,
    },
    {
        "slug": "pres-renovation-energetique-logements-communaux",
        "title": "Présentation – rénover les logements communaux",
        "kind": "presentation",
        "themes": ["batiments-publics"],
        "commune": None,
        "year": 2017,
        "description": (
            "Support d'intervention sur la rénovation des logements locatifs communaux : "
            "diagnostics, aides mobilisables, conventionnement et impact sur les loyers."
        ),
        "body": (
            "Rénover les logements communaux\n"
            "1. Le parc des communes rurales : logements au-dessus des écoles et anciens presbytères.\n"
            "2. Diagnostic de performance énergétique et interdiction de location des logements classés G.\n"
            "3. Aides : Anah pour les collectivités, éco-prêt de la Banque des Territoires.\n"
            "4. Exemple : quatre logements rénovés à Chailland, étiquette passée de F à C.\n"
            "5. Conséquences pour les locataires : baisse des charges, chantier en site occupé."
        ),
        "file_format": "pdf",
        "access": {"all_members": True},
        "event": None,
    },
    {
        "slug": "cr-atelier-ecogestes-agents",
        "title": "Compte rendu – atelier écogestes pour les agents communaux",
        "kind": "compte_rendu",
        "themes": ["energie"],
        "commune": "53152",  # Meslay-du-Maine
        "year": 2019,
        "description": (
            "Compte rendu de l'atelier de sensibilisation des agents d'entretien et des "
            "secrétaires de mairie aux économies d'énergie et d'eau dans les bâtiments communaux."
        ),
        "body": (
            "Atelier écogestes – Meslay-du-Maine\n"
            "Public : 16 agents de 5 communes (entretien, secrétariat, services techniques).\n"
            "Séquence 1 : lire un compteur et repérer une fuite.\n"
            "Séquence 2 : programmer un thermostat et régler les robinets thermostatiques.\n"
            "Séquence 3 : éclairage et veilles des équipements informatiques.\n"
            "Outils remis : fiches réflexes plastifiées à afficher dans les locaux techniques."
        ),
        "file_format": "odt",
        "access": {"all_members": True},
        "event": None,
    },
    {
        "slug": "etude-potentiel-solaire-coevrons",
        "title": "Étude – potentiel solaire des bâtiments intercommunaux des Coëvrons",
        "kind": "etude",
        "themes": ["energie"],
        "commune": None,
        "year": 2021,
        "description": (
            "Étude du potentiel photovoltaïque de 24 bâtiments de la communauté de communes des "
            "Coëvrons et des principales communes, avec un classement des toitures prioritaires."
        ),
        "body": (
            "Communauté de communes des Coëvrons – Potentiel solaire du patrimoine\n"
            "Périmètre : 24 toitures, 18 400 m².\n"
            "Méthode : analyse du cadastre solaire, visites de 11 sites, contrôle des charpentes.\n"
            "Potentiel : 1,9 MWc, soit 2 100 MWh par an.\n"
            "Priorités : centre aquatique, déchèterie d'Évron, ateliers techniques.\n"
            "Montage proposé : société d'économie mixte avec participation citoyenne."
        ),
        "file_format": "pdf",
        "access": {"organisations": ["coevrons"]},
        "event": None,
    },
    {
        "slug": "modele-delib-horaires-eclairage",
        "title": "Modèle d'arrêté municipal – horaires de fonctionnement de l'éclairage public",
        "kind": "deliberation",
        "themes": ["eclairage-public"],
        "commune": None,
        "year": 2016,
        "description": (
            "Modèle d'arrêté du maire fixant les horaires de l'éclairage public, qui complète la "
            "délibération de principe sur l'extinction nocturne."
        ),
        "body": (
            "ARRÊTÉ MUNICIPAL\n"
            "Objet : horaires de fonctionnement de l'éclairage public\n"
            "Le maire,\n"
            "Vu le code général des collectivités territoriales, notamment les articles L. 2212-1 et L. 2212-2 ;\n"
            "Vu la délibération du conseil municipal relative à l'extinction partielle de l'éclairage public ;\n"
            "ARRÊTE :\n"
            "Article 1 : l'éclairage public est éteint de 23 heures à 5 heures 30, tous les jours de l'année.\n"
            "Article 2 : l'éclairage est maintenu toute la nuit lors des fêtes de fin d'année et de la fête communale.\n"
            "Article 3 : le présent arrêté sera affiché en mairie et publié au bulletin municipal."
        ),
        "file_format": "odt",
        "access": {"all_members": True},
        "event": None,
    },
    {
        "slug": "cr-visite-eclairage-ambrieres",
        "title": "Compte rendu de la visite nocturne de l'éclairage rénové d'Ambrières-les-Vallées",
        "kind": "compte_rendu",
        "themes": ["eclairage-public", "biodiversite"],
        "commune": "53003",  # Ambrières-les-Vallées
        "year": 2021,
        "description": (
            "Balade nocturne dans les rues rénovées d'Ambrières-les-Vallées : comparaison des "
            "températures de couleur, détection de présence et trame noire le long de la Varenne."
        ),
        "body": (
            "Balade nocturne – Ambrières-les-Vallées (octobre 2021)\n"
            "Participants : 12 élus et techniciens du groupe énergie, un animateur du Parc naturel régional.\n"
            "Rue principale : luminaires LED 3 000 K, abaissement de 70 % après 22 h.\n"
            "Chemin de la Varenne : détecteurs de présence, éclairement nul en l'absence de passage.\n"
            "Trame noire : aucun point lumineux à moins de 30 m du cours d'eau.\n"
            "Impression des participants : sentiment de sécurité maintenu, ambiance plus chaleureuse."
        ),
        "file_format": "pdf",
        "access": {"working_groups": ["groupe-energie"]},
        "event": "Balade nocturne à Ambrières-les-Vallées",
    },
    {
        "slug": "dt-reseau-chaleur-evron",
        "title": "Dossier technique – extension du réseau de chaleur d'Évron",
        "kind": "dossier_technique",
        "themes": ["energie"],
        "commune": "53097",  # Évron
        "year": 2025,
        "description": (
            "Dossier technique de l'extension du réseau de chaleur urbain d'Évron vers le collège"
            " et le centre aquatique : tracé, puissance supplémentaire et contrat de délégation."
        ),
        "body": (
            "Ville d'Évron – Extension du réseau de chaleur\n"
            "Tracé : 850 m supplémentaires vers le collège et le centre aquatique.\n"
            "Puissance : chaudière bois de 1,2 MW complétée par une chaudière de 600 kW.\n"
            "Taux d'énergie renouvelable visé : 85 %.\n"
            "Classement du réseau : étude préalable à l'obligation de raccordement des bâtiments neufs.\n"
            "Mode de gestion : avenant au contrat de délégation de service public.\n"
            "Calendrier : travaux de voirie coordonnés avec la réfection de la rue de la Paix."
        ),
        "file_format": "pdf",
        "access": {"working_groups": ["groupe-energie"]},
        "event": None,
    },
    {
        "slug": "etude-renaze-diag-ecole",
        "title": "Pré-diagnostic énergétique de l'école et de la salle des fêtes de Renazé",
        "kind": "etude",
        "themes": ["batiments-publics", "energie"],
        "commune": "53188",  # Renazé
        "year": 2023,
        "description": (
            "Pré-diagnostic réalisé par le conseiller en énergie pour la commune de Renazé avant "
            "le lancement d'une étude de maîtrise d'œuvre : état du bâti, consommations et pistes"
            " de travaux."
        ),
        "body": (
            "Commune de Renazé – Pré-diagnostic énergétique\n"
            "Bâtiments : école publique (1 050 m²) et salle des fêtes (620 m²).\n"
            "Consommations 2022 : 182 MWh de gaz, 41 MWh d'électricité.\n"
            "Points faibles : simple vitrage de l'aile ouest, chaudière de 1997, absence d'isolation des murs en schiste.\n"
            "Pistes : isolation des combles, remplacement des menuiseries, pompe à chaleur hybride.\n"
            "Ordre de grandeur : 380 000 € HT, gain attendu de 50 %."
        ),
        "file_format": "pdf",
        "access": {"organisations": ["renaze"]},
        "event": None,
    },
    {
        "slug": "cr-conseil-renaze-salle",
        "title": "Compte rendu de l'intervention en conseil municipal de Renazé – rénovation de la salle des fêtes",
        "kind": "compte_rendu",
        "themes": ["batiments-publics"],
        "commune": "53188",  # Renazé
        "year": 2024,
        "description": (
            "Compte rendu de la présentation faite par l'animatrice du Réseau devant le conseil "
            "municipal de Renazé sur les scénarios de rénovation de la salle des fêtes."
        ),
        "body": (
            "Intervention en conseil municipal – Renazé\n"
            "Présentation des trois scénarios de rénovation de la salle des fêtes.\n"
            "Scénario 1 : travaux minimaux, gain de 20 %.\n"
            "Scénario 2 : rénovation globale, gain de 55 %, éligible au fonds vert.\n"
            "Scénario 3 : démolition et reconstruction, écarté pour son bilan carbone.\n"
            "Questions des élus : durée de fermeture, relogement des associations.\n"
            "Décision du conseil : engager une mission de programmation sur le scénario 2."
        ),
        "file_format": "pdf",
        "access": {"organisations": ["renaze"]},
        "event": None,
    },
    {
        "slug": "note-renaze-ardoisieres",
        "title": "Note d'opportunité – chaleur renouvelable pour le bourg de Renazé",
        "kind": "etude",
        "themes": ["energie"],
        "commune": "53188",  # Renazé
        "year": 2022,
        "description": (
            "Note d'opportunité préparée pour Renazé sur un petit réseau de chaleur autour du "
            "musée de l'ardoise, de l'école et de la mairie."
        ),
        "body": (
            "Note d'opportunité – Réseau de chaleur du bourg de Renazé\n"
            "Bâtiments : mairie, école, musée de l'ardoise, salle omnisports.\n"
            "Besoins estimés : 420 MWh par an.\n"
            "Ressource : bois bocager du Pays de Craon, filière existante.\n"
            "Premier chiffrage : 520 000 € HT, aides du fonds chaleur possibles.\n"
            "Suite proposée : étude de faisabilité avec la communauté de communes."
        ),
        "file_format": "pdf",
        "access": {"organisations": ["renaze"]},
        "event": None,
    },
    {
        "slug": "guide-cee-communes",
        "title": "Guide – valoriser les certificats d'économies d'énergie",
        "kind": "guide",
        "themes": ["energie"],
        "commune": None,
        "year": 2020,
        "description": (
            "Guide pour valoriser les certificats d'économies d'énergie lors des travaux "
            "communaux : fiches d'opérations standardisées, calendrier à respecter et "
            "regroupement des dossiers."
        ),
        "body": (
            "Valoriser les certificats d'économies d'énergie (CEE)\n"
            "1. Le principe : les fournisseurs d'énergie financent des travaux d'économies.\n"
            "2. La règle d'or : signer l'accord avec l'obligé AVANT de signer le devis des travaux.\n"
            "3. Les fiches utiles : BAT-EN-101 (isolation des combles), BAT-TH-116 (GTB), RES-EC-104 (éclairage).\n"
            "4. Le regroupement : le syndicat d'énergie collecte les dossiers des petites communes.\n"
            "5. Montants observés : de 2 à 12 € par MWh cumac selon la période."
        ),
        "file_format": "pdf",
        "access": {"all_members": True},
        "event": None,
    },
    {
        "slug": "cr-groupe-energie-2025-10",
        "title": "Compte rendu du groupe énergie – octobre 2025",
        "kind": "compte_rendu",
        "themes": ["energie", "batiments-publics"],
        "commune": None,
        "year": 2025,
        "description": (
            "Compte rendu de la réunion du groupe énergie consacrée au suivi du décret tertiaire,"
            " au programme ACTEE et à l'autoconsommation collective."
        ),
        "body": (
            "Groupe énergie – Réunion du 9 octobre 2025 à Évron\n"
            "Présents : 15 membres, 11 collectivités.\n"
            "1. Décret tertiaire : 19 communes du Réseau ont déclaré leurs consommations sur OPERAT.\n"
            "2. Programme ACTEE : financement d'un économe de flux mutualisé entre trois communes.\n"
            "3. Autoconsommation collective : retour de Changé après trois ans.\n"
            "4. Projet de visite : chaufferie de l'hôpital de Château-Gontier en février.\n"
            "Action : l'animatrice diffusera le tableau de suivi des déclarations."
        ),
        "file_format": "pdf",
        "access": {"working_groups": ["groupe-energie"]},
        "event": None,
    },
    {
        "slug": "pres-acv-batiments-biosources",
        "title": "Présentation – matériaux biosourcés dans les bâtiments publics",
        "kind": "presentation",
        "themes": ["batiments-publics"],
        "commune": None,
        "year": 2018,
        "description": (
            "Support de la journée sur les matériaux biosourcés : chanvre, paille, bois local et "
            "terre crue, avec les filières mayennaises et les points d'attention assurantiels."
        ),
        "body": (
            "Construire et rénover avec des matériaux biosourcés\n"
            "1. Pourquoi : carbone stocké, confort d'été, filières locales.\n"
            "2. Les filières mayennaises : bois, paille, chanvre, terre crue.\n"
            "3. Les règles : règles professionnelles, avis techniques et assurance décennale.\n"
            "4. Dans le marché public : exiger un taux minimal de matériaux biosourcés.\n"
            "5. Exemples : salle des fêtes de Gorron, école de Bais, périscolaire de Chailland."
        ),
        "file_format": "pdf",
        "access": {"all_members": True},
        "event": "Journée « Construire avec les ressources locales »",
    },
    {
        "slug": "cdc-moe-periscolaire-chailland",
        "title": "Cahier des charges – maîtrise d'œuvre de l'accueil périscolaire de Chailland",
        "kind": "cahier_des_charges",
        "themes": ["batiments-publics"],
        "commune": "53048",  # Chailland
        "year": 2022,
        "description": (
            "Programme et cahier des charges de maîtrise d'œuvre pour construire l'accueil "
            "périscolaire de Chailland en bois local, avec une exigence de niveau E3C1 et de "
            "matériaux biosourcés."
        ),
        "body": (
            "Commune de Chailland – Programme de l'accueil périscolaire\n"
            "Article 1 – Besoins : 60 enfants, salle d'activités de 120 m², bureau, sanitaires, préau.\n"
            "Article 2 – Performance : niveau RE2020 seuil 2028 pour l'indicateur carbone.\n"
            "Article 3 – Matériaux : structure bois issue de forêts du Grand Ouest ; isolation biosourcée.\n"
            "Article 4 – Confort d'été : protections solaires et ventilation naturelle traversante.\n"
            "Article 5 – Concertation : deux réunions avec l'équipe d'animation et les parents."
        ),
        "file_format": "pdf",
        "access": {"organisations": ["chailland"]},
        "event": None,
    },
    {
        "slug": "cr-formation-elus-energie",
        "title": "Compte rendu – formation des élus « Les bases de l'énergie dans ma commune »",
        "kind": "compte_rendu",
        "themes": ["energie"],
        "commune": None,
        "year": 2021,
        "description": (
            "Compte rendu de la formation proposée aux nouveaux élus après les élections "
            "municipales : notions de base, lecture d'une facture, ordres de grandeur et premiers"
            " leviers."
        ),
        "body": (
            "Formation des élus – Les bases de l'énergie dans ma commune\n"
            "Public : 22 élus de 15 communes, mandat 2020-2026.\n"
            "Module 1 : kW et kWh, énergie finale et énergie primaire.\n"
            "Module 2 : lire une facture d'électricité et de gaz.\n"
            "Module 3 : les ordres de grandeur d'un patrimoine communal (mairie, école, salle, éclairage).\n"
            "Module 4 : les leviers sans investissement.\n"
            "Évaluation : 4,5/5 ; demande d'un module sur le photovoltaïque."
        ),
        "file_format": "pdf",
        "access": {"all_members": True},
        "event": "Formation des élus – les bases de l'énergie",
    },
    {
        "slug": "dt-recuperation-eaux-pluviales-ctm",
        "title": "Dossier technique – récupération des eaux pluviales au centre technique municipal",
        "kind": "dossier_technique",
        "themes": ["economies-d-eau"],
        "commune": "53034",  # Bonchamp-lès-Laval
        "year": 2016,
        "description": (
            "Dossier technique de la cuve enterrée de 30 m³ qui collecte les eaux de toiture du "
            "centre technique de Bonchamp-lès-Laval pour l'arrosage des massifs et le lavage des "
            "véhicules."
        ),
        "body": (
            "Commune de Bonchamp-lès-Laval – Récupération des eaux pluviales\n"
            "Surface de toiture collectée : 1 150 m².\n"
            "Cuve béton enterrée de 30 m³, filtre autonettoyant, pompe immergée.\n"
            "Usages : arrosage des jardinières, nettoyage de la balayeuse et des véhicules.\n"
            "Réglementation : arrêté du 21 août 2008, réseau distinct et signalé, pas de raccordement à l'eau potable.\n"
            "Volume économisé : 650 m³ d'eau potable par an.\n"
            "Coût : 24 000 € HT, aide de l'agence de l'eau de 40 %."
        ),
        "file_format": "pdf",
        "access": {"all_members": True},
        "event": None,
    },
    {
        "slug": "guide-economies-eau-batiments",
        "title": "Guide – économiser l'eau dans les bâtiments communaux",
        "kind": "guide",
        "themes": ["economies-d-eau", "batiments-publics"],
        "commune": None,
        "year": 2011,
        "description": (
            "Premier guide du Réseau sur les économies d'eau : réducteurs de débit, chasses d'eau"
            " à double commande, suivi des compteurs et détection des fuites dans les écoles et "
            "les salles."
        ),
        "body": (
            "Économiser l'eau dans les bâtiments communaux\n"
            "1. Connaître ses consommations : relever les compteurs chaque mois.\n"
            "2. Détecter les fuites : relevé le soir et le lendemain matin sans utilisation.\n"
            "3. Équiper : mousseurs de 6 L/min, chasses 3/6 L, robinets temporisés.\n"
            "4. Vestiaires sportifs : douches à bouton-poussoir, limitation de durée.\n"
            "5. Résultats observés : 30 % d'économie à l'école de Sainte-Suzanne."
        ),
        "file_format": "pdf",
        "access": {"all_members": True},
        "event": None,
    },
    {
        "slug": "cr-visite-station-roseaux-ssc",
        "title": "Compte rendu de la visite de la station d'épuration à filtres plantés de roseaux de Chammes",
        "kind": "compte_rendu",
        "themes": ["economies-d-eau", "biodiversite"],
        "commune": "53255",  # Sainte-Suzanne-et-Chammes
        "year": 2012,
        "description": (
            "Visite de la station d'épuration à filtres plantés de roseaux de 400 équivalents-"
            "habitants : fonctionnement, entretien par les agents communaux et coût comparé à une"
            " station classique."
        ),
        "body": (
            "Visite – Station à filtres plantés de roseaux de Chammes\n"
            "Capacité : 400 équivalents-habitants, deux étages de filtres verticaux.\n"
            "Fonctionnement : alimentation par bâchées, alternance des filtres chaque semaine.\n"
            "Entretien : faucardage annuel des roseaux en automne, désherbage la première année.\n"
            "Performances : rejets conformes, y compris en période de pluie.\n"
            "Coût d'investissement : 520 000 € HT ; coût d'exploitation deux fois plus faible qu'une boue activée."
        ),
        "file_format": "pdf",
        "access": {"all_members": True},
        "event": "Visite de la station à filtres plantés de roseaux de Chammes",
    },
    {
        "slug": "modele-delib-tarification-eau-progressive",
        "title": "Modèle de délibération – tarification progressive de l'eau",
        "kind": "deliberation",
        "themes": ["economies-d-eau"],
        "commune": None,
        "year": 2014,
        "description": (
            "Modèle de délibération instaurant une tarification de l'eau par tranches de "
            "consommation, avec une première tranche à prix réduit pour les besoins essentiels."
        ),
        "body": (
            "DÉLIBÉRATION – Tarification progressive de l'eau\n"
            "Le conseil municipal,\n"
            "Vu l'article L. 2224-12-4 du code général des collectivités territoriales ;\n"
            "Considérant la volonté d'encourager les économies d'eau et de garantir l'accès de tous à l'eau ;\n"
            "DÉCIDE :\n"
            "Article 1 : tranche 1 de 0 à 30 m³ par an au tarif de 1,20 € HT/m³ ;\n"
            "Article 2 : tranche 2 de 31 à 120 m³ au tarif de 1,85 € HT/m³ ;\n"
            "Article 3 : tranche 3 au-delà de 120 m³ au tarif de 2,40 € HT/m³ ;\n"
            "Article 4 : ces tarifs s'appliquent aux consommations relevées à compter du 1er janvier."
        ),
        "file_format": "docx",
        "access": {"working_groups": ["groupe-eau-assainissement"]},
        "event": None,
    },
    {
        "slug": "etude-gestion-integree-eaux-pluviales-change",
        "title": "Étude – gestion intégrée des eaux pluviales du lotissement des Prairies",
        "kind": "etude",
        "themes": ["economies-d-eau", "urbanisme"],
        "commune": "53054",  # Changé
        "year": 2017,
        "description": (
            "Étude hydraulique du lotissement des Prairies à Changé : noues, jardins de pluie et "
            "chaussées drainantes dimensionnés pour une pluie trentennale, sans bassin de "
            "rétention."
        ),
        "body": (
            "Lotissement des Prairies – Gestion intégrée des eaux pluviales\n"
            "Surface : 4,2 ha, 68 lots.\n"
            "Principe : infiltrer au plus près de la goutte de pluie.\n"
            "Ouvrages : noues plantées le long des voies, jardins de pluie sur les espaces publics.\n"
            "Perméabilité mesurée : 2 x 10-5 m/s, favorable à l'infiltration.\n"
            "Dimensionnement : pluie trentennale, aucun rejet vers le réseau pour les pluies courantes.\n"
            "Entretien : fauche deux fois par an, pas de curage."
        ),
        "file_format": "pdf",
        "access": {"working_groups": ["groupe-eau-assainissement", "groupe-urbanisme-foncier"]},
        "event": None,
    },
    {
        "slug": "cr-groupe-eau-2024-05",
        "title": "Compte rendu du groupe eau et assainissement – mai 2024",
        "kind": "compte_rendu",
        "themes": ["economies-d-eau"],
        "commune": None,
        "year": 2024,
        "description": (
            "Réunion du groupe eau consacrée au transfert des compétences eau et assainissement "
            "aux communautés de communes et à la sécheresse de 2023."
        ),
        "body": (
            "Groupe eau et assainissement – Réunion du 16 mai 2024\n"
            "1. Transfert des compétences : état d'avancement dans chaque communauté de communes.\n"
            "2. Sécheresse 2023 : arrêtés de restriction, difficultés d'arrosage des terrains de sport.\n"
            "3. Réutilisation des eaux usées traitées : cadre réglementaire assoupli en 2023.\n"
            "4. Visite proposée : station d'épuration de Meslay-du-Maine.\n"
            "Action : recensement des cuves de récupération d'eau existantes."
        ),
        "file_format": "pdf",
        "access": {"working_groups": ["groupe-eau-assainissement"]},
        "event": None,
    },
    {
        "slug": "cdc-arrosage-terrains-sport",
        "title": "Cahier des charges – programmation de l'arrosage des terrains de sport",
        "kind": "cahier_des_charges",
        "themes": ["economies-d-eau"],
        "commune": "53201",  # Saint-Berthevin
        "year": 2020,
        "description": (
            "Cahier des charges pour équiper les terrains de sport de Saint-Berthevin d'un "
            "arrosage piloté par sondes d'humidité et station météo, alimenté par un forage."
        ),
        "body": (
            "Commune de Saint-Berthevin – Arrosage des terrains de sport\n"
            "Article 1 : installation d'une programmation centralisée sur 3 terrains.\n"
            "Article 2 : sondes d'humidité du sol et pluviomètre connecté.\n"
            "Article 3 : arrosage nocturne uniquement, entre 22 h et 6 h.\n"
            "Article 4 : alimentation par le forage existant ; compteur volumétrique obligatoire.\n"
            "Article 5 : rapport mensuel des volumes transmis aux services techniques."
        ),
        "file_format": "pdf",
        "access": {"organisations": ["saint-berthevin"]},
        "event": None,
    },
    {
        "slug": "pres-zero-phyto",
        "title": "Présentation – passer au zéro phyto dans les espaces publics",
        "kind": "presentation",
        "themes": ["biodiversite", "economies-d-eau"],
        "commune": None,
        "year": 2013,
        "description": (
            "Diaporama de la rencontre sur l'entretien des espaces publics sans pesticides : plan"
            " de désherbage, techniques alternatives, acceptation par les habitants."
        ),
        "body": (
            "Entretenir les espaces publics sans pesticides\n"
            "1. Le cadre : interdiction des produits phytosanitaires dans les espaces publics depuis 2017.\n"
            "2. Le plan de désherbage : classer les espaces selon leur niveau d'entretien.\n"
            "3. Les techniques : paillage, désherbage thermique, enherbement des allées du cimetière.\n"
            "4. La communication : panneaux « Ici, la nature reprend sa place ».\n"
            "5. Témoignage : Bonchamp-lès-Laval, commune zéro phyto depuis 2011."
        ),
        "file_format": "pdf",
        "access": {"all_members": True},
        "event": "Rencontre « Entretenir autrement les espaces communaux »",
    },
    {
        "slug": "guide-cimetiere-enherbe",
        "title": "Guide – enherber le cimetière communal",
        "kind": "guide",
        "themes": ["biodiversite"],
        "commune": None,
        "year": 2018,
        "description": (
            "Guide technique pour enherber progressivement les allées d'un cimetière : choix des "
            "mélanges, période de semis, tontes et communication auprès des familles."
        ),
        "body": (
            "Enherber les allées du cimetière\n"
            "1. Diagnostic : largeur des allées, nature du sol, fréquentation.\n"
            "2. Semis : mélange de fétuques et de trèfle nain, en septembre.\n"
            "3. Entretien : 6 à 8 tontes par an avec une tondeuse légère.\n"
            "4. Inter-tombes : plantes couvre-sol ou gravillons.\n"
            "5. Communication : courrier aux familles et panneau à l'entrée."
        ),
        "file_format": "pdf",
        "access": {"all_members": True},
        "event": None,
    },
    {
        "slug": "cr-visite-verger-conservatoire-ernee",
        "title": "Compte rendu de la visite du verger conservatoire d'Ernée",
        "kind": "compte_rendu",
        "themes": ["biodiversite"],
        "commune": "53096",  # Ernée
        "year": 2015,
        "description": (
            "Visite du verger conservatoire de variétés anciennes de pommiers et poiriers planté "
            "par la commune d'Ernée avec une association de croqueurs de pommes."
        ),
        "body": (
            "Visite – Verger conservatoire d'Ernée\n"
            "Surface : 1,5 ha, 120 arbres, 64 variétés locales.\n"
            "Partenaires : association de croqueurs de pommes, lycée agricole.\n"
            "Entretien : taille de formation par les bénévoles, fauche tardive des prairies.\n"
            "Animations : journée de la pomme en octobre, greffage avec les écoles.\n"
            "Conseils : choisir des porte-greffes vigoureux et protéger les jeunes arbres des rongeurs."
        ),
        "file_format": "pdf",
        "access": {"all_members": True},
        "event": "Visite du verger conservatoire d'Ernée",
    },
    {
        "slug": "modele-delib-atlas-biodiversite",
        "title": "Modèle de délibération – réalisation d'un atlas de la biodiversité communale",
        "kind": "deliberation",
        "themes": ["biodiversite"],
        "commune": None,
        "year": 2021,
        "description": (
            "Modèle de délibération pour engager un atlas de la biodiversité communale et "
            "solliciter le soutien de l'Office français de la biodiversité."
        ),
        "body": (
            "DÉLIBÉRATION – Atlas de la biodiversité communale\n"
            "Le conseil municipal,\n"
            "Considérant l'intérêt de mieux connaître la faune, la flore et les milieux naturels de la commune ;\n"
            "Considérant l'appel à projets de l'Office français de la biodiversité ;\n"
            "DÉCIDE :\n"
            "– d'engager la réalisation d'un atlas de la biodiversité communale sur deux ans ;\n"
            "– de constituer un comité de pilotage associant habitants, associations et agriculteurs ;\n"
            "– de solliciter une subvention au taux maximal ;\n"
            "– d'autoriser le maire à signer toute pièce relative à ce dossier."
        ),
        "file_format": "docx",
        "access": {"all_members": True},
        "event": None,
    },
    {
        "slug": "etude-abc-montsurs",
        "title": "Atlas de la biodiversité communale de Montsûrs – rapport de synthèse",
        "kind": "etude",
        "themes": ["biodiversite"],
        "commune": "53161",  # Montsûrs
        "year": 2023,
        "description": (
            "Rapport de synthèse de l'atlas de la biodiversité communale de Montsûrs : "
            "inventaires naturalistes, sciences participatives et enjeux pour le plan local "
            "d'urbanisme."
        ),
        "body": (
            "Atlas de la biodiversité communale – Montsûrs\n"
            "Inventaires : 612 espèces recensées, dont 14 patrimoniales.\n"
            "Milieux : vallée de la Jouanne, prairies humides, réseau de haies de 86 km.\n"
            "Sciences participatives : 48 habitants, 1 200 observations.\n"
            "Enjeux : protéger les mares et les haies dans le PLUi.\n"
            "Actions proposées : plan de gestion des prairies communales, refuge LPO à l'école."
        ),
        "file_format": "pdf",
        "access": {"organisations": ["montsurs"]},
        "event": None,
    },
    {
        "slug": "cdc-gestion-differenciee",
        "title": "Cahier des charges – plan de gestion différenciée des espaces verts",
        "kind": "cahier_des_charges",
        "themes": ["biodiversite"],
        "commune": None,
        "year": 2016,
        "description": (
            "Cahier des charges type pour confier à un bureau d'études le plan de gestion "
            "différenciée des espaces verts communaux, avec formation des agents."
        ),
        "body": (
            "CAHIER DES CHARGES – Plan de gestion différenciée\n"
            "Article 1 – Objet : inventaire et cartographie des espaces verts, définition de codes d'entretien.\n"
            "Article 2 – Codes : espaces horticoles, espaces jardinés, espaces naturels.\n"
            "Article 3 – Livrables : cartographie, fiches d'entretien par site, calendrier annuel.\n"
            "Article 4 – Formation : deux jours de formation des agents.\n"
            "Article 5 – Communication : un panneau type et un article pour le bulletin municipal."
        ),
        "file_format": "docx",
        "access": {"working_groups": ["groupe-eau-assainissement"]},
        "event": None,
    },
    {
        "slug": "cr-plantation-haies-pre-en-pail",
        "title": "Compte rendu – plantation de haies bocagères à Pré-en-Pail-Saint-Samson",
        "kind": "compte_rendu",
        "themes": ["biodiversite"],
        "commune": "53185",  # Pré-en-Pail-Saint-Samson
        "year": 2022,
        "description": (
            "Compte rendu du chantier participatif de plantation de 2 km de haies bocagères avec "
            "les écoles et les agriculteurs, financé par le programme régional."
        ),
        "body": (
            "Plantation de haies – Pré-en-Pail-Saint-Samson\n"
            "Linéaire : 2,1 km sur des parcelles communales et privées.\n"
            "Essences locales : chêne pédonculé, charme, noisetier, aubépine, houx.\n"
            "Participants : 3 classes, 25 bénévoles, 4 exploitants agricoles.\n"
            "Paillage : plaquettes de bois issues de l'élagage communal.\n"
            "Suivi : regarnissage la deuxième année, taille de formation."
        ),
        "file_format": "pdf",
        "access": {"all_members": True},
        "event": "Chantier participatif de plantation de haies",
    },
    {
        "slug": "note-appui-mares-elodie-marteau",
        "title": "Note d'appui – restauration de deux mares communales",
        "kind": "etude",
        "themes": ["biodiversite"],
        "commune": "53185",  # Pré-en-Pail-Saint-Samson
        "year": 2024,
        "description": (
            "Note de conseil préparée pour la conseillère déléguée à la biodiversité de Pré-en-"
            "Pail-Saint-Samson sur la restauration de deux mares et les aides mobilisables."
        ),
        "body": (
            "Note d'appui individuel – Restauration de mares\n"
            "Mare du Gué : envasée, berges abruptes, présence de tritons palmés.\n"
            "Mare de la Butte : comblée aux deux tiers, à recreuser hors période de reproduction.\n"
            "Travaux proposés : curage en septembre, adoucissement des berges, pas d'introduction de poissons.\n"
            "Aides : programme régional mares, appui technique du CPIE.\n"
            "Estimation : 6 500 € HT pour les deux mares."
        ),
        "file_format": "odt",
        "access": {"users": ["elodie.marteau@pre-en-pail-saint-samson.exemple.fr"]},
        "event": None,
    },
    {
        "slug": "pres-trame-noire",
        "title": "Présentation – trame noire et éclairage public",
        "kind": "presentation",
        "themes": ["biodiversite", "eclairage-public"],
        "commune": None,
        "year": 2023,
        "description": (
            "Support de la conférence sur la pollution lumineuse et la trame noire : effets sur "
            "les chauves-souris et les insectes, cartographie et actions communales."
        ),
        "body": (
            "La trame noire : préserver la nuit\n"
            "1. Pollution lumineuse : 85 % des insectes volants sont attirés par la lumière artificielle.\n"
            "2. Chauves-souris : espèces lucifuges et corridors de chasse.\n"
            "3. Cartographier la trame noire : croiser cours d'eau, haies et points lumineux.\n"
            "4. Agir : extinction, orientation des flux, températures de couleur chaudes.\n"
            "5. Réglementation : arrêté du 27 décembre 2018 relatif aux nuisances lumineuses."
        ),
        "file_format": "pdf",
        "access": {"all_members": True},
        "event": "Conférence « La nuit, un patrimoine à préserver »",
    },
    {
        "slug": "dt-noues-rue-ecoles-lhuisserie",
        "title": "Dossier technique – désimperméabilisation de la cour de l'école de L'Huisserie",
        "kind": "dossier_technique",
        "themes": ["economies-d-eau", "biodiversite"],
        "commune": "53119",  # L'Huisserie
        "year": 2024,
        "description": (
            "Dossier du projet de cour d'école « oasis » à L'Huisserie : retrait de l'enrobé, "
            "infiltration des eaux pluviales, plantations et concertation avec les enfants."
        ),
        "body": (
            "L'Huisserie – Cour d'école désimperméabilisée\n"
            "Surface : 1 800 m², dont 950 m² d'enrobé retirés.\n"
            "Revêtements : copeaux de bois, pelouse renforcée, béton drainant sous le préau.\n"
            "Eaux pluviales : infiltration totale, jardin de pluie de 60 m².\n"
            "Végétation : 24 arbres, haie fruitière, potager pédagogique.\n"
            "Concertation : ateliers de dessin avec les élèves de CM1 et CM2.\n"
            "Financement : agence de l'eau Loire-Bretagne, 50 %."
        ),
        "file_format": "pdf",
        "access": {"working_groups": ["groupe-eau-assainissement"]},
        "event": None,
    },
    {
        "slug": "cr-station-epuration-meslay",
        "title": "Compte rendu de la visite de la station d'épuration de Meslay-du-Maine",
        "kind": "compte_rendu",
        "themes": ["economies-d-eau"],
        "commune": "53152",  # Meslay-du-Maine
        "year": 2024,
        "description": (
            "Visite de la station d'épuration rénovée de Meslay-du-Maine : traitement du "
            "phosphore, séchage solaire des boues et projet de réutilisation des eaux traitées."
        ),
        "body": (
            "Visite – Station d'épuration de Meslay-du-Maine (septembre 2024)\n"
            "Capacité : 3 500 équivalents-habitants.\n"
            "Travaux récents : traitement du phosphore, serre de séchage solaire des boues.\n"
            "Boues séchées : épandage agricole, volume divisé par trois.\n"
            "Projet : arrosage du terrain de football avec les eaux traitées.\n"
            "Questions : coût d'exploitation, autosurveillance, odeurs."
        ),
        "file_format": "pdf",
        "access": {"working_groups": ["groupe-eau-assainissement"]},
        "event": "Visite de la station d'épuration de Meslay-du-Maine",
    },
    {
        "slug": "etude-fuites-reseau-ambrieres",
        "title": "Étude – recherche de fuites sur le réseau d'eau d'Ambrières-les-Vallées",
        "kind": "etude",
        "themes": ["economies-d-eau"],
        "commune": "53003",  # Ambrières-les-Vallées
        "year": 2012,
        "description": (
            "Rapport de la campagne de sectorisation et de recherche de fuites sur le réseau "
            "d'eau potable : rendement initial, fuites réparées et programme de renouvellement."
        ),
        "body": (
            "Ambrières-les-Vallées – Campagne de recherche de fuites\n"
            "Rendement du réseau en 2011 : 68 %.\n"
            "Méthode : sectorisation en 4 zones, mesures de débit de nuit, corrélation acoustique.\n"
            "Fuites trouvées : 11, dont 3 sur branchements en plomb.\n"
            "Rendement après réparations : 81 %.\n"
            "Programme : renouvellement de 1,5 km de conduites en fonte grise d'ici 2016."
        ),
        "file_format": "pdf",
        "access": {"organisations": ["ambrieres-les-vallees"]},
        "event": None,
    },
    {
        "slug": "guide-jardins-de-pluie",
        "title": "Guide – créer un jardin de pluie sur l'espace public",
        "kind": "guide",
        "themes": ["economies-d-eau", "biodiversite"],
        "commune": None,
        "year": 2025,
        "description": (
            "Guide illustré pour concevoir des jardins de pluie sur les places, parkings et "
            "abords d'équipements : dimensionnement simple, choix des plantes et entretien."
        ),
        "body": (
            "Créer un jardin de pluie\n"
            "1. Repérer : surfaces imperméables dont l'eau peut être dirigée vers un espace planté.\n"
            "2. Dimensionner : 10 à 15 % de la surface imperméable raccordée.\n"
            "3. Profiler : cuvette de 20 à 30 cm, pentes douces.\n"
            "4. Planter : iris, carex, salicaires, saules nains.\n"
            "5. Entretenir : désherbage manuel les deux premières années, puis une fauche annuelle."
        ),
        "file_format": "pdf",
        "access": {"all_members": True},
        "event": None,
    },
    {
        "slug": "modele-delib-zero-phyto",
        "title": "Modèle de délibération – engagement zéro pesticide",
        "kind": "deliberation",
        "themes": ["biodiversite"],
        "commune": None,
        "year": 2012,
        "description": (
            "Modèle de délibération par laquelle la commune s'engage à ne plus utiliser de "
            "produits phytosanitaires et adhère à la charte régionale d'entretien des espaces "
            "publics."
        ),
        "body": (
            "DÉLIBÉRATION – Engagement zéro pesticide\n"
            "Le conseil municipal,\n"
            "Considérant les risques des produits phytosanitaires pour la santé des agents et la qualité de l'eau ;\n"
            "DÉCIDE :\n"
            "– de supprimer l'usage des produits phytosanitaires sur tous les espaces communaux ;\n"
            "– d'adhérer à la charte régionale d'entretien des espaces publics, niveau 3 ;\n"
            "– d'engager un plan de désherbage ;\n"
            "– d'informer les habitants des nouvelles pratiques."
        ),
        "file_format": "odt",
        "access": {"all_members": True},
        "event": None,
    },
    {
        "slug": "cr-inventaire-haies-landivy",
        "title": "Compte rendu – inventaire participatif des haies de Landivy",
        "kind": "compte_rendu",
        "themes": ["biodiversite"],
        "commune": "53125",  # Landivy
        "year": 2020,
        "description": (
            "Restitution de l'inventaire des haies conduit par des habitants de Landivy avec le "
            "service bocage de la communauté de communes, préalable à leur protection dans le "
            "PLUi."
        ),
        "body": (
            "Inventaire participatif des haies – Landivy\n"
            "Linéaire inventorié : 142 km.\n"
            "Classement : haies à enjeu anti-érosif, haies à enjeu paysager, haies à enjeu biodiversité.\n"
            "Volontaires : 19 habitants formés en deux demi-journées.\n"
            "Suite : classement de 48 km au titre de l'article L. 151-23 du code de l'urbanisme."
        ),
        "file_format": "pdf",
        "access": {"all_members": True},
        "event": None,
    },
    {
        "slug": "cr-groupe-eau-2019-11",
        "title": "Compte rendu du groupe eau et assainissement – novembre 2019",
        "kind": "compte_rendu",
        "themes": ["economies-d-eau"],
        "commune": None,
        "year": 2019,
        "description": (
            "Compte rendu de la réunion du groupe eau sur les contrôles des assainissements non "
            "collectifs et sur la préparation du transfert de compétence."
        ),
        "body": (
            "Groupe eau et assainissement – Réunion du 21 novembre 2019\n"
            "1. Assainissement non collectif : taux de conformité de 42 % sur les communes présentes.\n"
            "2. Aides à la réhabilitation : fin du programme de l'agence de l'eau.\n"
            "3. Transfert de compétence au 1er janvier 2026 : inventaire des ouvrages communaux à préparer.\n"
            "4. Échange de pratiques : contrats d'affermage et régies."
        ),
        "file_format": "pdf",
        "access": {"working_groups": ["groupe-eau-assainissement"]},
        "event": None,
    },
    {
        "slug": "note-appui-forage-ludovic-heuze",
        "title": "Note d'appui – déclaration d'un forage pour l'arrosage municipal",
        "kind": "etude",
        "themes": ["economies-d-eau"],
        "commune": "53152",  # Meslay-du-Maine
        "year": 2025,
        "description": (
            "Note rédigée pour le directeur des services techniques de Meslay-du-Maine sur les "
            "démarches de déclaration d'un forage communal et les règles de comptage."
        ),
        "body": (
            "Note d'appui individuel – Forage communal de Meslay-du-Maine\n"
            "Démarche : déclaration en mairie au titre du code de l'environnement, puis déclaration à la DDT si le prélèvement dépasse 1 000 m³ par an.\n"
            "Comptage : compteur volumétrique obligatoire, relevé mensuel.\n"
            "Usages autorisés : arrosage, nettoyage de voirie ; aucun lien avec le réseau d'eau potable.\n"
            "Restrictions : les arrêtés sécheresse s'appliquent aussi aux forages."
        ),
        "file_format": "pdf",
        "access": {"users": ["ludovic.heuze@meslay-du-maine.exemple.fr"]},
        "event": None,
    },
    {
        "slug": "cdc-etude-revitalisation-centre-bourg",
        "title": "Cahier des charges – étude de revitalisation du centre-bourg",
        "kind": "cahier_des_charges",
        "themes": ["urbanisme"],
        "commune": "53084",  # Craon
        "year": 2018,
        "description": (
            "Cahier des charges de l'étude de revitalisation du centre-bourg de Craon : "
            "diagnostic commercial, logements vacants, espaces publics et plan d'actions phasé "
            "sur dix ans."
        ),
        "body": (
            "Commune de Craon – Étude de revitalisation du centre-bourg\n"
            "Article 1 – Contexte : 18 % de logements vacants, 11 cellules commerciales fermées.\n"
            "Article 2 – Phase 1 : diagnostic partagé (habitat, commerces, mobilités, patrimoine).\n"
            "Article 3 – Phase 2 : scénarios d'aménagement des places et des îlots dégradés.\n"
            "Article 4 – Phase 3 : plan guide et programme d'actions chiffré.\n"
            "Article 5 – Concertation : balades urbaines, atelier avec les commerçants, réunion publique.\n"
            "Article 6 – Équipe : urbaniste, paysagiste, économiste de l'habitat."
        ),
        "file_format": "docx",
        "access": {"all_members": True},
        "event": None,
    },
    {
        "slug": "cr-visite-ecoquartier-bonchamp",
        "title": "Compte rendu de la visite de l'écoquartier de la Grande Maison à Bonchamp-lès-Laval",
        "kind": "compte_rendu",
        "themes": ["urbanisme"],
        "commune": "53034",  # Bonchamp-lès-Laval
        "year": 2013,
        "description": (
            "Visite de l'écoquartier labellisé de Bonchamp-lès-Laval : densité, mixité des "
            "logements, gestion des eaux pluviales et place de la voiture."
        ),
        "body": (
            "Visite – Écoquartier de la Grande Maison, Bonchamp-lès-Laval\n"
            "Programme : 300 logements sur 12 ha, dont 25 % de logements sociaux.\n"
            "Densité : 25 logements par hectare, parcelles de 250 à 450 m².\n"
            "Stationnement : poches mutualisées en entrée de quartier.\n"
            "Eaux pluviales : noues et bassins paysagers.\n"
            "Retour des habitants : vie de quartier appréciée, demande de jardins partagés."
        ),
        "file_format": "pdf",
        "access": {"all_members": True},
        "event": "Visite de l'écoquartier de Bonchamp-lès-Laval",
    },
    {
        "slug": "modele-delib-droit-preemption",
        "title": "Modèle de délibération – instauration du droit de préemption urbain",
        "kind": "deliberation",
        "themes": ["urbanisme"],
        "commune": None,
        "year": 2015,
        "description": (
            "Modèle de délibération instaurant le droit de préemption urbain sur les zones "
            "urbaines et à urbaniser du plan local d'urbanisme, outil de maîtrise foncière du "
            "centre-bourg."
        ),
        "body": (
            "DÉLIBÉRATION – Instauration du droit de préemption urbain\n"
            "Le conseil municipal,\n"
            "Vu les articles L. 211-1 et suivants et R. 211-1 et suivants du code de l'urbanisme ;\n"
            "Vu le plan local d'urbanisme approuvé ;\n"
            "Considérant l'intérêt pour la commune de maîtriser les mutations foncières du centre-bourg ;\n"
            "DÉCIDE :\n"
            "Article 1 : d'instituer le droit de préemption urbain sur les zones U et AU du PLU ;\n"
            "Article 2 : de donner délégation au maire pour l'exercer ;\n"
            "Article 3 : la présente délibération sera affichée en mairie pendant un mois et mentionnée dans deux journaux."
        ),
        "file_format": "docx",
        "access": {"working_groups": ["groupe-urbanisme-foncier"]},
        "event": None,
    },
    {
        "slug": "pres-zan-communes-rurales",
        "title": "Présentation – zéro artificialisation nette : ce qui change pour les communes rurales",
        "kind": "presentation",
        "themes": ["urbanisme"],
        "commune": None,
        "year": 2022,
        "description": (
            "Support de la réunion d'information sur l'objectif zéro artificialisation nette : "
            "trajectoire 2031, garantie communale d'un hectare, déclinaison dans le SCoT et le "
            "PLUi."
        ),
        "body": (
            "Zéro artificialisation nette – ce qui change pour les communes\n"
            "1. La trajectoire : division par deux de la consommation d'espace entre 2021 et 2031.\n"
            "2. La garantie communale : un hectare pour les communes couvertes par un document d'urbanisme.\n"
            "3. La déclinaison : SRADDET, puis SCoT, puis PLUi.\n"
            "4. Les leviers : densification, logements vacants, friches.\n"
            "5. Exemple : reconversion de la friche de la laiterie d'Entrammes."
        ),
        "file_format": "pdf",
        "access": {"all_members": True},
        "event": "Réunion d'information sur la loi Climat et résilience",
    },
    {
        "slug": "etude-friche-laiterie-entrammes",
        "title": "Étude de reconversion – friche de l'ancienne laiterie d'Entrammes",
        "kind": "etude",
        "themes": ["urbanisme"],
        "commune": "53094",  # Entrammes
        "year": 2025,
        "description": (
            "Étude de capacité pour la reconversion de la friche de l'ancienne laiterie en "
            "quartier d'habitat et d'activités, avec diagnostic de pollution des sols."
        ),
        "body": (
            "Entrammes – Reconversion de la friche de la laiterie\n"
            "Surface : 2,4 ha en bord de Jouanne.\n"
            "Pollution : hydrocarbures localisés, plan de gestion établi.\n"
            "Scénario retenu : 45 logements, une halle d'activités artisanales, un parc en bord de rivière.\n"
            "Portage foncier : Établissement public foncier, durée de portage de 5 ans.\n"
            "Financement : fonds friches de l'État."
        ),
        "file_format": "pdf",
        "access": {"organisations": ["entrammes", "laval-agglomeration"]},
        "event": None,
    },
    {
        "slug": "cr-groupe-urbanisme-2021-06",
        "title": "Compte rendu du groupe urbanisme et foncier – juin 2021",
        "kind": "compte_rendu",
        "themes": ["urbanisme"],
        "commune": None,
        "year": 2021,
        "description": (
            "Compte rendu de la réunion du groupe urbanisme consacrée aux opérations "
            "d'aménagement en densification et à l'intervention de l'établissement public "
            "foncier."
        ),
        "body": (
            "Groupe urbanisme et foncier – Réunion du 24 juin 2021\n"
            "1. Densification : repérage des dents creuses, méthode BIMBY.\n"
            "2. Établissement public foncier : conditions d'intervention pour les petites communes.\n"
            "3. Lotissements communaux : ventes en baisse, taille des lots à revoir.\n"
            "4. Échanges : comment associer les propriétaires à la division parcellaire."
        ),
        "file_format": "pdf",
        "access": {"working_groups": ["groupe-urbanisme-foncier"]},
        "event": None,
    },
    {
        "slug": "cdc-lotissement-communal-durable",
        "title": "Cahier des charges – lotissement communal durable",
        "kind": "cahier_des_charges",
        "themes": ["urbanisme"],
        "commune": "53007",  # Argentré
        "year": 2019,
        "description": (
            "Cahier des charges de cession des lots d'un lotissement communal d'Argentré : "
            "orientations bioclimatiques, clôtures végétales, gestion des eaux pluviales à la "
            "parcelle."
        ),
        "body": (
            "Commune d'Argentré – Cahier des charges de cession des lots\n"
            "Article 1 : les constructions présentent leur façade principale au sud, à plus ou moins 30°.\n"
            "Article 2 : les eaux pluviales sont gérées sur la parcelle (cuve ou infiltration).\n"
            "Article 3 : les clôtures sur rue sont des haies d'essences locales, doublées ou non d'un grillage.\n"
            "Article 4 : la surface imperméabilisée ne dépasse pas 50 % du lot.\n"
            "Article 5 : un conseil architectural gratuit est proposé avant le dépôt du permis."
        ),
        "file_format": "pdf",
        "access": {"all_members": True},
        "event": None,
    },
    {
        "slug": "dt-ilot-centre-bourg-cosse",
        "title": "Dossier technique – réhabilitation de l'îlot de la place de l'Église à Cossé-le-Vivien",
        "kind": "dossier_technique",
        "themes": ["urbanisme", "batiments-publics"],
        "commune": "53077",  # Cossé-le-Vivien
        "year": 2023,
        "description": (
            "Dossier de l'opération de démolition partielle et de réhabilitation d'un îlot "
            "dégradé du centre-bourg en six logements et deux commerces."
        ),
        "body": (
            "Cossé-le-Vivien – Îlot de la place de l'Église\n"
            "Foncier : 4 maisons acquises par préemption et amiable entre 2019 et 2022.\n"
            "Programme : 6 logements locatifs, 2 cellules commerciales, un passage piéton vers le parking.\n"
            "Bailleur : Mayenne Habitat.\n"
            "Coût : 1,35 million d'euros HT ; aides Petites villes de demain et Région.\n"
            "Calendrier : démolitions en 2023, livraison en 2025."
        ),
        "file_format": "pdf",
        "access": {"organisations": ["cosse-le-vivien"]},
        "event": None,
    },
    {
        "slug": "pres-plui-pays-de-craon",
        "title": "Présentation – le PLUi du Pays de Craon expliqué aux conseils municipaux",
        "kind": "presentation",
        "themes": ["urbanisme"],
        "commune": None,
        "year": 2020,
        "description": (
            "Support présenté dans les conseils municipaux du Pays de Craon pour expliquer le "
            "projet d'aménagement et de développement durables du PLUi."
        ),
        "body": (
            "PLUi du Pays de Craon – Le PADD en cinq orientations\n"
            "1. Un territoire rural vivant : maintien des commerces de proximité.\n"
            "2. Une consommation d'espace réduite de moitié.\n"
            "3. Un bocage protégé, support de biodiversité et de filière bois.\n"
            "4. Des mobilités alternatives entre les bourgs.\n"
            "5. Une transition énergétique partagée.\n"
            "Calendrier : arrêt du projet en 2021, enquête publique en 2022."
        ),
        "file_format": "pdf",
        "access": {"organisations": ["pays-de-craon"]},
        "event": None,
    },
    {
        "slug": "guide-densification-douce",
        "title": "Guide – accompagner la densification douce des quartiers pavillonnaires",
        "kind": "guide",
        "themes": ["urbanisme"],
        "commune": None,
        "year": 2024,
        "description": (
            "Guide à destination des élus pour encourager la division de grandes parcelles par "
            "les propriétaires : repérage, permanences d'architecte et règles du PLU à adapter."
        ),
        "body": (
            "Accompagner la densification douce\n"
            "1. Repérer : parcelles de plus de 1 000 m² bâties avant 1980.\n"
            "2. Informer : réunion publique et courrier aux propriétaires.\n"
            "3. Conseiller : permanences gratuites d'un architecte du CAUE.\n"
            "4. Adapter le règlement : reculs, hauteurs, accès partagés.\n"
            "5. Résultats ailleurs : 30 logements créés en 5 ans dans une commune de 4 000 habitants."
        ),
        "file_format": "pdf",
        "access": {"working_groups": ["groupe-urbanisme-foncier"]},
        "event": None,
    },
    {
        "slug": "note-appui-preemption-thomas-coignard",
        "title": "Note d'appui – exercice du droit de préemption sur un commerce du bourg",
        "kind": "etude",
        "themes": ["urbanisme"],
        "commune": "53007",  # Argentré
        "year": 2025,
        "description": (
            "Note préparée pour l'adjoint à l'urbanisme d'Argentré sur la procédure et le "
            "calendrier de préemption d'un local commercial mis en vente dans le bourg."
        ),
        "body": (
            "Note d'appui individuel – Préemption d'un local commercial\n"
            "Délai : deux mois à compter de la réception de la déclaration d'intention d'aliéner.\n"
            "Motivation : projet de maintien d'un commerce de proximité, à décrire précisément.\n"
            "Prix : saisir le service des domaines ; possibilité de proposer un prix inférieur.\n"
            "Portage : l'EPF peut acquérir pour le compte de la commune.\n"
            "Risque : contentieux si le projet n'est pas suffisamment réel."
        ),
        "file_format": "pdf",
        "access": {"users": ["thomas.coignard@argentre.exemple.fr"]},
        "event": None,
    },
    {
        "slug": "cr-balade-urbaine-ernee",
        "title": "Compte rendu – balade urbaine dans le centre d'Ernée",
        "kind": "compte_rendu",
        "themes": ["urbanisme", "participation-citoyenne"],
        "commune": "53096",  # Ernée
        "year": 2021,
        "description": (
            "Compte rendu de la balade urbaine organisée avec les habitants dans le cadre du "
            "programme Petites villes de demain : points forts, difficultés et idées recueillies."
        ),
        "body": (
            "Balade urbaine – Centre d'Ernée\n"
            "Participants : 42 habitants, 8 élus, l'équipe du cabinet d'urbanisme.\n"
            "Étapes : place de l'Hôtel de ville, rue Nationale, bords de l'Ernée, ancien cinéma.\n"
            "Constats : trottoirs étroits, vitrines vides, potentiel du site de l'ancien cinéma.\n"
            "Idées : halle couverte, piétonnisation le samedi, liaison douce vers la vallée.\n"
            "Suite : restitution en réunion publique en novembre."
        ),
        "file_format": "pdf",
        "access": {"all_members": True},
        "event": None,
    },
    {
        "slug": "pres-velo-communes-rurales",
        "title": "Présentation – développer le vélo dans les communes rurales",
        "kind": "presentation",
        "themes": ["mobilite"],
        "commune": None,
        "year": 2019,
        "description": (
            "Support de la rencontre sur les mobilités actives : schémas cyclables, aménagements "
            "légers, stationnement vélo et aide à l'achat de vélos à assistance électrique."
        ),
        "body": (
            "Développer le vélo dans les communes rurales\n"
            "1. 60 % des trajets domicile-travail de moins de 5 km se font en voiture.\n"
            "2. Schéma cyclable : relier bourg, écoles, zones d'activités et gare.\n"
            "3. Aménagements légers : chaucidou, zones 30, double sens cyclables.\n"
            "4. Stationnement : arceaux devant chaque équipement public.\n"
            "5. Aides : fonds mobilités actives, aide intercommunale à l'achat de VAE."
        ),
        "file_format": "pdf",
        "access": {"all_members": True},
        "event": "Rencontre « Se déplacer autrement en milieu rural »",
    },
    {
        "slug": "cdc-schema-cyclable-mayenne-communaute",
        "title": "Cahier des charges – schéma directeur cyclable de Mayenne Communauté",
        "kind": "cahier_des_charges",
        "themes": ["mobilite"],
        "commune": "53147",  # Mayenne
        "year": 2021,
        "description": (
            "Cahier des charges de l'étude du schéma directeur cyclable intercommunal : "
            "diagnostic des flux, réseau hiérarchisé, programmation et estimation des coûts."
        ),
        "body": (
            "Mayenne Communauté – Schéma directeur cyclable\n"
            "Article 1 : diagnostic des déplacements et des itinéraires existants (voie verte, véloroute).\n"
            "Article 2 : enquête en ligne auprès des habitants et comptages.\n"
            "Article 3 : réseau cible hiérarchisé (structurant, de desserte, loisirs).\n"
            "Article 4 : programmation sur 10 ans, coûts et financements.\n"
            "Article 5 : fiches actions pour chacune des 33 communes."
        ),
        "file_format": "pdf",
        "access": {"organisations": ["mayenne-communaute"]},
        "event": None,
    },
    {
        "slug": "cr-visite-autopartage-change",
        "title": "Compte rendu – visite du service d'autopartage de véhicules électriques de Changé",
        "kind": "compte_rendu",
        "themes": ["mobilite"],
        "commune": "53054",  # Changé
        "year": 2022,
        "description": (
            "Visite du service d'autopartage de deux véhicules électriques communaux ouverts aux "
            "habitants en dehors des horaires de service."
        ),
        "body": (
            "Autopartage à Changé\n"
            "Flotte : deux véhicules électriques utilisés par les services en semaine.\n"
            "Ouverture aux habitants : soirées et week-ends, réservation en ligne.\n"
            "Tarif : 3 € de l'heure, 25 € la journée.\n"
            "Bilan première année : 94 abonnés, 1 100 réservations.\n"
            "Points de vigilance : assurance, état des lieux, recharge."
        ),
        "file_format": "pdf",
        "access": {"all_members": True},
        "event": None,
    },
    {
        "slug": "modele-delib-zone-30",
        "title": "Modèle d'arrêté – généralisation de la vitesse à 30 km/h dans le bourg",
        "kind": "deliberation",
        "themes": ["mobilite"],
        "commune": None,
        "year": 2020,
        "description": (
            "Modèle d'arrêté municipal limitant la vitesse à 30 km/h dans toute l'agglomération, "
            "à l'exception des routes départementales de transit."
        ),
        "body": (
            "ARRÊTÉ MUNICIPAL – Limitation de vitesse à 30 km/h\n"
            "Le maire,\n"
            "Vu le code de la route, notamment ses articles R. 110-2 et R. 411-8 ;\n"
            "Considérant la nécessité d'assurer la sécurité des piétons et des cyclistes dans le bourg ;\n"
            "ARRÊTE :\n"
            "Article 1 : la vitesse est limitée à 30 km/h sur l'ensemble des voies de l'agglomération ;\n"
            "Article 2 : sont exclues les sections de routes départementales listées en annexe ;\n"
            "Article 3 : la signalisation sera mise en place par les services techniques."
        ),
        "file_format": "docx",
        "access": {"all_members": True},
        "event": None,
    },
    {
        "slug": "etude-covoiturage-coevrons",
        "title": "Étude – aires de covoiturage et ligne de covoiturage des Coëvrons",
        "kind": "etude",
        "themes": ["mobilite"],
        "commune": "53097",  # Évron
        "year": 2023,
        "description": (
            "Étude d'opportunité d'une ligne de covoiturage spontané entre Évron et Laval, avec "
            "l'implantation de points d'arrêt et un dispositif de garantie de retour."
        ),
        "body": (
            "Communauté de communes des Coëvrons – Covoiturage\n"
            "Flux : 3 200 trajets quotidiens entre les Coëvrons et Laval.\n"
            "Proposition : ligne de covoiturage avec 8 arrêts signalés, application de mise en relation.\n"
            "Garantie de retour : taxi pris en charge si aucun conducteur dans les 20 minutes.\n"
            "Coût : 85 000 € par an, aide du fonds vert mobilité rurale."
        ),
        "file_format": "pdf",
        "access": {"organisations": ["coevrons"]},
        "event": None,
    },
    {
        "slug": "cr-groupe-urbanisme-2025-02",
        "title": "Compte rendu du groupe urbanisme et foncier – février 2025",
        "kind": "compte_rendu",
        "themes": ["urbanisme", "mobilite"],
        "commune": None,
        "year": 2025,
        "description": (
            "Réunion du groupe urbanisme sur la trajectoire de sobriété foncière dans les PLUi en"
            " révision et sur l'inventaire des friches."
        ),
        "body": (
            "Groupe urbanisme et foncier – Réunion du 13 février 2025\n"
            "1. Trajectoire foncière : enveloppes attribuées par le SCoT à chaque commune.\n"
            "2. Inventaire des friches : 46 sites recensés par l'observatoire départemental.\n"
            "3. Mobilité et urbanisme : localiser les nouveaux logements près des arrêts de car.\n"
            "4. Témoignage de Cossé-le-Vivien sur l'îlot de la place de l'Église."
        ),
        "file_format": "pdf",
        "access": {"working_groups": ["groupe-urbanisme-foncier"]},
        "event": None,
    },
    {
        "slug": "dt-pont-passerelle-lhuisserie",
        "title": "Dossier technique – liaison douce entre L'Huisserie et Laval",
        "kind": "dossier_technique",
        "themes": ["mobilite"],
        "commune": "53119",  # L'Huisserie
        "year": 2018,
        "description": (
            "Dossier technique de la piste cyclable de 2,8 km reliant L'Huisserie au quartier sud"
            " de Laval : profil en travers, éclairage autonome, traversées sécurisées."
        ),
        "body": (
            "Liaison douce L'Huisserie – Laval\n"
            "Longueur : 2,8 km ; largeur 3 m, enrobé clair.\n"
            "Traversées : plateau surélevé sur la RD 771.\n"
            "Éclairage : bornes solaires à détection de présence.\n"
            "Coût : 640 000 € HT, financement Département et Laval Agglomération.\n"
            "Fréquentation : 420 passages par jour en semaine au compteur."
        ),
        "file_format": "pdf",
        "access": {"working_groups": ["groupe-urbanisme-foncier"]},
        "event": None,
    },
    {
        "slug": "pres-pedibus",
        "title": "Présentation – lancer un pédibus avec les parents d'élèves",
        "kind": "presentation",
        "themes": ["mobilite", "participation-citoyenne"],
        "commune": None,
        "year": 2014,
        "description": (
            "Support d'une intervention sur le pédibus : organisation des lignes, rôle des "
            "parents bénévoles, assurance et communication avec l'école."
        ),
        "body": (
            "Lancer un pédibus\n"
            "1. Le principe : un autobus pédestre encadré par des parents.\n"
            "2. Les lignes : 3 lignes de 800 m au maximum, arrêts signalés.\n"
            "3. L'encadrement : un adulte pour 8 enfants, planning partagé.\n"
            "4. L'assurance : couverture par la commune ou l'association de parents.\n"
            "5. Exemple : le pédibus de Bais fonctionne depuis 2012."
        ),
        "file_format": "pdf",
        "access": {"all_members": True},
        "event": None,
    },
    {
        "slug": "cdc-abri-velo-ecoles",
        "title": "Cahier des charges – abris vélos sécurisés aux abords des écoles",
        "kind": "cahier_des_charges",
        "themes": ["mobilite"],
        "commune": "53140",  # Louverné
        "year": 2024,
        "description": (
            "Cahier des charges de fourniture et pose d'abris vélos couverts et d'arceaux aux "
            "abords des écoles et équipements sportifs de Louverné."
        ),
        "body": (
            "Commune de Louverné – Abris vélos\n"
            "Article 1 : fourniture de 4 abris couverts de 10 places et de 30 arceaux.\n"
            "Article 2 : structure en acier galvanisé, toiture végétalisée en option.\n"
            "Article 3 : arceaux permettant d'attacher le cadre et une roue.\n"
            "Article 4 : implantation validée avec les directeurs d'école."
        ),
        "file_format": "odt",
        "access": {"organisations": ["louverne"]},
        "event": None,
    },
    {
        "slug": "cr-atelier-mobilite-solidaire",
        "title": "Compte rendu – atelier mobilité solidaire en milieu rural",
        "kind": "compte_rendu",
        "themes": ["mobilite"],
        "commune": None,
        "year": 2024,
        "description": (
            "Compte rendu de l'atelier sur les services de transport solidaire assurés par des "
            "bénévoles pour les personnes sans voiture, avec l'exemple du Pays de Craon."
        ),
        "body": (
            "Atelier mobilité solidaire\n"
            "Principe : des chauffeurs bénévoles accompagnent les personnes sans solution de transport.\n"
            "Exemple du Pays de Craon : 65 chauffeurs, 3 800 trajets par an.\n"
            "Participation : 0,35 € par kilomètre versés au chauffeur.\n"
            "Rôle de la commune : relais en mairie, mise à disposition d'un téléphone.\n"
            "Suite : guide de démarrage à rédiger par la commission communication."
        ),
        "file_format": "pdf",
        "access": {"all_members": True},
        "event": "Atelier « Mobilité solidaire »",
    },
    {
        "slug": "note-appui-plan-mobilite-patricia-herve",
        "title": "Note d'appui – plan de mobilité simplifié des Coëvrons",
        "kind": "etude",
        "themes": ["mobilite"],
        "commune": None,
        "year": 2024,
        "description": (
            "Note de cadrage préparée pour la vice-présidente chargée de la mobilité sur "
            "l'élaboration d'un plan de mobilité simplifié et la consultation des communes."
        ),
        "body": (
            "Note d'appui individuel – Plan de mobilité simplifié\n"
            "Cadre : loi d'orientation des mobilités, compétence prise par la communauté de communes.\n"
            "Contenu : diagnostic, stratégie, plan d'actions sur 5 ans.\n"
            "Consultation : communes, Région, Département, conseil de développement.\n"
            "Calendrier proposé : 18 mois, lancement au premier trimestre.\n"
            "Budget : 60 000 € HT d'assistance, aide de l'ADEME possible."
        ),
        "file_format": "pdf",
        "access": {"users": ["patricia.herve@coevrons.exemple.fr"]},
        "event": None,
    },
    {
        "slug": "cr-comite-suivi-pvd-chateau-gontier",
        "title": "Compte rendu du comité de suivi Petites villes de demain de Château-Gontier-sur-Mayenne",
        "kind": "compte_rendu",
        "themes": ["urbanisme"],
        "commune": "53062",  # Château-Gontier-sur-Mayenne
        "year": 2022,
        "description": (
            "Relevé du comité de suivi de l'opération de revitalisation du territoire : "
            "avancement des actions sur l'habitat, le commerce et les quais de la Mayenne."
        ),
        "body": (
            "Comité de suivi Petites villes de demain – Château-Gontier-sur-Mayenne\n"
            "Habitat : OPAH-RU lancée, 38 dossiers déposés.\n"
            "Commerce : 5 cellules vacantes réoccupées grâce au loyer aidé.\n"
            "Quais de la Mayenne : concours de maîtrise d'œuvre jugé en mars.\n"
            "Points de blocage : coût des travaux en secteur patrimonial."
        ),
        "file_format": "pdf",
        "access": {
            "organisations": ["chateau-gontier-sur-mayenne"],
            "working_groups": ["groupe-urbanisme-foncier"],
        },
        "event": None,
    },
    {
        "slug": "cdc-clause-insertion",
        "title": "Cahier des charges – marché de restauration scolaire de Meslay-du-Maine avec heures réservées à l'emploi",
        "kind": "cahier_des_charges",
        "themes": ["alimentation"],
        "commune": "53152",  # Meslay-du-Maine
        "year": 2024,
        "description": (
            "Cahier des clauses particulières du marché de fourniture et livraison de repas aux "
            "écoles et à l'accueil de loisirs de Meslay-du-Maine, avec un volume d'heures de "
            "travail réservé à des personnes éloignées de l'emploi."
        ),
        "body": (
            "COMMUNE DE MESLAY-DU-MAINE – CAHIER DES CLAUSES PARTICULIÈRES\n"
            "Marché de fourniture de repas pour les restaurants scolaires et l'accueil de loisirs\n"
            "Article 1 – Objet : fabrication et livraison en liaison froide d'environ 62 000 repas par an.\n"
            "Article 2 – Qualité : 50 % de produits durables et de qualité dont 25 % issus de l'agriculture biologique.\n"
            "Article 3 – Clause d'insertion sociale\n"
            "Le titulaire réserve au moins 1 200 heures de travail par an à des personnes rencontrant des difficultés sociales ou professionnelles.\n"
            "Les heures d'insertion sont suivies par le facilitateur de la Maison de l'emploi ; un bilan trimestriel est remis à la commune.\n"
            "Le non-respect de la clause d'insertion entraîne une pénalité de 60 € par heure non réalisée.\n"
            "Article 4 – Gaspillage : pesée des restes deux semaines par trimestre.\n"
            "Article 5 – Durée : un an reconductible trois fois."
        ),
        "file_format": "pdf",
        "access": {"working_groups": ["groupe-restauration-collective"]},
        "event": None,
    },
    {
        "slug": "cctp-repas-liaison-chaude-40-durables",
        "title": "CCTP – fourniture de repas en liaison chaude avec 40 % de produits durables",
        "kind": "cahier_des_charges",
        "themes": ["alimentation"],
        "commune": "53084",  # Craon
        "year": 2020,
        "description": (
            "Cahier des clauses techniques du marché de repas en liaison chaude pour les écoles "
            "de Craon : part de produits durables, saisonnalité, grammages et lutte contre le "
            "gaspillage."
        ),
        "body": (
            "Commune de Craon – CCTP fourniture de repas en liaison chaude\n"
            "Article 1 : livraison de 420 repas par jour scolaire en conteneurs isothermes.\n"
            "Article 2 : au moins 40 % de produits durables et de qualité au sens de la loi EGalim, dont 20 % de produits biologiques.\n"
            "Article 3 : un menu végétarien par semaine ; fruits et légumes de saison selon le calendrier annexé.\n"
            "Article 4 : grammages conformes aux recommandations du GEM-RCN.\n"
            "Article 5 : traçabilité mensuelle des achats par catégorie de label.\n"
            "Article 6 : commission des menus trimestrielle avec les parents."
        ),
        "file_format": "pdf",
        "access": {"all_members": True},
        "event": None,
    },
    {
        "slug": "guide-egalim-elus",
        "title": "Guide – la loi EGalim expliquée aux élus",
        "kind": "guide",
        "themes": ["alimentation"],
        "commune": None,
        "year": 2019,
        "description": (
            "Guide du Réseau sur les obligations de la loi EGalim pour la restauration collective"
            " publique : produits durables, menu végétarien, plastiques, information des "
            "convives."
        ),
        "body": (
            "La loi EGalim expliquée aux élus\n"
            "1. 50 % de produits durables et de qualité, dont 20 % de produits biologiques.\n"
            "2. Un menu végétarien hebdomadaire dans les écoles.\n"
            "3. Fin des contenants alimentaires en plastique pour la cuisson et le service.\n"
            "4. Diagnostic du gaspillage alimentaire et don des excédents.\n"
            "5. Information des usagers une fois par an sur la part des produits durables."
        ),
        "file_format": "pdf",
        "access": {"all_members": True},
        "event": None,
    },
    {
        "slug": "cr-visite-cuisine-centrale-cg",
        "title": "Compte rendu de la visite de la cuisine centrale de Château-Gontier-sur-Mayenne",
        "kind": "compte_rendu",
        "themes": ["alimentation"],
        "commune": "53062",  # Château-Gontier-sur-Mayenne
        "year": 2021,
        "description": (
            "Visite de la cuisine centrale en régie qui prépare 1 600 repas par jour : légumerie,"
            " approvisionnement local via la plateforme départementale et formation des "
            "cuisiniers."
        ),
        "body": (
            "Visite – Cuisine centrale de Château-Gontier-sur-Mayenne\n"
            "Production : 1 600 repas par jour en liaison froide.\n"
            "Légumerie : épluchage des légumes bruts des maraîchers locaux.\n"
            "Approvisionnement : 38 % de produits biologiques, 61 % de produits locaux en valeur.\n"
            "Organisation : 14 agents, formation à la cuisine végétarienne.\n"
            "Coût matière : 2,15 € par repas."
        ),
        "file_format": "pdf",
        "access": {"all_members": True},
        "event": "Visite de la cuisine centrale de Château-Gontier-sur-Mayenne",
    },
    {
        "slug": "cr-groupe-rc-2023-11",
        "title": "Compte rendu du groupe restauration collective – novembre 2023",
        "kind": "compte_rendu",
        "themes": ["alimentation"],
        "commune": None,
        "year": 2023,
        "description": (
            "Réunion du groupe restauration collective sur la hausse des prix des denrées, les "
            "menus végétariens et le partage des fiches recettes."
        ),
        "body": (
            "Groupe restauration collective – Réunion du 23 novembre 2023\n"
            "1. Prix des denrées : +14 % sur un an ; arbitrages entre bio et local.\n"
            "2. Menus végétariens : recettes les mieux acceptées par les enfants.\n"
            "3. Commande groupée de légumineuses auprès d'une coopérative mayennaise.\n"
            "4. Échanges de fiches recettes entre cuisiniers.\n"
            "Action : créer un recueil commun de 20 recettes."
        ),
        "file_format": "pdf",
        "access": {"working_groups": ["groupe-restauration-collective"]},
        "event": None,
    },
    {
        "slug": "etude-diagnostic-gaspillage-louverne",
        "title": "Étude – diagnostic du gaspillage alimentaire au restaurant scolaire de Louverné",
        "kind": "etude",
        "themes": ["alimentation", "dechets"],
        "commune": "53140",  # Louverné
        "year": 2018,
        "description": (
            "Résultats de deux semaines de pesées au restaurant scolaire de Louverné : quantités "
            "jetées par composante, causes et plan d'actions."
        ),
        "body": (
            "Louverné – Diagnostic du gaspillage alimentaire\n"
            "Pesées : 10 jours, 3 400 repas servis.\n"
            "Gaspillage moyen : 118 g par repas, soit 9 tonnes par an.\n"
            "Composantes les plus jetées : légumes cuits, pain, laitages.\n"
            "Actions : pain coupé à la demande, service en deux temps, table de tri pédagogique.\n"
            "Objectif : 80 g par repas à la fin de l'année scolaire."
        ),
        "file_format": "pdf",
        "access": {"organisations": ["louverne"]},
        "event": None,
    },
    {
        "slug": "pres-projet-alimentaire-territorial",
        "title": "Présentation – le projet alimentaire territorial du Pays de Craon",
        "kind": "presentation",
        "themes": ["alimentation", "demarches-globales"],
        "commune": None,
        "year": 2022,
        "description": (
            "Support de présentation du projet alimentaire territorial : diagnostic agricole, "
            "approvisionnement des cantines, éducation alimentaire et accès de tous à une "
            "alimentation de qualité."
        ),
        "body": (
            "Projet alimentaire territorial du Pays de Craon\n"
            "1. Diagnostic : 1 100 exploitations, 3 % en maraîchage.\n"
            "2. Axe restauration collective : plateforme de commandes locale.\n"
            "3. Axe installation : espace test agricole en maraîchage biologique.\n"
            "4. Axe éducation : classes du goût, visites de fermes.\n"
            "5. Axe solidarité : paniers solidaires avec le centre social."
        ),
        "file_format": "pdf",
        "access": {"all_members": True},
        "event": "Rencontre sur les projets alimentaires territoriaux",
    },
    {
        "slug": "modele-delib-tarification-sociale-cantine",
        "title": "Modèle de délibération – tarification sociale de la cantine à 1 €",
        "kind": "deliberation",
        "themes": ["alimentation"],
        "commune": None,
        "year": 2021,
        "description": (
            "Modèle de délibération instaurant une grille tarifaire de la cantine en fonction du "
            "quotient familial, avec un premier tarif à 1 € éligible à l'aide de l'État."
        ),
        "body": (
            "DÉLIBÉRATION – Tarification sociale de la restauration scolaire\n"
            "Le conseil municipal,\n"
            "Vu la convention proposée par l'État pour la tarification sociale des cantines ;\n"
            "DÉCIDE :\n"
            "Article 1 : quotient familial inférieur à 700 € : 1,00 € par repas ;\n"
            "Article 2 : quotient familial de 700 à 1 100 € : 2,80 € par repas ;\n"
            "Article 3 : quotient familial supérieur à 1 100 € : 3,60 € par repas ;\n"
            "Article 4 : le maire est autorisé à signer la convention triennale avec l'État."
        ),
        "file_format": "docx",
        "access": {"all_members": True},
        "event": None,
    },
    {
        "slug": "cdc-legumerie-cuisine-centrale",
        "title": "Cahier des charges – équipement d'une légumerie",
        "kind": "cahier_des_charges",
        "themes": ["alimentation"],
        "commune": "53062",  # Château-Gontier-sur-Mayenne
        "year": 2019,
        "description": (
            "Cahier des charges d'équipement d'une légumerie permettant de traiter des légumes "
            "bruts locaux : laveuse, éplucheuse, coupe-légumes et circuits de la marche en avant."
        ),
        "body": (
            "Cahier des charges – Équipement d'une légumerie\n"
            "Article 1 : capacité de 300 kg de légumes bruts par jour.\n"
            "Article 2 : laveuse à bulles, éplucheuse abrasive, coupe-légumes à disques.\n"
            "Article 3 : respect de la marche en avant, zone terreuse séparée.\n"
            "Article 4 : formation des agents à l'utilisation et au nettoyage.\n"
            "Article 5 : garantie et maintenance sur 5 ans."
        ),
        "file_format": "pdf",
        "access": {"working_groups": ["groupe-restauration-collective"]},
        "event": None,
    },
    {
        "slug": "cr-visite-ferme-maraichere-gorron",
        "title": "Compte rendu – visite d'une ferme maraîchère qui livre les écoles de Gorron",
        "kind": "compte_rendu",
        "themes": ["alimentation"],
        "commune": "53107",  # Gorron
        "year": 2017,
        "description": (
            "Visite d'une exploitation maraîchère biologique qui approvisionne les cantines du "
            "Bocage mayennais : organisation des commandes, prix et contraintes de livraison."
        ),
        "body": (
            "Visite – Ferme maraîchère des Vallons, près de Gorron\n"
            "Production : 3 ha de légumes biologiques, 40 variétés.\n"
            "Clients : 6 restaurants scolaires, une épicerie, un marché.\n"
            "Commandes : planification annuelle avec les cuisiniers, ajustement hebdomadaire.\n"
            "Prix : fixés pour l'année scolaire.\n"
            "Difficultés : légumes calibrés, livraisons dispersées."
        ),
        "file_format": "pdf",
        "access": {"organisations": ["gorron", "ambrieres-les-vallees"]},
        "event": None,
    },
    {
        "slug": "note-appui-marche-rc-anne-brochard",
        "title": "Note d'appui – allotissement du marché de denrées de Craon",
        "kind": "etude",
        "themes": ["alimentation"],
        "commune": "53084",  # Craon
        "year": 2023,
        "description": (
            "Note préparée pour l'adjointe à la restauration de Craon sur un découpage du marché "
            "de denrées en lots adaptés aux producteurs locaux."
        ),
        "body": (
            "Note d'appui individuel – Allotissement du marché de denrées\n"
            "Lots proposés : légumes frais, fruits, produits laitiers, viande bovine, volaille, épicerie.\n"
            "Lots de petite taille pour permettre aux producteurs de répondre.\n"
            "Critères : fraîcheur, délai entre récolte et livraison, performance environnementale.\n"
            "Procédure : marché à procédure adaptée, publication sur le profil acheteur."
        ),
        "file_format": "pdf",
        "access": {"users": ["anne.brochard@craon.exemple.fr"]},
        "event": None,
    },
    {
        "slug": "guide-recettes-vegetariennes",
        "title": "Guide – 20 recettes végétariennes testées dans les cantines du Réseau",
        "kind": "guide",
        "themes": ["alimentation"],
        "commune": None,
        "year": 2024,
        "description": (
            "Recueil de recettes végétariennes élaborées et testées par les cuisiniers des "
            "communes adhérentes, avec les grammages pour 100 couverts et l'avis des enfants."
        ),
        "body": (
            "20 recettes végétariennes des cantines du Réseau\n"
            "Recette 1 : dahl de lentilles corail au lait de coco (Évron).\n"
            "Recette 2 : hachis parmentier de haricots rouges (Louverné).\n"
            "Recette 3 : lasagnes aux légumes de saison (Craon).\n"
            "Recette 4 : galettes de sarrasin aux poireaux et à l'emmental (Gorron).\n"
            "Pour chaque recette : grammages pour 100 couverts, coût matière, avis des enfants."
        ),
        "file_format": "odt",
        "access": {"working_groups": ["groupe-restauration-collective"]},
        "event": None,
    },
    {
        "slug": "cr-commission-menus-evron",
        "title": "Compte rendu de la commission des menus du restaurant scolaire d'Évron",
        "kind": "compte_rendu",
        "themes": ["alimentation"],
        "commune": "53097",  # Évron
        "year": 2022,
        "description": (
            "Compte rendu de la commission des menus réunissant parents, enseignants et "
            "cuisinière : bilan du trimestre, gaspillage et nouvelles recettes."
        ),
        "body": (
            "Commission des menus – Restaurant scolaire d'Évron\n"
            "Bilan du trimestre : 45 % de produits durables, dont 27 % biologiques.\n"
            "Gaspillage : 92 g par enfant, en baisse de 20 %.\n"
            "Nouvelles recettes : crumble de légumes, boulgour aux pois chiches.\n"
            "Demande des parents : davantage de fruits crus."
        ),
        "file_format": "odt",
        "access": {"organisations": ["evron"]},
        "event": None,
    },
    {
        "slug": "pres-dechets-redevance-incitative",
        "title": "Présentation – passer à la redevance incitative",
        "kind": "presentation",
        "themes": ["dechets"],
        "commune": None,
        "year": 2016,
        "description": (
            "Support de présentation sur la tarification incitative des déchets ménagers : "
            "principes, étapes de mise en œuvre et résultats obtenus dans les territoires "
            "voisins."
        ),
        "body": (
            "Passer à la redevance incitative\n"
            "1. Le principe : payer selon les levées de son bac d'ordures ménagères.\n"
            "2. Les étapes : fichier des usagers, bacs pucés, année à blanc.\n"
            "3. Les effets observés : -30 à -40 % d'ordures ménagères résiduelles.\n"
            "4. Les points de vigilance : dépôts sauvages, foyers en difficulté.\n"
            "5. L'exemple de la communauté de communes de l'Ernée."
        ),
        "file_format": "pdf",
        "access": {"all_members": True},
        "event": "Rencontre sur la tarification incitative des déchets",
    },
    {
        "slug": "cdc-ressourcerie-mayenne",
        "title": "Cahier des charges – étude de faisabilité d'une ressourcerie",
        "kind": "cahier_des_charges",
        "themes": ["dechets"],
        "commune": "53147",  # Mayenne
        "year": 2020,
        "description": (
            "Cahier des charges de l'étude de faisabilité d'une ressourcerie sur le territoire de"
            " Mayenne Communauté : gisements, modèle économique, locaux et partenariats."
        ),
        "body": (
            "Mayenne Communauté – Étude de faisabilité d'une ressourcerie\n"
            "Article 1 : estimation des gisements réemployables en déchèterie.\n"
            "Article 2 : étude de marché et des acteurs existants.\n"
            "Article 3 : recherche de locaux et de la surface nécessaire.\n"
            "Article 4 : modèle économique et emplois créés.\n"
            "Article 5 : gouvernance associative ou coopérative."
        ),
        "file_format": "pdf",
        "access": {"organisations": ["mayenne-communaute"]},
        "event": None,
    },
    {
        "slug": "cr-visite-compostage-partage",
        "title": "Compte rendu – visite des sites de compostage partagé de Saint-Berthevin",
        "kind": "compte_rendu",
        "themes": ["dechets"],
        "commune": "53201",  # Saint-Berthevin
        "year": 2019,
        "description": (
            "Visite de trois sites de compostage partagé en pied d'immeuble et dans un jardin "
            "public, animés par des habitants référents formés par l'agglomération."
        ),
        "body": (
            "Visite – Compostage partagé à Saint-Berthevin\n"
            "Sites : résidence des Pommeraies, jardin du Coudray, école du Centre.\n"
            "Fonctionnement : trois bacs (apport, maturation, broyat), référents formés.\n"
            "Volumes détournés : 6 tonnes de biodéchets par an.\n"
            "Conseils : prévoir une réserve de broyat, permanence le samedi matin.\n"
            "Obligation : tri à la source des biodéchets depuis le 1er janvier 2024."
        ),
        "file_format": "pdf",
        "access": {"all_members": True},
        "event": "Visite des composteurs partagés de Saint-Berthevin",
    },
    {
        "slug": "guide-biodechets-cantines",
        "title": "Guide – trier et valoriser les biodéchets des restaurants scolaires",
        "kind": "guide",
        "themes": ["dechets", "alimentation"],
        "commune": None,
        "year": 2023,
        "description": (
            "Guide pratique pour organiser le tri des biodéchets dans les restaurants scolaires :"
            " table de tri, composteur électromécanique ou collecte, obligations réglementaires."
        ),
        "body": (
            "Trier les biodéchets des restaurants scolaires\n"
            "1. Obligation : tri à la source au 1er janvier 2024 pour tous les producteurs.\n"
            "2. Table de tri : pain, restes alimentaires, emballages.\n"
            "3. Solutions : compostage sur place, composteur électromécanique, collecte séparée.\n"
            "4. Pédagogie : pesées affichées, élèves ambassadeurs.\n"
            "5. Coûts comparés selon la taille du restaurant."
        ),
        "file_format": "pdf",
        "access": {"working_groups": ["groupe-restauration-collective"]},
        "event": None,
    },
    {
        "slug": "modele-delib-adhesion-zero-dechet",
        "title": "Modèle de délibération – adhésion à la charte « commune zéro déchet »",
        "kind": "deliberation",
        "themes": ["dechets"],
        "commune": None,
        "year": 2018,
        "description": (
            "Modèle de délibération par laquelle une commune s'engage dans une démarche zéro "
            "déchet : vaisselle réutilisable pour les fêtes, achats responsables et compostage."
        ),
        "body": (
            "DÉLIBÉRATION – Engagement dans une démarche zéro déchet\n"
            "Le conseil municipal DÉCIDE :\n"
            "– de mettre à disposition des associations un kit de vaisselle réutilisable ;\n"
            "– de proscrire la vaisselle jetable lors des manifestations municipales ;\n"
            "– d'introduire des critères de réduction des emballages dans les achats ;\n"
            "– d'installer un composteur à l'école et au cimetière ;\n"
            "– de désigner un élu référent."
        ),
        "file_format": "docx",
        "access": {"all_members": True},
        "event": None,
    },
    {
        "slug": "etude-dechets-verts-cimetieres",
        "title": "Étude – gestion des déchets verts communaux",
        "kind": "etude",
        "themes": ["dechets", "biodiversite"],
        "commune": "53034",  # Bonchamp-lès-Laval
        "year": 2015,
        "description": (
            "Étude des volumes de déchets verts produits par les services techniques de Bonchamp-"
            "lès-Laval et des solutions de broyage et de paillage sur place."
        ),
        "body": (
            "Bonchamp-lès-Laval – Gestion des déchets verts\n"
            "Volumes : 320 m³ par an (tontes, tailles, feuilles).\n"
            "Transport en déchèterie : 46 rotations par an.\n"
            "Solution : broyeur communal, paillage des massifs, mulching des tontes.\n"
            "Économie : 7 000 € par an de transport et de traitement.\n"
            "Bénéfices : moins d'arrosage et de désherbage."
        ),
        "file_format": "pdf",
        "access": {"organisations": ["bonchamp-les-laval"]},
        "event": None,
    },
    {
        "slug": "cr-groupe-rc-2025-05",
        "title": "Compte rendu du groupe restauration collective – mai 2025",
        "kind": "compte_rendu",
        "themes": ["alimentation", "dechets"],
        "commune": None,
        "year": 2025,
        "description": (
            "Réunion du groupe restauration collective : bilan des déclarations sur la plateforme"
            " ma-cantine, sortie du plastique et formation commune des agents."
        ),
        "body": (
            "Groupe restauration collective – Réunion du 15 mai 2025\n"
            "1. Déclarations sur la plateforme ma-cantine : 14 communes à jour.\n"
            "2. Sortie du plastique : bacs inox et verre, retours d'expérience.\n"
            "3. Formation : deux journées « cuisine du végétal » à l'automne.\n"
            "4. Question de Meslay-du-Maine : nouveau marché de repas, partage des pièces."
        ),
        "file_format": "pdf",
        "access": {"working_groups": ["groupe-restauration-collective"]},
        "event": None,
    },
    {
        "slug": "dt-recyclerie-ernee",
        "title": "Dossier technique – aménagement d'une recyclerie dans l'ancienne caserne des pompiers d'Ernée",
        "kind": "dossier_technique",
        "themes": ["dechets", "batiments-publics"],
        "commune": "53096",  # Ernée
        "year": 2024,
        "description": (
            "Dossier technique de la transformation de l'ancienne caserne des pompiers d'Ernée en"
            " recyclerie associative : plans, sécurité incendie et budget."
        ),
        "body": (
            "Ernée – Recyclerie dans l'ancienne caserne\n"
            "Surface : 480 m² de stockage et d'atelier, 220 m² de boutique.\n"
            "Travaux : isolation, ouverture d'une vitrine, mise aux normes de l'accessibilité.\n"
            "Classement : établissement recevant du public de 5e catégorie.\n"
            "Coût : 310 000 € HT ; aides de l'ADEME et de la Région.\n"
            "Exploitation : association locale, 4 salariés."
        ),
        "file_format": "pdf",
        "access": {"organisations": ["ernee"], "users": ["florian.landais@coevrons.exemple.fr"]},
        "event": None,
    },
    {
        "slug": "pres-vaisselle-reutilisable",
        "title": "Présentation – gobelets et vaisselle réutilisables pour les fêtes locales",
        "kind": "presentation",
        "themes": ["dechets"],
        "commune": None,
        "year": 2012,
        "description": (
            "Support présenté aux associations pour remplacer la vaisselle jetable : prêt de kits"
            " par la commune, lavage, consignes et économies."
        ),
        "body": (
            "Vaisselle réutilisable pour les fêtes locales\n"
            "1. Le constat : 1 500 gobelets jetés lors d'une fête communale.\n"
            "2. Le kit communal : 1 000 gobelets, 400 assiettes, couverts inox.\n"
            "3. Le lavage : lave-vaisselle de la salle des fêtes ou prestataire.\n"
            "4. La consigne : 1 € par gobelet.\n"
            "5. Le bilan : 12 fêtes équipées la première année."
        ),
        "file_format": "pdf",
        "access": {"all_members": True},
        "event": None,
    },
    {
        "slug": "cr-visite-dechetterie-coevrons",
        "title": "Compte rendu – visite de la déchèterie nouvelle génération d'Évron",
        "kind": "compte_rendu",
        "themes": ["dechets"],
        "commune": "53097",  # Évron
        "year": 2025,
        "description": (
            "Visite de la déchèterie rénovée d'Évron : quai de réemploi, contrôle d'accès, "
            "nouvelles filières de tri et sécurité des agents."
        ),
        "body": (
            "Visite – Déchèterie d'Évron rénovée\n"
            "Nouveautés : quai de réemploi, contrôle d'accès par badge, bas de quai pour les déchets verts.\n"
            "Filières : plâtre, menuiseries, huisseries, mobilier, jouets.\n"
            "Sécurité : garde-corps, séparation des flux piétons et véhicules.\n"
            "Résultats : +22 % de matériaux orientés vers le recyclage."
        ),
        "file_format": "pdf",
        "access": {"organisations": ["coevrons", "evron"]},
        "event": None,
    },
    {
        "slug": "note-appui-gaspillage-virginie-rouault",
        "title": "Note d'appui – plan d'actions contre le gaspillage au restaurant scolaire",
        "kind": "etude",
        "themes": ["alimentation", "dechets"],
        "commune": "53140",  # Louverné
        "year": 2019,
        "description": (
            "Note de suivi rédigée pour la responsable du restaurant scolaire de Louverné un an "
            "après le diagnostic : résultats des pesées et prochaines étapes."
        ),
        "body": (
            "Note d'appui individuel – Suivi du plan anti-gaspillage\n"
            "Gaspillage mesuré : 84 g par repas contre 118 g un an plus tôt.\n"
            "Actions efficaces : pain à la demande, choix entre deux portions.\n"
            "Actions à renforcer : service des légumes, temps de repas.\n"
            "Prochaine étape : associer les animateurs périscolaires."
        ),
        "file_format": "pdf",
        "access": {"users": ["virginie.rouault@louverne.exemple.fr"]},
        "event": None,
    },
    {
        "slug": "cdc-collecte-biodechets-restauration",
        "title": "Cahier des charges – collecte des biodéchets des restaurants scolaires",
        "kind": "cahier_des_charges",
        "themes": ["dechets", "alimentation"],
        "commune": None,
        "year": 2024,
        "description": (
            "Cahier des charges type de la prestation de collecte et de traitement des biodéchets"
            " des cuisines et restaurants scolaires, en vue d'une valorisation par compostage."
        ),
        "body": (
            "Cahier des charges type – Collecte des biodéchets\n"
            "Article 1 : collecte hebdomadaire des bacs de 120 litres.\n"
            "Article 2 : lavage des bacs à chaque collecte.\n"
            "Article 3 : traitement par compostage sur une plateforme autorisée.\n"
            "Article 4 : bilan mensuel des tonnages par site.\n"
            "Article 5 : prix au bac collecté."
        ),
        "file_format": "docx",
        "access": {"working_groups": ["groupe-restauration-collective"]},
        "event": None,
    },
    {
        "slug": "pres-egalim-2026",
        "title": "Présentation – rencontre départementale de la restauration collective 2026",
        "kind": "presentation",
        "themes": ["alimentation"],
        "commune": None,
        "year": 2026,
        "description": (
            "Programme et support de la rencontre départementale organisée avec la chambre "
            "d'agriculture : bilan des objectifs EGalim dans les communes mayennaises et "
            "nouvelles filières."
        ),
        "body": (
            "Rencontre départementale de la restauration collective – printemps 2026\n"
            "Ouverture par les élus du comité de pilotage du Réseau.\n"
            "Séquence 1 : bilan des objectifs EGalim dans les communes mayennaises.\n"
            "Séquence 2 : la filière légumineuses de Mayenne.\n"
            "Séquence 3 : ateliers cuisiniers – gestionnaires – élus.\n"
            "Inscription auprès de l'animatrice du Réseau."
        ),
        "file_format": "pdf",
        "access": {"all_members": True},
        "event": "Rencontre départementale de la restauration collective (printemps 2026)",
    },
    {
        "slug": "cr-copil-methaniseur-villaines-confidentiel",
        "title": "Compte rendu confidentiel du comité de pilotage – projet de méthaniseur de Villaines-la-Juhel",
        "kind": "compte_rendu",
        "themes": ["energie"],
        "commune": "53271",  # Villaines-la-Juhel
        "year": 2025,
        "description": (
            "Relevé de décisions confidentiel du comité de pilotage réuni autour du projet de "
            "méthaniseur agricole de Villaines-la-Juhel, avant toute communication publique."
        ),
        "body": (
            "CONFIDENTIEL – ne pas diffuser\n"
            "Comité de pilotage – projet de méthaniseur de Villaines-la-Juhel\n"
            "Présents : le maire, quatre exploitants agricoles porteurs du projet, le syndicat d'énergie, l'animatrice du Réseau.\n"
            "1. Gisement : effluents de 9 exploitations et cultures intermédiaires, 14 000 tonnes par an.\n"
            "2. Valorisation : injection de biométhane dans le réseau de gaz, 120 Nm3/h.\n"
            "3. Site pressenti : parcelle de la Croix-Verte, à 900 m des premières habitations.\n"
            "4. Acceptabilité : réunion publique à organiser avant le dépôt du permis ; risque d'opposition des riverains du hameau des Brosses.\n"
            "5. Décision : ne rien communiquer avant l'accord de la commission départementale."
        ),
        "file_format": "pdf",
        "access": {"users": ["dominique.le-bihan@villaines-la-juhel.exemple.fr"]},
        "event": None,
    },
    {
        "slug": "cr-comite-pilotage-reseau-2024",
        "title": "Compte rendu du comité de pilotage du Réseau – décembre 2024",
        "kind": "compte_rendu",
        "themes": ["demarches-globales"],
        "commune": None,
        "year": 2024,
        "description": (
            "Compte rendu du comité de pilotage annuel du Réseau des collectivités : bilan des "
            "rencontres de l'année, renouvellement des adhésions et programme 2025."
        ),
        "body": (
            "Comité de pilotage du Réseau des collectivités – 12 décembre 2024\n"
            "1. Bilan 2024 : 9 rencontres, 312 participants, 4 nouvelles fiches expériences.\n"
            "2. Adhésions : 29 collectivités renouvellent, une commune ne renouvelle pas pour 2025.\n"
            "3. Programme 2025 : eau et sécheresse, restauration collective, sobriété foncière.\n"
            "4. Site internet : mise en ligne de l'espace adhérents rénové.\n"
            "5. Date de la prochaine assemblée : 27 mars 2025 à Changé."
        ),
        "file_format": "pdf",
        "access": {"all_members": True},
        "event": None,
    },
    {
        "slug": "guide-agenda-21-communal",
        "title": "Guide – construire un programme communal de développement durable",
        "kind": "guide",
        "themes": ["demarches-globales"],
        "commune": None,
        "year": 2011,
        "description": (
            "Guide méthodologique inspiré des agendas 21 pour bâtir un programme d'actions "
            "communal : diagnostic partagé, priorités, indicateurs et évaluation."
        ),
        "body": (
            "Construire un programme communal de développement durable\n"
            "Étape 1 : constituer un comité de pilotage élus – agents – habitants.\n"
            "Étape 2 : diagnostic partagé selon les cinq finalités du développement durable.\n"
            "Étape 3 : choisir 10 à 15 actions réalistes sur le mandat.\n"
            "Étape 4 : définir des indicateurs simples et un calendrier.\n"
            "Étape 5 : évaluer chaque année en conseil municipal.\n"
            "Exemple : l'agenda 21 de Bais adopté en 2011."
        ),
        "file_format": "pdf",
        "access": {"all_members": True},
        "event": None,
    },
    {
        "slug": "cr-visite-agenda21-bais",
        "title": "Compte rendu – témoignage sur l'agenda 21 de Bais",
        "kind": "compte_rendu",
        "themes": ["demarches-globales", "participation-citoyenne"],
        "commune": "53016",  # Bais
        "year": 2012,
        "description": (
            "Soirée témoignage des élus de Bais sur l'élaboration de leur agenda 21 avec les "
            "habitants : méthode, premières actions et difficultés rencontrées."
        ),
        "body": (
            "Soirée témoignage – L'agenda 21 de Bais\n"
            "Démarche : 18 mois, 6 ateliers citoyens, 80 habitants mobilisés.\n"
            "Premières actions : pédibus, verger communal, extinction de l'éclairage, chaufferie bois à l'étude.\n"
            "Difficultés : tenir la mobilisation dans la durée, moyens humains limités.\n"
            "Conseil des élus : commencer par des actions visibles et peu coûteuses."
        ),
        "file_format": "pdf",
        "access": {"all_members": True},
        "event": "Soirée témoignage sur l'agenda 21 de Bais",
    },
    {
        "slug": "pres-budget-participatif",
        "title": "Présentation – lancer un budget participatif communal",
        "kind": "presentation",
        "themes": ["participation-citoyenne"],
        "commune": None,
        "year": 2021,
        "description": (
            "Support présentant les étapes d'un budget participatif dans une commune de moins de "
            "5 000 habitants : règlement, dépôt des projets, vote et réalisation."
        ),
        "body": (
            "Lancer un budget participatif\n"
            "1. Le montant : 2 à 5 % du budget d'investissement.\n"
            "2. Le règlement : qui peut proposer, qui vote, critères de recevabilité.\n"
            "3. L'accompagnement des porteurs de projets par les services.\n"
            "4. Le vote : urnes en mairie et vote en ligne.\n"
            "5. L'exemple de L'Huisserie : 40 000 €, 23 projets déposés, 6 réalisés."
        ),
        "file_format": "pdf",
        "access": {"all_members": True},
        "event": "Rencontre sur la participation citoyenne",
    },
    {
        "slug": "modele-reglement-budget-participatif",
        "title": "Modèle – règlement du budget participatif",
        "kind": "deliberation",
        "themes": ["participation-citoyenne"],
        "commune": "53119",  # L'Huisserie
        "year": 2021,
        "description": (
            "Règlement du budget participatif adopté par le conseil municipal de L'Huisserie, "
            "adaptable par les autres communes."
        ),
        "body": (
            "RÈGLEMENT DU BUDGET PARTICIPATIF\n"
            "Article 1 – Enveloppe : 40 000 € TTC par an en investissement.\n"
            "Article 2 – Porteurs : tout habitant de plus de 11 ans, seul ou en collectif.\n"
            "Article 3 – Recevabilité : intérêt général, compétence communale, coût inférieur à 15 000 €.\n"
            "Article 4 – Vote : chaque habitant choisit trois projets.\n"
            "Article 5 – Réalisation : dans les 18 mois suivant le vote."
        ),
        "file_format": "docx",
        "access": {"all_members": True},
        "event": None,
    },
    {
        "slug": "cr-conseil-citoyen-climat-lhuisserie",
        "title": "Compte rendu – première séance du conseil citoyen pour le climat de L'Huisserie",
        "kind": "compte_rendu",
        "themes": ["participation-citoyenne", "demarches-globales"],
        "commune": "53119",  # L'Huisserie
        "year": 2023,
        "description": (
            "Compte rendu de la première séance du conseil citoyen tiré au sort pour proposer des"
            " actions climat à la municipalité."
        ),
        "body": (
            "Conseil citoyen pour le climat – L'Huisserie\n"
            "Composition : 24 habitants tirés au sort sur les listes électorales.\n"
            "Séance 1 : présentation du bilan carbone de la commune.\n"
            "Thèmes retenus : mobilités du quotidien, alimentation, rénovation des logements.\n"
            "Engagement des élus : réponse argumentée à chaque proposition."
        ),
        "file_format": "pdf",
        "access": {"organisations": ["l-huisserie"]},
        "event": None,
    },
    {
        "slug": "guide-concertation-projets",
        "title": "Guide – associer les habitants à un projet d'aménagement",
        "kind": "guide",
        "themes": ["participation-citoyenne", "urbanisme"],
        "commune": None,
        "year": 2016,
        "description": (
            "Guide des outils de concertation adaptés aux petites communes : réunion publique, "
            "balade urbaine, atelier sur maquette, questionnaire et restitution."
        ),
        "body": (
            "Associer les habitants à un projet d'aménagement\n"
            "1. Définir ce qui est ouvert à la discussion et ce qui ne l'est pas.\n"
            "2. Choisir les outils : balade urbaine, atelier maquette, questionnaire.\n"
            "3. Aller vers les publics éloignés : marché, sortie d'école.\n"
            "4. Restituer : ce qui a été retenu et pourquoi.\n"
            "5. Calendrier type sur six mois."
        ),
        "file_format": "pdf",
        "access": {"all_members": True},
        "event": None,
    },
    {
        "slug": "cr-assemblee-generale-reseau-2019",
        "title": "Compte rendu de l'assemblée du Réseau – mars 2019",
        "kind": "compte_rendu",
        "themes": ["demarches-globales"],
        "commune": "53054",  # Changé
        "year": 2019,
        "description": (
            "Compte rendu de l'assemblée annuelle du Réseau : rapport d'activité 2018, bilan "
            "financier et choix des thèmes prioritaires par les communes adhérentes."
        ),
        "body": (
            "Assemblée du Réseau des collectivités – 28 mars 2019 à Changé\n"
            "Rapport d'activité 2018 : 8 rencontres, 6 visites, 2 formations.\n"
            "Adhérents : 27 collectivités, dont 3 nouvelles.\n"
            "Thèmes prioritaires votés : restauration collective, rénovation des bâtiments, biodiversité.\n"
            "Intervention : le directeur de l'association Synergies."
        ),
        "file_format": "pdf",
        "access": {"all_members": True},
        "event": None,
    },
    {
        "slug": "pres-plaquette-reseau",
        "title": "Présentation – le Réseau des collectivités en dix diapositives",
        "kind": "presentation",
        "themes": ["demarches-globales"],
        "commune": None,
        "year": 2020,
        "description": (
            "Diaporama de présentation du Réseau utilisé lors des interventions en conseil "
            "municipal et auprès des communes qui envisagent d'adhérer."
        ),
        "body": (
            "Le Réseau des collectivités mayennaises en dix diapositives\n"
            "1. Créé en 2010 par des élus, animé par l'association Synergies.\n"
            "2. Une trentaine de collectivités adhérentes.\n"
            "3. Plus de 70 rencontres depuis sa création.\n"
            "4. Des visites de réalisations avec témoignage de la commune d'accueil.\n"
            "5. Des ressources réservées aux adhérents : cahiers des charges, dossiers techniques.\n"
            "6. Un appui individuel au démarrage des projets."
        ),
        "file_format": "pdf",
        "access": {"working_groups": ["commission-communication"]},
        "event": None,
    },
    {
        "slug": "cr-commission-communication-2024",
        "title": "Compte rendu de la commission communication – janvier 2024",
        "kind": "compte_rendu",
        "themes": ["participation-citoyenne"],
        "commune": None,
        "year": 2024,
        "description": (
            "Réunion de la commission communication : calendrier de la lettre du Réseau, choix "
            "des prochaines fiches expériences et relations avec la presse locale."
        ),
        "body": (
            "Commission communication – Réunion du 18 janvier 2024\n"
            "1. Lettre du Réseau : trois numéros par an, prochaine parution en avril.\n"
            "2. Fiches expériences : recyclerie d'Ernée, cour d'école de L'Huisserie, chaufferie de Javron-les-Chapelles.\n"
            "3. Presse : communiqué systématique après chaque visite.\n"
            "4. Site internet : refonte de l'espace adhérents."
        ),
        "file_format": "odt",
        "access": {"working_groups": ["commission-communication"]},
        "event": None,
    },
    {
        "slug": "modele-communique-presse-visite",
        "title": "Modèle – communiqué de presse annonçant une visite du Réseau",
        "kind": "guide",
        "themes": ["participation-citoyenne"],
        "commune": None,
        "year": 2022,
        "description": (
            "Trame de communiqué de presse à adapter par la commune d'accueil pour annoncer une "
            "visite ou une rencontre du Réseau."
        ),
        "body": (
            "COMMUNIQUÉ DE PRESSE – trame\n"
            "Titre : [Commune] accueille le Réseau des collectivités mayennaises\n"
            "Chapeau : le [date], une vingtaine d'élus et de techniciens visiteront [réalisation].\n"
            "Paragraphe 1 : le projet en quelques chiffres.\n"
            "Paragraphe 2 : pourquoi la commune a fait ce choix (citation du maire).\n"
            "Paragraphe 3 : le Réseau et l'association Synergies.\n"
            "Contact presse : mairie et animatrice du Réseau."
        ),
        "file_format": "docx",
        "access": {
            "working_groups": ["commission-communication"],
            "users": ["aurelie.fontaine@saint-berthevin.exemple.fr"],
        },
        "event": None,
    },
    {
        "slug": "etude-bilan-carbone-saint-berthevin",
        "title": "Étude – bilan des émissions de gaz à effet de serre de Saint-Berthevin",
        "kind": "etude",
        "themes": ["demarches-globales", "energie"],
        "commune": "53201",  # Saint-Berthevin
        "year": 2022,
        "description": (
            "Bilan des émissions de gaz à effet de serre du patrimoine et des services de Saint-"
            "Berthevin : postes principaux et plan de transition."
        ),
        "body": (
            "Saint-Berthevin – Bilan des émissions de gaz à effet de serre (2021)\n"
            "Total : 1 240 tonnes équivalent CO2.\n"
            "Postes : bâtiments 38 %, achats 27 %, déplacements 14 %, restauration 12 %.\n"
            "Actions prioritaires : rénovation du complexe sportif, véhicules électriques, menus.\n"
            "Objectif : -30 % en 2030."
        ),
        "file_format": "pdf",
        "access": {"organisations": ["saint-berthevin"]},
        "event": None,
    },
    {
        "slug": "cr-groupe-energie-2016-10",
        "title": "Compte rendu du groupe énergie – octobre 2016",
        "kind": "compte_rendu",
        "themes": ["energie", "eclairage-public"],
        "commune": None,
        "year": 2016,
        "description": (
            "Compte rendu de la réunion du groupe énergie : premiers bilans d'extinction "
            "nocturne, fin des tarifs réglementés et projets bois."
        ),
        "body": (
            "Groupe énergie – Réunion du 6 octobre 2016 à Évron\n"
            "1. Extinction nocturne : 11 communes du Réseau éteignent désormais en milieu de nuit.\n"
            "2. Fin des tarifs réglementés : bilan du groupement de commandes.\n"
            "3. Bois énergie : projets de Bais et de Javron-les-Chapelles.\n"
            "4. Proposition : visite de la chaufferie de Villaines-la-Juhel pour les nouveaux élus."
        ),
        "file_format": "pdf",
        "access": {"working_groups": ["groupe-energie"]},
        "event": None,
    },
    {
        "slug": "dt-horloges-astronomiques",
        "title": "Dossier technique – horloges astronomiques et armoires d'éclairage",
        "kind": "dossier_technique",
        "themes": ["eclairage-public"],
        "commune": None,
        "year": 2017,
        "description": (
            "Fiche technique sur le remplacement des cellules photoélectriques par des horloges "
            "astronomiques dans les armoires de commande de l'éclairage public."
        ),
        "body": (
            "Horloges astronomiques et armoires de commande\n"
            "1. Principe : calcul des heures de lever et de coucher du soleil selon la position.\n"
            "2. Avantage : programmation d'une coupure en milieu de nuit.\n"
            "3. Coût : 250 à 400 € par armoire posée.\n"
            "4. Réglage : décalage de 15 minutes après le coucher du soleil.\n"
            "5. Points d'attention : armoires vétustes à remplacer entièrement."
        ),
        "file_format": "pdf",
        "access": {"all_members": True},
        "event": None,
    },
    {
        "slug": "etude-schema-eclairage-chateau-gontier",
        "title": "Étude – schéma directeur d'aménagement lumière de Château-Gontier-sur-Mayenne",
        "kind": "etude",
        "themes": ["eclairage-public", "biodiversite"],
        "commune": "53062",  # Château-Gontier-sur-Mayenne
        "year": 2024,
        "description": (
            "Schéma directeur de l'éclairage public : état du parc, zones d'extinction, trame "
            "noire le long de la Mayenne et programme de rénovation sur dix ans."
        ),
        "body": (
            "Château-Gontier-sur-Mayenne – Schéma directeur d'aménagement lumière\n"
            "Parc : 4 300 points lumineux, dont 38 % de lanternes à vapeur de mercure ou sodium.\n"
            "Principes : éclairer juste, au bon moment, au bon endroit.\n"
            "Trame noire : rives de la Mayenne sans éclairage après 22 h.\n"
            "Programme : 350 000 € par an sur dix ans.\n"
            "Économie attendue : 65 % des consommations de l'éclairage public."
        ),
        "file_format": "pdf",
        "access": {
            "organisations": ["chateau-gontier-sur-mayenne"],
            "working_groups": ["groupe-energie"],
        },
        "event": None,
    },
    {
        "slug": "cr-reunion-publique-extinction-javron",
        "title": "Compte rendu – réunion publique sur l'extinction de l'éclairage à Javron-les-Chapelles",
        "kind": "compte_rendu",
        "themes": ["eclairage-public", "participation-citoyenne"],
        "commune": "53121",  # Javron-les-Chapelles
        "year": 2023,
        "description": (
            "Compte rendu de la réunion publique organisée avant l'extinction nocturne : "
            "questions des habitants sur la sécurité et réponses des élus et de la gendarmerie."
        ),
        "body": (
            "Réunion publique – Extinction nocturne à Javron-les-Chapelles\n"
            "Participants : 55 habitants.\n"
            "Proposition : extinction de 22 h 30 à 6 h, sauf rue principale les soirs de fête.\n"
            "Questions : sécurité des piétons, cambriolages, trajets des travailleurs postés.\n"
            "Réponse de la gendarmerie : pas d'effet observé dans les communes voisines.\n"
            "Décision : essai de six mois à compter du 1er octobre."
        ),
        "file_format": "pdf",
        "access": {"organisations": ["javron-les-chapelles"]},
        "event": None,
    },
    {
        "slug": "note-appui-eclairage-benoit-froger",
        "title": "Note d'appui – diagnostic de l'éclairage public de Javron-les-Chapelles",
        "kind": "etude",
        "themes": ["eclairage-public"],
        "commune": "53121",  # Javron-les-Chapelles
        "year": 2023,
        "description": (
            "Note préparée pour le conseiller délégué à l'éclairage public de Javron-les-"
            "Chapelles : inventaire du parc et hiérarchisation des rénovations."
        ),
        "body": (
            "Note d'appui individuel – Éclairage public de Javron-les-Chapelles\n"
            "Parc : 238 points lumineux, 9 armoires de commande.\n"
            "Vétusté : 64 lanternes de type boule à remplacer en priorité.\n"
            "Armoires : 3 sans horloge astronomique.\n"
            "Budget indicatif : 110 000 € HT sur trois ans.\n"
            "Aides : syndicat d'énergie à hauteur de 50 %."
        ),
        "file_format": "pdf",
        "access": {"users": ["benoit.froger@javron-les-chapelles.exemple.fr"]},
        "event": None,
    },
    {
        "slug": "cr-intervention-conseil-montsurs",
        "title": "Compte rendu – intervention en conseil municipal de Montsûrs sur l'atlas de la biodiversité",
        "kind": "compte_rendu",
        "themes": ["biodiversite", "participation-citoyenne"],
        "commune": "53161",  # Montsûrs
        "year": 2021,
        "description": (
            "Compte rendu de l'intervention de l'animatrice du Réseau en conseil municipal pour "
            "présenter la démarche d'atlas de la biodiversité communale."
        ),
        "body": (
            "Intervention en conseil municipal – Montsûrs\n"
            "Présentation de la démarche d'atlas de la biodiversité communale.\n"
            "Exemples de communes mayennaises engagées.\n"
            "Coût et financement par l'Office français de la biodiversité.\n"
            "Questions : implication des agriculteurs, place des écoles.\n"
            "Suite : délibération inscrite à l'ordre du jour du conseil suivant."
        ),
        "file_format": "pdf",
        "access": {"organisations": ["montsurs"], "users": ["odile.gaultier@montsurs.exemple.fr"]},
        "event": None,
    },
    {
        "slug": "cr-visite-jardins-partages-laval",
        "title": "Compte rendu – visite des jardins partagés du quartier Saint-Nicolas à Laval",
        "kind": "compte_rendu",
        "themes": ["alimentation", "participation-citoyenne"],
        "commune": "53130",  # Laval
        "year": 2018,
        "description": (
            "Visite des jardins partagés gérés par une association d'habitants : convention "
            "d'occupation, animation, lien avec le centre social."
        ),
        "body": (
            "Visite – Jardins partagés du quartier Saint-Nicolas, Laval\n"
            "Surface : 1 800 m², 42 parcelles et un espace collectif.\n"
            "Gestion : association d'habitants, convention avec la ville.\n"
            "Animation : ateliers avec le centre social et les écoles.\n"
            "Règles : pas de pesticides, récupération d'eau de pluie, compost collectif."
        ),
        "file_format": "pdf",
        "access": {"all_members": True},
        "event": None,
    },
    {
        "slug": "guide-fiche-experience-redaction",
        "title": "Guide – rédiger une fiche expérience du Réseau",
        "kind": "guide",
        "themes": ["participation-citoyenne"],
        "commune": None,
        "year": 2015,
        "description": (
            "Consignes de rédaction des fiches expériences mayennaises : plan type, chiffres "
            "clés, citations, photos et validation par la commune."
        ),
        "body": (
            "Rédiger une fiche expérience du Réseau\n"
            "1. Plan type : contexte, projet, chiffres clés, difficultés, conseils, contact.\n"
            "2. Chiffres clés : coût, aides, gains, calendrier.\n"
            "3. Citation de l'élu porteur du projet.\n"
            "4. Photos : crédit et autorisation de diffusion.\n"
            "5. Validation : relecture par la commune avant publication."
        ),
        "file_format": "odt",
        "access": {"working_groups": ["commission-communication"]},
        "event": None,
    },
    {
        "slug": "etude-enquete-besoins-adherents-2020",
        "title": "Étude – enquête sur les besoins des communes adhérentes",
        "kind": "etude",
        "themes": ["demarches-globales"],
        "commune": None,
        "year": 2020,
        "description": (
            "Résultats de l'enquête menée après les élections municipales de 2020 auprès des élus"
            " des communes adhérentes sur leurs attentes envers le Réseau."
        ),
        "body": (
            "Enquête sur les besoins des communes adhérentes (automne 2020)\n"
            "Répondants : 64 élus de 27 collectivités.\n"
            "Thèmes attendus : énergie des bâtiments (72 %), restauration scolaire (58 %), urbanisme (51 %).\n"
            "Formats préférés : visites de sites, réunions courtes en fin de journée.\n"
            "Attente forte : des modèles de documents prêts à adapter."
        ),
        "file_format": "pdf",
        "access": {"all_members": True},
        "event": None,
    },
    {
        "slug": "cr-groupe-urbanisme-2017-04",
        "title": "Compte rendu du groupe urbanisme et foncier – avril 2017",
        "kind": "compte_rendu",
        "themes": ["urbanisme"],
        "commune": None,
        "year": 2017,
        "description": (
            "Réunion du groupe urbanisme sur le passage aux PLU intercommunaux et sur les outils "
            "de négociation avec les aménageurs privés."
        ),
        "body": (
            "Groupe urbanisme et foncier – Réunion du 20 avril 2017\n"
            "1. PLU intercommunaux : calendrier dans chaque communauté de communes.\n"
            "2. Place des communes dans la gouvernance du PLUi.\n"
            "3. Orientations d'aménagement et de programmation : outil de négociation avec les aménageurs.\n"
            "4. Échange sur les projets urbains partenariaux."
        ),
        "file_format": "pdf",
        "access": {"working_groups": ["groupe-urbanisme-foncier"]},
        "event": None,
    },
    {
        "slug": "cdc-amo-agenda-2030",
        "title": "Cahier des charges – assistance à l'élaboration d'un projet de territoire durable",
        "kind": "cahier_des_charges",
        "themes": ["demarches-globales"],
        "commune": None,
        "year": 2023,
        "description": (
            "Cahier des charges d'assistance à maîtrise d'ouvrage pour élaborer le projet de "
            "territoire du Pays de Craon aligné sur les objectifs de développement durable."
        ),
        "body": (
            "Pays de Craon – Assistance à l'élaboration du projet de territoire\n"
            "Article 1 : diagnostic transversal au regard des 17 objectifs de développement durable.\n"
            "Article 2 : concertation des 37 communes et du conseil de développement.\n"
            "Article 3 : stratégie et programme d'actions.\n"
            "Article 4 : indicateurs de suivi et tableau de bord annuel."
        ),
        "file_format": "docx",
        "access": {"organisations": ["pays-de-craon"]},
        "event": None,
    },
    {
        "slug": "cr-conseil-dev-pays-craon-avis",
        "title": "Avis du conseil de développement du Pays de Craon sur le projet de territoire",
        "kind": "compte_rendu",
        "themes": ["demarches-globales", "participation-citoyenne"],
        "commune": None,
        "year": 2024,
        "description": (
            "Avis rendu par le conseil de développement sur le projet de territoire : points "
            "d'accord, réserves et propositions sur les mobilités et l'alimentation."
        ),
        "body": (
            "Avis du conseil de développement du Pays de Craon\n"
            "Points d'accord : priorité au bocage et à l'alimentation locale.\n"
            "Réserves : ambition insuffisante sur les mobilités du quotidien.\n"
            "Propositions : transport solidaire étendu, conseil citoyen de suivi.\n"
            "Vote : avis adopté à l'unanimité moins deux abstentions."
        ),
        "file_format": "pdf",
        "access": {
            "organisations": ["pays-de-craon"],
            "users": ["michel.ragot@pays-de-craon.exemple.fr"],
        },
        "event": None,
    },
    {
        "slug": "pres-transition-ecologique-nouveaux-elus",
        "title": "Présentation – accueil des nouveaux élus dans le Réseau",
        "kind": "presentation",
        "themes": ["demarches-globales"],
        "commune": None,
        "year": 2026,
        "description": (
            "Support prévu pour la matinée d'accueil des élus issus des élections municipales de "
            "2026 : fonctionnement du Réseau, ressources disponibles et groupes de travail."
        ),
        "body": (
            "Accueil des nouveaux élus – 2026\n"
            "1. Le Réseau : qui sommes-nous, comment participer.\n"
            "2. L'espace adhérents : se connecter, trouver un cahier des charges, demander un accès.\n"
            "3. Les groupes de travail : énergie, eau, urbanisme, restauration collective, communication.\n"
            "4. L'appui individuel au démarrage d'un projet.\n"
            "5. Calendrier des rencontres du premier semestre."
        ),
        "file_format": "pdf",
        "access": {"all_members": True},
        "event": "Matinée d'accueil des nouveaux élus (après les municipales de 2026)",
    },
    {
        "slug": "cr-comite-pilotage-reseau-2015",
        "title": "Compte rendu du comité de pilotage du Réseau – novembre 2015",
        "kind": "compte_rendu",
        "themes": ["demarches-globales"],
        "commune": None,
        "year": 2015,
        "description": (
            "Comité de pilotage annuel : bilan des cinq premières années du Réseau, accueil des "
            "intercommunalités et programme 2016."
        ),
        "body": (
            "Comité de pilotage du Réseau – 19 novembre 2015\n"
            "Bilan de cinq ans : 42 rencontres, 24 adhérents.\n"
            "Ouverture aux intercommunalités : Laval Agglomération et Mayenne Communauté ont adhéré.\n"
            "Programme 2016 : restauration scolaire, déchets, matériaux biosourcés.\n"
            "Site internet : ouverture d'un espace réservé aux adhérents pour partager les cahiers des charges.\n"
            "Cotisation : inchangée pour 2016, 0,15 € par habitant avec un plancher de 150 €.\n"
            "Prochain comité de pilotage : novembre 2016 à Évron."
        ),
        "file_format": "pdf",
        "access": {"all_members": True},
        "event": None,
    },
    {
        "slug": "cr-rencontre-mobilite-laval-agglo",
        "title": "Compte rendu – atelier des communes sur le réseau de bus de Laval Agglomération",
        "kind": "compte_rendu",
        "themes": ["mobilite"],
        "commune": "53130",  # Laval
        "year": 2023,
        "description": (
            "Atelier de travail entre Laval Agglomération et les communes périurbaines sur la "
            "desserte en bus, le transport à la demande et les parkings relais."
        ),
        "body": (
            "Atelier des communes – Réseau de bus de Laval Agglomération\n"
            "Desserte des communes périurbaines : cadencement aux heures de pointe.\n"
            "Transport à la demande : réservation la veille, extension aux samedis.\n"
            "Parkings relais : Louverné et Saint-Berthevin.\n"
            "Demande des communes : arrêts accessibles et abris vélos."
        ),
        "file_format": "pdf",
        "access": {"organisations": ["laval-agglomeration", "louverne"]},
        "event": None,
    },
    {
        "slug": "note-appui-revitalisation-denis-trouillard",
        "title": "Note d'appui – préparer la candidature d'Ernée à Petites villes de demain",
        "kind": "etude",
        "themes": ["urbanisme"],
        "commune": "53096",  # Ernée
        "year": 2020,
        "description": (
            "Note préparée pour le maire d'Ernée sur la candidature au programme Petites villes "
            "de demain : pièces, calendrier et ingénierie financée."
        ),
        "body": (
            "Note d'appui individuel – Candidature Petites villes de demain\n"
            "Critères : fonction de centralité, signes de fragilité.\n"
            "Pièces : lettre d'intention, délibération, diagnostic succinct.\n"
            "Ingénierie : chef de projet financé à 75 %.\n"
            "Calendrier : dépôt avant le 15 novembre."
        ),
        "file_format": "pdf",
        "access": {"users": ["denis.trouillard@ernee.exemple.fr"]},
        "event": None,
    },
    {
        "slug": "cr-formation-marches-publics-durables",
        "title": "Compte rendu – formation « Achats publics durables »",
        "kind": "compte_rendu",
        "themes": ["demarches-globales"],
        "commune": None,
        "year": 2014,
        "description": (
            "Compte rendu de la formation sur l'intégration de critères environnementaux dans les"
            " marchés publics des petites communes."
        ),
        "body": (
            "Formation – Achats publics durables\n"
            "Public : 18 élus et secrétaires de mairie.\n"
            "Module 1 : définir le besoin, sourcing des entreprises locales.\n"
            "Module 2 : spécifications techniques et critères d'attribution environnementaux.\n"
            "Module 3 : labels et écolabels.\n"
            "Exercice : rédaction d'un critère pour un marché de fournitures d'entretien."
        ),
        "file_format": "pdf",
        "access": {"all_members": True},
        "event": "Formation « Achats publics durables »",
    },
    {
        "slug": "pres-bilan-reseau-10-ans",
        "title": "Présentation – dix ans du Réseau des collectivités",
        "kind": "presentation",
        "themes": ["demarches-globales"],
        "commune": None,
        "year": 2020,
        "description": (
            "Support de la rencontre anniversaire : les grandes étapes du Réseau, les "
            "réalisations des communes adhérentes et les perspectives."
        ),
        "body": (
            "Dix ans du Réseau des collectivités mayennaises\n"
            "2010 : création par un groupe d'élus et l'association Synergies.\n"
            "2012 : premières visites de chaufferies bois.\n"
            "2015 : ouverture aux intercommunalités.\n"
            "2018 : lancement du groupe restauration collective.\n"
            "2020 : plus de 60 rencontres, une trentaine d'adhérents."
        ),
        "file_format": "pdf",
        "access": {"all_members": True},
        "event": "Rencontre anniversaire des dix ans du Réseau",
    },
    {
        "slug": "cr-renaze-conseil-participation",
        "title": "Compte rendu – atelier avec les habitants de Renazé sur la place du Champ de foire",
        "kind": "compte_rendu",
        "themes": ["urbanisme", "participation-citoyenne"],
        "commune": "53188",  # Renazé
        "year": 2023,
        "description": (
            "Compte rendu de l'atelier participatif animé avec les habitants de Renazé sur le "
            "réaménagement de la place du Champ de foire."
        ),
        "body": (
            "Atelier habitants – Place du Champ de foire, Renazé\n"
            "Participants : 37 habitants, les élus de la commission urbanisme.\n"
            "Attentes : ombre, jeux pour enfants, maintien du marché du jeudi.\n"
            "Contraintes : stationnement des jours de marché, écoulement des eaux.\n"
            "Suite : esquisse présentée en réunion publique à l'automne."
        ),
        "file_format": "pdf",
        "access": {
            "organisations": ["renaze"],
            "users": ["bernard.hamon@pays-de-craon.exemple.fr"],
        },
        "event": None,
    },
    {
        "slug": "cr-groupe-eau-2026-01",
        "title": "Compte rendu du groupe eau et assainissement – janvier 2026",
        "kind": "compte_rendu",
        "themes": ["economies-d-eau"],
        "commune": None,
        "year": 2026,
        "description": (
            "Première réunion du groupe eau après le transfert des compétences aux communautés de"
            " communes : rôle des communes et nouveaux sujets de travail."
        ),
        "body": (
            "Groupe eau et assainissement – Réunion du 22 janvier 2026\n"
            "1. Transfert effectif au 1er janvier 2026 : interlocuteurs dans chaque communauté de communes.\n"
            "2. Rôle des communes : eaux pluviales urbaines, bâtiments, espaces verts.\n"
            "3. Sujets 2026 : réutilisation des eaux usées traitées, désimperméabilisation.\n"
            "4. Visite prévue au printemps."
        ),
        "file_format": "pdf",
        "access": {"working_groups": ["groupe-eau-assainissement"]},
        "event": "Visite prévue : unité de réutilisation des eaux usées traitées",
    },
    {
        "slug": "etude-mutualisation-econome-flux",
        "title": "Étude – mutualiser un économe de flux entre communes",
        "kind": "etude",
        "themes": ["energie", "batiments-publics"],
        "commune": None,
        "year": 2024,
        "description": (
            "Étude de faisabilité d'un poste d'économe de flux partagé entre trois communes, "
            "financé par le programme ACTEE : missions, temps de travail et convention."
        ),
        "body": (
            "Mutualiser un économe de flux\n"
            "Missions : suivi des consommations, pilotage des travaux, sensibilisation.\n"
            "Partage : 40 % Argentré, 30 % Louverné, 30 % une troisième commune.\n"
            "Financement : programme ACTEE à 50 % pendant deux ans.\n"
            "Convention : commune employeuse et remboursement au prorata."
        ),
        "file_format": "pdf",
        "access": {"working_groups": ["groupe-energie"], "organisations": ["argentre", "louverne"]},
        "event": None,
    },
    {
        "slug": "pres-biodiversite-cimetieres-2024",
        "title": "Présentation – cimetières vivants",
        "kind": "presentation",
        "themes": ["biodiversite"],
        "commune": None,
        "year": 2024,
        "description": (
            "Support de la visite du cimetière de Sainte-Suzanne : enherbement, plantes couvre-"
            "sol, refuges pour la faune et réaction des familles."
        ),
        "body": (
            "Cimetières vivants\n"
            "1. Pourquoi : zéro phyto, moins d'entretien, lieux de quiétude.\n"
            "2. Sainte-Suzanne : allées enherbées depuis 2018.\n"
            "3. Couvre-sols : sedums, thym serpolet, orpin.\n"
            "4. Familles : peu de plaintes après la première année.\n"
            "5. Coût : 1 journée d'agent par mois en saison."
        ),
        "file_format": "pdf",
        "access": {"all_members": True},
        "event": "Visite du cimetière enherbé de Sainte-Suzanne",
    },
    {
        "slug": "cr-groupe-energie-2012-02",
        "title": "Compte rendu du groupe énergie – février 2012",
        "kind": "compte_rendu",
        "themes": ["energie"],
        "commune": None,
        "year": 2012,
        "description": (
            "Compte rendu de la première réunion du groupe énergie du Réseau : attentes des "
            "communes et premiers sujets."
        ),
        "body": (
            "Groupe énergie – Première réunion, 9 février 2012\n"
            "Présents : 11 élus de 8 communes.\n"
            "Attentes : comprendre les factures, choisir un mode de chauffage, financer les travaux.\n"
            "Premiers sujets : conseil en énergie partagé, bois énergie, éclairage public.\n"
            "Prochaine étape : visite de la chaufferie de Villaines-la-Juhel.\n"
            "Désignation d'un élu animateur du groupe et d'un référent technique.\n"
            "Fréquence retenue : trois réunions par an, en fin d'après-midi, dans une commune différente."
        ),
        "file_format": "pdf",
        "access": {"working_groups": ["groupe-energie"]},
        "event": None,
    },
    {
        "slug": "note-appui-autoconsommation-olivier-brault",
        "title": "Note d'appui – clé de répartition de l'autoconsommation collective de Changé",
        "kind": "etude",
        "themes": ["energie"],
        "commune": "53054",  # Changé
        "year": 2022,
        "description": (
            "Note préparée pour le directeur des services techniques de Changé sur le choix d'une"
            " clé de répartition dynamique entre les bâtiments participant à l'opération "
            "d'autoconsommation collective."
        ),
        "body": (
            "Note d'appui individuel – Autoconsommation collective de Changé\n"
            "Participants : mairie, école des Pommeraies, ateliers municipaux, salle polyvalente.\n"
            "Clé statique : parts fixes, simple mais surplus important le week-end.\n"
            "Clé dynamique : répartition au prorata des consommations de chaque pas de 30 minutes.\n"
            "Recommandation : clé dynamique, taux d'autoconsommation porté de 64 % à 71 %.\n"
            "Démarches : convention avec le gestionnaire de réseau, personne morale organisatrice."
        ),
        "file_format": "pdf",
        "access": {"users": ["olivier.brault@change.exemple.fr"]},
        "event": None,
    },
    {
        "slug": "note-appui-regie-cantine-gorron",
        "title": "Note d'appui – passage en régie du restaurant scolaire de Gorron",
        "kind": "etude",
        "themes": ["alimentation"],
        "commune": "53107",  # Gorron
        "year": 2021,
        "description": (
            "Note préparée pour l'adjointe aux affaires scolaires de Gorron qui envisage de "
            "reprendre en régie la préparation des repas confiée à un prestataire."
        ),
        "body": (
            "Note d'appui individuel – Reprise en régie du restaurant scolaire de Gorron\n"
            "Situation : 190 repas par jour livrés en liaison froide par un prestataire.\n"
            "Scénario régie : recrutement d'un cuisinier et d'un aide, mise à niveau de la cuisine.\n"
            "Coût complet estimé : 5,90 € par repas contre 5,40 € aujourd'hui.\n"
            "Bénéfices : produits frais et locaux, menus adaptés, emploi local.\n"
            "Étape suivante : visite de la cuisine de Craon avec le groupe restauration collective."
        ),
        "file_format": "pdf",
        "access": {"users": ["marie-therese.chauvin@gorron.exemple.fr"]},
        "event": None,
    },
]
